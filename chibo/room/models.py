"""The paperless meeting room: the agenda item the chair is on, the votes members cast from
their phones, and the speakers' queue. Every change is a model verb: atomic, the room row
locked (one writer at a time per meeting), audited, and it moves the room's `version`, which
the projector and the phones poll for (chibo.room.state)."""

from __future__ import annotations

import re
from typing import Any

from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.lib.text import text_problem
from chibo.meetings.errors import MeetingError
from chibo.meetings.models import Attendance, Contribution, Meeting, Vote
from chibo.meetings.roles import require_member
from chibo.members.models import Member, Role
from chibo.rules import votes as vote_rules

from . import agenda

TOKEN = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


class RoomError(MeetingError):
    """The room refused the change; the message is for the user, in Vietnamese."""


def is_driver(meeting: Meeting, member: Member | None) -> bool:
    """Who drives the console: the chair recorded on the meeting, or the Bí thư."""
    return bool(
        member is not None
        and member.is_active
        and member.cell_id == meeting.cell_id
        and (member.pk == meeting.chair_id or member.role == Role.SECRETARY)
    )


def require_driver(meeting: Meeting, by: Any) -> Member:
    member = require_member(by, meeting.cell_id)
    if not is_driver(meeting, member):
        raise RoomError("Chỉ đồng chí chủ trì buổi sinh hoạt (hoặc Bí thư) điều khiển phòng họp.")
    return member


def _room_problem(meeting: Meeting) -> str:
    """'' while the room may change: from the meeting day until the minutes are signed."""
    if meeting.minutes_signed_at:
        return "Biên bản đã ký, phòng họp đã đóng."
    if meeting.status not in (*meeting.room_statuses(), Meeting.Status.CONCLUDED):
        return f"Phòng họp không mở khi buổi sinh hoạt “{meeting.get_status_display()}”."
    return ""


class Room(models.Model):
    meeting = models.OneToOneField(Meeting, primary_key=True, on_delete=models.CASCADE,
                                   related_name="live_room")  # fmt: skip
    item = models.CharField("nội dung đang họp", max_length=20, choices=agenda.ITEMS,
                            default=agenda.OPENING)  # fmt: skip
    page = models.PositiveIntegerField("trang tài liệu", default=1)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "phòng họp số"
        verbose_name_plural = "phòng họp số"

    def __str__(self) -> str:
        return f"Phòng họp: {self.meeting}"

    @property
    def item_label(self) -> str:
        return agenda.LABELS.get(self.item, "")

    @classmethod
    def of(cls, meeting: Meeting) -> Room:
        room, _ = cls.objects.get_or_create(meeting=meeting)
        return room

    @classmethod
    def locked(cls, meeting: Meeting) -> tuple[Room, Meeting]:
        """Lock the room (created on first use) and re-read the meeting; refuse when closed."""
        cls.objects.get_or_create(meeting_id=meeting.pk)
        room = cls.objects.select_for_update().get(pk=meeting.pk)
        current = Meeting.objects.select_related("cell").get(pk=meeting.pk)
        problem = _room_problem(current)
        if problem:
            raise RoomError(problem)
        return room, current

    def bump(self) -> None:
        """Every change moves the version the screens poll for."""
        Room.objects.filter(pk=self.pk).update(version=F("version") + 1, updated_at=timezone.now())
        self.refresh_from_db(fields=["version", "updated_at"])

    # -- verbs ------------------------------------------------------------------------------
    @classmethod
    def move(cls, meeting: Meeting, *, by: Any, item: str) -> Room:
        """The chair moves the meeting to an agenda item (the document starts at page 1)."""
        require_driver(meeting, by)
        if item not in agenda.KEYS:
            raise RoomError("Nội dung trong chương trình không hợp lệ.")
        with transaction.atomic():
            room, current = cls.locked(meeting)
            before = {"item": room.item}
            room.item, room.page = item, 1
            room.save(update_fields=["item", "page"])
            room.bump()
            log_action(current, "room.agenda", by=by, cell=current.cell, before=before,
                       after={"item": item, "label": agenda.LABELS[item]})  # fmt: skip
        return room

    @classmethod
    def turn_page(cls, meeting: Meeting, *, by: Any, page: int, pages: int) -> Room:
        """The chair shows another page of the document on the big screen."""
        require_driver(meeting, by)
        if not 1 <= page <= max(pages, 1):
            raise RoomError(f"Tài liệu có {max(pages, 1)} trang.")
        with transaction.atomic():
            room, current = cls.locked(meeting)
            before = {"page": room.page}
            room.page = page
            room.save(update_fields=["page"])
            room.bump()
            log_action(current, "room.page", by=by, cell=current.cell, before=before,
                       after={"page": page})  # fmt: skip
        return room

    @classmethod
    def roll_call(cls, meeting: Meeting, member: Member, status: str, *, by: Any) -> Attendance:
        """Roll call from the console: the meeting's own verb, and the screens follow."""
        with transaction.atomic():
            room, _ = cls.locked(meeting)
            row = meeting.record_attendance(member, status, by=by)
            room.bump()
        return row  # type: ignore[no-any-return]


