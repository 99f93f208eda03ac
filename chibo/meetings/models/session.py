"""What happens in the room: who came, who spoke, what was voted."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.members.models import Member
from chibo.rules import organization
from chibo.rules import votes as vote_rules

from ..errors import MeetingError
from ..roles import require_editor
from .meeting import Meeting


def _room_or_concluded(meeting: Meeting) -> bool:
    """Speakers and votes are noted in the room and until the minutes are signed."""
    in_room = meeting.status in (*meeting.room_statuses(), Meeting.Status.CONCLUDED)
    return in_room and not meeting.minutes_signed_at


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
        meeting.require_recorder(by)
        if speaker.cell_id != meeting.cell_id:
            raise MeetingError("Người phát biểu phải là đảng viên của chi bộ.")
        if not summary.strip():
            raise MeetingError("Hãy tóm tắt ý kiến phát biểu.")
        with transaction.atomic():
            current = Meeting.objects.select_for_update().get(pk=meeting.pk)
            if not _room_or_concluded(current):
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
    """A show-of-hands vote, counted by the rulebook (chibo.rules.votes): only official members
    vote; an ordinary decision needs more than half of the official members less the point-9.3
    exclusions, each person counted once; admission and recognition two thirds of all.

    A vote on the meeting's resolution (`subject_kind`) is what lets a Nghị quyết be issued."""

    class Kind(models.TextChoices):
        ORDINARY = vote_rules.ORDINARY, "Thông qua nghị quyết, kết luận"
        ADMISSION = vote_rules.ADMISSION, "Kết nạp, công nhận đảng viên chính thức"

    class SubjectKind(models.TextChoices):
        RESOLUTION = "resolution", "Nghị quyết của buổi sinh hoạt"
        OTHER = "other", "Nội dung khác"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="votes")
    subject = models.CharField("nội dung biểu quyết", max_length=300)
    subject_kind = models.CharField("biểu quyết về", max_length=12, choices=SubjectKind.choices,
                                    default=SubjectKind.OTHER)  # fmt: skip
    kind = models.CharField("loại", max_length=10, choices=Kind.choices, default=Kind.ORDINARY)
    votes_for = models.PositiveIntegerField("tán thành")
    votes_against = models.PositiveIntegerField("không tán thành")
    votes_abstain = models.PositiveIntegerField("không biểu quyết", default=0)
    # Point 9.3 exclusions, each person once: official members recorded "vắng có lý do" at the
    # roll call (counted by the app) and others the chi ủy adds by hand (not already counted).
    excused = models.PositiveIntegerField("vắng có lý do (đã trừ)", default=0)
    excluded = models.PositiveIntegerField("số được loại trừ khác", default=0)
    denominator = models.PositiveIntegerField("số đảng viên chính thức làm căn cứ")
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
        return vote_rules.rule_text(self.kind)

    @property
    def is_on_resolution(self) -> bool:
        return self.subject_kind == self.SubjectKind.RESOLUTION

    @classmethod
    def exclusion_limit(cls, meeting: Meeting) -> tuple[int, int, int, int]:
        """(official members, present, excused, the most that may still be excluded by hand).

        Point 9.3 leaves out people who were not in the room: an official member recorded
        "vắng có lý do" is already one exclusion, and a member present is never excluded."""
        officials = Member.objects.filter(
            cell_id=meeting.cell_id, status=Member.Status.OFFICIAL
        ).count()
        rows = meeting.attendances.filter(member_status=Member.Status.OFFICIAL)
        present = rows.filter(status__in=Attendance.PRESENT_STATUSES).count()
        excused = rows.filter(status=Attendance.Status.EXCUSED).count()
        return officials, present, excused, cls.manual_limit(officials, present, excused)

    @staticmethod
    def manual_limit(officials: int, present: int, excused: int) -> int:
        return vote_rules.manual_exclusion_limit(
            official_members=officials, present=present, excused=excused
        )

    @classmethod
    def record(cls, meeting: Meeting, *, by: Any, subject: str, kind: str, votes_for: int,
               votes_against: int, votes_abstain: int = 0, excluded: int = 0,
               subject_kind: str = SubjectKind.OTHER) -> Vote:  # fmt: skip
        require_editor(by, meeting.cell_id)
        if kind not in cls.Kind.values:
            raise MeetingError("Loại biểu quyết không hợp lệ.")
        if subject_kind not in cls.SubjectKind.values:
            raise MeetingError("Nội dung biểu quyết không hợp lệ.")
        if subject_kind == cls.SubjectKind.RESOLUTION and kind != cls.Kind.ORDINARY:
            raise MeetingError(
                "Nghị quyết của buổi sinh hoạt được thông qua theo biểu quyết thông thường."
            )
        if not subject.strip():
            raise MeetingError("Hãy ghi nội dung biểu quyết.")
        if min(votes_for, votes_against, votes_abstain, excluded) < 0:
            raise MeetingError("Số phiếu không được âm.")
        with transaction.atomic():
            current = Meeting.objects.select_for_update().get(pk=meeting.pk)
            if not _room_or_concluded(current):
                raise MeetingError(
                    "Chỉ ghi kết quả biểu quyết trong buổi họp, trước khi ký biên bản."
                )
            officials, present, excused, limit = cls.exclusion_limit(current)
            problem = vote_rules.ballots_problem(
                cast=votes_for + votes_against + votes_abstain, official_present=present
            )
            if problem:
                raise MeetingError(problem)
            if kind == cls.Kind.ADMISSION:
                if excluded:
                    raise MeetingError(
                        "Biểu quyết kết nạp, công nhận đảng viên chính thức tính trên tổng số đảng viên "
                        f"chính thức, không loại trừ ai ({vote_rules.SOURCE_TWO_THIRDS.text})."
                    )
                excused = 0  # two-thirds votes count all official members
            elif excluded > limit:
                raise MeetingError(
                    f"Số được loại trừ khác ({excluded}) vượt quá số có thể loại trừ ({limit}): chi bộ có "
                    f"{officials} đảng viên chính thức, {present} có mặt, {excused} vắng có lý do đã được "
                    "trừ. Mỗi đồng chí chỉ được tính một lần."
                )
            outcome = vote_rules.decide(kind=kind, yes=votes_for, no=votes_against, abstain=votes_abstain,
                                        official_members=officials, excluded=excused + excluded)  # fmt: skip
            vote = cls.objects.create(meeting=current, subject=subject.strip(), subject_kind=subject_kind,
                                      kind=kind, votes_for=votes_for, votes_against=votes_against,
                                      votes_abstain=votes_abstain, excused=excused, excluded=excluded,
                                      denominator=outcome.denominator, passed=outcome.passed)  # fmt: skip
            log_action(current, "meeting.vote", by=by, cell=current.cell,
                       after={"subject": vote.subject, "subject_kind": subject_kind, "for": votes_for,
                              "against": votes_against, "abstain": votes_abstain, "excused": excused,
                              "excluded": excluded, "denominator": outcome.denominator,
                              "passed": outcome.passed})  # fmt: skip
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
