"""The records the rules read, loaded for many cells at once with a fixed number of queries.

`load(cells, year=, today=)` runs the same ten queries whether it is given 3 cells or 3,000:
every fact is fetched with `cell_id IN (...)` and aggregated in SQL or in one pass in Python.
The adapters to the other apps' models (meetings, plans, members) live here and nowhere else.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q
from django.utils import timezone

from chibo.admissions.models import Candidate
from chibo.admissions.models.records import TIMED
from chibo.inspections.models import overdue_cases_for
from chibo.meetings.models import Attendance, Contribution, Meeting, Task
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.organizations.settings import params_for_cells
from chibo.plans.models import Plan
from chibo.rules.settings import Params

HELD = (Meeting.Status.HELD, Meeting.Status.CONCLUDED, Meeting.Status.CLOSED)
CONCLUDED = (Meeting.Status.CONCLUDED, Meeting.Status.CLOSED)
NOT_HAPPENING = (Meeting.Status.CANCELLED,)
PRESENT = tuple(Attendance.PRESENT_STATUSES)


def year_bounds(year: int) -> tuple[dt.datetime, dt.datetime]:
    tz = timezone.get_current_timezone()
    return dt.datetime(year, 1, 1, tzinfo=tz), dt.datetime(year + 1, 1, 1, tzinfo=tz)


def quarter_bounds(year: int, quarter: int) -> tuple[dt.datetime, dt.datetime]:
    tz = timezone.get_current_timezone()
    start = dt.datetime(year, 3 * quarter - 2, 1, tzinfo=tz)
    end = (
        dt.datetime(year + 1, 1, 1, tzinfo=tz)
        if quarter == 4
        else dt.datetime(year, 3 * quarter + 1, 1, tzinfo=tz)
    )
    return start, end


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _local_date(value: dt.datetime | None) -> dt.date | None:
    return timezone.localtime(value).date() if value else None


def _meeting_has_topic() -> bool:
    return any(f.name == "topic" for f in Meeting._meta.get_fields())


@dataclass
class MeetingFact:
    pk: int
    cell_id: int
    kind: str
    status: str
    title: str
    starts_at: dt.datetime
    day: dt.date
    distributed_on: dt.date | None
    late_reason: str
    duration: int | None
    combined: bool
    has_minutes: bool
    has_conclusion: bool
    minutes_signed: bool
    approved: bool
    concluded_on: dt.date | None
    report_on: dt.date | None
    plan_days: int | None
    present: int = 0
    excused: int = 0
    absent: int = 0
    summoned: int = 0
    speakers: int = 0
    tasks: int = 0
    tasks_done: int = 0
    quality_total: int | None = None
    quality_level: str = ""

    @property
    def held(self) -> bool:
        return self.status in HELD

    @property
    def status_label(self) -> str:
        return str(Meeting.Status(self.status).label)

    @property
    def concluded(self) -> bool:
        return self.status in CONCLUDED

    @property
    def thematic(self) -> bool:
        return self.kind == Meeting.Kind.THEMATIC

    @property
    def quarter(self) -> int:
        return quarter_of(self.day)

    @property
    def attendance_rate(self) -> float | None:
        return 100 * self.present / self.summoned if self.summoned else None


@dataclass
class TaskFact:
    pk: int
    cell_id: int
    meeting_id: int | None
    title: str
    deadline: dt.date
    status: str
    owners: int

    @property
    def unfinished(self) -> bool:
        return self.status in Task.UNFINISHED


@dataclass
class Absence:
    """One member's attendance at one held meeting, in date order (kept only for members
    who missed at least one meeting of the year)."""

    member_id: int
    name: str
    day: dt.date
    present: bool


@dataclass
class AdmissionFact:
    """An admission file with a deadline running (chibo.admissions.deadlines reads it)."""

    pk: int
    name: str
    stage: str
    since: dt.date | None
    rule_set: str


@dataclass
class InspectionFact:
    """An inspection or supervision case still open after its due date."""

    pk: int
    title: str
    subject: str
    due: dt.date
    planned: bool  # from the cell's programme (else opened ad hoc)


@dataclass
class CellFacts:
    cell: Cell
    year: int
    today: dt.date
    params: Params
    meetings: list[MeetingFact] = field(default_factory=list)
    tasks: list[TaskFact] = field(default_factory=list)
    probationers: list[Member] = field(default_factory=list)
    plan_quarters: set[int] | None = None  # None: no issued thematic plan for the year
    plan_id: int | None = None
    attendance: dict[int, list[Absence]] = field(default_factory=dict)
    admissions: list[AdmissionFact] = field(default_factory=list)
    overdue_inspections: list[InspectionFact] = field(default_factory=list)

    def held(self, kind: str | None = None) -> list[MeetingFact]:
        return [m for m in self.meetings if m.held and (kind is None or m.kind == kind)]

    def attendance_rate(self) -> float | None:
        present = sum(m.present for m in self.meetings if m.held)
        summoned = sum(m.summoned for m in self.meetings if m.held)
        return 100 * present / summoned if summoned else None


def load(cells: list[Cell], *, year: int, today: dt.date | None = None) -> dict[int, CellFacts]:
    """Facts for every cell of `cells` (which should carry their committee path)."""
    today = today or timezone.localdate()
    # No cell still runs every query (IN (0) matches nothing): the count never depends on data.
    ids = [c.pk for c in cells] or [0]
    params = params_for_cells(cells)
    facts = {c.pk: CellFacts(cell=c, year=year, today=today, params=params[c.pk]) for c in cells}
    start, end = year_bounds(year)
    in_year = Q(meeting__cell_id__in=ids, meeting__starts_at__gte=start, meeting__starts_at__lt=end)

    meetings = _meetings(ids, start, end)
    for m in meetings.values():
        facts[m.cell_id].meetings.append(m)
    held_rows = Attendance.objects.filter(in_year, meeting__status__in=HELD)
    for count in held_rows.values("meeting_id", "status").annotate(n=Count("pk")).order_by():
        meeting = meetings[count["meeting_id"]]
        meeting.summoned += count["n"]
        meeting.present += count["n"] if count["status"] in PRESENT else 0
        meeting.excused += count["n"] if count["status"] == Attendance.Status.EXCUSED else 0
        meeting.absent += count["n"] if count["status"] == Attendance.Status.ABSENT else 0
    # Only absences are fetched row by row (a few per meeting); presence is the rest.
    absences: dict[int, dict[int, tuple[str, set[int]]]] = defaultdict(dict)
    for row in held_rows.exclude(status__in=PRESENT).values(
        "meeting_id", "member_id", "member__full_name"
    ):
        cell_id = meetings[row["meeting_id"]].cell_id
        entry = absences[cell_id].setdefault(row["member_id"], (row["member__full_name"], set()))
        entry[1].add(row["meeting_id"])
    for speakers in (
        Contribution.objects.filter(in_year)
        .values("meeting_id")
        .annotate(n=Count("speaker", distinct=True))
    ):
        meetings[speakers["meeting_id"]].speakers = speakers["n"]
    for task in _tasks(ids, year, start, end):
        facts[task.cell_id].tasks.append(task)
        if task.meeting_id in meetings:
            meetings[task.meeting_id].tasks += 1
            meetings[task.meeting_id].tasks_done += task.status == Task.Status.DONE
    for member in (
        Member.objects.filter(cell_id__in=ids, status=Member.Status.PROBATIONARY)
        .only("pk", "cell_id", "full_name", "admission_date", "status")
        .order_by("admission_date", "pk")
    ):
        facts[member.cell_id].probationers.append(member)
    for topic in (
        Plan.objects.issued()
        .filter(cell_id__in=ids, year=year, kind=Plan.Kind.THEMATIC)
        .values("cell_id", "pk", "topics__quarter")
    ):
        cell_facts = facts[topic["cell_id"]]
        cell_facts.plan_id = cell_facts.plan_id or topic["pk"]
        cell_facts.plan_quarters = cell_facts.plan_quarters or set()
        if topic["topics__quarter"]:
            cell_facts.plan_quarters.add(topic["topics__quarter"])
    _quality(meetings, in_year)
    _admissions(ids, facts)
    for case in overdue_cases_for(ids, today):  # one query
        facts[case.cell_id].overdue_inspections.append(
            InspectionFact(
                case.pk, case.title, case.subject_text, case.due_on, case.item_id is not None
            )
        )
    for cell_id, members in absences.items():
        held = facts[cell_id].held()
        facts[cell_id].attendance = {
            member_id: [Absence(member_id, name, m.day, m.pk not in missed) for m in held]
            for member_id, (name, missed) in members.items()
        }
    return facts


def _meetings(ids: list[int], start: dt.datetime, end: dt.datetime) -> dict[int, MeetingFact]:
    names = ["pk", "cell_id", "kind", "status", "title", "starts_at", "distributed_at",
             "late_distribution_reason", "actual_start", "actual_end", "combined_with_id", "minutes",
             "conclusion", "minutes_signed_at", "approved_version_id", "concluded_at", "report__submitted_at"]  # fmt: skip
    if _meeting_has_topic():
        names.append("topic__plan__days_before_distribution")
    rows = (
        Meeting.objects.filter(cell_id__in=ids, starts_at__gte=start, starts_at__lt=end)
        .exclude(status__in=NOT_HAPPENING)
        .order_by("starts_at", "pk")
        .values(*names)
    )
    result: dict[int, MeetingFact] = {}
    for r in rows:
        duration = None
        if r["actual_start"] and r["actual_end"]:
            duration = int((r["actual_end"] - r["actual_start"]).total_seconds() // 60)
        day = _local_date(r["starts_at"])
        assert day is not None
        result[r["pk"]] = MeetingFact(
            pk=r["pk"], cell_id=r["cell_id"], kind=r["kind"], status=r["status"], title=r["title"],
            starts_at=r["starts_at"], day=day, distributed_on=_local_date(r["distributed_at"]),
            late_reason=r["late_distribution_reason"], duration=duration, combined=bool(r["combined_with_id"]),
            has_minutes=bool(r["minutes"].strip()), has_conclusion=bool(r["conclusion"].strip()),
            minutes_signed=bool(r["minutes_signed_at"]), approved=bool(r["approved_version_id"]),
            concluded_on=_local_date(r["concluded_at"]), report_on=_local_date(r["report__submitted_at"]),
            plan_days=r.get("topic__plan__days_before_distribution"),
        )  # fmt: skip
    return result


def _tasks(ids: list[int], year: int, start: dt.datetime, end: dt.datetime) -> list[TaskFact]:
    rows = (
        Task.objects.filter(cell_id__in=ids)
        .filter(
            Q(status__in=Task.UNFINISHED)
            | Q(deadline__year=year)
            | Q(meeting__starts_at__gte=start, meeting__starts_at__lt=end)
        )
        .annotate(owner_count=Count("owners"))
        .order_by("deadline", "pk")
        .values("pk", "cell_id", "meeting_id", "title", "deadline", "status", "owner_count")
    )
    return [TaskFact(r["pk"], r["cell_id"], r["meeting_id"], r["title"], r["deadline"], r["status"], r["owner_count"])
            for r in rows]  # fmt: skip


def _quality(meetings: dict[int, MeetingFact], in_year: Q) -> None:
    from .models import QualityAssessment

    for row in QualityAssessment.objects.filter(in_year).values("meeting_id", "total", "level"):
        if row["meeting_id"] in meetings:
            meetings[row["meeting_id"]].quality_total = row["total"]
            meetings[row["meeting_id"]].quality_level = row["level"]


def _admissions(ids: list[int], facts: dict[int, CellFacts]) -> None:
    rows = (
        Candidate.objects.filter(cell_id__in=ids, stage__in=TIMED)
        # Recognised, removed or transferred from the register's own page: no deadline runs.
        .exclude(Q(member__isnull=False) & ~Q(member__status=Member.Status.PROBATIONARY))
        .order_by("stage_since", "pk")
        .values("pk", "cell_id", "full_name", "stage", "stage_since", "rule_set")
    )
    for r in rows:
        facts[r["cell_id"]].admissions.append(
            AdmissionFact(r["pk"], r["full_name"], r["stage"], r["stage_since"], r["rule_set"])
        )


def previous_regular(facts: CellFacts, meeting: MeetingFact) -> MeetingFact | None:
    """The last held regular meeting before `meeting` (its tasks are "last month's results")."""
    earlier = [m for m in facts.held(Meeting.Kind.REGULAR) if m.starts_at < meeting.starts_at]
    return earlier[-1] if earlier else None


def group_by_cell(items: list[Any]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for item in items:
        grouped[item.cell.pk].append(item)
    return grouped
