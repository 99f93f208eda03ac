import pytest

from chibo.conftest import make_member
from chibo.meetings.errors import MeetingError
from chibo.meetings.models import Attendance, Vote
from chibo.meetings.tests.helpers import distributed
from chibo.members.models import Member
from chibo.rules import votes as rules

pytestmark = pytest.mark.django_db


def test_exactly_half_fails_and_half_plus_one_passes():
    assert not rules.passes(kind="ordinary", yes=5, denominator=10)
    assert rules.passes(kind="ordinary", yes=6, denominator=10)
    assert rules.passes(kind="ordinary", yes=6, denominator=11)


def test_admission_needs_two_thirds_of_all_official_members():
    assert rules.passes(kind="admission", yes=6, denominator=9)
    assert not rules.passes(kind="admission", yes=5, denominator=9)
    assert rules.passes(kind="admission", yes=7, denominator=10)
    assert not rules.passes(kind="admission", yes=6, denominator=10)


def test_probationary_ballots_are_ignored():
    ballots = [
        ("official", "yes"),
        ("official", "no"),
        ("probationary", "yes"),
        ("probationary", "yes"),
    ]
    assert rules.tally(ballots) == (1, 1, 0)


def test_no_denominator_never_passes():
    assert not rules.passes(kind="ordinary", yes=0, denominator=0)


def _room(world, officials: int, probationary: int):
    for i in range(officials - 2):  # the world already has 2 official members
        make_member(world.cell, f"Đảng viên Chính Thức {i}")
    for i in range(probationary):
        make_member(world.cell, f"Đảng viên Dự Bị {i}", status=Member.Status.PROBATIONARY)
    meeting = distributed(world)
    for member in world.cell.members.current():
        meeting.record_attendance(member, Attendance.Status.PRESENT, by=world.secretary.user)
    return meeting


def test_a_vote_counts_only_official_members_in_the_denominator(world):
    meeting = _room(world, officials=4, probationary=3)
    vote = Vote.record(meeting, by=world.secretary.user, subject="Thông qua nghị quyết", kind="ordinary",
                       votes_for=2, votes_against=2)  # fmt: skip
    assert vote.denominator == 4 and not vote.passed
    vote = Vote.record(meeting, by=world.secretary.user, subject="Lần hai", kind="ordinary",
                       votes_for=3, votes_against=1)  # fmt: skip
    assert vote.passed


def test_more_ballots_than_official_members_present_is_refused(world):
    meeting = _room(world, officials=4, probationary=3)
    with pytest.raises(MeetingError, match="dự bị không biểu quyết"):
        Vote.record(
            meeting,
            by=world.secretary.user,
            subject="x",
            kind="ordinary",
            votes_for=5,
            votes_against=0,
        )
    assert not Vote.objects.exists()


def test_an_excused_official_member_leaves_the_ordinary_denominator_but_not_the_admission_one(
    world,
):
    meeting = _room(world, officials=4, probationary=0)
    absent = world.cell.members.filter(status="official").exclude(pk=world.secretary.pk).first()
    meeting.record_attendance(
        absent, Attendance.Status.EXCUSED, by=world.secretary.user, reason="Ốm"
    )
    ordinary = Vote.record(
        meeting,
        by=world.secretary.user,
        subject="NQ",
        kind="ordinary",
        votes_for=2,
        votes_against=1,
    )
    assert ordinary.denominator == 3 and ordinary.passed
    admission = Vote.record(meeting, by=world.secretary.user, subject="Kết nạp", kind="admission",
                            votes_for=2, votes_against=1)  # fmt: skip
    assert admission.denominator == 4 and not admission.passed
