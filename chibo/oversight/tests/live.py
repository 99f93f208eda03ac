"""The committee dashboard's figures computed straight from the records, as the dashboard did
before the summary (chibo.meetings.summary) existed: the reference the summary-based figures
must equal on the same data (test_summary_figures.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Case, Count, Exists, OuterRef, Q, QuerySet, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce

from chibo.meetings.models import Meeting, Task
from chibo.organizations.models import Cell, Committee
from chibo.oversight.dashboard import quarter_over
from chibo.oversight.facts import HELD, quarter_bounds, year_bounds

LATE = Q(status__in=HELD) & (Q(distributed_at__isnull=True) | ~Q(late_distribution_reason=""))


def committee_totals(committee: Committee, year: int, today: dt.date) -> dict[str, Any]:
    """Three queries: cells, meetings of the year, unfinished tasks."""
    cells = Cell.objects.below(committee).count()
    start, end = year_bounds(year)
    # Counted per cell first (one hash aggregate), then summed: cheaper than COUNT(DISTINCT).
    per_cell: dict[str, Any] = {
        "n_regular": Count("pk", filter=Q(kind=Meeting.Kind.REGULAR, status__in=HELD)),
        "n_thematic": Count("pk", filter=Q(kind=Meeting.Kind.THEMATIC, status__in=HELD)),
        "n_reports": Count(
            "pk",
            filter=Q(
                kind=Meeting.Kind.THEMATIC, status__in=HELD, report__submitted_at__isnull=False
            ),
        ),  # fmt: skip
        "n_late": Count("pk", filter=LATE),
    }
    totals: dict[str, Any] = {
        "regular_held": Coalesce(Sum("n_regular"), 0), "thematic_held": Coalesce(Sum("n_thematic"), 0),
        "reports": Coalesce(Sum("n_reports"), 0), "late": Coalesce(Sum("n_late"), 0),
        "late_cells": Count("cell_id", filter=Q(n_late__gt=0)),
    }  # fmt: skip
    for q in range(1, 5):
        q_start, q_end = quarter_bounds(year, q)
        in_q = Q(starts_at__gte=q_start, starts_at__lt=q_end)
        per_cell[f"t{q}"] = Count(
            "pk", filter=in_q & Q(kind=Meeting.Kind.THEMATIC, status__in=HELD)
        )
        per_cell[f"l{q}"] = Count("pk", filter=in_q & LATE)
        totals[f"thematic_cells_{q}"] = Count("cell_id", filter=Q(**{f"t{q}__gt": 0}))
        totals[f"late_cells_{q}"] = Count("cell_id", filter=Q(**{f"l{q}__gt": 0}))
    row = (
        Meeting.objects.filter(
            cell__path__startswith=committee.path, starts_at__gte=start, starts_at__lt=end
        )
        .values("cell_id")
        .annotate(**per_cell)
        .order_by()
        .aggregate(**totals)
    )
    tasks = Task.objects.filter(
        cell__path__startswith=committee.path, status__in=Task.UNFINISHED
    ).aggregate(
        open=Count("pk"),
        overdue=Count("pk", filter=Q(deadline__lt=today)),
        overdue_cells=Count("cell", distinct=True, filter=Q(deadline__lt=today)),
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


def filter_cells(
    cells: QuerySet[Cell], show: str, *, year: int, quarter: int | None, today: dt.date
) -> QuerySet[Cell]:
    """The cells behind one dashboard number, as one SQL filter (no rows fetched here).

    Correlated EXISTS: each cell is probed through the (cell, starts_at) index of meetings,
    which stays fast over a province, where a scan of every meeting would not."""
    start, end = quarter_bounds(year, quarter) if quarter else year_bounds(year)
    in_cell = {"cell_id": OuterRef("pk"), "starts_at__gte": start, "starts_at__lt": end}
    if show == "missing_thematic":
        held = Meeting.objects.filter(kind=Meeting.Kind.THEMATIC, status__in=HELD, **in_cell)
        return cells.filter(~Exists(held))
    if show == "late":
        return cells.filter(Exists(Meeting.objects.filter(LATE, **in_cell)))
    if show == "overdue":
        overdue = Task.objects.filter(
            cell_id=OuterRef("pk"), status__in=Task.UNFINISHED, deadline__lt=today
        )
        return cells.filter(Exists(overdue))
    if show == "no_report":
        missing = Meeting.objects.filter(kind=Meeting.Kind.THEMATIC, status__in=HELD,
                                         report__submitted_at__isnull=True, **in_cell)  # fmt: skip
        return cells.filter(Exists(missing))
    return cells


def worst_first(cells: QuerySet[Cell], *, year: int, today: dt.date) -> QuerySet[Cell]:
    """The cells ordered by how far behind they are, the worst first (then by name): each past
    quarter without a thematic meeting counts 3, each overdue task and each meeting sent late 1.
    One SQL ORDER BY over correlated sub-queries, through the same indexes as filter_cells."""
    start, end = year_bounds(year)
    score: Any = Value(0)
    for q in range(1, 5):
        if not quarter_over(year, q, today):
            continue
        q_start, q_end = quarter_bounds(year, q)
        held = Meeting.objects.filter(cell_id=OuterRef("pk"), kind=Meeting.Kind.THEMATIC, status__in=HELD,
                                      starts_at__gte=q_start, starts_at__lt=q_end)  # fmt: skip
        score = score + Case(When(Exists(held), then=Value(0)), default=Value(3))
    overdue = (
        Task.objects.filter(cell_id=OuterRef("pk"), status__in=Task.UNFINISHED, deadline__lt=today)
        .order_by().values("cell_id").annotate(n=Count("pk")).values("n")
    )  # fmt: skip
    late = (
        Meeting.objects.filter(LATE, cell_id=OuterRef("pk"), starts_at__gte=start, starts_at__lt=end)
        .order_by().values("cell_id").annotate(n=Count("pk")).values("n")
    )  # fmt: skip
    score = score + Coalesce(Subquery(overdue), 0) + Coalesce(Subquery(late), 0)
    return cells.annotate(behind=score).order_by("-behind", "path", "name", "pk")
