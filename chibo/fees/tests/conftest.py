import datetime as dt

import pytest

from chibo.conftest import make_member

from .helpers import TODAY, basis, pay


@pytest.fixture
def december(time_machine):
    """Today is 15/12/2026 for the whole test, clients' sessions included: list it before them."""
    time_machine.move_to(TODAY, tick=False)


@pytest.fixture
def fee_cell(world):
    """Three members with a basis from 09/2026: the Bí thư paid every month, the member all but
    12/2026, Lương Thị Thảo nothing (flagged). Returns her."""
    late = make_member(world.cell, "Lương Thị Thảo")
    for member in (world.secretary, world.member, late):
        basis(member, 7_000_000, month=dt.date(2026, 9, 1))
    for month in (9, 10, 11, 12):
        pay(world.secretary, 70_000, dt.date(2026, month, 3), today=dt.date(2026, 12, 15))
        if month != 12:
            pay(world.member, 70_000, dt.date(2026, month, 3), today=dt.date(2026, 12, 15))
    return late
