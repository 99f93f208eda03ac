"""Excel workbooks of the fee book (S01/ĐP: Phần I for the month, Phần II for the year to
date) and of the committee report (B01/ĐP). Amounts are numbers (whole đồng), shown with
thousands separators, so the reader's Excel can add them up again.

Each builder returns `(filename, content_type, bytes)`, like the document renderers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from chibo.lib import excel
from chibo.lib.vietnamese import person_name
from chibo.rules import fees as rules

from .ledger import (
    MonthBook,
    Period,
    passed_up,
    passed_up_total,
    quarters,
    retained,
    retained_total,
)
from .models import NO_SHARE, Payment
from .reports import CommitteeReport

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MONEY = "#,##0"
_BOLD = Font(bold=True)
_THIN = Side(style="thin", color="999999")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

Rendered = tuple[str, str, bytes]

BOOK_HEADERS = [
    ("STT", 6), ("Họ và tên đảng viên", 28), ("Đối tượng", 30), ("Được miễn", 9),
    ("Thu nhập làm căn cứ", 16), ("Tỷ lệ", 10), ("Miễn, giảm", 10), ("Đảng phí tháng này", 14),
    ("Tháng trước chuyển sang (nợ +, nộp trước −)", 18), ("Cộng phải đóng", 14),
    ("Đã thu trong tháng", 14), ("Còn nợ cuối tháng (nộp trước −)", 18),
    ("Số tháng chưa đóng trong năm", 12),
]  # fmt: skip


def _sheet(book: Workbook, title: str, *, first: bool = False) -> Worksheet:
    sheet = book.active if first else excel.add_sheet(book, title)
    assert isinstance(sheet, Worksheet)
    sheet.title = excel.sheet_title(title)
    return sheet


def _title(sheet: Worksheet, lines: Sequence[str], width: int) -> None:
    for index, text in enumerate(lines):
        excel.append(sheet, [text])
        row = sheet.max_row
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        sheet.cell(row, 1).font = Font(bold=True, size=14 if index == 0 else 12)
        sheet.cell(row, 1).alignment = Alignment(horizontal="center", wrap_text=True)


def _table(sheet: Worksheet, headers: Sequence[tuple[str, int]], rows: Sequence[Sequence[Any]],
           *, money_from: int, bold_last: bool = False) -> None:  # fmt: skip
    excel.append(sheet, [h for h, _ in headers])
    head = sheet.max_row
    for column, (_, width) in enumerate(headers, start=1):
        cell = sheet.cell(head, column)
        cell.font, cell.border = _BOLD, _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    for values in rows:
        excel.append(sheet, list(values))
        row = sheet.max_row
        for column in range(1, len(headers) + 1):
            cell = sheet.cell(row, column)
            cell.border = _BOX
            if column >= money_from and isinstance(cell.value, int):
                cell.number_format = MONEY
            if bold_last and values is rows[-1]:
                cell.font = _BOLD


def _notes(sheet: Worksheet, lines: Sequence[str]) -> None:
    excel.append(sheet, [])
    for text in lines:
        excel.append(sheet, [text])


def _who(user: Any) -> str:
    """Who entered a payment: the member's name, else the account's name."""
    if user is None:
        return ""
    member = getattr(user, "member", None)
    return member.full_name if member else person_name(user)


def _save(book: Workbook) -> bytes:
    return excel.save(book)


def _or_note(value: int | None) -> int | str:
    return NO_SHARE if value is None else value


def book_workbook(month: MonthBook, year: list[MonthBook], payments: Sequence[Payment],
                  percent: int | None) -> Rendered:  # fmt: skip
    """The month's book: Phần I (each member), Phần II (each month of the year so far, with
    quarter and year totals), and the month's payments one by one."""
    cell = month.cell
    book, _ = excel.new_workbook("Trang tính")
    part1 = _sheet(book, "Phần I", first=True)
    _title(part1, ["SỔ THU, NỘP ĐẢNG PHÍ", f"{cell.name} — tháng {month.label}",
                   "Phần I. Thu đảng phí của đảng viên" + ("" if month.closed else " (tháng chưa khóa sổ)")],
           len(BOOK_HEADERS))  # fmt: skip
    rows: list[list[Any]] = [
        [n, line.member.full_name, line.category_label, "X" if line.exempt else "",
         line.base if line.has_basis and not line.flat else "", line.rate_text, line.relief_label,
         line.due, line.carried, line.total_due, line.paid, line.balance, line.months_unpaid]
        for n, line in enumerate(month.lines, start=1)
    ]  # fmt: skip
    rows.append(["", "Cộng", "", month.exempt, "", "", "", month.due, month.carried,
                 month.total_due, month.paid, month.balance, ""])  # fmt: skip
    _table(part1, BOOK_HEADERS, rows, money_from=5, bold_last=True)
    part1.freeze_panes = "C5"
    _notes(part1, [rules.ROUNDING_RULE, *(f"{c.label}: {c.source.full}" for c in rules.CATEGORIES),
                   *(f"{line.member.full_name}: {line.flag_text}" for line in month.flagged)])  # fmt: skip

    part2 = _sheet(book, "Phần II")
    headers = [("Tháng", 14), ("Số đảng viên", 10), ("Được miễn", 10), ("Phải đóng trong tháng", 15),
               ("Đã thu", 15), ("Còn nợ cuối tháng", 15), ("Trích giữ lại", 15),
               ("Phải nộp cấp trên", 15)]  # fmt: skip
    _title(part2, ["SỔ THU, NỘP ĐẢNG PHÍ", f"Phần II. Tổng hợp thu, nộp đảng phí năm {month.month.year}",
                   f"Tỷ lệ trích giữ lại: {percent}%" if percent is not None else NO_SHARE],
           len(headers))  # fmt: skip
    summary: list[list[Any]] = []
    for b in year:
        p = b.retention_percent(percent)
        summary.append([f"Tháng {b.label}", b.members, b.exempt, b.due, b.paid, b.owed,
                        _or_note(retained(b.paid, p)), _or_note(passed_up(b.paid, p))])  # fmt: skip
    periods = [*quarters(year), Period(f"năm {month.month.year}", year)]
    for q in periods:
        summary.append([f"Cộng {q.label}", "", "", q.due, q.paid, q.owed,
                        _or_note(retained_total(q.books, percent)),
                        _or_note(passed_up_total(q.books, percent))])  # fmt: skip
    _table(part2, headers, summary, money_from=4, bold_last=True)

    part3 = _sheet(book, "Các khoản thu")
    _title(part3, [f"Các khoản thu trong tháng {month.label}"], 7)
    _table(part3, [("Ngày nộp", 12), ("Đảng viên", 28), ("Số tiền", 14), ("Hình thức", 24),
                   ("Số biên lai / mã giao dịch", 22), ("Ghi chú", 36), ("Người ghi sổ", 16)],
           [[p.paid_on.strftime("%d/%m/%Y"), p.member.full_name, p.amount, p.get_method_display(),
             p.reference, p.note, _who(p.recorded_by)]
            for p in payments] + [["Cộng", "", sum(p.amount for p in payments), "", "", "", ""]],
           money_from=3, bold_last=True)  # fmt: skip
    name = f"Sổ thu nộp đảng phí {month.month:%m-%Y} - {cell.name}.xlsx"
    return name, XLSX, _save(book)


