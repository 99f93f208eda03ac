"""Two people issuing at the same moment get distinct, consecutive numbers (PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.db import connection, connections

from chibo.conftest import make_cell, make_committee
from chibo.documents.models import NumberRegister

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks need PostgreSQL (SQLite locks the file)"
)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("existing_row", [False, True], ids=["first-number", "later-number"])
def test_two_threads_get_distinct_consecutive_numbers(existing_row):
    cell = make_cell(make_committee())
    on = dt.date(2026, 1, 5)
    if existing_row:
        NumberRegister.take_next(cell=cell, type_code="KH", on=on)
    start = threading.Barrier(4)
    taken: list[int] = []
    errors: list[BaseException] = []

    def take() -> None:
        try:
            start.wait()
            taken.append(NumberRegister.take_next(cell=cell, type_code="KH", on=on))
        except BaseException as exc:  # noqa: BLE001 (reported by the assertion below)
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=take) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    first = 2 if existing_row else 1
    assert sorted(taken) == list(range(first, first + 4))
