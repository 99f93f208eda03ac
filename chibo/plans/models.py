"""Annual plans of a cell: the thematic plan (topics per quarter) and the activity plan (targets).

A plan is a draft until the Bí thư issues it; issuing takes the next "KH" number of the
cell's register and stores the rendered document. An issued plan is frozen: a change is
a new draft that revises it (điều chỉnh), and the old plan is superseded only when the
revision is itself issued.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction

from chibo.audit.models import log_action, snapshot
from chibo.documents.parts import capacity_for
from chibo.members.models import Member, Role
from chibo.organizations.models import Cell

ISSUER_ROLES = frozenset({Role.SECRETARY, Role.DEPUTY_SECRETARY})
QUARTER_MONTHS = {1: (1, 2, 3), 2: (4, 5, 6), 3: (7, 8, 9), 4: (10, 11, 12)}
FORM_SUGGESTIONS = ["Báo cáo chuyên đề", "Trao đổi, đề xuất cách thực hiện"]
STALE_MESSAGE = "Kế hoạch vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại."
FROZEN_MESSAGE = "Kế hoạch đã ban hành nên không sửa được nữa; hãy tạo bản điều chỉnh."


class PlanError(Exception):
    """A domain rule refused the change; the message is for the user, in Vietnamese."""


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def month_quarter_error(month: int | None, quarter: int | None) -> str:
    """'Tháng 7 không thuộc Quý II' when the month lies outside the quarter, else ''."""
    from chibo.lib.vietnamese import roman

    if month and quarter and quarter_of(month) != quarter:
        return f"Tháng {month} không thuộc Quý {roman(quarter)}"
    return ""


class PlanQuerySet(models.QuerySet["Plan"]):
    def for_cell(self, cell: Cell) -> PlanQuerySet:
        return self.filter(cell=cell)

    def issued(self) -> PlanQuerySet:
        return self.filter(status__in=[Plan.Status.ISSUED, Plan.Status.SUPERSEDED])


class Plan(models.Model):
    class Kind(models.TextChoices):
        THEMATIC = "thematic", "Kế hoạch sinh hoạt chuyên đề năm"
        ACTIVITY = "activity", "Kế hoạch hoạt động năm"

    class Status(models.TextChoices):
        DRAFT = "draft", "Dự thảo"
        ISSUED = "issued", "Đã ban hành"
        SUPERSEDED = "superseded", "Đã được điều chỉnh"

    EDITABLE_FIELDS = [
        "year", "title", "legal_bases", "intro", "sections", "closing", "recipients",
        "signing_capacity", "signer_title", "signer", "signer_name", "place_name", "plan_date",
        "days_before_distribution",
    ]  # fmt: skip

    cell = models.ForeignKey(
        Cell, verbose_name="chi bộ", on_delete=models.PROTECT, related_name="plans"
    )
    year = models.PositiveSmallIntegerField(
        "năm", validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    kind = models.CharField("loại kế hoạch", max_length=20, choices=Kind.choices)
    title = models.CharField(
        "trích yếu", max_length=300, help_text="Ví dụ: Thực hiện sinh hoạt theo chuyên đề năm 2026"
    )
    legal_bases = models.JSONField("căn cứ", default=list, blank=True)
    intro = models.TextField("câu dẫn", blank=True)
    # [{"heading": "I. MỤC ĐÍCH, YÊU CẦU", "body": "lines; '- ' lines are bullets", "list": bool}]
    # "list": the plan's topics (or its targets without a section) are printed after this section.
    sections = models.JSONField("các mục", default=list, blank=True)
    closing = models.TextField("câu kết", blank=True)
    recipients = models.JSONField("nơi nhận", default=list, blank=True)
    signing_capacity = models.CharField(
        "thẩm quyền ký", max_length=60, default="T/M CHI ỦY", blank=True
    )
    signer_title = models.CharField("chức vụ người ký", max_length=60, default="BÍ THƯ")
    signer = models.ForeignKey(
        Member,
        verbose_name="người ký",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signer_name = models.CharField("họ tên người ký", max_length=120, blank=True)
    place_name = models.CharField("địa danh", max_length=100, blank=True)
    plan_date = models.DateField("ngày kế hoạch", null=True, blank=True)
    status = models.CharField(
        "tình trạng", max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    revision_of = models.ForeignKey(
        "self", verbose_name="điều chỉnh kế hoạch", null=True, blank=True, on_delete=models.PROTECT,
        related_name="revisions",
    )  # fmt: skip
    issued_document = models.ForeignKey(
        "documents.IssuedDocument", verbose_name="văn bản đã ban hành", null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )  # fmt: skip
    days_before_distribution = models.PositiveSmallIntegerField(
        "gửi dự thảo trước (ngày)", null=True, blank=True,
        help_text="Quy định riêng của kế hoạch: gửi dự thảo chuyên đề cho đảng viên trước buổi sinh hoạt bao nhiêu ngày.",
    )  # fmt: skip
    version = models.PositiveIntegerField(default=1, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PlanQuerySet.as_manager()

    class Meta:
        ordering = ["-year", "kind", "-pk"]
        indexes = [models.Index(fields=["cell", "year"])]
        verbose_name = "kế hoạch"
        verbose_name_plural = "kế hoạch"

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.year}: {self.title}"

    # -- derived facts ---------------------------------------------------------------
    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    @property
    def is_thematic(self) -> bool:
        return self.kind == self.Kind.THEMATIC

    @property
    def number_text(self) -> str | None:
        """'Số 03-KH/CB' once issued."""
        return self.issued_document.number_text if self.issued_document else None

    @property
    def signature_name(self) -> str:
        return self.signer.full_name if self.signer else self.signer_name

    def clean(self) -> None:
        if self.signer and self.signer.cell_id != self.cell_id:
            raise ValidationError({"signer": "Người ký phải là đảng viên của chi bộ."})
        for name in ("legal_bases", "recipients"):
            value = getattr(self, name)
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValidationError({name: "Cần một danh sách các dòng chữ."})
        if not isinstance(self.sections, list) or not all(
            isinstance(s, dict)
            and isinstance(s.get("heading", ""), str)
            and isinstance(s.get("body", ""), str)
            for s in self.sections
        ):
            raise ValidationError({"sections": "Các mục cần có tiêu đề và nội dung."})

    # -- domain verbs ------------------------------------------------------------------
    @classmethod
    def create(cls, *, cell: Cell, by: Any, **fields: Any) -> Plan:
        fields.setdefault("signing_capacity", capacity_for(cell))
        with transaction.atomic():
            plan = cls(
                cell=cell,
                created_by=by if getattr(by, "is_authenticated", False) else None,
                **fields,
            )
            plan.place_name = plan.place_name or cell.place_name
            plan.full_clean()
            plan.save()
            log_action(
                plan,
                "plan.create",
                by=by,
                cell=cell,
                after=snapshot(plan, ["kind", "year", "title"]),
            )
        return plan

    def _lock(self, expected_version: int | None = None) -> Plan:
        """The current row, locked; refuses frozen plans and stale edits. Call inside atomic()."""
        current = Plan.objects.select_for_update().get(pk=self.pk)
        if current.status != self.Status.DRAFT:
            raise PlanError(FROZEN_MESSAGE)
        if expected_version is not None and current.version != expected_version:
            raise PlanError(STALE_MESSAGE)
        return current

    def _bump(self, current: Plan) -> None:
        current.version += 1
        current.save(update_fields=["version"])
        self.version = current.version

    def update(self, *, by: Any, expected_version: int | None = None, **fields: Any) -> None:
        unknown = set(fields) - set(self.EDITABLE_FIELDS)
        if unknown:
            raise PlanError("Không sửa được trường này của kế hoạch.")
        with transaction.atomic():
            current = self._lock(expected_version)
            before = snapshot(current, list(fields))
            for name, value in fields.items():
                setattr(current, name, value)
            current.full_clean()
            current.version += 1
            current.save()
            log_action(current, "plan.update", by=by, cell=current.cell, before=before,
                       after=snapshot(current, list(fields)))  # fmt: skip
        self.refresh_from_db()

    def add_topic(self, *, by: Any, preparers: list[Member] | None = None, **fields: Any) -> Topic:
        with transaction.atomic():
            current = self._lock()
            if "order" not in fields or not fields["order"]:
                fields["order"] = (current.topics.aggregate(m=models.Max("order"))["m"] or 0) + 1
            topic = Topic(plan=current, **fields)
            topic.full_clean()
            topic.save()
            topic.preparers.set(preparers or [])
            self._bump(current)
            log_action(
                topic, "plan.topic.add", by=by, cell=current.cell, after=topic.audit_snapshot()
            )
        return topic

    def add_target(self, *, by: Any, **fields: Any) -> Target:
        with transaction.atomic():
            current = self._lock()
            if "order" not in fields or not fields["order"]:
                fields["order"] = (current.targets.aggregate(m=models.Max("order"))["m"] or 0) + 1
            target = Target(plan=current, **fields)
            target.full_clean()
            target.save()
            self._bump(current)
            log_action(
                target,
                "plan.target.add",
                by=by,
                cell=current.cell,
                after=snapshot(target, Target.AUDITED_FIELDS),
            )
        return target

    def issue(self, *, by: Any) -> Any:
        """Draft → issued: number from the cell's register, document rendered and stored."""
        from chibo.documents.models import IssuedDocument

        from .checks import plan_findings
        from .documents import plan_document

        with transaction.atomic():
            current = (
                Plan.objects.select_for_update()
                .select_related("cell", "cell__committee")
                .get(pk=self.pk)
            )
            if current.status != self.Status.DRAFT:
                raise PlanError("Kế hoạch này đã được ban hành.")
            issuer = Member.objects.filter(
                user=by, cell=current.cell, status__in=Member.ACTIVE_STATUSES
            ).first()
            if issuer is None or issuer.role not in ISSUER_ROLES:
                raise PlanError("Chỉ Bí thư hoặc Phó Bí thư chi bộ được ban hành kế hoạch.")
            errors = [f.message for f in plan_findings(current) if f.level == "error"]
            if errors:
                raise PlanError("Chưa ban hành được: " + "; ".join(errors) + ".")
            if not current.signature_name:
                raise PlanError("Cần ghi họ tên người ký trước khi ban hành.")
            if current.plan_date is None:
                current.plan_date = dt.date.today()
                current.save(update_fields=["plan_date"])
            document = IssuedDocument.issue(
                cell=current.cell, type_code="KH", title=current.title, on=current.plan_date, by=by,
                source=current, build=lambda number_text: plan_document(current, number_text),
            )  # fmt: skip
            current.issued_document = document
            current.status = self.Status.ISSUED
            current.version += 1
            current.save(update_fields=["issued_document", "status", "version"])
            if current.revision_of_id:
                old = Plan.objects.select_for_update().get(pk=current.revision_of_id)
                if old.status == self.Status.ISSUED:
                    old.status = self.Status.SUPERSEDED
                    old.save(update_fields=["status"])
                    log_action(old, "plan.supersede", by=by, cell=old.cell,
                               before={"status": "issued"}, after={"status": "superseded", "by_plan": current.pk})  # fmt: skip
            log_action(current, "plan.issue", by=by, cell=current.cell, before={"status": "draft"},
                       after={"status": "issued", "number": document.number_text, "document": document.pk})  # fmt: skip
        self.refresh_from_db()
        return document

    def revise(self, *, by: Any) -> Plan:
        """A new draft copying everything, marked as a revision (điều chỉnh) of this issued plan."""
        with transaction.atomic():
            current = Plan.objects.select_for_update().get(pk=self.pk)
            if current.status != self.Status.ISSUED:
                raise PlanError("Chỉ điều chỉnh được kế hoạch đang có hiệu lực (đã ban hành).")
            pending = current.revisions.filter(status=self.Status.DRAFT).first()
            if pending is not None:
                raise PlanError("Đã có một bản điều chỉnh đang soạn; hãy sửa tiếp bản đó.")
            plan = current._copy(by=by, revision_of=current)
            log_action(
                plan, "plan.revise", by=by, cell=plan.cell, after={"revision_of": current.pk}
            )
        return plan

    def copy_to_year(self, year: int, *, by: Any) -> Plan:
        """Last year's plan as a start for `year`: topics keep their quarter, lose month and preparers."""
        if year == self.year:
            raise PlanError("Hãy chọn một năm khác với năm của kế hoạch gốc.")
        shift = year - self.year
        with transaction.atomic():

            def move(text: str) -> str:
                return re.sub(
                    rf"\b(năm|Năm|NĂM) {self.year}\b", lambda m: f"{m.group(1)} {year}", text
                )

            plan_date = _shift_year(self.plan_date, shift)
            plan = self._copy(
                by=by, year=year, plan_date=plan_date, keep_assignments=False, move=move
            )
            log_action(
                plan, "plan.copy", by=by, cell=plan.cell, after={"from_plan": self.pk, "year": year}
            )
        return plan

    def _copy(self, *, by: Any, revision_of: Plan | None = None, year: int | None = None,
              plan_date: dt.date | None = None, keep_assignments: bool = True,
              move: Any = None) -> Plan:  # fmt: skip
        move = move or (lambda text: text)
        plan = Plan(
            cell=self.cell, year=year or self.year, kind=self.kind, title=move(self.title),
            legal_bases=[move(b) for b in self.legal_bases], intro=move(self.intro),
            sections=[{**s, "heading": move(s.get("heading", "")), "body": move(s.get("body", ""))} for s in self.sections],
            closing=move(self.closing), recipients=list(self.recipients),
            # A new year's copy signs as the cell is now organised (a chi ủy or not).
            signing_capacity=capacity_for(self.cell) if year else self.signing_capacity,
            signer_title=self.signer_title, signer=self.signer, signer_name=self.signer_name,
            place_name=self.place_name, plan_date=plan_date if year else self.plan_date,
            days_before_distribution=self.days_before_distribution, revision_of=revision_of,
            created_by=by if getattr(by, "is_authenticated", False) else None,
        )  # fmt: skip
        plan.save()
        for topic in self.topics.prefetch_related("preparers"):
            preparers = list(topic.preparers.all())
            copy = Topic.objects.create(
                plan=plan, order=topic.order, title=move(topic.title), content=move(topic.content),
                quarter=topic.quarter, month=topic.month if keep_assignments else None, form=topic.form,
                preparer_note=topic.preparer_note if keep_assignments else "", outputs=move(topic.outputs),
            )  # fmt: skip
            if keep_assignments:
                copy.preparers.set(preparers)
        for target in self.targets.all():
            Target.objects.create(
                plan=plan, **{f: getattr(target, f) for f in Target.COPIED_FIELDS}
            )
        return plan

    @classmethod
    def from_template(cls, *, cell: Cell, year: int, kind: str, by: Any) -> Plan:
        from .defaults import template_fields

        with transaction.atomic():
            plan = cls.create(cell=cell, by=by, **template_fields(cell, year, kind))
            if kind == cls.Kind.THEMATIC:
                for quarter in (1, 2, 3, 4):
                    Topic.objects.create(plan=plan, order=quarter, quarter=quarter, title="",
                                         form=FORM_SUGGESTIONS[0])  # fmt: skip
        return plan

    def delete_draft(self, *, by: Any) -> None:
        with transaction.atomic():
            current = self._lock()
            log_action(
                current,
                "plan.delete",
                by=by,
                cell=current.cell,
                before=snapshot(current, ["kind", "year", "title"]),
            )
            current.delete()


