"""Every unreadable file gives an ImportReadError with a Vietnamese message, never a crash."""

from __future__ import annotations

import io
import random
import zipfile

import pytest
from pypdf import PdfWriter

from chibo.importer import reader
from chibo.importer.reader import ImportReadError, read_document

from .samples import table_plan


def _error(data: bytes, filename: str) -> str:
    with pytest.raises(ImportReadError) as caught:
        read_document(data, filename)
    return str(caught.value)


def test_an_empty_file_is_refused():
    assert "rỗng" in _error(b"", "kh.docx")
    assert "rỗng" in _error(b"  \n\n", "kh.txt")


def test_a_truncated_docx_is_refused():
    data = table_plan()
    for cut in (10, len(data) // 3, len(data) // 2, len(data) - 30):
        message = _error(data[:cut], "kh.docx")
        assert "hỏng" in message or "không phải" in message


def test_a_zip_without_word_document_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/styles.xml", "<styles/>")
    assert "word/document.xml" in _error(buffer.getvalue(), "kh.docx")


def test_a_docx_with_broken_xml_is_refused():
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(table_plan())) as source,
        zipfile.ZipFile(buffer, "w") as target,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, b"<w:document>" if item.filename == "word/document.xml" else data)
    assert "Word" in _error(buffer.getvalue(), "kh.docx")


def test_random_bytes_are_refused_whatever_the_name():
    rng = random.Random(7)
    for filename in ("kh.docx", "kh.pdf", "kh.txt", "kh"):
        data = bytes(rng.randrange(256) for _ in range(3000))
        assert _error(data, filename)


def test_corrupted_docx_bytes_never_crash():
    rng = random.Random(11)
    original = table_plan()
    for _ in range(25):
        data = bytearray(original)
        for _ in range(rng.randrange(1, 40)):
            data[rng.randrange(30, len(data))] = rng.randrange(256)
        try:
            read_document(bytes(data), "kh.docx")
        except ImportReadError as error:
            assert str(error)


def test_text_named_docx_or_pdf_is_refused():
    assert "không phải tệp Word" in _error("Kế hoạch năm 2026".encode(), "kh.docx")
    assert "không phải tệp PDF" in _error("Kế hoạch năm 2026".encode(), "kh.pdf")


def test_old_word_and_other_formats_are_refused_with_advice():
    assert ".docx" in _error(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "kh.doc")
    assert "RTF" in _error(b"{\\rtf1\\ansi Ke hoach}", "kh.rtf")
    assert "chỉ nhận" in _error(b"abc,def\n1,2\n", "kh.csv")


def test_a_file_over_the_limit_is_refused(monkeypatch, tmp_path):
    monkeypatch.setattr(reader, "MAX_BYTES", 1000)
    assert "quá lớn" in _error(b"a" * 1001, "kh.txt")
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1001)
    with pytest.raises(ImportReadError, match="quá lớn"):
        read_document(path)


def test_a_missing_path_is_refused(tmp_path):
    with pytest.raises(ImportReadError, match="Không tìm thấy"):
        read_document(tmp_path / "khong-co.docx")
    with pytest.raises(ImportReadError, match="thư mục"):
        read_document(tmp_path)


def test_a_pdf_without_text_is_reported_as_a_scan():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "ảnh quét" in _error(buffer.getvalue(), "kh.pdf")


def test_a_password_protected_pdf_is_refused():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt("mat-khau")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "mật khẩu" in _error(buffer.getvalue(), "kh.pdf")


def test_a_truncated_pdf_is_refused(pdf_of):
    data = pdf_of("numbered_plan")
    assert _error(data[: len(data) // 4], "kh.pdf")
