"""What a committee configures for the cells below it, and the quality sheet of each meeting.

- A committee's own rule parameters live in organizations.CommitteeSetting (read through
  chibo.organizations.settings), so the meeting workflow reads the same values.
- QualitySheet: the meeting-quality scoring sheet as data (groups, items, points, bands),
  versioned per committee; the shipped default is a local template (party-rules.md §1.6).
- QualityAssessment: one meeting's scores, pre-filled from the records, completed by the chi ủy.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.meetings.models import Meeting
from chibo.organizations.models import Committee


class OversightError(Exception):
    """A rule refused the change; the message is for the user, in Vietnamese."""


class QualitySheet(models.Model):
    """A scoring sheet. groups: [{"code", "title", "max", "items": [{"code", "title", "max",
    "auto": fact name or ""}]}]; bands: [{"level", "min"}] from the best level down."""

    committee = models.ForeignKey(Committee, null=True, blank=True, on_delete=models.CASCADE,
                                  related_name="quality_sheets")  # fmt: skip
    version = models.PositiveIntegerField("phiên bản", default=1)
    name = models.CharField("tên phiếu", max_length=200)
    source = models.CharField("nguồn", max_length=300)
    groups = models.JSONField("nhóm tiêu chí", default=list)
    bands = models.JSONField("mức xếp loại", default=list)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-version", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["committee", "version"], name="unique_sheet_version")
        ]
        verbose_name = "phiếu đánh giá chất lượng sinh hoạt"
        verbose_name_plural = "phiếu đánh giá chất lượng sinh hoạt"

    def __str__(self) -> str:
        return f"{self.name} (phiên bản {self.version})"

    @property
    def max_total(self) -> int:
        return sum(int(g["max"]) for g in self.groups)

    def items(self) -> list[dict[str, Any]]:
        return [item for group in self.groups for item in group["items"]]


class QualityAssessment(models.Model):
    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="quality")
    sheet = models.ForeignKey(QualitySheet, on_delete=models.PROTECT, related_name="assessments")
    scores = models.JSONField("điểm", default=dict)  # item code -> points
    prefilled = models.JSONField("điểm lấy từ hồ sơ", default=dict)
    total = models.PositiveSmallIntegerField("tổng điểm", default=0)
    level = models.CharField("xếp loại", max_length=20, blank=True)
    assessed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    assessed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = "đánh giá chất lượng sinh hoạt"
        verbose_name_plural = "đánh giá chất lượng sinh hoạt"

    def __str__(self) -> str:
        return f"{self.meeting}: {self.total} điểm ({self.level})"

    @classmethod
    def record(cls, meeting: Meeting, *, by: Any, judgement: dict[str, int],
               expected_version: int | None = None) -> QualityAssessment:  # fmt: skip
        """The chi ủy scores the meeting: record-based items are recomputed from the records,
        judgement items are taken from `judgement`; total and level follow the sheet."""
        from chibo.meetings.roles import require_editor

        from . import quality

        require_editor(by, meeting.cell_id)
        with transaction.atomic():
            current = (
                Meeting.objects.select_for_update()
                .select_related("cell", "cell__committee")
                .get(pk=meeting.pk)
            )
            if current.status not in quality.ASSESSABLE:
                raise OversightError("Chỉ đánh giá chất lượng sau khi buổi sinh hoạt đã diễn ra.")
            existing = cls.objects.select_for_update().filter(meeting=current).first()
            if existing and expected_version is not None and existing.version != expected_version:
                raise OversightError(
                    "Phiếu vừa được người khác sửa. Hãy tải lại trang rồi chấm lại."
                )
            sheet = existing.sheet if existing else quality.sheet_for(current.cell.committee)
            result = quality.score(sheet, current, judgement)
            assessment = existing or cls(meeting=current, sheet=sheet)
            before = {
                "scores": assessment.scores,
                "total": assessment.total,
                "level": assessment.level,
            }
            assessment.scores, assessment.prefilled = result.scores, result.prefilled
            assessment.total, assessment.level = result.total, result.level
            assessment.assessed_by, assessment.assessed_at = by, timezone.now()
            if existing:
                assessment.version += 1
            assessment.save()
            log_action(current, "oversight.quality", by=by, cell=current.cell, before=before,
                       after={"scores": result.scores, "total": result.total, "level": result.level})  # fmt: skip
        return assessment
