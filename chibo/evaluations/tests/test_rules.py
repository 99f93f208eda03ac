import datetime as dt

import pytest

from chibo.evaluations.models import Level
from chibo.rules import evaluation as rules
from chibo.rules.evaluation import (
    Conditions,
    cap_violation,
    excellent_cap,
    rate,
    report_notice_ok,
)

ALL_GOOD = Conditions(tasks_total=10, tasks_on_time=10, tasks_exceeding=3)


@pytest.mark.parametrize(
    ("score", "conditions", "level"),
    [
        (90, ALL_GOOD, Level.EXCELLENT),
        (89.5, ALL_GOOD, Level.GOOD),
        (
            90,
            Conditions(tasks_total=10, tasks_on_time=10, tasks_exceeding=2),
            Level.GOOD,
        ),  # 20% < 30%
        (
            95,
            Conditions(
                tasks_total=10, tasks_on_time=10, tasks_exceeding=5, shortcomings_fixed=False
            ),
            Level.GOOD,
        ),
        (70, ALL_GOOD, Level.GOOD),
        (69.9, ALL_GOOD, Level.DONE),
        (
            80,
            Conditions(tasks_total=10, tasks_on_time=8, tasks_late=2),
            Level.DONE,
        ),  # 20% late is allowed
        (80, Conditions(tasks_total=10, tasks_on_time=7, tasks_late=3), Level.NOT_DONE),  # 30% late
        (50, ALL_GOOD, Level.DONE),
        (49.9, ALL_GOOD, Level.NOT_DONE),
        (
            98,
            Conditions(tasks_total=10, tasks_on_time=10, tasks_exceeding=10, disciplined=True),
            Level.NOT_DONE,
        ),
        (
            75,
            Conditions(tasks_total=10, tasks_on_time=4, tasks_not_done=6),
            Level.NOT_DONE,
        ),  # > 50% not done
    ],
)
def test_levels_follow_qd_366_bands_and_conditions(score, conditions, level):
    assert rate(score, conditions).level == level


def test_every_rating_cites_its_source_in_force_in_the_rounds_year():
    assert (
        rate(80, ALL_GOOD).source.text
        == "Quy định 366-QĐ/TW, Điều 11 (mức xếp loại và điều kiện kèm theo)"
    )
    old = rate(80, ALL_GOOD, year=2022).source
    assert (
        old.source.short == "Quy định 132-QĐ/TW"
        and old.replaced_note == "thay thế bởi Quy định 366-QĐ/TW"
    )
    assert "Điều 11" not in old.text  # article numbers are QĐ 366's, not QĐ 132's


@pytest.mark.parametrize(
    ("year", "regulation", "guide", "note"),
    [
        (2022, "Quy định 132-QĐ/TW", "Hướng dẫn 16-HD/BTCTW", "thay thế bởi Quy định 366-QĐ/TW"),
        (2023, "Quy định 124-QĐ/TW", "Hướng dẫn 25-HD/BTCTW", "thay thế bởi Quy định 366-QĐ/TW"),
        (2024, "Quy định 124-QĐ/TW", "Hướng dẫn 25-HD/BTCTW", "thay thế bởi Quy định 366-QĐ/TW"),
        (2025, "Quy định 366-QĐ/TW", "Hướng dẫn 43-HD/BTCTW", ""),
        (2026, "Quy định 366-QĐ/TW", "Hướng dẫn 43-HD/BTCTW", ""),
    ],
)
def test_a_round_cites_the_texts_in_force_in_its_year(year, regulation, guide, note):
    sources = rules.for_year(year)
    assert sources.regulation.short == regulation and sources.guide.short == guide
    assert sources.levels.replaced_note == note
    texts = [sources.scale, sources.levels, sources.leaders, *sources.cap, sources.notice,
             sources.order, sources.forms]  # fmt: skip
    for citation in texts:
        assert "party-rules" not in citation.full and "seed" not in citation.full
    if note:
        assert note in sources.cap_text and "thay thế bởi Hướng dẫn 43-HD/BTCTW" in sources.cap_text
    assert regulation.split()[-1] in sources.basis  # "132-QĐ/TW" in "Quy định 132-QĐ/TW …"


def test_leaders_need_the_unit_they_lead_to_reach_the_band():
    leader = Conditions(tasks_total=10, tasks_on_time=10, tasks_exceeding=3, leader=True)
    assert (
        rate(95, Conditions(**{**leader.__dict__, "unit_level": "excellent"})).level == "excellent"
    )
    capped = rate(95, Conditions(**{**leader.__dict__, "unit_level": "good"}))
    assert capped.level == "good" and "lãnh đạo, quản lý" in capped.reasons[-1]
    assert "Quy định 366-QĐ/TW, Điều 11" in capped.reasons[-1]
    assert rate(95, Conditions(**{**leader.__dict__, "unit_level": "done"})).level == "done"
    assert rate(95, Conditions(**{**leader.__dict__, "unit_level": "not_done"})).level == "not_done"
    # Only a cap: a low personal score stays low however well the unit did.
    assert rate(75, Conditions(**{**leader.__dict__, "unit_level": "excellent"})).level == "good"
    # Not a leader: the unit does not matter.
    assert (
        rate(95, Conditions(**{**leader.__dict__, "leader": False, "unit_level": "done"})).level
        == "excellent"
    )


