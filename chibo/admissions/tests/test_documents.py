"""The forms the cell writes (6-KNĐ, 13-KNĐ, 5-KNĐ, 12-KNĐ) in the Party format: header, number,
form code, body, recipients and the signing block; printed to PDF by LibreOffice the signing
block stands whole on the last page (the same check as every other document), and 60 dpi PNGs
of each page are left in var/screenshots/ to be looked at."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from django.conf import settings
from docx import Document
from pypdf import PdfReader

from chibo.admissions.models import RuleChoice, StepKind
from chibo.documents import pdf
from chibo.documents.tests.demo_documents import closing_of, to_pdfs

from .helpers import ago, proposed, recognition_ready

pytestmark = pytest.mark.django_db
SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
SIGNED = [["T/M CHI BỘ", "BÍ THƯ", "Dương Thị Huệ"]]  # 2 official members: no chi ủy


def _bytes(step) -> bytes:  # type: ignore[no-untyped-def]
    field = step.document.docx if step.document else step.file
    with field.open("rb") as handle:
        return handle.read()


def _texts(data: bytes) -> tuple[list[str], list[str], str]:
    document = Document(io.BytesIO(data))
    left = [p.text for p in document.tables[0].rows[0].cells[0].paragraphs]
    corner = " ".join(p.text for p in document.sections[0].first_page_header.paragraphs)
    body = [p.text for p in document.paragraphs]
    return left, body, corner


@pytest.fixture
def files(world):  # type: ignore[no-untyped-def]
    """A recognised member's file, and another file proposed under the 2026 rule set."""
    recognised = recognition_ready(world)
    recognised.propose_recognition(
        by=world.secretary.user, on=ago(45), assessment="Hoàn thành tốt nhiệm vụ."
    )
    RuleChoice.choose(committee=world.committee, rule_set="qd208_2026", by=world.officer)
    from .helpers import make_candidate

    pending = proposed(world, make_candidate(world, "Trần Văn Bình", gender="male"), start=100)
    steps = {kind: recognised.steps.get(kind=kind) for kind in
             (StepKind.COMMENTS, StepKind.RESOLUTION, StepKind.PROBATION_COMMENTS, StepKind.RECOGNITION_RESOLUTION)}  # fmt: skip
    steps["resolution_2026"] = pending.steps.get(kind=StepKind.RESOLUTION)
    return {str(kind): _bytes(step) for kind, step in steps.items()}


def test_the_resolution_proposing_admission_is_form_6(files):
    left, body, corner = _texts(files["resolution"])
    assert left == ["ĐẢNG ỦY XÃ YÊN MÔ", "CHI BỘ TRƯỜNG MẦM NON \nYÊN HOÀ", "*", "Số 01-NQ/CB"]
    assert corner == "Mẫu 6-KNĐ"
    assert (
        "NGHỊ QUYẾT" in body
        and "Đề nghị kết nạp đảng viên" in body
        and "CHI BỘ QUYẾT NGHỊ:" in body
    )
    text = "\n".join(body)
    assert "Căn cứ Quy định 294-QĐ/TW ngày 26/5/2025" in text
    assert "tán thành việc kết nạp: 2/2 đồng chí, đạt 100%" in text
    assert "Đồng chí Dương Thị Huệ, đảng viên chính thức, cùng công tác từ ngày 01/09/2018" in text
    assert (
        "Đề nghị Đảng ủy xã Yên Mô xem xét, quyết định kết nạp quần chúng Lê Thị Thu Hằng" in text
    )
    closing = closing_of(files["resolution"])
    assert closing.blocks == SIGNED


def test_the_resolution_proposing_recognition_is_form_13(files):
    left, body, corner = _texts(files["recognition_resolution"])
    assert left[-1] == "Số 02-NQ/CB" and corner == "Mẫu 13-KNĐ"
    text = "\n".join(body)
    assert "Đề nghị công nhận đảng viên chính thức" in body
    assert "theo Quyết định số 125-QĐ/ĐU" in text and "Hoàn thành tốt nhiệm vụ." in text
    assert "là đảng viên chính thức từ ngày" in text


def test_the_summaries_of_comments_take_no_number(files):
    for key, code in (("comments", "Mẫu 5-KNĐ"), ("probation_comments", "Mẫu 12-KNĐ")):
        left, body, corner = _texts(files[key])
        assert left[-2:] == ["*", ""] and corner == code, key  # no number line
        assert "TỔNG HỢP Ý KIẾN NHẬN XÉT" in body
        assert closing_of(files[key]).blocks == SIGNED


def test_a_file_voted_under_the_2026_set_cites_its_texts(files):
    _left, body, corner = _texts(files["resolution_2026"])
    text = "\n".join(body)
    assert "Căn cứ Quy định 208-QĐ/TW ngày 26/7/2026" in text and "Quy định 294" not in text
    assert corner == "Mẫu 6-KNĐ"  # the 2022 numbering is kept until a 2026 guide says otherwise


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


@pytest.mark.skipif(not pdf.pdf_available(), reason="LibreOffice (soffice) is not installed")
def test_printed_the_signing_block_stands_whole_on_the_last_page(files, tmp_path):
    pdfs = to_pdfs(files, tmp_path)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for name, data in files.items():
        closing = closing_of(data)
        pages = [_squash(page.extract_text()) for page in PdfReader(pdfs[name]).pages]
        wanted = [line for block in closing.blocks for line in block] + [closing.last_words]
        missing = [s for s in wanted if _squash(s) not in pages[-1]]
        if missing:
            problems.append(f"{name} ({len(pages)} trang): trang cuối thiếu {missing}")
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdfs[name]), str(SCREENSHOTS / f"admission-{name}")],
                           check=True)  # fmt: skip
    assert not problems, "\n".join(problems)
