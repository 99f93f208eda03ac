from django.contrib import admin

from .models import Attachment, Candidate, RuleChoice, Sponsor, Step


class StepInline(admin.TabularInline):
    model = Step
    extra = 0
    fields = ["kind", "on", "reference", "actor", "form_code", "vote", "document"]
    readonly_fields = ["kind", "on", "reference", "actor", "form_code", "vote", "document"]
    can_delete = False


class SponsorInline(admin.TabularInline):
    model = Sponsor
    extra = 0
    readonly_fields = ["kind", "member", "organisation", "reference", "on", "together_since"]
    can_delete = False


@admin.register(Candidate)
class CandidateAdmin(admin.ModelAdmin):
    list_display = ["full_name", "cell", "stage", "stage_since", "rule_set"]
    list_filter = ["stage", "rule_set"]
    search_fields = ["full_name"]
    readonly_fields = ["stage", "stage_since", "rule_set", "member", "version"]
    inlines = [StepInline, SponsorInline]


admin.site.register(Attachment)
admin.site.register(RuleChoice)
