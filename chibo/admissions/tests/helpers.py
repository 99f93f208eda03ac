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


def _aware(day: dt.date, hour: int = 14) -> dt.datetime:
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour))


def admit_in(cell: Any, by: Any, *, name: str, ceremony: dt.date, sponsors: tuple[str, str],
             helper: str, chair: str, secretary: str) -> Candidate:  # fmt: skip
    """A candidate of any cell (the demo's) admitted at a ceremony on `ceremony`, every step of
    the file dated back from it: the cell's vote in a held meeting 60 days before, its
    resolution, the superior's decision 20 days before."""
    from chibo.meetings.models import Attendance
    from chibo.members.models import Member

    people = {m.full_name: m for m in Member.objects.filter(cell=cell).current()}
    day = lambda n: ceremony - dt.timedelta(days=n)  # noqa: E731
    candidate = Candidate.add(cell=cell, by=by, full_name=name, gender="female", birth_date=dt.date(1990, 5, 2),
                              education=rules.UPPER_SECONDARY, job="Giáo viên", helper=people[helper])  # fmt: skip
    candidate.record_course(by=by, number="77/GCN", issued_on=day(150), issuer="Đảng ủy")
    candidate.record_step("application", by=by, on=day(140))
    candidate.record_step("life_history", by=by, on=day(135))
    candidate.record_step("background_check", by=by, on=day(110), note="Lý lịch rõ ràng.")
    for sponsor in sponsors:
        candidate.add_sponsor(by=by, kind=Sponsor.Kind.MEMBER, member=people[sponsor], on=day(100),
                              together_since=dt.date(2015, 9, 1))  # fmt: skip
    candidate.record_comments(
        by=by, on=day(95), organisation="Công đoàn nhất trí.", residence="Tốt."
    )
    candidate.review(by=by, on=day(90))
    starts = _aware(day(60))
    meeting = Meeting.plan(cell=cell, by=by, title=f"Sinh hoạt chi bộ ngày {day(60):%d/%m/%Y}", starts_at=starts,
                           chair=people[chair], secretary=people[secretary], preparers=[people[secretary]])  # fmt: skip
    meeting.save_draft(by=by, text="Xét đề nghị kết nạp đảng viên.")
    meeting.submit_draft(by=by)
    meeting.approve_draft(by=by)
    meeting.distribute(by=by, at=starts - dt.timedelta(days=3))
    for member in Member.objects.filter(cell=cell).current():
        meeting.record_attendance(member, Attendance.Status.PRESENT, by=by)
    officials = Member.objects.filter(cell=cell).official().count()
    candidate.record_vote(meeting, by=by, votes_for=officials, votes_against=0)
    meeting.hold(by=by, actual_start=starts, actual_end=starts + dt.timedelta(minutes=100))
    candidate.propose(by=by, on=day(60))
    candidate.record_decision(by=by, number="45-QĐ/ĐU", decision_date=day(20), received_on=day(18))
    candidate.hold_ceremony(by=by, on=ceremony)
    candidate.refresh_from_db()
    return candidate
