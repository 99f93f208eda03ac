"""A candidate from the cell's list to an official member, through the model verbs: each step
records who, when and which document; the vote is the meeting's; the ceremony makes the
probationary member through the register's verb; recognition is the register's own verb."""

import datetime as dt

import pytest

from chibo.admissions.models import Candidate, Stage, StepKind
from chibo.audit.models import AuditEntry
from chibo.documents.models import IssuedDocument
from chibo.meetings.models import Vote
from chibo.members.models import Member
from chibo.rules import organization

from .helpers import admitted, ago, decided, make_candidate, proposed, ready, recognition_ready

pytestmark = pytest.mark.django_db


def test_a_new_candidate_is_on_the_list_and_not_a_member(world):
    candidate = make_candidate(world)
    assert candidate.stage == Stage.SOURCE and candidate.member is None
    assert not Member.objects.filter(full_name=candidate.full_name).exists()
    assert AuditEntry.objects.filter(action="admissions.add", object_id=str(candidate.pk)).exists()


def test_the_steps_move_the_file_to_the_cells_consideration(world):
    candidate = ready(world)
    assert candidate.stage == Stage.READY
    kinds = list(candidate.steps.values_list("kind", flat=True))
    assert kinds == [
        "course",
        "application",
        "life_history",
        "background_check",
        "comments",
        "review",
    ]
    application = candidate.steps.get(kind=StepKind.APPLICATION)
    assert application.form_code == "Mẫu 1-KNĐ" and application.recorded_by == world.secretary.user
    comments = candidate.steps.get(kind=StepKind.COMMENTS)
    assert comments.form_code == "Mẫu 5-KNĐ" and comments.file and len(comments.file_sha256) == 64
    assert candidate.sponsors.count() == 2


def test_the_vote_is_a_meeting_vote_of_kind_admission_and_freezes_the_rule_set(world):
    candidate = proposed(world)
    step = candidate.steps.get(kind=StepKind.VOTE)
    vote = step.vote
    assert vote.kind == Vote.Kind.ADMISSION and vote.meeting.cell == world.cell
    assert vote.denominator == 2 and vote.passed and "Lê Thị Thu Hằng" in vote.subject
    assert candidate.rule_set == "qd294_2025"
    assert candidate.stage == Stage.PROPOSED and candidate.stage_since == ago(445)


def test_the_resolution_is_numbered_stored_and_linked(world):
    candidate = proposed(world)
    resolution = candidate.steps.get(kind=StepKind.RESOLUTION)
    document = resolution.document
    assert document.type_code == "NQ" and document.number_text == "Số 01-NQ/CB"
    assert document.issued_on == ago(445) and document.source_type == "admissions.candidate"
    assert resolution.reference == "Số 01-NQ/CB" and resolution.form_code == "Mẫu 6-KNĐ"


def test_the_ceremony_makes_a_probationary_member_with_twelve_months_of_probation(world):
    candidate = admitted(world)
    member = candidate.member
    assert candidate.stage == Stage.PROBATION
    assert member.status == Member.Status.PROBATIONARY and member.admission_date == ago(420)
    assert member.card_number == "" and member.official_date is None
    assert member.probation_ends == organization.probation_ends(ago(420))
    assert member.cell == world.cell and member.birth_date == dt.date(1990, 4, 12)
    entry = AuditEntry.objects.get(action="member.admit", object_id=str(member.pk))
    assert "125-QĐ/ĐU" in entry.after["decision"]


def test_recognition_goes_through_the_registers_verb(world):
    candidate = recognition_ready(world)
    candidate.propose_recognition(by=world.secretary.user, on=ago(45))
    assert candidate.stage == Stage.RECOGNITION
    document = candidate.steps.get(kind=StepKind.RECOGNITION_RESOLUTION).document
    assert document.number_text == "Số 02-NQ/CB"
    candidate.record_recognition(by=world.secretary.user, number="210-QĐ/ĐU", decision_date=ago(40))
    member = Member.objects.get(pk=candidate.member_id)
    assert candidate.stage == Stage.OFFICIAL
    assert member.status == Member.Status.OFFICIAL
    assert member.official_date == organization.official_date(ago(420))  # the end of probation
    assert AuditEntry.objects.filter(
        action="member.recognise_official", object_id=str(member.pk)
    ).exists()
    assert member.status_changes.get(to_status="official").decision_number == "210-QĐ/ĐU"


def test_recognised_from_the_members_page_the_file_shows_official(world):
    candidate = recognition_ready(world)
    member = candidate.member
    member.recognise_official(on=member.probation_ends, decision_number="9-QĐ/ĐU", decision_date=ago(40),
                              by=world.secretary.user)  # fmt: skip
    candidate = Candidate.objects.get(pk=candidate.pk)
    assert candidate.stage == Stage.PROBATION and candidate.effective_stage == Stage.OFFICIAL


def test_a_failed_vote_is_kept_and_another_meeting_may_vote_again(world):
    from .helpers import hold, vote_meeting

    candidate = ready(world)
    first = vote_meeting(world, days_ago=440)
    outcome = candidate.record_vote(first, by=world.secretary.user, votes_for=1, votes_against=1)
    assert not outcome.passed and candidate.stage == Stage.READY
    hold(world, first)
    second = vote_meeting(world, days_ago=410)
    assert candidate.record_vote(
        second, by=world.secretary.user, votes_for=2, votes_against=0
    ).passed
    hold(world, second)
    candidate.propose(by=world.secretary.user, on=ago(410))
    assert candidate.stage == Stage.PROPOSED
    assert candidate.steps.filter(kind=StepKind.VOTE).count() == 2


def test_the_decision_records_number_date_and_the_decider(world):
    candidate = decided(world)
    decision = candidate.steps.get(kind=StepKind.DECISION)
    assert (decision.reference, decision.on, decision.received_on) == (
        "125-QĐ/ĐU",
        ago(430),
        ago(428),
    )
    assert (
        decision.actor == "Ban Thường vụ Đảng ủy cấp trên trực tiếp"
        and decision.form_code == "Mẫu 9-KNĐ"
    )
    assert candidate.stage == Stage.DECIDED and candidate.stage_since == ago(428)
    assert IssuedDocument.objects.count() == 1


def test_stopping_keeps_the_reason(world):
    candidate = make_candidate(world)
    candidate.stop(by=world.secretary.user, on=ago(1), reason="Quần chúng chuyển công tác.")
    assert (
        candidate.stage == Stage.STOPPED and candidate.stop_reason == "Quần chúng chuyển công tác."
    )
