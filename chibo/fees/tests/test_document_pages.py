"""The demo's fee book and committee report printed to PDF by LibreOffice end with their
signing blocks whole on the last page, with the end of the text above them (HD 36)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from pypdf import PdfReader

from chibo.demo.load import load_demo
from chibo.documents import pdf
from chibo.documents.party import render_docx
from chibo.documents.tests.demo_documents import closing_of, to_pdfs
from chibo.fees.documents import book_document, report_document
from chibo.fees.ledger import month_book
from chibo.fees.reports import ReportPeriod, committee_report
from chibo.organizations.models import Cell, Committee

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not pdf.pdf_available(), reason="LibreOffice (soffice) is not installed"),
]


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def test_the_fee_documents_end_with_their_signing_blocks_whole(time_machine, tmp_path):
    time_machine.move_to(dt.datetime(2026, 12, 15, 9, tzinfo=dt.UTC), tick=False)
    load_demo()
    hoa_mai = Cell.objects.get(name="Chi bộ Trường Mầm non Hoa Mai")
    thach_ban = Committee.objects.get(name="Đảng ủy phường Thạch Bàn")
    documents = {
        "book": render_docx(book_document(month_book(hoa_mai, dt.date(2026, 11, 1)), None)),
        "report": render_docx(report_document(committee_report(thach_ban, ReportPeriod(2026, 4)))),
    }
    expected = {
        "book": [
            ["NGƯỜI THU ĐẢNG PHÍ", "Phùng Thị Thu Huyền"],
            ["T/M CHI ỦY", "BÍ THƯ", "Trần Thị Nghĩa Quỳnh"],
        ],
        "report": [["T/M ĐẢNG ỦY", "BÍ THƯ"]],
    }
    pdfs = to_pdfs(documents, tmp_path)
    for name, data in documents.items():
        closing = closing_of(data)
        assert closing.blocks == expected[name]
        pages = [_squash(page.extract_text()) for page in PdfReader(pdfs[name]).pages]
        wanted = [line for block in closing.blocks for line in block] + [closing.last_words]
        assert [s for s in wanted if _squash(s) not in pages[-1]] == [], name
