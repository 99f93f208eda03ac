"""Makers for fee tests: a basis, a payment, a closed month. Dates are explicit; tests that
depend on "today" fix it with time_machine."""

from __future__ import annotations

import datetime as dt
from typing import Any

from chibo.fees.models import FeeBasis, FeeMonth, Payment
from chibo.members.models import Member
from chibo.rules import fees as rules

NOV = dt.date(2026, 11, 1)
DEC = dt.date(2026, 12, 1)


def basis(member: Member, amount: int = 7_000_000, *, category: str = rules.INSURED,
          month: dt.date = dt.date(2026, 2, 1), region: str = "", by: Any = None) -> FeeBasis:  # fmt: skip
    return FeeBasis.record(member=member, category=category, amount=amount, region=region,
                           valid_from=month, by=by)  # fmt: skip


def pay(member: Member, amount: int, on: dt.date, *, reference: str = "", method: str = rules.CASH,
        by: Any = None, today: dt.date | None = None) -> Payment:  # fmt: skip
    return Payment.record(member=member, paid_on=on, amount=amount, method=method,
                          reference=reference, by=by, today=today or max(on, dt.date(2026, 12, 1)))  # fmt: skip


def close(cell: Any, month: dt.date, *, by: Any = None) -> FeeMonth:
    fee_month = FeeMonth.objects.get_or_create(cell=cell, month=month)[0]
    return fee_month.close(by=by, today=dt.date(2026, 12, 1))


def close_through(cell: Any, last: dt.date, *, by: Any = None) -> None:
    month = rules.IN_FORCE
    while month <= last:
        close(cell, month, by=by)
        month = (month + dt.timedelta(days=32)).replace(day=1)


TODAY = dt.datetime(2026, 12, 15, 9, tzinfo=dt.UTC)
