"""The per-cell counts behind the committee dashboards (models/summary.py), kept exact.

Who writes them: `Meeting.save`, `MeetingReport.save` and `Task.save` (and their `delete`) call
this module when a field the counts read changes, inside the same transaction, so that every
verb (plan, distribute, hold, conclude, close, postpone, reschedule, cancel, submit a report,
assign a task, report progress, drop…) keeps them equal to a recomputation:

- meetings: the CellYear row of the meeting's cell and year is locked and recomputed from
  that cell's meetings of the year (a few dozen rows through the (cell, starts_at) index);
  two verbs on meetings of the same cell wait for each other on that row, and the second
  recomputes after the first has committed, so neither overwrites the other.
- tasks: one task changes at most two CellTaskDue rows by ±1 (its old and its new deadline),
  an atomic upsert, so concurrent verbs add up without waiting for each other.

Bulk writes that bypass `save` (the data generator, the demo's back-dating) end with
`rebuild()`; `differences()` lists where the stored counts and a recomputation disagree
(`chibo meeting-summary --check`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db import connections, router, transaction
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import ExtractQuarter, ExtractYear
from django.utils import timezone

HELD = ("held", "concluded", "closed")
UNFINISHED = ("open", "in_progress")
REGULAR, THEMATIC = "regular", "thematic"

# Held meetings whose documents went out late (with a reason) or not at all.
LATE = Q(status__in=HELD) & (Q(distributed_at__isnull=True) | ~Q(late_distribution_reason=""))
THEMATIC_HELD = Q(kind=THEMATIC, status__in=HELD)
REPORTED = THEMATIC_HELD & Q(report__submitted_at__isnull=False)
COUNTS: dict[str, Any] = {
    "regular_held": Count("pk", filter=Q(kind=REGULAR, status__in=HELD)),
    "thematic_held": Count("pk", filter=THEMATIC_HELD),
    "reports": Count("pk", filter=REPORTED),
    "late": Count("pk", filter=LATE),
}
for _q in range(1, 5):
    COUNTS[f"thematic_q{_q}"] = Count("pk", filter=THEMATIC_HELD & Q(quarter=_q))
    COUNTS[f"reports_q{_q}"] = Count("pk", filter=REPORTED & Q(quarter=_q))
    COUNTS[f"late_q{_q}"] = Count("pk", filter=LATE & Q(quarter=_q))
NAMES = tuple(COUNTS)

# The fields of each model that the counts read: a save that touches none of them skips us.
MEETING_FIELDS = frozenset({"cell", "cell_id", "kind", "status", "starts_at", "distributed_at",
                            "late_distribution_reason"})  # fmt: skip
REPORT_FIELDS = frozenset({"meeting", "meeting_id", "submitted_at"})
TASK_FIELDS = frozenset({"cell", "cell_id", "deadline", "status"})

Key = tuple[int, int]  # cell, year


def touches(update_fields: Iterable[str] | None, fields: frozenset[str]) -> bool:
    return update_fields is None or bool(fields & set(update_fields))


def year_of(starts_at: dt.datetime) -> int:
    return timezone.localtime(starts_at).year if timezone.is_aware(starts_at) else starts_at.year


def year_bounds(year: int) -> tuple[dt.datetime, dt.datetime]:
    tz = timezone.get_current_timezone()
    return dt.datetime(year, 1, 1, tzinfo=tz), dt.datetime(year + 1, 1, 1, tzinfo=tz)


def meeting_counts(meetings: QuerySet[Any]) -> dict[Key, tuple[int, ...]]:
    """(cell, year) → counts, computed from the meetings themselves (one query). Year and
    quarter are those of the local start time, as the dashboards' year bounds."""
    rows = (
        meetings.annotate(year=ExtractYear("starts_at"), quarter=ExtractQuarter("starts_at"))
        .values("cell_id", "year")
        .annotate(**COUNTS)
        .order_by()
    )
    return {
        (r["cell_id"], r["year"]): tuple(r[n] for n in NAMES)
        for r in rows
        if any(r[n] for n in NAMES)
    }


def task_counts(tasks: QuerySet[Any]) -> dict[tuple[int, dt.date], int]:
    rows = tasks.filter(status__in=UNFINISHED).values("cell_id", "deadline").annotate(n=Count("pk"))
    return {(r["cell_id"], r["deadline"]): r["n"] for r in rows.order_by()}


# -- kept by the verbs --------------------------------------------------------------------


