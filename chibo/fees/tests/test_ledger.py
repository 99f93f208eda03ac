"""The book computed month by month: balances carried over, paying ahead, reliefs, the flag
of three unpaid months, members who leave; closing stores a month and locks it."""

from __future__ import annotations

import datetime as dt

import pytest

from chibo.audit.models import AuditEntry
from chibo.conftest import make_member
from chibo.fees.ledger import ledger, month_book, month_lines
from chibo.fees.models import FeeError, FeeMonth, FeeRelief, MonthlyDue
from chibo.members.models import Member
from chibo.rules import fees as rules

from .helpers import NOV, basis, close, close_through, pay

pytestmark = pytest.mark.django_db
FEB, MAR, APR, MAY = (dt.date(2026, m, 1) for m in (2, 3, 4, 5))


def _line(cell, month, member):
    return next(line for line in month_lines(cell, month) if line.member.pk == member.pk)


@pytest.fixture
def cell(world):
    for member in Member.objects.filter(cell=world.cell):
        basis(member, 7_000_000)
    return world.cell


def test_an_unpaid_month_is_carried_into_the_next(world, cell):
    pay(world.member, 70_000, dt.date(2026, 3, 5))
    feb, mar = _line(cell, FEB, world.member), _line(cell, MAR, world.member)
    assert (feb.due, feb.paid, feb.balance, feb.months_unpaid) == (70_000, 0, 70_000, 1)
    assert (mar.carried, mar.total_due, mar.paid, mar.balance) == (70_000, 140_000, 70_000, 70_000)
    assert mar.months_unpaid == 1  # March's payment settled February first


def test_paying_ahead_leaves_a_credit_for_the_next_months(world, cell):
    pay(world.member, 210_000, dt.date(2026, 2, 5), reference="BL-1")
    lines = [_line(cell, m, world.member) for m in (FEB, MAR, APR, MAY)]
    assert [line.balance for line in lines] == [-140_000, -70_000, 0, 70_000]
    assert lines[1].carried_text == "nộp trước 140.000\u00a0đ"
    assert [line.status for line in lines] == ["paid", "paid", "paid", "unpaid"]


def test_three_unpaid_months_in_the_year_flag_the_member(world, cell):
    for month in (FEB, MAR, APR):
        pay(world.secretary, 70_000, month.replace(day=4))
    book = month_book(cell, APR)
    flagged = [line.member for line in book.flagged]
    assert flagged == [world.member]
    assert _line(cell, MAR, world.member).flagged is False  # two months is not yet the rule
    assert "3 tháng" in book.flagged[0].flag_text
    pay(world.member, 140_000, dt.date(2026, 4, 20))
    assert _line(cell, APR, world.member).months_unpaid == 1


def test_the_unpaid_months_restart_each_year_but_the_debt_does_not(world, cell):
    book = month_book(cell, dt.date(2027, 1, 1))
    line = next(line for line in book.lines if line.member.pk == world.member.pk)
    assert line.carried == 11 * 70_000 and line.months_unpaid == 1
    assert ledger(cell, dt.date(2027, 1, 1))[0].month == dt.date(2027, 1, 1)


def test_a_reduction_lowers_the_dues_of_its_months_only(world, cell):
    FeeRelief.grant(member=world.member, kind=rules.REDUCE_70, reason=rules.HARDSHIP,
                    first_month=MAR, last_month=APR, decision="Nghị quyết số 02-NQ/CB",
                    decided_on=dt.date(2026, 3, 3), by=None)  # fmt: skip
    dues = [_line(cell, m, world.member).due for m in (FEB, MAR, APR, MAY)]
    assert dues == [70_000, 21_000, 21_000, 70_000]
    assert _line(cell, MAR, world.member).relief_label == "Giảm 70%"


def test_an_exempt_month_is_not_unpaid(world, cell):
    FeeRelief.grant(member=world.member, kind=rules.EXEMPT, reason=rules.SENIORITY_50,
                    first_month=FEB, last_month=None, decision="Nghị quyết số 01-NQ/CB",
                    decided_on=dt.date(2026, 2, 3), by=None)  # fmt: skip
    line = _line(cell, MAY, world.member)
    assert (line.due, line.balance, line.months_unpaid, line.exempt) == (0, 0, 0, True)
    assert month_book(cell, MAY).exempt == 1


def test_a_pension_and_a_student_are_priced_by_their_own_rates(world, cell):
    retired = make_member(cell, "Nguyễn Văn Hưu")
    basis(retired, 6_287_300, category=rules.PENSION, month=MAR)
    student = make_member(cell, "Trần Minh Học")
    basis(student, 0, category=rules.STUDENT, month=MAR)
    assert _line(cell, MAR, retired).due == 31_437
    assert _line(cell, MAR, student).due == 5_000
    assert _line(cell, MAR, student).basis_text == "Học sinh, sinh viên: 5.000 đ/tháng"


