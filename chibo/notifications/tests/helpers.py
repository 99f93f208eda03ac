"""Plain test helpers: meetings and tasks put straight into the tables, at exact dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from chibo.meetings.models import Meeting, Task
from chibo.members.models import Member


def local(day: dt.date, hour: int = 8, minute: int = 0) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


def add_meeting(cell: Any, day: dt.date, *, preparers: list[Member] | None = None,
                **fields: Any) -> Meeting:  # fmt: skip
    values: dict[str, Any] = {"title": "Sinh hoạt chi bộ tháng", "starts_at": local(day),
                              "place": "Phòng họp nhà trường"}  # fmt: skip
    values.update(fields)
    meeting = Meeting.objects.create(cell=cell, **values)
    if preparers:
        meeting.preparers.set(preparers)
    return meeting


def add_task(cell: Any, owners: list[Member], deadline: dt.date, **fields: Any) -> Task:
    task = Task.objects.create(cell=cell, title=fields.pop("title", "Rà soát hồ sơ chuyên môn"),
                               deadline=deadline, **fields)  # fmt: skip
    task.owners.set(owners)
    return task
