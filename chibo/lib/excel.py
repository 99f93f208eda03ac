"""The one way Chi bộ số writes spreadsheets (and CSV), so that no stored value breaks a report.

- Control characters, which openpyxl refuses with an exception (a 500 for the whole report),
  are removed from every value.
- Text that starts with = + - @ is written as text, never as a formula (formula injection:
  a member named `=HYPERLINK(...)` must stay a name). No export writes formulas on purpose.

Use `new_workbook`, `add_sheet`, `append`, `put` and `save`; CSV cells go through `csv_cell`.
Uploaded workbooks are read with `read_rows` (zip checks first, values only).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from .text import strip_control_characters

FORMULA_STARTS = ("=", "+", "-", "@")
_TITLE_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def clean(value: Any) -> Any:
    return strip_control_characters(value) if isinstance(value, str) else value


def _as_text(cell: Any) -> None:
    if isinstance(cell.value, str) and cell.data_type == "f":
        cell.data_type = "s"


def sheet_title(text: str) -> str:
    title = clean(text).translate(_TITLE_FORBIDDEN).strip().strip("'")
    return title[:31] or "Trang tính"


def new_workbook(title: str) -> tuple[Workbook, Worksheet]:
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.title = sheet_title(title)
    return book, sheet


def add_sheet(book: Workbook, title: str) -> Worksheet:
    return book.create_sheet(sheet_title(title))


def append(sheet: Worksheet, values: Iterable[Any]) -> None:
    cells = []
    for value in values:
        cell = Cell(sheet, value=clean(value))  # type: ignore[call-arg]  # placed by append()
        _as_text(cell)
        cells.append(cell)
    sheet.append(cells)


def put(sheet: Worksheet, row: int, column: int, value: Any) -> Cell:
    cell = sheet.cell(row, column)
    cell.value = clean(value)
    _as_text(cell)
    return cell  # type: ignore[return-value]


def save(book: Workbook) -> bytes:
    # A last pass: whatever was written, no formula leaves the server.
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                _as_text(cell)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_cell(value: Any) -> str:
    """A CSV field that a spreadsheet opens as text: a leading ' defuses formulas."""
    text = clean("" if value is None else str(value))
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class UnreadableSheet(Exception):
    """The upload is not a spreadsheet that may be read; str(error) is the Vietnamese reason."""


_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
READ_MAX_UNPACKED = 20 * 1024 * 1024


def read_rows(data: bytes, *, max_rows: int = 1000) -> list[tuple[Any, ...]]:
    """The values of the first sheet of an uploaded .xlsx, row by row (formulas as their last
    computed values), after the zip checks of chibo.lib.uploads; UnreadableSheet otherwise."""
    import zipfile

    from openpyxl import load_workbook

    from .uploads import UnsafeFile, check_zip

    if not data:
        raise UnreadableSheet("Tệp rỗng, không có nội dung.")
    if data.startswith(_OLE2_MAGIC):
        raise UnreadableSheet(
            "Đây là tệp Excel kiểu cũ (.xls). Hãy lưu lại dưới dạng .xlsx rồi tải lên."
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableSheet("Tệp này không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng.")
    try:
        check_zip(data, max_unpacked=READ_MAX_UNPACKED)
    except UnsafeFile as error:
        raise UnreadableSheet(str(error)) from error
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # untrusted input: any parser failure means "not a workbook"
        raise UnreadableSheet("Không mở được tệp như bảng tính Excel (.xlsx).") from error
    try:
        rows = []
        for row in book.worksheets[0].iter_rows(values_only=True, max_row=max_rows + 1):
            rows.append(tuple(clean(value) for value in row))
        if len(rows) > max_rows:
            raise UnreadableSheet(f"Tệp có quá nhiều dòng (tối đa {max_rows}).")
        return rows
    except UnreadableSheet:
        raise
    except Exception as error:
        raise UnreadableSheet("Không đọc được nội dung bảng tính. Tệp có thể bị hỏng.") from error
    finally:
        book.close()
