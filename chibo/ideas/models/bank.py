"""The school's idea bank ("Ngân hàng ý tưởng sáng tạo"): ideas registered by its staff, their
colleagues' support and comments, the school's initiative council that scores them, and the
certificate of a recognised initiative.

Life of an idea: registered → applying (tried in a class) → submitted (the write-up, for the
council) → recognised or rejected; the author may withdraw it before the decision. Each seated
member of the year's council (never the author) scores the three criteria of NĐ 13/2012; the
chair concludes once everyone has scored. Rules with a source: chibo.rules.initiatives.

The authors and the council are the school's staff accounts (chibo.feedback.Staff): teachers and
employees who need not be Party members, and who see nothing of the cell's Party records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import changes, log_action, snapshot
from chibo.feedback.models import School, Staff
from chibo.lib.notices import announce
from chibo.rules import initiatives as rules

NOT_STAFF = "Chỉ cán bộ, giáo viên, nhân viên của trường dùng được ngân hàng ý tưởng."
MANAGERS_ONLY = "Chỉ Ban giám hiệu nhà trường được thay đổi việc này."


class IdeaError(Exception):
    """A rule of the idea bank refused the change; the message is for the user, in Vietnamese."""


def staff_of(user: Any, school: School | int) -> Staff | None:
    """The user's active staff account at the school (any role), or None."""
    school_id = school if isinstance(school, int) else school.pk
    return Staff.objects.for_user(user).filter(school_id=school_id).first()


def manager_of(user: Any, school: School | int) -> Staff | None:
    staff = staff_of(user, school)
    return staff if staff is not None and staff.is_manager else None


def _require_manager(user: Any, school: School | int) -> Staff:
    staff = manager_of(user, school)
    if staff is None:
        raise IdeaError(MANAGERS_ONLY)
    return staff


