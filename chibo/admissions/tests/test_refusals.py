"""Every refusal gives a Vietnamese message with its rule and changes nothing: no step, no
sponsor, no document, no audit entry, the same stage."""

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from chibo.admissions.models import AdmissionError, Candidate, Sponsor, Stage, Step
from chibo.audit.models import AuditEntry
from chibo.conftest import make_member
from chibo.documents.models import IssuedDocument
from chibo.meetings.models import Vote
from chibo.members.models import Member

from .helpers import ago, hold, make_candidate, proposed, ready, vote_meeting, with_file

pytestmark = pytest.mark.django_db


def _state(candidate: Candidate) -> tuple[Any, ...]:
    fresh = Candidate.objects.get(pk=candidate.pk)
    return (fresh.stage, fresh.stage_since, fresh.version, Step.objects.count(), Sponsor.objects.count(),
            IssuedDocument.objects.count(), AuditEntry.objects.count(), Member.objects.count())  # fmt: skip


def refused(candidate: Candidate, action: Callable[[], Any], *phrases: str) -> str:
    before = _state(candidate)
    with pytest.raises(AdmissionError) as error:
        action()
    message = str(error.value)
    for phrase in phrases:
        assert phrase in message, message
    assert _state(candidate) == before, "a refused verb changed something"
    return message


def test_a_probationary_sponsor_is_refused(world):
    candidate = make_candidate(world)
    newcomer = make_member(
        world.cell, "Mai Thị Phương", status="probationary", admission_date=ago(100)
    )
    refused(
        candidate,
        lambda: candidate.add_sponsor(
            by=world.secretary.user,
            kind="member",
            member=newcomer,
            on=ago(1),
            together_since=dt.date(2015, 9, 1),
        ),  # fmt: skip
        "chưa là đảng viên chính thức",
        "Điều lệ Đảng, Điều 4.2",
    )


def test_a_sponsor_with_less_than_twelve_months_together_is_refused(world):
    candidate = make_candidate(world)
    refused(
        candidate,
        lambda: candidate.add_sponsor(
            by=world.secretary.user,
            kind="member",
            member=world.member,
            on=ago(0),
            together_since=ago(200),
        ),  # fmt: skip
        "ít nhất 12 tháng",
        "Điều 4.2",
    )


def test_a_member_of_another_cell_cannot_sponsor(world):
    candidate = make_candidate(world)
    refused(
        candidate,
        lambda: candidate.add_sponsor(
            by=world.secretary.user,
            kind="member",
            member=world.other_secretary,
            on=ago(0),
            together_since=dt.date(2015, 1, 1),
        ),  # fmt: skip
        "đảng viên đang sinh hoạt tại chi bộ",
    )


def test_an_expired_certificate_blocks_the_review(world):
    candidate = with_file(world, start=1900)  # certificate issued 1900 days ago: beyond 60 months
    refused(
        candidate,
        lambda: candidate.review(by=world.secretary.user, on=ago(0)),
        "hết hiệu lực",
        "60 tháng",
        "học lại lớp bồi dưỡng",
    )


def test_a_certificate_expired_by_the_meeting_day_blocks_the_vote(world):
    candidate = ready(world, start=1850)  # reviewed in time; by the meeting it has lapsed
    meeting = vote_meeting(world, days_ago=10)
    votes_before = Vote.objects.count()
    refused(candidate, lambda: candidate.record_vote(meeting, by=world.secretary.user, votes_for=2, votes_against=0),
            "hết hiệu lực")  # fmt: skip
    assert Vote.objects.count() == votes_before


def test_a_vote_below_two_thirds_does_not_propose(world):
    candidate = ready(world)
    meeting = vote_meeting(world, days_ago=440)
    outcome = candidate.record_vote(meeting, by=world.secretary.user, votes_for=1, votes_against=1)
    hold(world, meeting)
    assert not outcome.passed
    refused(
        candidate,
        lambda: candidate.propose(by=world.secretary.user, on=ago(440)),
        "không đạt: 1/2",
        "cần ít nhất 2",
        "2/3",
        "Chưa thể đề nghị kết nạp",
    )


def test_a_decision_dated_before_the_cells_resolution_is_refused(world):
    candidate = proposed(world)
    refused(
        candidate,
        lambda: candidate.record_decision(
            by=world.secretary.user, number="9-QĐ/ĐU", decision_date=ago(446), received_on=ago(440)
        ),  # fmt: skip
        "trước ngày nghị quyết của chi bộ",
    )


def test_a_decision_without_a_resolution_is_refused(world):
    candidate = ready(world)
    refused(
        candidate,
        lambda: candidate.record_decision(
            by=world.secretary.user, number="9-QĐ/ĐU", decision_date=ago(1), received_on=ago(1)
        ),  # fmt: skip
        "Không thể ghi quyết định kết nạp",
    )


def test_a_late_ceremony_needs_consent(world):
    from .helpers import decided

    candidate = decided(world)
    refused(
        candidate,
        lambda: candidate.hold_ceremony(by=world.secretary.user, on=ago(300)),
        "Lễ kết nạp phải tổ chức chậm nhất",
        "cấp ủy cấp trên trực tiếp",
    )
    candidate.hold_ceremony(
        by=world.secretary.user, on=ago(300), consent="Công văn 15-CV/ĐU đồng ý"
    )
    assert Candidate.objects.get(pk=candidate.pk).stage == Stage.PROBATION


def test_the_life_history_comes_after_the_letter(world):
    candidate = make_candidate(world)
    candidate.record_step("application", by=world.secretary.user, on=ago(10))
    refused(candidate, lambda: candidate.record_step("life_history", by=world.secretary.user, on=ago(12)),
            "ghi sau “Đơn xin vào Đảng”")  # fmt: skip


def test_a_candidate_too_young_on_the_day_is_refused(world):
    young = make_candidate(world, birth_date=ago(17 * 366), sponsor_route="two_members",
                           route_reason="Chưa là đoàn viên")  # fmt: skip
    candidate = with_file(world, young)
    refused(
        candidate, lambda: candidate.review(by=world.secretary.user, on=ago(0)), "chưa đủ 18 tuổi"
    )


def test_a_member_who_is_not_in_the_chi_uy_cannot_act(world):
    candidate = make_candidate(world)
    refused(
        candidate,
        lambda: candidate.record_step("application", by=world.member.user, on=ago(1)),
        "Chỉ Bí thư, Phó Bí thư và chi ủy viên",
    )
    refused(
        candidate,
        lambda: candidate.record_step("application", by=world.other_secretary.user, on=ago(1)),
        "Chỉ Bí thư",
    )


def test_recognition_needs_the_probation_reports(world):
    from .helpers import admitted

    candidate = admitted(world)
    refused(
        candidate,
        lambda: candidate.propose_recognition(by=world.secretary.user, on=ago(1)),
        "còn thiếu",
        "Mẫu 10-KNĐ",
        "Mẫu 11-KNĐ",
        "Mẫu 12-KNĐ",
    )
