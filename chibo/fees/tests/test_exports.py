"""The month's book and the committee report as Excel and as Party documents: their totals
agree with the ledger (the payments themselves) to the đồng."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.db.models import Sum
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from chibo.conftest import make_cell, make_member
from chibo.fees.ledger import month_book
from chibo.fees.models import NO_SHARE, FeeBook, Payment, Remittance, RetentionShare
from chibo.rules import fees as rules

from .helpers import NOV, basis, close_through, pay

pytestmark = pytest.mark.django_db


@pytest.fixture
def ledger_world(world):
    """Three members at odd salaries, payments late, ahead and missing; October closed."""
    treasurer = make_member(world.cell, "Bùi Thị Lan")
    FeeBook.designate(cell=world.cell, member=treasurer, by=None)
    for member, salary in (
        (world.secretary, 9_856_000),
        (world.member, 7_234_567),
        (treasurer, 6_120_050),
    ):
        basis(member, salary)
    for month in range(2, 12):
        day = dt.date(2026, month, 4)
        pay(world.secretary, 98_560, day)
        if month % 3:
            pay(world.member, 72_346 * (2 if month % 3 == 2 else 1), day)
        if month == 2:
            pay(treasurer, 61_201 * 12, day, reference="BL-ahead")
    close_through(world.cell, dt.date(2026, 10, 1))
    other = make_cell(world.committee, "Chi bộ Trường Tiểu học Yên Hoà")
    basis(make_member(other, "Hoàng Văn Nam"), 5_000_000)
    pay(other.members.get(), 50_000, dt.date(2026, 11, 3))
    Remittance.record(cell=world.cell, first_month=dt.date(2026, 10, 1), last_month=NOV, paid_on=NOV,
                      amount=150_000, method=rules.PORTAL, voucher="CT-11", by=None, today=NOV)  # fmt: skip
    return world


def _paid(cell, first, last):
    return Payment.objects.filter(cell=cell, month__gte=first, month__lte=last).aggregate(
        s=Sum("amount")
    )["s"]


def _sheet_rows(content):
    book = load_workbook(io.BytesIO(content), data_only=True)
    return {
        name: [list(r) for r in book[name].iter_rows(values_only=True)] for name in book.sheetnames
    }


def test_the_month_book_in_excel_adds_up_to_the_ledger(december, ledger_world, secretary_client):
    w = ledger_world
    response = secretary_client.get(reverse("fees:book_xlsx", args=[w.cell.pk, 2026, 11]))
    assert response.status_code == 200
    assert (
        "S%E1%BB%95%20thu%20n%E1%BB%99p" in response["Content-Disposition"]
    )  # "Sổ thu nộp", UTF-8
    sheets = _sheet_rows(response.content)
    part1 = sheets["Phần I"]
    members = [r for r in part1 if isinstance(r[0], int)]
    total = next(r for r in part1 if r[1] == "Cộng")
    book = month_book(w.cell, NOV)
    assert len(members) == 3
    # due, carried, total due, paid, balance: each column sums to its total and to the ledger
    for column, expected in ((7, book.due), (8, book.carried), (9, book.total_due), (10, book.paid),
                             (11, book.balance)):  # fmt: skip
        assert sum(r[column] for r in members) == total[column] == expected
    assert total[10] == _paid(w.cell, NOV, NOV)
    row = next(r for r in members if r[1] == "Phạm Thị Thu Hà")
    assert (row[4], row[5], row[7]) == (7_234_567, "1%", 72_346)
    part2 = sheets["Phần II"]
    assert [r[0] for r in part2 if str(r[0]).startswith("Cộng quý")] == ["Cộng quý I", "Cộng quý II",
                                                                         "Cộng quý III", "Cộng quý IV"]  # fmt: skip
    year = next(r for r in part2 if r[0] == "Cộng năm 2026")
    assert year[4] == _paid(w.cell, rules.IN_FORCE, NOV)
    assert NO_SHARE in [r[0] for r in part2]
    payments = sheets["Các khoản thu"]
    assert next(r for r in payments if r[0] == "Cộng")[2] == _paid(w.cell, NOV, NOV)


def test_the_month_book_as_a_party_document(december, ledger_world, secretary_client):
    w = ledger_world
    response = secretary_client.get(reverse("fees:book_docx", args=[w.cell.pk, 2026, 10]))
    document = Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "SỔ THU, NỘP ĐẢNG PHÍ" in text and "Tháng 10 năm 2026" in text
    assert "NGƯỜI THU ĐẢNG PHÍ" in _all_text(document) and "Bùi Thị Lan" in _all_text(document)
    assert NO_SHARE in text
    table = document.tables[1]  # [0] is the header zone
    total = [c.text for c in table.rows[-1].cells]
    book = month_book(w.cell, dt.date(2026, 10, 1))
    assert "Đơn vị tính: đồng" in text
    assert total[1] == "Cộng" and total[3] == _n(book.due) and total[5] == _n(book.paid)
    assert total[5] == _n(_paid(w.cell, dt.date(2026, 10, 1), dt.date(2026, 10, 1)))
    assert "DỰ THẢO" not in _all_text(document)  # October is closed
    open_month = secretary_client.get(reverse("fees:book_docx", args=[w.cell.pk, 2026, 11]))
    assert "DỰ THẢO" in _all_text(Document(io.BytesIO(open_month.content)))


def _n(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.first_page_header.paragraphs]
    return "\n".join(parts)


def test_the_committee_report_adds_up_to_the_payments_of_every_cell_below(
    december, ledger_world, officer_client
):
    w = ledger_world
    RetentionShare.decide(committee=w.committee, percent=30, decision="Quyết định số 12-QĐ/ĐU",
                          decided_on=dt.date(2026, 2, 5), by=None)  # fmt: skip
    url = reverse("fees:committee_xlsx", args=[w.committee.pk]) + "?year=2026&quarter=4"
    rows = _sheet_rows(officer_client.get(url).content)["Báo cáo"]
    cells = [r for r in rows if isinstance(r[0], int)]
    total = next(r for r in rows if r[1] == "Cộng")
    q4 = _paid(w.cell, dt.date(2026, 10, 1), dt.date(2026, 12, 1)) + 50_000
    assert len(cells) == 2 and total[4] == sum(r[4] for r in cells) == q4
    assert total[5] == sum(r[5] for r in cells) and total[5] + total[6] == q4
    assert total[7] == 150_000
    docx = officer_client.get(
        reverse("fees:committee_docx", args=[w.committee.pk]) + "?year=2026&quarter=4"
    )
    document = Document(io.BytesIO(docx.content))
    text = _all_text(document)
    assert "BÁO CÁO" in text and "Thu, nộp đảng phí quý IV năm 2026" in text
    assert _n(q4) in [c.text for c in document.tables[1].rows[-1].cells]
    assert "T/M ĐẢNG ỦY" in text and "Tỉnh ủy Ninh Bình" in text


def test_the_committee_report_without_a_share_says_so(december, ledger_world, officer_client):
    url = reverse("fees:committee_docx", args=[ledger_world.committee.pk]) + "?year=2026&quarter=0"
    text = _all_text(Document(io.BytesIO(officer_client.get(url).content)))
    assert f"{NO_SHARE} cho 2 chi bộ" in text
    page = officer_client.get(
        reverse("fees:committee", args=[ledger_world.committee.pk]) + "?year=2026&quarter=0"
    )
    assert "Chưa có tỷ lệ" in page.content.decode()