def _shift_year(day: dt.date | None, shift: int) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + shift)
    except ValueError:  # 29 February
        return day.replace(year=day.year + shift, day=28)


class _PlanPart(models.Model):
    """What topics and targets share: edits lock the plan, refuse issued plans, bump versions."""

    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        abstract = True

    plan: models.ForeignKey[Plan, Plan]
    AUDITED_FIELDS: list[str] = []

    def audit_snapshot(self) -> dict[str, Any]:
        return snapshot(self, self.AUDITED_FIELDS)

    def _edit(self, *, by: Any, expected_version: int | None, action: str, change: Any) -> None:
        with transaction.atomic():
            plan = self.plan._lock()
            current = type(self).objects.select_for_update().get(pk=self.pk)  # type: ignore[attr-defined]
            if expected_version is not None and current.version != expected_version:
                raise PlanError(STALE_MESSAGE)
            before = current.audit_snapshot()
            change(current)
            after = current.audit_snapshot() if current.pk else {}
            self.plan._bump(plan)
            log_action(
                current if current.pk else self,
                action,
                by=by,
                cell=plan.cell,
                before=before,
                after=after,
            )

    def delete_by(self, *, by: Any, expected_version: int | None = None) -> None:
        kind = self._meta.model_name

        def change(current: Any) -> None:
            pk = current.pk
            current.delete()
            current.pk = pk  # keep the id for the audit entry

        self._edit(
            by=by, expected_version=expected_version, action=f"plan.{kind}.delete", change=change
        )


