"""The report to the Đảng ủy after a thematic meeting (seed 001 §IV) and its acknowledgement."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action

from ..errors import MeetingError
from ..roles import require_leader
from .meeting import Meeting


class MeetingReport(models.Model):
    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="report")
    text = models.TextField("nội dung báo cáo", blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    acknowledged_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                        on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    committee_comment = models.TextField("ý kiến của Đảng ủy", blank=True)

    class Meta:
        verbose_name = "báo cáo kết quả sinh hoạt"

    def __str__(self) -> str:
        return f"Báo cáo: {self.meeting}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        """A report sent or withdrawn changes the cell's count of reports (chibo.meetings.summary)."""
        from .. import summary

        if not summary.touches(kwargs.get("update_fields"), summary.REPORT_FIELDS):
            super().save(*args, **kwargs)
            return
        with transaction.atomic(savepoint=False):
            super().save(*args, **kwargs)
            meeting = self.meeting
            summary.meeting_saved(None, meeting.cell_id, meeting.starts_at)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        from .. import summary

        with transaction.atomic(savepoint=False):
            result = super().delete(*args, **kwargs)
            summary.meeting_saved(None, self.meeting.cell_id, self.meeting.starts_at)
        return result

    @classmethod
    def submit(cls, meeting: Meeting, *, by: Any, text: str = "") -> MeetingReport:
        """Mark the report as sent upward; the BC document is issued by services."""
        require_leader(by, meeting.cell_id)
        with transaction.atomic():
            current = Meeting.objects.select_for_update().get(pk=meeting.pk)
            if current.status != Meeting.Status.CONCLUDED:
                raise MeetingError("Báo cáo Đảng ủy sau khi buổi sinh hoạt đã có kết luận.")
            report, _ = cls.objects.select_for_update().get_or_create(meeting=current)
            if report.submitted_at:
                raise MeetingError("Báo cáo đã gửi Đảng ủy rồi.")
            report.text, report.submitted_at, report.submitted_by = text, timezone.now(), by
            report.save()
            log_action(
                current, "meeting.report_submit", by=by, cell=current.cell, after={"text": text}
            )
        return report

    def acknowledge(self, *, by: Any, comment: str = "") -> None:
        """A committee officer above the cell confirms receipt and may comment."""
        from chibo.members.access import viewer_for

        viewer = viewer_for(by)
        cell = self.meeting.cell
        if not viewer.is_officer or not any(
            cell.path.startswith(c.path) for c in viewer.committees
        ):
            raise MeetingError("Chỉ cán bộ Đảng ủy cấp trên được xác nhận báo cáo.")
        with transaction.atomic():
            current = MeetingReport.objects.select_for_update().get(pk=self.pk)
            if current.submitted_at is None:
                raise MeetingError("Chi bộ chưa gửi báo cáo.")
            current.acknowledged_by, current.acknowledged_at = by, timezone.now()
            current.committee_comment = comment.strip()
            current.save(update_fields=["acknowledged_by", "acknowledged_at", "committee_comment"])
            log_action(current.meeting, "meeting.report_ack", by=by, cell=cell,
                       after={"comment": current.committee_comment})  # fmt: skip
        self.refresh_from_db()
