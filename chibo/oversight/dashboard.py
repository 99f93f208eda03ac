"""What the dashboards show, computed with a fixed number of queries whatever the size.

- `committee_totals`: counts over every cell below a committee, straight from SQL aggregates.
- `filter_cells`: the cells behind a number (missed a thematic meeting, sent late, …), as SQL.
- `cell_rows`: the grid rows and findings of one page of cells (facts.load + rules).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.urls import reverse

from chibo.meetings import summary
from chibo.meetings.models import CellQuarter, CellTaskDue, Meeting
from chibo.organizations.models import Cell, Committee

from . import rules
from .facts import CellFacts, load, quarter_bounds
from .rules import Finding

# Held meetings whose documents went out late or not at all (as the summary counts them).
LATE = summary.LATE

# A number on the dashboard → the rule whose findings explain it, and the SQL filter of cells.
SHOWS = {
    "missing_thematic": ("thematic_quarterly", "Chi bộ chưa sinh hoạt chuyên đề"),
    "late": ("draft_on_time", "Chi bộ gửi tài liệu muộn hoặc không gửi"),
    "overdue": ("tasks_overdue", "Chi bộ có nhiệm vụ quá hạn"),
    "no_report": ("report_sent", "Chi bộ chưa báo cáo sau sinh hoạt chuyên đề"),
}


def quarter_over(year: int, quarter: int, today: dt.date) -> bool:
    return quarter_bounds(year, quarter)[1].date() <= today


def committee_totals(committee: Committee, year: int, today: dt.date) -> dict[str, Any]:
    """Three queries, whatever the number of cells: cells, then sums over the cells' rows of
    the summary kept by the meeting and task verbs (chibo.meetings.summary): four rows per
    cell and year, and one per cell and deadline of its unfinished tasks. Overdue is compared
    with `today` here, so it is right every day without anything being rewritten."""
    cells = Cell.objects.below(committee).count()
    per_cell: dict[str, Any] = {
        "n_regular": Sum("regular_held"), "n_thematic": Sum("thematic_held"),
        "n_reports": Sum("reports"), "n_late": Sum("late"),
    }  # fmt: skip
    totals: dict[str, Any] = {
        "regular_held": Coalesce(Sum("n_regular"), 0), "thematic_held": Coalesce(Sum("n_thematic"), 0),
        "reports": Coalesce(Sum("n_reports"), 0), "late": Coalesce(Sum("n_late"), 0),
        "late_cells": Count("cell_id", filter=Q(n_late__gt=0)),
    }  # fmt: skip
    for q in range(1, 5):
        per_cell[f"t{q}"] = Sum("thematic_held", filter=Q(quarter=q))
        per_cell[f"l{q}"] = Sum("late", filter=Q(quarter=q))
        totals[f"thematic_cells_{q}"] = Count("cell_id", filter=Q(**{f"t{q}__gt": 0}))
        totals[f"late_cells_{q}"] = Count("cell_id", filter=Q(**{f"l{q}__gt": 0}))
    row = (
        CellQuarter.objects.filter(cell__path__startswith=committee.path, year=year)
        .values("cell_id")
        .annotate(**per_cell)
        .order_by()
        .aggregate(**totals)
    )
    overdue = Q(deadline__lt=today, unfinished__gt=0)
    tasks = CellTaskDue.objects.filter(cell__path__startswith=committee.path).aggregate(
        open=Coalesce(Sum("unfinished"), 0),
        overdue=Coalesce(Sum("unfinished", filter=overdue), 0),
        overdue_cells=Count("cell_id", distinct=True, filter=overdue),
    )
    quarters = []
    for q in range(1, 5):
        over = quarter_over(year, q, today)
        held = row[f"thematic_cells_{q}"]
        quarters.append({
            "quarter": q, "over": over, "thematic_cells": held, "missing": cells - held if over else None,
            "late_cells": row[f"late_cells_{q}"],
        })  # fmt: skip
    return {
        "cells": cells,
        **row,
        **tasks,
        "quarters": quarters,
        "no_report": row["thematic_held"] - row["reports"],
    }


def _quarters(year: int, quarter: int | None) -> Q:
    return Q(year=year, quarter=quarter) if quarter else Q(year=year)


def filter_cells(
    cells: QuerySet[Cell], show: str, *, year: int, quarter: int | None, today: dt.date
) -> QuerySet[Cell]:
    """The cells behind one dashboard number, as one SQL filter (no rows fetched here).

    Correlated EXISTS on the summary rows (chibo.meetings.summary), each probed through its
    (cell, year, quarter) or (cell, deadline) key: a few small rows per cell instead of the
    cell's meetings."""
    rows = CellQuarter.objects.filter(_quarters(year, quarter), cell_id=OuterRef("pk"))
    if show == "missing_thematic":
        return cells.filter(~Exists(rows.filter(thematic_held__gt=0)))
    if show == "late":
        return cells.filter(Exists(rows.filter(late__gt=0)))
    if show == "overdue":
        due = CellTaskDue.objects.filter(
            cell_id=OuterRef("pk"), deadline__lt=today, unfinished__gt=0
        )
        return cells.filter(Exists(due))
    if show == "no_report":
        return cells.filter(Exists(rows.filter(thematic_held__gt=F("reports"))))
    return cells


