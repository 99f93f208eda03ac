"""What happens in the room: who came, who spoke, what was voted."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.members.models import Member
from chibo.rules import organization

from .. import rules
from ..errors import MeetingError
from ..roles import require_editor
from .meeting import Meeting

IN_ROOM = (Meeting.Status.DISTRIBUTED, Meeting.Status.HELD)


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", "Có mặt"
        LATE = "late", "Đến muộn"
        EXCUSED = "excused", "Vắng có lý do"
        ABSENT = "absent", "Vắng không lý do"

    PRESENT_STATUSES = (Status.PRESENT, Status.LATE)

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="attendances")
    status = models.CharField("tình trạng", max_length=10, choices=Status.choices)
    reason = models.CharField("lý do", max_length=300, blank=True)
    # The member's status on the day: probationary members attend but do not vote.
    member_status = models.CharField(max_length=20, choices=Member.Status.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="unique_attendance")
        ]

    def __str__(self) -> str:
        return f"{self.member}: {self.get_status_display()}"

    @property
    def is_present(self) -> bool:
        return self.status in self.PRESENT_STATUSES


class Contribution(models.Model):
    """One speaker's contribution, summarised by the secretary."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="contributions")
    speaker = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="+")
    summary = models.TextField("tóm tắt ý kiến")
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return f"Ý kiến của {self.speaker}"

    @classmethod
    def add(cls, meeting: Meeting, *, by: Any, speaker: Member, summary: str) -> Contribution:
        require_editor(by, meeting.cell_id)
        if speaker.cell_id != meeting.cell_id:
            raise MeetingError("Người phát biểu phải là đảng viên của chi bộ.")
        if not summary.strip():
            raise MeetingError("Hãy tóm tắt ý kiến phát biểu.")
        with transaction.atomic():
            current = Meeting.objects.select_for_update().get(pk=meeting.pk)
            if (
                current.status not in (*IN_ROOM, Meeting.Status.CONCLUDED)
                or current.minutes_signed_at
            ):
                raise MeetingError(
                    "Chỉ ghi ý kiến phát biểu trong buổi họp, trước khi ký biên bản."
                )
            order = (current.contributions.aggregate(n=models.Max("order"))["n"] or 0) + 1
            item = cls.objects.create(
                meeting=current, speaker=speaker, summary=summary.strip(), order=order
            )
            log_action(current, "meeting.contribution", by=by, cell=current.cell,
                       after={"speaker": str(speaker), "summary": item.summary})  # fmt: skip
        return item


