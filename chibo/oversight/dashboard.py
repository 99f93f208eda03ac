"""What the dashboards show, computed with a fixed number of queries whatever the size.

- `committee_totals`: counts over every cell below a committee, straight from SQL aggregates.
- `filter_cells`: the cells behind a number (missed a thematic meeting, sent late, …), as SQL.
- `cell_rows`: the grid rows and findings of one page of cells (facts.load + rules).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, overload

from django.db import connections
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.urls import reverse

from chibo.meetings import summary
from chibo.meetings.models import CellTaskDue, CellYear, Meeting
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
    the summary kept by the meeting and task verbs (chibo.meetings.summary): one row per cell
    and year, and one per cell and deadline of its unfinished tasks. Overdue is compared with
    `today` here, so it is right every day without anything being rewritten."""
    cells = Cell.objects.below(committee).count()
    # Summed under other names first: an aggregate named like a field hides the field.
    sums = ("regular_held", "thematic_held", "reports", "late")
    totals: dict[str, Any] = {f"sum_{n}": Coalesce(Sum(n), 0) for n in sums}
    totals["late_cells"] = Count("pk", filter=Q(late__gt=0))
    for q in range(1, 5):
        totals[f"thematic_cells_{q}"] = Count("pk", filter=Q(**{f"thematic_q{q}__gt": 0}))
        totals[f"late_cells_{q}"] = Count("pk", filter=Q(**{f"late_q{q}__gt": 0}))
    rows = CellYear.objects.filter(cell__path__startswith=committee.path, year=year)
    found = rows.aggregate(**totals)
    row = {n: found.pop(f"sum_{n}") for n in sums} | found
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


def filter_cells(
    cells: QuerySet[Cell], show: str, *, year: int, quarter: int | None, today: dt.date
) -> QuerySet[Cell]:
    """The cells behind one dashboard number, as one SQL filter (no rows fetched here).

    Correlated EXISTS on the summary rows (chibo.meetings.summary), each probed through its
    (cell, year) or (cell, deadline) key: one small row per cell instead of its meetings."""
    row = CellYear.objects.filter(cell_id=OuterRef("pk"), year=year)
    suffix = f"_q{quarter}" if quarter else ""
    thematic, reports = (
        ("thematic" + suffix, "reports" + suffix) if quarter else ("thematic_held", "reports")
    )
    if show == "missing_thematic":
        return cells.filter(~Exists(row.filter(**{f"{thematic}__gt": 0})))
    if show == "late":
        return cells.filter(Exists(row.filter(**{f"late{suffix}__gt": 0})))
    if show == "overdue":
        due = CellTaskDue.objects.filter(
            cell_id=OuterRef("pk"), deadline__lt=today, unfinished__gt=0
        )
        return cells.filter(Exists(due))
    if show == "no_report":
        return cells.filter(Exists(row.filter(**{f"{thematic}__gt": F(reports)})))
    return cells


class WorstFirst:
    """The cells ordered by how far behind they are, the worst first (then by committee path,
    name): each past quarter without a thematic meeting counts 3, each overdue task and each
    meeting sent late 1. A sequence for the Paginator: `count()` counts the cells, a slice
    runs one query joining each cell to its summary row of the year and its overdue tasks
    grouped once (chibo.meetings.summary), then fetches that page's cells. Correlated sub-queries per cell
    cost about the same in rows read but tens of thousands of index probes at a province's
    size, enough to make PostgreSQL compile the query (JIT) on every request."""

    def __init__(self, cells: QuerySet[Cell], *, year: int, today: dt.date) -> None:
        self.cells, self.year, self.today = cells, year, today

    def count(self) -> int:
        return self.cells.count()

    def __len__(self) -> int:
        return self.count()

    def __iter__(self) -> Iterator[Cell]:
        return iter(self[0:None])

    @overload
    def __getitem__(self, page: int) -> Cell: ...
    @overload
    def __getitem__(self, page: slice) -> list[Cell]: ...
    def __getitem__(self, page: int | slice) -> Cell | list[Cell]:
        if isinstance(page, int):
            return self[page : page + 1][0]
        assert page.step is None
        start = page.start or 0
        ranked = self._ranked(start, (page.stop - start) if page.stop is not None else None)
        found = Cell.objects.select_related("committee").in_bulk([pk for pk, _ in ranked])
        result = []
        for pk, behind in ranked:
            cell = found[pk]
            cell.behind = behind  # type: ignore[attr-defined]
            result.append(cell)
        return result

    def _ranked(self, offset: int, limit: int | None) -> list[tuple[int, int]]:
        past = [q for q in range(1, 5) if quarter_over(self.year, q, self.today)]
        # On the connection the cells are read from (the replica for @read_replica views).
        connection = connections[self.cells.db]
        ids_sql, ids_params = self.cells.order_by().values("pk").query.sql_with_params()
        name = connection.ops.quote_name
        cell, years, due = (name(m._meta.db_table) for m in (Cell, CellYear, CellTaskDue))
        held = " + ".join(f"CASE WHEN y.thematic_q{q} > 0 THEN 1 ELSE 0 END" for q in past) or "0"
        # Table and column names are the models' own; every value is a parameter.
        sql = (
            f"SELECT c.id, {3 * len(past)} - 3 * ({held}) + COALESCE(y.late, 0) "  # noqa: S608
            f"+ COALESCE(t.overdue, 0) AS behind FROM {cell} c "
            f"LEFT JOIN {years} y ON y.cell_id = c.id AND y.year = %s "
            f"LEFT JOIN (SELECT cell_id, SUM(unfinished) AS overdue FROM {due} "
            f"WHERE deadline < %s AND cell_id IN ({ids_sql}) GROUP BY cell_id) t ON t.cell_id = c.id "
            f"WHERE c.id IN ({ids_sql}) ORDER BY behind DESC, c.path, c.name, c.id"
        )
        params: list[Any] = [self.year, self.today, *ids_params, *ids_params]
        if limit is not None:
            sql += " LIMIT %s OFFSET %s"
            params += [limit, offset]
        elif offset:
            sql += " LIMIT -1 OFFSET %s" if connection.vendor == "sqlite" else " OFFSET %s"
            params.append(offset)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [(int(pk), int(behind)) for pk, behind in cursor.fetchall()]


def worst_first(cells: QuerySet[Cell], *, year: int, today: dt.date) -> WorstFirst:
    return WorstFirst(cells, year=year, today=today)


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
