from decimal import Decimal

import pytest

from chibo.audit.models import AuditEntry
from chibo.conftest import make_member, make_user
from chibo.evaluations.models import EvaluationError, EvaluationRound, Level
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
    if evaluation.is_leader:  # the Bí thư fills Mẫu 2A: the unit she leads did its tasks
        fields.setdefault("unit_level", Level.EXCELLENT)
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


def test_the_vote_counts_against_official_members_less_exclusions(world, round_):
    for i in range(8):
        make_member(world.cell, f"Trần Thị Số{i}")  # 10 official members in all
    sheet = round_.evaluations.get(member=world.member)
    _self(sheet, **GOOD)
    # 7 present, 2 of the 3 absent on leave approved by the convener: the base is 10 - 2 = 8.
    sheet.propose(by=world.secretary.user, level=Level.GOOD, comment="", votes_for=5,
                  votes_against=2, officials_present=7, excluded=2)  # fmt: skip
    assert sheet.vote_denominator == 8 and sheet.vote_passed  # 5 > 8/2
    sheet.propose(by=world.secretary.user, level=Level.GOOD, comment="", votes_for=5,
                  votes_against=2, officials_present=7, excluded=0)  # fmt: skip
    assert sheet.vote_denominator == 10 and not sheet.vote_passed  # 5 is not more than 10/2
    entry = AuditEntry.objects.filter(action="evaluation.propose_member").order_by("id").last()
    assert entry.after["officials_present"] == 7 and entry.before["excluded"] == 2


def test_ballots_cannot_exceed_the_official_members_present(world, round_):
    for i in range(3):
        make_member(world.cell, f"Trần Thị Số{i}")
    sheet = round_.evaluations.get(member=world.member)
    _self(sheet, **GOOD)
    with pytest.raises(EvaluationError, match="có mặt"):
        sheet.propose(by=world.secretary.user, level=Level.GOOD, comment="", votes_for=4,
                      votes_against=0, officials_present=3)  # fmt: skip
    with pytest.raises(EvaluationError, match="loại trừ"):
        sheet.propose(by=world.secretary.user, level=Level.GOOD, comment="", votes_for=3,
                      votes_against=0, officials_present=3, excluded=3)  # fmt: skip
    with pytest.raises(EvaluationError, match="Chỉ chi ủy"):
        sheet.propose(
            by=world.member.user, level=Level.GOOD, comment="", votes_for=1, votes_against=0
        )
    sheet.refresh_from_db()
    assert sheet.proposed_level == ""


def test_the_bi_thu_who_leads_the_school_fills_form_2a_with_the_units_result(world, round_):
    world.secretary.job = "Hiệu trưởng"
    world.secretary.save()
    round_.evaluations.all().delete()
    round_.delete()
    round_ = EvaluationRound.open(cell=world.cell, year=2026, by=world.secretary.user)
    mine = round_.evaluations.get(member=world.secretary)
    assert mine.is_leader and mine.form_code == "2A"
    assert mine.party_post == "Bí thư Chi bộ" and mine.government_post == "Hiệu trưởng"
    theirs = round_.evaluations.get(member=world.member)
    assert not theirs.is_leader and theirs.form_code == "2B" and theirs.party_post == ""
    with pytest.raises(EvaluationError, match="cơ quan, đơn vị"):
        mine.submit_self(by=world.secretary.user, **EXCELLENT)
    mine.submit_self(by=world.secretary.user, unit_name="Trường Mầm non Yên Hoà",
                     unit_level=Level.GOOD, **EXCELLENT)  # fmt: skip
    assert mine.self_level == Level.GOOD  # 94 points, but the school only did "tốt"
    with pytest.raises(EvaluationError, match="cao hơn mức"):
        mine.propose(by=world.secretary.user, level=Level.EXCELLENT, comment="", votes_for=2,
                     votes_against=0)  # fmt: skip
    # A member without a leading post is rated on their own duties only.
    theirs.submit_self(by=world.member.user, unit_level=Level.DONE, **EXCELLENT)
    assert theirs.self_level == Level.EXCELLENT and theirs.unit_level == ""