REPORT_HEADERS = [
    ("STT", 6), ("Chi bộ", 36), ("Số đảng viên đang sinh hoạt", 12), ("Tỷ lệ trích giữ lại", 12),
    ("Đảng phí đã thu", 15), ("Trích giữ lại", 15), ("Phải nộp cấp trên", 15),
    ("Đã nộp cấp trên", 15), ("Chưa nộp cấp trên", 15),
]  # fmt: skip


def report_workbook(report: CommitteeReport) -> Rendered:
    book, _ = excel.new_workbook("Trang tính")
    sheet = _sheet(book, "Báo cáo", first=True)
    _title(sheet, [f"BÁO CÁO THU, NỘP ĐẢNG PHÍ {report.period.label.upper()}",
                   f"{report.committee.name} — các chi bộ trực thuộc ({report.period.months_text})"],
           len(REPORT_HEADERS))  # fmt: skip
    rows: list[list[Any]] = [
        [n, r.cell.name, r.members, f"{r.percent}%" if r.percent is not None else NO_SHARE,
         r.collected, _or_note(r.retained), _or_note(r.to_pass_up), r.remitted, _or_note(r.not_passed_up)]
        for n, r in enumerate(report.rows, start=1)
    ]  # fmt: skip
    rows.append(["", "Cộng", report.members, "", report.collected, _or_note(report.retained),
                 _or_note(report.to_pass_up), report.remitted, _or_note(report.not_passed_up)])  # fmt: skip
    _table(sheet, REPORT_HEADERS, rows, money_from=5, bold_last=True)
    sheet.freeze_panes = "C4"
    name = f"Báo cáo thu nộp đảng phí {report.period.label} - {report.committee.name}.xlsx"
    return name, XLSX, _save(book)
