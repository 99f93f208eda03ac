"""The pages: the treasurer records besides the chi ủy; members see only their own dues;
the book costs the same queries at 5 and 30 members; the cell page links to the book."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chibo.conftest import make_member, make_user, persona_client
from chibo.fees.models import FeeBasis, FeeBook, FeeMonth, Payment

from .helpers import basis, pay

pytestmark = pytest.mark.django_db


@pytest.fixture
def treasurer(world):
    member = make_member(world.cell, "Bùi Thị Lan", user=make_user("thuquy"))
    return member


def test_a_designated_treasurer_records_and_closes_besides_the_chi_uy(
    december, world, treasurer, secretary_client
):
    from django.test import Client

    client = Client()
    client.force_login(treasurer.user, backend="django.contrib.auth.backends.ModelBackend")
    book_url = reverse("fees:book", args=[world.cell.pk])
    assert client.get(book_url).status_code == 403
    response = secretary_client.post(
        reverse("fees:treasurer", args=[world.cell.pk]), {"member": treasurer.pk}
    )
    assert (
        response.status_code == 302 and FeeBook.objects.get(cell=world.cell).treasurer == treasurer
    )
    assert client.get(book_url).status_code == 200
    for member in (world.secretary, world.member, treasurer):
        basis(member)
    response = client.post(reverse("fees:payment_new", args=[world.cell.pk]), {
        "member": world.member.pk, "paid_on": "2026-12-04", "amount": "70.000", "method": "cash"})  # fmt: skip
    assert response.status_code == 302 and Payment.objects.get().recorded_by == treasurer.user
    # the treasurer does not hand the book to someone else
    assert (
        client.post(reverse("fees:treasurer", args=[world.cell.pk]), {"member": ""}).status_code
        == 403
    )


def test_a_member_sees_their_own_dues_and_not_the_others(december, world, member_client):
    basis(world.member, 7_234_567)
    basis(world.secretary, 9_856_000)
    pay(world.member, 72_346, dt.date(2026, 12, 4), today=dt.date(2026, 12, 15))
    response = member_client.get(reverse("fees:mine"), follow=True)
    page = response.content.decode()
    assert "Đảng phí của tôi" in page and "72.346\u00a0đ" in page
    assert "9.856.000" not in page and "Dương Thị Huệ" not in page.split("<main")[1]
    assert member_client.get(reverse("fees:member", args=[world.secretary.pk])).status_code == 403


def test_the_cell_page_links_to_the_book_or_to_ones_own_dues(
    december, world, member_client, secretary_client
):
    cell_url = reverse("organizations:cell", args=[world.cell.pk])
    assert (
        reverse("fees:book", args=[world.cell.pk])
        in secretary_client.get(cell_url).content.decode()
    )
    member_page = member_client.get(cell_url).content.decode()
    assert reverse("fees:mine") in member_page
    assert reverse("fees:book", args=[world.cell.pk]) not in member_page


def test_the_committee_page_links_to_the_fee_report(world, officer_client):
    page = officer_client.get(
        reverse("organizations:committee", args=[world.committee.pk])
    ).content.decode()
    assert reverse("fees:committee", args=[world.committee.pk]) in page


def test_closing_a_month_through_the_page(december, world, secretary_client):
    for member in (world.secretary, world.member):
        basis(member)
    url = reverse("fees:close", args=[world.cell.pk, 2026, 2])
    assert secretary_client.post(url, {}).status_code == 302
    assert not FeeMonth.objects.filter(status=FeeMonth.Status.CLOSED).exists()  # not confirmed
    response = secretary_client.post(url, {"confirm": "on"}, follow=True)
    assert "Đã khóa sổ tháng 02/2026" in response.content.decode()
    response = secretary_client.post(
        reverse("fees:close", args=[world.cell.pk, 2026, 4]), {"confirm": "on"}, follow=True
    )
    assert "Cần khóa sổ tháng 03/2026 trước." in response.content.decode()


def test_a_basis_is_recorded_through_the_page_and_history_is_kept(
    december, world, secretary_client
):
    url = reverse("fees:bases", args=[world.cell.pk])
    data = {
        "member": world.member.pk,
        "category": "insured",
        "amount": "7.000.000",
        "valid_from": "2026-02",
    }
    assert secretary_client.post(url, data).status_code == 302
    data.update(amount="7.500.000", valid_from="2026-09")
    assert secretary_client.post(url, data).status_code == 302
    assert list(FeeBasis.objects.values_list("amount", flat=True)) == [7_000_000, 7_500_000]
    refused = secretary_client.post(url, {**data, "amount": ""})
    assert "Cần ghi tiền lương làm căn cứ đóng bhxh" in refused.content.decode()
    page = secretary_client.get(url).content.decode()
    assert "7.500.000\u00a0đ" in page and "Toàn bộ lịch sử (2 lần ghi)" in page


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", ["fees:book", "fees:bases"])
def test_the_pages_cost_the_same_at_5_and_30_members(december, world, name):
    def grow(upto: int) -> None:
        while world.cell.members.count() < upto:
            member = make_member(world.cell, f"Đảng viên Số {world.cell.members.count()}")
            basis(member)
            pay(member, 70_000, dt.date(2026, 12, 4), today=dt.date(2026, 12, 15))

    client = persona_client(world, "secretary")
    url = reverse(name, args=[world.cell.pk])
    grow(5)
    small = _count(client, url)
    grow(30)
    assert _count(client, url) == small
    assert small <= 20


def test_reading_the_book_writes_nothing(december, world, officer_client):
    basis(world.member)
    books = list(FeeBook.objects.values_list("pk", "first_month", "treasurer_id"))
    for name, args in [("fees:book", [world.cell.pk]), ("fees:book_xlsx", [world.cell.pk, 2026, 12]),
                       ("fees:book_docx", [world.cell.pk, 2026, 12]), ("fees:member", [world.member.pk])]:  # fmt: skip
        assert officer_client.get(reverse(name, args=args)).status_code == 200
    assert list(FeeBook.objects.values_list("pk", "first_month", "treasurer_id")) == books
    assert not FeeMonth.objects.exists()
