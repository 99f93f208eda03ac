"""Plain helpers that walk an admission file through its steps for tests. Dates count back from
today: `ago(400)` is 400 days ago."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from chibo.admissions.models import Candidate, Sponsor
from chibo.conftest import World
from chibo.meetings.models import Meeting
from chibo.meetings.tests.helpers import distributed, roll_call
from chibo.rules import admission as rules


def ago(days: int) -> dt.date:
    return timezone.localdate() - dt.timedelta(days=days)


def make_candidate(world: World, name: str = "Lê Thị Thu Hằng", **extra: Any) -> Candidate:
    fields: dict[str, Any] = {
        "full_name": name, "gender": "female", "birth_date": dt.date(1990, 4, 12), "job": "Giáo viên",
        "education": rules.UPPER_SECONDARY, "qualification": "university", "proposed_by": "Công đoàn trường",
        "helper": world.secretary, "listed_on": ago(500),
    }  # fmt: skip
    fields.update(extra)
    return Candidate.add(cell=world.cell, by=world.secretary.user, **fields)


def with_file(world: World, candidate: Candidate | None = None, *, start: int = 480) -> Candidate:
    """Certificate, letter, life history, background check, two sponsors, comments: everything
    the chi ủy checks, recorded `start` days ago onwards."""
    candidate = candidate or make_candidate(world)
    by = world.secretary.user
    candidate.record_course(
        by=by, number="125/GCN", issued_on=ago(start), issuer="Đảng ủy xã Yên Mô"
    )
    candidate.record_step("application", by=by, on=ago(start - 5))
    candidate.record_step("life_history", by=by, on=ago(start - 10))
    candidate.record_step(
        "background_check", by=by, on=ago(start - 20), note="Lý lịch rõ ràng, đủ điều kiện."
    )
    for sponsor in (world.secretary, world.member):
        candidate.add_sponsor(by=by, kind=Sponsor.Kind.MEMBER, member=sponsor, on=ago(start - 25),
                              together_since=dt.date(2018, 9, 1), relation="Cùng tổ chuyên môn")  # fmt: skip
    candidate.record_comments(by=by, on=ago(start - 28), organisation="Công đoàn trường nhất trí giới thiệu.",
                              residence="Chi ủy nơi cư trú nhận xét tốt.")  # fmt: skip
    return candidate


def ready(world: World, candidate: Candidate | None = None, *, start: int = 480) -> Candidate:
    candidate = with_file(world, candidate, start=start)
    candidate.review(by=world.secretary.user, on=ago(start - 30))
    return candidate


def vote_meeting(world: World, *, days_ago: int) -> Meeting:
    """A meeting of the cell `days_ago` days ago, roll call done, not yet recorded as held."""
    meeting = distributed(world, days_ahead=-days_ago)
    roll_call(world, meeting)
    return meeting


def hold(world: World, meeting: Meeting) -> None:
    start = meeting.starts_at
    meeting.hold(
        by=world.secretary.user, actual_start=start, actual_end=start + dt.timedelta(minutes=120)
    )


def proposed(world: World, candidate: Candidate | None = None, *, start: int = 480) -> Candidate:
    candidate = ready(world, candidate, start=start)
    meeting = vote_meeting(world, days_ago=start - 35)
    candidate.record_vote(meeting, by=world.secretary.user, votes_for=2, votes_against=0)
    hold(world, meeting)
    candidate.propose(by=world.secretary.user, on=ago(start - 35))
    return candidate


def decided(world: World, candidate: Candidate | None = None, *, start: int = 480) -> Candidate:
    candidate = proposed(world, candidate, start=start)
    candidate.record_decision(by=world.secretary.user, number="125-QĐ/ĐU", decision_date=ago(start - 50),
                              received_on=ago(start - 52))  # fmt: skip
    return candidate


def admitted(world: World, candidate: Candidate | None = None, *, start: int = 480) -> Candidate:
    """Admitted at a ceremony `start - 60` days ago (420 by default: probation over)."""
    candidate = decided(world, candidate, start=start)
    candidate.hold_ceremony(by=world.secretary.user, on=ago(start - 60))
    candidate.refresh_from_db()
    return candidate


def recognition_ready(world: World) -> Candidate:
    """Admitted 420 days ago, the probation reports in, and the cell voted for recognition."""
    candidate = admitted(world)
    by = world.secretary.user
    candidate.record_step("self_review", by=by, on=ago(60))
    candidate.record_step("helper_review", by=by, on=ago(58))
    candidate.record_comments(by=by, on=ago(56), organisation="Công đoàn nhận xét tốt.",
                              residence="Chi ủy nơi cư trú nhận xét tốt.")  # fmt: skip
    meeting = vote_meeting(world, days_ago=50)
    candidate.record_recognition_vote(meeting, by=by, votes_for=2, votes_against=0)
    hold(world, meeting)
    return candidate