class Ballot(models.Model):
    """A vote the chair opens in the room. Members present cast ballots from their phones, the
    chair adds a show of hands for those without one; closing it records the meeting's Vote
    (chibo.meetings), counted with the rulebook's denominator.

    A secret ballot keeps the counts and who took part (Participation), never who voted what."""

    class Status(models.TextChoices):
        OPEN = "open", "Đang biểu quyết"
        CLOSED = "closed", "Đã kết thúc"
        CANCELLED = "cancelled", "Đã hủy"

    CHOICES = {"yes": "Tán thành", "no": "Không tán thành", "abstain": "Không biểu quyết"}

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="ballots")
    subject = models.CharField("nội dung biểu quyết", max_length=300)
    subject_kind = models.CharField(max_length=12, choices=Vote.SubjectKind.choices,
                                    default=Vote.SubjectKind.OTHER)  # fmt: skip
    kind = models.CharField(max_length=10, choices=Vote.Kind.choices, default=Vote.Kind.ORDINARY)
    secret = models.BooleanField("bỏ phiếu kín", default=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    # Ballots from phones, counted as they arrive (by the rulebook's tally).
    phone_yes = models.PositiveIntegerField(default=0)
    phone_no = models.PositiveIntegerField(default=0)
    phone_abstain = models.PositiveIntegerField(default=0)
    # A show of hands the chair counts for members without a phone.
    hands_yes = models.PositiveIntegerField(default=0)
    hands_no = models.PositiveIntegerField(default=0)
    hands_abstain = models.PositiveIntegerField(default=0)
    opened_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    result = models.OneToOneField(Vote, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="ballot")  # fmt: skip

    class Meta:
        ordering = ["opened_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting"], condition=Q(status="open"), name="one_open_ballot_per_meeting"
            ),  # fmt: skip
        ]

    def __str__(self) -> str:
        return self.subject

    @property
    def totals(self) -> tuple[int, int, int]:
        return (self.phone_yes + self.hands_yes, self.phone_no + self.hands_no,
                self.phone_abstain + self.hands_abstain)  # fmt: skip

    @property
    def hands(self) -> int:
        return self.hands_yes + self.hands_no + self.hands_abstain

    @staticmethod
    def official_present(meeting: Meeting) -> int:
        return meeting.attendances.filter(
            member_status=Member.Status.OFFICIAL, status__in=Attendance.PRESENT_STATUSES
        ).count()

    @classmethod
    def open(cls, meeting: Meeting, *, by: Any, subject: str, kind: str = Vote.Kind.ORDINARY,
             subject_kind: str = Vote.SubjectKind.OTHER, secret: bool = False) -> Ballot:  # fmt: skip
        require_driver(meeting, by)
        if not subject.strip():
            raise RoomError("Hãy ghi nội dung biểu quyết.")
        if text_problem(subject):
            raise RoomError(text_problem(subject) or "")
        if kind not in Vote.Kind.values or subject_kind not in Vote.SubjectKind.values:
            raise RoomError("Loại biểu quyết không hợp lệ.")
        if subject_kind == Vote.SubjectKind.RESOLUTION and kind != Vote.Kind.ORDINARY:
            raise RoomError(
                "Nghị quyết của buổi sinh hoạt được thông qua theo biểu quyết thông thường."
            )
        with transaction.atomic():
            room, current = Room.locked(meeting)
            if cls.objects.filter(meeting=current, status=cls.Status.OPEN).exists():
                raise RoomError("Đang có một nội dung biểu quyết chưa kết thúc.")
            if cls.official_present(current) == 0:
                raise RoomError("Chưa có đảng viên chính thức nào được điểm danh có mặt.")
            ballot = cls.objects.create(meeting=current, subject=subject.strip()[:300], kind=kind,
                                        subject_kind=subject_kind, secret=secret)  # fmt: skip
            room.item = agenda.VOTE
            room.save(update_fields=["item"])
            room.bump()
            log_action(current, "room.ballot_open", by=by, cell=current.cell,
                       after={"ballot": ballot.pk, "subject": ballot.subject, "kind": kind,
                              "subject_kind": subject_kind, "secret": secret})  # fmt: skip
        return ballot

    @classmethod
    def _open_locked(cls, meeting: Meeting, ballot_id: int | None) -> Ballot:
        ballot = (
            cls.objects.select_for_update().filter(meeting=meeting, status=cls.Status.OPEN).first()
        )
        if ballot is None or (ballot_id is not None and ballot.pk != ballot_id):
            raise RoomError("Biểu quyết này đã kết thúc hoặc chưa được mở.")
        return ballot

    @classmethod
    def cast(cls, meeting: Meeting, *, by: Any, choice: str, token: str,
             ballot_id: int | None = None) -> tuple[Participation, bool]:  # fmt: skip
        """One member's ballot from a phone: (the participation, counted now). A resend with the
        same client token (a phone that lost the answer) is acknowledged, not counted again;
        each member is counted once (unique constraint)."""
        member = require_member(by, meeting.cell_id)
        if choice not in cls.CHOICES:
            raise RoomError("Hãy chọn tán thành, không tán thành hoặc không biểu quyết.")
        if not TOKEN.match(token or ""):
            raise RoomError("Phiếu không hợp lệ, hãy tải lại trang.")
        with transaction.atomic():
            room, current = Room.locked(meeting)
            ballot = cls._open_locked(current, ballot_id)
            taken = Participation.objects.filter(ballot=ballot, member=member).first()
            if taken is not None:
                if taken.token == token:
                    return taken, False
                raise RoomError("Đồng chí đã biểu quyết nội dung này. Mỗi đồng chí một phiếu.")
            mark = current.attendances.filter(member=member).first()
            member_status = mark.member_status if mark else member.status
            problem = vote_rules.voter_problem(member_status=member_status,
                                               present=bool(mark and mark.is_present))  # fmt: skip
            if problem:
                raise RoomError(problem)
            yes, no, abstain = vote_rules.tally([(member_status, choice)])
            cast = ballot.participants() + ballot.hands + 1
            problem = vote_rules.ballots_problem(
                cast=cast, official_present=cls.official_present(current)
            )
            if problem:
                raise RoomError(problem)
            ballot.phone_yes += yes
            ballot.phone_no += no
            ballot.phone_abstain += abstain
            ballot.save(update_fields=["phone_yes", "phone_no", "phone_abstain"])
            row = Participation.objects.create(ballot=ballot, member=member, token=token,
                                               choice="" if ballot.secret else choice)  # fmt: skip
            room.bump()
            # A secret ballot's audit says who took part, never the choice.
            after: dict[str, Any] = {"ballot": ballot.pk, "member": str(member)}
            if not ballot.secret:
                after["choice"] = choice
            log_action(current, "room.ballot_cast", by=by, cell=current.cell, after=after)
        return row, True

    def participants(self) -> int:
        return self.participations.count()

    @classmethod
    def record_hands(cls, meeting: Meeting, *, by: Any, yes: int, no: int, abstain: int,
                     ballot_id: int | None = None) -> Ballot:  # fmt: skip
        """The chair's count of a show of hands by members without a phone (replaces the last)."""
        require_driver(meeting, by)
        if min(yes, no, abstain) < 0:
            raise RoomError("Số phiếu không được âm.")
        with transaction.atomic():
            room, current = Room.locked(meeting)
            ballot = cls._open_locked(current, ballot_id)
            cast = ballot.participants() + yes + no + abstain
            problem = vote_rules.ballots_problem(
                cast=cast, official_present=cls.official_present(current)
            )
            if problem:
                raise RoomError(problem)
            before = {
                "yes": ballot.hands_yes,
                "no": ballot.hands_no,
                "abstain": ballot.hands_abstain,
            }
            ballot.hands_yes, ballot.hands_no, ballot.hands_abstain = yes, no, abstain
            ballot.save(update_fields=["hands_yes", "hands_no", "hands_abstain"])
            room.bump()
            log_action(current, "room.ballot_hands", by=by, cell=current.cell, before=before,
                       after={"ballot": ballot.pk, "yes": yes, "no": no, "abstain": abstain})  # fmt: skip
        return ballot

    @classmethod
    def close(cls, meeting: Meeting, *, by: Any, ballot_id: int | None = None) -> Vote:
        """End the vote: the meeting's Vote is recorded (its verb checks the ballots against the
        officials present and stores the denominator), so the minutes and resolution print it."""
        require_driver(meeting, by)
        with transaction.atomic():
            room, current = Room.locked(meeting)
            ballot = cls._open_locked(current, ballot_id)
            yes, no, abstain = ballot.totals
            vote = Vote.record(current, by=by, subject=ballot.subject, kind=ballot.kind,
                               subject_kind=ballot.subject_kind, votes_for=yes, votes_against=no,
                               votes_abstain=abstain)  # fmt: skip
            ballot.status, ballot.closed_at, ballot.result = cls.Status.CLOSED, timezone.now(), vote
            ballot.save(update_fields=["status", "closed_at", "result"])
            room.bump()
            log_action(current, "room.ballot_close", by=by, cell=current.cell,
                       after={"ballot": ballot.pk, "vote": vote.pk, "for": yes, "against": no,
                              "abstain": abstain, "denominator": vote.denominator,
                              "passed": vote.passed, "participants": ballot.participants(),
                              "hands": ballot.hands})  # fmt: skip
        return vote

    @classmethod
    def cancel(cls, meeting: Meeting, *, by: Any, ballot_id: int | None = None) -> Ballot:
        require_driver(meeting, by)
        with transaction.atomic():
            room, current = Room.locked(meeting)
            ballot = cls._open_locked(current, ballot_id)
            ballot.status, ballot.closed_at = cls.Status.CANCELLED, timezone.now()
            ballot.save(update_fields=["status", "closed_at"])
            room.bump()
            log_action(current, "room.ballot_cancel", by=by, cell=current.cell,
                       after={"ballot": ballot.pk, "subject": ballot.subject})  # fmt: skip
        return ballot


