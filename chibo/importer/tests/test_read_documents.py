"""Reading .docx (paragraphs and tables in order), .txt in several encodings and .pdf."""

from __future__ import annotations

import io
import unicodedata

import docx

from chibo.importer.reader import read_document

from .samples import table_plan


def _docx(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_it_keeps_paragraphs_and_tables_in_document_order():
    def build(d):
        d.add_paragraph("Trước bảng")
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Chuyên đề", "Thời gian"
        table.cell(1, 0).text, table.cell(1, 1).text = "Kỷ cương", "Quý I"
        d.add_paragraph("Sau bảng")

    result = read_document(_docx(build), "kh.docx")
    assert [b.kind for b in result.blocks] == ["paragraph", "table", "paragraph"]
    assert result.paragraphs == ["Trước bảng", "Sau bảng"]
    assert result.tables == [[["Chuyên đề", "Thời gian"], ["Kỷ cương", "Quý I"]]]
    assert result.text.splitlines() == [
        "Trước bảng",
        "Chuyên đề\tThời gian",
        "Kỷ cương\tQuý I",
        "Sau bảng",
    ]


def test_a_merged_cell_is_read_once():
    def build(d):
        table = d.add_table(rows=2, cols=3)
        table.cell(0, 0).merge(table.cell(0, 2)).text = "QUÝ I"
        for i, text in enumerate(["1", "Chuyên đề", "đ/c An"]):
            table.cell(1, i).text = text

    assert read_document(_docx(build), "kh.docx").tables[0] == [
        ["QUÝ I"],
        ["1", "Chuyên đề", "đ/c An"],
    ]


def test_word_numbered_paragraphs_are_marked_as_list_items():
    def build(d):
        d.add_paragraph("Chuyên đề 01: Kỷ cương", style="List Number")
        d.add_paragraph("Văn bản thường")

    blocks = read_document(_docx(build), "kh.docx").blocks
    assert [b.list_item for b in blocks] == [True, False]


def test_text_is_normalised_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Đảng bộ Yên Hoà")
    assert read_document(decomposed.encode(), "kh.txt").text == "Đảng bộ Yên Hoà"


def _windows_1258(text: str) -> bytes:
    """Base letters precomposed (â, ơ, đ), tone marks as separate combining characters."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def test_utf8_with_bom_utf16_and_windows_1258_text_files_read_alike():
    text = "Kế hoạch sinh hoạt chuyên đề năm 2026\nChi bộ Trường Mầm non Yên Hoà\n"
    for data in (b"\xef\xbb\xbf" + text.encode(), text.encode("utf-16"), text.encode("utf-8")):
        assert read_document(data, "kh.txt").paragraphs[:2] == text.splitlines()
    # Windows-1258 writes tones as combining marks; NFC composes them back.
    legacy = _windows_1258(text)
    result = read_document(legacy, "kh.txt")
    assert result.paragraphs[:2] == text.splitlines()
    assert "Windows-1258" in result.warnings[0]


def test_tab_separated_rows_of_a_text_file_become_a_table():
    data = "Mở đầu\nTT\tChuyên đề\tThời gian\n1\tKỷ cương\tQuý I\nKết thúc\n".encode()
    result = read_document(data, "kh.txt")
    assert result.tables == [[["TT", "Chuyên đề", "Thời gian"], ["1", "Kỷ cương", "Quý I"]]]
    assert result.paragraphs == ["Mở đầu", "Kết thúc", ""]


def test_a_renamed_docx_is_read_for_what_it_is():
    result = read_document(table_plan(), "ke-hoach.pdf")
    assert result.source == "docx"
    assert "đuôi .pdf" in result.warnings[0]


def test_a_pdf_made_by_libreoffice_reads_in_nfc(pdf_of):
    result = read_document(pdf_of("numbered_plan"), "kh.pdf")
    assert result.source == "pdf"
    assert "Xây dựng nông thôn mới kiểu mẫu" in result.text
    assert result.text == unicodedata.normalize("NFC", result.text)
    assert result.hard_wrapped


def test_a_path_is_read_like_its_bytes(tmp_path):
    path = tmp_path / "kế hoạch.docx"
    path.write_bytes(table_plan())
    assert read_document(path).text == read_document(table_plan(), "x.docx").text
