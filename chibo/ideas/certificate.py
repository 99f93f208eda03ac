"""The certificate of a recognised initiative (Giấy chứng nhận sáng kiến) as a DOCX.

It is the school's document, not the cell's: the header is the State's (Quốc hiệu, Tiêu ngữ)
with the school under its governing body, signed by the principal. It is rendered once, when
the principal issues it, and stored (chibo.ideas.models.Idea.issue_certificate).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from chibo.lib.vietnamese import format_date, short_date
from chibo.rules import initiatives as rules

if TYPE_CHECKING:
    from .models import Idea, IdeaSettings

FONT = "Times New Roman"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


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


def _rule_under(paragraph: Paragraph, width_mm: float) -> None:
    """A short centred line under a heading line, drawn as a paragraph border on a spacer."""
    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    border.append(bottom)
    ppr.append(border)
    indent = OxmlElement("w:ind")
    side = max(0, int((80 - width_mm) / 2 * 56.7))
    indent.set(qn("w:left"), str(side))
    indent.set(qn("w:right"), str(side))
    ppr.append(indent)


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
    left, right = header.rows[0].cells
    left.width, right.width = Mm(75), Mm(90)
    left.paragraphs[0].text = ""
    first = left.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if options.governing_body:
        _run(first, options.governing_body.upper(), size=13)
        name = _para(left, school.name.upper(), align="center", size=13, bold=True, after=0)
    else:
        _run(first, school.name.upper(), size=13, bold=True)
        name = first
    _rule_under(name, 25)
    _para(left, f"Số: {idea.certificate_number}", align="center", size=13, before=6)
    top = right.paragraphs[0]
    top.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(top, NATION, size=12, bold=True)
    motto = _para(right, MOTTO, align="center", size=13, bold=True, after=0)
    _rule_under(motto, 60)
    _para(
        right, format_date(on, options.place_name), align="center", size=13, italic=True, before=6
    )

    _para(
        document,
        "GIẤY CHỨNG NHẬN SÁNG KIẾN",
        align="center",
        size=16,
        bold=True,
        before=24,
        after=6,
    )
    _para(
        document, f"HIỆU TRƯỞNG {school.name.upper()}", align="center", size=14, bold=True, after=12
    )
    for basis in (
        f"Căn cứ {rules.TITLE_USE.source.title};",
        f"Căn cứ {rules.DEFINITION.source.title};",
        f"Căn cứ kết quả xét, chấm điểm của Hội đồng sáng kiến nhà trường năm {idea.year}"
        + (f" ngày {short_date(idea.decided_at.date())}" if idea.decided_at else "")
        + ",",
    ):
        _para(document, basis, italic=True, indent=True)
    _para(document, "CHỨNG NHẬN:", align="center", bold=True, before=12, after=6)
    author = idea.author
    lines = [
        ("Tên sáng kiến: ", idea.title),
        ("Tác giả: ", author.full_name + (f", {author.title}" if author.title else "")),
        ("Lĩnh vực áp dụng: ", idea.get_field_display()),
        ("Phạm vi áp dụng: ", idea.applied_where or school.name),
        ("Ngày áp dụng lần đầu: ", short_date(idea.applied_from) if idea.applied_from else "—"),
        (
            "Điểm bình quân của Hội đồng: ",
            f"{idea.score_total} điểm" if idea.score_total is not None else "—",
        ),
    ]
    for label, value in lines:
        paragraph = _para(document, indent=True)
        _run(paragraph, label, bold=True)
        _run(paragraph, value)
    _para(document, (f"Được Hội đồng sáng kiến {school.name} công nhận là sáng kiến năm {idea.year}: "
                     "có tính mới trong phạm vi nhà trường, đã được áp dụng và mang lại lợi ích thiết thực."),
          indent=True, before=6)  # fmt: skip

    footer = document.add_table(rows=1, cols=2)
    footer.alignment = WD_TABLE_ALIGNMENT.CENTER
    recipients, signature = footer.rows[0].cells
    recipients.width, signature.width = Mm(80), Mm(85)
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
