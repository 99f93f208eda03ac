"""The DOCX follows HD 36 (party-rules.md §3): page, header, title, body, closing."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from chibo.documents.party import FormatSettings, render_docx
from chibo.documents.sample import sample_minutes, sample_plan

FONT = "Times New Roman"


def _open(data: bytes):  # type: ignore[no-untyped-def]
    return Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def plan():  # type: ignore[no-untyped-def]
    return _open(render_docx(sample_plan()))


def _para(cell, text):  # type: ignore[no-untyped-def]
    return next(p for p in cell.paragraphs if p.text == text)


def _assert_run(paragraph, *, size: float, bold: bool = False, italic: bool = False) -> None:  # type: ignore[no-untyped-def]
    assert paragraph.runs, paragraph.text
    for run in paragraph.runs:
        assert run.font.name == FONT
        fonts = run._r.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == FONT and fonts.get(qn("w:cs")) == FONT
        assert run.font.size == Pt(size), paragraph.text
        assert bool(run.bold) is bold, paragraph.text
        assert bool(run.italic) is italic, paragraph.text


def test_the_page_is_a4_with_the_default_margins(plan):
    section = plan.sections[0]
    # Word stores twips, so compare to a tenth of a millimetre.
    assert (round(section.page_width.mm, 1), round(section.page_height.mm, 1)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm) for m in margins] == [20, 20, 30, 15]
    assert plan.styles["Normal"].font.name == FONT


def test_margins_come_from_the_format_settings():
    document = _open(render_docx(sample_plan(), FormatSettings(margins_mm=(25, 25, 35, 15))))
    section = document.sections[0]
    assert round(section.top_margin.mm) == 25 and round(section.left_margin.mm) == 35


def test_the_header_left_column_names_superior_issuer_star_and_number(plan):
    left = plan.tables[0].rows[0].cells[0]
    # The issuer is too long for one line: it breaks before the place name, never inside it.
    assert [p.text for p in left.paragraphs] == [
        "ĐẢNG ỦY XÃ YÊN MÔ",
        "CHI BỘ TRƯỜNG MẦM NON \nYÊN HOÀ",
        "*",
        "Số 03-KH/CB",
    ]
    _assert_run(left.paragraphs[0], size=14)
    _assert_run(left.paragraphs[1], size=14, bold=True)
    _assert_run(left.paragraphs[3], size=14)
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.CENTER for p in left.paragraphs)
    assert ":" not in left.paragraphs[3].text


def test_the_number_gets_a_colon_only_when_configured():
    document = _open(render_docx(sample_plan(), FormatSettings(number_colon=True)))
    assert document.tables[0].rows[0].cells[0].paragraphs[3].text == "Số: 03-KH/CB"


def test_the_national_heading_is_15_bold_with_a_rule_and_an_italic_date(plan):
    right = plan.tables[0].rows[0].cells[1]
    heading = _para(right, "ĐẢNG CỘNG SẢN VIỆT NAM")
    _assert_run(heading, size=15, bold=True)
    assert heading.alignment == WD_ALIGN_PARAGRAPH.CENTER
    bottom = heading._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert bottom.get(qn("w:val")) == "single"
    # The rule is as long as the heading: the paragraph is indented equally on both sides.
    indent = heading.paragraph_format
    assert indent.left_indent == indent.right_indent and indent.left_indent > 0
    date = _para(right, "Yên Mô, ngày 05 tháng 01 năm 2026")
    _assert_run(date, size=14, italic=True)


def test_the_header_table_has_no_borders(plan):
    borders = plan.tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}


def test_doc_type_and_summary_are_bold_and_centred(plan):
    doc_type = next(p for p in plan.paragraphs if p.text == "KẾ HOẠCH")
    summary = next(p for p in plan.paragraphs if p.text.startswith("Thực hiện sinh hoạt"))
    _assert_run(doc_type, size=16, bold=True)
    _assert_run(summary, size=14, bold=True)
    assert doc_type.alignment == summary.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_headings_are_bold_and_paragraphs_justified_with_an_indent(plan):
    heading = next(p for p in plan.paragraphs if p.text == "I. MỤC ĐÍCH YÊU CẦU")
    sub = next(p for p in plan.paragraphs if p.text == "1. Mục đích.")
    _assert_run(heading, size=14, bold=True)
    _assert_run(sub, size=14, bold=True)
    body = next(p for p in plan.paragraphs if p.text.startswith("Căn cứ Hướng dẫn số 42"))
    _assert_run(body, size=14)
    assert body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert round(body.paragraph_format.first_line_indent.mm) == 10
    assert body.paragraph_format.space_after == Pt(6)
    assert 1.15 <= body.paragraph_format.line_spacing <= 1.3
    bullet = next(p for p in plan.paragraphs if p.text.startswith("- Nhằm không ngừng"))
    assert bullet.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY


def test_a_table_block_has_borders_and_a_bold_header_row(plan):
    table = next(t for t in plan.tables if t.rows[0].cells[0].text == "Chuyên đề")
    assert {b.get(qn("w:val")) for b in table._tbl.tblPr.find(qn("w:tblBorders"))} == {"single"}
    assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)
    assert not any(run.bold for run in table.rows[1].cells[0].paragraphs[0].runs)
    assert table.rows[4].cells[2].text == "Dương Thị Huệ"


def test_recipients_end_with_commas_and_the_last_with_a_period(plan):
    left, right = plan.tables[-1].rows[0].cells
    label = left.paragraphs[0]
    assert label.text == "Nơi nhận:"
    assert label.runs[0].bold and label.runs[0].underline
    lines = [p.text for p in left.paragraphs[1:]]
    assert lines == [
        "- Đảng ủy xã Yên Mô (để báo cáo),",
        "- Đảng viên trong chi bộ,",
        "- Lưu Chi bộ.",
    ]
    _assert_run(left.paragraphs[1], size=12)


def test_the_signature_block_has_bold_capacity_regular_title_bold_name(plan):
    right = plan.tables[-1].rows[0].cells[1]
    texts = [p.text for p in right.paragraphs]
    assert texts[0] == "T/M CHI ỦY" and texts[1] == "BÍ THƯ" and texts[-1] == "Dương Thị Huệ"
    assert texts[2:-1] == [""] * (len(texts) - 3) and len(texts) >= 5  # room to sign and seal
    _assert_run(right.paragraphs[0], size=14, bold=True)
    _assert_run(right.paragraphs[1], size=14)
    _assert_run(right.paragraphs[-1], size=14, bold=True)


def test_minutes_put_secretary_and_chair_side_by_side():
    document = _open(render_docx(sample_minutes()))
    cells = document.tables[-1].rows[0].cells
    assert [c.paragraphs[0].text for c in cells] == ["THƯ KÝ", "CHỦ TRÌ"]
    assert [c.paragraphs[-1].text for c in cells] == ["Phạm Thị Lan", "Dương Thị Huệ"]
    assert "Nơi nhận:" not in [
        p.text for t in document.tables for c in t._cells for p in c.paragraphs
    ]


def test_only_a_draft_carries_the_draft_mark():
    draft = _open(render_docx(sample_plan(draft=True, number="Số    -KH/CB")))
    final = _open(render_docx(sample_plan()))
    first = draft.sections[0].first_page_header.paragraphs[0]
    assert first.text.strip() == "DỰ THẢO" and first.runs[0].bold
    assert "DỰ THẢO" not in final.sections[0].first_page_header.paragraphs[0].text
    assert "DỰ THẢO" not in "".join(p.text for p in final.paragraphs)
    assert draft.tables[0].rows[0].cells[0].paragraphs[3].text == "Số    -KH/CB"


def test_pages_after_the_first_are_numbered_at_the_top(plan):
    section = plan.sections[0]
    assert section.different_first_page_header_footer
    header_xml = section.header.paragraphs[0]._p.xml
    assert "PAGE" in header_xml and 'w:fldCharType="begin"' in header_xml
    assert "PAGE" not in section.first_page_header.paragraphs[0]._p.xml


def _left_width_mm(document) -> float:  # type: ignore[no-untyped-def]
    return document.tables[0].columns[0].width.mm


def test_a_long_superior_line_widens_the_left_column_instead_of_breaking_the_place_name():
    doc = sample_plan()
    doc.header.superior, doc.header.place = "ĐẢNG ỦY PHƯỜNG THẠCH BÀN", "Thạch Bàn"
    document = _open(render_docx(doc))
    left = document.tables[0].rows[0].cells[0]
    assert left.paragraphs[0].text == "ĐẢNG ỦY PHƯỜNG THẠCH BÀN"  # one line, no break
    assert _left_width_mm(document) > 78
    # The right column still holds the national heading and the date on one line each.
    assert 165 - _left_width_mm(document) > 82


def test_header_lines_break_before_the_place_name():
    from chibo.documents.docx_render import header_lines

    assert header_lines("ĐẢNG ỦY PHƯỜNG THẠCH BÀN", 60) == ["ĐẢNG ỦY", "PHƯỜNG THẠCH BÀN"]
    assert header_lines("CHI BỘ TRƯỜNG TIỂU HỌC VĨNH PHONG 4", 80, "bold") == [
        "CHI BỘ TRƯỜNG TIỂU HỌC",
        "VĨNH PHONG 4",
    ]
    assert header_lines("CHI BỘ THÔN AN HẠ", 80, "bold") == ["CHI BỘ THÔN AN HẠ"]


def _props(paragraph, name: str) -> bool:  # type: ignore[no-untyped-def]
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.find(qn(f"w:{name}")) is not None


def test_the_closing_keeps_with_the_text_above_and_never_splits(plan):
    body = [p for p in plan.paragraphs if p.text.strip()]
    assert _props(body[-1], "keepNext")  # "Trên đây là …" goes with the signature
    for table in plan.tables[1:]:
        if "Nơi nhận:" in table.rows[0].cells[0].text:
            row = table.rows[0]
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
            for cell in row.cells:
                assert all(_props(p, "keepLines") for p in cell.paragraphs)


def test_task_tables_size_their_columns_to_the_content():
    from chibo.documents.party import Table

    doc = sample_minutes()
    doc.blocks.append(
        Table(
            header=["STT", "Nhiệm vụ", "Người thực hiện", "Thời hạn"],
            rows=[
                [
                    "1",
                    "Xây dựng kế hoạch đổi mới hoạt động lấy trẻ làm trung tâm ở 12 lớp",
                    "Nguyễn Thị Hường",
                    "15/04/2026",
                ]
            ],
        )
    )
    document = _open(render_docx(doc))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "STT")
    widths = [c.width.mm for c in table.columns]
    assert widths[0] < 20 and widths[1] == max(widths) and abs(sum(widths) - 165) < 1
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table.rows)


def test_a_lone_signer_signs_on_the_right():
    from chibo.documents.party import Signature

    doc = sample_minutes()
    doc.extra_signatures = []
    doc.signature = Signature(capacity="", title="NGƯỜI TỰ KIỂM ĐIỂM", name="Trần Thị Nghĩa Quỳnh")
    cells = _open(render_docx(doc)).tables[-1].rows[0].cells
    assert cells[0].text.strip() == "" and cells[1].paragraphs[0].text == "NGƯỜI TỰ KIỂM ĐIỂM"


def test_headings_keep_with_what_they_head(plan):
    heading = next(p for p in plan.paragraphs if p.text == "III. TỔ CHỨC THỰC HIỆN")
    assert _props(heading, "keepNext")
