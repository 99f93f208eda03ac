"""Hand-made records for the rule and dashboard tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from chibo.meetings.models import Attendance, Meeting, MeetingReport, Task
from chibo.members.models import Member
from chibo.organizations.models import Cell


def at(text: str) -> dt.datetime:
    """'2026-03-03 08:00' in the project's time zone."""
    return timezone.make_aware(dt.datetime.strptime(text, "%Y-%m-%d %H:%M"))


def make_meeting(cell: Cell, starts: str, *, kind: str = "regular", status: str = "held", minutes: int | None = 120,
                 distributed: str | None = "auto", **extra: Any) -> Meeting:  # fmt: skip
    start = at(starts)
    fields: dict[str, Any] = {
        "title": "Sinh hoạt " + kind,
        "minutes": "Biên bản",
        "conclusion": "Kết luận",
    }
    if status in ("held", "concluded", "closed") and minutes is not None:
        fields.update(actual_start=start, actual_end=start + dt.timedelta(minutes=minutes))
    if distributed == "auto":
        fields["distributed_at"] = start - dt.timedelta(days=5)
    elif distributed:
        fields["distributed_at"] = at(distributed)
    fields.update(extra)
    return Meeting.objects.create(cell=cell, kind=kind, status=status, starts_at=start, **fields)


def attend(meeting: Meeting, members: list[Member], statuses: list[str]) -> None:
    Attendance.objects.bulk_create([
        Attendance(meeting=meeting, member=m, status=s, member_status=m.status) for m, s in zip(members, statuses, strict=True)
    ])  # fmt: skip


def make_task(cell: Cell, deadline: dt.date, *, owners: list[Member] = (), status: str = "open",  # type: ignore[assignment]
              meeting: Meeting | None = None) -> Task:  # fmt: skip
    task = Task.objects.create(
        cell=cell, meeting=meeting, title="Nhiệm vụ mẫu", deadline=deadline, status=status
    )
    task.owners.set(owners)
    return task


def report(meeting: Meeting, submitted: str | None) -> MeetingReport:
    return MeetingReport.objects.create(
        meeting=meeting, submitted_at=at(submitted) if submitted else None
    )
