"""What a meeting or a task asks of people, and by when: one computation, read by the daily
reminder digest (chibo.notifications.reminders) and by "Việc hôm nay" (chibo.meetings.today).

`soon` bounds how far ahead a deadline is reported (the digest warns two days ahead); None
reports every deadline still running, however far (the home page lists all work waiting).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

from chibo.lib.vietnamese import short_date

from .models import Meeting, Task


@dataclass(frozen=True)
class Due:
    day: dt.date
    kind: str  # draft.due, review.due, distribution.due, meeting.tomorrow, task.overdue, task.due_soon
    text: str
    url: str
    audience: str  # "preparers", "editors", "everyone", "owners"


def meeting_dues(meeting: Meeting, today: dt.date, *, soon: dt.date | None) -> list[Due]:
    """The deadlines running on an open meeting. Needs `attach_params` for a list of meetings."""
    out: list[Due] = []
    url = reverse("meetings:detail", args=[meeting.pk])
    day = meeting.meeting_day
    name = f"“{meeting.title}”"

    def near(deadline: dt.date) -> bool:
        return soon is None or deadline <= soon

    waiting = meeting.status in (Meeting.Status.PLANNED, Meeting.Status.PREPARING)
    if waiting and meeting.draft_due and near(meeting.draft_due):
        late = "đã quá hạn" if meeting.draft_due < today else "hạn"
        text = f"Nộp dự thảo {name}: {late} ngày {short_date(meeting.draft_due)}"
        draft_url = reverse("meetings:draft", args=[meeting.pk])
        out.append(Due(meeting.draft_due, "draft.due", text, draft_url, "preparers"))
    in_review = meeting.status == Meeting.Status.REVIEW
    if in_review and meeting.review_due and near(meeting.review_due):
        late = "đã quá hạn" if meeting.review_due < today else "hạn"
        text = f"Chi ủy cho ý kiến dự thảo {name}: {late} ngày {short_date(meeting.review_due)}"
        out.append(Due(meeting.review_due, "review.due", text, url, "editors"))
    deadline = meeting.distribution_deadline
    still_open = meeting.status in Meeting.OPEN_STATUSES
    if still_open and meeting.distributed_at is None and day > today and near(deadline):
        late = "đã quá hạn, " if deadline < today else ""
        text = (f"Gửi tài liệu {name} cho đảng viên: {late}chậm nhất ngày {short_date(deadline)} "
                f"(trước buổi sinh hoạt {meeting.required_days_before:02d} ngày)")  # fmt: skip
        out.append(Due(deadline, "distribution.due", text, url, "editors"))
    if day == today + dt.timedelta(days=1):
        at = timezone.localtime(meeting.starts_at)
        where = f" tại {meeting.place}" if meeting.place else ""
        text = f"Ngày mai sinh hoạt chi bộ lúc {at:%H:%M}{where}: {meeting.title}"
        out.append(Due(day, "meeting.tomorrow", text, url, "everyone"))
    return out


def task_due(task: Task, today: dt.date) -> Due:
    """An unfinished task's deadline, overdue or not."""
    url = reverse("meetings:task", args=[task.pk])
    if task.deadline < today:
        text = f"Nhiệm vụ quá hạn từ ngày {short_date(task.deadline)}: {task.title}"
        return Due(task.deadline, "task.overdue", text, url, "owners")
    text = f"Nhiệm vụ đến hạn ngày {short_date(task.deadline)}: {task.title}"
    return Due(task.deadline, "task.due_soon", text, url, "owners")
