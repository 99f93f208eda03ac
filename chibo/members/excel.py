"""Excel workbooks of the member register: the list, the statistics, the import template.

Each builder returns `(filename, content_type, bytes)`, like the document renderers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from chibo.lib import excel
from chibo.lib.vietnamese import short_date
from chibo.organizations.models import Cell

from .models import Member
from .stats import MemberStatistics

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DATE_FORMAT = "DD/MM/YYYY"
_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_THIN = Side(style="thin", color="999999")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

Rendered = tuple[str, str, bytes]

# (header, width, value of a member). Import reads the same headers back.
MEMBER_COLUMNS: list[tuple[str, int, Callable[[Member], Any]]] = [
    ("Họ và tên", 28, lambda m: m.full_name),
    ("Giới tính", 10, lambda m: m.get_gender_display()),
    ("Ngày sinh", 12, lambda m: m.birth_date),
    ("Điện thoại", 14, lambda m: m.phone),
    ("Email", 26, lambda m: m.email),
    ("Công việc", 22, lambda m: m.job),
    ("Ngày vào Đảng", 14, lambda m: m.admission_date),
    ("Ngày chính thức", 14, lambda m: m.official_date),
    ("Tình trạng", 12, lambda m: m.get_status_display()),
    ("Số thẻ", 14, lambda m: m.card_number),
    ("Giáo dục phổ thông", 12, lambda m: m.general_education),
    ("Trình độ chuyên môn", 16, lambda m: m.get_qualification_display() if m.qualification else ""),
    (
        "Lý luận chính trị",
        16,
        lambda m: m.get_political_theory_display() if m.political_theory else "",
    ),
    ("Chức vụ trong chi bộ", 16, lambda m: m.get_role_display()),
]
TEMPLATE_EXAMPLE = [
    "Nguyễn Thị Hường", "Nữ", dt.date(1980, 3, 15), "0912345678", "huong@example.com",
    "Giáo viên", dt.date(2010, 5, 19), dt.date(2011, 5, 19), "Chính thức", "",
    "12/12", "Đại học", "Trung cấp",
]  # fmt: skip


def members_workbook(cell: Cell, members: Iterable[Member]) -> Rendered:
    """The member list as it is filtered on the page, sorted the Vietnamese way by the caller."""
    sheet, book = _sheet("Đảng viên")
    headers = ["STT", *(c[0] for c in MEMBER_COLUMNS)]
    _title(sheet, f"DANH SÁCH ĐẢNG VIÊN — {cell.name}", len(headers))
    excel.append(sheet, [f"Ngày xuất: {short_date(timezone.localdate())}"])
    _header(sheet, headers, [6, *(c[1] for c in MEMBER_COLUMNS)])
    for number, member in enumerate(members, start=1):
        excel.append(sheet, [number, *(value(member) for _, _, value in MEMBER_COLUMNS)])
    _format_body(sheet, first_row=4)
    sheet.freeze_panes = "C4"
    return f"Danh sách đảng viên - {cell.name}.xlsx", XLSX, _save(book)


def stats_workbook(stats: MemberStatistics) -> Rendered:
    sheet, book = _sheet("Thống kê")
    _title(sheet, f"THỐNG KÊ ĐẢNG VIÊN — {stats.cell_name}", 3)
    excel.append(sheet, [f"Tính đến ngày {short_date(stats.on)}; đảng viên đang sinh hoạt."])
    _header(sheet, ["Nội dung", "Số lượng", "Tỉ lệ (%)"], [36, 12, 12])
    excel.append(sheet, ["Tổng số đảng viên", stats.total, 100 if stats.total else 0])
    sheet.cell(sheet.max_row, 1).font = _BOLD
    for section, lines in stats.sections():
        excel.append(sheet, [section])
        sheet.cell(sheet.max_row, 1).font = _BOLD
        for line in lines:
            excel.append(sheet, [f"    {line.label}", line.count, line.ratio])
            sheet.cell(sheet.max_row, 3).number_format = "0.0"
    _format_body(sheet, first_row=4)
    excel.append(sheet, [])
    excel.append(sheet, [stats.sentence()])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=3)
    sheet.cell(sheet.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[sheet.max_row].height = 120
    return f"Thống kê đảng viên - {stats.cell_name}.xlsx", XLSX, _save(book)


def import_template() -> Rendered:
    """An empty list with the columns the import reads and one example row to overwrite."""
    sheet, book = _sheet("Đảng viên")
    columns = MEMBER_COLUMNS[:-1]  # the role is given in the app, with its own history
    _header(sheet, [c[0] for c in columns], [c[1] for c in columns])
    excel.append(sheet, TEMPLATE_EXAMPLE)
    _format_body(sheet, first_row=2)
    notes = excel.add_sheet(book, "Hướng dẫn")
    for text in [
        "Mỗi dòng một đảng viên; dòng 1 là tiêu đề, giữ nguyên tên cột. Xóa dòng ví dụ trước khi nhập.",
        "Bắt buộc: Họ và tên (đủ họ và tên), Giới tính (Nam/Nữ).",
        "Ngày ghi theo dạng ngày/tháng/năm, ví dụ 05/01/1980.",
        "Tình trạng: Chính thức hoặc Dự bị. Đảng viên chính thức cần có Ngày chính thức.",
        "Trình độ chuyên môn: THPT, Trung cấp, Cao đẳng, Đại học, Thạc sĩ, Tiến sĩ.",
        "Lý luận chính trị: Sơ cấp, Trung cấp, Cao cấp, Cử nhân (để trống nếu chưa qua đào tạo).",
        "Số thẻ đảng viên không được trùng.",
    ]:
        excel.append(notes, [text])
    notes.column_dimensions["A"].width = 100
    return "Mẫu nhập đảng viên.xlsx", XLSX, _save(book)


def _sheet(title: str) -> tuple[Worksheet, Workbook]:
    book, sheet = excel.new_workbook(title)
    return sheet, book


def _title(sheet: Worksheet, text: str, width: int) -> None:
    excel.append(sheet, [text])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet["A1"].font = _TITLE
    sheet["A1"].alignment = Alignment(horizontal="center")


def _header(sheet: Worksheet, headers: list[str], widths: list[int]) -> None:
    excel.append(sheet, headers)
    row = sheet.max_row
    for column, width in enumerate(widths, start=1):
        cell = sheet.cell(row, column)
        cell.font = _BOLD
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width


def _format_body(sheet: Worksheet, *, first_row: int) -> None:
    for row in sheet.iter_rows(min_row=first_row, max_row=sheet.max_row):
        for cell in row:
            cell.border = _BOX
            if isinstance(cell.value, dt.date):
                cell.number_format = DATE_FORMAT


def _save(book: Workbook) -> bytes:
    return excel.save(book)
