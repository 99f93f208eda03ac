"""PartyDocument -> DOCX bytes with python-docx, laid out as HD 36-HD/VPTW asks (§3)."""

from __future__ import annotations

import copy
import functools
import io
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from chibo.documents.metrics import text_mm
from chibo.documents.party import (
    Bullet,
    FormatSettings,
    Heading,
    Paragraph,
    PartyDocument,
    Signature,
    Table,
    recipient_lines,
)

NATIONAL_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
# Width of NATIONAL_HEADING in Times New Roman Bold, in em (measured on Liberation Serif
# Bold, which has the same metrics): the rule under it is drawn this long (§3.3).
NATIONAL_HEADING_EM = 13.77
DRAFT_MARK = "DỰ THẢO"
_PROTOTYPES: dict[tuple[object, ...], Any] = {}
_T_PATH = f"{qn('w:r')}/{qn('w:t')}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

_ALIGN = {
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
# Header columns (mm): the left holds the issuing bodies, the right the national heading.
# The left is at least this wide, and wider when the superior line needs it (up to what the
# right column leaves: the national heading and the place and date on one line each).
_HEADER_LEFT_MM = 75.0
_HEADER_SIZE = 14
# Administrative units: the words from one of these to the end name a place, kept on one line.
_PLACE_UNITS = (
    "XÃ",
    "PHƯỜNG",
    "THỊ TRẤN",
    "THỊ XÃ",
    "HUYỆN",
    "QUẬN",
    "TỈNH",
    "THÀNH PHỐ",
    "ĐẶC KHU",
)
_CELL_PADDING_MM = 1.91  # Word's default left and right cell margin (0.08 in)
_SIGNATURE_SPACE_LINES = 4


# Styles the renderer relies on; python-docx's default template carries 164 styles and two
# copies of them (styles.xml + stylesWithEffects.xml, ~800 kB) that cost most of the
# parsing and zipping time of every document.
_KEPT_STYLES = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Header", "Footer"}
_DROPPED_PARTS = ("stylesWithEffects", "customXml")


@functools.cache
def _base_template(font: str) -> bytes:
    """python-docx's default template, trimmed to what a Party document uses."""
    document = Document()
    styles = document.styles.element
    for node in list(styles):
        if node.tag == qn("w:latentStyles") or (
            node.tag == qn("w:style") and node.get(qn("w:styleId")) not in _KEPT_STYLES
        ):
            styles.remove(node)
    # Theme fonts in the defaults would win over the names we set: name the font instead.
    fonts = styles.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}"
    )
    if fonts is not None:
        for attr in list(fonts.attrib):
            del fonts.attrib[attr]
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(slot), font)
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype.rsplit("/", 1)[-1] in _DROPPED_PARTS:
            del part.rels[rid]
    package_rels = part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package_rels[rid]
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