def test_an_uninsured_member_pays_a_share_of_the_regional_minimum_wage(world, cell):
    basis(world.member, None, category=rules.UNINSURED, region="I", month=MAR)
    assert _line(cell, MAR, world.member).due == 15_930
    assert _line(cell, FEB, world.member).due == 70_000  # the older basis still prices February


def test_a_member_who_left_leaves_the_book_after_the_month_of_leaving(world, cell):
    world.member.transfer_out(on=dt.date(2026, 3, 20), by=None, to="Chi bộ khác")
    assert world.member.pk in {line.member.pk for line in month_lines(cell, MAR)}
    assert world.member.pk not in {line.member.pk for line in month_lines(cell, APR)}


def test_a_new_member_without_a_basis_is_shown_as_such(world, cell):
    newcomer = make_member(cell, "Lê Văn Mới", admission_date=dt.date(2026, 4, 10),
                           status=Member.Status.PROBATIONARY)  # fmt: skip
    assert newcomer.pk not in {line.member.pk for line in month_lines(cell, MAR)}
    line = _line(cell, APR, newcomer)
    assert (line.has_basis, line.due, line.category_label) == (False, 0, "Chưa có căn cứ")


def test_closing_stores_the_month_and_later_changes_do_not_touch_it(world, cell):
    pay(world.member, 70_000, dt.date(2026, 2, 5))
    month = close(cell, FEB, by=world.secretary.user)
    assert month.status == FeeMonth.Status.CLOSED and month.retention_percent is None
    assert MonthlyDue.objects.filter(fee_month=month).count() == 2
    assert AuditEntry.objects.filter(action="fees.close_month").exists()
    basis(world.member, 9_000_000, month=FEB)  # recorded late, valid from a closed month
    feb, mar = _line(cell, FEB, world.member), _line(cell, MAR, world.member)
    assert (feb.closed, feb.due, feb.paid) == (True, 70_000, 70_000)
    assert (mar.closed, mar.due, mar.carried) == (False, 90_000, 0)


def test_months_close_in_order_once_and_not_ahead(world, cell):
    with pytest.raises(FeeError, match="Cần khóa sổ tháng 02/2026 trước"):
        close(cell, MAR)
    close(cell, FEB)
    with pytest.raises(FeeError, match="Tháng 02/2026 đã khóa sổ"):
        close(cell, FEB)
    with pytest.raises(FeeError, match="Chưa đến tháng này"):
        FeeMonth.objects.create(cell=cell, month=dt.date(2027, 1, 1)).close(by=None, today=NOV)


def test_a_month_with_a_member_without_basis_is_not_closed(world, cell):
    make_member(cell, "Lê Văn Mới", admission_date=dt.date(2025, 4, 10))
    with pytest.raises(FeeError, match="chưa có căn cứ tính đảng phí của Lê Văn Mới"):
        close(cell, FEB)
    assert not MonthlyDue.objects.exists()


def test_the_balance_runs_on_from_the_last_closed_month(world, cell):
    pay(world.member, 70_000, dt.date(2026, 2, 5))
    close_through(cell, APR)
    may = _line(cell, MAY, world.member)
    assert (may.carried, may.closed) == (140_000, False)
    assert may.months_unpaid == 3  # March, April (stored) and May


def test_the_book_costs_the_same_queries_whatever_the_size(
    world, cell, django_assert_max_num_queries
):
    close_through(cell, MAR)
    for n in range(12):
        basis(make_member(cell, f"Đảng viên Số {n}"), 6_000_000)
    with django_assert_max_num_queries(8):
        books = ledger(cell, NOV)
    assert len(books) == 10 and books[-1].members == 14


def test_a_cell_that_starts_its_book_later_brings_no_paper_months(world):
    sep = dt.date(2026, 9, 1)
    with pytest.raises(FeeError, match="chưa ghi căn cứ tính đảng phí nào"):
        pay(world.member, 70_000, dt.date(2026, 9, 4))
    basis(world.member, 7_000_000, month=sep)
    basis(world.secretary, 9_000_000, month=dt.date(2026, 3, 1))  # an older salary, recorded later
    assert [b.month for b in ledger(world.cell, NOV)] == [sep, dt.date(2026, 10, 1), NOV]
    with pytest.raises(FeeError, match="bắt đầu từ tháng 09/2026"):
        pay(world.member, 70_000, dt.date(2026, 8, 4))
    close(world.cell, sep)  # no month of the paper book has to be closed first
    assert _line(world.cell, NOV, world.member).carried == 140_000
