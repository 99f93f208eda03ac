"""A meeting (buổi sinh hoạt chi bộ) and its lifecycle, from a planned topic to a closed dossier.

planned → preparing → review → distributed → held → concluded → closed, plus postponed and
cancelled. Every verb is atomic, locks the row, checks state and actor, and writes the audit.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property

from chibo.audit.models import changes, log_action, snapshot
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.organizations.settings import params_for_cell, params_for_cells
from chibo.rules import meetings as meeting_rules
from chibo.rules import votes as vote_rules
from chibo.rules.settings import Params
from chibo.rules.sources import Citation

from .. import rules
from ..errors import MeetingError, NeedsConfirmation
from ..roles import require_editor, require_leader, require_member

if TYPE_CHECKING:
    from .drafts import DraftVersion
    from .session import Vote


class MeetingQuerySet(models.QuerySet["Meeting"]):
    def for_cell(self, cell: Cell) -> MeetingQuerySet:
        return self.filter(cell=cell)

    def upcoming(self) -> MeetingQuerySet:
        return self.filter(starts_at__gte=timezone.now(), status__in=Meeting.OPEN_STATUSES)

    def in_quarter(self, year: int, quarter: int) -> MeetingQuerySet:
        first = 3 * (quarter - 1) + 1
        return self.filter(
            starts_at__year=year, starts_at__month__gte=first, starts_at__month__lte=first + 2
        )


class Meeting(models.Model):
    class Kind(models.TextChoices):
        REGULAR = "regular", "Sinh hoạt thường kỳ"
        THEMATIC = "thematic", "Sinh hoạt chuyên đề"

    class Status(models.TextChoices):
        PLANNED = "planned", "Dự kiến"
        PREPARING = "preparing", "Đang chuẩn bị"
        REVIEW = "review", "Chi ủy đang cho ý kiến dự thảo"
        DISTRIBUTED = "distributed", "Đã gửi tài liệu"
        HELD = "held", "Đã họp"
        CONCLUDED = "concluded", "Đã kết luận"
        CLOSED = "closed", "Đã hoàn thiện hồ sơ"
        POSTPONED = "postponed", "Tạm hoãn"
        CANCELLED = "cancelled", "Đã hủy"

    OPEN_STATUSES = (Status.PLANNED, Status.PREPARING, Status.REVIEW, Status.DISTRIBUTED)
    # A regular meeting may be recorded as it really happened, with its draft prepared on paper
    # or outside the chi ủy: the room opens before the draft chain ends (a skipped step is a
    # finding, see preparation_findings). A thematic meeting keeps the chain.
    BEFORE_DISTRIBUTION = (Status.PLANNED, Status.PREPARING, Status.REVIEW)
    HAPPENED = (Status.HELD, Status.CONCLUDED, Status.CLOSED)
    STEPS = (Status.PLANNED, Status.PREPARING, Status.REVIEW, Status.DISTRIBUTED,
             Status.HELD, Status.CONCLUDED, Status.CLOSED)  # fmt: skip
    PREPARATION_FIELDS = ["draft_prepared_on", "draft_reviewed_on", "distributed_at",
                          "distributed_outside", "late_distribution_reason", "preparation_note",
                          "status"]  # fmt: skip
    AUDITED = ["title", "kind", "starts_at", "ends_at", "place", "online_link", "chair",
               "secretary", "guests", "draft_due", "review_due", "status"]  # fmt: skip
    # Who chaired, who kept the minutes and who was invited may be put right until the
    # minutes are signed; everything else is fixed once the meeting is held.
    MINUTES_PEOPLE = frozenset({"chair", "secretary", "guests"})

    cell = models.ForeignKey(Cell, on_delete=models.PROTECT, related_name="meetings")
    kind = models.CharField("loại", max_length=10, choices=Kind.choices, default=Kind.REGULAR)
    title = models.CharField("nội dung / chủ đề", max_length=500)
    topic = models.ForeignKey(
        "plans.Topic",
        verbose_name="chuyên đề trong kế hoạch",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
    )
    starts_at = models.DateTimeField("bắt đầu (dự kiến)")
    ends_at = models.DateTimeField("kết thúc (dự kiến)", null=True, blank=True)
    place = models.CharField("địa điểm", max_length=200, blank=True)
    online_link = models.URLField("đường dẫn họp trực tuyến", blank=True)
    chair = models.ForeignKey(Member, verbose_name="chủ trì", null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    secretary = models.ForeignKey(Member, verbose_name="thư ký", null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    guests = models.TextField(
        "khách mời", blank=True,
        help_text="Ví dụ: Đồng chí Trần Văn Minh, Đảng ủy viên, dự và chỉ đạo. Ghi vào biên bản.",
    )  # fmt: skip
    preparers = models.ManyToManyField(Member, verbose_name="người chuẩn bị", blank=True,
                                       related_name="prepared_meetings")  # fmt: skip
    combined_with = models.ForeignKey("self", verbose_name="sinh hoạt cùng buổi với", null=True,
                                      blank=True, on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    draft_due = models.DateField("hạn nộp dự thảo", null=True, blank=True)
    review_due = models.DateField("hạn chi ủy cho ý kiến", null=True, blank=True)
    status = models.CharField(
        "trạng thái", max_length=12, choices=Status.choices, default=Status.PLANNED
    )
    status_reason = models.TextField("lý do hoãn / hủy", blank=True)
    resume_status = models.CharField(max_length=12, blank=True, editable=False)
    approved_version = models.ForeignKey("DraftVersion", null=True, blank=True,
                                         on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    approved_at = models.DateTimeField(null=True, blank=True)
    distributed_at = models.DateTimeField("ngày gửi tài liệu", null=True, blank=True)
    late_distribution_reason = models.TextField("lý do gửi muộn", blank=True)
    # Preparation recorded after the fact (a draft prepared on paper or outside the chi ủy).
    draft_prepared_on = models.DateField("ngày chuẩn bị xong dự thảo (ngoài phần mềm)", null=True,
                                         blank=True)  # fmt: skip
    draft_reviewed_on = models.DateField("ngày chi ủy cho ý kiến dự thảo (ngoài phần mềm)",
                                         null=True, blank=True)  # fmt: skip
    distributed_outside = models.BooleanField("gửi tài liệu ngoài phần mềm", default=False)
    preparation_note = models.CharField("ghi chú về việc chuẩn bị", max_length=300, blank=True)
    actual_start = models.DateTimeField("bắt đầu thực tế", null=True, blank=True)
    actual_end = models.DateTimeField("kết thúc thực tế", null=True, blank=True)
    duration_finding = models.CharField(max_length=300, blank=True)
    conclusion = models.TextField("kết luận", blank=True)
    concluded_at = models.DateTimeField(null=True, blank=True)
    minutes = models.TextField("nội dung biên bản", blank=True)
    minutes_version = models.PositiveIntegerField(default=1, editable=False)
    minutes_signed_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")  # fmt: skip

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at", "-id"]
        indexes = [models.Index(fields=["cell", "-starts_at"])]
        verbose_name = "buổi sinh hoạt"
        verbose_name_plural = "buổi sinh hoạt"

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {timezone.localtime(self.starts_at):%d/%m/%Y}: {self.title}"[
            :255
        ]

    # -- the committee dashboards' counts (chibo.meetings.summary) ------------------------
    def save(self, *args: Any, **kwargs: Any) -> None:
        """Saves and, when a field the dashboards count changed, recomputes the cell's
        counts for the year, in the same transaction (see chibo.meetings.summary)."""
        from .. import summary

        update_fields = kwargs.get("update_fields")
        not_counted = self._state.adding and self.status not in summary.HELD  # e.g. planned
        if not_counted or not summary.touches(update_fields, summary.MEETING_FIELDS):
            super().save(*args, **kwargs)
            return
        with transaction.atomic(savepoint=False):
            before = None
            if not self._state.adding and summary.touches(
                update_fields, frozenset({"cell", "cell_id", "starts_at"})
            ):
                before = (
                    Meeting.objects.filter(pk=self.pk).values_list("cell_id", "starts_at").first()
                )
            super().save(*args, **kwargs)
            summary.meeting_saved(before, self.cell_id, self.starts_at)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        from .. import summary

        with transaction.atomic(savepoint=False):
            result = super().delete(*args, **kwargs)
            summary.meeting_saved(None, self.cell_id, self.starts_at)
        return result

    # -- derived facts -----------------------------------------------------------------
    @property
    def meeting_day(self) -> dt.date:
        return timezone.localtime(self.starts_at).date()

    @property
    def plan_days_before(self) -> int | None:
        topic = self.topic if self.topic_id else None
        return topic.plan.days_before_distribution if topic is not None else None

    @cached_property
    def params(self) -> Params:
        """The committee parameters in force for this meeting's cell."""
        return params_for_cell(self.cell)

    @classmethod
    def attach_params(cls, meetings: list[Meeting]) -> list[Meeting]:
        """Read the committee parameters of many meetings' cells in one query (lists, reminders)."""
        by_cell = params_for_cells({m.cell_id: m.cell for m in meetings}.values())
        for meeting in meetings:
            meeting.__dict__["params"] = by_cell[meeting.cell_id]
        return meetings

    @property
    def days_ahead_rule(self) -> meeting_rules.DaysAhead:
        """How many days ahead the documents must reach members, and which rule says so: the
        strictest of HD 42, the committee's setting, the cell's own and its plan's."""
        return meeting_rules.required_days_before(params=self.params,
                                                  cell_days=self.cell.days_before_distribution,
                                                  plan_days=self.plan_days_before)  # fmt: skip

    @property
    def required_days_before(self) -> int:
        return self.days_ahead_rule.days

    @property
    def distribution_deadline(self) -> dt.date:
        return meeting_rules.distribution_deadline(meeting_on=self.meeting_day,
                                                   required=self.required_days_before)  # fmt: skip

    def is_late_on(self, day: dt.date | None, *, meeting_on: dt.date | None = None) -> bool:
        return meeting_rules.is_late(sent_on=day, meeting_on=meeting_on or self.meeting_day,
                                     required=self.required_days_before)  # fmt: skip

    @property
    def min_duration(self) -> int:
        return meeting_rules.min_duration(params=self.params, combined=self.is_combined)

    @property
    def duration_rule(self) -> str:
        """ "Thời lượng tối thiểu 90 phút (HD 42-HD/BTCTW, …)" or the Đảng ủy's own value."""
        return meeting_rules.duration_rule_text(params=self.params, combined=self.is_combined)

    @property
    def held_day(self) -> dt.date:
        """The day the meeting took place (its scheduled day until it is recorded)."""
        return (
            timezone.localtime(self.actual_start).date() if self.actual_start else self.meeting_day
        )

    @property
    def sent_on(self) -> dt.date | None:
        return timezone.localtime(self.distributed_at).date() if self.distributed_at else None

    def room_statuses(self) -> tuple[str, ...]:
        """Where roll call, speakers, votes and "đã họp" may be recorded."""
        if self.kind == self.Kind.REGULAR:
            return (*self.BEFORE_DISTRIBUTION, self.Status.DISTRIBUTED, self.Status.HELD)
        return (self.Status.DISTRIBUTED, self.Status.HELD)

    @property
    def room_open(self) -> bool:
        return self.status in self.room_statuses()

    @property
    def may_record_preparation(self) -> bool:
        """A regular meeting's preparation steps may be recorded after the fact."""
        return self.kind == self.Kind.REGULAR and self.status in (
            *self.BEFORE_DISTRIBUTION,
            self.Status.DISTRIBUTED,
            self.Status.HELD,
            self.Status.CONCLUDED,
        )

    def is_recorder(self, member: Member | None) -> bool:
        """The chi ủy, or the meeting's secretary (thư ký) even when not on the chi ủy: they
        take the roll call, note the speakers and write the minutes."""
        return (
            member is not None
            and member.is_active
            and (
                member.is_editor
                or (self.secretary_id is not None and member.pk == self.secretary_id)
            )
        )

    def preparation_findings(self) -> list[tuple[str, Citation]]:
        """What the preparation skipped or did late, each with its rule (HD 42 preparation steps).

        Findings, not locks: a meeting that took place is recorded as it happened. Empty until
        the meeting is recorded as held (before that a missing step is simply still to do)."""
        if self.status not in self.HAPPENED:
            return []
        findings: list[tuple[str, Citation]] = []
        has_draft = self.draft_prepared_on is not None or self.versions.exists()
        if not has_draft:
            findings.append(("Không ghi nhận dự thảo nội dung sinh hoạt được chuẩn bị trước buổi "
                             "sinh hoạt.", meeting_rules.SOURCE_PREPARATION))  # fmt: skip
        elif self.approved_at is None and self.draft_reviewed_on is None:
            findings.append(("Dự thảo chưa được chi ủy (Bí thư) cho ý kiến trước buổi sinh hoạt.",
                             meeting_rules.SOURCE_PREPARATION))  # fmt: skip
        rule = self.days_ahead_rule
        sent = self.sent_on
        if sent is None:
            findings.append(("Tài liệu không được gửi cho đảng viên trước buổi sinh hoạt.",
                             meeting_rules.SOURCE_DAYS_BEFORE))  # fmt: skip
        elif self.is_late_on(sent, meeting_on=self.held_day):
            ahead = meeting_rules.days_ahead(sent_on=sent, meeting_on=self.held_day)
            reason = (
                f" Lý do: {self.late_distribution_reason}" if self.late_distribution_reason else ""
            )
            # The regulation is HD 42's step; the number may be the Đảng ủy's or the cell's own.
            who = "" if rule.source == meeting_rules.SOURCE_DAYS_BEFORE else f" ({rule.why})"
            findings.append((f"Tài liệu gửi ngày {sent:%d/%m/%Y}, trước buổi sinh hoạt {max(ahead, 0)} "
                             f"ngày; phải gửi trước ít nhất {rule.days} ngày{who}.{reason}",
                             meeting_rules.SOURCE_DAYS_BEFORE))  # fmt: skip
        return findings

    @property
    def duration_minutes(self) -> int | None:
        if not (self.actual_start and self.actual_end):
            return None
        return int((self.actual_end - self.actual_start).total_seconds() // 60)

    @property
    def is_combined(self) -> bool:
        return self.combined_with_id is not None

    @property
    def step_index(self) -> int:
        return self.STEPS.index(self.status) if self.status in self.STEPS else -1

    def latest_version(self) -> DraftVersion | None:
        return self.versions.order_by("-number").first()

    def resolution_vote(self) -> Vote | None:
        """The latest vote on the meeting's resolution: a second vote after amendments decides."""
        return self.votes.filter(subject_kind="resolution").order_by("-created_at", "-id").first()

    def conclusion_problem(self, type_code: str) -> str:
        """'' when the document that records the meeting's decision may be issued; otherwise
        why not, in Vietnamese. A Nghị quyết needs a recorded vote on it that passed; a Thông
        báo kết luận needs none."""
        if type_code not in rules.ISSUABLE_CONCLUSIONS:
            return "Chỉ ban hành Nghị quyết hoặc Thông báo kết luận của buổi sinh hoạt."
        if type_code != rules.RESOLUTION:
            return ""
        return self.resolution_vote_problem(self.resolution_vote())

    @staticmethod
    def resolution_vote_problem(vote: Vote | None) -> str:
        """'' when `vote` (the latest on the resolution) lets a Nghị quyết be issued."""
        if vote is None:
            return (
                "Chưa ghi kết quả biểu quyết thông qua nghị quyết nên chưa ban hành Nghị quyết được. "
                f"{vote_rules.rule_text(vote_rules.ORDINARY)} Nếu chi bộ chỉ kết luận, không biểu "
                "quyết, hãy ban hành Thông báo kết luận."
            )
        if not vote.passed:
            return (
                f"Nghị quyết không được thông qua ({vote.votes_for}/{vote.denominator} đảng viên chính "
                f"thức tán thành) nên không ban hành Nghị quyết được. {vote.rule_text}"
            )
        return ""

    def dossier_missing(self) -> list[str]:
        """What the cell's plan asks the dossier to hold that this meeting's still lacks."""
        from chibo.meetings.services import issued_documents

        missing = []
        docs = issued_documents(self)
        if self.kind == self.Kind.THEMATIC and self.topic_id is None:
            missing.append(rules.DOSSIER_ITEMS["plan"])
        # A regular meeting's draft may have been prepared on paper, or skipped: that is a
        # preparation finding, not a missing dossier item.
        if self.kind == self.Kind.THEMATIC and self.approved_version_id is None:
            missing.append(rules.DOSSIER_ITEMS["draft"])
        if not self.minutes_signed_at or "BB" not in docs:
            missing.append(rules.DOSSIER_ITEMS["minutes"])
        if not (set(rules.CONCLUSION_DOCUMENTS) & set(docs)):
            missing.append(rules.DOSSIER_ITEMS["conclusion"])
        report = getattr(self, "report", None) if self.pk else None
        if report is None or report.submitted_at is None:
            missing.append(rules.DOSSIER_ITEMS["report"])
        return missing

    # -- internals -----------------------------------------------------------------------
    def _locked(self, *allowed: str, verb: str) -> Meeting:
        current = Meeting.objects.select_for_update().select_related("cell").get(pk=self.pk)
        current._stored = {f.attname: getattr(current, f.attname) for f in Meeting._meta.concrete_fields}  # type: ignore[attr-defined]  # fmt: skip
        if allowed and current.status not in allowed:
            raise MeetingError(
                f"Không thể {verb} khi buổi sinh hoạt đang ở trạng thái “{current.get_status_display()}”."
            )
        return current

    def _save(self, current: Meeting, action: str, by: Any, fields: list[str],
              before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:  # fmt: skip
        current.version += 1
        current.save(update_fields=[*fields, "version"])
        if before is None and after is None and hasattr(current, "_stored"):
            # The values as read under the lock, and only the fields that really changed.
            stored = Meeting(**current._stored)
            before, after = changes(snapshot(stored, fields), current, fields)
        log_action(current, action, by=by, cell=current.cell, before=before,
                   after=after if after is not None else snapshot(current, fields))  # fmt: skip
        self.refresh_from_db()

    # -- domain verbs ----------------------------------------------------------------------
    @classmethod
    def plan(
        cls, *, cell: Cell, by: Any, preparers: list[Member] | None = None, **fields: Any
    ) -> Meeting:
        """Put a meeting on the cell's calendar (chi ủy)."""
        require_editor(by, cell)
        with transaction.atomic():
            meeting = cls(cell=cell, created_by=by, **fields)
            meeting.full_clean(exclude=["approved_version"])
            meeting.save()
            if preparers:
                meeting.preparers.set(preparers)
                meeting.status = cls.Status.PREPARING
                meeting.save(update_fields=["status"])
            log_action(
                meeting, "meeting.plan", by=by, cell=cell, after=snapshot(meeting, cls.AUDITED)
            )
        return meeting

    def update_details(
        self, *, by: Any, expected_version: int | None = None, **fields: Any
    ) -> None:
        """Change time, place, chair… before the meeting is held (chi ủy); after it, only the
        chair, the secretary and the guests, until the minutes are signed."""
        require_editor(by, self.cell_id)
        with transaction.atomic():
            current = self._locked(*self.OPEN_STATUSES, self.Status.POSTPONED, self.Status.HELD,
                                   self.Status.CONCLUDED, verb="sửa thông tin")  # fmt: skip
            if expected_version is not None and current.version != expected_version:
                raise MeetingError(
                    "Buổi sinh hoạt vừa được người khác sửa. Hãy tải lại trang rồi sửa lại."
                )
            if current.status in (self.Status.HELD, self.Status.CONCLUDED):
                changed = {n for n, v in fields.items() if getattr(current, n) != v}
                if current.minutes_signed_at or changed - self.MINUTES_PEOPLE:
                    raise MeetingError("Sau khi họp chỉ sửa được chủ trì, thư ký và khách mời, "
                                       "trước khi ký biên bản.")  # fmt: skip
                fields = {n: fields[n] for n in changed}
            before = snapshot(current, list(fields))
            for name, value in fields.items():
                setattr(current, name, value)
            current.full_clean(exclude=["approved_version"])
            old, new = changes(before, current, list(fields))
            self._save(current, "meeting.update", by, list(fields), before=old, after=new)

    def assign_preparers(self, members: list[Member], *, by: Any) -> None:
        """Bí thư assigns who prepares the content and the draft (HD 42 step 1)."""
        require_editor(by, self.cell_id)
        if not members:
            raise MeetingError("Hãy chọn ít nhất một đồng chí chuẩn bị.")
        if any(m.cell_id != self.cell_id or not m.is_active for m in members):
            raise MeetingError("Người chuẩn bị phải là đảng viên đang sinh hoạt tại chi bộ.")
        with transaction.atomic():
            current = self._locked(self.Status.PLANNED, self.Status.PREPARING, self.Status.REVIEW,
                                   verb="phân công chuẩn bị")  # fmt: skip
            before = {"preparers": ", ".join(str(m) for m in current.preparers.all())}
            current.preparers.set(members)
            if current.status == self.Status.PLANNED:
                current.status = self.Status.PREPARING
            self._save(current, "meeting.assign_preparers", by, ["status"], before=before,
                       after={"preparers": ", ".join(str(m) for m in members), "status": current.status})  # fmt: skip
        _notify(
            self, members, "meeting.assigned", "Đồng chí được phân công chuẩn bị nội dung sinh hoạt"
        )

    def require_recorder(self, by: Any) -> Member:
        member = require_member(by, self.cell_id)
        if not self.is_recorder(member):
            raise MeetingError(
                "Chỉ chi ủy hoặc thư ký của buổi sinh hoạt được điểm danh, ghi ý kiến và biên bản."
            )
        return member

    def is_preparer(self, member: Member | None) -> bool:
        return member is not None and self.preparers.filter(pk=member.pk).exists()

    def _require_preparer_or_editor(self, by: Any) -> Member:
        member = require_member(by, self.cell_id)
        if not (member.is_editor or self.is_preparer(member)):
            raise MeetingError("Chỉ người được phân công chuẩn bị hoặc chi ủy được sửa dự thảo.")
        return member

    def save_draft(self, *, by: Any, text: str, upload: Any = None, note: str = "") -> DraftVersion:
        """A new version of the draft (người chuẩn bị or chi ủy); earlier versions are kept."""
        from ..uploads import DRAFT_KINDS, validate_upload
        from .drafts import DraftVersion

        author = self._require_preparer_or_editor(by)
        if not text.strip() and upload is None:
            raise MeetingError("Dự thảo cần có nội dung hoặc tệp đính kèm.")
        kind = validate_upload(upload, DRAFT_KINDS) if upload is not None else ""
        with transaction.atomic():
            current = self._locked(self.Status.PLANNED, self.Status.PREPARING, self.Status.REVIEW,
                                   verb="sửa dự thảo")  # fmt: skip
            number = (current.versions.aggregate(n=models.Max("number"))["n"] or 0) + 1
            version = DraftVersion(meeting=current, number=number, author=author, text=text.strip(),
                                   note=note, file_kind=kind)  # fmt: skip
            if upload is not None:
                version.file_name = getattr(upload, "name", "")[:200]
                version.file.save(version.file_name or f"du-thao.{kind}", upload, save=False)
            version.save()
            fields = ["status"]
            if current.status == self.Status.PLANNED:
                current.status = self.Status.PREPARING
            if current.approved_version_id:  # a new version needs the chi ủy's approval again
                current.approved_version = None
                current.approved_at = None
                fields += ["approved_version", "approved_at"]
            self._save(
                current,
                "meeting.save_draft",
                by,
                fields,
                after={"version": number, "status": current.status},
            )
        return version

    def submit_draft(self, *, by: Any) -> None:
        """The preparer sends the draft to the chi ủy for comments (HD 42 step 2)."""
        self._require_preparer_or_editor(by)
        with transaction.atomic():
            current = self._locked(self.Status.PREPARING, verb="gửi dự thảo cho chi ủy")
            if not current.versions.exists():
                raise MeetingError("Chưa có dự thảo nào để gửi chi ủy cho ý kiến.")
            current.status = self.Status.REVIEW
            self._save(current, "meeting.submit_draft", by, ["status"])
        editors = [m for m in Member.objects.filter(cell_id=self.cell_id).current() if m.is_editor]
        _notify(self, editors, "meeting.draft_review", "Dự thảo đang chờ chi ủy cho ý kiến")

    def request_changes(self, *, by: Any, note: str = "") -> None:
        """The chi ủy returns the draft to the preparer."""
        require_editor(by, self.cell_id)
        with transaction.atomic():
            current = self._locked(self.Status.REVIEW, verb="trả lại dự thảo")
            current.status = self.Status.PREPARING
            current.approved_version = None
            current.approved_at = None
            self._save(current, "meeting.request_changes", by, ["status", "approved_version", "approved_at"],
                       after={"status": current.status, "note": note})  # fmt: skip

    def approve_draft(self, *, by: Any) -> None:
        """The chi ủy agrees the latest version (HD 12/2018, HD 42: the draft must be approved)."""
        require_editor(by, self.cell_id)
        with transaction.atomic():
            current = self._locked(self.Status.REVIEW, verb="duyệt dự thảo")
            latest = current.versions.order_by("-number").first()
            if latest is None:
                raise MeetingError("Chưa có dự thảo để duyệt.")
            current.approved_version = latest
            current.approved_at = timezone.now()
            self._save(current, "meeting.approve_draft", by, ["approved_version", "approved_at"],
                       after={"version": latest.number})  # fmt: skip

    def distribute(self, *, by: Any, reason: str = "", at: dt.datetime | None = None) -> None:
        """Send the approved draft to every member (HD 42 step 4: ≥ N days before)."""
        require_leader(by, self.cell_id)
        at = at or timezone.now()
        with transaction.atomic():
            current = self._locked(self.Status.REVIEW, verb="gửi tài liệu")
            latest = current.versions.order_by("-number").first()
            if (
                current.approved_version_id is None
                or latest is None
                or latest.pk != current.approved_version_id
            ):
                raise MeetingError(
                    "Dự thảo chưa được chi ủy duyệt nên chưa gửi cho đảng viên được."
                )
            sent_on = timezone.localtime(at).date()
            if current.is_late_on(sent_on) and not reason.strip():
                rule = current.days_ahead_rule
                raise MeetingError(
                    f"Tài liệu phải gửi trước ngày họp ít nhất {rule.days} ngày "
                    f"(hạn {current.distribution_deadline:%d/%m/%Y}; {rule.why}). "
                    "Gửi muộn cần ghi rõ lý do."
                )
            current.status = self.Status.DISTRIBUTED
            current.distributed_at = at
            current.late_distribution_reason = reason.strip() if current.is_late_on(sent_on) else ""
            self._save(
                current,
                "meeting.distribute",
                by,
                ["status", "distributed_at", "late_distribution_reason"],
            )
        _notify(self, list(Member.objects.filter(cell_id=self.cell_id).current()), "meeting.distributed",
                "Tài liệu sinh hoạt chi bộ đã được gửi, mời đồng chí nghiên cứu trước")  # fmt: skip

    def record_attendance(self, member: Member, status: str, *, by: Any, reason: str = "") -> Any:
        """Roll call on the meeting day (chi ủy or the meeting's secretary)."""
        from .session import Attendance

        self.require_recorder(by)
        if member.cell_id != self.cell_id:
            raise MeetingError("Đồng chí này không thuộc chi bộ.")
        if status not in Attendance.Status.values:
            raise MeetingError("Tình trạng dự họp không hợp lệ.")
        with transaction.atomic():
            current = self._locked(*self.room_statuses(), verb="điểm danh")
            row, created = Attendance.objects.select_for_update().get_or_create(
                meeting=current, member=member, defaults={"status": status, "reason": reason,
                                                           "member_status": member.status})  # fmt: skip
            before = {} if created else {"status": row.status, "reason": row.reason}
            row.status, row.reason = status, reason
            row.save(update_fields=["status", "reason"])
            log_action(current, "meeting.attendance", by=by, cell=current.cell, before=before,
                       after={"member": str(member), "status": status, "reason": reason})  # fmt: skip
        return row

    def mark_others_present(self, *, by: Any) -> int:
        """Roll call in one tap: every current member not yet marked is present. Returns how
        many were marked; the marks already given (absent, excused, late) stay as they are."""
        from .session import Attendance

        self.require_recorder(by)
        with transaction.atomic():
            current = self._locked(*self.room_statuses(), verb="điểm danh")
            marked = set(current.attendances.values_list("member_id", flat=True))
            others = [m for m in Member.objects.filter(cell_id=self.cell_id).current().vietnamese_order()
                      if m.pk not in marked]  # fmt: skip
            Attendance.objects.bulk_create([
                Attendance(meeting=current, member=m, status=Attendance.Status.PRESENT, member_status=m.status)
                for m in others
            ])  # fmt: skip
            if others:
                log_action(current, "meeting.attendance_others_present", by=by, cell=current.cell, before={},
                           after={"present": [str(m) for m in others]})  # fmt: skip
        return len(others)

    def hold(self, *, by: Any, actual_start: dt.datetime, actual_end: dt.datetime,
             confirm_early: bool = False) -> str:  # fmt: skip
        """Record that the meeting took place; returns the duration finding ('' when fine).

        HD 42: ≥ 90 min, ≥ 120 min when combined (a committee may set its own). A short meeting
        is a finding to show, not a reason to refuse the record. Times in the future are
        refused; a meeting held before its scheduled day needs `confirm_early`. A regular
        meeting may be recorded without the draft chain (see preparation_findings).
        """
        from .tasks import Task

        require_editor(by, self.cell_id)
        now = timezone.now()
        if actual_start > now:
            raise MeetingError("Giờ bắt đầu thực tế không thể ở tương lai.")
        if actual_end > now:
            raise MeetingError("Giờ kết thúc thực tế không thể ở tương lai.")
        if actual_end <= actual_start:
            raise MeetingError("Giờ kết thúc phải sau giờ bắt đầu.")
        with transaction.atomic():
            current = self._locked(*self.room_statuses(), verb="ghi nhận đã họp")
            if current.status == self.Status.HELD:
                raise MeetingError("Buổi sinh hoạt đã được ghi nhận là đã họp.")
            held_on = timezone.localtime(actual_start).date()
            early = held_on < current.meeting_day
            if early and not confirm_early:
                raise NeedsConfirmation(
                    f"Buổi sinh hoạt dự kiến họp ngày {current.meeting_day:%d/%m/%Y}, nhưng giờ bắt đầu "
                    f"thực tế là ngày {held_on:%d/%m/%Y}, sớm hơn lịch. Nếu đúng là chi bộ đã họp sớm, "
                    "hãy đánh dấu “Xác nhận đã họp sớm hơn lịch” rồi ghi nhận lại."
                )
            minutes = int((actual_end - actual_start).total_seconds() // 60)
            before = snapshot(current, ["status", "actual_start", "actual_end"])
            skipped = current.status in self.BEFORE_DISTRIBUTION
            current.actual_start, current.actual_end = actual_start, actual_end
            current.duration_finding = meeting_rules.duration_finding(
                minutes=minutes, combined=current.is_combined, params=current.params
            )
            current.status = self.Status.HELD
            fields = ["status", "actual_start", "actual_end", "duration_finding"]
            self._save(current, "meeting.hold", by, fields, before=before,
                       after={**snapshot(current, fields), "early": early,
                              "without_distribution": skipped})  # fmt: skip
            # HD 42: this meeting reviews what earlier meetings left unfinished.
            Task.objects.filter(cell_id=current.cell_id, carried_into__isnull=True).unfinished().exclude(
                meeting=current).filter(Q(meeting__isnull=True) | Q(meeting__starts_at__lt=current.starts_at)
            ).update(carried_into=current)  # fmt: skip
        return self.duration_finding

    def record_preparation(self, *, by: Any, draft_prepared_on: dt.date | None = None,
                           draft_reviewed_on: dt.date | None = None,
                           documents_sent_on: dt.date | None = None, note: str = "",
                           late_reason: str = "") -> list[tuple[str, Citation]]:  # fmt: skip
        """Record, after the fact, the preparation steps of a regular meeting done outside the
        app (a draft on paper, the chi ủy's comments, documents handed out), each with the day
        it happened. Returns the findings that remain. A step left empty is kept as it was."""
        require_editor(by, self.cell_id)
        today = timezone.localdate()
        given = {"draft_prepared_on": draft_prepared_on, "draft_reviewed_on": draft_reviewed_on,
                 "documents_sent_on": documents_sent_on}  # fmt: skip
        if not any(given.values()) and not note.strip():
            raise MeetingError("Hãy ghi ít nhất một bước chuẩn bị và ngày thực hiện.")
        for day in given.values():
            if day is not None and day > today:
                raise MeetingError("Ngày thực hiện bước chuẩn bị không thể ở tương lai.")
        with transaction.atomic():
            current = self._locked(verb="ghi nhận việc chuẩn bị")
            if not current.may_record_preparation:
                raise MeetingError(
                    "Chỉ ghi nhận việc chuẩn bị ngoài phần mềm cho buổi sinh hoạt thường kỳ chưa hoàn "
                    "thiện hồ sơ; sinh hoạt chuyên đề cần dự thảo được chi ủy duyệt trên phần mềm."
                )
            last = current.held_day
            for day in given.values():
                if day is not None and day > last:
                    raise MeetingError(
                        f"Ngày thực hiện bước chuẩn bị phải trước ngày họp ({last:%d/%m/%Y})."
                    )
            draft = draft_prepared_on or current.draft_prepared_on
            review = draft_reviewed_on or current.draft_reviewed_on
            if draft and review and review < draft:
                raise MeetingError(
                    "Ngày chi ủy cho ý kiến không thể trước ngày chuẩn bị xong dự thảo."
                )
            if documents_sent_on and review and documents_sent_on < review:
                raise MeetingError(
                    "Ngày gửi tài liệu không thể trước ngày chi ủy cho ý kiến dự thảo."
                )
            if documents_sent_on and current.distributed_at and not current.distributed_outside:
                raise MeetingError("Tài liệu đã được gửi trên phần mềm; không ghi ngày gửi khác.")
            before = snapshot(current, self.PREPARATION_FIELDS)
            fields = ["preparation_note"]
            current.preparation_note = note.strip() or current.preparation_note
            if draft_prepared_on:
                current.draft_prepared_on = draft_prepared_on
                fields.append("draft_prepared_on")
            if draft_reviewed_on:
                current.draft_reviewed_on = draft_reviewed_on
                fields.append("draft_reviewed_on")
            if documents_sent_on:
                # Kept on the same field as a send in the app, so every screen reads one date.
                current.distributed_at = timezone.make_aware(
                    dt.datetime.combine(documents_sent_on, dt.time(12, 0))
                )
                current.distributed_outside = True
                late = current.is_late_on(documents_sent_on, meeting_on=current.held_day)
                current.late_distribution_reason = late_reason.strip() if late else ""
                fields += ["distributed_at", "distributed_outside", "late_distribution_reason"]
                if current.status in self.BEFORE_DISTRIBUTION:
                    current.status = self.Status.DISTRIBUTED
                    fields.append("status")
            self._save(current, "meeting.record_preparation", by, fields, before=before,
                       after=snapshot(current, self.PREPARATION_FIELDS))  # fmt: skip
        return self.preparation_findings()

    def missing_attendance(self) -> list[Member]:
        recorded = self.attendances.values_list("member_id", flat=True)
        return list(Member.objects.filter(cell_id=self.cell_id).current().exclude(pk__in=recorded))

    def conclude(self, *, by: Any, text: str) -> None:
        """The Bí thư's conclusion (seed 001 §III.3): needs the roll call and the text."""
        require_leader(by, self.cell_id)
        with transaction.atomic():
            current = self._locked(self.Status.HELD, verb="kết luận")
            if not text.strip():
                raise MeetingError("Cần ghi nội dung kết luận của chủ trì.")
            missing = current.missing_attendance()
            if missing:
                names = ", ".join(m.full_name for m in missing[:5])
                more = f" và {len(missing) - 5} đồng chí khác" if len(missing) > 5 else ""
                raise MeetingError(
                    f"Chưa điểm danh đủ: còn {len(missing)} đồng chí ({names}{more})."
                )
            current.conclusion = text.strip()
            current.concluded_at = timezone.now()
            current.status = self.Status.CONCLUDED
            self._save(current, "meeting.conclude", by, ["status", "conclusion", "concluded_at"])

    def edit_minutes(self, *, by: Any, text: str, expected_version: int) -> None:
        """The meeting's secretary or the chi ủy writes the minutes until they are signed; a
        stale version (someone else saved meanwhile) is refused so nothing is overwritten."""
        self.require_recorder(by)
        with transaction.atomic():
            current = self._locked(
                *self.room_statuses(), self.Status.CONCLUDED, verb="sửa biên bản"
            )
            if current.minutes_signed_at:
                raise MeetingError("Biên bản đã ký, không sửa được nữa.")
            if current.minutes_version != expected_version:
                raise MeetingError(
                    "Biên bản vừa được người khác lưu trong lúc đồng chí đang sửa. Nội dung của đồng chí "
                    "chưa được lưu: hãy sao chép lại, tải lại trang để xem bản mới rồi bổ sung."
                )
            before = {"minutes": current.minutes}
            current.minutes = text
            current.minutes_version += 1
            self._save(current, "meeting.minutes", by, ["minutes", "minutes_version"], before=before,
                       after={"minutes": text})  # fmt: skip

    def sign_minutes(self, *, by: Any) -> None:
        """Chair and secretary sign off: the minutes are final (issued as BB by services)."""
        require_leader(by, self.cell_id)
        with transaction.atomic():
            current = self._locked(self.Status.CONCLUDED, self.Status.CLOSED, verb="ký biên bản")
            if current.minutes_signed_at:
                raise MeetingError("Biên bản đã ký rồi.")
            if not current.minutes.strip():
                raise MeetingError("Biên bản chưa có nội dung.")
            missing = [
                w
                for w, m in (("chủ trì", current.chair), ("thư ký", current.secretary))
                if m is None
            ]
            if missing:
                raise MeetingError(
                    f"Biên bản phải có chữ ký của chủ trì và thư ký: chưa ghi {' và '.join(missing)}. "
                    "Hãy ghi ở “Sửa thông tin” trước khi ký."
                )  # fmt: skip
            current.minutes_signed_at = timezone.now()
            self._save(current, "meeting.sign_minutes", by, ["minutes_signed_at"])

    def close(self, *, by: Any) -> None:
        """Archive the dossier. Refused, listing what is missing, unless seed 001 §IV is met."""
        require_leader(by, self.cell_id)
        with transaction.atomic():
            current = self._locked(self.Status.CONCLUDED, verb="hoàn thiện hồ sơ")
            missing = current.dossier_missing()
            if missing:
                raise MeetingError("Hồ sơ chưa đủ, còn thiếu: " + "; ".join(missing) + ".")
            current.status = self.Status.CLOSED
            current.closed_at = timezone.now()
            self._save(current, "meeting.close", by, ["status", "closed_at"])

    def postpone(self, *, by: Any, reason: str, starts_at: dt.datetime | None = None) -> None:
        require_editor(by, self.cell_id)
        if not reason.strip():
            raise MeetingError("Cần ghi rõ lý do hoãn.")
        with transaction.atomic():
            current = self._locked(*self.OPEN_STATUSES, verb="hoãn")
            current.resume_status = current.status
            current.status = self.Status.POSTPONED
            current.status_reason = reason.strip()
            self._save(
                current, "meeting.postpone", by, ["status", "status_reason", "resume_status"]
            )

    def reschedule(
        self, *, by: Any, starts_at: dt.datetime, ends_at: dt.datetime | None = None
    ) -> None:
        """A postponed meeting gets a new date and picks up where it stopped."""
        require_editor(by, self.cell_id)
        with transaction.atomic():
            current = self._locked(self.Status.POSTPONED, verb="đặt lại lịch")
            current.starts_at, current.ends_at = starts_at, ends_at
            current.status = current.resume_status or self.Status.PLANNED
            current.resume_status = ""
            self._save(
                current,
                "meeting.reschedule",
                by,
                ["status", "starts_at", "ends_at", "resume_status"],
            )

    def cancel(self, *, by: Any, reason: str) -> None:
        require_leader(by, self.cell_id)
        if not reason.strip():
            raise MeetingError("Cần ghi rõ lý do hủy.")
        with transaction.atomic():
            current = self._locked(*self.OPEN_STATUSES, self.Status.POSTPONED, verb="hủy")
            current.status = self.Status.CANCELLED
            current.status_reason = reason.strip()
            self._save(current, "meeting.cancel", by, ["status", "status_reason"])


def _notify(meeting: Meeting, members: list[Member], kind: str, title: str) -> None:
    from chibo.meetings.services import notify_members

    notify_members(meeting=meeting, members=members, kind=kind, title=title)
