"""The demo's fee book: Hoa Mai's 20 members through 2026, with a reduction, a pensioner and
a member flagged for three unpaid months; the share left unset, as it is unknown."""

from __future__ import annotations

import datetime as dt

import pytest

from chibo.demo.fees import FLAGGED, REDUCED, RETIRED, load_fees_demo
from chibo.demo.load import load_demo
from chibo.fees.ledger import ledger
from chibo.fees.models import FeeMonth, Payment, next_month, share_for_cell
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.rules import fees as rules
from chibo.transfers.models import Transfer

pytestmark = pytest.mark.django_db


def test_hoa_mai_keeps_a_year_of_fees(time_machine):
    time_machine.move_to(dt.datetime(2026, 12, 15, 9, tzinfo=dt.UTC), tick=False)
    load_demo()
    cell = Cell.objects.get(name="Chi bộ Trường Mầm non Hoa Mai")
    books = ledger(cell, dt.date(2026, 12, 1))
    assert [b.month.month for b in books] == list(range(2, 13))
    # Seed 003's 20 members, and from the month of their ceremony the members the demo's
    # admission files admitted (chibo/demo/admissions.py).
    admitted = list(
        Member.objects.filter(cell=cell, admission__isnull=False).values_list(
            "admission_date", flat=True
        )
    )
    assert len(admitted) == 2
    # and the member transferred in from Yên Hoà in January (chibo/demo/partylife.py)
    moved_in = Transfer.objects.filter(to_cell=cell, status=Transfer.Status.ACCEPTED).count()
    assert moved_in == 1
    assert [b.members for b in books] == [20 + moved_in + sum(1 for day in admitted if day < next_month(b.month))
                                          for b in books]  # fmt: skip
    assert [b.closed for b in books] == [True] * 10 + [False]
    november = {line.member.full_name: line for line in books[-2].lines}
    assert november[REDUCED].relief == rules.REDUCE_50
    assert november[RETIRED].category == rules.PENSION and november[RETIRED].due == 31_437
    assert [line.member.full_name for line in books[-2].flagged] == [FLAGGED]
    assert books[-2].paid == sum(Payment.objects.filter(cell=cell, month=dt.date(2026, 11, 1))
                                 .values_list("amount", flat=True))  # fmt: skip
    assert share_for_cell(cell) is None
    assert FeeMonth.objects.filter(cell=cell, status=FeeMonth.Status.CLOSED).count() == 10
    before = Payment.objects.count()
    load_fees_demo()  # a second run adds nothing
    assert Payment.objects.count() == before > 150
