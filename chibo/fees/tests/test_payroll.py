"""The school's payroll imported all or nothing: members found by card number or name, other
staff left out, every problem shown before anything is recorded."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from chibo.conftest import make_member
from chibo.fees.models import BasisImport, FeeBasis, FeeError
from chibo.fees.payroll import PayrollError, read_payroll, start_import

pytestmark = pytest.mark.django_db


def _xlsx(rows, header=("STT", "Họ và tên", "Số thẻ đảng viên", "Lương đóng BHXH")) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["BẢNG LƯƠNG THÁNG 11/2026"])
    sheet.append([])
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _start(world, data):
    return start_import(cell=world.cell, by=world.secretary.user, filename="luong.xlsx",
                        payroll=read_payroll(data), salary_month=dt.date(2026, 11, 1))  # fmt: skip


def test_members_are_matched_and_other_staff_left_out(world):
    data = _xlsx([(1, "Dương Thị Huệ", "", 9_856_000), (2, "Nguyễn Văn Bảo Vệ", "", 5_310_000),
                  (3, "pham thi thu ha", "", "7.234.567")])  # fmt: skip
    batch = _start(world, data)
    assert batch.valid_from == dt.date(2026, 12, 1)  # November's salary prices December's fee
    assert [(r["name"], r["amount"]) for r in batch.rows] == [("Dương Thị Huệ", 9_856_000),
                                                              ("Phạm Thị Thu Hà", 7_234_567)]  # fmt: skip
    assert batch.ignored == [{"line": 5, "name": "Nguyễn Văn Bảo Vệ"}] and batch.can_commit
    assert batch.commit(by=world.secretary.user) == 2
    bases = FeeBasis.objects.order_by("amount")
    assert [(b.member, b.amount, b.valid_from, b.source) for b in bases] == [
        (world.member, 7_234_567, dt.date(2026, 12, 1), "payroll"),
        (world.secretary, 9_856_000, dt.date(2026, 12, 1), "payroll"),
    ]


def test_one_bad_line_stops_the_whole_file(world):
    make_member(world.cell, "Phạm Thị Thu Hà", card_number="HM0099")  # a namesake
    data = _xlsx([(1, "Dương Thị Huệ", "", "chín triệu"), (2, "Phạm Thị Thu Hà", "", 7_000_000)])
    batch = _start(world, data)
    assert batch.errors == [
        "Dòng 4: Lương đóng BHXH “chín triệu” không phải số tiền hợp lệ.",
        "Dòng 5: Chi bộ có 2 đảng viên tên “Phạm Thị Thu Hà”: cần thêm cột Số thẻ đảng viên.",
    ]
    with pytest.raises(FeeError, match="Tệp còn lỗi"):
        batch.commit(by=None)
    assert not FeeBasis.objects.exists()


def test_the_card_number_settles_namesakes(world):
    twin = make_member(world.cell, "Phạm Thị Thu Hà", card_number="HM0099")
    batch = _start(world, _xlsx([(1, "Phạm Thị Thu Hà", "hm0099", 6_000_000)]))
    assert batch.rows[0]["member_id"] == twin.pk and not batch.errors


def test_a_file_without_the_salary_column_is_refused(world):
    with pytest.raises(PayrollError, match="Lương đóng BHXH"):
        read_payroll(
            _xlsx([(1, "Dương Thị Huệ", "", 1)], header=("STT", "Họ và tên", "", "Tổng thu nhập"))
        )
    with pytest.raises(PayrollError, match="kiểu cũ"):
        read_payroll(b"\xd0\xcf\x11\xe0rest-of-an-xls")


def test_upload_preview_and_commit_through_the_pages(december, world, secretary_client):
    upload = SimpleUploadedFile("luong-11.xlsx", _xlsx([(1, "Dương Thị Huệ", "", 9_856_000)]))
    response = secretary_client.post(reverse("fees:payroll_upload", args=[world.cell.pk]),
                                     {"file": upload, "salary_month": "2026-11"})  # fmt: skip
    batch = BasisImport.objects.get()
    assert response["Location"] == reverse("fees:payroll_preview", args=[world.cell.pk, batch.pk])
    page = secretary_client.get(response["Location"]).content.decode()
    assert (
        "áp dụng cho đảng phí từ tháng 12/2026" in page and "Phạm Thị Thu Hà" in page
    )  # not in the file
    secretary_client.post(response["Location"], {"action": "commit"})
    assert FeeBasis.objects.get().amount == 9_856_000
    again = secretary_client.post(response["Location"], {"action": "commit"}, follow=True)
    assert "Lần nhập này đã kết thúc" in again.content.decode()
    assert FeeBasis.objects.count() == 1
