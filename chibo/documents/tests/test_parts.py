"""The shared parts of a document: number line, a committee's header and signing block."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document

from chibo.documents.parts import committee_header, committee_signature, header_for, number_line
from chibo.organizations.models import Committee
from chibo.oversight.reports import committee_report

pytestmark = pytest.mark.django_db


def test_the_number_line_comes_from_the_register_or_format_number():
    assert number_line("Số 03-NQ/CB", "NQ") == "Số 03-NQ/CB"
    assert number_line(4, "BC") == "Số 04-BC/CB"
    assert number_line(None, "BC", "ĐU") == "Số    -BC/ĐU"
    assert number_line("", "") == ""  # a member's self-assessment takes no number


def test_a_cells_header_names_its_dang_uy_the_cell_and_its_place(world):
    header = header_for(world.cell, 3, dt.date(2026, 3, 13), type_code="NQ")
    assert (header.superior, header.issuer, header.number) == (
        "ĐẢNG ỦY XÃ YÊN MÔ", "CHI BỘ TRƯỜNG MẦM NON YÊN HOÀ", "Số 03-NQ/CB",
    )  # fmt: skip
    assert header.place_date == "Yên Mô, ngày 13 tháng 03 năm 2026"


def test_a_committee_report_names_the_dang_bo_above_it(world):
    Committee.objects.filter(pk=world.committee.parent_id).update(
        party_organisation="Đảng bộ tỉnh Ninh Bình"
    )
    world.committee.refresh_from_db()
    header = committee_header(world.committee, None, None, type_code="BC")
    assert (header.superior, header.issuer, header.number) == (
        "ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG ỦY XÃ YÊN MÔ", "Số    -BC/ĐU",
    )  # fmt: skip
    assert committee_signature(world.committee).capacity == "T/M ĐẢNG ỦY"
    _, _, data = committee_report(
        world.committee, year=2026, quarter=None, today=dt.date(2026, 6, 1), fmt="docx"
    )  # type: ignore[misc]
    document = Document(io.BytesIO(data))
    left = [p.text for p in document.tables[0].rows[0].cells[0].paragraphs]
    assert left[:2] == ["ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG ỦY XÃ YÊN MÔ"]
    closing = document.tables[-1].rows[0].cells
    assert closing[0].paragraphs[-1].text == "- Lưu Văn phòng."
    assert [p.text for p in closing[1].paragraphs][:2] == ["T/M ĐẢNG ỦY", "BÍ THƯ"]


def test_without_a_dang_bo_name_the_superior_line_falls_back_to_the_committee_name(world):
    header = committee_header(world.committee, None, None, type_code="BC")
    assert header.superior == "TỈNH ỦY NINH BÌNH"
    top = Committee.objects.create(
        name="Tỉnh ủy Ninh Bình 2", party_organisation="Đảng bộ tỉnh Ninh Bình"
    )
    assert committee_header(top, None, None, type_code="BC").superior == "ĐẢNG BỘ TỈNH NINH BÌNH"
    assert committee_signature(top).capacity == "T/M TỈNH ỦY"
