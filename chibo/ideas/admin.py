from django.contrib import admin

from .models import CouncilSeat, Idea, IdeaSettings, Indicator, KpiTerm


@admin.register(Idea)
class IdeaAdmin(admin.ModelAdmin):
    list_display = ["title", "school", "author", "year", "status", "score_total"]
    list_filter = ["status", "year", "field"]
    search_fields = ["title", "author__full_name"]
    raw_id_fields = ["school", "author", "decided_by", "certificate_issued_by"]
    readonly_fields = ["status", "score_total", "certificate", "certificate_number", "certificate_sha256",
                       "certificate_issued_at", "decided_at"]  # fmt: skip


@admin.register(IdeaSettings)
class IdeaSettingsAdmin(admin.ModelAdmin):
    list_display = ["school", "pass_mark", "target_percent"]


@admin.register(CouncilSeat)
class CouncilSeatAdmin(admin.ModelAdmin):
    list_display = ["staff", "school", "year", "post"]
    list_filter = ["year", "post"]
    raw_id_fields = ["school", "staff", "appointed_by"]


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["name", "school", "dimension", "source", "weight", "active"]
    list_filter = ["dimension", "source", "active"]


@admin.register(KpiTerm)
class KpiTermAdmin(admin.ModelAdmin):
    list_display = ["name", "school", "start", "end", "status"]
    list_filter = ["status"]
    readonly_fields = ["status", "weights", "computed_at", "finished_at"]