class Participation(models.Model):
    """That a member took part in a ballot, once. `choice` is kept for an open ballot only."""

    ballot = models.ForeignKey(Ballot, on_delete=models.CASCADE, related_name="participations")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="+")
    token = models.CharField(max_length=64)
    choice = models.CharField(max_length=8, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["ballot", "member"], name="one_ballot_per_member"),
        ]

    def __str__(self) -> str:
        return f"{self.member} – {self.ballot}"


class SpeakingRequest(models.Model):
    """A member's request to speak, from the phone, queued for the chair."""

    class Status(models.TextChoices):
        WAITING = "waiting", "Đang chờ"
        SPEAKING = "speaking", "Đang phát biểu"
        DONE = "done", "Đã phát biểu"
        WITHDRAWN = "withdrawn", "Đã rút"

    LIVE = (Status.WAITING, Status.SPEAKING)

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="speaking_requests")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="+")
    item = models.CharField(max_length=20, choices=agenda.ITEMS, default=agenda.DISCUSSION)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    asked_at = models.DateTimeField(default=timezone.now)
    called_at = models.DateTimeField(null=True, blank=True)
    contribution = models.ForeignKey(Contribution, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")  # fmt: skip

    class Meta:
        ordering = ["asked_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "member"],
                condition=Q(status__in=["waiting", "speaking"]),
                name="one_live_speaking_request",
            ),  # fmt: skip
        ]

    def __str__(self) -> str:
        return f"{self.member}: {self.get_status_display()}"

    @classmethod
    def ask(cls, meeting: Meeting, *, by: Any) -> SpeakingRequest:
        member = require_member(by, meeting.cell_id)
        with transaction.atomic():
            room, current = Room.locked(meeting)
            live = cls.objects.filter(meeting=current, member=member, status__in=cls.LIVE).first()
            if live is not None:
                return live  # a resend: already in the queue
            mark = current.attendances.filter(member=member).first()
            if not (mark and mark.is_present):
                raise RoomError("Chỉ đồng chí đã được điểm danh có mặt mới đăng ký phát biểu.")
            request = cls.objects.create(meeting=current, member=member, item=room.item)
            room.bump()
            log_action(current, "room.speak_ask", by=by, cell=current.cell,
                       after={"member": str(member), "item": room.item})  # fmt: skip
        return request

    @classmethod
    def withdraw(cls, meeting: Meeting, *, by: Any) -> None:
        member = require_member(by, meeting.cell_id)
        with transaction.atomic():
            room, current = Room.locked(meeting)
            n = cls.objects.filter(
                meeting=current, member=member, status=cls.Status.WAITING
            ).update(status=cls.Status.WITHDRAWN)
            if n:
                room.bump()
                log_action(current, "room.speak_withdraw", by=by, cell=current.cell,
                           after={"member": str(member)})  # fmt: skip

    @classmethod
    def call(cls, meeting: Meeting, pk: int, *, by: Any) -> SpeakingRequest:
        """The chair gives the floor to a waiting member (whoever was speaking has finished)."""
        require_driver(meeting, by)
        with transaction.atomic():
            room, current = Room.locked(meeting)
            request = cls.objects.select_for_update().filter(meeting=current, pk=pk,
                                                             status=cls.Status.WAITING).first()  # fmt: skip
            if request is None:
                raise RoomError("Đồng chí này không còn trong danh sách chờ phát biểu.")
            cls.objects.filter(meeting=current, status=cls.Status.SPEAKING).update(
                status=cls.Status.DONE
            )
            request.status, request.called_at = cls.Status.SPEAKING, timezone.now()
            request.save(update_fields=["status", "called_at"])
            room.bump()
            log_action(current, "room.speak_call", by=by, cell=current.cell,
                       after={"member": str(request.member)})  # fmt: skip
        return request

    @classmethod
    def finish(cls, meeting: Meeting, pk: int, *, by: Any, summary: str = "") -> SpeakingRequest:
        """The speaker has finished; a summary, when given, goes to the meeting's contributions."""
        require_driver(meeting, by)
        if text_problem(summary):
            raise RoomError(text_problem(summary) or "")
        with transaction.atomic():
            room, current = Room.locked(meeting)
            request = cls.objects.select_for_update().select_related("member").filter(
                meeting=current, pk=pk, status__in=cls.LIVE).first()  # fmt: skip
            if request is None:
                raise RoomError("Lượt phát biểu này đã kết thúc.")
            if summary.strip():
                request.contribution = Contribution.add(current, by=by, speaker=request.member,
                                                        summary=summary)  # fmt: skip
            request.status = cls.Status.DONE
            request.save(update_fields=["status", "contribution"])
            room.bump()
            log_action(current, "room.speak_done", by=by, cell=current.cell,
                       after={"member": str(request.member), "summary": summary.strip()})  # fmt: skip
        return request
