"""Computing a KPI term: every active staff member of the school, every active indicator.

Each indicator gives a value on a 0–100 scale, or none (no data: not a Party member for the
tasks, nothing entered yet); a dimension is the weighted mean of its indicators with a value,
and the total the weighted mean of all of them. A handful of queries for the whole school.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from django.utils import timezone

from chibo.feedback.models import Staff, SurveyRound
from chibo.meetings.models import Task
from chibo.members.models import Member

from .defaults import IDEA_POINTS
from .models.bank import Idea
from .models.kpi import Dimension, KpiEntry, Source

if TYPE_CHECKING:
    from .models.kpi import Indicator, KpiTerm


def _q(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class Row:
    staff: Staff
    details: list[dict[str, Any]] = field(default_factory=list)
    dimensions: dict[str, str | None] = field(default_factory=dict)
    total: Decimal | None = None


def _weighted(pairs: list[tuple[int, Decimal]]) -> Decimal | None:
    weight = sum(w for w, _ in pairs)
    if not weight:
        return None
    return _q(sum((Decimal(w) * v for w, v in pairs), Decimal(0)) / Decimal(weight))


def _tasks(term: KpiTerm, people: list[Staff], today: dt.date) -> dict[int, tuple[Decimal, str]]:
    """On-time share of the tasks each person (as a member of the cell) had due in the term."""
    members = {
        m.user_id: m
        for m in Member.objects.for_cell(term.school.cell)
        .current()
        .filter(user__in=[s.user_id for s in people])
    }
    if not members:
        return {}
    due_by = min(term.end, today)
    rows = (
        Task.objects.filter(cell=term.school.cell, owners__in=members.values(), deadline__gte=term.start,
                            deadline__lte=term.end)
        .exclude(status=Task.Status.DROPPED)
        .values_list("owners", "deadline", "done_at", "status")
    )  # fmt: skip
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for member_id, deadline, done_at, status in rows:
        done_on = timezone.localtime(done_at).date() if done_at else None
        if status != Task.Status.DONE and deadline >= due_by:
            continue  # not due yet
        counts[member_id][1] += 1
        counts[member_id][0] += bool(done_on and done_on <= deadline)
    out: dict[int, tuple[Decimal, str]] = {}
    for person in people:
        member = members.get(person.user_id)
        if member is None or not counts.get(member.pk, [0, 0])[1]:
            continue
        on_time, total = counts[member.pk]
        out[person.pk] = (
            _q(Decimal(on_time) * 100 / total),
            f"{on_time}/{total} nhiệm vụ xong đúng hạn",
        )
    return out


def _satisfaction(term: KpiTerm) -> tuple[Decimal, str] | None:
    survey = (
        SurveyRound.objects.filter(
            school=term.school, year=term.end.year, status=SurveyRound.Status.CLOSED
        )
        .order_by("-closed_at", "-pk")
        .first()
    )
    if survey is None:
        return None
    index = survey.results().index
    return (index, f"{survey.title}: {index}%") if index is not None else None


def _ideas(term: KpiTerm, people: list[Staff]) -> dict[int, tuple[Decimal, str]]:
    best: dict[int, tuple[int, str]] = {}
    labels = dict(Idea.Status.choices)
    rows = Idea.objects.filter(
        author__in=people, year__gte=term.start.year, year__lte=term.end.year
    ).values_list("author_id", "status")
    for author_id, status in rows:
        points = IDEA_POINTS.get(status, 0)
        if author_id not in best or points > best[author_id][0]:
            best[author_id] = (points, labels[status])
    return {
        person.pk: (Decimal(best[person.pk][0]), best[person.pk][1])
        if person.pk in best
        else (Decimal(0), "chưa đăng ký ý tưởng")
        for person in people
    }


def compute(term: KpiTerm, today: dt.date | None = None) -> list[Row]:
    today = today or timezone.localdate()
    people = list(Staff.objects.active().filter(school=term.school).order_by("full_name"))
    indicators: list[Indicator] = list(term.school.kpi_indicators.filter(active=True))
    sources = {i.source for i in indicators}
    tasks = _tasks(term, people, today) if Source.TASKS in sources else {}
    satisfaction = _satisfaction(term) if Source.SATISFACTION in sources else None
    ideas = _ideas(term, people) if Source.IDEAS in sources else {}
    entries = {
        (e.indicator_id, e.staff_id): e
        for e in KpiEntry.objects.filter(term=term, indicator__in=indicators)
    }
    rows = []
    for person in people:
        row = Row(staff=person)
        by_dimension: dict[str, list[tuple[int, Decimal]]] = defaultdict(list)
        for indicator in indicators:
            found: tuple[Decimal, str] | None = None
            if indicator.source == Source.TASKS:
                found = tasks.get(person.pk)
            elif indicator.source == Source.SATISFACTION:
                found = satisfaction
            elif indicator.source == Source.IDEAS:
                found = ideas.get(person.pk)
            else:
                entry = entries.get((indicator.pk, person.pk))
                found = (entry.value, f"Minh chứng: {entry.evidence}") if entry else None
            value, basis = found if found else (None, "chưa có số liệu")
            row.details.append({
                "indicator": indicator.pk, "name": indicator.name, "dimension": indicator.dimension,
                "weight": indicator.weight, "value": str(value) if value is not None else None, "basis": basis,
            })  # fmt: skip
            if value is not None:
                by_dimension[indicator.dimension].append((indicator.weight, value))
        for code in Dimension.values:
            score = _weighted(by_dimension.get(code, []))
            row.dimensions[code] = str(score) if score is not None else None
        row.total = _weighted([pair for pairs in by_dimension.values() for pair in pairs])
        rows.append(row)
    return rows
