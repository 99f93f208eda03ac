"""The certificate of a recognised initiative (Giấy chứng nhận sáng kiến) as a DOCX.

It is the school's document, not the cell's: the header is the State's (Quốc hiệu, Tiêu ngữ)
with the school under its governing body, signed by the principal. It is rendered once, when
the principal issues it, and stored (chibo.ideas.models.Idea.issue_certificate).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from typing import TYPE_CHECKING

from django.utils import timezone
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from chibo.lib.vietnamese import short_date
from chibo.rules import initiatives as rules
from chibo.rules.documents import state_date

if TYPE_CHECKING:
    from .models import Idea, IdeaSettings

FONT = "Times New Roman"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
HEADER_MM = (68.0, 97.0)  # the text width is 165 mm (A4, margins 30 and 15 mm)
FOOTER_MM = (80.0, 85.0)
MOTTO_MM = 58.0  # the rule under the motto is as long as the motto in 13 pt bold
CELL_PADDING_MM = 1.9


def _run(
    paragraph: Paragraph, text: str, *, size: float = 14, bold: bool = False, italic: bool = False
) -> None:
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)
    run.font.name = FONT
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)


def _para(container: object, text: str = "", *, align: str = "justify", size: float = 14, bold: bool = False,
          italic: bool = False, before: float = 0, after: float = 3, indent: bool = False) -> Paragraph:  # fmt: skip
    paragraph: Paragraph = container.add_paragraph()  # type: ignore[attr-defined]
    paragraph.alignment = {
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
    }[align]  # fmt: skip
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if indent:
        fmt.first_line_indent = Mm(10)
    if text:
        _run(paragraph, text, size=size, bold=bold, italic=italic)
    return paragraph


def _rule(container: object, width_mm: float, column_mm: float) -> None:
    """A short centred line under a heading: the bottom border of an empty, tiny paragraph whose
    indents leave it `width_mm` long."""
    paragraph = _para(container, align="center", size=2, after=0)
    paragraph.paragraph_format.line_spacing = Pt(3)
    side = max((column_mm - 2 * CELL_PADDING_MM - width_mm) / 2, 0)
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)
    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    border.append(bottom)
    ppr.insert(0, border)


def _columns(table: Table, widths_mm: tuple[float, ...]) -> None:
    """Fixed column widths (Word and LibreOffice both honour them)."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    grid = table._tbl.tblGrid
    for col, mm in zip(grid.findall(qn("w:gridCol")), widths_mm, strict=True):
        col.set(qn("w:w"), str(int(mm * 56.7)))
    for row in table.rows:
        for cell, mm in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(mm)


def _points(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return (
        f"{value:.0f}" if value == value.to_integral_value() else f"{value:.1f}".replace(".", ",")
    )


def render_certificate(idea: Idea, options: IdeaSettings, *, on: dt.date) -> bytes:
    school = idea.school
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = document.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(14)  # type: ignore[attr-defined]

    header = document.add_table(rows=1, cols=2)
    header.alignment = WD_TABLE_ALIGNMENT.CENTER
    _columns(header, HEADER_MM)
    left, right = header.rows[0].cells
    first = left.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    first.paragraph_format.space_after = Pt(0)
    if options.governing_body:
        _run(first, options.governing_body.upper(), size=12)
        _para(left, school.name.upper(), align="center", size=12, bold=True, after=0)
    else:
        _run(first, school.name.upper(), size=12, bold=True)
    _rule(left, 25, HEADER_MM[0])
    _para(left, f"Số: {idea.certificate_number}", align="center", size=13, before=6)
    top = right.paragraphs[0]
    top.alignment = WD_ALIGN_PARAGRAPH.CENTER
    top.paragraph_format.space_after = Pt(0)
    _run(top, NATION, size=12, bold=True)
    _para(right, MOTTO, align="center", size=13, bold=True, after=0)
    _rule(right, MOTTO_MM, HEADER_MM[1])
    place_date = state_date(on, options.place_name)
    _para(right, place_date, align="center", size=13, italic=True, before=6)

    _para(document, "GIẤY CHỨNG NHẬN SÁNG KIẾN", align="center", size=16, bold=True, before=24)
    _para(document, f"HIỆU TRƯỞNG {school.name.upper()}", align="center", bold=True, after=12)
    decided = (
        f" ngày {short_date(timezone.localtime(idea.decided_at).date())}" if idea.decided_at else ""
    )
    for basis in (
        f"Căn cứ {rules.TITLE_USE.source.title};",
        f"Căn cứ {rules.DEFINITION.source.title};",
        f"Căn cứ kết quả xét, chấm điểm{decided} của Hội đồng sáng kiến nhà trường "
        f"năm {idea.year},",
    ):
        _para(document, basis, italic=True, indent=True)
    _para(document, "CHỨNG NHẬN:", align="center", bold=True, before=12, after=6)
    author = idea.author
    applied = short_date(idea.applied_from) if idea.applied_from else "—"
    lines = [
        ("Tên sáng kiến: ", idea.title),
        ("Tác giả: ", author.full_name + (f", {author.title}" if author.title else "")),
        ("Lĩnh vực áp dụng: ", idea.get_field_display()),
        ("Phạm vi áp dụng: ", idea.applied_where or school.name),
        ("Ngày áp dụng lần đầu: ", applied),
        ("Điểm bình quân của Hội đồng: ", f"{_points(idea.score_total)}/{options.total_max} điểm"),
    ]
    for label, value in lines:
        paragraph = _para(document, indent=True)
        _run(paragraph, label, bold=True)
        _run(paragraph, value)
    closing = (
        f"Được Hội đồng sáng kiến {school.name} công nhận là sáng kiến năm {idea.year}: có "
        "tính mới trong phạm vi nhà trường, đã được áp dụng và mang lại lợi ích thiết thực."
    )
    _para(document, closing, indent=True, before=6)

    footer = document.add_table(rows=1, cols=2)
    footer.alignment = WD_TABLE_ALIGNMENT.CENTER
    _columns(footer, FOOTER_MM)
    recipients, signature = footer.rows[0].cells
    first = recipients.paragraphs[0]
    first.paragraph_format.space_before = Pt(12)
    _run(first, "Nơi nhận:", size=12, bold=True, italic=True)
    for line in ("- Tác giả sáng kiến;", "- Hội đồng sáng kiến;", "- Lưu: VT."):
        _para(recipients, line, align="left", size=11, after=0)
    top = signature.paragraphs[0]
    top.alignment = WD_ALIGN_PARAGRAPH.CENTER
    top.paragraph_format.space_before = Pt(12)
    _run(top, "HIỆU TRƯỞNG", bold=True)
    _para(signature, "", after=48)
    _para(signature, options.signer_name, align="center", bold=True)

    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
