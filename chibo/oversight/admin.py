from django.contrib import admin

from chibo.audit.admin_tools import AuditedAdmin, ReadOnlyAdmin

from .models import QualityAssessment, QualitySheet


@admin.register(QualitySheet)
class QualitySheetAdmin(AuditedAdmin):
    """A committee issues its own sheet as a new version (groups, items, points, bands as JSON)."""

    list_display = ["name", "committee", "version", "source", "created_at"]


@admin.register(QualityAssessment)
class QualityAssessmentAdmin(ReadOnlyAdmin):
    list_display = ["meeting", "total", "level", "assessed_at"]
    readonly_fields = [
        "meeting",
        "sheet",
        "scores",
        "prefilled",
        "total",
        "level",
        "assessed_by",
        "assessed_at",
    ]
