"""Plans in other layouts (table, Word numbering, assignment section, contradictions, PDF)."""

from __future__ import annotations

import pytest

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document

from .accuracy import score
from .samples import BUILDERS, PDF_FROM


@pytest.mark.parametrize("name", list(BUILDERS))
def test_a_generated_docx_matches_its_ground_truth(name: str):
    assert score(name, f"{name}.docx", BUILDERS[name]()).errors == []


@pytest.mark.parametrize("name", PDF_FROM)
def test_the_same_plan_read_from_pdf_matches_too(name: str, pdf_of):
    assert score(name, f"{name}.pdf", pdf_of(name)).errors == []


def test_a_topic_in_the_content_and_the_assignment_section_is_one_topic():
    plan = parse_plan(read_document(BUILDERS["assignment_plan"](), "kh.docx"))
    assert [(t.quarter, t.month) for t in plan.topics] == [(1, 3), (2, 6), (3, 9)]
    assert plan.topics[0].content.startswith("Rà soát thực đơn")
    assert [p.name for p in plan.topics[2].presenters] == ["Hoàng Thị Mai", "Trịnh Văn Hải"]


def test_contradictions_keep_both_values_and_say_so():
    plan = parse_plan(read_document(BUILDERS["conflict_plan"](), "kh.docx"))
    outside, twice = plan.topics
    assert (outside.quarter, outside.month) == (1, 5)
    assert outside.conflicts == ["Tháng 5 không thuộc Quý I."]
    assert twice.month == 8 and twice.alternatives == {"month": [8, 9]}
    assert twice.conflicts == [
        "Kế hoạch ghi hai thời gian khác nhau cho chuyên đề này: tháng 8 và tháng 9."
    ]
    assert any("Tháng 5 không thuộc Quý I" in w for w in plan.warnings)


def test_a_topic_table_reads_quarters_months_and_several_presenters():
    plan = parse_plan(read_document(BUILDERS["table_plan"](), "kh.docx"))
    assert [(t.quarter, t.month) for t in plan.topics] == [(1, 3), (2, 4), (3, None), (4, 12)]
    assert [p.name for p in plan.topics[3].presenters] == ["Lê Văn Nam", "Trần Thị Thu Hà"]
    assert plan.topics[0].presenters[0].role_note == "Hiệu trưởng"
    assert plan.committee_name == "Đảng bộ phường Hoa Lư"


def test_a_plan_with_no_recognisable_topic_says_so():
    data = "KẾ HOẠCH\nSinh hoạt chuyên đề năm 2026\nI. NỘI DUNG\nChi bộ sẽ bàn sau.\n".encode()
    plan = parse_plan(read_document(data, "kh.txt"))
    assert plan.kind == "thematic" and plan.topics == []
    assert any("Không tìm thấy chuyên đề" in w for w in plan.warnings)