class _Writer:
    def __init__(self, fmt: FormatSettings) -> None:
        self.fmt = fmt
        self.document: DocxDocument = Document(io.BytesIO(_base_template(fmt.font)))
        self.text_width_mm = 210 - fmt.margins_mm[2] - fmt.margins_mm[3]

    # -- low-level helpers ------------------------------------------------------------

    def set_font(self, element: object) -> None:
        """Name the font for every script slot, so Word and LibreOffice pick the same one."""
        rpr = element.get_or_add_rPr()  # type: ignore[attr-defined]
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(slot), self.fmt.font)

    def run(
        self,
        paragraph: DocxParagraph,
        text: str,
        *,
        size: float | None = None,
        bold: bool = False,
        italic: bool = False,
        underline: bool = False,
    ) -> None:
        run = paragraph.add_run(text)
        self.set_font(run._r)
        run.font.size = Pt(size or self.fmt.body_size)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if underline:
            run.underline = True

    def para(
        self,
        container: DocxDocument | _Cell,
        text: str = "",
        *,
        align: str = "center",
        size: float | None = None,
        bold: bool = False,
        italic: bool = False,
        underline: bool = False,
        indent: bool = False,
        after: float = 0,
        line_spacing: float = 1.0,
    ) -> DocxParagraph:
        style = (align, size, bold, italic, underline, indent, after, line_spacing, bool(text))
        key = (self.fmt.font, self.fmt.body_size, self.fmt.first_line_indent_mm, style)
        proto = _PROTOTYPES.get(key)
        if proto is None:
            # First paragraph of this style: build it with python-docx, keep a copy.
            paragraph = container.add_paragraph()
            pf = paragraph.paragraph_format
            pf.alignment = _ALIGN[align]
            pf.space_before = Pt(0)
            pf.space_after = Pt(after)
            pf.line_spacing = line_spacing
            if indent:
                pf.first_line_indent = Mm(self.fmt.first_line_indent_mm)
            if text:
                self.run(paragraph, text, size=size, bold=bold, italic=italic, underline=underline)
            _PROTOTYPES[key] = copy.deepcopy(paragraph._p)
            return paragraph
        # Copying a finished paragraph is ~10x faster than python-docx's element-by-element
        # building, which keeps a long plan under the 50 ms budget (bench/documents.json).
        p = copy.deepcopy(proto)
        if text:
            t = p.find(_T_PATH)
            t.text = text
            t.set(_XML_SPACE, "preserve")
        if isinstance(container, _Cell):
            container._tc.append(p)
        else:
            container.element.body.sectPr.addprevious(p)
        return DocxParagraph(p, container)

    def lines_para(self, container: _Cell, lines: list[str], **style: Any) -> DocxParagraph:
        """One paragraph of `lines` separated by line breaks (the header's long names). Each
        line but the last keeps its trailing space, so copied text reads as one name."""
        paragraph = self.para(container, lines[0] if lines else "", **style)
        runs = paragraph._p.findall(qn("w:r"))
        for line in lines[1:]:
            previous = paragraph._p.findall(qn("w:r"))[-1].find(qn("w:t"))
            previous.text = f"{previous.text} "
            run = copy.deepcopy(runs[0])
            text = run.find(qn("w:t"))
            text.text = line
            text.set(_XML_SPACE, "preserve")
            text.addprevious(OxmlElement("w:br"))
            paragraph._p.append(run)
        return paragraph

    def body_para(self, text: str, *, align: str = "justify", indent: bool = True, **kw: object):  # type: ignore[no-untyped-def]
        return self.para(
            self.document,
            text,
            align=align,
            indent=indent,
            after=6,
            line_spacing=self.fmt.line_spacing,
            **kw,  # type: ignore[arg-type]
        )

    def plain_table(self, columns_mm: list[float]):  # type: ignore[no-untyped-def]
        table = self.document.add_table(rows=1, cols=len(columns_mm))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        _set_borders(table, "nil")
        _fixed_layout(table, columns_mm)
        for cell in table.rows[0].cells:
            # A new cell holds one empty paragraph: drop it so content starts at the top.
            cell._tc.remove(cell.paragraphs[0]._p)
        return table

    # -- zones ------------------------------------------------------------------------

    def page_setup(self) -> None:
        top, bottom, left, right = self.fmt.margins_mm
        section = self.document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
        section.left_margin, section.right_margin = Mm(left), Mm(right)
        # §3.7 [L]: page numbers from page 2, centred, 10 mm from the top edge.
        section.header_distance = Mm(10)
        section.footer_distance = Mm(10)
        section.different_first_page_header_footer = True
        # An explicit empty first-page header: page 1 carries no number in Word either.
        section.first_page_header.is_linked_to_previous = False
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_page_field(header, self)
        styles = self.document.styles
        normal = styles["Normal"]
        normal.font.name = self.fmt.font
        normal.font.size = Pt(self.fmt.body_size)
        self.set_font(normal.element)
        pf = normal.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)

    def draft_mark(self) -> None:
        first = self.document.sections[0].first_page_header.paragraphs[0]
        first.alignment = WD_ALIGN_PARAGRAPH.LEFT
        self.run(first, f" {DRAFT_MARK} ", bold=True)
        _box_run(first.runs[-1]._r)

    def form_mark(self, code: str) -> None:
        """The form's code, top right of the first page, in the page header (the text below
        keeps its place): 'Mẫu 6-KNĐ'."""
        header = self.document.sections[0].first_page_header
        paragraph = header.paragraphs[0]
        if paragraph.text:  # the draft mark holds the first line
            paragraph = header.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.run(paragraph, code, size=12)

    def header(self, doc: PartyDocument) -> None:
        head = doc.header
        number = head.number
        if self.fmt.number_colon and not number.startswith("Số:"):
            number = number.replace("Số", "Số:", 1)
        superior, issuer = head.superior.upper(), head.issuer.upper()
        left_mm = self.header_left_mm(superior, issuer, number, head.place_date)
        right_mm = self.text_width_mm - left_mm
        table = self.plain_table([left_mm, right_mm])
        left, right = table.rows[0].cells
        inner = left_mm - 2 * _CELL_PADDING_MM - 1
        self.lines_para(left, header_lines(superior, inner), size=_HEADER_SIZE)
        self.lines_para(left, header_lines(issuer, inner, "bold"), size=_HEADER_SIZE, bold=True)
        self.para(left, "*", size=_HEADER_SIZE)
        self.para(left, number, size=_HEADER_SIZE)

        heading = self.para(right, NATIONAL_HEADING, size=15, bold=True)
        # The rule is a bottom border; indenting the paragraph makes it as long as the text.
        text_mm = NATIONAL_HEADING_EM * 15 * 25.4 / 72
        # 1 mm of slack keeps the heading on one line whatever the rounding.
        side = max((right_mm - 2 * _CELL_PADDING_MM - text_mm - 1) / 2, 0)
        heading.paragraph_format.left_indent = Mm(side)
        heading.paragraph_format.right_indent = Mm(side)
        _bottom_border(heading)
        self.para(right, "", size=8)
        self.para(right, head.place_date, size=_HEADER_SIZE, italic=True)

    def header_left_mm(self, superior: str, issuer: str, number: str, place_date: str) -> float:
        """The left column: wide enough for the superior line (and the issuer and number when
        they can fit) on one line, leaving the right column its heading and date lines."""
        padding = 2 * _CELL_PADDING_MM + 1
        heading_mm = NATIONAL_HEADING_EM * 15 * 25.4 / 72
        right_need = max(heading_mm, text_mm(place_date, _HEADER_SIZE, "italic")) + padding
        widest = self.text_width_mm - right_need
        lines = [
            text_mm(superior, _HEADER_SIZE) + padding,
            text_mm(issuer, _HEADER_SIZE, "bold") + padding,
            text_mm(number, _HEADER_SIZE) + padding,
        ]
        need = max([w for w in lines if w <= widest], default=0.0)
        return max(_HEADER_LEFT_MM, min(need, widest))

    def title(self, doc: PartyDocument) -> None:
        self.para(self.document, "", size=14)
        self.para(self.document, doc.doc_type.upper(), size=16, bold=True, after=0)
        self.para(self.document, doc.summary, size=14, bold=True, after=0)
        self.para(self.document, "", size=14, after=6)

    def blocks(self, doc: PartyDocument) -> None:
        for block in doc.blocks:
            if isinstance(block, Heading):
                # A heading never ends a page: it goes with the text (or table) it heads.
                _keep_next(self.body_para(block.text, bold=True, italic=block.level >= 3)._p)
            elif isinstance(block, Paragraph):
                self.body_para(
                    block.text,
                    align=block.align,
                    indent=block.indent,
                    bold=block.bold,
                    italic=block.italic,
                )
            elif isinstance(block, Bullet):
                self.body_para(f"- {block.text}")
            elif isinstance(block, Table):
                self.data_table(block)

    def data_table(self, block: Table) -> None:
        columns = max([1, len(block.header), *(len(r) for r in block.rows)])
        size = self.fmt.body_size - 1
        rows = ([block.header] if block.header else []) + block.rows
        widths = block.widths_mm or column_widths(
            [list(r) + [""] * (columns - len(r)) for r in rows],
            total_mm=self.text_width_mm,
            size_pt=size,
            header=bool(block.header),
        )
        table = self.document.add_table(rows=0, cols=columns)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        _set_borders(table, "single")
        _fixed_layout(table, widths)
        for index, values in enumerate(rows):
            cells = table.add_row().cells
            is_header = index == 0 and bool(block.header)
            for cell, value in zip(cells, list(values) + [""] * columns, strict=False):
                paragraph = cell.paragraphs[0]
                paragraph.alignment = _ALIGN["center" if is_header else "left"]
                self.run(paragraph, value, size=size, bold=is_header)
            # A row is read whole: it moves to the next page rather than split.
            _cant_split(table.rows[-1])
            if is_header:
                _repeat_header(table.rows[-1])
        self.para(self.document, "", after=6)

    def closing(self, doc: PartyDocument) -> None:
        """Recipients and signatures. The block is never split across pages nor separated from
        the lines above it: the body's last paragraph keeps with it, each row of the closing
        tables cannot split, and the paragraphs inside keep together."""
        _keep_with_next(self.document.element.body)
        lines = recipient_lines(doc.recipients)
        _keep_next(self.para(self.document, "")._p)
        if lines:
            table = self.plain_table([self.text_width_mm * 0.45, self.text_width_mm * 0.55])
            left, right = table.rows[0].cells
            # §3.6: the layout is confirmed, the styling is not [I]. We use the common
            # practice: a 14 pt bold underlined label, then a 12 pt list.
            self.para(left, "Nơi nhận:", align="left", size=14, bold=True, underline=True)
            for line in lines:
                self.para(left, line, align="left", size=12)
            self.signature(right, doc.signature)
            _keep_row_together(table.rows[0])
            signatures = doc.extra_signatures
        else:
            # Minutes: THƯ KÝ on the left, CHỦ TRÌ on the right, on one row.
            signatures = [*doc.extra_signatures, doc.signature]
        if signatures:
            if lines:
                _keep_next(table.rows[0])
                _keep_next(self.para(self.document, "")._p)
            slots: list[Signature | None] = list(signatures)
            if len(slots) == 1 and not lines:
                # A lone signer (a member's self-assessment) signs on the right.
                slots = [None, *slots]
                columns = [self.text_width_mm * 0.45, self.text_width_mm * 0.55]
            else:
                columns = [self.text_width_mm / len(slots)] * len(slots)
            table = self.plain_table(columns)
            for cell, slot in zip(table.rows[0].cells, slots, strict=True):
                if slot is None:
                    self.para(cell, "")
                else:
                    self.signature(cell, slot)
            _keep_row_together(table.rows[0])

    def signature(self, cell: _Cell, signature: Signature) -> None:
        if signature.capacity:
            self.para(cell, signature.capacity.upper(), size=14, bold=True)
        if signature.title:
            # Without a capacity line the title heads the block, so it is bold (minutes:
            # "CHỦ TRÌ", "THƯ KÝ").
            self.para(cell, signature.title.upper(), size=14, bold=not signature.capacity)
        for _ in range(_SIGNATURE_SPACE_LINES):
            self.para(cell, "", size=14)
        self.para(cell, signature.name, size=14, bold=True)

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()