def worst_first(cells: QuerySet[Cell], *, year: int, today: dt.date) -> QuerySet[Cell]:
    """The cells ordered by how far behind they are, the worst first (then by name): each past
    quarter without a thematic meeting counts 3, each overdue task and each meeting sent late 1.
    One SQL ORDER BY over correlated sub-queries on the summary rows of each cell."""
    past = [q for q in range(1, 5) if quarter_over(year, q, today)]
    of_cell = (
        CellQuarter.objects.filter(cell_id=OuterRef("pk"), year=year).order_by().values("cell_id")
    )
    thematic = (
        of_cell.filter(quarter__in=past, thematic_held__gt=0).annotate(n=Count("pk")).values("n")
    )
    late = of_cell.annotate(n=Sum("late")).values("n")
    overdue = (
        CellTaskDue.objects.filter(cell_id=OuterRef("pk"), deadline__lt=today)
        .order_by().values("cell_id").annotate(n=Sum("unfinished")).values("n")
    )  # fmt: skip
    score: Any = Value(3 * len(past)) - 3 * Coalesce(Subquery(thematic), 0) if past else Value(0)
    score = score + Coalesce(Subquery(overdue), 0) + Coalesce(Subquery(late), 0)
    return cells.annotate(behind=score).order_by("-behind", "path", "name")


@dataclass
class QuarterBox:
    quarter: int
    state: str  # held | late | planned | missing | future
    url: str
    regular_held: int
    regular_due: int
    label: str = ""


STATE_LABELS = {
    "held": "Đã sinh hoạt chuyên đề",
    "late": "Đã sinh hoạt, gửi tài liệu muộn",
    "planned": "Đã lên lịch",
    "missing": "Không sinh hoạt chuyên đề",
    "future": "Chưa đến",
}


@dataclass
class CellRow:
    cell: Cell
    facts: CellFacts
    quarters: list[QuarterBox]
    findings: list[Finding]
    attendance_rate: float | None
    open_tasks: int
    overdue_tasks: int
    reports_sent: int
    reports_due: int
    late: int
    levels: Counter[str] = field(default_factory=Counter)

    @property
    def level_counts(self) -> list[tuple[str, int]]:
        """(level, meetings) pairs; a Counter's .items cannot be reached from a template."""
        return sorted(self.levels.items())

    def by_rule(self, shown: int = 3) -> list[dict[str, Any]]:
        """Findings grouped by rule, the first `shown` of each (the cell dashboard lists all)."""
        groups: dict[str, list[Finding]] = {}
        for finding in self.findings:
            groups.setdefault(finding.rule.code, []).append(finding)
        return [{"rule": items[0].rule, "count": len(items), "shown": items[:shown], "more": len(items) - shown}
                for items in groups.values()]  # fmt: skip


def _quarter_boxes(facts: CellFacts, late_ids: set[int]) -> list[QuarterBox]:
    boxes = []
    year, today = facts.year, facts.today
    for q in range(1, 5):
        thematic = [m for m in facts.meetings if m.thematic and m.quarter == q]
        held = [m for m in thematic if m.held]
        months_due = [m for m in range(3 * q - 2, 3 * q + 1) if dt.date(year, m, 1) <= today]
        regular = {m.day.month for m in facts.held(Meeting.Kind.REGULAR) if m.quarter == q}
        if held:
            state = "late" if any(m.pk in late_ids for m in held) else "held"
            url = reverse("meetings:detail", args=[held[0].pk])
        elif thematic and not quarter_over(year, q, today):
            state, url = "planned", reverse("meetings:detail", args=[thematic[0].pk])
        elif quarter_over(year, q, today):
            state, url = "missing", reverse("meetings:list", args=[facts.cell.pk])
        else:
            state, url = "future", reverse("meetings:list", args=[facts.cell.pk])
        boxes.append(QuarterBox(q, state, url, len(regular), len(months_due), STATE_LABELS[state]))
    return boxes


def cell_rows(
    cells: list[Cell], *, year: int, today: dt.date, codes: list[str] | None = None
) -> list[CellRow]:
    all_facts = load(cells, year=year, today=today)
    rows = []
    for cell in cells:
        facts = all_facts[cell.pk]
        findings = rules.evaluate(facts)
        late_ids = rules.late_meeting_ids(facts)
        thematic_held = facts.held(Meeting.Kind.THEMATIC)
        rows.append(CellRow(
            cell=cell, facts=facts, quarters=_quarter_boxes(facts, late_ids),
            findings=[f for f in findings if codes is None or f.rule.code in codes],
            attendance_rate=facts.attendance_rate(),
            open_tasks=sum(1 for t in facts.tasks if t.unfinished),
            overdue_tasks=sum(1 for t in facts.tasks if t.unfinished and t.deadline < today),
            reports_sent=sum(1 for m in thematic_held if m.report_on), reports_due=len(thematic_held),
            late=len(late_ids), levels=Counter(m.quality_level for m in facts.meetings if m.quality_level),
        ))  # fmt: skip
    return rows
