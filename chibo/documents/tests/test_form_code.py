"""A form's code (HD 12-HD/BTCTW's "Mẫu 6-KNĐ") is printed top right of the first page only, in
the page header, so the Party-format layout below it does not move."""

from __future__ import annotations

import io
from dataclasses import replace

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from chibo.documents.party import render_docx, render_html

from .helpers import small_document


def test_the_form_code_sits_top_right_of_the_first_page():
    document = Document(io.BytesIO(render_docx(replace(small_document(), form_code="Mẫu 6-KNĐ"))))
    section = document.sections[0]
    (first,) = [p for p in section.first_page_header.paragraphs if p.text]
    assert first.text == "Mẫu 6-KNĐ" and first.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert "Mẫu 6-KNĐ" not in " ".join(p.text for p in section.header.paragraphs)  # not on page 2
    assert "Mẫu 6-KNĐ" not in " ".join(p.text for p in document.paragraphs)  # not in the body


def test_a_draft_keeps_its_mark_beside_the_form_code():
    document = Document(
        io.BytesIO(render_docx(replace(small_document(draft=True), form_code="Mẫu 13-KNĐ")))
    )
    texts = [p.text.strip() for p in document.sections[0].first_page_header.paragraphs]
    assert texts == ["DỰ THẢO", "Mẫu 13-KNĐ"]


def test_without_a_form_code_nothing_is_printed_and_the_preview_shows_it():
    document = Document(io.BytesIO(render_docx(small_document())))
    assert not any(p.text for p in document.sections[0].first_page_header.paragraphs)
    assert 'class="pd-form-code">Mẫu 6-KNĐ<' in render_html(
        replace(small_document(), form_code="Mẫu 6-KNĐ")
    )
