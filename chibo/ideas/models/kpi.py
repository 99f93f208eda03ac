"""The school's "KPI 4 chiều": work performance, service spirit, parents' satisfaction and
innovation, each measured by indicators the school defines, with weights and sources.

No national framework defines this KPI: it is the school's own tool, advisory, and never a
Party rating (the members' rating is QĐ 366, in chibo.evaluations, which reads nothing here).
Indicators are computed from the records where they exist (tasks done on time, the parents'
survey, the idea bank) or entered with evidence by the management board, per person and per
term. Results are stored; every change of an indicator, a weight or an entered value recomputes
the open terms, and every change is in the audit log. A finished term keeps its results.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import changes, log_action, snapshot
from chibo.feedback.models import School, Staff

from .bank import IdeaError, _require_manager

WEIGHT_BOUNDS = (0, 100)


def _number(text: str | None) -> Decimal | None:
    return Decimal(text) if text is not None else None


class Dimension(models.TextChoices):
    PERFORMANCE = "performance", "Hiệu suất công việc"
    SERVICE = "service", "Tinh thần phục vụ"
    SATISFACTION = "satisfaction", "Mức độ hài lòng của phụ huynh"
    INNOVATION = "innovation", "Sáng kiến đổi mới"


DIMENSION_SHORT = {
    "performance": "Hiệu suất",
    "service": "Phục vụ",
    "satisfaction": "Hài lòng PH",
    "innovation": "Sáng kiến",
}


class Source(models.TextChoices):
    TASKS = "tasks", "Nhiệm vụ hoàn thành đúng hạn (nhiệm vụ giao tại sinh hoạt chi bộ)"
    SATISFACTION = "satisfaction", "Tỷ lệ hài lòng của cha mẹ trẻ (khảo sát của trường)"
    IDEAS = "ideas", "Ngân hàng ý tưởng (mức cao nhất đạt được trong năm)"
    MANUAL = "manual", "Ban giám hiệu nhập, kèm minh chứng"


def _recompute_open_terms(school: School | int, by: Any) -> int:
    school_id = school if isinstance(school, int) else school.pk
    terms = KpiTerm.objects.filter(school_id=school_id, status=KpiTerm.Status.OPEN)
    return sum(term.recompute(by=by) for term in terms)


class Indicator(models.Model):
    FIELDS = ["dimension", "name", "source", "weight", "description", "active", "order"]

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="kpi_indicators")
    dimension = models.CharField("chiều đánh giá", max_length=20, choices=Dimension.choices)
    name = models.CharField("chỉ số", max_length=200)
    source = models.CharField(
        "nguồn số liệu", max_length=20, choices=Source.choices, default=Source.MANUAL
    )
    weight = models.PositiveSmallIntegerField(
        "trọng số", default=10,
        validators=[MinValueValidator(WEIGHT_BOUNDS[0]), MaxValueValidator(WEIGHT_BOUNDS[1])],
        help_text="Kết quả = trung bình có trọng số của các chỉ số có số liệu (thang 0–100).",
    )  # fmt: skip
    description = models.TextField("cách đo", blank=True)
    active = models.BooleanField("đang dùng", default=True)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        ordering = ["school", "order", "pk"]
        verbose_name = "chỉ số KPI"
        verbose_name_plural = "chỉ số KPI"

    def __str__(self) -> str:
        return f"{self.get_dimension_display()}: {self.name}"

    @classmethod
    def add(cls, *, school: School, by: Any, **fields: Any) -> Indicator:
        unknown = set(fields) - set(cls.FIELDS)
        if unknown:
            raise IdeaError("Trường không hợp lệ: " + ", ".join(sorted(unknown)) + ".")
        with transaction.atomic():
            _require_manager(by, school)
            if "order" not in fields:
                fields["order"] = cls.objects.filter(school=school).count() + 1
            indicator = cls(school=school, **fields)
            try:
                indicator.full_clean()
            except ValidationError as error:
                raise IdeaError(" ".join(error.messages)) from error
            indicator.save()
            log_action(indicator, "kpi.indicator.add", by=by, cell=school.cell,
                       after=snapshot(indicator, cls.FIELDS))  # fmt: skip
            _recompute_open_terms(school, by)
        return indicator

    @classmethod
    def install_defaults(cls, *, school: School, by: Any) -> int:
        """The suggested set (chibo.ideas.defaults) for a school that has none yet."""
        from chibo.ideas.defaults import KPI_INDICATORS

        with transaction.atomic():
            _require_manager(by, school)
            if cls.objects.select_for_update().filter(school=school).exists():
                raise IdeaError("Trường đã có bộ chỉ số; hãy sửa từng chỉ số.")
            for order, (dimension, name, source, weight, description) in enumerate(
                KPI_INDICATORS, start=1
            ):
                cls.add(school=school, by=by, dimension=dimension, name=name, source=source, weight=weight,
                        description=description, order=order)  # fmt: skip
        return len(KPI_INDICATORS)

    def change(self, *, by: Any, **fields: Any) -> int:
        """Change an indicator; the open terms are recomputed (returns how many results)."""
        unknown = set(fields) - set(self.FIELDS)
        if unknown:
            raise IdeaError("Trường không hợp lệ: " + ", ".join(sorted(unknown)) + ".")
        with transaction.atomic():
            _require_manager(by, self.school_id)
            current = (
                Indicator.objects.select_for_update().select_related("school__cell").get(pk=self.pk)
            )
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
                current,
                "kpi.indicator.change",
                by=by,
                cell=current.school.cell,
                before=before,
                after=after,
            )
            count = _recompute_open_terms(current.school_id, by)
        self.refresh_from_db()
        return count

    @classmethod
    def set_weights(cls, *, school: School, by: Any, weights: dict[int, int]) -> int:
        """The principal sets every weight at once; the open terms are recomputed and the old
        and new weights are written to the audit log. Returns the results recomputed."""
        low, high = WEIGHT_BOUNDS
        with transaction.atomic():
            _require_manager(by, school)
            indicators = {i.pk: i for i in cls.objects.select_for_update().filter(school=school)}
            if set(weights) - set(indicators):
                raise IdeaError("Có chỉ số không thuộc trường.")
            for value in weights.values():
                if not low <= value <= high:
                    raise IdeaError(f"Trọng số phải từ {low} đến {high}.")
            merged = {pk: weights.get(pk, i.weight) for pk, i in indicators.items() if i.active}
            if merged and not any(merged.values()):
                raise IdeaError("Cần ít nhất một chỉ số đang dùng có trọng số lớn hơn 0.")
            before = {i.name: i.weight for i in indicators.values()}
            for pk, value in weights.items():
                indicators[pk].weight = value
                indicators[pk].save(update_fields=["weight"])
            log_action(school, "kpi.weights", by=by, cell=school.cell, before=before,
                       after={i.name: i.weight for i in indicators.values()})  # fmt: skip
            return _recompute_open_terms(school, by)


class KpiTerm(models.Model):
    """A period of assessment (a semester, a school year) of one school."""

    class Status(models.TextChoices):
        OPEN = "open", "Đang đánh giá"
        FINISHED = "finished", "Đã kết thúc"

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="kpi_terms")
    name = models.CharField(
        "kỳ đánh giá", max_length=120, help_text="Ví dụ: Học kỳ I năm học 2026–2027"
    )
    start = models.DateField("từ ngày")
    end = models.DateField("đến ngày")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    weights = models.JSONField("trọng số khi kết thúc", default=dict, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")  # fmt: skip
    computed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    finished_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")  # fmt: skip

    class Meta:
        ordering = ["school", "-start", "-pk"]
        verbose_name = "kỳ đánh giá KPI"
        verbose_name_plural = "kỳ đánh giá KPI"

    def __str__(self) -> str:
        return f"{self.name} — {self.school}"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    @classmethod
    def open(cls, *, school: School, by: Any, name: str, start: dt.date, end: dt.date) -> KpiTerm:
        if not name.strip():
            raise IdeaError("Hãy đặt tên kỳ đánh giá.")
        if end <= start:
            raise IdeaError("Ngày kết thúc phải sau ngày bắt đầu.")
        with transaction.atomic():
            _require_manager(by, school)
            term = cls.objects.create(
                school=school, name=name.strip(), start=start, end=end, created_by=by
            )
            log_action(term, "kpi.term.open", by=by, cell=school.cell,
                       after={"name": term.name, "start": start, "end": end})  # fmt: skip
            term.recompute(by=by)
        return term

    def recompute(self, *, by: Any, today: dt.date | None = None) -> int:
        """Compute every active staff member's result for this open term from the records and
        the entered values; returns how many results were written."""
        from chibo.ideas.kpi import compute

        with transaction.atomic():
            current = (
                KpiTerm.objects.select_for_update()
                .select_related("school", "school__cell")
                .get(pk=self.pk)
            )
            _require_manager(by, current.school_id)
            if not current.is_open:
                raise IdeaError("Kỳ đánh giá đã kết thúc; kết quả được giữ nguyên.")
            rows = compute(current, today=today)
            now = timezone.now()
            KpiResult.objects.filter(term=current).exclude(
                staff_id__in=[r.staff.pk for r in rows]
            ).delete()
            for row in rows:
                KpiResult.objects.update_or_create(term=current, staff=row.staff, defaults={
                    "total": row.total, "dimensions": row.dimensions, "details": row.details, "computed_at": now,
                })  # fmt: skip
            current.computed_at = now
            current.save(update_fields=["computed_at"])
            log_action(current, "kpi.recompute", by=by, cell=current.school.cell,
                       after={"results": len(rows)})  # fmt: skip
        self.refresh_from_db()
        return len(rows)

    def finish(self, *, by: Any) -> None:
        """Compute a last time and close the term: its results and weights are kept as they are."""
        with transaction.atomic():
            _require_manager(by, self.school_id)
            self.recompute(by=by)
            current = (
                KpiTerm.objects.select_for_update().select_related("school__cell").get(pk=self.pk)
            )
            current.status, current.finished_at, current.finished_by = (
                self.Status.FINISHED,
                timezone.now(),
                by,
            )
            current.weights = {
                i.name: i.weight for i in current.school.kpi_indicators.filter(active=True)
            }
            current.save(update_fields=["status", "finished_at", "finished_by", "weights"])
            log_action(current, "kpi.term.finish", by=by, cell=current.school.cell,
                       before={"status": self.Status.OPEN}, after={"status": current.status, **current.weights})  # fmt: skip
        self.refresh_from_db()


class KpiEntry(models.Model):
    """A value entered by the management board for a manual indicator, with its evidence."""

    term = models.ForeignKey(KpiTerm, on_delete=models.CASCADE, related_name="entries")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="entries")
    staff = models.ForeignKey(
        Staff, verbose_name="người được đánh giá", on_delete=models.CASCADE, related_name="+"
    )
    value = models.DecimalField("điểm (0–100)", max_digits=5, decimal_places=1,
                                validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))])  # fmt: skip
    evidence = models.TextField("minh chứng")
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")  # fmt: skip
    entered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["term", "indicator__order", "staff__full_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["term", "indicator", "staff"], name="one_kpi_entry_per_person"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator.name}: {self.staff.full_name} ({self.term.name})"

    @classmethod
    def record(cls, *, term: KpiTerm, indicator: Indicator, staff: Staff, value: Decimal, evidence: str,
               by: Any) -> KpiEntry:  # fmt: skip
        if indicator.school_id != term.school_id or staff.school_id != term.school_id:
            raise IdeaError("Chỉ số và người được đánh giá phải thuộc trường của kỳ đánh giá.")
        if indicator.source != Source.MANUAL:
            raise IdeaError("Chỉ số này tính từ dữ liệu, không nhập tay.")
        if not Decimal(0) <= value <= Decimal(100):
            raise IdeaError("Điểm phải từ 0 đến 100.")
        if not evidence.strip():
            raise IdeaError(
                "Điểm nhập tay cần ghi minh chứng (biên bản kiểm tra, nhận xét của tổ chuyên môn…)."
            )
        with transaction.atomic():
            _require_manager(by, term.school_id)
            locked = (
                KpiTerm.objects.select_for_update().select_related("school__cell").get(pk=term.pk)
            )
            if not locked.is_open:
                raise IdeaError("Kỳ đánh giá đã kết thúc; không nhập thêm được.")
            found = (
                cls.objects.select_for_update()
                .filter(term=term, indicator=indicator, staff=staff)
                .first()
            )
            before = snapshot(found, ["value", "evidence"]) if found else {}
            entry: KpiEntry = found or cls(term=term, indicator=indicator, staff=staff)
            entry.value, entry.evidence = value, evidence.strip()
            entry.entered_by, entry.entered_at = by, timezone.now()
            entry.save()
            log_action(entry, "kpi.entry", by=by, cell=locked.school.cell, before=before,
                       after={**snapshot(entry, ["value", "evidence"]), "staff": staff.full_name,
                              "indicator": indicator.name})  # fmt: skip
            locked.recompute(by=by)
        return entry


class KpiResult(models.Model):
    """One person's result for one term, as last computed (details say where each value came
    from)."""

    term = models.ForeignKey(KpiTerm, on_delete=models.CASCADE, related_name="results")
    staff = models.ForeignKey(Staff, on_delete=models.CASCADE, related_name="kpi_results")
    total = models.DecimalField(
        "điểm tổng hợp", max_digits=5, decimal_places=1, null=True, blank=True
    )
    dimensions = models.JSONField(default=dict)  # dimension code -> "87.5" or None
    details = models.JSONField(default=list)  # [{indicator, name, dimension, weight, value, basis}]
    computed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["term", "staff__full_name"]
        constraints = [
            models.UniqueConstraint(fields=["term", "staff"], name="one_kpi_result_per_person")
        ]

    def __str__(self) -> str:
        return f"KPI {self.term.name}: {self.staff.full_name}"

    def dimension_rows(self) -> list[tuple[str, str, Decimal | None]]:
        """(label, short label, score) per dimension, scores as numbers for the page to format."""
        return [
            (label, DIMENSION_SHORT[code], _number(self.dimensions.get(code)))
            for code, label in Dimension.choices
        ]

    def detail_rows(self) -> list[dict[str, Any]]:
        return [{**d, "value": _number(d.get("value"))} for d in self.details]