class Vote(models.Model):
    """A show-of-hands vote. Only official members vote (Điều lệ Điều 3); the rule that
    decides is in rules.vote_passes (party-rules.md §2)."""

    class Kind(models.TextChoices):
        ORDINARY = rules.VOTE_ORDINARY, "Thông qua nghị quyết, kết luận"
        ADMISSION = rules.VOTE_ADMISSION, "Kết nạp, công nhận đảng viên chính thức"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="votes")
    subject = models.CharField("nội dung biểu quyết", max_length=300)
    kind = models.CharField("loại", max_length=10, choices=Kind.choices, default=Kind.ORDINARY)
    votes_for = models.PositiveIntegerField("tán thành")
    votes_against = models.PositiveIntegerField("không tán thành")
    votes_abstain = models.PositiveIntegerField("không biểu quyết", default=0)
    excluded = models.PositiveIntegerField("số được loại trừ", default=0)
    denominator = models.PositiveIntegerField("căn cứ tính")
    passed = models.BooleanField("thông qua")
    created_at = models.DateTimeField(default=timezone.now)
    # A vote on recognising this probationary member as official (kind ADMISSION).
    member = models.ForeignKey(Member, null=True, blank=True, on_delete=models.PROTECT,
                               related_name="recognition_votes", verbose_name="đảng viên được xét")  # fmt: skip

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.subject

    @property
    def rule_text(self) -> str:
        return rules.rule_text(self.kind)

    @classmethod
    def record(cls, meeting: Meeting, *, by: Any, subject: str, kind: str, votes_for: int,
               votes_against: int, votes_abstain: int = 0, excluded: int = 0) -> Vote:  # fmt: skip
        require_editor(by, meeting.cell_id)
        if kind not in cls.Kind.values:
            raise MeetingError("Loại biểu quyết không hợp lệ.")
        with transaction.atomic():
            current = Meeting.objects.select_for_update().get(pk=meeting.pk)
            if (
                current.status not in (*IN_ROOM, Meeting.Status.CONCLUDED)
                or current.minutes_signed_at
            ):
                raise MeetingError(
                    "Chỉ ghi kết quả biểu quyết trong buổi họp, trước khi ký biên bản."
                )
            officials = Member.objects.filter(
                cell_id=current.cell_id, status=Member.Status.OFFICIAL
            ).count()
            present_official = current.attendances.filter(
                member_status=Member.Status.OFFICIAL, status__in=Attendance.PRESENT_STATUSES).count()  # fmt: skip
            cast = votes_for + votes_against + votes_abstain
            if cast > present_official:
                raise MeetingError(
                    f"Tổng số phiếu ({cast}) vượt quá số đảng viên chính thức có mặt ({present_official}). "
                    "Đảng viên dự bị không biểu quyết (Điều lệ Đảng, Điều 3)."
                )
            if kind == rules.VOTE_ADMISSION:
                denominator = officials
            else:
                excused = current.attendances.filter(member_status=Member.Status.OFFICIAL,
                                                     status=Attendance.Status.EXCUSED).count()  # fmt: skip
                denominator = rules.ordinary_denominator(
                    official_summoned=officials, excluded=excused + excluded
                )
            passed = rules.vote_passes(kind=kind, yes=votes_for, denominator=denominator)
            vote = cls.objects.create(meeting=current, subject=subject.strip(), kind=kind, votes_for=votes_for,
                                      votes_against=votes_against, votes_abstain=votes_abstain,
                                      excluded=excluded, denominator=denominator, passed=passed)  # fmt: skip
            log_action(current, "meeting.vote", by=by, cell=current.cell,
                       after={"subject": vote.subject, "for": votes_for, "against": votes_against,
                              "abstain": votes_abstain, "denominator": denominator, "passed": passed})  # fmt: skip
        return vote

    @classmethod
    def record_recognition(cls, meeting: Meeting, *, by: Any, member: Member, votes_for: int,
                           votes_against: int, votes_abstain: int = 0) -> Vote:  # fmt: skip
        """The cell's vote on recognising one probationary member as official, attached to that
        member; counted as for admission (at least 2/3 of all official members)."""
        require_editor(by, meeting.cell_id)
        if member.cell_id != meeting.cell_id or member.status != Member.Status.PROBATIONARY:
            raise MeetingError(
                "Chỉ biểu quyết công nhận chính thức cho đảng viên dự bị của chi bộ."
            )
        ends = member.probation_ends
        day = timezone.localdate(meeting.actual_start or meeting.starts_at)
        if ends is None or day < ends:
            when = f"ngày {ends:%d/%m/%Y}" if ends else "(chưa có ngày vào Đảng)"
            raise MeetingError(
                f"Đồng chí {member.full_name} hết {organization.PROBATION_MONTHS} tháng dự bị {when}; chi bộ xét công nhận "
                f"chính thức sau khi hết thời kỳ dự bị ({organization.SOURCE_PROBATION.text})."
            )
        with transaction.atomic():
            vote = cls.record(meeting, by=by, kind=cls.Kind.ADMISSION, votes_for=votes_for,
                              votes_against=votes_against, votes_abstain=votes_abstain,
                              subject=f"Công nhận đồng chí {member.full_name} là đảng viên chính thức")  # fmt: skip
            vote.member = member
            vote.save(update_fields=["member"])
            log_action(meeting, "meeting.recognition_vote", by=by, cell=meeting.cell,
                       after={"vote": vote.pk, "member": member.pk, "name": member.full_name,
                              "for": votes_for, "denominator": vote.denominator, "passed": vote.passed})  # fmt: skip
        return vote
