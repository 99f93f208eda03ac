"""Demo đảng phí: Hoa Mai's 20 members (and the two the admission files admit, each from
the month of the ceremony) with the fee book of 2026 (QĐ 01 applies from
02/2026): each month paid at the meeting, in cash or on the National Public Service Portal,
closed by the treasurer; one member with a 50 % reduction, one retired member paying 0.5 %
of her pension, one member flagged for three unpaid months, one who pays a quarter ahead.

The share the cell keeps is left unset for the Thạch Bàn ward, as it is unknown: the book
and the committee page say so. Idempotent: nothing is added once the cell has fee bases.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from chibo.fees.models import FeeBasis, FeeBook, FeeMonth, FeeRelief, Payment, next_month
from chibo.members.models import Member, Role
from chibo.organizations.models import Cell
from chibo.rules import fees as rules

CELL = "Chi bộ Trường Mầm non Hoa Mai"
TREASURER = "Phùng Thị Thu Huyền"
RETIRED = "Cao Thị Mai Phương"  # retired at the end of 09/2026
REDUCED = "Đào Thị Hồng Vân"  # 50 % for 06–11/2026, hardship
FLAGGED = "Lương Thị Thảo"  # pays nothing from 09/2026
AHEAD = "Vũ Thị Hạnh"  # pays three months at a time
LATE = "Nguyễn Thị Hoa"  # skipped 03/2026, paid it with 04/2026
PORTAL = {"Trần Thị Nghĩa Quỳnh", "Nguyễn Thị Thanh Hương", "Đỗ Thị Thu Trang", "Tạ Thị Thúy Nga"}

# Salary used for social insurance (đồng a month), by job; the Bí thư and her deputies more.
SALARY = {
    "Hiệu trưởng": 9_856_000, "Phó Hiệu trưởng": 8_724_000, "Giáo viên": 6_934_500,
    "Kế toán": 6_120_000, "Nhân viên nấu ăn": 5_310_000, "Nhân viên bảo vệ": 5_310_000,
    "Nhân viên y tế": 5_562_000,
}  # fmt: skip
PENSION = 6_287_300
YEAR = 2026


def _salary(member: Member, index: int) -> int:
    # Seniority shifts each teacher's salary a little, so the book is not one column of equals.
    return SALARY.get(member.job, 6_000_000) + (index % 5) * 117_300


@transaction.atomic
def load_fees_demo(today: dt.date | None = None) -> None:
    cell = Cell.objects.filter(name=CELL).first()
    if cell is None or FeeBasis.objects.filter(cell=cell).exists():
        return
    today = today or timezone.localdate()
    members = list(Member.objects.for_cell(cell).current().vietnamese_order())
    secretary = next((m for m in members if m.role == Role.SECRETARY), None)
    by = secretary.user if secretary else None
    by_name = {m.full_name: m for m in members}
    FeeBook.designate(cell=cell, member=by_name.get(TREASURER), by=by)
    for index, member in enumerate(members):
        FeeBasis.record(member=member, category=rules.INSURED, amount=_salary(member, index),
                        valid_from=rules.IN_FORCE, by=by, source=FeeBasis.Source.PAYROLL,
                        note="Bảng lương tháng 01/2026")  # fmt: skip
    if RETIRED in by_name:
        FeeBasis.record(member=by_name[RETIRED], category=rules.PENSION, amount=PENSION,
                        valid_from=dt.date(YEAR, 10, 1), by=by,
                        note="Nghỉ hưu từ tháng 10/2026, hưởng lương hưu")  # fmt: skip
    if REDUCED in by_name:
        FeeRelief.grant(member=by_name[REDUCED], kind=rules.REDUCE_50, reason=rules.HARDSHIP,
                        first_month=dt.date(YEAR, 6, 1), last_month=dt.date(YEAR, 11, 1),
                        decision="Nghị quyết chi bộ số 06-NQ/CB ngày 03/6/2026",
                        decided_on=dt.date(YEAR, 6, 3), by=by)  # fmt: skip
    month = rules.IN_FORCE
    while month <= min(dt.date(YEAR, 12, 1), rules.first_of_month(today)):
        _collect(cell, members, month, today, by)
        if next_month(month) <= rules.first_of_month(today):
            FeeMonth.objects.get_or_create(cell=cell, month=month)[0].close(by=by, today=today)
        month = next_month(month)


def _collect(cell: Cell, members: list[Member], month: dt.date, today: dt.date, by: Any) -> None:
    """The month's payments, each at the amount the book says is due (read once a month).
    Written in one batch: the demo's two hundred payments through the verb, each with its own
    locks and audit entry, would double the time of `chibo demo`."""
    from chibo.fees.ledger import month_book

    day = min(month.replace(day=3 + month.month % 3), today)
    due = {line.member.pk: line for line in month_book(cell, month).lines}
    FeeMonth.objects.get_or_create(cell=cell, month=month)
    payments = []
    for number, member in enumerate(members, start=1):
        line = due.get(member.pk)
        if line is None:
            continue  # admitted later in the year (chibo/demo/admissions.py): not in this month's book
        amount = line.due + max(line.carried, 0)
        if member.full_name == FLAGGED and month >= dt.date(YEAR, 9, 1):
            continue
        if member.full_name == LATE and month == dt.date(YEAR, 3, 1):
            continue
        if member.full_name == AHEAD:
            if (month.month - 2) % 3:
                continue
            amount = line.due * 3 + line.carried  # this month and the next two
        if month.month == 12 and number % 2:
            continue  # December: half the cell has paid so far
        if amount <= 0:
            continue
        portal = member.full_name in PORTAL
        payments.append(Payment(
            cell=cell, member=member, month=month, paid_on=day, amount=amount,
            method=rules.PORTAL if portal else rules.CASH,
            reference=(f"DVC{month:%y%m}{number:04d}" if portal else f"BL-{month:%m%y}-{number:02d}"),
            note="Nộp trước 3 tháng" if member.full_name == AHEAD else "", recorded_by=by,
        ))  # fmt: skip
    Payment.objects.bulk_create(payments)
