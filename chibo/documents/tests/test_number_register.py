"""Numbers restart at 01 per document type per term (HD 36 §3.3), no gaps, no duplicates."""

from __future__ import annotations

import datetime as dt

import pytest

from chibo.documents.models import DocumentError, NumberRegister
from chibo.documents.party import format_number
from chibo.organizations.models import Term

ON = dt.date(2026, 1, 5)


def test_numbers_of_one_type_follow_each_other(world):
    taken = [NumberRegister.take_next(cell=world.cell, type_code="KH", on=ON) for _ in range(3)]
    assert taken == [1, 2, 3]


def test_each_type_has_its_own_series(world):
    NumberRegister.take_next(cell=world.cell, type_code="KH", on=ON)
    NumberRegister.take_next(cell=world.cell, type_code="KH", on=ON)
    assert NumberRegister.take_next(cell=world.cell, type_code="NQ", on=ON) == 1
    assert NumberRegister.take_next(cell=world.cell, type_code="KH", on=ON) == 3


def test_each_cell_has_its_own_series(world):
    NumberRegister.take_next(cell=world.cell, type_code="KH", on=ON)
    assert NumberRegister.take_next(cell=world.other_cell, type_code="KH", on=ON) == 1


def test_numbers_restart_in_a_new_term(world):
    Term.objects.create(
        cell=world.cell, name="2030–2035", start=dt.date(2030, 7, 1), end=dt.date(2035, 6, 30)
    )
    NumberRegister.take_next(cell=world.cell, type_code="KH", on=ON)
    NumberRegister.take_next(cell=world.cell, type_code="KH", on=ON)
    assert NumberRegister.take_next(cell=world.cell, type_code="KH", on=dt.date(2030, 9, 1)) == 1
    assert NumberRegister.take_next(cell=world.cell, type_code="KH", on=ON) == 3


def test_it_refuses_a_date_outside_every_term(world):
    with pytest.raises(DocumentError, match="chưa khai báo nhiệm kỳ"):
        NumberRegister.take_next(cell=world.cell, type_code="KH", on=dt.date(2020, 1, 1))
    assert not NumberRegister.objects.exists()


def test_it_refuses_an_unknown_type(world):
    with pytest.raises(DocumentError, match="không có trong danh mục"):
        NumberRegister.take_next(cell=world.cell, type_code="XX", on=ON)


def test_format_number_pads_to_two_digits_without_a_colon():
    assert format_number(3, "KH") == "Số 03-KH/CB"
    assert format_number(112, "NQ") == "Số 112-NQ/CB"
    assert format_number(3, "KH", colon=True) == "Số: 03-KH/CB"
    assert format_number(None, "KH") == "Số    -KH/CB"
