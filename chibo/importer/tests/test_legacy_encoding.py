"""Text typed in TCVN3 (ABC) or VNI fonts is recognised and explained, not imported as garbage."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from chibo.importer.legacy import TCVN3, VNI, legacy_encoding
from chibo.importer.reader import ImportReadError, read_document

from .samples import SEEDS

TCVN3_TEXT = "§¶ng bé x· Yªn M« x©y dùng kÕ ho¹ch sinh ho¹t chuyªn ®Ò n¨m 2026 cña chi bé"
VNI_TEXT = (
    "Ñaûng boä xaõ Yeân Moâ xaây döïng keá hoaïch sinh hoaït chuyeân ñeà naêm 2026 cuûa chi boä"
)
UNICODE_TEXT = "Đảng bộ xã Yên Mô xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 của chi bộ"


def test_it_names_the_encoding_of_a_paragraph():
    assert legacy_encoding(TCVN3_TEXT) == TCVN3
    assert legacy_encoding(VNI_TEXT) == VNI
    assert legacy_encoding(UNICODE_TEXT) == ""
    assert legacy_encoding("Quý I") == ""


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_the_unicode_seeds_are_not_flagged(path: Path):
    assert not [w for w in read_document(path).warnings if "bảng mã" in w]


def test_a_tcvn3_text_file_is_refused_with_the_way_to_convert():
    data = "\n".join([TCVN3_TEXT] * 5).encode("cp1252")
    with pytest.raises(ImportReadError) as caught:
        read_document(data, "kh.txt")
    assert "TCVN3 (ABC)" in str(caught.value)
    assert "Unikey" in str(caught.value) and "Unicode" in str(caught.value)


def test_a_vni_word_document_is_refused():
    document = docx.Document()
    for _ in range(4):
        document.add_paragraph(VNI_TEXT)
    buffer = io.BytesIO()
    document.save(buffer)
    with pytest.raises(ImportReadError, match="VNI"):
        read_document(buffer.getvalue(), "kh.docx")


def test_a_few_legacy_lines_in_a_unicode_plan_only_warn():
    data = "\n".join([UNICODE_TEXT] * 9 + [TCVN3_TEXT]).encode()
    result = read_document(data, "kh.txt")
    assert any("TCVN3" in w for w in result.warnings)