def render(doc: PartyDocument, fmt: FormatSettings) -> bytes:
    writer = _Writer(fmt)
    writer.page_setup()
    if doc.draft:
        writer.draft_mark()
    if doc.form_code:
        writer.form_mark(doc.form_code)
    writer.header(doc)
    writer.title(doc)
    writer.blocks(doc)
    writer.closing(doc)
    # python-docx starts from a document holding one empty paragraph; drop it.
    body = writer.document.element.body
    first = body[0]
    if first.tag == qn("w:p") and not first.xpath(".//w:t"):
        body.remove(first)
    return writer.to_bytes()


# -- raw XML helpers (python-docx has no API for these) --------------------------------

# Child order the OOXML schema requires (Word rejects files that break it).
_TBLPR = "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook"
_PPR = "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
_RPR = "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"


def _place_start(words: list[str]) -> int:
    """Index of the first word of the place name that ends `words`: the last two words (with
    a trailing number: 'VĨNH PHONG 4'), or from an administrative unit on ('PHƯỜNG THẠCH BÀN')."""
    start = max(len(words) - 2, 0)
    if words and words[-1].isdigit() and len(words) >= 3:
        start -= 1
    for index in range(len(words)):
        pair = " ".join(words[index : index + 2])
        if (words[index] in _PLACE_UNITS or pair in _PLACE_UNITS) and len(words) - index <= 5:
            return min(start, index)
    return start


