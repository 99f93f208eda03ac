"""Every document type the demo produces, printed to PDF by LibreOffice, ends with its signing
block whole on one page, together with the end of the text above it (HD 36: the signature is
never separated from the content it signs)."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader

from chibo.demo.load import load_demo
from chibo.documents import pdf

from .demo_documents import closing_of, demo_documents, to_pdfs

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not pdf.pdf_available(), reason="LibreOffice (soffice) is not installed"),
]

EXPECTED = {
    "issued-mam-non-yen-hoa-KH-01": [["T/M CHI ỦY", "BÍ THƯ", "Dương Thị Huệ"]],
    "issued-tieu-hoc-vinh-phong-4-KH-03": [["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Hoài Thu"]],
    "issued-mam-non-hoa-mai-KH-01": [["T/M CHI ỦY", "BÍ THƯ", "Trần Thị Nghĩa Quỳnh"]],
    # Hoa Mai's programme of kiểm tra, giám sát (first KH of the 2025–2030 term) and the notice
    # concluding its inspection of the fee book.
    "issued-mam-non-hoa-mai-KH-01-2025": [["T/M CHI ỦY", "BÍ THƯ", "Trần Thị Nghĩa Quỳnh"]],
    "issued-mam-non-hoa-mai-TB-01": [["T/M CHI ỦY", "BÍ THƯ", "Trần Thị Nghĩa Quỳnh"]],
    "issued-mam-non-do-thi-viet-hung-KH-01": [["T/M CHI ỦY", "BÍ THƯ", "Trần Thị Hoàng Lâm"]],
    "issued-mam-non-yen-hoa-BB-01": [["THƯ KÝ", "Vũ Thị Lệ"], ["CHỦ TRÌ", "Dương Thị Huệ"]],
    "issued-mam-non-yen-hoa-NQ-01": [["T/M CHI ỦY", "BÍ THƯ", "Dương Thị Huệ"]],
    # Last month's regular meeting, recorded after the fact: minutes kept by a member who is
    # not on the chi ủy, and a Thông báo kết luận (no resolution was voted).
    "issued-mam-non-yen-hoa-BB-02": [["THƯ KÝ", "Phạm Thị Thu Hà"], ["CHỦ TRÌ", "Dương Thị Huệ"]],
    "issued-mam-non-yen-hoa-TB-01": [["T/M CHI ỦY", "BÍ THƯ", "Dương Thị Huệ"]],
    "issued-mam-non-yen-hoa-BC-01": [["T/M CHI ỦY", "BÍ THƯ", "Dương Thị Huệ"]],
    "issued-mam-non-yen-hoa-GGT-01": [["T/M CHI ỦY", "BÍ THƯ", "Dương Thị Huệ"]],
    "issued-mam-non-hoa-mai-BC-01": [["T/M CHI ỦY", "BÍ THƯ", "Trần Thị Nghĩa Quỳnh"]],
    "self-assessment-hoa-mai-bithu": [["NGƯỜI TỰ KIỂM ĐIỂM", "Trần Thị Nghĩa Quỳnh"]],
    # Hoa Mai's admission files: resolutions proposing admission (6-KNĐ) and recognition (13-KNĐ).
    **{
        f"issued-mam-non-hoa-mai-NQ-0{n}": [["T/M CHI ỦY", "BÍ THƯ", "Trần Thị Nghĩa Quỳnh"]]
        for n in range(1, 6)
    },
    "oversight-cell-yen-hoa": [["T/M CHI ỦY", "BÍ THƯ", "Dương Thị Huệ"]],
    "oversight-committee-yen-mo": [["T/M ĐẢNG ỦY", "BÍ THƯ"]],
    # A cell of 6 official members has no chi ủy.
    "yen-thanh-BB": [["THƯ KÝ", "Vũ Văn Sơn"], ["CHỦ TRÌ", "Đinh Thị Hạnh"]],
    "yen-thanh-NQ": [["T/M CHI BỘ", "BÍ THƯ", "Đinh Thị Hạnh"]],
    "yen-thanh-BC": [["T/M CHI BỘ", "BÍ THƯ", "Đinh Thị Hạnh"]],
}


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def test_every_demo_document_ends_with_its_signing_block_whole_on_its_last_page(tmp_path):
    load_demo()
    documents = demo_documents()
    assert set(documents) == set(EXPECTED)
    pdfs = to_pdfs(documents, tmp_path)
    problems = []
    for name, data in documents.items():
        closing = closing_of(data)
        assert closing.blocks == EXPECTED[name], name
        pages = [_squash(page.extract_text()) for page in PdfReader(pdfs[name]).pages]
        wanted = [line for block in closing.blocks for line in block] + [closing.last_words]
        missing = [s for s in wanted if _squash(s) not in pages[-1]]
        if missing:
            problems.append(f"{name} ({len(pages)} trang): trang cuối thiếu {missing}")
    assert not problems, "\n".join(problems)
