"""The one way Chi bộ số writes spreadsheets (and CSV), so that no stored value breaks a report.

- Control characters, which openpyxl refuses with an exception (a 500 for the whole report),
  are removed from every value.
- Text that starts with = + - @ is written as text, never as a formula (formula injection:
  a member named `=HYPERLINK(...)` must stay a name). No export writes formulas on purpose.

Use `new_workbook`, `add_sheet`, `append`, `put` and `save`; CSV cells go through `csv_cell`.
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
