"""Quarterly and annual summaries as Party-format DOCX and as Excel, from the records."""

import datetime as dt
import io

from docx import Document
from openpyxl import load_workbook

from chibo.oversight import reports
from chibo.oversight.tests.helpers import make_meeting

TODAY = dt.date(2026, 7, 1)


def _text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_committee_docx_names_the_cells_and_the_rules(world):
    make_meeting(world.cell, "2026-02-10 08:00", kind="thematic")
    name, content_type, data = reports.committee_report(
        world.committee, year=2026, quarter=None, today=TODAY, fmt="docx"
    )
    text = _text(data)
    assert name.endswith(".docx") and "wordprocessingml" in content_type
    assert "BÁO CÁO" in text and "Tình hình sinh hoạt chi bộ năm 2026" in text
    assert "Chi bộ Trường Mầm non Yên Hoà" in text
    assert "Mỗi quý ít nhất một buổi sinh hoạt chuyên đề" in text  # Q2 missed
    assert "Chỉ thị 50-CT/TW" in text


def test_cell_quarter_excel_lists_meetings_and_findings(world):
    make_meeting(world.cell, "2026-04-03 08:00", minutes=80)
    name, _, data = reports.cell_report(world.cell, year=2026, quarter=2, today=TODAY, fmt="xlsx")
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Tổng hợp", "Vi phạm quy tắc", "Các buổi sinh hoạt"]
    assert book["Tổng hợp"]["A3"].value == "Chi bộ Trường Mầm non Yên Hoà"
    assert book["Tổng hợp"]["B3"].value == 1  # one regular meeting held in the quarter
    rules = [row[1] for row in book["Vi phạm quy tắc"].iter_rows(min_row=2, values_only=True)]
    assert "Thời lượng buổi sinh hoạt" in rules
    assert name == "bao-cao-chi-bo-truong-mam-non-yen-hoa-2026-q2.xlsx"


def test_an_unknown_format_is_none(world):
    assert reports.cell_report(world.cell, year=2026, quarter=None, today=TODAY, fmt="pdf") is None
