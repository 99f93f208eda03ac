import datetime as dt
import io
from urllib.parse import quote

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from chibo.conftest import make_member
from chibo.members.excel import XLSX
from chibo.members.models import Member

pytestmark = pytest.mark.django_db


def _sheet(response):
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    return load_workbook(io.BytesIO(response.content)).worksheets[0]


def _names(sheet):
    return [row[1] for row in sheet.iter_rows(min_row=4, values_only=True)]


def test_export_has_title_bold_headers_widths_and_real_dates(world, member_client):
    make_member(world.cell, "Vũ Thị Lệ", birth_date=dt.date(1980, 2, 29), phone="0912345678")
    sheet = _sheet(member_client.get(reverse("members:export", args=[world.cell.pk])))
    assert sheet["A1"].value == f"DANH SÁCH ĐẢNG VIÊN — {world.cell.name}"
    headers = [c.value for c in sheet[3]]
    assert headers[:4] == ["STT", "Họ và tên", "Giới tính", "Ngày sinh"]
    assert "Ngày vào Đảng" in headers and "Lý luận chính trị" in headers
    assert all(c.font.bold for c in sheet[3])
    assert sheet.column_dimensions["B"].width == 28
    row = next(r for r in sheet.iter_rows(min_row=4) if r[1].value == "Vũ Thị Lệ")
    birth = row[headers.index("Ngày sinh")]
    assert birth.value.date() == dt.date(1980, 2, 29)
    assert birth.number_format == "DD/MM/YYYY"
    assert row[headers.index("Giới tính")].value == "Nữ"
    assert row[headers.index("Tình trạng")].value == "Chính thức"


def test_export_is_sorted_the_vietnamese_way(world, member_client):
    for name in ["Vũ Thị Lệ", "Trần Văn Đức", "Lê Văn Dũng", "Nguyễn Thị Hường"]:
        make_member(world.cell, name)
    sheet = _sheet(member_client.get(reverse("members:export", args=[world.cell.pk])))
    assert _names(sheet) == [
        "Lê Văn Dũng", "Trần Văn Đức", "Phạm Thị Thu Hà", "Dương Thị Huệ",
        "Nguyễn Thị Hường", "Vũ Thị Lệ",
    ]  # fmt: skip
    assert [row[0] for row in sheet.iter_rows(min_row=4, values_only=True)] == [1, 2, 3, 4, 5, 6]


def test_export_applies_the_list_filters(world, member_client):
    make_member(world.cell, "Đặng Thị Mai", status=Member.Status.PROBATIONARY)
    gone = make_member(world.cell, "Lê Văn Dũng", gender="male")
    gone.transfer_out(on=dt.date(2026, 1, 5), by=None, to="Chi bộ khác")
    make_member(world.other_cell, "Đặng Văn Lâm")
    url = reverse("members:export", args=[world.cell.pk])
    assert "Lê Văn Dũng" not in _names(_sheet(member_client.get(url)))
    assert _names(_sheet(member_client.get(url, {"q": "dang"}))) == ["Đặng Thị Mai"]
    assert _names(_sheet(member_client.get(url, {"status": "probationary"}))) == ["Đặng Thị Mai"]
    assert _names(_sheet(member_client.get(url, {"status": "transferred"}))) == ["Lê Văn Dũng"]
    assert _names(_sheet(member_client.get(url, {"role": "secretary"}))) == ["Dương Thị Huệ"]
    assert len(_names(_sheet(member_client.get(url, {"status": "all"})))) == 4


def test_export_file_name_is_vietnamese_with_an_ascii_fallback(world, member_client):
    response = member_client.get(reverse("members:export", args=[world.cell.pk]))
    disposition = response["Content-Disposition"]
    expected = quote(f"Danh sách đảng viên - {world.cell.name}.xlsx", safe="")
    assert disposition.startswith('attachment; filename="danh-sach-dang-vien-chi-bo-truong')
    assert f"filename*=UTF-8''{expected}" in disposition
    disposition.encode("ascii")  # header must stay ASCII


def test_statistics_sheet_has_the_counts_and_the_sentence(world, officer_client):
    make_member(
        world.cell,
        "Đặng Thị Mai",
        status=Member.Status.PROBATIONARY,
        political_theory="intermediate",
    )
    response = officer_client.get(reverse("members:export_stats", args=[world.cell.pk]))
    sheet = _sheet(response)
    assert sheet["A1"].value == f"THỐNG KÊ ĐẢNG VIÊN — {world.cell.name}"
    rows = {
        str(r[0]).strip(): r[1] for r in sheet.iter_rows(min_row=4, values_only=True) if r and r[0]
    }
    assert rows["Tổng số đảng viên"] == 3
    assert rows["Đảng viên dự bị"] == 1
    assert rows["Đại học"] == 3
    assert rows["Từ 60 tuổi trở lên"] == 0
    sentence = [v for v in rows if v.startswith("Chi bộ có")]
    assert sentence == [
        "Chi bộ có 3 đảng viên. Trong đó: đảng viên chính thức: 02; đảng viên dự bị: 01; "
        "đảng viên nữ: 03. Trình độ chuyên môn: Đại học: 03. Về trình độ chính trị: Trung cấp: 01."
    ]
    assert "Th%E1%BB%91ng%20k%C3%AA" in response["Content-Disposition"]


@pytest.mark.parametrize("size", [3, 60])
def test_export_query_count_does_not_grow(world, size, member_client, django_assert_num_queries):
    for i in range(size - 2):
        make_member(world.cell, f"Trần Văn Nam {i}", gender="male")
    with django_assert_num_queries(3):  # was 5: session cached, membership in the user query
        sheet = _sheet(
            member_client.get(reverse("members:export", args=[world.cell.pk]), {"status": "all"})
        )
    assert len(_names(sheet)) == size
    with django_assert_num_queries(3):
        member_client.get(reverse("members:export_stats", args=[world.cell.pk]))