class Topic(_PlanPart):
    """A chuyên đề of the annual thematic plan."""

    AUDITED_FIELDS = [
        "order",
        "title",
        "content",
        "quarter",
        "month",
        "form",
        "preparer_note",
        "outputs",
    ]

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="topics")
    title = models.TextField("chủ đề", blank=True)
    content = models.TextField("nội dung công việc, trọng tâm", blank=True)
    quarter = models.PositiveSmallIntegerField(
        "quý", choices=[(1, "Quý I"), (2, "Quý II"), (3, "Quý III"), (4, "Quý IV")]
    )
    month = models.PositiveSmallIntegerField(
        "tháng", null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    form = models.CharField("hình thức", max_length=200, blank=True)
    preparers = models.ManyToManyField(
        Member, verbose_name="người thực hiện", blank=True, related_name="prepared_topics"
    )
    preparer_note = models.CharField(
        "ghi chú người thực hiện", max_length=200, blank=True,
        help_text="Ví dụ: Đồng chí Dương Thị Huệ - Bí thư chi bộ (khi người thực hiện chưa có trong danh sách).",
    )  # fmt: skip
    outputs = models.TextField("sản phẩm sau chuyên đề", blank=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "chuyên đề"
        verbose_name_plural = "chuyên đề"

    def __str__(self) -> str:
        return self.title or f"Chuyên đề quý {self.quarter}"

    def clean(self) -> None:
        error = month_quarter_error(self.month, self.quarter)
        if error:
            raise ValidationError({"month": error + "."})

    def update(self, *, by: Any, expected_version: int | None = None, preparers: list[Member] | None = None,
               **fields: Any) -> None:  # fmt: skip
        def change(current: Topic) -> None:
            for name, value in fields.items():
                setattr(current, name, value)
            current.full_clean()
            current.version += 1
            current.save()
            if preparers is not None:
                current.preparers.set(preparers)

        self._edit(
            by=by, expected_version=expected_version, action="plan.topic.update", change=change
        )
        self.refresh_from_db()


class Target(_PlanPart):
    """A chỉ tiêu: the sentence as written, plus what makes it measurable."""

    class Kind(models.TextChoices):
        PERCENT = "percent", "Tỷ lệ (%)"
        COUNT = "count", "Số lượng"
        RANGE = "range", "Khoảng (từ … đến …)"
        THRESHOLD = "threshold", "Ngưỡng (≥, ≤)"
        YES_NO = "yes_no", "Đạt / không đạt"
        TEXT = "text", "Mô tả"

    class Comparison(models.TextChoices):
        AT_LEAST = ">=", "≥"
        EQUAL = "=", "="
        AT_MOST = "<=", "≤"
        MORE = ">", ">"
        LESS = "<", "<"

    AUDITED_FIELDS = ["order", "text", "kind", "population", "value_min", "value_max", "unit", "comparison",
                      "measured_by", "section", "group"]  # fmt: skip
    COPIED_FIELDS = AUDITED_FIELDS

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="targets")
    text = models.TextField("chỉ tiêu (như viết trong kế hoạch)")
    kind = models.CharField("loại", max_length=20, choices=Kind.choices, default=Kind.TEXT)
    population = models.CharField(
        "đối tượng", max_length=200, blank=True, help_text="Ví dụ: đảng viên"
    )
    value_min = models.DecimalField(
        "giá trị (từ)", max_digits=10, decimal_places=2, null=True, blank=True
    )
    value_max = models.DecimalField("đến", max_digits=10, decimal_places=2, null=True, blank=True)
    unit = models.CharField("đơn vị", max_length=60, blank=True)
    comparison = models.CharField("so sánh", max_length=2, choices=Comparison.choices, blank=True)
    measured_by = models.CharField("đo bằng", max_length=300, blank=True)
    section = models.CharField("thuộc mục", max_length=300, blank=True)
    group = models.CharField(
        "nhóm", max_length=300, blank=True,
        help_text="Các chỉ tiêu liền nhau cùng nhóm in dưới một dòng chung, ví dụ “Phấn đấu các danh hiệu thi đua”.",
    )  # fmt: skip

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "chỉ tiêu"
        verbose_name_plural = "chỉ tiêu"

    def __str__(self) -> str:
        return self.text[:80]

    def clean(self) -> None:
        if (
            self.kind == self.Kind.PERCENT
            and self.value_min is not None
            and not 0 <= self.value_min <= 100
        ):
            raise ValidationError({"value_min": "Tỷ lệ phải từ 0 đến 100%."})
        if self.kind == self.Kind.RANGE and (self.value_min is None or self.value_max is None):
            raise ValidationError({"value_max": "Chỉ tiêu dạng khoảng cần cả giá trị từ và đến."})
        if (
            self.value_min is not None
            and self.value_max is not None
            and self.value_max < self.value_min
        ):
            raise ValidationError(
                {"value_max": "Giá trị “đến” phải lớn hơn hoặc bằng giá trị “từ”."}
            )

    def update(self, *, by: Any, expected_version: int | None = None, **fields: Any) -> None:
        def change(current: Target) -> None:
            for name, value in fields.items():
                setattr(current, name, value)
            current.full_clean()
            current.version += 1
            current.save()

        self._edit(
            by=by, expected_version=expected_version, action="plan.target.update", change=change
        )
        self.refresh_from_db()
