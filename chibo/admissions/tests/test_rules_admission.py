"""The rulebook's admission rules: age in months, education, certificate, sponsors, the route,
working-day deadlines, the vote through chibo.rules.votes, and the versioned rule sets."""

import datetime as dt

import pytest

from chibo.rules import admission as rules
from chibo.rules import votes

R = rules.RULES_2025
ON = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("born", "fits"),
    [
        (dt.date(2008, 3, 10), True),  # 18 years exactly on the day
        (dt.date(2008, 3, 11), False),  # one day short: 17 years 11 months
        (dt.date(1966, 3, 10), True),  # 60 years and 0 months
        (dt.date(1966, 2, 9), False),  # 60 years and 1 month
    ],
)
def test_age_is_counted_in_months_on_the_day_the_cell_considers(born, fits):
    assert (rules.age_problem(birth_date=born, on=ON, rules=R) == "") is fits


def test_over_sixty_needs_the_written_consent_and_the_message_says_so():
    problem = rules.age_problem(birth_date=dt.date(1960, 1, 1), on=ON, rules=R)
    assert "quá 60 tuổi" in problem and "Quy định 294-QĐ/TW" in problem
    assert rules.age_problem(birth_date=dt.date(1960, 1, 1), on=ON, rules=R,
                             over_age_consent="Văn bản 12-CV/TU ngày 02/02/2026") == ""  # fmt: skip
    assert "chưa đủ 18 tuổi" in rules.age_problem(birth_date=dt.date(2010, 1, 1), on=ON, rules=R)


def test_primary_education_only_in_hardship_areas():
    assert (
        rules.education_problem(education=rules.LOWER_SECONDARY, hardship_area=False, rules=R) == ""
    )
    assert "trung học cơ sở" in rules.education_problem(
        education=rules.PRIMARY, hardship_area=False, rules=R
    )
    assert rules.education_problem(education=rules.PRIMARY, hardship_area=True, rules=R) == ""
    assert "Chưa ghi" in rules.education_problem(education="", hardship_area=False, rules=R)


def test_the_certificate_is_valid_sixty_months():
    issued = dt.date(2021, 3, 10)
    assert rules.certificate_expires(issued, R) == dt.date(2026, 3, 10)
    assert rules.certificate_problem(issued_on=issued, on=dt.date(2026, 3, 10), rules=R) == ""
    problem = rules.certificate_problem(issued_on=issued, on=dt.date(2026, 3, 11), rules=R)
    assert "hết hiệu lực từ ngày 10/03/2026" in problem and "60 tháng" in problem


def test_a_sponsor_is_official_and_together_twelve_months_whatever_the_party_seniority():
    fine = rules.sponsor_problem(name="Dương Thị Huệ", official=True, together_since=dt.date(2025, 3, 10),
                                 on=ON, rules=R)  # fmt: skip
    assert fine == ""
    short = rules.sponsor_problem(name="Dương Thị Huệ", official=True, together_since=dt.date(2025, 3, 11),
                                  on=ON, rules=R)  # fmt: skip
    assert "(11 tháng)" in short and "ít nhất 12 tháng" in short and "Điều 4.2" in short
    probationary = rules.sponsor_problem(name="Mai Thị Phương", official=False,
                                         together_since=dt.date(2015, 1, 1), on=ON, rules=R)  # fmt: skip
    assert "chưa là đảng viên chính thức" in probationary


@pytest.mark.parametrize(
    ("years", "youth_union", "route"),
    [
        (25, True, rules.YOUTH_UNION),
        (30, True, rules.YOUTH_UNION),
        (31, True, rules.TWO_MEMBERS),
        (25, False, rules.TRADE_UNION),
        (45, False, rules.TRADE_UNION),
    ],
)
def test_the_sponsor_route_follows_age_and_the_units_doan(years, youth_union, route):
    assert (
        rules.expected_route(age_months=years * 12 + 6, unit_has_youth_union=youth_union) == route
    )
    assert rules.members_needed(route) == (2 if route == rules.TWO_MEMBERS else 1)


