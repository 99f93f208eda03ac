"""Two treasurers recording at once lose nothing and double nothing (PostgreSQL row locks).

Every write to a cell's book first locks the cell's `FeeBook` row, so the duplicate-receipt
check, the month's status and the closing snapshot are each seen whole. On SQLite the whole
file is locked instead, so these tests only run on PostgreSQL (`make test-postgres`)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection, connections
from django.db.models import Sum

from chibo.conftest import make_cell, make_committee, make_member
from chibo.fees.models import FeeError, FeeMonth, MonthlyDue, Payment
from chibo.rules import fees as rules

from .helpers import basis

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks need PostgreSQL (SQLite locks the file)"
)
NOV = dt.date(2026, 11, 1)
TODAY = dt.date(2026, 12, 1)


def _race(actions: list[Callable[[], Any]]) -> tuple[list[Any], list[BaseException]]:
    start = threading.Barrier(len(actions))
    results: list[Any] = []
    errors: list[BaseException] = []

    def run(action: Callable[[], Any]) -> None:
        try:
            start.wait()
            results.append(action())
        except BaseException as exc:  # noqa: BLE001 (reported by the assertions)
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(a,)) for a in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def _cell_with_members(n: int) -> list[Any]:
    cell = make_cell(make_committee())
    members = [make_member(cell, f"Đảng viên Số {i}") for i in range(n)]
    for member in members:
        basis(member, 7_000_000, month=NOV)
    return members


def _pay(member: Any, amount: int, reference: str) -> Callable[[], Payment]:
    return lambda: Payment.record(member=member, paid_on=dt.date(2026, 11, 20), amount=amount,
                                  method=rules.CASH, reference=reference, by=None, today=TODAY)  # fmt: skip


@pytest.mark.django_db(transaction=True)
def test_simultaneous_payments_are_all_kept_once():
    members = _cell_with_members(6)
    actions = [_pay(m, 70_000 + i, f"BL-{i:02d}") for i, m in enumerate(members)]
    results, errors = _race(actions)
    assert errors == []
    assert Payment.objects.count() == 6 == len(results)
    assert Payment.objects.aggregate(s=Sum("amount"))["s"] == sum(70_000 + i for i in range(6))


@pytest.mark.django_db(transaction=True)
def test_one_receipt_entered_by_two_treasurers_at_once_is_kept_once():
    member, other = _cell_with_members(2)
    results, errors = _race([_pay(member, 70_000, "BL-77"), _pay(other, 70_000, "BL-77")])
    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], FeeError) and "đã được ghi sổ" in str(errors[0])
    assert Payment.objects.filter(reference="BL-77").count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_payment_racing_the_closing_of_its_month_is_in_the_book_or_refused():
    members = _cell_with_members(4)
    cell = members[0].cell  # its book starts in November (the members' bases)
    november = FeeMonth.objects.create(cell=cell, month=NOV)
    actions: list[Callable[[], Any]] = [_pay(m, 70_000, f"BL-{i}") for i, m in enumerate(members)]
    actions.insert(2, lambda: november.close(by=None, today=TODAY))
    results, errors = _race(actions)
    assert all(isinstance(e, FeeError) and "đã khóa sổ" in str(e) for e in errors), errors
    recorded = Payment.objects.filter(cell=cell, month=NOV)
    stored = MonthlyDue.objects.filter(fee_month=november).aggregate(s=Sum("paid"))["s"]
    assert recorded.count() + len(errors) == 4
    assert stored == (recorded.aggregate(s=Sum("amount"))["s"] or 0)  # nothing lost, nothing twice