def header_lines(text: str, width_mm: float, style: str = "regular") -> list[str]:
    """`text` broken into lines that fit `width_mm`, never inside the place name it ends with
    ('CHI BỘ TRƯỜNG MẦM NON / YÊN HOÀ', 'ĐẢNG ỦY / PHƯỜNG THẠCH BÀN', not '… THẠCH / BÀN')."""
    if text_mm(text, _HEADER_SIZE, style) <= width_mm:
        return [text] if text else []
    words = text.split()
    start = _place_start(words)
    place = " ".join(words[start:])
    units = words[:start] + (
        [place] if text_mm(place, _HEADER_SIZE, style) <= width_mm else words[start:]
    )
    lines: list[str] = []
    for unit in units:
        candidate = f"{lines[-1]} {unit}" if lines else unit
        if lines and text_mm(candidate, _HEADER_SIZE, style) <= width_mm:
            lines[-1] = candidate
        else:
            lines.append(unit)
    return lines


def column_widths(
    rows: list[list[str]], *, total_mm: float, size_pt: float, header: bool
) -> list[float]:
    """Column widths in proportion to their content, as a browser lays out a table: every
    column at least as wide as its longest word, the rest shared by how much text each holds
    (so "STT" stays narrow and "Nhiệm vụ" gets the room)."""
    padding = 2 * _CELL_PADDING_MM + 0.5
    columns = len(rows[0]) if rows else 1
    need, want = [], []
    for col in range(columns):
        texts = [
            (row[col], "bold" if header and i == 0 else "regular") for i, row in enumerate(rows)
        ]
        words = [text_mm(w, size_pt, style) for text, style in texts for w in text.split()] or [0.0]
        need.append(max(words) + padding)
        # A heading may take three lines; the cells below it ask for their whole text.
        widths = [text_mm(t, size_pt, style) / (3 if style == "bold" else 1) for t, style in texts]
        want.append(max(max(widths) + padding, need[-1]))
    if sum(want) <= total_mm:
        return [w * total_mm / sum(want) for w in want]
    if sum(need) >= total_mm:
        return [n * total_mm / sum(need) for n in need]
    spare = total_mm - sum(need)
    extra = [w - n for w, n in zip(want, need, strict=True)]
    return [n + spare * e / sum(extra) for n, e in zip(need, extra, strict=True)]


