"""A meeting on its day with the roll call taken: two official members and one probationary
member present (plus the Bí thư, who chairs)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from chibo.conftest import make_member, make_user
from chibo.meetings.models import Attendance, Meeting
from chibo.meetings.tests.helpers import distributed, make_meeting
from chibo.members.models import Member


def room_meeting(world: Any, *, roll_call: bool = True, draft: str = "") -> Meeting:
    if draft:
        meeting = make_meeting(world, days_ahead=0)
        meeting.assign_preparers([world.secretary], by=world.secretary.user)
        meeting.save_draft(by=world.secretary.user, text=draft)
        meeting.submit_draft(by=world.secretary.user)
        meeting.approve_draft(by=world.secretary.user)
        meeting.distribute(by=world.secretary.user, at=meeting.starts_at - dt.timedelta(days=5))
    else:
        meeting = distributed(world, days_ahead=0)
    if not Member.objects.filter(cell=world.cell, full_name="Trần Văn Bình").exists():
        make_member(world.cell, "Trần Văn Bình", gender="male", user=make_user("dangvien2"))
        make_member(
            world.cell, "Lê Thị Cúc", status=Member.Status.PROBATIONARY, user=make_user("dubi")
        )
    if roll_call:
        for member in world.cell.members.current():
            meeting.record_attendance(member, Attendance.Status.PRESENT, by=world.secretary.user)
    return meeting


def member_named(world: Any, name: str) -> Member:
    return Member.objects.get(cell=world.cell, full_name=name)


def voting_meeting(world: Any) -> Meeting:
    """The room meeting with a vote open for phones."""
    from chibo.room.models import Ballot

    meeting = room_meeting(world)
    Ballot.open(meeting, by=world.secretary.user, subject="Thông qua kế hoạch")
    return meeting
