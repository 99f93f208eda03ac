import datetime as dt

import pytest

from chibo.evaluations.rules import (
    Conditions,
    Level,
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


def test_every_rating_cites_its_source():
    assert "QĐ 366-QĐ/TW" in rate(80, ALL_GOOD).source


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
    assert "3" in message and "tối đa 2" in message and "HD 43-HD/BTCTW" in message
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
