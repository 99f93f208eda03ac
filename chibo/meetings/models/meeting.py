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

from chibo.audit.models import log_action, snapshot
from chibo.members.models import Member
from chibo.organizations.models import Cell

from .. import rules
from ..errors import MeetingError
from ..roles import require_editor, require_leader, require_member

if TYPE_CHECKING:
    from .drafts import DraftVersion


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
    STEPS = (Status.PLANNED, Status.PREPARING, Status.REVIEW, Status.DISTRIBUTED,
             Status.HELD, Status.CONCLUDED, Status.CLOSED)  # fmt: skip
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

    # -- derived facts -----------------------------------------------------------------
    @property
    def meeting_day(self) -> dt.date:
        return timezone.localtime(self.starts_at).date()

    @property
    def plan_days_before(self) -> int | None:
        topic = self.topic if self.topic_id else None
        return topic.plan.days_before_distribution if topic is not None else None

    @property
    def required_days_before(self) -> int:
        return rules.required_days_before(cell_days=self.cell.days_before_distribution,
                                          plan_days=self.plan_days_before)  # fmt: skip

    @property
    def distribution_deadline(self) -> dt.date:
        return self.meeting_day - dt.timedelta(days=self.required_days_before)

    def is_late_on(self, day: dt.date) -> bool:
        return rules.is_late_distribution(sent_on=day, meeting_on=self.meeting_day,
                                          required=self.required_days_before)  # fmt: skip

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

    def dossier_missing(self) -> list[str]:
        """What seed 001 §IV asks for that this meeting's dossier still lacks."""
        from chibo.meetings.services import issued_documents

        missing = []
        docs = issued_documents(self)
        if self.kind == self.Kind.THEMATIC and self.topic_id is None:
            missing.append(rules.DOSSIER_ITEMS["plan"])
        if self.approved_version_id is None:
            missing.append(rules.DOSSIER_ITEMS["draft"])
        if not self.minutes_signed_at or "BB" not in docs:
            missing.append(rules.DOSSIER_ITEMS["minutes"])
        if not ({"NQ", "KL"} & set(docs)):
            missing.append(rules.DOSSIER_ITEMS["conclusion"])
        report = getattr(self, "report", None) if self.pk else None
        if report is None or report.submitted_at is None:
            missing.append(rules.DOSSIER_ITEMS["report"])
        return missing

    # -- internals -----------------------------------------------------------------------
    def _locked(self, *allowed: str, verb: str) -> Meeting:
        current = Meeting.objects.select_for_update().select_related("cell").get(pk=self.pk)
        if allowed and current.status not in allowed:
            raise MeetingError(
                f"Không thể {verb} khi buổi sinh hoạt đang ở trạng thái “{current.get_status_display()}”."
            )
        return current

    def _save(self, current: Meeting, action: str, by: Any, fields: list[str],
              before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:  # fmt: skip
        current.version += 1
        current.save(update_fields=[*fields, "version"])
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
            before = snapshot(current, self.AUDITED)
            for name, value in fields.items():
                setattr(current, name, value)
            current.full_clean(exclude=["approved_version"])
            self._save(current, "meeting.update", by, list(fields), before=before)

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
                raise MeetingError(
                    f"Tài liệu phải gửi trước ngày họp ít nhất {current.required_days_before} ngày "
                    f"(hạn {current.distribution_deadline:%d/%m/%Y}). Gửi muộn cần ghi rõ lý do."
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

        require_editor(by, self.cell_id)
        if member.cell_id != self.cell_id:
            raise MeetingError("Đồng chí này không thuộc chi bộ.")
        if status not in Attendance.Status.values:
            raise MeetingError("Tình trạng dự họp không hợp lệ.")
        with transaction.atomic():
            current = self._locked(self.Status.DISTRIBUTED, self.Status.HELD, verb="điểm danh")
            row, created = Attendance.objects.select_for_update().get_or_create(
                meeting=current, member=member, defaults={"status": status, "reason": reason,
                                                           "member_status": member.status})  # fmt: skip
            before = {} if created else {"status": row.status, "reason": row.reason}
            row.status, row.reason = status, reason
            row.save(update_fields=["status", "reason"])
            log_action(current, "meeting.attendance", by=by, cell=current.cell, before=before,
                       after={"member": str(member), "status": status, "reason": reason})  # fmt: skip
        return row

    def hold(self, *, by: Any, actual_start: dt.datetime, actual_end: dt.datetime) -> str:
        """Record that the meeting took place; returns the duration finding ('' when fine).

        HD 42 (party-rules.md §1.2): ≥ 90 min, ≥ 120 min when combined. A short meeting is a
        finding to show, not a reason to refuse the record.
        """
        from .tasks import Task

        require_editor(by, self.cell_id)
        if actual_end <= actual_start:
            raise MeetingError("Giờ kết thúc phải sau giờ bắt đầu.")
        with transaction.atomic():
            current = self._locked(self.Status.DISTRIBUTED, verb="ghi nhận đã họp")
            minutes = int((actual_end - actual_start).total_seconds() // 60)
            current.actual_start, current.actual_end = actual_start, actual_end
            current.duration_finding = rules.duration_finding(
                minutes=minutes, combined=current.is_combined
            )
            current.status = self.Status.HELD
            self._save(
                current,
                "meeting.hold",
                by,
                ["status", "actual_start", "actual_end", "duration_finding"],
            )
            # HD 42: this meeting reviews what earlier meetings left unfinished.
            Task.objects.filter(cell_id=current.cell_id, carried_into__isnull=True).unfinished().exclude(
                meeting=current).filter(Q(meeting__isnull=True) | Q(meeting__starts_at__lt=current.starts_at)
            ).update(carried_into=current)  # fmt: skip
        return self.duration_finding

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
        """The secretary or chi ủy writes the minutes until they are signed; a stale version
        (someone else saved meanwhile) is refused so nothing is overwritten."""
        require_editor(by, self.cell_id)
        with transaction.atomic():
            current = self._locked(self.Status.DISTRIBUTED, self.Status.HELD, self.Status.CONCLUDED,
                                   verb="sửa biên bản")  # fmt: skip
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