def _decidable(world, round_):
    for i in range(9):
        member = make_member(world.cell, f"Nguyễn Thị Số{i}", user=make_user(f"dv{i}"))
        round_.evaluations.create(member=member)
    for sheet in round_.evaluations.select_related("member"):
        _self(sheet, **GOOD)
        sheet.propose(by=world.secretary.user, level=Level.GOOD, comment="", votes_for=8,
                      votes_against=1)  # fmt: skip
    round_.cell_evaluation.propose(by=world.secretary.user, text="Tốt", level=Level.GOOD)
    round_.propose(by=world.secretary.user)
    return round_.evaluations.get(member=world.member)


def test_the_superior_changes_a_level_only_with_a_reason_and_the_log_keeps_it(world, round_):
    sheet = _decidable(world, round_)
    with pytest.raises(EvaluationError, match="cần ghi lý do"):
        round_.decide(by=world.officer, overrides={sheet.pk: Level.DONE})
    with pytest.raises(EvaluationError, match="cấp ủy cấp trên"):
        round_.decide(by=world.secretary.user)
    with pytest.raises(EvaluationError, match="chi bộ cần ghi lý do"):
        round_.decide(by=world.officer, cell_level=Level.DONE)
    round_.refresh_from_db()
    assert round_.status == EvaluationRound.Status.PROPOSED
    round_.decide(by=world.officer, overrides={sheet.pk: Level.DONE},
                  reasons={sheet.pk: "Chưa hoàn thành chỉ tiêu phụ trách lớp"},
                  cell_level=Level.DONE, cell_reason="Còn 2 chỉ tiêu không đạt")  # fmt: skip
    sheet.refresh_from_db()
    assert sheet.final_level == Level.DONE and sheet.final_reason.startswith("Chưa hoàn thành")
    assert round_.cell_evaluation.final_level == Level.DONE
    others = round_.evaluations.exclude(pk=sheet.pk)
    assert all(e.final_level == Level.GOOD and e.final_reason == "" for e in others)
    entry = AuditEntry.objects.get(action="evaluation.decide")
    assert "HTTNV → HTNV (lý do: Chưa hoàn thành chỉ tiêu phụ trách lớp)" in entry.after["thay đổi"]
    assert "Còn 2 chỉ tiêu không đạt" in entry.after["thay đổi"]


def test_the_superiors_changes_are_checked_against_the_cap(world, round_):
    sheet = _decidable(world, round_)
    others = list(round_.evaluations.exclude(pk=sheet.pk)[:2])
    overrides = {e.pk: Level.EXCELLENT for e in [sheet, *others]}
    reasons = {pk: "Thành tích nổi bật" for pk in overrides}
    with pytest.raises(EvaluationError, match="vượt mức tối đa 1"):
        round_.decide(by=world.officer, overrides=overrides, reasons=reasons)  # 3 > 20% of 8


def test_round_settings_go_through_the_verb_and_the_log(world, round_):
    import datetime as dt

    with pytest.raises(EvaluationError, match="quyết định của cấp có thẩm quyền"):
        round_.configure(by=world.secretary.user, cap_percent=25)
    with pytest.raises(EvaluationError, match="Chỉ chi ủy"):
        round_.configure(by=world.member.user, review_meeting_on=dt.date(2026, 12, 20))
    round_.configure(by=world.secretary.user, cap_percent=25, cap_decision="QĐ 45-QĐ/ĐU",
                     review_meeting_on=dt.date(2026, 12, 20), report_sent_on=dt.date(2026, 12, 14))  # fmt: skip
    round_.refresh_from_db()
    assert round_.cap_percent == 25 and round_.review_meeting_on == dt.date(2026, 12, 20)
    entry = AuditEntry.objects.get(action="evaluation.configure")
    assert entry.before["cap_percent"] == 20 and entry.after["cap_decision"] == "QĐ 45-QĐ/ĐU"
    with pytest.raises(EvaluationError, match="trước ngày họp"):
        round_.configure(by=world.secretary.user, report_sent_on=dt.date(2026, 12, 21))
    with pytest.raises(EvaluationError, match="25%"):
        EvaluationRound.open(cell=world.cell, year=2027, by=world.secretary.user, cap_percent=25)
