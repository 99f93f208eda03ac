"""Synthetic meetings for `chibo gen-data`: for each generated cell and each of the last
`years` years, an issued thematic plan with a topic per quarter, a regular meeting most
months and a thematic meeting most quarters, with attendance, speakers' counts, tasks and
reports — some late, some missing, so the dashboards have something to find.

Rows are written in batches of cells. On PostgreSQL they go in with COPY (ids assigned here,
sequences moved on afterwards); elsewhere with bulk_create. Called by
chibo.demo.gendata.generate.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from django.db import connection, models, transaction
from django.utils import timezone

from chibo.meetings.models import Attendance, Meeting, MeetingReport, Task
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.plans.models import Plan, Topic

BATCH_CELLS = 250
ATTENDANCE = [("present", 0.92), ("late", 0.02), ("excused", 0.05), ("absent", 0.01)]
TOPICS = ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Nâng cao chất lượng dạy và học",
          "Chuyển đổi số trong nhà trường", "Phòng, chống tham nhũng, lãng phí, tiêu cực"]  # fmt: skip


def add_meetings(
    cells: list[Cell], years: int, rng: random.Random, today: dt.date | None = None
) -> int:
    """Add the records for `cells`; returns the number of meetings written."""
    today = today or timezone.localdate()
    first_year = today.year - max(years, 1) + 1
    total = 0
    _skip_fk_triggers()
    for start in range(0, len(cells), BATCH_CELLS):
        batch = cells[start : start + BATCH_CELLS]
        with transaction.atomic():
            total += _batch(batch, range(first_year, today.year + 1), rng, today)
    return total


def _skip_fk_triggers() -> None:
    """On PostgreSQL, as a superuser, skip the foreign-key triggers for this session: the rows
    are consistent by construction, and checking 10 million of them costs minutes. Ordinary
    roles may not do this; then the checks simply run."""
    if connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET session_replication_role = replica")
    except Exception:  # noqa: BLE001, S110  # not a superuser: keep the checks
        pass


class _Ids:
    """Next primary keys per table, taken once (the generator is the only writer)."""

    def __init__(self) -> None:
        self.next: dict[type[models.Model], int] = {}

    def take(self, model: type[models.Model], count: int) -> int:
        if model not in self.next:
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {model._meta.db_table}")  # noqa: S608
                self.next[model] = cursor.fetchone()[0] + 1
        first = self.next[model]
        self.next[model] += count
        return first


def _batch(cells: list[Cell], years: range, rng: random.Random, today: dt.date) -> int:
    ids = _Ids()
    tz = timezone.get_current_timezone()
    members: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for pk, cell_id, status in (
        Member.objects.filter(cell__in=cells, status__in=Member.ACTIVE_STATUSES)
        .order_by("pk")
        .values_list("pk", "cell_id", "status")
    ):
        members[cell_id].append((pk, status))
    plans, topics, meetings, reports, tasks, owners, attendance = [], [], [], [], [], [], []
    for cell in cells:
        for year in years:
            plans.append(
                Plan(
                    cell_id=cell.pk,
                    year=year,
                    kind=Plan.Kind.THEMATIC,
                    status=Plan.Status.ISSUED,
                    title=f"Thực hiện sinh hoạt theo chuyên đề năm {year}",
                    place_name=cell.place_name,
                )
            )
    _write(Plan, plans, ids)
    keys = []
    for plan in plans:
        for quarter in range(1, 5):
            if rng.random() < 0.02:
                continue  # a plan that forgot a quarter
            topics.append(
                Topic(
                    plan_id=plan.pk,
                    quarter=quarter,
                    month=3 * quarter - 1,
                    order=quarter,
                    title=TOPICS[quarter - 1],
                    form="Báo cáo chuyên đề",
                )
            )
            keys.append((plan.cell_id, plan.year, quarter))
    _write(Topic, topics, ids)
    topic_of = {key: topic.pk for key, topic in zip(keys, topics, strict=True)}
    for cell in cells:
        roster = members[cell.pk]
        for year in years:
            for month in range(1, 13):
                if rng.random() < 0.03:
                    continue  # a month without a regular meeting
                day = dt.datetime(year, month, rng.randint(3, 7), 14, 0, tzinfo=tz)
                meetings.append(_meeting(cell, Meeting.Kind.REGULAR, day, rng, today, None))
            for quarter in range(1, 5):
                if rng.random() < 0.06:
                    continue  # a quarter without a thematic meeting
                month = 3 * quarter - rng.randint(0, 1)
                day = dt.datetime(year, month, rng.randint(15, 22), 8, 0, tzinfo=tz)
                meetings.append(_meeting(cell, Meeting.Kind.THEMATIC, day, rng, today,
                                         topic_of.get((cell.pk, year, quarter))))  # fmt: skip
    _write(Meeting, meetings, ids)
    by_cell = members
    for meeting in meetings:
        held = meeting.status in (Meeting.Status.CONCLUDED, Meeting.Status.CLOSED)
        roster = by_cell[meeting.cell_id]
        if held:
            for member_id, member_status in roster:
                attendance.append((meeting.pk, member_id, _pick(rng), member_status))
        thematic = meeting.kind == Meeting.Kind.THEMATIC
        if held and thematic:
            reports.append(_report(meeting, rng))
        if held and roster and (thematic or rng.random() < 0.33):
            for _ in range(2 if thematic else 1):
                tasks.append(_task(meeting, rng, today))
                owners.append(rng.choice(roster)[0])
    _write(MeetingReport, [r for r in reports if r is not None], ids)
    _write(Task, tasks, ids)
    through = Task.owners.through
    _write(
        through,
        [through(task_id=t.pk, member_id=m) for t, m in zip(tasks, owners, strict=True)],
        ids,
    )
    _write_attendance(attendance, ids)
    return len(meetings)


def _pick(rng: random.Random) -> str:
    roll = rng.random()
    for status, share in ATTENDANCE:
        if roll < share:
            return status
        roll -= share
    return "present"


def _meeting(cell: Cell, kind: str, starts: dt.datetime, rng: random.Random, today: dt.date,
             topic_id: int | None) -> Meeting:  # fmt: skip
    thematic = kind == Meeting.Kind.THEMATIC
    title = (
        "Sinh hoạt chuyên đề"
        if thematic
        else f"Sinh hoạt thường kỳ tháng {starts.month}/{starts.year}"
    )
    meeting = Meeting(cell=cell, kind=kind, title=title, starts_at=starts, place="Phòng họp nhà trường",
                      created_at=starts - dt.timedelta(days=20))  # fmt: skip
    if topic_id is not None:
        meeting.topic_id = topic_id  # type: ignore[attr-defined]
    required = max(1, cell.days_before_distribution)
    late = rng.random() < 0.08
    sent = starts - dt.timedelta(
        days=required - 1 if late else required + rng.randint(0, 3), hours=rng.randint(0, 6)
    )
    if starts.date() >= today:
        meeting.status = (
            Meeting.Status.DISTRIBUTED if sent.date() < today else Meeting.Status.PLANNED
        )
        if meeting.status == Meeting.Status.DISTRIBUTED:
            meeting.distributed_at = sent
        return meeting
    meeting.distributed_at = sent
    if late:
        meeting.late_distribution_reason = "Chi ủy duyệt dự thảo muộn"
    minutes = rng.randint(60, 89) if rng.random() < 0.05 else rng.randint(90, 150)
    meeting.actual_start, meeting.actual_end = starts, starts + dt.timedelta(minutes=minutes)
    meeting.minutes = "Biên bản buổi sinh hoạt."
    meeting.conclusion = "" if rng.random() < 0.02 else "Kết luận của Bí thư chi bộ."
    meeting.concluded_at = meeting.minutes_signed_at = meeting.actual_end
    closed = rng.random() < (0.85 if thematic else 0.7) and (today - starts.date()).days > 10
    meeting.status = Meeting.Status.CLOSED if closed else Meeting.Status.CONCLUDED
    meeting.closed_at = meeting.actual_end + dt.timedelta(days=5) if closed else None
    return meeting


def _report(meeting: Meeting, rng: random.Random) -> MeetingReport | None:
    roll = rng.random()
    if roll < 0.08:
        return None
    days = rng.randint(8, 15) if roll < 0.15 else rng.randint(1, 6)
    return MeetingReport(meeting=meeting, text="Báo cáo kết quả sinh hoạt chuyên đề.",
                         submitted_at=meeting.starts_at + dt.timedelta(days=days))  # fmt: skip


def _task(meeting: Meeting, rng: random.Random, today: dt.date) -> Task:
    deadline = meeting.starts_at.date() + dt.timedelta(days=rng.randint(20, 60))
    status = Task.Status.OPEN
    done_at = None
    if deadline < today and rng.random() < 0.9 or deadline >= today and rng.random() < 0.3:
        status, done_at = (
            Task.Status.DONE,
            meeting.starts_at + dt.timedelta(days=rng.randint(5, 19)),
        )
    return Task(cell_id=meeting.cell_id, meeting=meeting, title="Triển khai nội dung kết luận của chi bộ",
                deadline=deadline, status=status, done_at=done_at, created_at=meeting.starts_at)  # fmt: skip


# -- writing ----------------------------------------------------------------------------------


def _write(model: type[models.Model], objs: Sequence[models.Model], ids: _Ids) -> None:
    if not objs:
        return
    first = ids.take(model, len(objs))
    for offset, obj in enumerate(objs):
        obj.pk = first + offset
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objs, batch_size=2000)  # type: ignore[attr-defined]
        return
    fields = list(model._meta.concrete_fields)
    now = timezone.now()
    columns = ", ".join(connection.ops.quote_name(str(f.column)) for f in fields)
    with (
        connection.cursor() as cursor,
        cursor.copy(f"COPY {model._meta.db_table} ({columns}) FROM STDIN") as copy,
    ):  # type: ignore[attr-defined]
        for obj in objs:
            copy.write_row([_value(f, obj, now) for f in fields])
    _move_sequence(model)


def _value(field: models.Field, obj: models.Model, now: dt.datetime) -> Any:
    value = getattr(obj, field.attname)
    if value is None and (
        getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ):
        return now
    if value is None and field.has_default() and not field.null:
        value = field.get_default()
    if isinstance(field, models.JSONField):
        from psycopg.types.json import Jsonb

        return Jsonb(value)
    return value


def _move_sequence(model: type[models.Model]) -> None:
    table = model._meta.db_table
    with connection.cursor() as cursor:
        sql = (
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"  # noqa: S608
        )
        cursor.execute(sql)


def _write_attendance(rows: list[tuple[int, int, str, str]], ids: _Ids) -> None:
    """The biggest table (members × meetings): plain text COPY, no model instances."""
    if not rows:
        return
    first = ids.take(Attendance, len(rows))
    if connection.vendor != "postgresql":
        Attendance.objects.bulk_create(
            [Attendance(pk=first + i, meeting_id=m, member_id=p, status=s, member_status=ms)
             for i, (m, p, s, ms) in enumerate(rows)], batch_size=5000)  # fmt: skip
        return
    buffer = io.StringIO()
    for i, (meeting_id, member_id, status, member_status) in enumerate(rows):
        buffer.write(f"{first + i}\t{meeting_id}\t{member_id}\t{status}\t\t{member_status}\n")
    table = Attendance._meta.db_table
    with (
        connection.cursor() as cursor,
        cursor.copy(  # type: ignore[attr-defined]
            f"COPY {table} (id, meeting_id, member_id, status, reason, member_status) FROM STDIN"
        ) as copy,
    ):
        copy.write(buffer.getvalue())
    _move_sequence(Attendance)