def test_leaders_conditions_are_labelled_by_how_sure_they_are():
    sources = rules.for_year(2026)
    assert sources.leaders.status_code == "T" and sources.leaders_done.status_code == "I"


def test_a_member_without_party_tasks_can_be_excellent_on_their_assigned_duties():
    duties = Conditions(
        tasks_total=5, tasks_on_time=5, tasks_exceeding=2
    )  # teaching duties, no Party task
    assert rate(92, duties).level == "excellent"
    assert rate(92, Conditions()).level == "good"  # no task recorded at all: nothing exceeded


def test_forms_and_quarters():
    assert rules.form_code(leader=True) == "2A" and rules.form_code(leader=False) == "2B"
    assert rules.form_label("2A", 2026).startswith(
        "Mẫu 2A (dùng cho đảng viên giữ chức vụ lãnh đạo"
    )
    assert "Hướng dẫn 43-HD/BTCTW" in rules.form_label("2B", 2026)
    assert not rules.quarterly_applies(2022) and rules.quarterly_applies(2025)
    assert rules.quarter_of(dt.date(2026, 7, 1)) == 3
    assert rules.quarters_text({1: "good", 3: "excellent"}) == (
        "Quý I: HTTNV; Quý II: chưa tự xếp loại; Quý III: HTXSNV; Quý IV: chưa tự xếp loại"
    )
    assert "cao hơn" in rules.quarters_note("excellent", {1: "good", 2: "done"})
    assert rules.quarters_note("good", {1: "good", 2: "done"}) == ""
    assert rules.quarters_note("good", {}) == ""
    assert rules.QUARTERS_BOUND_ANNUAL is False


def test_level_choices_follow_the_rulebook():
    assert [c for c, _ in Level.choices] == list(rules.LEVEL_ORDER)
    assert Level.EXCELLENT.label == rules.LEVEL_LABELS["excellent"]


def test_the_raised_cap_needs_its_decision():
    assert rules.cap_problem(20, "") == ""
    assert "quyết định" in rules.cap_problem(25, " ")
    assert rules.cap_problem(25, "QĐ 12-QĐ/ĐU") == ""
    assert rules.cap_problem(30, "x") != ""


def test_score_outside_0_100_is_refused():
    with pytest.raises(ValueError, match="0 đến 100"):
        rate(101, ALL_GOOD)


@pytest.mark.parametrize(
    ("good", "percent", "cap"), [(10, 20, 2), (9, 20, 1), (4, 20, 0), (12, 25, 3), (15, 20, 3)]
)
def test_excellent_cap_is_a_share_of_the_good_count(good, percent, cap):
    assert excellent_cap(good, percent) == cap


def test_cap_only_20_or_25_percent():
    with pytest.raises(ValueError):
        excellent_cap(10, 30)


def test_cap_violation_names_the_numbers_and_the_source():
    levels = [Level.EXCELLENT] * 3 + [Level.GOOD] * 10
    message = cap_violation(levels)
    assert "3" in message and "tối đa 2" in message and "Hướng dẫn 43-HD/BTCTW" in message
    assert "party-rules" not in message
    assert "Quy định 132-QĐ/TW" in cap_violation(levels, year=2022)
    assert cap_violation([Level.EXCELLENT] * 2 + [Level.GOOD] * 10) == ""
    assert "tối đa 2" in cap_violation(levels, percent=25)  # 25% of 10 = 2.5, rounded down
    assert cap_violation([Level.EXCELLENT] * 3 + [Level.GOOD] * 12, percent=25) == ""


@pytest.mark.parametrize(
    ("sent", "meeting", "ok"),
    [
        (dt.date(2026, 12, 7), dt.date(2026, 12, 10), True),  # Mon -> Thu: Tue, Wed, Thu
        (dt.date(2026, 12, 8), dt.date(2026, 12, 10), False),  # Tue -> Thu: 2 working days
        (dt.date(2026, 12, 10), dt.date(2026, 12, 15), True),  # Thu -> Tue: Fri, Mon, Tue
        (dt.date(2026, 12, 11), dt.date(2026, 12, 15), False),  # Fri -> Tue: Mon, Tue
    ],
)
def test_collective_report_sent_three_working_days_ahead(sent, meeting, ok):
    assert report_notice_ok(sent, meeting) is ok
