import datetime as dt

import pytest

from chibo.conftest import make_member
from chibo.oversight import facts as facts_module
from chibo.oversight.rules import RULES


@pytest.fixture(autouse=True)
def _empty_cache():
    """The committee totals are cached; primary keys repeat from test to test."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def members(world):
    """The Bí thư, the member and eight more: ten in the cell."""
    extra = [make_member(world.cell, f"Nguyễn Văn Thành {i}") for i in range(8)]
    return [world.secretary, world.member, *extra]


@pytest.fixture
def check(world):
    """check(code, today, cell=None) -> the findings of one rule for the cell in today's year."""

    def run(code: str, today: dt.date, cell=None, year: int | None = None):
        cell = cell or world.cell
        loaded = facts_module.load([cell], year=year or today.year, today=today)[cell.pk]
        return RULES[code].evaluate(loaded)

    return run
