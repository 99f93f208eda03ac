"""Probationary members and the cell's recognition votes, for the recognition tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from chibo.conftest import World, make_member
from chibo.meetings.models import Vote
from chibo.meetings.tests.helpers import distributed, roll_call
from chibo.members.models import Member


def probationer(world: World, *, days_ago: int = 400, name: str = "Mai Thị Phương") -> Member:
    """A probationary member admitted `days_ago` days ago (400: probation ended ~35 days ago)."""
    admitted = timezone.localdate() - dt.timedelta(days=days_ago)
    return make_member(world.cell, name, status=Member.Status.PROBATIONARY, admission_date=admitted)


def recognition_vote(world: World, member: Member, *, votes_for: int, votes_against: int = 0,
                     days_ago: int = 10, hold: bool = True) -> Vote:  # fmt: skip
    """The cell votes on recognising `member` at a meeting `days_ago` days ago, then the meeting
    is recorded as held (unless `hold` is False)."""
    meeting = distributed(world, days_ahead=-days_ago)
    roll_call(world, meeting)
    vote = Vote.record_recognition(meeting, by=world.secretary.user, member=member,
                                   votes_for=votes_for, votes_against=votes_against)  # fmt: skip
    if hold:
        start = meeting.starts_at
        meeting.hold(by=world.secretary.user, actual_start=start,
                     actual_end=start + dt.timedelta(minutes=120))  # fmt: skip
    return vote


def recognisable(world: World) -> Member:
    """A probationary member whose probation has ended and whose cell voted for recognition
    (2 of the world's 2 official members): only the superior's decision is missing."""
    member = probationer(world)
    recognition_vote(world, member, votes_for=2)
    return member


def decision(member: Member, **extra: Any) -> dict[str, Any]:
    """Keyword arguments of a recognition that passes, as the verb takes them."""
    assert member.probation_ends is not None
    return {"on": member.probation_ends, "decision_number": "125-QĐ/ĐU",
            "decision_date": timezone.localdate(), **extra}  # fmt: skip


def recognition_payload(world: World) -> dict[str, str]:
    """The JSON body (or form data) recognising the cell's probationary member."""
    member = Member.objects.get(cell=world.cell, status=Member.Status.PROBATIONARY)
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in decision(member).items()}
