"""Figures of the portal for the school, the cell and the Đảng ủy: volumes, overdue items,
response times and the satisfaction index over time. A few grouped queries per page.

`satisfaction_index(cell, year)` is what the cell's plan target reads (through the evaluations
metric "parent_satisfaction").
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count
from django.utils import timezone

from chibo.organizations.models import Cell
from chibo.rules import feedback as rules

from .models import Category, Feedback, School, SurveyAnswer, SurveyRound

INDEX_RULE = (
    "Chỉ số của một năm là kết quả của đợt khảo sát kết thúc gần nhất trong năm đó "
    "(đợt khảo sát ghi năm tính chỉ tiêu)."
)


@dataclass
class Figures:
    year: int
    received: int = 0
    open: int = 0
    overdue: int = 0
    answered: int = 0
    redirected: int = 0
    on_time: int = 0
    response_days: list[int] = field(default_factory=list)
    months: list[int] = field(default_factory=lambda: [0] * 12)
    categories: Counter[str] = field(default_factory=Counter)

    @property
    def on_time_pct(self) -> Decimal | None:
        if not self.answered:
            return None
        return (Decimal(self.on_time) * 100 / self.answered).quantize(Decimal("0.1"))

    @property
    def median_days(self) -> float | None:
        return statistics.median(self.response_days) if self.response_days else None

    def add(self, other: Figures) -> None:
        for name in ("received", "open", "overdue", "answered", "redirected", "on_time"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.response_days += other.response_days
        self.months = [a + b for a, b in zip(self.months, other.months, strict=True)]
        self.categories.update(other.categories)

    def category_rows(self) -> list[tuple[str, int]]:
        return [(label, self.categories.get(code, 0)) for code, label in Category.choices]


def figures(schools: Iterable[School], year: int, today: dt.date | None = None) -> Figures:
    """Everything received in `year` by these schools, and what is open or overdue today."""
    result = Figures(year=year)
    for school_figures in figures_by_school(schools, year, today).values():
        result.add(school_figures)
    return result


def figures_by_school(
    schools: Iterable[School], year: int, today: dt.date | None = None
) -> dict[int, Figures]:
    """Each school's figures for `year`, from one query."""
    today = today or timezone.localdate()
    schools = list(schools)
    out = {school.pk: Figures(year=year) for school in schools}
    rows = Feedback.objects.filter(school__in=schools, created_at__year=year).values_list(
        "school_id", "created_at", "answered_at", "due_on", "status", "category"
    )
    for school_id, created_at, answered_at, due_on, status, category in rows:
        result = out[school_id]
        result.received += 1
        result.months[timezone.localtime(created_at).month - 1] += 1
        result.categories[category] += 1
        if status in Feedback.OPEN:
            result.open += 1
            result.overdue += today > due_on
        elif status == Feedback.Status.REDIRECTED:
            result.redirected += 1
        if answered_at is not None:
            result.answered += 1
            answered_on = timezone.localtime(answered_at).date()
            result.on_time += answered_on <= due_on
            result.response_days.append((answered_on - timezone.localtime(created_at).date()).days)
    return out


@dataclass(frozen=True)
class RoundIndex:
    survey: SurveyRound
    index: Decimal | None
    families: int


def round_indexes(schools: Iterable[School], *, limit: int = 8) -> list[RoundIndex]:
    """The closed survey rounds of these schools, oldest first, with their index: two queries."""
    rounds = list(
        SurveyRound.objects.filter(school__in=list(schools), status=SurveyRound.Status.CLOSED)
        .select_related("school")
        .annotate(families=Count("responses"))
        .order_by("-closed_at")[:limit]
    )
    counts: dict[int, Counter[int]] = {r.pk: Counter() for r in rounds}
    for round_id, score, n in (
        SurveyAnswer.objects.filter(response__round__in=rounds)
        .values_list("response__round", "score")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        counts[round_id][score] += n
    return [
        RoundIndex(r, rules.satisfaction(counts[r.pk], r.formula), r.families)  # type: ignore[attr-defined]
        for r in reversed(rounds)
    ]


def latest_by_school(schools: Iterable[School]) -> dict[int, RoundIndex]:
    """Each school's last closed survey round with its index (for the committee's table)."""
    latest: dict[int, RoundIndex] = {}
    for row in round_indexes(schools, limit=1000):
        latest[row.survey.school_id] = row  # oldest first: the last one wins
    return latest


def satisfaction_index(cell: Cell, year: int) -> Decimal | None:
    """The parents' satisfaction index (%) of the cell's school(s) for `year`: the last survey
    round of that year to close, by the formula the round states; None without one."""
    survey = (
        SurveyRound.objects.filter(school__cell=cell, year=year, status=SurveyRound.Status.CLOSED)
        .order_by("-closed_at", "-pk")
        .first()
    )
    return survey.results().index if survey else None


def satisfaction_basis(cell: Cell, year: int) -> str:
    """Where the index comes from, in a sentence for the plan's target page."""
    survey = (
        SurveyRound.objects.filter(school__cell=cell, year=year, status=SurveyRound.Status.CLOSED)
        .select_related("school")
        .order_by("-closed_at", "-pk")
        .first()
    )
    if survey is None:
        return f"Chưa có đợt khảo sát sự hài lòng nào kết thúc cho năm {year}."
    results = survey.results()
    return (f"{survey.title} ({survey.school.name}): {results.families} gia đình trả lời. "
            f"{survey.formula_text}")  # fmt: skip
