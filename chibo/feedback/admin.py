"""The admin never shows who sent an item: a sender's identity is read only through the audited
view of the handling desk."""

from django.contrib import admin

from .models import Feedback, School, Staff, SurveyQuestion, SurveyRound


@admin.register(School)
class SchoolAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "cell", "portal_open"]
    search_fields = ["name", "slug"]
    autocomplete_fields = ["cell"]


@admin.register(Staff)
class StaffAdmin(admin.ModelAdmin):
    list_display = ["full_name", "user", "school", "role", "active"]
    list_filter = ["role", "active"]
    search_fields = ["full_name", "user__username"]
    raw_id_fields = ["user", "appointed_by"]


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ["number", "school", "category", "status", "publication", "due_on"]
    list_filter = ["status", "publication", "category"]
    exclude = ["sender_name", "sender_contact", "code_hash"]
    readonly_fields = ["school", "number", "visibility", "created_at", "answered_at", "answered_by",
                       "assigned_to", "photo"]  # fmt: skip

    def has_add_permission(self, request: object) -> bool:
        return False


class QuestionInline(admin.TabularInline):
    model = SurveyQuestion
    extra = 0


@admin.register(SurveyRound)
class SurveyRoundAdmin(admin.ModelAdmin):
    list_display = ["title", "school", "year", "status"]
    inlines = [QuestionInline]
