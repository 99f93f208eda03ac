"""The case verbs: each step in order, refusals that change nothing, the cell's vote counted by
the rulebook, the notice issued, discipline only recorded."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from chibo.audit.models import AuditEntry
from chibo.conftest import World, make_member
from chibo.fees.models import FeeBook
from chibo.inspections.models import (
    Case,
    InspectionError,
    Programme,
    has_open_case,
    overdue_cases_for,
)
from chibo.lib import holds
from chibo.members.models import Member
from chibo.rules import inspection as rules

from .helpers import ago, make_programme, open_member_case, to_proposed

pytestmark = pytest.mark.django_db


def test_a_case_runs_from_opening_to_closing(world: World) -> None:
    by = world.secretary.user
    case = to_proposed(world, open_member_case(world))
    assert case.status == Case.Status.PROPOSED
    # Two official members: more than half is 2.
    outcome = case.adopt(by=by, on=ago(10), votes_for=2, votes_against=0)
    assert outcome.passed and outcome.denominator == 2
    case.refresh_from_db()
    assert case.status == Case.Status.ADOPTED and case.votes_for == 2 and case.denominator == 2
    doc = case.issue_conclusion(by=by, on=ago(5))
    assert doc.type_code == "TB" and doc.number_text.startswith("Số 01-TB")
    assert doc.source_type == "inspections.case"
    case.close(by=by, on=ago(4))
    case.refresh_from_db()
    assert case.status == Case.Status.CLOSED and not case.is_open
    actions = list(AuditEntry.objects.filter(object_type="inspections.case", object_id=str(case.pk)).order_by("pk")
                   .values_list("action", flat=True))  # fmt: skip
    assert actions == ["inspections.case_open", "inspections.case_findings", "inspections.case_explanation",
                       "inspections.case_propose", "inspections.case_adopt", "inspections.case_issue",
                       "inspections.case_close"]  # fmt: skip


def test_a_failed_vote_adopts_nothing(world: World) -> None:
    case = to_proposed(world, open_member_case(world))
    with pytest.raises(InspectionError, match="cần ít nhất 2"):
        case.adopt(by=world.secretary.user, on=ago(1), votes_for=1, votes_against=1)
    case.refresh_from_db()
    assert case.status == Case.Status.PROPOSED and case.adopted_on is None


def test_exclusions_lower_the_denominator(world: World) -> None:
    make_member(world.cell, "Trần Văn An")
    case = to_proposed(world, open_member_case(world))
    # Three official members, one excused: 2 remain, 2 votes pass.
    outcome = case.adopt(
        by=world.secretary.user, on=ago(1), votes_for=2, votes_against=0, excluded=1
    )
    assert outcome.passed and outcome.denominator == 2


def test_more_ballots_than_official_members_are_refused(world: World) -> None:
    make_member(
        world.cell, "Lê Văn Dự Bị", status=Member.Status.PROBATIONARY, admission_date=ago(100)
    )
    case = to_proposed(world, open_member_case(world))
    with pytest.raises(InspectionError, match="dự bị không biểu quyết"):
        case.adopt(by=world.secretary.user, on=ago(1), votes_for=3, votes_against=0)


def test_the_explanation_comes_before_the_conclusion(world: World) -> None:
    case = open_member_case(world)
    case.record_findings(by=world.secretary.user, text="Chưa nộp đảng phí 2 tháng.")
    with pytest.raises(InspectionError, match="giải trình"):
        case.propose(by=world.secretary.user, text="Kết luận")
    case.refresh_from_db()
    assert case.status == Case.Status.FINDINGS and case.conclusion == ""


def test_steps_out_of_order_are_refused(world: World) -> None:
    case = open_member_case(world)
    with pytest.raises(InspectionError, match="Không thể"):
        case.adopt(by=world.secretary.user, votes_for=2, votes_against=0)
    with pytest.raises(InspectionError, match="Không thể"):
        case.close(by=world.secretary.user)


def test_a_stale_version_is_refused(world: World) -> None:
    case = open_member_case(world)
    seen = case.version
    case.record_findings(by=world.secretary.user, text="Lần một", expected_version=seen)
    with pytest.raises(InspectionError, match="người khác sửa"):
        case.record_findings(by=world.secretary.user, text="Lần hai", expected_version=seen)
    case.refresh_from_db()
    assert case.findings == "Lần một"


def test_a_member_cannot_record(world: World) -> None:
    case = open_member_case(world)
    with pytest.raises(InspectionError, match="Chỉ Bí thư"):
        case.record_findings(by=world.member.user, text="x")


def test_a_fee_book_case_is_answered_by_the_treasurer(world: World) -> None:
    FeeBook.objects.create(cell=world.cell, treasurer=world.member)
    programme = make_programme(world)
    item = programme.items.get()
    case = Case.open_case(cell=world.cell, by=world.secretary.user, item=item, opened_on=ago(3))
    assert case.subject_kind == rules.FEE_BOOK and case.subject_member == world.member
    assert case.due_on == item.ends_on and case.item_id == item.pk
    assert not has_open_case(world.member)  # the fee book is not the member's own inspection
    with pytest.raises(InspectionError, match="chưa kết thúc"):
        Case.open_case(cell=world.cell, by=world.secretary.user, item=item)


def test_a_programme_item_needs_an_issued_programme(world: World) -> None:
    programme = make_programme(world, issued=False)
    with pytest.raises(InspectionError, match="chưa ban hành"):
        Case.open_case(cell=world.cell, by=world.secretary.user, item=programme.items.get())


def test_the_programme_is_issued_once_and_frozen(world: World) -> None:
    programme = make_programme(world)
    assert programme.document is not None and programme.document.type_code == "KH"
    with pytest.raises(InspectionError, match="đã ban hành"):
        programme.add_item(by=world.secretary.user, kind=rules.SUPERVISION, mode=rules.REGULAR,
                           subject_kind=rules.MASS_ORG, subject_org="Công đoàn", content="x",
                           starts_on=ago(1), ends_on=ago(0), performers=[world.secretary])  # fmt: skip
    with pytest.raises(InspectionError, match="đã có kế hoạch"):
        Programme.create(cell=world.cell, year=programme.year, by=world.secretary.user)


def test_an_item_refuses_a_performer_from_another_cell(world: World) -> None:
    programme = Programme.create(cell=world.cell, year=2026, by=world.secretary.user)
    with pytest.raises(InspectionError, match="của chi bộ"):
        programme.add_item(by=world.secretary.user, kind=rules.INSPECTION, mode=rules.REGULAR,
                           subject_kind=rules.MEMBER, subject_member=world.member, content="x",
                           starts_on=dt.date(2026, 3, 1), ends_on=dt.date(2026, 4, 1),
                           performers=[world.other_secretary])  # fmt: skip
    assert not programme.items.exists()


def test_open_case_blocks_a_transfer_until_closed(world: World) -> None:
    case = open_member_case(world)
    assert has_open_case(world.member)
    assert not has_open_case(world.secretary)
    [reason] = holds.holds_on(world.member)
    assert "Phạm Thị Thu Hà" in reason and "Quy định 294-QĐ/TW, điểm 6.3.1" in reason
    assert holds.holds_on(world.secretary) == []
    to_proposed(world, case)
    case.adopt(by=world.secretary.user, on=ago(1), votes_for=2, votes_against=0)
    case.issue_conclusion(by=world.secretary.user)
    case.close(by=world.secretary.user)
    assert not has_open_case(world.member)
    assert holds.holds_on(world.member) == []


def test_overdue_cases(world: World) -> None:
    late = open_member_case(world, opened_on=ago(60), due_on=ago(2))
    open_member_case(world, subject_member=world.secretary, due_on=ago(-5))
    assert list(overdue_cases_for([world.cell.pk])) == [late]
    assert list(overdue_cases_for([world.other_cell.pk])) == []
    assert late.overdue()


def test_discipline_is_recorded_not_decided(world: World) -> None:
    by = world.secretary.user
    case = to_proposed(world, open_member_case(world))
    case.adopt(by=by, on=ago(10), votes_for=2, votes_against=0)
    # The chi bộ cannot decide khai trừ: only the committee above.
    with pytest.raises(InspectionError, match="Chi bộ chỉ quyết định khiển trách, cảnh cáo"):
        case.record_discipline(by=by, member=world.member, form=rules.EXPULSION, body=rules.CELL_BODY,
                               body_name="", decision_number="01-QĐ/CB", decided_on=ago(1),
                               votes_for=2, votes_against=0)  # fmt: skip
    # The chi bộ's own decision needs more than half of ALL official members.
    with pytest.raises(InspectionError, match="trên một nửa"):
        case.record_discipline(by=by, member=world.member, form=rules.REPRIMAND, body=rules.CELL_BODY,
                               body_name="", decision_number="01-QĐ/CB", decided_on=ago(1),
                               votes_for=1, votes_against=1)  # fmt: skip
    record = case.record_discipline(by=by, member=world.member, form=rules.WARNING, body=rules.UPPER_BODY,
                                    body_name="Đảng ủy xã Yên Mô", decision_number="15-QĐ/ĐU", decided_on=ago(1))  # fmt: skip
    assert record.decision_number == "15-QĐ/ĐU" and record.body_name == "Đảng ủy xã Yên Mô"


def test_the_discipline_vote_uses_all_official_members() -> None:
    assert rules.discipline_vote(
        form=rules.REPRIMAND, yes=3, no=0, abstain=0, official_members=5
    ).passed
    assert not rules.discipline_vote(
        form=rules.REPRIMAND, yes=2, no=0, abstain=0, official_members=4
    ).passed
    assert not rules.discipline_vote(
        form=rules.EXPULSION, yes=3, no=0, abstain=0, official_members=5
    ).passed
    assert rules.discipline_vote(
        form=rules.EXPULSION, yes=4, no=0, abstain=0, official_members=6
    ).passed


def test_a_meeting_vote_can_adopt(world: World) -> None:
    from chibo.meetings.models import Meeting, Vote

    case = to_proposed(world, open_member_case(world))
    meeting = Meeting.objects.create(cell=world.cell, kind=Meeting.Kind.REGULAR, title="Sinh hoạt tháng",
                                     starts_at=timezone.now() - dt.timedelta(days=2), status=Meeting.Status.CONCLUDED)  # fmt: skip
    vote = Vote.objects.create(meeting=meeting, subject="Thông qua kết luận kiểm tra", kind="ordinary",
                               votes_for=2, votes_against=0, denominator=2, passed=True)  # fmt: skip
    case.adopt(by=world.secretary.user, meeting_vote=vote)
    case.refresh_from_db()
    assert case.meeting_vote == vote and case.adopted_on == timezone.localdate(meeting.starts_at)
    other = to_proposed(world, open_member_case(world, subject_member=world.secretary))
    with pytest.raises(InspectionError, match="đã dùng"):
        other.adopt(by=world.secretary.user, meeting_vote=vote)