def test_another_route_needs_the_chi_uys_reason():
    problem = rules.route_problem(route=rules.TWO_MEMBERS, expected=rules.YOUTH_UNION, reason="")
    assert "ghi rõ lý do" in problem and "Điều 4.1" in problem
    assert (
        rules.route_problem(
            route=rules.TWO_MEMBERS, expected=rules.YOUTH_UNION, reason="Chưa là đoàn viên"
        )
        == ""
    )


def test_working_days_skip_weekends():
    friday = dt.date(2026, 3, 13)
    assert rules.add_working_days(friday, 1) == dt.date(2026, 3, 16)
    assert rules.add_working_days(friday, 5) == dt.date(2026, 3, 20)
    assert rules.decision_due(dt.date(2026, 3, 2), R) == dt.date(2026, 5, 25)  # 60 working days
    assert rules.ceremony_due(dt.date(2026, 3, 2), R) == dt.date(2026, 4, 13)  # 30 working days
    # Probation ends 12 months after the ceremony; the cell then has 30 working days.
    assert rules.recognition_due(dt.date(2025, 3, 2), R) == dt.date(2026, 4, 13)


def test_the_vote_is_the_rulebooks_two_thirds_of_all_official_members():
    passed = rules.vote_outcome(yes=13, no=6, abstain=0, official_members=19)
    assert passed == votes.decide(
        kind=votes.ADMISSION, yes=13, no=6, abstain=0, official_members=19
    )
    assert passed.passed and rules.vote_problem(passed) == ""
    failed = rules.vote_outcome(yes=12, no=5, abstain=0, official_members=19)
    assert "12/19" in rules.vote_problem(failed) and "cần ít nhất 13" in rules.vote_problem(failed)


def test_a_decision_is_never_before_the_cells_resolution():
    problem = rules.decision_order_problem(
        decision_date=dt.date(2026, 3, 1), resolution_on=dt.date(2026, 3, 2)
    )
    assert "trước ngày nghị quyết của chi bộ" in problem
    assert (
        rules.decision_order_problem(
            decision_date=dt.date(2026, 3, 2), resolution_on=dt.date(2026, 3, 2)
        )
        == ""
    )


def test_a_late_ceremony_needs_the_superiors_consent():
    received = dt.date(2026, 3, 2)
    late = rules.ceremony_problem(
        on=dt.date(2026, 4, 14), received_on=received, rules=R, consent=""
    )
    assert "chậm nhất ngày 13/04/2026" in late
    assert (
        rules.ceremony_problem(
            on=dt.date(2026, 4, 14), received_on=received, rules=R, consent="CV 5"
        )
        == ""
    )


def test_rule_sets_keep_form_codes_as_data_and_the_2026_set_is_pending():
    assert rules.rule_set("").code == rules.DEFAULT_RULE_SET == "qd294_2025"
    assert rules.rule_set("no-such-set") is R
    assert R.form("resolution") == "Mẫu 6-KNĐ" and R.form("recognition_resolution") == "Mẫu 13-KNĐ"
    pending = rules.RULES_2026
    assert pending.pending and not R.pending and pending.status_label == "Chờ xác minh văn bản gốc"
    assert {c.source.code for c in pending.texts} >= {"QD208_2026", "HD01_2026"}
    assert all(c.source.status == "T" for c in pending.texts if c.source.code != "DIEU_LE")
    # QĐ 294 is not marked superseded: the 2026 text is only announced.
    assert R.texts[1].source.superseded_by is None


def test_a_vote_before_the_2026_texts_were_issued_is_held_under_the_default():
    assert rules.RULES_2026.in_force_from == dt.date(2026, 7, 26)
    assert rules.rule_set_on(rules.RULES_2026, dt.date(2026, 7, 25)) is R
    assert rules.rule_set_on(rules.RULES_2026, dt.date(2026, 7, 26)) is rules.RULES_2026
    assert rules.rule_set_on(R, dt.date(2020, 1, 1)) is R  # the default is never refused