def _one_decimal(value: float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


class IdeaSettings(models.Model):
    """The school's score sheet, its target and what its certificate prints."""

    FIELDS = ["novelty_max", "applied_max", "benefit_max", "pass_mark", "target_percent",
              "governing_body", "short_name", "place_name", "signer_name"]  # fmt: skip
    POINTS = (0, 100)

    school = models.OneToOneField(School, on_delete=models.CASCADE, related_name="idea_settings")
    novelty_max = models.PositiveSmallIntegerField(
        "điểm tối đa: tính mới", default=rules.DEFAULT_MAX_POINTS["novelty"],
        validators=[MinValueValidator(rules.MAX_POINTS_BOUNDS[0]), MaxValueValidator(rules.MAX_POINTS_BOUNDS[1])],
    )  # fmt: skip
    applied_max = models.PositiveSmallIntegerField(
        "điểm tối đa: đã áp dụng", default=rules.DEFAULT_MAX_POINTS["applied"],
        validators=[MinValueValidator(rules.MAX_POINTS_BOUNDS[0]), MaxValueValidator(rules.MAX_POINTS_BOUNDS[1])],
    )  # fmt: skip
    benefit_max = models.PositiveSmallIntegerField(
        "điểm tối đa: lợi ích", default=rules.DEFAULT_MAX_POINTS["benefit"],
        validators=[MinValueValidator(rules.MAX_POINTS_BOUNDS[0]), MaxValueValidator(rules.MAX_POINTS_BOUNDS[1])],
    )  # fmt: skip
    pass_mark = models.PositiveSmallIntegerField(
        "điểm bình quân tối thiểu để công nhận", default=rules.DEFAULT_PASS_MARK,
        validators=[MaxValueValidator(300)],
    )  # fmt: skip
    target_percent = models.DecimalField(
        "chỉ tiêu tỷ lệ giáo viên có sáng kiến (%)", max_digits=4, decimal_places=1, null=True, blank=True,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
        help_text="Theo kế hoạch của chi bộ, ví dụ 80. Để trống nếu kế hoạch không đặt chỉ tiêu.",
    )  # fmt: skip
    governing_body = models.CharField(
        "cơ quan chủ quản", max_length=120, blank=True,
        help_text="Dòng trên tên trường ở góc trái giấy chứng nhận, ví dụ UBND PHƯỜNG VIỆT HƯNG.",
    )  # fmt: skip
    short_name = models.CharField(
        "ký hiệu của trường", max_length=20, blank=True,
        help_text="In trong số giấy chứng nhận, ví dụ 03/GCN-MNĐTVH.",
    )  # fmt: skip
    place_name = models.CharField("địa danh ghi ngày tháng", max_length=60, blank=True)
    signer_name = models.CharField("Hiệu trưởng ký giấy chứng nhận", max_length=120, blank=True)
    last_certificate = models.PositiveIntegerField(default=0, editable=False)
    last_certificate_year = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = "cài đặt ngân hàng ý tưởng"
        verbose_name_plural = "cài đặt ngân hàng ý tưởng"

    def __str__(self) -> str:
        return f"Cài đặt ngân hàng ý tưởng — {self.school}"

    @classmethod
    def for_school(cls, school: School) -> IdeaSettings:
        """The school's settings, or the defaults (unsaved: reading a page writes nothing; the
        row is made by the first change)."""
        found = cls.objects.filter(school=school).first()
        return found if found is not None else cls(school=school)

    @property
    def max_points(self) -> dict[str, int]:
        return {c.code: getattr(self, f"{c.code}_max") for c in rules.CRITERIA}

    @property
    def total_max(self) -> int:
        return sum(self.max_points.values())

    def clean(self) -> None:
        if self.pass_mark > self.total_max:
            raise ValidationError(
                {"pass_mark": f"Mức công nhận không được vượt tổng điểm tối đa ({self.total_max})."}
            )

    def change(self, *, by: Any, **fields: Any) -> None:
        """The management board changes the score sheet or the certificate's lines. Scores
        already given stay; a score above a lowered maximum must be given again."""
        unknown = set(fields) - set(self.FIELDS)
        if unknown:
            raise IdeaError("Không sửa được: " + ", ".join(sorted(unknown)) + ".")
        with transaction.atomic():
            _require_manager(by, self.school_id)
            current = self._locked()
            before = snapshot(current, self.FIELDS)
            for name, value in fields.items():
                setattr(current, name, value)
            try:
                current.full_clean()
            except ValidationError as error:
                raise IdeaError(" ".join(error.messages)) from error
            current.save()
            before, after = changes(before, current, self.FIELDS)
            log_action(
                current, "ideas.settings", by=by, cell=self.school.cell, before=before, after=after
            )
        for name in [*self.FIELDS, "id"]:
            setattr(self, name, getattr(current, name))

    def _locked(self) -> IdeaSettings:
        IdeaSettings.objects.get_or_create(school_id=self.school_id)
        return IdeaSettings.objects.select_for_update().get(school_id=self.school_id)

    def take_certificate_number(self, year: int) -> int:
        """The next certificate number of the year (numbers restart each year). Call inside
        atomic()."""
        current = self._locked()
        if current.last_certificate_year != year:
            current.last_certificate_year, current.last_certificate = year, 0
        current.last_certificate += 1
        current.save(update_fields=["last_certificate", "last_certificate_year"])
        return current.last_certificate


class IdeaQuerySet(models.QuerySet["Idea"]):
    def for_school(self, school: School) -> IdeaQuerySet:
        return self.filter(school=school)

    def live(self) -> IdeaQuerySet:
        return self.exclude(status=Idea.Status.WITHDRAWN)


def _attachment_path(instance: Any, filename: str) -> str:
    extension = os.path.splitext(filename)[1].lower()[:8]
    return f"ideas/{instance.idea_id}/{uuid.uuid4().hex}{extension}"


def _certificate_path(instance: Any, filename: str) -> str:
    return f"ideas/{instance.pk}/giay-chung-nhan-{uuid.uuid4().hex[:8]}.docx"


class Idea(models.Model):
    class Status(models.TextChoices):
        REGISTERED = "registered", "Đã đăng ký"
        APPLYING = "applying", "Đang áp dụng"
        SUBMITTED = "submitted", "Đã nộp báo cáo, chờ hội đồng chấm"
        RECOGNISED = "recognised", "Được công nhận là sáng kiến"
        REJECTED = "rejected", "Không được công nhận"
        WITHDRAWN = "withdrawn", "Đã rút"

    class Field(models.TextChoices):
        CARE = "care", "Nuôi dưỡng, chăm sóc trẻ"
        EDUCATION = "education", "Giáo dục trẻ"
        PARENTS = "parents", "Phối hợp với cha mẹ trẻ"
        DIGITAL = "digital", "Chuyển đổi số, ứng dụng công nghệ"
        MANAGEMENT = "management", "Quản lý, điều hành"
        OTHER = "other", "Khác"

    EDITABLE = (Status.REGISTERED, Status.APPLYING)
    OPEN = (Status.REGISTERED, Status.APPLYING, Status.SUBMITTED)
    DECIDED = (Status.RECOGNISED, Status.REJECTED)
    FIELDS = ["title", "field", "problem", "solution", "applied_where", "expected_benefit"]

    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="ideas")
    author = models.ForeignKey(
        Staff, verbose_name="tác giả", on_delete=models.PROTECT, related_name="ideas"
    )
    year = models.PositiveSmallIntegerField("năm đăng ký")
    title = models.CharField("tên ý tưởng, sáng kiến", max_length=300)
    field = models.CharField(
        "lĩnh vực", max_length=20, choices=Field.choices, default=Field.EDUCATION
    )
    problem = models.TextField("thực trạng, vấn đề cần giải quyết")
    solution = models.TextField("giải pháp")
    applied_where = models.CharField(
        "phạm vi áp dụng", max_length=300, blank=True, help_text="Ví dụ: lớp Mầm A1, khối Chồi, toàn trường."
    )  # fmt: skip
    expected_benefit = models.TextField("lợi ích dự kiến")
    applied_from = models.DateField("bắt đầu áp dụng từ", null=True, blank=True)
    write_up = models.TextField("báo cáo mô tả kết quả áp dụng", blank=True)
    status = models.CharField(
        "tình trạng", max_length=12, choices=Status.choices, default=Status.REGISTERED
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    score_total = models.DecimalField(
        "điểm bình quân", max_digits=5, decimal_places=1, null=True, blank=True
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")  # fmt: skip
    decision_note = models.TextField("kết luận của hội đồng", blank=True)
    withdrawn_reason = models.CharField("lý do rút", max_length=300, blank=True)
    certificate = models.FileField(upload_to=_certificate_path, blank=True)
    certificate_number = models.CharField("số giấy chứng nhận", max_length=40, blank=True)
    certificate_sha256 = models.CharField(max_length=64, blank=True)
    certificate_issued_at = models.DateTimeField(null=True, blank=True)
    certificate_issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                              on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = IdeaQuerySet.as_manager()

    class Meta:
        ordering = ["-year", "-created_at", "-pk"]
        indexes = [models.Index(fields=["school", "year", "status"])]
        verbose_name = "ý tưởng, sáng kiến"
        verbose_name_plural = "ý tưởng, sáng kiến"

    def __str__(self) -> str:
        return self.title

    # -- reading ---------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN

    def averages(self) -> tuple[dict[str, float], float, int]:
        """The council's mean points per criterion, the mean total and how many scored."""
        rows = list(self.scores.values_list("novelty", "applied", "benefit"))
        if not rows:
            return {c.code: 0.0 for c in rules.CRITERIA}, 0.0, 0
        means = {c.code: sum(r[i] for r in rows) / len(rows) for i, c in enumerate(rules.CRITERIA)}
        return means, sum(means.values()), len(rows)

    def missing_scorers(self) -> list[Staff]:
        """Seated members of the year's council (the author excepted) who have not scored."""
        scored = set(self.scores.values_list("staff_id", flat=True))
        seats = CouncilSeat.objects.filter(school_id=self.school_id, year=self.year).select_related(
            "staff"
        )
        return [s.staff for s in seats if s.staff_id not in scored and s.staff_id != self.author_id]

    def _tell(self, users: list[Any], kind: str, title: str) -> None:
        """A notice (chibo.lib.notices): a side effect after the change, never part of it."""
        from django.urls import reverse

        if users:
            announce(recipients=users, kind=kind, title=title, body=self.title, cell=self.school.cell,
                     url=reverse("ideas:detail", args=[self.pk]), dedupe_key=f"{kind}:{self.pk}")  # fmt: skip

    # -- the author's verbs ----------------------------------------------------------------
    @classmethod
    def register(cls, *, school: School, by: Any, year: int, today: dt.date | None = None,
                 **fields: Any) -> Idea:  # fmt: skip
        """A member of the school's staff registers an idea for a year (this year or the next)."""
        today = today or timezone.localdate()
        staff = staff_of(by, school)
        if staff is None:
            raise IdeaError(NOT_STAFF)
        if not today.year - 1 <= year <= today.year + 1:
            raise IdeaError(f"Năm đăng ký phải từ {today.year - 1} đến {today.year + 1}.")
        unknown = set(fields) - set(cls.FIELDS)
        if unknown:
            raise IdeaError("Trường không hợp lệ: " + ", ".join(sorted(unknown)) + ".")
        with transaction.atomic():
            idea = cls(school=school, author=staff, year=year, **fields)
            try:
                idea.full_clean()
            except ValidationError as error:
                raise IdeaError(" ".join(error.messages)) from error
            idea.save()
            counted = (
                not cls.objects.live().filter(author=staff, year=year).exclude(pk=idea.pk).exists()
            )
            log_action(idea, "ideas.register", by=by, cell=school.cell,
                       after={**snapshot(idea, ["year", "title", "field"]), "author": staff.full_name,
                              "counted": counted})  # fmt: skip
        return idea

    def _lock(self) -> Idea:
        return (
            Idea.objects.select_for_update()
            .select_related("school", "school__cell", "author")
            .get(pk=self.pk)
        )

    def _as_author(self, by: Any, current: Idea) -> None:
        staff = staff_of(by, current.school_id)
        if staff is None or staff.pk != current.author_id:
            raise IdeaError("Chỉ tác giả thay đổi được ý tưởng của mình.")

    def edit(self, *, by: Any, **fields: Any) -> None:
        unknown = set(fields) - set(self.FIELDS)
        if unknown:
            raise IdeaError("Trường không hợp lệ: " + ", ".join(sorted(unknown)) + ".")
        with transaction.atomic():
            current = self._lock()
            self._as_author(by, current)
            if current.status not in self.EDITABLE:
                raise IdeaError("Ý tưởng đã nộp hội đồng hoặc đã khép lại; không sửa được nữa.")
            before = snapshot(current, self.FIELDS)
            for name, value in fields.items():
                setattr(current, name, value)
            try:
                current.full_clean()
            except ValidationError as error:
                raise IdeaError(" ".join(error.messages)) from error
            current.save()
            before, after = changes(before, current, self.FIELDS)
            log_action(
                current, "ideas.edit", by=by, cell=current.school.cell, before=before, after=after
            )
        self.refresh_from_db()

    def start_applying(self, *, by: Any, applied_from: dt.date, applied_where: str = "",
                       today: dt.date | None = None) -> None:  # fmt: skip
        """The author starts applying the idea (a condition of NĐ 13/2012: applied or tried)."""
        today = today or timezone.localdate()
        if applied_from > today:
            raise IdeaError("Ngày bắt đầu áp dụng không được sau hôm nay.")
        with transaction.atomic():
            current = self._lock()
            self._as_author(by, current)
            if current.status != self.Status.REGISTERED:
                raise IdeaError("Chỉ ý tưởng vừa đăng ký mới chuyển sang đang áp dụng.")
            current.status, current.applied_from = self.Status.APPLYING, applied_from
            current.applied_where = applied_where.strip() or current.applied_where
            current.save(update_fields=["status", "applied_from", "applied_where", "updated_at"])
            log_action(current, "ideas.apply", by=by, cell=current.school.cell,
                       before={"status": self.Status.REGISTERED},
                       after={"status": current.status, "applied_from": applied_from,
                              "applied_where": current.applied_where})  # fmt: skip
        self.refresh_from_db()

    def submit(self, *, by: Any, write_up: str) -> None:
        """The author hands the write-up to the council."""
        if not write_up.strip():
            raise IdeaError("Hãy viết báo cáo mô tả kết quả áp dụng để hội đồng chấm.")
        with transaction.atomic():
            current = self._lock()
            self._as_author(by, current)
            if current.status != self.Status.APPLYING:
                raise IdeaError("Chỉ nộp hội đồng khi ý tưởng đã được áp dụng hoặc áp dụng thử.")
            current.status, current.write_up = self.Status.SUBMITTED, write_up.strip()
            current.submitted_at = timezone.now()
            current.save(update_fields=["status", "write_up", "submitted_at", "updated_at"])
            log_action(current, "ideas.submit", by=by, cell=current.school.cell,
                       before={"status": self.Status.APPLYING}, after={"status": current.status})  # fmt: skip
        self.refresh_from_db()
        seats = CouncilSeat.objects.filter(school_id=self.school_id, year=self.year).exclude(
            staff_id=self.author_id
        )
        self._tell([seat.staff.user for seat in seats.select_related("staff__user")], "ideas.submitted",
                   f"Ý tưởng chờ hội đồng chấm: {self.title}")  # fmt: skip

    def withdraw(self, *, by: Any, reason: str = "") -> None:
        with transaction.atomic():
            current = self._lock()
            self._as_author(by, current)
            if current.status not in self.OPEN:
                raise IdeaError("Hội đồng đã kết luận; không rút được nữa.")
            before = {"status": current.status}
            current.status, current.withdrawn_reason = self.Status.WITHDRAWN, reason.strip()[:300]
            current.save(update_fields=["status", "withdrawn_reason", "updated_at"])
            log_action(current, "ideas.withdraw", by=by, cell=current.school.cell, before=before,
                       after={"status": current.status, "reason": current.withdrawn_reason})  # fmt: skip
        self.refresh_from_db()

    def attach(self, *, by: Any, upload: Any) -> Attachment:
        from chibo.meetings.uploads import MATERIAL_KINDS, validate_upload

        try:
            kind = validate_upload(upload, MATERIAL_KINDS)
        except ValidationError as error:
            raise IdeaError(" ".join(error.messages)) from error
        with transaction.atomic():
            current = self._lock()
            self._as_author(by, current)
            if current.status == self.Status.WITHDRAWN:
                raise IdeaError("Ý tưởng đã rút.")
            name = (getattr(upload, "name", "") or f"minh-chung.{kind}")[:200]
            attachment = Attachment(
                idea=current, file_name=name, file_kind=kind, uploaded_by=current.author
            )
            attachment.file.save(name, upload, save=False)
            attachment.save()
            log_action(current, "ideas.attach", by=by, cell=current.school.cell,
                       after={"file": name, "kind": kind})  # fmt: skip
        return attachment

    # -- colleagues ------------------------------------------------------------------------
    def toggle_support(self, *, by: Any) -> bool:
        """A colleague supports the idea, or takes the support back; True when now supporting."""
        with transaction.atomic():
            current = self._lock()
            staff = staff_of(by, current.school_id)
            if staff is None:
                raise IdeaError(NOT_STAFF)
            if staff.pk == current.author_id:
                raise IdeaError("Tác giả không tự ủng hộ ý tưởng của mình.")
            if current.status == self.Status.WITHDRAWN:
                raise IdeaError("Ý tưởng đã rút.")
            support = Support.objects.filter(idea=current, staff=staff).first()
            if support is None:
                Support.objects.create(idea=current, staff=staff)
            else:
                support.delete()
            log_action(current, "ideas.support" if support is None else "ideas.unsupport", by=by,
                       cell=current.school.cell, after={"staff": staff.full_name})  # fmt: skip
        return support is None

    def comment(self, *, by: Any, text: str) -> Comment:
        text = text.strip()
        if not text:
            raise IdeaError("Hãy viết nội dung góp ý.")
        staff = staff_of(by, self.school_id)
        if staff is None:
            raise IdeaError(NOT_STAFF)
        with transaction.atomic():
            comment = Comment.objects.create(idea=self, author=staff, text=text[:4000])
            log_action(self, "ideas.comment", by=by, cell=self.school.cell,
                       after={"author": staff.full_name, "text": comment.text})  # fmt: skip
        return comment

    # -- the council -----------------------------------------------------------------------
    def score(
        self, *, by: Any, novelty: int, applied: int, benefit: int, comment: str = ""
    ) -> Score:
        """A seated member of the year's council scores the three criteria (again, until the
        chair concludes)."""
        with transaction.atomic():
            current = self._lock()
            staff = staff_of(by, current.school_id)
            seat = (
                CouncilSeat.objects.filter(
                    school_id=current.school_id, year=current.year, staff=staff
                ).first()
                if staff
                else None
            )
            if seat is None:
                raise IdeaError(f"Chỉ thành viên Hội đồng sáng kiến năm {current.year} chấm điểm.")
            if staff is not None and staff.pk == current.author_id:
                raise IdeaError("Tác giả không chấm ý tưởng của mình.")
            if current.status != self.Status.SUBMITTED:
                raise IdeaError("Chỉ chấm ý tưởng đã nộp báo cáo và chưa có kết luận.")
            limits = IdeaSettings.for_school(current.school).max_points
            values = {"novelty": novelty, "applied": applied, "benefit": benefit}
            for criterion in rules.CRITERIA:
                value = values[criterion.code]
                if not 0 <= value <= limits[criterion.code]:
                    raise IdeaError(f"{criterion.label}: từ 0 đến {limits[criterion.code]} điểm.")
            found = Score.objects.select_for_update().filter(idea=current, staff=staff).first()
            before = snapshot(found, ["novelty", "applied", "benefit", "comment"]) if found else {}
            score = found or Score(idea=current, staff=staff)
            score.novelty, score.applied, score.benefit = novelty, applied, benefit
            score.comment, score.scored_at = comment.strip(), timezone.now()
            score.save()
            log_action(current, "ideas.score", by=by, cell=current.school.cell, before=before,
                       after={**snapshot(score, ["novelty", "applied", "benefit", "comment"]),
                              "member": seat.staff.full_name})  # fmt: skip
        return score

    def decide(self, *, by: Any, recognise: bool, note: str = "") -> None:
        """The chair of the year's council concludes: recognised (every criterion met, the mean
        at or above the pass mark) or not recognised (with the reason)."""
        with transaction.atomic():
            current = self._lock()
            staff = staff_of(by, current.school_id)
            chair = CouncilSeat.objects.filter(school_id=current.school_id, year=current.year,
                                               post=CouncilSeat.Post.CHAIR).first()  # fmt: skip
            if chair is None:
                raise IdeaError(f"Hội đồng sáng kiến năm {current.year} chưa có chủ tịch.")
            if staff is None or staff.pk != chair.staff_id:
                raise IdeaError("Chỉ Chủ tịch Hội đồng sáng kiến kết luận.")
            if current.status != self.Status.SUBMITTED:
                raise IdeaError("Chỉ kết luận ý tưởng đã nộp báo cáo và chưa có kết luận.")
            missing = current.missing_scorers()
            if missing:
                raise IdeaError("Còn thành viên hội đồng chưa chấm: "
                                + ", ".join(s.full_name for s in missing) + ".")  # fmt: skip
            means, total, count = current.averages()
            if not count:
                raise IdeaError("Hội đồng chưa có phiếu chấm nào.")
            if recognise:
                problem = rules.recognition_problem(
                    means, total, IdeaSettings.for_school(current.school).pass_mark
                )
                if problem:
                    raise IdeaError(problem)
            elif not note.strip():
                raise IdeaError("Hãy ghi lý do không công nhận để tác giả biết.")
            current.status = self.Status.RECOGNISED if recognise else self.Status.REJECTED
            current.score_total = _one_decimal(total)
            current.decided_at, current.decided_by, current.decision_note = (
                timezone.now(),
                by,
                note.strip(),
            )
            current.save(update_fields=["status", "score_total", "decided_at", "decided_by", "decision_note",
                                        "updated_at"])  # fmt: skip
            log_action(current, "ideas.decide", by=by, cell=current.school.cell,
                       before={"status": self.Status.SUBMITTED},
                       after={"status": current.status, "score": current.score_total, "scores": count,
                              "note": current.decision_note})  # fmt: skip
        self.refresh_from_db()
        self._tell(
            [self.author.user],
            "ideas.decided",
            f"Hội đồng sáng kiến đã kết luận: {self.get_status_display()}",
        )

    def issue_certificate(self, *, by: Any, today: dt.date | None = None) -> None:
        """The principal numbers, renders and stores the certificate of a recognised initiative;
        it is never rendered again (its hash is kept)."""
        from chibo.ideas.certificate import render_certificate

        today = today or timezone.localdate()
        with transaction.atomic():
            current = self._lock()
            _require_manager(by, current.school_id)
            if current.status != self.Status.RECOGNISED:
                raise IdeaError("Chỉ cấp giấy chứng nhận cho sáng kiến đã được công nhận.")
            if current.certificate:
                raise IdeaError("Sáng kiến này đã có giấy chứng nhận.")
            options = IdeaSettings.for_school(current.school)
            number = options.take_certificate_number(today.year)
            code = options.short_name or "GCN"
            current.certificate_number = (
                f"{number:02d}/GCN-{code}" if options.short_name else f"{number:02d}/GCN"
            )
            data = render_certificate(current, options, on=today)
            current.certificate.save("giay-chung-nhan.docx", ContentFile(data), save=False)
            current.certificate_sha256 = hashlib.sha256(data).hexdigest()
            current.certificate_issued_at, current.certificate_issued_by = timezone.now(), by
            current.save(update_fields=["certificate", "certificate_number", "certificate_sha256",
                                        "certificate_issued_at", "certificate_issued_by", "updated_at"])  # fmt: skip
            log_action(current, "ideas.certificate", by=by, cell=current.school.cell,
                       after={"number": current.certificate_number, "sha256": current.certificate_sha256})  # fmt: skip
        self.refresh_from_db()


class Support(models.Model):
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="supports")
    staff = models.ForeignKey(Staff, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["idea", "staff"], name="one_support_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.staff} ủng hộ {self.idea}"


class Comment(models.Model):
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(Staff, on_delete=models.PROTECT, related_name="+")
    text = models.TextField("góp ý")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"Góp ý của {self.author} về {self.idea}"


class Attachment(models.Model):
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=_attachment_path)
    file_name = models.CharField(max_length=200)
    file_kind = models.CharField(max_length=8)
    uploaded_by = models.ForeignKey(Staff, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.file_name


class CouncilSeat(models.Model):
    """A seat on the school's initiative council for one year (Hội đồng sáng kiến): usually
    the principal in the chair, a vice-principal, a head of a professional group as secretary,
    the trade union's chair and heads of groups as members."""

    class Post(models.TextChoices):
        CHAIR = "chair", "Chủ tịch hội đồng"
        VICE_CHAIR = "vice_chair", "Phó Chủ tịch hội đồng"
        SECRETARY = "secretary", "Thư ký hội đồng"
        MEMBER = "member", "Ủy viên"

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="council_seats")
    year = models.PositiveSmallIntegerField("năm")
    staff = models.ForeignKey(
        Staff, verbose_name="thành viên", on_delete=models.PROTECT, related_name="council_seats"
    )
    post = models.CharField(
        "chức danh trong hội đồng", max_length=12, choices=Post.choices, default=Post.MEMBER
    )
    appointed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")  # fmt: skip
    appointed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["school", "-year", "post", "staff__full_name"]
        constraints = [
            models.UniqueConstraint(fields=["school", "year", "staff"], name="one_seat_per_person_year"),
            models.UniqueConstraint(fields=["school", "year"], condition=models.Q(post="chair"),
                                    name="one_council_chair_per_year"),
        ]  # fmt: skip
        verbose_name = "thành viên hội đồng sáng kiến"
        verbose_name_plural = "thành viên hội đồng sáng kiến"

    def __str__(self) -> str:
        return f"{self.get_post_display()} năm {self.year}: {self.staff.full_name}"

    @classmethod
    def appoint(cls, *, school: School, year: int, staff: Staff, post: str, by: Any) -> CouncilSeat:
        if post not in cls.Post.values:
            raise IdeaError("Chức danh không hợp lệ.")
        with transaction.atomic():
            _require_manager(by, school)
            if staff.school_id != school.pk or not staff.active:
                raise IdeaError("Thành viên hội đồng phải là cán bộ đang làm việc tại trường.")
            seats = cls.objects.select_for_update().filter(school=school, year=year)
            if seats.filter(staff=staff).exists():
                raise IdeaError(f"{staff.full_name} đã có trong hội đồng năm {year}.")
            if post == cls.Post.CHAIR and seats.filter(post=cls.Post.CHAIR).exists():
                raise IdeaError(f"Hội đồng năm {year} đã có chủ tịch.")
            seat = cls.objects.create(
                school=school, year=year, staff=staff, post=post, appointed_by=by
            )
            log_action(seat, "ideas.council.appoint", by=by, cell=school.cell,
                       after={"year": year, "staff": staff.full_name, "post": post})  # fmt: skip
        return seat

    def remove(self, *, by: Any) -> None:
        with transaction.atomic():
            _require_manager(by, self.school_id)
            scored = Score.objects.filter(staff_id=self.staff_id, idea__school_id=self.school_id,
                                          idea__year=self.year).exists()  # fmt: skip
            if scored:
                raise IdeaError(
                    f"{self.staff.full_name} đã chấm điểm năm {self.year}; không bỏ khỏi hội đồng được."
                )
            log_action(self, "ideas.council.remove", by=by, cell=self.school.cell,
                       before={"year": self.year, "staff": self.staff.full_name, "post": self.post})  # fmt: skip
            self.delete()


class Score(models.Model):
    """One council member's score sheet for one idea (Phiếu chấm điểm)."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="scores")
    staff = models.ForeignKey(
        Staff, verbose_name="thành viên hội đồng", on_delete=models.PROTECT, related_name="+"
    )
    novelty = models.PositiveSmallIntegerField("tính mới")
    applied = models.PositiveSmallIntegerField("đã áp dụng")
    benefit = models.PositiveSmallIntegerField("lợi ích")
    comment = models.TextField("nhận xét", blank=True)
    scored_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["scored_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["idea", "staff"], name="one_score_per_member")
        ]

    def __str__(self) -> str:
        return f"Phiếu chấm của {self.staff} cho {self.idea}"

    @property
    def total(self) -> int:
        return self.novelty + self.applied + self.benefit
