"""Seed 001 rebuilt as the Word document it was typed in (no binaries in git).

The seed is text copied from a PDF: lines broken where the page ended. Its body is re-joined
into paragraphs by the text reader's own rules (tested on the seed by test_parse_seeds), the
header and the signature block become the two-column tables Word plans use.
"""

from __future__ import annotations

import io

import docx

from chibo.importer.reader import read_document
from chibo.importer.text import lines_of

from .samples import SEEDS

SEED_001 = SEEDS / "001_6aa6cbc5176c19d7.txt"


def _two_columns(document: docx.document.Document, left: list[str], right: list[str]) -> None:
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def seed_001_docx() -> bytes:
    lines = [line for line in lines_of(read_document(SEED_001))]
    texts = [line.text for line in lines]
    start, end = texts.index("KẾ HOẠCH"), texts.index("Nơi nhận:")
    d = docx.Document()
    _two_columns(
        d,
        ["ĐẢNG ỦY XÃ VĨNH PHONG", "CHI BỘ TRƯỜNG TH VĨNH PHONG 4", "*", "Số: 03-KH/CB"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Phong, ngày 01 tháng 02 năm 2026"],
    )
    for line in lines[start:end]:
        d.add_paragraph(f"- {line.text}" if line.bullet else line.text)
    _two_columns(
        d,
        [
            "Nơi nhận:",
            "- Đảng ủy xã VP (để báo cáo);",
            "- Đảng viên trong chi bộ;",
            "- Lưu Chi bộ.",
        ],
        ["T/M. CHI ỦY CHI BỘ", "BÍ THƯ", "", "Nguyễn Hoài Thu"],
    )
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()
