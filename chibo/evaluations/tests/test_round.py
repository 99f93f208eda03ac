from decimal import Decimal

import pytest

from chibo.audit.models import AuditEntry
from chibo.conftest import make_member, make_user
from chibo.evaluations.models import EvaluationError, EvaluationRound
from chibo.evaluations.rules import Level
from chibo.members.models import Member

pytestmark = pytest.mark.django_db

GOOD = {
    "self_general": Decimal("27"),
    "self_tasks": Decimal("55"),
    "tasks_total": 4,
    "tasks_on_time": 4,
}
EXCELLENT = {"self_general": Decimal("29"), "self_tasks": Decimal("65"), "tasks_total": 4, "tasks_on_time": 4,
             "tasks_exceeding": 2}  # fmt: skip


@pytest.fixture
def round_(world):
    return EvaluationRound.open(cell=world.cell, year=2026, by=world.secretary.user)


def _self(evaluation, **fields):
    evaluation.submit_self(by=evaluation.member.user, **fields)


def test_opening_a_round_creates_one_sheet_per_current_member(world, round_):
    make_member(world.cell, "Người Chuyển Đi", status=Member.Status.TRANSFERRED, official_date=None)
    assert {e.member for e in round_.evaluations.all()} == {world.secretary, world.member}
    with pytest.raises(EvaluationError, match="đã mở"):
        EvaluationRound.open(cell=world.cell, year=2026, by=world.secretary.user)


def test_self_assessment_computes_the_level_and_only_the_member_may_submit(world, round_):
    sheet = round_.evaluations.get(member=world.member)
    with pytest.raises(EvaluationError, match="Chỉ chính đảng viên"):
        sheet.submit_self(by=world.secretary.user, **GOOD)
    mine = round_.evaluations.get(member=world.secretary)
    with pytest.raises(EvaluationError, match="Chỉ chính đảng viên"):
        mine.submit_self(
            by=world.member.user, on_behalf=True, **GOOD
        )  # a plain member cannot enter for others
    _self(sheet, **EXCELLENT)
    assert sheet.self_level == Level.EXCELLENT and sheet.score == Decimal("94")
    assert AuditEntry.objects.filter(action="evaluation.self").count() == 1


def test_proposal_above_what_the_score_allows_is_refused(world, round_):
    sheet = round_.evaluations.get(member=world.member)
    _self(sheet, **GOOD)
    with pytest.raises(EvaluationError, match="cao hơn mức"):
        sheet.propose(
            by=world.secretary.user, level=Level.EXCELLENT, comment="", votes_for=2, votes_against=0
        )
    sheet.refresh_from_db()
    assert sheet.proposed_level == ""


def test_votes_cannot_exceed_official_members(world, round_):
    sheet = round_.evaluations.get(member=world.member)
    _self(sheet, **GOOD)
    with pytest.raises(EvaluationError, match="vượt quá số đảng viên chính thức"):
        sheet.propose(
            by=world.secretary.user, level=Level.GOOD, comment="", votes_for=3, votes_against=0
        )


def _propose_all(world, round_, levels):
    for sheet in round_.evaluations.select_related("member"):
        _self(sheet, **(EXCELLENT if levels[sheet.member_id] == Level.EXCELLENT else GOOD))
        sheet.propose(by=world.secretary.user, level=levels[sheet.member_id], comment="Tốt",
                      votes_for=2, votes_against=0)  # fmt: skip


def test_members_before_the_cell_then_cap_enforced(world, round_):
    with pytest.raises(EvaluationError, match="chưa được đề xuất"):
        round_.cell_evaluation.propose(by=world.secretary.user, text="…", level=Level.GOOD)
    _propose_all(world, round_, {world.secretary.pk: Level.EXCELLENT, world.member.pk: Level.GOOD})
    round_.cell_evaluation.propose(
        by=world.secretary.user, text="Chi bộ hoàn thành tốt", level=Level.GOOD
    )
    with pytest.raises(EvaluationError, match="vượt mức tối đa 0"):
        round_.propose(by=world.secretary.user)  # 1 excellent > 20% of 1 good
    round_.refresh_from_db()
    assert round_.status == EvaluationRound.Status.SELF_ASSESSMENT


def test_full_round_to_the_superior_decision(world, round_):
    for i in range(9):
        member = make_member(world.cell, f"Nguyễn Thị Số{i}", user=make_user(f"dv{i}"))
        round_.evaluations.create(member=member)
    levels = {e.member_id: Level.GOOD for e in round_.evaluations.all()}
    levels[world.secretary.pk] = Level.EXCELLENT
    for sheet in round_.evaluations.select_related("member"):
        _self(sheet, **(EXCELLENT if levels[sheet.member_id] == Level.EXCELLENT else GOOD))
        sheet.propose(
            by=world.secretary.user,
            level=levels[sheet.member_id],
            comment="",
            votes_for=8,
            votes_against=1,
        )
    round_.cell_evaluation.propose(by=world.secretary.user, text="Hoàn thành tốt", level=Level.GOOD)
    round_.propose(by=world.secretary.user)  # 1 excellent ≤ 20% of 10 good = 2
    round_.decide(by=world.officer)
    round_.refresh_from_db()
    assert round_.status == EvaluationRound.Status.DECIDED
    assert round_.summary()[Level.EXCELLENT] == 1 and round_.summary()[Level.GOOD] == 10
    assert round_.cell_evaluation.final_level == Level.GOOD


def test_a_proposal_needs_more_than_half_of_official_members(world, round_):
    sheet = round_.evaluations.get(member=world.member)
    _self(sheet, **GOOD)
    sheet.propose(
        by=world.secretary.user, level=Level.GOOD, comment="", votes_for=1, votes_against=1
    )
    assert not sheet.vote_passed  # 1 of 2 is exactly half
    sheet.propose(
        by=world.secretary.user, level=Level.GOOD, comment="", votes_for=2, votes_against=0
    )
    assert sheet.vote_passed


def test_chi_uy_enters_a_paper_sheet_on_behalf_and_the_log_says_so(world, round_):
    sheet = round_.evaluations.get(member=world.member)
    sheet.submit_self(by=world.secretary.user, on_behalf=True, **GOOD)
    entry = AuditEntry.objects.get(action="evaluation.self")
    assert entry.actor == world.secretary.user and entry.after["on_behalf"] is True
