"""/api/v1/cells/{id}/fees and recording payments: the book's rows by member and month, a
member's own rows only, and the page's refusals as 400s in Vietnamese."""

from __future__ import annotations

import datetime as dt

import pytest

from chibo.fees.models import Payment
from chibo.fees.tests.conftest import december  # noqa: F401 (today is 15/12/2026)
from chibo.fees.tests.helpers import basis, close_through, pay
from chibo.rules import fees as rules

from .conftest import api_client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def book(december, world):  # noqa: F811
    basis(world.secretary, 9_856_000)
    basis(world.member, 6_287_300, category=rules.PENSION)
    pay(world.member, 31_437 * 2, dt.date(2026, 3, 4))
    return world


def test_the_book_has_one_row_per_member_and_month(book):
    response = api_client_for(book, "officer").get(f"cells/{book.cell.pk}/fees", {"year": 2026})
    rows = response.json()
    assert response.status_code == 200 and len(rows) == 2 * 11  # 02 to 12/2026
    row = next(r for r in rows if r["member_id"] == book.member.pk and r["month"] == "2026-03")
    assert row == {
        "member_id": book.member.pk, "full_name": "Phạm Thị Thu Hà", "month": "2026-03",
        "category": "pension", "category_display": "Hưởng lương hưu", "base_amount": 6_287_300,
        "rate_percent": "0.50", "flat_amount": None, "relief": "", "due": 31_437,
        "carried": 31_437, "paid": 62_874, "balance": 0, "months_unpaid": 0, "flagged": False,
        "closed": False,
    }  # fmt: skip
    last = next(r for r in rows if r["member_id"] == book.secretary.pk and r["month"] == "2026-12")
    assert (last["due"], last["months_unpaid"], last["flagged"]) == (98_560, 11, True)


def test_a_member_reads_their_own_rows_only(book):
    rows = api_client_for(book, "member").get(f"cells/{book.cell.pk}/fees", {"year": 2026}).json()
    assert {r["member_id"] for r in rows} == {book.member.pk}


def test_a_year_before_the_book_is_refused_in_vietnamese(book):
    response = api_client_for(book, "secretary").get(f"cells/{book.cell.pk}/fees", {"year": 2025})
    assert (
        response.status_code == 422
        and response.json()["errors"][0]["message"] == "Giá trị quá nhỏ."
    )


def test_a_payment_is_recorded_with_the_pages_checks(book):
    client = api_client_for(book, "secretary")
    url = f"cells/{book.cell.pk}/fees/payments"
    ok = client.post(url, {"member_id": book.member.pk, "paid_on": "2026-12-04", "amount": 31_437,
                           "method": "portal", "reference": "DVC-1"})  # fmt: skip
    assert ok.status_code == 201 and ok.json()["month"] == "2026-12"
    close_through(book.cell, dt.date(2026, 2, 1))
    for data, message in [
        ({"amount": -5_000}, "Số tiền nộp phải lớn hơn 0 đồng."),
        ({"reference": "DVC-1"}, "Biên lai hoặc mã giao dịch “DVC-1” đã được ghi sổ."),
        ({"paid_on": "2026-02-04"}, "Tháng 02/2026 đã khóa sổ"),
    ]:
        payload = {"member_id": book.member.pk, "paid_on": "2026-12-05", "amount": 31_437,
                   "method": "portal", "reference": "DVC-2", **data}  # fmt: skip
        refused = client.post(url, payload)
        assert refused.status_code == 400 and refused.json()["detail"].startswith(message)
    assert Payment.objects.filter(member=book.member).count() == 2


def test_a_member_of_another_cell_is_not_a_choice(book):
    response = api_client_for(book, "secretary").post(f"cells/{book.cell.pk}/fees/payments", {
        "member_id": book.other_secretary.pk, "paid_on": "2026-12-04", "amount": 70_000})  # fmt: skip
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "member", "message": "Đảng viên này không thuộc chi bộ."}
    ]