def _put(parent: Any, child: Any, order: str) -> None:
    """Replace or insert `child` in `parent` at the place the schema order asks for."""
    names = order.split()
    tag = child.tag
    rank = names.index(tag.split("}")[1])
    for existing in list(parent):
        if existing.tag == tag:
            parent.remove(existing)
    for index, existing in enumerate(parent):
        local: str = existing.tag.split("}")[1]
        if local in names and names.index(local) > rank:
            parent.insert(index, child)
            return
    parent.append(child)


def _set_borders(table: object, kind: str) -> None:
    tbl_pr = table._tbl.tblPr  # type: ignore[attr-defined]
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        node = OxmlElement(f"w:{edge}")
        node.set(qn("w:val"), kind)
        if kind != "nil":
            node.set(qn("w:sz"), "4")
            node.set(qn("w:space"), "0")
            node.set(qn("w:color"), "000000")
        borders.append(node)
    _put(tbl_pr, borders, _TBLPR)


def _fixed_layout(table: object, widths_mm: list[float]) -> None:
    tbl = table._tbl  # type: ignore[attr-defined]
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    _put(tbl.tblPr, layout, _TBLPR)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    width.set(qn("w:type"), "dxa")
    _put(tbl.tblPr, width, _TBLPR)
    for column, mm in zip(table.columns, widths_mm, strict=False):  # type: ignore[attr-defined]
        column.width = Mm(mm)
    for grid_col, mm in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_mm, strict=False):
        grid_col.set(qn("w:w"), str(int(mm * 56.7)))


def _bottom_border(paragraph: DocxParagraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    _put(ppr, borders, _PPR)


def _box_run(r: object) -> None:
    rpr = r.get_or_add_rPr()  # type: ignore[attr-defined]
    border = OxmlElement("w:bdr")
    border.set(qn("w:val"), "single")
    border.set(qn("w:sz"), "8")
    border.set(qn("w:space"), "0")
    border.set(qn("w:color"), "000000")
    _put(rpr, border, _RPR)


def _repeat_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    node = OxmlElement("w:tblHeader")
    node.set(qn("w:val"), "true")
    tr_pr.append(node)


def _add_page_field(paragraph: DocxParagraph, writer: _Writer) -> None:
    writer.run(paragraph, "")
    r = paragraph.runs[-1]._r
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    r.append(begin)
    writer.run(paragraph, "")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    paragraph.runs[-1]._r.append(instr)
    writer.run(paragraph, "")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.runs[-1]._r.append(end)


def _on(parent: Any, tag: str, order: str) -> None:
    node = OxmlElement(tag)
    _put(parent, node, order)


def _keep_next(target: Any) -> None:
    """Keep-with-next on a paragraph (w:p), or on every paragraph of a table row (w:tr)."""
    paragraphs = [target] if target.tag == qn("w:p") else target.findall(f".//{qn('w:p')}")
    for p in paragraphs:
        _on(p.get_or_add_pPr(), "w:keepNext", _PPR)


def _cant_split(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert(0, OxmlElement("w:cantSplit"))


def _keep_row_together(row: object) -> None:
    """A closing row: never split across pages; inside each cell the lines keep together."""
    _cant_split(row)
    for p in row._tr.findall(f".//{qn('w:p')}"):  # type: ignore[attr-defined]
        ppr = p.get_or_add_pPr()
        _on(ppr, "w:keepNext", _PPR)
        _on(ppr, "w:keepLines", _PPR)


def _keep_with_next(body: Any) -> None:
    """The body's last block keeps with what follows (the closing): its last paragraph, or the
    last row of a table and the spacer paragraph after it."""
    children = [c for c in body if c.tag in (qn("w:p"), qn("w:tbl"))]
    for child in reversed(children[-3:]):
        if child.tag == qn("w:tbl"):
            rows = child.findall(qn("w:tr"))
            if rows:
                _keep_next(rows[-1])
            break
        _keep_next(child)
        if child.xpath(".//w:t"):
            break
