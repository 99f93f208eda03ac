"""The fee book on "Việc hôm nay": a member sees what she still owes (her own amount only); the
chi ủy and the treasurer see members with three unpaid months, with the rule, and the month
just ended still to close. A cell without a fee book sees nothing; the queries do not grow."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chibo.conftest import make_member
from chibo.fees.models import FeeBook

from .helpers import basis, close

pytestmark = pytest.mark.django_db


def _items(client) -> dict[str, str]:
    page = client.get(reverse("home")).content.decode()
    return {
        kind: text for kind, text in re.findall(r'data-kind="(fees\.[a-z]+)"(.*?)</li>', page, re.S)
    }


def test_a_member_sees_what_she_still_owes_and_nothing_of_others(
    december, world, fee_cell, member_client
):
    items = _items(member_client)
    assert set(items) == {"fees.mine"}
    assert "còn phải đóng 70.000 đ" in items["fees.mine"] and "tháng 12/2026" in items["fees.mine"]
    page = member_client.get(reverse("home")).content.decode()
    assert "Lương Thị Thảo" not in page


def test_the_chi_uy_sees_the_flagged_member_with_the_rule_and_the_month_to_close(
    december, world, fee_cell, secretary_client
):
    items = _items(secretary_client)
    assert "fees.mine" not in items  # the Bí thư has paid every month
    assert "Lương Thị Thảo" in items["fees.flagged"]
    assert "xóa tên" in items["fees.flagged"]  # the rule, as the rulebook cites it
    assert "Khóa sổ đảng phí tháng 11/2026" in items["fees.close"]
    assert "1 đồng chí còn nợ" in items["fees.close"]  # Lương Thị Thảo owes for November


def test_a_closed_month_is_not_asked_again(december, world, fee_cell, secretary_client):
    for month in (9, 10, 11):
        close(world.cell, dt.date(2026, month, 1))
    assert "fees.close" not in _items(secretary_client)


def test_the_treasurer_who_is_not_in_the_chi_uy_sees_the_keepers_lines(
    december, world, fee_cell, member_client
):
    FeeBook.objects.filter(cell=world.cell).update(treasurer=world.member)
    items = _items(member_client)
    assert {"fees.mine", "fees.flagged", "fees.close"} <= set(items)


def test_a_cell_without_a_fee_book_sees_nothing(december, world, secretary_client):
    assert _items(secretary_client) == {}


def test_the_queries_do_not_grow_with_the_cell(december, world, fee_cell, secretary_client):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert secretary_client.get(reverse("home")).status_code == 200
        return sum("fees_" in q["sql"] for q in queries.captured_queries)

    small = count()
    for n in range(12):
        basis(make_member(world.cell, f"Đảng viên Số {n}"), 6_000_000, month=dt.date(2026, 9, 1))
    assert count() == small
