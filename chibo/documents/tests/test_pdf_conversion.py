"""LibreOffice turns the DOCX into a PDF with the Vietnamese text intact."""

from __future__ import annotations

import io
import subprocess

import pytest
from pypdf import PdfReader

from chibo.documents import pdf
from chibo.documents.party import render_docx
from chibo.documents.sample import sample_minutes


@pytest.mark.skipif(not pdf.pdf_available(), reason="LibreOffice (soffice) is not installed")
def test_the_pdf_has_a_page_with_the_national_heading():
    data = pdf.docx_to_pdf(render_docx(sample_minutes()))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 1
    text = reader.pages[0].extract_text()
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "Số 05-BB/CB" in text


def test_without_soffice_it_says_so_in_vietnamese(monkeypatch):
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    assert not pdf.pdf_available()
    with pytest.raises(pdf.PdfUnavailable, match="chưa cài LibreOffice"):
        pdf.docx_to_pdf(b"PK")


def test_a_hung_conversion_times_out_with_a_vietnamese_message(monkeypatch):
    def hang(command, **kwargs):  # type: ignore[no-untyped-def]
        assert kwargs["timeout"] == 5 and kwargs["env"]["HOME"] in command[-1]
        raise subprocess.TimeoutExpired(command, kwargs["timeout"])

    monkeypatch.setattr(pdf.shutil, "which", lambda name: "/usr/bin/soffice")
    monkeypatch.setattr(pdf.subprocess, "run", hang)
    with pytest.raises(pdf.PdfUnavailable, match="quá 5 giây"):
        pdf.docx_to_pdf(b"PK", timeout=5)
