"""The demo plans say everything the seed plans say.

Each seed's substance (from "KẾ HOẠCH" to "Nơi nhận") is cut into sentences and clauses; every
piece of three words or more must appear, in order of words, in the issued DOCX of the demo
plan (paragraphs and table cells, punctuation and case ignored). Obvious typos are fixed first
with the list the demo itself declares (demo_seeds.TYPO_FIXES). Header, number, date, recipients
and signature follow the official format instead of the seed and are asserted one by one.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from chibo.conftest import make_committee
from chibo.demo.load import HOA_MAI, VINH_PHONG_4, YEN_HOA, _people
from chibo.demo.plan_seeds import TYPO_FIXES
from chibo.demo.plans import load_plans_demo
from chibo.organizations.models import Cell, Term
from chibo.plans.models import Plan

SEEDS = Path(__file__).parent / "seeds"
# Seed 001 was extracted from a PDF with a hard break in every line: its lines are joined, and
# its labels, written without punctuation, cut the text instead. The plan prints the labels of
# seed 000 ("Chủ đề:", "Nội dung công việc:", "Thời gian:", "Người thực hiện:").
LABELS = {
    "000": [],
    "001": [
        "Căn cứ",
        "Chuyên đề 1",
        "Chuyên đề 2",
        "Nội dung trọng tâm",
        "Dự kiến thời gian thực hiện",
        "Phân công chuẩn bị dự thảo chuyên đề",
        "Sản phẩm sau chuyên đề",
    ],  # fmt: skip
    "003": [],
}
# (cell name, year): the demo plan of each seed
PLANS = {
    "000": ("Chi bộ Trường Mầm non Yên Hoà", 2026),
    "001": ("Chi bộ Trường Tiểu học Vĩnh Phong 4", 2026),
    "003": ("Chi bộ Trường Mầm non Hoa Mai", 2022),
}
_OLD_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uỷ": "ủy", "uý": "úy", "uỳ": "ùy",
              "uỹ": "ũy", "uỵ": "ụy", "oè": "òe", "oé": "óe"}  # fmt: skip


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    for old, new in _OLD_TONES.items():
        text = text.replace(old, new)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def docx_text(data: bytes) -> str:
    """Every paragraph of the body, table cells included, in document order."""
    body = Document(io.BytesIO(data)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))


def seed_pieces(key: str) -> list[str]:
    text = (SEEDS / f"{key}.txt").read_text(encoding="utf-8")
    for wrong, right in TYPO_FIXES[key]:
        text = text.replace(wrong, right)
    text = text.replace("*", " ")
    text = text[
        text.index("KẾ HOẠCH") + len("KẾ HOẠCH") : text.index("Nơi nhận")
        if "Nơi nhận" in text
        else None
    ]
    if LABELS[key]:
        text = " ".join(text.split())
        for label in LABELS[key]:
            text = text.replace(label, "\n")
    pieces = re.split(r"(?<=[.;:!?])\s+|\n|\s[-+·]\s|^[-+·]\s", text)
    return [p for p in (normalize(p) for p in pieces) if len(p.split()) >= 3]


def _demo_cells() -> None:
    """The three seed cells of the core demo with their members (the rest of `chibo demo`,
    other apps' demo data, is not needed here and takes seconds)."""
    for name, place, people, code, terms in [
        ("Chi bộ Trường Mầm non Yên Hoà", "Yên Mô", YEN_HOA, "YH", [(2025, 2030)]),
        ("Chi bộ Trường Tiểu học Vĩnh Phong 4", "Vĩnh Phong", VINH_PHONG_4, "VP", [(2025, 2030)]),
        ("Chi bộ Trường Mầm non Hoa Mai", "Thạch Bàn", HOA_MAI, "HM", [(2020, 2025), (2025, 2030)]),
    ]:
        committee = make_committee(
            ("Đảng ủy phường " if place == "Thạch Bàn" else "Đảng ủy xã ") + place
        )
        cell = Cell.objects.create(name=name, committee=committee, place_name=place)
        for start, end in terms:
            Term.objects.create(
                cell=cell,
                name=f"{start}–{end}",
                start=dt.date(start, 7, 1),
                end=dt.date(end, 6, 30),
            )
        _people(cell, people, code)


@pytest.fixture
def demo_docs(db, settings):
    """Issue the demo plans as `chibo demo` does and read back what was stored."""
    settings.DOCUMENTS_PDF = False  # LibreOffice takes a second a document; PDF is not checked here
    _demo_cells()
    docs = {}
    for plan in load_plans_demo():
        key = next(
            k
            for k, (cell_name, year) in PLANS.items()
            if (plan.cell.name, plan.year) == (cell_name, year)
        )
        docs[key] = {
            "docx": plan.issued_document.open_file("docx")[2],
            "number": plan.issued_document.number_text,
            "recipients": plan.recipients,
            "superior": plan.cell.committee.name.upper(),
            "targets": [(t.text, t.kind, t.value_min, t.value_max) for t in plan.targets.all()],
        }
    return docs


def test_the_demo_is_idempotent(demo_docs):
    assert Plan.objects.count() == 3
    load_plans_demo()
    assert Plan.objects.count() == 3
    assert Plan.objects.filter(status=Plan.Status.ISSUED).count() == 3


def test_every_sentence_of_each_seed_is_in_its_issued_docx(demo_docs):
    for key in ("000", "001", "003"):
        text = normalize(docx_text(demo_docs[key]["docx"]))
        pieces = seed_pieces(key)
        assert len(pieces) > 60, key
        missing = [p for p in pieces if p not in text]
        assert not missing, (
            f"seed {key}: {len(missing)} of {len(pieces)} pieces missing, e.g. {missing[:3]}"
        )


OFFICIAL = [
    ("000", "Số 01-KH/CB", "Yên Mô, ngày 05 tháng 01 năm 2026", "Dương Thị Huệ", "T/M CHI ỦY"),
    (
        "001",
        "Số 03-KH/CB",
        "Vĩnh Phong, ngày 01 tháng 02 năm 2026",
        "Nguyễn Hoài Thu",
        "T/M CHI BỘ",
    ),
    (
        "003",
        "Số 01-KH/CB",
        "Thạch Bàn, ngày 10 tháng 01 năm 2022",
        "Trần Thị Nghĩa Quỳnh",
        "T/M CHI ỦY",
    ),
]


def test_header_number_signature_and_recipients_follow_the_official_format(demo_docs):
    for key, number, date_line, signer, capacity in OFFICIAL:
        doc = demo_docs[key]
        text = docx_text(doc["docx"])
        assert doc["number"] == number
        assert number in text and "Số:" not in text
        assert date_line in text
        assert signer in text and capacity in text and "T/M." not in text
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and doc["superior"] in text
        for recipient in doc["recipients"]:
            assert recipient in text
    text = docx_text(demo_docs["001"]["docx"])
    assert "1. Chuyên đề 1 (Quý II):" in text and "2. Chuyên đề 2 (Quý III):" in text
    assert "Người thực hiện: Đồng chí Võ Thị Mỹ Ly - Phó Bí thư chi bộ" in text
    assert "Người thực hiện: Đồng chí Phạm Văn Lân" in text
    assert "Sản phẩm sau chuyên đề: Kết luận chuyên đề; hệ thống giải pháp" in text
    targets = demo_docs["003"]["targets"]
    assert len(targets) == 21
    assert {"percent", "range", "yes_no", "text"} <= {kind for _, kind, _, _ in targets}
    admission = next(t for t in targets if t[0].startswith("Bồi dưỡng kết nạp 1-2"))
    assert (admission[2], admission[3]) == (1, 2)