def refresh_meetings(cell_id: int, year: int) -> None:
    """Recompute one cell's counts of `year`, under a lock on its row (4 queries)."""
    from .models import CellYear, Meeting

    with transaction.atomic(savepoint=False):
        CellYear.objects.bulk_create([CellYear(cell_id=cell_id, year=year)], ignore_conflicts=True)
        row = CellYear.objects.select_for_update().get(cell_id=cell_id, year=year)
        start, end = year_bounds(year)
        counts = meeting_counts(
            Meeting.objects.filter(cell_id=cell_id, starts_at__gte=start, starts_at__lt=end)
        )
        for name, value in zip(NAMES, counts.get((cell_id, year), (0,) * len(NAMES)), strict=True):
            setattr(row, name, value)
        row.save(update_fields=list(NAMES))


def meeting_saved(before: tuple[int, dt.datetime] | None, cell_id: int, starts_at: Any) -> None:
    """After a meeting's save: recompute the year it is in now and, if it moved, the year
    (or cell) it was in before."""
    keys = {(cell_id, year_of(starts_at))}
    if before is not None:
        keys.add((before[0], year_of(before[1])))
    for key in sorted(keys):
        refresh_meetings(*key)


def task_saved(
    before: tuple[int, dt.date, str] | None, after: tuple[int, dt.date, str] | None
) -> None:
    """A task went from `before` to `after` (cell, deadline, status; None: did not exist)."""
    delta: dict[tuple[int, dt.date], int] = {}
    for state, sign in ((before, -1), (after, 1)):
        if state is not None and state[2] in UNFINISHED:
            key = (state[0], state[1])
            delta[key] = delta.get(key, 0) + sign
    for (cell_id, deadline), change in sorted(delta.items()):
        if change:
            _add_task_due(cell_id, deadline, change)


def _add_task_due(cell_id: int, deadline: dt.date, change: int) -> None:
    from .models import CellTaskDue

    connection = connections[router.db_for_write(CellTaskDue)]
    table = connection.ops.quote_name(CellTaskDue._meta.db_table)
    with connection.cursor() as cursor:
        # INSERT … ON CONFLICT DO UPDATE: one atomic statement on PostgreSQL and SQLite alike.
        # The table name is the model's own; the values are parameters.
        sql = (
            f"INSERT INTO {table} (cell_id, deadline, unfinished) VALUES (%s, %s, %s) "  # noqa: S608
            f"ON CONFLICT (cell_id, deadline) DO UPDATE SET unfinished = {table}.unfinished + %s"
        )
        cursor.execute(sql, [cell_id, deadline, change, change])


# -- rebuilt and checked from the records ------------------------------------------------------


def rebuild(apps: Any = None) -> tuple[int, int]:
    """Recompute every row from the records (the migration, `chibo meeting-summary --rebuild`,
    the data generator). Returns (cell-year rows, task-due rows)."""
    get = apps.get_model if apps else _model
    cell_year, task_due = get("meetings", "CellYear"), get("meetings", "CellTaskDue")
    with transaction.atomic():
        cell_year.objects.all().delete()
        task_due.objects.all().delete()
        meetings = meeting_counts(get("meetings", "Meeting").objects.all())
        cell_year.objects.bulk_create(
            [cell_year(cell_id=c, year=y, **dict(zip(NAMES, n, strict=True))) for (c, y), n in meetings.items()],
            batch_size=5000,
        )  # fmt: skip
        tasks = task_counts(get("meetings", "Task").objects.all())
        task_due.objects.bulk_create(
            [task_due(cell_id=c, deadline=d, unfinished=n) for (c, d), n in tasks.items()],
            batch_size=5000,
        )
    return len(meetings), len(tasks)


def _model(app: str, name: str) -> Any:
    from django.apps import apps

    return apps.get_model(app, name)


def differences(limit: int = 20) -> list[str]:
    """Where the stored counts differ from a recomputation from the records ([] when equal)."""
    from .models import CellTaskDue, CellYear, Meeting, Task

    stored = {
        (r.cell_id, r.year): tuple(getattr(r, n) for n in NAMES)
        for r in CellYear.objects.all()
        if any(getattr(r, n) for n in NAMES)
    }
    found = []
    expected = meeting_counts(Meeting.objects.all())
    for key in sorted(set(stored) | set(expected)):
        if stored.get(key) != expected.get(key):
            found.append(f"chi bộ {key[0]}, năm {key[1]}: lưu {stored.get(key)}, "
                         f"tính lại {expected.get(key)} ({', '.join(NAMES)})")  # fmt: skip
    stored_tasks = {
        (r.cell_id, r.deadline): r.unfinished for r in CellTaskDue.objects.exclude(unfinished=0)
    }
    expected_tasks = task_counts(Task.objects.all())
    for task_key in sorted(set(stored_tasks) | set(expected_tasks)):
        if stored_tasks.get(task_key) != expected_tasks.get(task_key):
            found.append(f"chi bộ {task_key[0]}, nhiệm vụ hạn {task_key[1]}: lưu {stored_tasks.get(task_key)}, "
                         f"tính lại {expected_tasks.get(task_key)}")  # fmt: skip
    return found[:limit] if limit else found
