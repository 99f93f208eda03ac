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
from chibo.members.models import EDITOR_ROLES, Member

from .services import absolute_url, notify

SOON_DAYS = 2  # drafts, reviews and distribution: warn two days ahead
TASK_SOON_DAYS = 3
HORIZON_DAYS = 60  # no cell asks for documents two months ahead
ADMISSION_SOON_DAYS = 7
CERTIFICATE_SOON_DAYS = 30


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
    for meeting in meetings:
        url = reverse("meetings:detail", args=[meeting.pk])
        day = meeting.meeting_day
        name = f"“{meeting.title}”"
        waiting = meeting.status in (Meeting.Status.PLANNED, Meeting.Status.PREPARING)
        if waiting and meeting.draft_due and meeting.draft_due <= soon:
            late = "đã quá hạn" if meeting.draft_due < today else "hạn"
            text = f"Nộp dự thảo {name}: {late} ngày {short_date(meeting.draft_due)}"
            _add(
                found, meeting.preparers.all(), Reminder(meeting.draft_due, "draft.due", text, url)
            )
        in_review = meeting.status == Meeting.Status.REVIEW
        if in_review and meeting.review_due and meeting.review_due <= soon:
            late = "đã quá hạn" if meeting.review_due < today else "hạn"
            text = f"Chi ủy cho ý kiến dự thảo {name}: {late} ngày {short_date(meeting.review_due)}"
            _add(found, editors[meeting.cell_id],
                 Reminder(meeting.review_due, "review.due", text, url))  # fmt: skip
        deadline = meeting.distribution_deadline
        if meeting.distributed_at is None and day > today and deadline <= soon:
            late = "đã quá hạn, " if deadline < today else ""
            text = (f"Gửi tài liệu {name} cho đảng viên: {late}chậm nhất ngày {short_date(deadline)} "
                    f"(trước buổi sinh hoạt {meeting.required_days_before:02d} ngày)")  # fmt: skip
            _add(found, editors[meeting.cell_id], Reminder(deadline, "distribution.due", text, url))
        if day == today + dt.timedelta(days=1):
            at = timezone.localtime(meeting.starts_at)
            where = f" tại {meeting.place}" if meeting.place else ""
            text = f"Ngày mai sinh hoạt chi bộ lúc {at:%H:%M}{where}: {meeting.title}"
            _add(found, everyone[meeting.cell_id], Reminder(day, "meeting.tomorrow", text, url))


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
        url = reverse("meetings:task", args=[task.pk])
        if task.deadline < today:
            kind, text = (
                "task.overdue",
                f"Nhiệm vụ quá hạn từ ngày {short_date(task.deadline)}: {task.title}",
            )
        else:
            kind, text = (
                "task.due_soon",
                f"Nhiệm vụ đến hạn ngày {short_date(task.deadline)}: {task.title}",
            )
        _add(found, task.owners.all(), Reminder(task.deadline, kind, text, url))


def _admission_reminders(today: dt.date, found: dict[Member, set[Reminder]]) -> None:
    """Two queries: the files with a deadline running (or a certificate about to expire), and
    their cells' chi ủy."""
    from django.db.models import Q

    from chibo.admissions.deadlines import due_for
    from chibo.admissions.models import Candidate
    from chibo.admissions.models.records import BEFORE_VOTE, TIMED
    from chibo.rules import admission as admission_rules
    from chibo.rules.organization import add_months

    months = admission_rules.rule_set(admission_rules.DEFAULT_RULE_SET).certificate_months
    expiring = add_months(today + dt.timedelta(days=CERTIFICATE_SOON_DAYS), -months)
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
        url = reverse("admissions:detail", args=[candidate.pk])
        if candidate.stage in BEFORE_VOTE and candidate.certificate_date:
            ends = add_months(candidate.certificate_date, months)
            text = (f"Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng của quần chúng {candidate.full_name} "
                    f"hết hiệu lực ngày {short_date(ends)}")  # fmt: skip
            _add(
                found,
                editors[candidate.cell_id],
                Reminder(ends, "admission.certificate", text, url),
            )
            continue
        due = due_for(
            stage=candidate.effective_stage,
            since=candidate.stage_since,
            rule_set=candidate.rule_set,
        )
        if due is not None and due.due <= soon:
            _add(found, editors[candidate.cell_id],
                 Reminder(due.due, "admission.due", due.text(candidate.full_name, today), url))  # fmt: skip


def _add(found: dict[Member, set[Reminder]], members: Iterable[Member], reminder: Reminder) -> None:
    for member in members:
        found[member].add(reminder)
