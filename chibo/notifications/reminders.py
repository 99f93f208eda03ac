"""The daily reminder digest: what each person has to do soon, in ONE notice a day.

Rules (days are local calendar days, Asia/Ho_Chi_Minh):
- draft.due: a preparer's draft due within 2 days (or already late) while still being prepared;
- review.due: the chi ủy's review due within 2 days while the draft waits for it;
- distribution.due: documents not yet sent, from 2 days before the last day to send them:
  the meeting day minus N, N = max(1, the cell's days, the plan's days) (HD 42; seed 000 §III);
- meeting.tomorrow: every current member of the cell, the day before the meeting;
- task.due_soon / task.overdue: owners of unfinished tasks due within 3 days or already late;
- admission.due: the chi ủy, for an admission file whose deadline (the superior's decision in 60
  working days, the ceremony in 30, recognition in 30 after probation) is within 7 days or past,
  or whose awareness-course certificate expires within 30 days before the cell has voted.

Idempotent per day: the digest's dedupe key is "digest:<user>:<date>" ("digest:m<member>:<date>"
for a member without a login), so running twice on one day sends nothing new.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

from chibo.lib.vietnamese import short_date
from chibo.meetings.due import meeting_dues, task_due
from chibo.members.models import EDITOR_ROLES, Member

from .services import absolute_url, notify

SOON_DAYS = 2  # drafts, reviews and distribution: warn two days ahead
TASK_SOON_DAYS = 3
HORIZON_DAYS = 60  # no cell asks for documents two months ahead
ADMISSION_SOON_DAYS = 7


@dataclass(frozen=True, order=True)
class Reminder:
    due: dt.date
    kind: str
    text: str
    url: str


def collect(today: dt.date) -> dict[Member, list[Reminder]]:
    """Every active member's reminders for `today`, most urgent first. A handful of queries."""
    found: dict[Member, set[Reminder]] = defaultdict(set)
    _meeting_reminders(today, found)
    _task_reminders(today, found)
    _admission_reminders(today, found)
    return {member: sorted(items) for member, items in found.items()}


def send_digests(today: dt.date) -> int:
    """Send today's digests; returns how many new in-app digests were made."""
    told = 0
    for member, items in sorted(collect(today).items(), key=lambda pair: pair[0].pk):
        who = member.user_id if member.user_id else f"m{member.pk}"
        count = notify(
            recipients=[member],
            kind="reminder.digest",
            title=f"Nhắc việc ngày {short_date(today)}: {len(items)} việc cần lưu ý",
            body="\n".join(f"- {r.text}\n  {absolute_url(r.url)}" for r in items),
            url=items[0].url,
            cell=member.cell,
            dedupe_key=f"digest:{who}:{today.isoformat()}",
        )
        told += count
    return told


def _meeting_reminders(today: dt.date, found: dict[Member, set[Reminder]]) -> None:
    from chibo.meetings.models import Meeting

    start = timezone.make_aware(dt.datetime.combine(today, dt.time.min))
    active = Member.objects.current().select_related("cell")
    meetings = list(
        Meeting.objects.filter(
            status__in=Meeting.OPEN_STATUSES,
            starts_at__gte=start,
            starts_at__lt=start + dt.timedelta(days=HORIZON_DAYS),
        )
        .select_related("cell", "topic__plan")
        .prefetch_related(Prefetch("preparers", queryset=active))
    )
    if not meetings:
        return
    Meeting.attach_params(meetings)  # the committees' days ahead, one query for all cells
    people = list(active.filter(cell_id__in={m.cell_id for m in meetings}))
    editors: dict[int, list[Member]] = defaultdict(list)
    everyone: dict[int, list[Member]] = defaultdict(list)
    for person in people:
        everyone[person.cell_id].append(person)
        if person.role in EDITOR_ROLES:
            editors[person.cell_id].append(person)
    soon = today + dt.timedelta(days=SOON_DAYS)
    audiences = {"editors": editors, "everyone": everyone}
    for meeting in meetings:
        for due in meeting_dues(meeting, today, soon=soon):
            told: Iterable[Member] = (
                meeting.preparers.all()
                if due.audience == "preparers"
                else audiences[due.audience][meeting.cell_id]
            )
            _add(found, told, Reminder(due.day, due.kind, due.text, due.url))


def _task_reminders(today: dt.date, found: dict[Member, set[Reminder]]) -> None:
    from chibo.meetings.models import Task

    last = today + dt.timedelta(days=TASK_SOON_DAYS)
    owners = Member.objects.current().select_related("cell")
    tasks = (
        Task.objects.unfinished()
        .filter(deadline__lte=last)
        .prefetch_related(Prefetch("owners", queryset=owners))
    )
    for task in tasks:
        due = task_due(task, today)
        _add(found, task.owners.all(), Reminder(due.day, due.kind, due.text, due.url))


def _admission_reminders(today: dt.date, found: dict[Member, set[Reminder]]) -> None:
    """Two queries: the files with a deadline running (or a certificate about to expire), and
    their cells' chi ủy."""
    from django.db.models import Q

    from chibo.admissions.deadlines import certificate_expiring_before, file_due
    from chibo.admissions.models import Candidate
    from chibo.admissions.models.records import BEFORE_VOTE, TIMED

    expiring = certificate_expiring_before(today)
    files = list(
        Candidate.objects.filter(Q(stage__in=TIMED) | Q(stage__in=BEFORE_VOTE, certificate_date__lte=expiring))
        .select_related("member")
    )  # fmt: skip
    if not files:
        return
    editors: dict[int, list[Member]] = defaultdict(list)
    for person in Member.objects.current().filter(
        cell_id__in={c.cell_id for c in files}, role__in=EDITOR_ROLES
    ):
        editors[person.cell_id].append(person)
    soon = today + dt.timedelta(days=ADMISSION_SOON_DAYS)
    for candidate in files:
        due = file_due(candidate, today)
        if due is None or (due.kind == "admission.due" and due.day > soon):
            continue
        url = reverse("admissions:detail", args=[candidate.pk])
        _add(found, editors[candidate.cell_id], Reminder(due.day, due.kind, due.text, url))


def _add(found: dict[Member, set[Reminder]], members: Iterable[Member], reminder: Reminder) -> None:
    for member in members:
        found[member].add(reminder)
