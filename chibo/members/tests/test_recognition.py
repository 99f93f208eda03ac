"""Becoming an official member happens only through recognition: the cell's vote on that
person (at least 2/3 of all official members) after probation, and the superior's decision;
the official date is the end of probation."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from chibo.audit.models import AuditEntry
from chibo.conftest import make_member
from chibo.meetings.errors import MeetingError
from chibo.members.models import Member, MemberError
from chibo.rules import organization

from .helpers import decision, probationer, recognisable, recognition_vote

pytestmark = pytest.mark.django_db


def _still_probationary(member: Member) -> None:
    member.refresh_from_db()
    assert member.status == Member.Status.PROBATIONARY and member.official_date is None
    assert not member.status_changes.exists()
    assert not AuditEntry.objects.filter(action="member.recognise_official").exists()


def test_it_is_refused_without_a_vote_of_the_cell(world):
    member = probationer(world)
    with pytest.raises(MemberError, match="Chưa có biểu quyết của chi bộ") as refused:
        member.recognise_official(**decision(member), by=world.secretary.user)
    assert "2/3" in str(refused.value) and "Điều lệ Đảng" in str(refused.value)
    _still_probationary(member)


def test_it_is_refused_after_a_failed_vote(world):
    member = probationer(world)
    recognition_vote(world, member, votes_for=1, votes_against=1)  # 1 of 2 officials < 2/3
    with pytest.raises(
        MemberError, match="không đạt: 1/2 đảng viên chính thức tán thành, cần ít nhất 2"
    ):
        member.recognise_official(**decision(member), by=world.secretary.user)
    _still_probationary(member)


def test_a_vote_in_a_meeting_not_recorded_as_held_does_not_count(world):
    member = probationer(world)
    recognition_vote(world, member, votes_for=2, hold=False)
    with pytest.raises(MemberError, match="Chưa có biểu quyết"):
        member.recognise_official(**decision(member), by=world.secretary.user)
    _still_probationary(member)


def test_two_thirds_are_counted_on_all_official_members_not_on_those_present(world):
    for i in range(4):  # six official members in all: at least 4 votes in favour are needed
        make_member(world.cell, f"Đảng viên Chính Thức {i}")
    member = probationer(world)
    recognition_vote(world, member, votes_for=3)  # unanimous among those voting, still 3 of 6
    with pytest.raises(MemberError, match="3/6 .* cần ít nhất 4"):
        member.recognise_official(**decision(member), by=world.secretary.user)
    recognition_vote(world, member, votes_for=4, votes_against=2, days_ago=5)
    member.recognise_official(**decision(member), by=world.secretary.user)
    assert Member.objects.get(pk=member.pk).status == Member.Status.OFFICIAL


def test_it_is_refused_before_probation_ends(world):
    member = probationer(world, days_ago=300)
    ends = member.probation_ends
    with pytest.raises(MemberError, match=f"Chưa hết thời kỳ dự bị.*{ends:%d/%m/%Y}"):
        member.recognise_official(**decision(member), by=world.secretary.user)
    _still_probationary(member)


def test_the_cell_cannot_vote_before_probation_ends(world):
    member = probationer(world, days_ago=300)
    with pytest.raises(MeetingError, match="chi bộ xét công nhận chính thức sau khi hết"):
        recognition_vote(world, member, votes_for=2)
    assert not member.recognition_votes.exists()


def test_a_date_other_than_the_end_of_probation_is_refused_with_the_rule(world):
    member = recognisable(world)
    ends = member.probation_ends
    for wrong in (timezone.localdate(), ends - dt.timedelta(days=1), ends + dt.timedelta(days=1)):
        with pytest.raises(MemberError) as refused:
            member.recognise_official(**decision(member, on=wrong), by=world.secretary.user)
        assert str(refused.value) == organization.official_date_problem(
            admission_date=member.admission_date, on=wrong
        )
        assert f"{ends:%d/%m/%Y}" in str(refused.value) and "Điều 5" in str(refused.value)
    _still_probationary(member)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"decision_number": " "}, "Hãy ghi số quyết định"),
        ({"decision_date": timezone.localdate() + dt.timedelta(days=1)}, "không thể ở tương lai"),
        ({"decision_date": timezone.localdate() - dt.timedelta(days=20)}, "không thể trước ngày chi bộ biểu quyết"),
    ],
)  # fmt: skip
def test_the_superior_decision_needs_a_number_and_a_date_after_the_vote(world, extra, message):
    member = recognisable(world)
    with pytest.raises(MemberError, match=message):
        member.recognise_official(**decision(member, **extra), by=world.secretary.user)
    _still_probationary(member)


def test_it_is_accepted_with_a_passing_vote_and_a_decision(world):
    member = recognisable(world)
    vote = member.recognition_votes.get()
    member.recognise_official(
        on=member.probation_ends,
        decision_number="125-QĐ/ĐU",
        decision_date=timezone.localdate(),
        by=world.secretary.user,
    )
    member.refresh_from_db()
    twelve_months_later = organization.add_months(member.admission_date, 12)
    assert member.status == Member.Status.OFFICIAL
    assert member.official_date == twelve_months_later != timezone.localdate()
    change = member.status_changes.get()
    assert (change.from_status, change.to_status, change.on) == (
        "probationary",
        "official",
        twelve_months_later,
    )
    assert (change.decision_number, change.decision_date) == ("125-QĐ/ĐU", timezone.localdate())
    entry = AuditEntry.objects.get(action="member.recognise_official", object_id=str(member.pk))
    assert entry.actor == world.secretary.user
    assert entry.before["status"] == "probationary" and entry.after["status"] == "official"
    assert entry.after["official_date"] == twelve_months_later.isoformat()
    assert entry.after["decision_number"] == "125-QĐ/ĐU"
    assert (entry.after["vote"], entry.after["votes_for"], entry.after["denominator"]) == (
        vote.pk,
        2,
        2,
    )


def test_the_official_date_is_the_end_of_probation_however_late_the_decision(world):
    member = probationer(world, days_ago=800)  # probation ended more than a year ago
    recognition_vote(world, member, votes_for=2)
    member.recognise_official(**decision(member), by=world.secretary.user)
    member.refresh_from_db()
    assert member.official_date == organization.add_months(member.admission_date, 12)


def test_an_official_member_cannot_be_recognised_again(world):
    with pytest.raises(MemberError, match="đang trong thời kỳ dự bị"):
        world.member.recognise_official(
            on=dt.date(2011, 5, 19), decision_number="1", decision_date=dt.date(2026, 1, 5),
            by=world.secretary.user,
        )  # fmt: skip


def test_the_one_click_status_change_no_longer_makes_anyone_official(world):
    member = probationer(world)
    with pytest.raises(MemberError, match="Thao tác không hợp lệ"):
        member.change_status("make_official", on=timezone.localdate(), by=world.secretary.user)
    assert not hasattr(member, "make_official")
    _still_probationary(member)


@time_machine.travel(dt.datetime(2026, 2, 28, 12, tzinfo=dt.UTC), tick=False)
def test_probation_wrappers_read_the_rulebook(world):
    member = make_member(
        world.cell,
        "Mai Thị Phương",
        status=Member.Status.PROBATIONARY,
        admission_date=dt.date(2025, 3, 20),
    )
    assert member.probation_ends == organization.probation_ends(dt.date(2025, 3, 20))
    assert (
        member.probation_flag()
        == "due"
        == organization.probation_flag(member.probation_ends, dt.date(2026, 2, 28))
    )
    assert world.member.probation_ends is None and world.member.probation_flag() == ""
