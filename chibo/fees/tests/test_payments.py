"""Recording payments: refused in a closed month, for nothing or less, in the future, twice for
one receipt; corrected by a reversing entry, never edited. Messages are Vietnamese."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.fees.models import FeeError, Payment
from chibo.rules import fees as rules

from .helpers import basis, close_through, pay

pytestmark = pytest.mark.django_db


@pytest.fixture
def book(world):
    basis(world.member, 7_000_000)
    basis(world.secretary, 9_000_000)
    return world


def test_a_payment_is_entered_in_the_month_it_was_paid_and_audited(book):
    payment = pay(
        book.member, 70_000, dt.date(2026, 11, 4), reference="BL-01", by=book.secretary.user
    )
    assert payment.month == dt.date(2026, 11, 1)
    entry = AuditEntry.objects.get(action="fees.payment")
    assert entry.after["amount"] == 70_000 and entry.cell == book.cell


def test_it_refuses_a_payment_in_a_closed_month(book):
    pay(book.member, 70_000, dt.date(2026, 10, 4))
    pay(book.secretary, 90_000, dt.date(2026, 10, 4))
    close_through(book.cell, dt.date(2026, 10, 1))
    with pytest.raises(FeeError, match="Tháng 10/2026 đã khóa sổ"):
        pay(book.member, 70_000, dt.date(2026, 10, 20))
    assert Payment.objects.count() == 2


@pytest.mark.parametrize("amount", [-70_000, 0])
def test_it_refuses_a_negative_or_zero_amount(book, amount):
    with pytest.raises(FeeError, match="Số tiền nộp phải lớn hơn 0 đồng"):
        pay(book.member, amount, dt.date(2026, 11, 4))
    assert not Payment.objects.exists()


def test_it_refuses_a_date_in_the_future_or_before_the_book(book):
    with pytest.raises(FeeError, match="tương lai"):
        Payment.record(member=book.member, paid_on=dt.date(2026, 12, 2), amount=70_000,
                       method=rules.CASH, by=None, today=dt.date(2026, 12, 1))  # fmt: skip
    with pytest.raises(FeeError, match="bắt đầu từ tháng 02/2026"):
        pay(book.member, 70_000, dt.date(2026, 1, 20))


def test_one_receipt_is_entered_once(book):
    pay(book.member, 70_000, dt.date(2026, 11, 4), reference="BL-07")
    with pytest.raises(FeeError, match="“BL-07” đã được ghi sổ"):
        pay(book.secretary, 70_000, dt.date(2026, 11, 5), reference="BL-07")


def test_a_portal_payment_needs_its_transaction_code(book):
    with pytest.raises(FeeError, match="cần ghi mã giao dịch"):
        pay(book.member, 70_000, dt.date(2026, 11, 4), method=rules.PORTAL)


def test_a_mistake_is_corrected_by_a_reversing_entry_in_the_open_month(book):
    wrong = pay(book.member, 700_000, dt.date(2026, 11, 4), reference="BL-09")
    reversal = wrong.correct(reason="Ghi thừa một số 0", by=None, today=dt.date(2026, 11, 6))
    assert reversal.amount == -700_000 and reversal.corrects == wrong
    assert Payment.objects.get(pk=wrong.pk).amount == 700_000  # the original stays as it was
    with pytest.raises(FeeError, match="đã được điều chỉnh"):
        wrong.correct(reason="Lần nữa", by=None, today=dt.date(2026, 11, 6))
    with pytest.raises(FeeError, match="bút toán điều chỉnh"):
        reversal.correct(reason="Đảo lại", by=None, today=dt.date(2026, 11, 6))
    # the receipt number is free again for the right entry
    pay(book.member, 70_000, dt.date(2026, 11, 6), reference="BL-09")


def test_a_correction_needs_a_reason(book):
    payment = pay(book.member, 70_000, dt.date(2026, 11, 4))
    with pytest.raises(FeeError, match="lý do"):
        payment.correct(reason="  ", by=None, today=dt.date(2026, 11, 6))


def test_the_page_shows_the_refusal_and_records_nothing(december, book, secretary_client):
    url = reverse("fees:payment_new", args=[book.cell.pk])
    response = secretary_client.post(url, {"member": book.member.pk, "paid_on": "2026-12-10",
                                           "amount": "-70.000", "method": "cash"})  # fmt: skip
    assert response.status_code == 200
    assert "Số tiền nộp phải lớn hơn 0 đồng." in response.content.decode()
    assert not Payment.objects.exists()


def test_the_page_reads_amounts_written_the_vietnamese_way(december, book, secretary_client):
    url = reverse("fees:payment_new", args=[book.cell.pk])
    response = secretary_client.post(url, {"member": book.member.pk, "paid_on": "2026-12-10",
                                           "amount": "70.000 đ", "method": "cash", "reference": "BL-1"})  # fmt: skip
    assert response.status_code == 302
    assert Payment.objects.get().amount == 70_000
    assert response["Location"].endswith("?month=2026-12")


def test_a_member_of_another_cell_cannot_be_chosen(december, book, world, secretary_client):
    url = reverse("fees:payment_new", args=[book.cell.pk])
    response = secretary_client.post(url, {"member": world.other_secretary.pk, "paid_on": "2026-12-10",
                                           "amount": "70000", "method": "cash"})  # fmt: skip
    assert response.status_code == 200
    assert "Đảng viên này không thuộc chi bộ." in response.content.decode()
    assert not Payment.objects.exists()
