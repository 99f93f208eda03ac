"""The rulebook's đảng phí rules (QĐ 01-QĐ/TW): dues for each category and year, rounding,
reliefs, the three unpaid months. Pure functions: no database."""

from __future__ import annotations

import datetime as dt

import pytest

from chibo.rules import fees as rules

NOV_2026 = dt.date(2026, 11, 1)
JAN_2028 = dt.date(2028, 1, 1)


@pytest.mark.parametrize(
    ("category", "base", "month", "expected"),
    [
        (rules.INSURED, 7_234_567, NOV_2026, 72_346),  # 72.345,67 rounds up
        (rules.INSURED, 6_934_500, NOV_2026, 69_345),
        (rules.SICK_LEAVE, 4_500_050, NOV_2026, 45_001),  # 45.000,5: a half rounds up
        (rules.PENSION, 6_287_300, NOV_2026, 31_437),  # 0,5% = 31.436,5
        (rules.STUDENT, 0, NOV_2026, 5_000),
        (rules.STUDENT, 9_000_000, NOV_2026, 5_000),  # a flat fee, whatever the income
        (rules.UNINSURED, 5_310_000, NOV_2026, 15_930),  # 0,3% of region I (the worked example)
        (rules.UNINSURED, 5_310_000, dt.date(2027, 12, 1), 15_930),
        (rules.UNINSURED, 5_310_000, JAN_2028, 26_550),  # 0,5% from 01/01/2028
        (rules.UNINSURED_RETIRED, 5_310_000, NOV_2026, 10_620),  # 0,2%
        (rules.UNINSURED_RETIRED, 5_310_000, JAN_2028, 15_930),  # 0,3% from 2028
    ],
)
def test_it_computes_the_dues_of_each_category(category, base, month, expected):
    assert rules.due(category=category, base=base, month=month) == expected


@pytest.mark.parametrize(
    ("relief", "expected"),
    [(None, 72_346), (rules.REDUCE_30, 50_642), (rules.REDUCE_50, 36_173),
     (rules.REDUCE_70, 21_704), (rules.EXEMPT, 0)],
)  # fmt: skip
def test_a_reduction_applies_to_the_rounded_fee_and_is_rounded_again(relief, expected):
    # 72.346 × 70% = 50.642,2 → 50.642; × 30% = 21.703,8 → 21.704
    assert (
        rules.due(category=rules.INSURED, base=7_234_567, month=NOV_2026, relief=relief) == expected
    )


def test_the_rates_read_as_a_member_writes_them():
    assert rules.rate_for(rules.INSURED, NOV_2026).percent_text == "1%"
    assert rules.rate_for(rules.PENSION, NOV_2026).percent_text == "0,5%"
    assert rules.rate_for(rules.UNINSURED, NOV_2026).percent_text == "0,3%"
    assert rules.rate_for(rules.UNINSURED, JAN_2028).percent_text == "0,5%"
    assert rules.rate_for(rules.STUDENT, NOV_2026).percent_text == "5.000 đ/tháng"
    assert rules.rate_for(rules.PENSION, NOV_2026).percent == "0.50"


def test_rounding_is_half_up_to_the_dong():
    assert rules.round_half_up(49, 100) == 0
    assert rules.round_half_up(50, 100) == 1
    assert rules.round_half_up(150, 100) == 2
    assert "làm tròn đến đồng" in rules.ROUNDING_RULE
    assert rules.SOURCE_ROUNDING.status_code == "I"


def test_months_before_quy_dinh_01_are_refused_in_vietnamese():
    with pytest.raises(rules.RuleError, match="bắt đầu từ tháng 02/2026"):
        rules.rate_for(rules.INSURED, dt.date(2026, 1, 1))


def test_the_regional_minimum_wage_is_read_by_region_and_cited_as_third_party():
    assert rules.regional_minimum_wage("I", NOV_2026) == 5_310_000
    assert rules.regional_minimum_wage("IV", NOV_2026) == 3_700_000
    assert rules.SOURCE_MINIMUM_WAGE.status_code == "T"
    with pytest.raises(rules.RuleError, match="vùng lương tối thiểu"):
        rules.regional_minimum_wage("V", NOV_2026)


def test_the_salary_of_a_month_prices_the_next_months_fee():
    assert rules.fee_month_for_salary(dt.date(2026, 10, 17)) == NOV_2026
    assert rules.fee_month_for_salary(dt.date(2026, 12, 1)) == dt.date(2027, 1, 1)


def test_a_hardship_relief_is_at_most_twelve_months():
    first = dt.date(2026, 3, 1)
    ok = rules.relief_problem(kind=rules.REDUCE_50, reason=rules.HARDSHIP, first=first,
                              last=dt.date(2027, 2, 1))  # fmt: skip
    too_long = rules.relief_problem(kind=rules.REDUCE_50, reason=rules.HARDSHIP, first=first,
                                    last=dt.date(2027, 3, 1))  # fmt: skip
    open_ended = rules.relief_problem(
        kind=rules.EXEMPT, reason=rules.HARDSHIP, first=first, last=None
    )
    assert ok == ""
    assert "không quá 12 tháng" in too_long and "13 tháng" in too_long
    assert "phải có tháng kết thúc" in open_ended


def test_statutory_exemptions_are_exemptions_with_no_term():
    first = dt.date(2026, 3, 1)
    assert (
        rules.relief_problem(kind=rules.EXEMPT, reason=rules.SENIORITY_50, first=first, last=None)
        == ""
    )
    refused = rules.relief_problem(
        kind=rules.REDUCE_30, reason=rules.SENIORITY_50, first=first, last=None
    )
    assert "được miễn đóng, không phải giảm" in refused
    backwards = rules.relief_problem(kind=rules.EXEMPT, reason=rules.POOR_HOUSEHOLD, first=first,
                                     last=dt.date(2026, 2, 1))  # fmt: skip
    assert "Tháng kết thúc phải sau" in backwards


@pytest.mark.parametrize(
    ("dues", "outstanding", "months"),
    [
        ([70, 70, 70], 0, 0),
        ([70, 70, 70], -10, 0),  # paid ahead
        ([70, 70, 70], 70, 1),
        ([70, 70, 70], 71, 2),  # a month paid in part is unpaid
        ([70, 70, 70], 210, 3),
        ([70, 0, 70, 70], 210, 3),  # an exempt month is never unpaid
        ([70, 70], 500, 2),  # arrears of earlier years do not count in this year
    ],
)
def test_months_unpaid_puts_the_debt_on_the_latest_months(dues, outstanding, months):
    assert rules.months_unpaid(dues, outstanding) == months


def test_three_unpaid_months_flag_the_member_with_the_rule_cited():
    assert not rules.is_flagged(2)
    assert rules.is_flagged(3)
    text = rules.flag_text(3)
    assert "3 tháng" in text and "Quy định 01-QĐ/TW" in text and "xóa tên" in text


def test_money_is_written_with_dots_and_the_dong_sign():
    assert rules.money(1_234_000) == "1.234.000 đ"
    assert rules.money(0) == "0 đ"
    assert rules.money(-5_000) == "-5.000 đ"


def test_every_rate_cites_quy_dinh_01():
    for category in rules.CATEGORIES:
        assert category.source.source.code == "QD01_2026"
    assert rules.SOURCE_RELIEF.source.code == "QD01_2026"
    assert rules.SOURCE_UNPAID.source.code == "QD01_2026"
