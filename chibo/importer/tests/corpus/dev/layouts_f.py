"""Development batch 110–119: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers. Besides new
shapes they carry mechanics of real Word files that the corpus did not hold yet, made by a
``("docx", function)`` block that ``build.py`` hands the python-docx document to: cells merged
vertically (one "Quý I" cell over the rows of its months) and horizontally (a "SÁU THÁNG ĐẦU NĂM" row
over the whole table), a table nested inside a cell, the header typed in the page header of the file,
a landscape section for the schedule only, text struck out in an amended plan, bold runs that split a
word, non-breaking spaces, the header in a floating text box, borderless label/value tables, real
Word footnotes. Facts are in ``PLANS`` below (same keys as ``plans.py``); ``build.py``
merges both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from ..common import (
    BASE_HD12,
    PARTY,
    ROMAN,
    Block,
    close,
    date_line,
    header_grid,
    new_section,
    number_line,
    people,
    section,
    signed,
    titled,
    top,
    typed_header,
)
from ..common import NBSP as NB
from ..facts import T, target
from ..facts import topic_with as _t


# ------------------------------------------------------------------------------------ helpers
def _number(p: dict[str, Any]) -> str:
    return number_line(p, gap="Số      -{code}")


def _head(p: dict[str, Any]) -> Block:
    return typed_header(p["left"], _number(p), date_line(p))


def _end(p: dict[str, Any], heading: str = "III. TỔ CHỨC THỰC HIỆN") -> list[Block]:
    """The last section and the signature, the recipients as the plan lists them (``send_to``)."""
    recipients = ["Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu chi bộ."]
    return close(heading, p, signed(p, recipients))


def _title(name: str, p: dict[str, Any], prefix: str = "Đ/c") -> str:
    return titled(name, p.get("posts", {}), prefix)


def _people(t: dict[str, Any], p: dict[str, Any], prefix: str = "đ/c", sep: str = ", ") -> str:
    return people(t, prefix, sep, p.get("posts", {}))


# ------------------------------------------------------------------- Word mechanics (docx hooks)
def _run(para: Any, text: str, flags: str, size: float | None = None) -> None:
    """One run of ``text``; ``flags`` holds b(old), i(talic), s(trike); ``size`` in points."""
    from docx.shared import Pt

    run = para.add_run(text)
    run.bold = "b" in flags or None
    run.italic = "i" in flags or None
    run.font.strike = "s" in flags or None
    if size:
        run.font.size = Pt(size)


def _set_cell(cell: Any, parts: list[tuple[str, str]], size: float | None = None) -> None:
    """Rewrite a cell as runs: ``parts`` are (text, flags) as ``_run`` takes them."""
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    para = cell.paragraphs[0]
    for run in list(para.runs):
        run._r.getparent().remove(run._r)
    for text, flags in parts:
        _run(para, text, flags, size)


Span = tuple[int, int, int, int, str, str]  # row1, col1, row2, col2, text, flags


def band(rows: list[list[str]], spans: list[Span], label: str, cols: int = 5) -> None:
    """Add to a table being built (``rows`` below its header) a bold row merged over all its
    columns ("SÁU THÁNG ĐẦU NĂM 2025", "QUÝ I/2024"); ``merges(spans)`` merges it."""
    spans.append((len(rows) + 1, 0, len(rows) + 1, cols - 1, label, "b"))
    rows.append([label] + [""] * (cols - 1))


def merges(spans: list[Span]) -> Block:
    """Merge cells of the last table: (row1, col1, row2, col2, text, flags) — a "Quý I" cell over
    the rows of its months, a heading row over every column."""

    def apply(doc: Any) -> None:
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        grid = doc.tables[-1]
        for r1, c1, r2, c2, text, flags in spans:
            cell = grid.cell(r1, c1).merge(grid.cell(r2, c2))
            _set_cell(cell, [(text, flags)])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    return ("docx", apply)


def cell_runs(cells: dict[tuple[int, int], list[tuple[str, str]]]) -> Block:
    """Rewrite cells of the last table as formatted runs (bold label, struck text)."""

    def apply(doc: Any) -> None:
        grid = doc.tables[-1]
        for (r, c), parts in cells.items():
            _set_cell(grid.cell(r, c), parts)

    return ("docx", apply)


def runs(parts: list[tuple[str, str]], indent_cm: float = 0.0) -> Block:
    """One body paragraph typed as runs of different formatting (a word split by a bold run, a
    struck-out date followed by the new one)."""

    def apply(doc: Any) -> None:
        from docx.shared import Cm

        para = doc.add_paragraph()
        if indent_cm:
            para.paragraph_format.left_indent = Cm(indent_cm)
        for text, flags in parts:
            if flags.startswith("fn"):  # a footnote mark: flags "fn1" refers to footnote 1
                para._p.append(_footnote_mark(int(flags[2:])))
                continue
            _run(para, text, flags)

    return ("docx", apply)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _footnote_mark(number: int) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(
        f'<w:r xmlns:w="{_W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{number}"/></w:r>'
    )


def footnotes(notes: list[str]) -> Block:
    """Real Word footnotes (a footnotes part), numbered 1, 2, … as the marks in ``runs`` refer to
    them; the note is printed at the foot of the page, not where the mark is."""

    def apply(doc: Any) -> None:
        from xml.sax.saxutils import escape

        from docx.opc.constants import CONTENT_TYPE as CT
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            "</w:r></w:p></w:footnote>",
        ]
        for i, note in enumerate(notes, 1):
            body.append(
                f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                f'<w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="20"/></w:rPr>'
                f'<w:t xml:space="preserve"> {escape(note)}</w:t></w:r></w:p></w:footnote>'
            )
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_W}">'
        blob = (xml + "".join(body) + "</w:footnotes>").encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)

    return ("docx", apply)


def text_box_head(lines: list[str], right: list[str]) -> Block:
    """The committee, the cell, the star and the number typed in a text box at the top left (a
    floating shape, not a table or a paragraph of the body); the Party's name and the date in
    right-aligned body paragraphs beside it."""

    def apply(doc: Any) -> None:
        from xml.sax.saxutils import escape

        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import parse_xml

        paras = "".join(
            f'<w:p><w:pPr><w:spacing w:after="40"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr>{"<w:b/>" if i < 2 else ""}'
            f'<w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
            for i, line in enumerate(lines)
        )
        shape = parse_xml(
            f'<w:r xmlns:w="{_W}" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="HeadBox" type="#_x0000_t202" stroked="f" style="position:absolute;'
            "margin-left:-10pt;margin-top:-6pt;width:235pt;height:96pt;z-index:1;"
            'mso-position-horizontal-relative:margin;mso-position-vertical-relative:line">'
            f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
        first = doc.add_paragraph()
        first._p.append(shape)
        for k, line in enumerate(right):
            para = first if k == 0 else doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = para.add_run(line)
            run.bold = k == 0 or None
        doc.add_paragraph()

    return ("docx", apply)


def borderless() -> Block:
    """Take the borders off the last table, as a typist lines up label and value with it."""

    def apply(doc: Any) -> None:
        grid = doc.tables[-1]
        grid.style = None
        for row in grid.rows:  # the header row build.py made bold is an ordinary row here
            for cell in row.cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = None

    return ("docx", apply)


def nested(tables: dict[tuple[int, int], tuple[list[str], list[list[str]]]]) -> Block:
    """Put a small table inside a cell of the last table, as a typist does with Insert → Table
    while the cursor is in a cell."""

    def apply(doc: Any) -> None:
        from docx.shared import Pt

        grid = doc.tables[-1]
        for (r, c), (head, rows) in tables.items():
            cell = grid.cell(r, c)
            inner = cell.add_table(rows=1 + len(rows), cols=len(head))
            inner.style = "Table Grid"
            for j, text in enumerate(head):
                run = inner.cell(0, j).paragraphs[0].add_run(text)
                run.bold = True
                run.font.size = Pt(11)
            for i, row in enumerate(rows, 1):
                for j, text in enumerate(row):
                    inner.cell(i, j).paragraphs[0].add_run(text).font.size = Pt(11)
            cell.add_paragraph()  # Word keeps a paragraph after a nested table

    return ("docx", apply)


def page_header(left: list[str], right: list[str]) -> Block:
    """The header typed in the page header of the file (View → Header), as a borderless two-column
    table there, not in the body."""

    def apply(doc: Any) -> None:
        head = doc.sections[0].header
        head.is_linked_to_previous = False
        header_grid(head, left, right, 12)

    return ("docx", apply)


def landscape(on: bool) -> Block:
    """A section break: the schedule table on landscape pages, the rest portrait."""

    def apply(doc: Any) -> None:
        new_section(doc, on)

    return ("docx", apply)


def ascii_grid(head: list[str], rows: list[list[str]], widths: list[int]) -> list[Block]:
    """A table drawn with + - | as some programs save a table to plain text: each cell wrapped
    inside its column, so that one row runs over several lines."""
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out: list[Block] = [("p", rule)]

    def row_lines(cells: list[str]) -> list[str]:
        wrapped = []
        for text, w in zip(cells, widths, strict=True):
            parts: list[str] = []
            for piece in text.split("\n"):
                parts += textwrap.wrap(piece, w) or [""]
            wrapped.append(parts)
        height = max(map(len, wrapped))
        lines = []
        for k in range(height):
            cols = [
                (c[k] if k < len(c) else "").ljust(w) for c, w in zip(wrapped, widths, strict=True)
            ]
            lines.append("| " + " | ".join(cols) + " |")
        return lines

    out += [("p", line) for line in row_lines(head)]
    out.append(("p", rule.replace("-", "=")))
    for row in rows:
        out += [("p", line) for line in row_lines(row)]
        out.append(("p", rule))
    return out


# ------------------------------------------------------------------------------------ layouts
def month_programme_merged(p: dict[str, Any]) -> list[Block]:
    """A year programme of the twelve monthly meetings in one table, the thematic ones among the
    regular ones (told apart by a bold "Sinh hoạt chuyên đề:" label); one merged "Quý" cell over the
    three months of each quarter, and a row merged over all columns for each half-year."""
    y = p["year"]
    out = top(_head(p), p["title_lines"], p)
    out += section("I. MỤC TIÊU, CHỈ TIÊU", p["aims"])
    out += [("p", f"- {x['text']}.") for x in p["targets"]]
    out.append(("h", "II. NỘI DUNG SINH HOẠT HẰNG THÁNG"))
    out.append(("p", p["table_note"]))
    by_month = {t["month"]: t for t in p["topics"]}
    rows: list[list[str]] = []
    labels: dict[tuple[int, int], list[tuple[str, str]]] = {}
    spans: list[Span] = []
    for half, months in (("SÁU THÁNG ĐẦU NĂM " + str(y), range(1, 7)),
                         ("SÁU THÁNG CUỐI NĂM " + str(y), range(7, 13))):  # fmt: skip
        band(rows, spans, half)
        for m in months:
            r = len(rows) + 1
            if (m - 1) % 3 == 0:
                spans.append((r, 0, r + 2, 0, f"Quý {ROMAN[(m + 2) // 3]}", "b"))
            t = by_month.get(m)
            if t:
                rows.append(["", f"Tháng {m}", f"Sinh hoạt chuyên đề: {t['title']}",
                             _people(t, p, "Đ/c", "\n"), t.get("note", "")])  # fmt: skip
                labels[(r, 2)] = [("Sinh hoạt chuyên đề: ", "b"), (t["title"], "")]
            else:
                task, who, note = p["regular"][m]
                rows.append(["", f"Tháng {m}", f"Sinh hoạt thường kỳ: {task}", who, note])
    head = ["Quý", "Tháng", "Nội dung sinh hoạt", "Đồng chí chuẩn bị", "Ghi chú"]
    out.append(("table", head, rows, None, (1.6, 1.8, 7.4, 4.2, 2.0)))
    out.append(merges(spans))
    out.append(cell_runs(labels))
    out += _end(p)
    return out


def nested_quarters(p: dict[str, Any]) -> list[Block]:
    """The header only in the page header of the file; the body starts with the number and date.
    One outer row per quarter ("Quý IV/2020"), the topic, its moment ("tuần 3 tháng 9", "đầu tháng
    11") and the people in a small table nested in the second cell."""
    number_date: Block = ("p", f"{_number(p)}\t\t{date_line(p)}")  # where the heading would stand
    out = [page_header(*p["page_header"]), *top(number_date, p["title_lines"], p)]
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, NGƯỜI THỰC HIỆN"))
    rows = []
    inner: dict[tuple[int, int], tuple[list[str], list[list[str]]]] = {}
    for i, t in enumerate(p["topics"], 1):
        rows.append([t["when"], ""])
        extra = [list(x) for x in t.get("also", [])]
        inner[(i, 1)] = (["Chuyên đề", "Thời điểm", "Người thực hiện"],
                         [[t["title"], t["moment"], _people(t, p, "Đ/c", "\n")], *extra])  # fmt: skip
    out.append(("table", ["Thời gian", "Nội dung"], rows, None, (3.0, 13.5)))
    out.append(nested(inner))
    out += _end(p)
    return out


def amended_struck(p: dict[str, Any]) -> list[Block]:
    """An amended plan (điều chỉnh, bổ sung) typed over the first one: the moved topic keeps its old
    time struck out before the new one "(lùi sang quý III)", a dropped topic is struck out whole,
    an added one is marked "(bổ sung)"; labels bold to the middle of a word, non-breaking spaces."""
    out = top(_head(p), p["title_lines"], p)
    out += section("I. LÝ DO ĐIỀU CHỈNH", p["reasons"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ NĂM " + str(p["year"]) + " SAU ĐIỀU CHỈNH"))
    for item in p["items"]:
        out.append(runs(item))
    out += _end(p)
    return out


def ascii_table_text(p: dict[str, Any]) -> list[Block]:
    """Plain text whose schedule is a table drawn with + - | (titles and names wrapped inside their
    column over several lines), times typed "Quý 1", "Q2", "quý 3" and a day range, non-breaking
    spaces between words and numbers, a product column."""
    out = top(_head(p), p["title_lines"], p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CHƯƠNG TRÌNH SINH HOẠT CHUYÊN ĐỀ"))
    rows = [[str(i), t["title"], t["when"], _people(t, p, "đ/c", "; "), t["product"]]
            for i, t in enumerate(p["topics"], 1)]  # fmt: skip
    out += ascii_grid(["TT", "Chuyên đề", "Thời gian", "Người thực hiện", "Sản phẩm"], rows,
                      [2, 34, 14, 22, 12])  # fmt: skip
    out.append(("p", ""))
    out += _end(p)
    return out


def landscape_quarter_rows(p: dict[str, Any]) -> list[Block]:
    """The schedule alone on a landscape page (a section break before and after it): the columns
    Nội dung chuyên đề – Thời gian – Đồng chí phụ trách – Phối hợp – Sản phẩm, the quarter only in a
    row merged over the whole table ("QUÝ I/2024"), the time a day range or a week of a month."""
    out = top(_head(p), p["title_lines"], p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG (bảng kèm theo)"))
    out.append(landscape(True))
    out.append(("p", "BẢNG PHÂN CÔNG SINH HOẠT CHUYÊN ĐỀ NĂM " + str(p["year"])))
    rows: list[list[str]] = []
    spans: list[Span] = []
    for q in range(1, 5):
        band(rows, spans, f"QUÝ {ROMAN[q]}/{p['year']}")
        for t in (x for x in p["topics"] if x["quarter"] == q):
            lead = _title(t["presenters"][0], p, "Đ/c")
            helpers = "\n".join(_title(n, p, "Đ/c") for n in t["presenters"][1:]) or t.get(
                "partner", ""
            )
            rows.append([t["title"], t["when"], lead, helpers, t["product"]])
    head = ["Nội dung chuyên đề", "Thời gian", "Đồng chí phụ trách", "Phối hợp", "Sản phẩm"]
    out.append(("table", head, rows, None, (9.5, 3.5, 5.0, 4.5, 3.5)))
    out.append(merges(spans))
    out.append(landscape(False))
    out += _end(p)
    return out


def resolution_target_grid(p: dict[str, Any]) -> list[Block]:
    """A cell's resolution for a school year: the targets in a table with a two-level header (a
    "Năm học" cell merged over two columns, "TT" and "Chỉ tiêu" merged down two rows), the meetings
    one paragraph of prose with the months in words ("vào kỳ sinh hoạt tháng Mười Một")."""
    out = top(_head(p), p["title_lines"], p)
    out += section("I. ĐÁNH GIÁ CHUNG", p["situation"])
    out.append(("h", "II. MỤC TIÊU, CHỈ TIÊU"))
    out.append(("p", p["aim"]))
    rows = [["", "", p["years"][0], p["years"][1]]]
    rows += [
        [str(i), label, before, goal] for i, (label, before, goal) in enumerate(p["target_rows"], 1)
    ]
    out.append(("table", ["TT", "Chỉ tiêu", "Năm học", ""], rows, None, (1.2, 9.0, 3.2, 3.2)))
    out.append(
        merges(
            [(0, 0, 1, 0, "TT", "b"), (0, 1, 1, 1, "Chỉ tiêu", "b"), (0, 2, 0, 3, "Năm học", "b")]
        )
    )
    out.append(cell_runs({(1, 2): [(p["years"][0], "b")], (1, 3): [(p["years"][1], "b")]}))
    out += section("III. NHIỆM VỤ, GIẢI PHÁP", p["tasks"])
    out.append(("p", p["meetings"]))
    out += _end(p, "IV. TỔ CHỨC THỰC HIỆN")
    return out


def halves_quarter_summary(p: dict[str, Any]) -> list[Block]:
    """Plain text: the topics under "6 tháng đầu năm" / "6 tháng cuối năm", each a sentence with its
    moment ("đầu tháng 4", "tuần 2 tháng 10"), the presenter ("đề dẫn") and who speaks; the quarters
    appear only in a summary line at the end ("Quý 1: chuyên đề 1; …")."""
    out = top(_head(p), p["title_lines"], p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG"))
    for half, months in (
        ("1. Sáu tháng đầu năm", range(1, 7)),
        ("2. Sáu tháng cuối năm", range(7, 13)),
    ):
        out.append(("h", half))
        for i, t in enumerate(p["topics"], 1):
            if t["month"] not in months:
                continue
            lead, rest = t["presenters"][0], t["presenters"][1:]
            talk = (
                f"; tham gia ý kiến: {', '.join(_title(n, p, 'đ/c') for n in rest)}" if rest else ""
            )
            out.append(("p", f"- Chuyên đề {i}: “{t['title']}”, sinh hoạt {t['when']}; "
                             f"{_title(lead, p, 'đ/c')} đề dẫn{talk}."))  # fmt: skip
    summary = "; ".join(
        f"Quý{NB}{t['quarter']}: chuyên đề {i}" for i, t in enumerate(p["topics"], 1)
    )
    out.append(("p", f"(Tổng hợp theo quý – {summary}.)"))
    out += _end(p)
    return out


def half_year_columns(p: dict[str, Any]) -> list[Block]:
    """The year in a two-column table "6 THÁNG ĐẦU NĂM" | "6 THÁNG CUỐI NĂM", each cell holding its
    two topics one under the other ("Quý I – tháng 3: … / Người thực hiện: …"), so that reading row
    by row mixes the halves."""
    out = top(_head(p), p["title_lines"], p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG CHUYÊN ĐỀ"))
    cells = []
    for half in ((1, 2), (3, 4)):
        lines = []
        for t in (x for x in p["topics"] if x["quarter"] in half):
            lines += [f"{t['when']}: {t['title']}", f"Người thực hiện: {_people(t, p)}", ""]
        cells.append("\n".join(lines).strip())
    out.append(("table", [f"6 THÁNG ĐẦU NĂM {p['year']}", f"6 THÁNG CUỐI NĂM {p['year']}"], [cells], None,
                (8.2, 8.2)))  # fmt: skip
    out += _end(p)
    return out


def textbox_cards(p: dict[str, Any]) -> list[Block]:
    """The header in a floating text box; each topic a bold "CHUYÊN ĐỀ N:" line with its title in
    italics, then a borderless label/value table (Thời gian, Chủ trì, Chuẩn bị – tham luận, Mời dự)
    whose time is typed "Quý 1 – kỳ sinh hoạt tháng Hai", "Q3 – tháng 8/2026" or a span of weeks."""
    head = text_box_head([*p["left"], "*", _number(p)], [PARTY, "", date_line(p)])
    out = top(head, p["title_lines"], p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(runs([(f"CHUYÊN ĐỀ {i}: ", "b"), (t["title"], "bi")]))
        lead, rest = t["presenters"][0], t["presenters"][1:]
        rows = [
            ["Chủ trì:", _title(lead, p)],
            ["Chuẩn bị, tham luận:", "; ".join(_title(n, p) for n in rest) or "Toàn thể đảng viên"],
            ["Mời dự:", t.get("guests", "Ban điều hành khu phố")],
        ]
        out.append(("table", ["Thời gian:", t["when"]], rows, None, (4.5, 12.0)))
        out.append(borderless())
    out += _end(p)
    return out


def resolution_footnotes(p: dict[str, Any]) -> list[Block]:
    """A cell's year resolution: last year's results and this year's targets in sentences ("phấn
    đấu …"), the thematic meetings as dash lines "- Quý 1 (kỳ sinh hoạt tháng 3): …" under one task,
    real Word footnotes hanging on two of the titles."""
    out = top(_head(p), p["title_lines"], p)
    out += section("I. KẾT QUẢ NĂM " + str(p["year"] - 1), p["situation"])
    out += section("II. MỤC TIÊU, CHỈ TIÊU NĂM " + str(p["year"]), p["target_sentences"])
    out += section("III. NHIỆM VỤ, GIẢI PHÁP", p["tasks"])
    out.append(("p", p["meetings_intro"]))
    for t in p["topics"]:
        parts: list[tuple[str, str]] = [(f"- {t['when']}: ", ""), (t["title"], "")]
        if t.get("footnote"):
            parts.append(("", f"fn{t['footnote']}"))
        parts.append((f" – {_people(t, p)} chuẩn bị.", ""))
        out.append(runs(parts))
    out += _end(p, "IV. TỔ CHỨC THỰC HIỆN")
    out.append(footnotes(p["footnotes"]))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "f_month_programme_merged": month_programme_merged,
    "f_nested_quarters": nested_quarters,
    "f_amended_struck": amended_struck,
    "f_ascii_table_text": ascii_table_text,
    "f_landscape_quarter_rows": landscape_quarter_rows,
    "f_resolution_target_grid": resolution_target_grid,
    "f_halves_quarter_summary": halves_quarter_summary,
    "f_half_year_columns": half_year_columns,
    "f_textbox_cards": textbox_cards,
    "f_resolution_footnotes": resolution_footnotes,
}


# -------------------------------------------------------------------------------------- plans
_LHT = "Nguyễn Minh Dân"
_P110_TOPICS = [
    _t("Đảng viên đi đầu thực hiện mô hình “Sáng, xanh, sạch, đẹp” trên các tuyến đường của ấp", 1, 2,
       [_LHT, "Trần Văn Lợi"], roles=["chủ trì", ""], note="Mời Đảng ủy xã dự"),
    _t("Vai trò của chi bộ trong lãnh đạo hợp tác xã diêm nghiệp, nâng giá trị hạt muối của diêm dân", 2, 5,
       ["Lê Thanh Tùng"]),
    _t("Giúp nhau vươn lên thoát nghèo: rà soát 63 hộ nghèo, phân công đảng viên giúp đỡ từng hộ", 3, 8,
       [_LHT, "Phạm Thị Hồng", "Lê Thanh Tùng"], roles=["chủ trì", "", ""]),
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về thực hành tiết kiệm, chống lãng "
       "phí trong gia đình đảng viên", 4, 11, ["Huỳnh Văn Sang"]),
]  # fmt: skip

_P112_ITEMS: list[list[tuple[str, str]]] = [
    [("1. Chuy", "b"), ("ên đề Q1", ""), (f" (kỳ sinh hoạt tháng{NB}3/2023 – đã thực hiện): ", ""),
     ("Tham mưu tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 khóa XI về công tác cán bộ ở tỉnh", "i"),
     (f". Đ/c{NB}Trương Thị Mỹ Linh – Trưởng phòng (chủ trì); đ/c Quách Văn Toàn.", "")],
    [("2. Chuyên đề ", "b"), ("quý II – tháng 5/2023", "s"),
     (f" quý{NB}III – tháng{NB}8/2023 (lùi sang quý III do trùng đợt kiểm tra của Đảng ủy Văn phòng): ", "b"),
     ("Nâng cao chất lượng văn bản tham mưu của Phòng Nghiên cứu đối với Thường trực Tỉnh ủy", "i"),
     (". Người chuẩn bị: đ/c Lê Minh Hiền, đ/c Trương Thị Mỹ Linh.", "")],
    [("3. Chuyên đề quý III – tháng 9/2023: Sưu tầm tư liệu lịch sử Đảng bộ tỉnh giai đoạn 1930 – 1945. "
      "Người chuẩn bị: đ/c Quách Văn Toàn.", "s"),
     (" (bỏ, chuyển nội dung vào chương trình công tác năm 2024)", "i")],
    [("4. Chuyên đề quý 4", "b"), (" (bổ sung)", "bi"), (f": kỳ sinh hoạt tháng{NB}11/2023 – ", ""),
     ("Học tập và làm theo Bác về tinh thần trách nhiệm, nêu gương của người cán bộ tham mưu", "i"),
     (f". Đ/c{NB}Lê Minh Hiền (chủ trì), đ/c Huỳnh Ngọc Châu.", "")],
]  # fmt: skip

PLANS: list[T] = [
    {
        "id": "110_chi_bo_ap_luu_hoa_thanh_2025",
        "half": "dev",
        "fmt": "docx",
        "layout": "f_month_programme_merged",
        "province": "Cà Mau",
        "source": "https://baocamau.vn/chuyen-o-nhung-ap-5-khong-bai-2-khoi-sac-ap-nhieu-co--a10806.html",
        "source_says": "Báo Cà Mau (loạt bài “Chuyện ở những ấp “5 không””): ấp Lưu Hoa Thanh, xã Tân Thuận, "
        "huyện Đầm Dơi từng là vùng khó, nay chỉ còn 63 hộ nghèo, không có hộ cận nghèo; có các mô hình "
        "“sáng, xanh, sạch, đẹp”, “giúp nhau vươn lên thoát nghèo”, diêm dân đã có hợp tác xã; ông Nguyễn "
        "Minh Dân, từng là lãnh đạo xã, nay về hưu, là Bí thư Chi bộ ấp Lưu Hoa Thanh.",
        "completed": [
            "the page is a report on the village, not a plan: the cell's programme of its twelve monthly "
            "meetings for 2025 (number, date, bases, targets, the regular meetings' business) is written as "
            "a village cell types it, one table with a merged Quý cell per quarter and a merged row per "
            "half-year, the thematic meetings marked by a bold label among the regular ones",
            "the four topics are drawn from the page's facts (the “sáng, xanh, sạch, đẹp” model, the salt "
            "makers' cooperative, the 63 poor households); every preparer other than the secretary, the "
            "member count and the targets are completed",
        ],
        "kind": "activity",
        "year": 2025,
        "cell_name": "Chi bộ ấp Lưu Hoa Thanh",
        "committee_name": "Đảng bộ xã Tân Thuận",
        "left": ["ĐẢNG BỘ XÃ TÂN THUẬN", "CHI BỘ ẤP LƯU HOA THANH"],
        "send_to": ["Đảng ủy xã Tân Thuận (báo cáo)", "Ban Nhân dân ấp, các đoàn thể ấp"],
        "title_lines": ["CHƯƠNG TRÌNH", "sinh hoạt chi bộ năm 2025"],
        "number": 1,
        "type_code": "CTr",
        "date": "2025-01-08",
        "place": "Tân Thuận",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ ấp Lưu Hoa Thanh nhiệm kỳ 2025 – 2027;",
        ],
        "opening": "Chi bộ ấp Lưu Hoa Thanh hiện có 24 đảng viên (3 đảng viên miễn sinh hoạt). Chi ủy xây "
        "dựng chương trình sinh hoạt chi bộ năm 2025 như sau:",
        "aims": [
            "Giữ nền nếp sinh hoạt ngày 03 hằng tháng; mỗi quý một kỳ sinh hoạt chuyên đề gắn với việc của "
            "ấp. Các chỉ tiêu năm 2025:",
        ],
        "targets": [
            target("Giảm ít nhất 15 hộ nghèo", "count", 15),
            target("100% đảng viên hoàn thành nhiệm vụ trở lên", "percent", 100),
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target("Chi bộ hoàn thành tốt nhiệm vụ", "yes_no"),
        ],
        "table_note": "(Sinh hoạt vào ngày 03 hằng tháng tại Văn phòng ấp; tháng có chuyên đề thì phần "
        "thường kỳ rút gọn)",
        "posts": {
            _LHT: "Bí thư",
            "Trần Văn Lợi": "Trưởng ấp",
            "Phạm Thị Hồng": "Chi hội trưởng Phụ nữ",
        },
        "topics": _P110_TOPICS,
        "regular": {
            1: ("triển khai nghị quyết Đại hội chi bộ, phân công chi ủy viên", "Chi ủy", ""),
            3: ("đánh giá tình hình sản xuất muối, tôm vụ đầu năm", "Đ/c Trần Văn Lợi", ""),
            4: ("công tác phòng, chống hạn, xâm nhập mặn", "Đ/c Trần Văn Lợi", ""),
            6: ("sơ kết 6 tháng, phương hướng 6 tháng cuối năm", "Chi ủy", "Sơ kết"),
            7: ("quản lý đảng viên đi làm ăn xa, đảng viên ở nơi cư trú", "Đ/c Lê Thanh Tùng", ""),
            9: ("phòng, chống thiên tai mùa mưa bão", "Đ/c Trần Văn Lợi", ""),
            10: (
                "chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
                "Đ/c Phạm Thị Hồng",
                "",
            ),
            12: ("kiểm điểm, đánh giá chất lượng đảng viên cuối năm", "Chi ủy", "Kiểm điểm"),
        },
        "closing": [
            "- Chi ủy chuẩn bị nội dung từng kỳ; đồng chí được phân công gửi dự thảo chuyên đề trước 05 ngày.",
            "- Kết quả các kỳ sinh hoạt chuyên đề báo cáo về Đảng ủy xã Tân Thuận.",
        ],
        "members": "24 đảng viên",
        "secretary": _LHT,
    },
    {
        "id": "111_mam_non_10_3_thang_loi_bmt_2022",
        "half": "dev",
        "fmt": "odt",
        "layout": "f_nested_quarters",
        "province": "Đắk Lắk",
        "source": "http://mamnon10-3bmt.edu.vn/dai-hoi-chi-bo-truong-mam-non-10-3-lan-thu-xiii-nhiem-ky-2022-2025.html",
        "source_says": "Thực hiện Kế hoạch số 43-KH/ĐU ngày 20/4/2022 của Đảng ủy phường Thắng Lợi, được Đảng ủy "
        "phường đồng ý, chiều 26/7/2022 Chi bộ Trường Mầm non 10-3 tổ chức Đại hội lần thứ XIII, nhiệm kỳ "
        "2022 – 2025: đánh giá việc thực hiện Nghị quyết nhiệm kỳ 2020 – 2022, đề ra mục tiêu, nhiệm vụ nhiệm "
        "kỳ mới; đồng chí Trần Thị Duyên thông qua chương trình, nội quy làm việc của Đại hội.",
        "completed": [
            "the page reports the congress only: a thematic plan for the school year 2022 – 2023 (number, "
            "date, bases, aims, the four topics and their moments) is written as a kindergarten cell might "
            "type it, the header in the page header of the file and a table nested in each quarter's cell",
            "the page names only đ/c Trần Thị Duyên (who opened the congress): she is made the deputy "
            "secretary; the secretary and the other preparers are completed",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Trường Mầm non 10-3",
        "committee_name": "Đảng bộ phường Thắng Lợi",
        "page_header": (
            ["ĐẢNG BỘ PHƯỜNG THẮNG LỢI", "CHI BỘ TRƯỜNG MN 10-3", "*"],
            [PARTY, "", ""],
        ),
        "send_to": ["Đảng ủy phường Thắng Lợi (b/c)", "Đảng viên trong chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2022 – 2023"],
        "number": 5,
        "type_code": "KH",
        "date": "2022-09-23",
        "place": "Buôn Ma Thuột",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non 10-3 lần thứ XIII, nhiệm kỳ 2022 – 2025;",
        ],
        "opening": "Chi bộ Trường Mầm non 10-3 xây dựng kế hoạch sinh hoạt chuyên đề năm học 2022 – "
        "2023 như sau:",
        "aims": [
            "- Mỗi quý một chuyên đề gắn với nhiệm vụ chăm sóc, nuôi dưỡng, giáo dục trẻ của nhà trường.",
            "- Đồng chí được phân công chuẩn bị đề cương, gửi chi ủy trước kỳ sinh hoạt 01 tuần.",
        ],
        "posts": {"Nguyễn Thị Thu Hằng": "Bí thư", "Trần Thị Duyên": "Phó Bí thư"},
        "topics": [
            _t(
                "Quán triệt Nghị quyết Đại hội Chi bộ lần thứ XIII vào nhiệm vụ năm học 2022 – 2023",
                3,
                9,
                ["Nguyễn Thị Thu Hằng"],
                when="Quý III/2022",
                moment="tuần 3 tháng 9",
            ),
            _t(
                "Xây dựng trường học an toàn, phòng, chống tai nạn thương tích cho trẻ",
                4,
                11,
                ["Trần Thị Duyên", "Phan Thị Mỹ Dung"],
                when="Quý IV/2022",
                moment="đầu tháng 11",
                roles=["chủ trì", ""],
            ),
            _t(
                "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về “Tất cả vì học sinh thân yêu”",
                1,
                3,
                ["Trần Thị Kim Oanh"],
                when="Quý I/2023",
                moment="tuần 2 tháng Ba",
            ),
            _t(
                "Phát triển đảng viên trong giáo viên trẻ, tạo nguồn từ Chi đoàn nhà trường",
                2,
                5,
                ["Nguyễn Thị Thu Hằng", "Trần Thị Duyên"],
                when="Quý II/2023",
                moment="cuối tháng 5",
                also=[
                    (
                        "Tổng kết năm học, đánh giá chất lượng đảng viên (sinh hoạt thường kỳ)",
                        "tháng 6",
                        "Chi ủy",
                    )
                ],
            ),
        ],  # fmt: skip
        "closing": [
            "- Chi ủy phân công, đôn đốc; Phó Bí thư theo dõi việc chuẩn bị đề cương.",
            "- Sau mỗi chuyên đề chi bộ ra kết luận, ghi biên bản, báo cáo Đảng ủy phường Thắng Lợi.",
        ],
        "members": "17 đảng viên",
        "secretary": "Nguyễn Thị Thu Hằng",
        "targets": [],
    },
    {
        "id": "112_chi_bo_nghien_cuu_vp_tinh_uy_bac_lieu_2023",
        "half": "dev",
        "fmt": "doc",
        "layout": "f_amended_struck",
        "province": "Bạc Liêu",
        "source": "https://baocamau.vn/dang-u-y-kho-i-cac-co-quan-ti-nh-lan-dau-tuyen-duong-ho-c-tap-va-lam-"
        "theo-tu-tuong-dao-duc-phong--a115537.html",
        "source_says": "Ngày 14/12/2022, tại TP Bạc Liêu, Đảng ủy Khối các cơ quan tỉnh lần đầu tuyên dương "
        "điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đợt tháng 12/2022 có 3 tập "
        "thể được tuyên dương, trong đó Chi bộ Nghiên cứu (Đảng bộ Văn phòng Tỉnh ủy), và 6 cá nhân, trong đó "
        "đồng chí Lê Minh Hiền.",
        "completed": [
            "the page names the cell only among those praised: an amended thematic plan for 2023 (number, "
            "date, bases, reasons, four items) is written as an agency cell types it over its first plan, "
            "the old time of the moved topic struck out, a dropped topic struck out whole, one added",
            "every preparer, the secretary and the topics are completed; the name Lê Minh Hiền is taken "
            "from the page's list of individuals, though the page places that person in another cell",
            "the truth keeps the three topics that stand after the amendment: the moved one at its new "
            "time (quý III, tháng 8), not the struck one",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ Nghiên cứu",
        "committee_name": "Đảng bộ Văn phòng Tỉnh ủy",
        "left": ["ĐẢNG BỘ VĂN PHÒNG TỈNH ỦY", "CHI BỘ NGHIÊN CỨU"],
        "send_to": ["Đảng ủy Văn phòng Tỉnh ủy (báo cáo)", "Lãnh đạo Văn phòng phụ trách"],
        "title_lines": ["KẾ HOẠCH", "sinh hoạt chuyên đề năm 2023", "(điều chỉnh, bổ sung)"],
        "number": 9,
        "type_code": "KH",
        "date": "2023-06-19",
        "place": "Bạc Liêu",
        "legal_bases": [
            "Căn cứ Kế hoạch số 03-KH/CB ngày 10/01/2023 của Chi bộ về sinh hoạt chuyên đề năm 2023;",
            "Căn cứ Kết luận của Đảng ủy Văn phòng Tỉnh ủy tại hội nghị sơ kết quý I/2023;",
        ],
        "opening": "Chi bộ Nghiên cứu điều chỉnh, bổ sung Kế hoạch sinh hoạt chuyên đề năm 2023 như sau "
        "(phần gạch bỏ là nội dung của kế hoạch cũ):",
        "reasons": [
            "- Tháng 5/2023 trùng đợt kiểm tra của Đảng ủy Văn phòng tại chi bộ nên chuyên đề quý II lùi lại.",
            "- Nội dung sưu tầm tư liệu lịch sử đã được giao cho Phòng Lưu trữ, chi bộ không sinh hoạt "
            "chuyên đề này.",
        ],
        "items": _P112_ITEMS,
        "topics": [
            _t(
                "Tham mưu tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 khóa XI về công tác cán bộ ở tỉnh",
                1,
                3,
                ["Trương Thị Mỹ Linh", "Quách Văn Toàn"],
            ),
            _t(
                "Nâng cao chất lượng văn bản tham mưu của Phòng Nghiên cứu đối với Thường trực Tỉnh ủy",
                3,
                8,
                ["Lê Minh Hiền", "Trương Thị Mỹ Linh"],
            ),
            _t(
                "Học tập và làm theo Bác về tinh thần trách nhiệm, nêu gương của người cán bộ tham mưu",
                4,
                11,
                ["Lê Minh Hiền", "Huỳnh Ngọc Châu"],
            ),
        ],  # fmt: skip
        "closing": [
            "- Các nội dung khác của Kế hoạch số 03-KH/CB giữ nguyên.",
            "- Đồng chí được phân công gửi dự thảo cho chi ủy trước kỳ sinh hoạt 05 ngày.",
        ],
        "members": "9 đảng viên",
        "secretary": "Lê Minh Hiền",
        "targets": [],
    },
    {
        "id": "113_chi_bo_khu_pho_1_thang_nhi_2024",
        "half": "dev",
        "fmt": "txt",
        "layout": "f_ascii_table_text",
        "province": "Bà Rịa – Vũng Tàu",
        "source": "https://baobariavungtau.com.vn/chinh-tri/202402/xay-dung-dang-manh-tu-chi-bo-tot-1003764/",
        "source_says": "Báo Bà Rịa – Vũng Tàu (2/2024, “Xây dựng Đảng mạnh từ chi bộ tốt”): dịp Tết Giáp Thìn "
        "2024, Chi bộ khu phố 1, phường Thắng Nhì, TP Vũng Tàu vận động đảng viên sinh hoạt theo Quy định "
        "213-QĐ/TW đóng góp hơn 15 triệu đồng tặng quà cho các hoàn cảnh khó khăn như ông Hồ Văn Sức (70 "
        "tuổi, bán vé số nuôi con tật nguyền); phường Thắng Nhì có nhiều hộ nghèo.",
        "completed": [
            "the page reports the cell's help at Tết: its thematic plan for 2024 (number, date, bases, aims, "
            "four topics, their times, people and products) is written as plain text whose schedule is a "
            "table drawn with + - | characters, cells wrapped over several lines",
            "the topics are drawn from the page's facts (members under Quy định 213, social help, the poor "
            "households of the ward); the secretary and every preparer are completed",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ khu phố 1",
        "committee_name": "Đảng bộ phường Thắng Nhì",
        "left": ["ĐẢNG BỘ PHƯỜNG THẮNG NHÌ", "CHI BỘ KHU PHỐ 1"],
        "send_to": ["Đảng ủy phường Thắng Nhì (b/c)", "Ban điều hành khu phố 1"],
        "title_lines": ["KẾ HOẠCH", "SINH HOẠT CHUYÊN ĐỀ NĂM 2024"],
        "number": 2,
        "type_code": "KH",
        "date": "2024-01-12",
        "place": "Thắng Nhì",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị về trách nhiệm của đảng viên "
            "đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú;",
        ],
        "opening": f"Chi bộ khu phố{NB}1 (phường Thắng Nhì, TP{NB}Vũng Tàu) xây dựng kế hoạch sinh hoạt "
        f"chuyên đề năm{NB}2024 như sau:",
        "aims": [
            f"- Mỗi quý sinh hoạt một chuyên đề vào kỳ sinh hoạt ngày{NB}05 của tháng được phân công.",
            "- Mời đảng viên sinh hoạt theo Quy định 213-QĐ/TW dự các kỳ chuyên đề.",
        ],
        "posts": {"Đặng Văn Thành": "Bí thư", "Nguyễn Thị Bích Vân": "Phó Bí thư"},
        "topics": [
            _t(
                "Phát huy vai trò đảng viên sinh hoạt theo Quy định 213-QĐ/TW trong công tác an sinh xã hội "
                "ở khu phố",
                1,
                3,
                ["Đặng Văn Thành", "Trần Quang Huy"],
                when=f"Quý{NB}1 (tháng{NB}3/2024)",
                roles=["chủ trì", ""],
                product="Nghị quyết chuyên đề",
            ),
            _t(
                "Giữ gìn trật tự, vệ sinh đô thị trên các tuyến hẻm của khu phố",
                2,
                6,
                ["Nguyễn Thị Bích Vân"],
                when=f"Q2 – tháng{NB}6",
                product="Báo cáo",
            ),
            _t(
                "Học tập và làm theo Bác về chăm lo đời sống nhân dân: giúp hộ nghèo, hộ có hoàn cảnh khó khăn "
                "vươn lên",
                3,
                9,
                ["Đặng Văn Thành", "Lê Hoàng Phúc"],
                when="quý 3, từ 09 – 15/9/2024",
                product="Danh sách hộ được giúp đỡ",
            ),
            _t(
                "Nâng cao chất lượng hoạt động của Ban công tác Mặt trận và các chi hội ở khu phố",
                4,
                11,
                ["Nguyễn Thị Bích Vân", "Trần Quang Huy"],
                when="Quý IV, kỳ sinh hoạt tháng 11",
                roles=["chủ trì", ""],
                product="Báo cáo",
            ),
        ],  # fmt: skip
        "closing": [
            "- Chi ủy phân công, theo dõi; kết quả từng chuyên đề báo cáo Đảng ủy phường Thắng Nhì.",
            "- Ban điều hành khu phố, các chi hội phối hợp thực hiện.",
        ],
        "members": "38 đảng viên",
        "secretary": "Đặng Văn Thành",
        "targets": [],
    },
]

PLANS += [
    {
        "id": "114_chi_bo_doanh_nghiep_an_kim_thien_2024",
        "half": "dev",
        "fmt": "docx",
        "layout": "f_landscape_quarter_rows",
        "province": "Bà Rịa – Vũng Tàu",
        "source": "https://baobariavungtau.com.vn/chinh-tri/202308/thanh-lap-chi-bo-doanh-nghiep-an-kim-thien-988238/",
        "source_says": "Ngày 23/8/2023 Đảng ủy thị trấn Phước Hải (huyện Đất Đỏ) công bố quyết định thành lập "
        "Chi bộ doanh nghiệp An Kim Thiện, chi bộ doanh nghiệp đầu tiên trực thuộc Đảng bộ thị trấn, có 3 đảng "
        "viên; ông Nguyễn Anh Thi, Trưởng Bộ phận An ninh, là Bí thư Chi bộ; Đảng bộ thị trấn có 21 chi bộ "
        "trực thuộc với 437 đảng viên.",
        "completed": [
            "the page reports the cell's founding: its first thematic plan for 2024 (number, date, bases, "
            "aims, four topics, their times, people and products) is written as a small enterprise cell "
            "might type it, the schedule alone on a landscape page with a merged row per quarter",
            "the two members other than the secretary, their posts and the topics are completed",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Doanh nghiệp An Kim Thiện",
        "committee_name": "Đảng bộ thị trấn Phước Hải",
        "left": ["ĐẢNG BỘ THỊ TRẤN PHƯỚC HẢI", "CHI BỘ DN AN KIM THIỆN"],
        "send_to": ["Đảng ủy thị trấn Phước Hải (báo cáo)", "Ban Giám đốc công ty (phối hợp)"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2024"],
        "number": 3,
        "type_code": "KH",
        "date": "2024-01-22",
        "place": "Phước Hải",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Quyết định của Ban Thường vụ Đảng ủy thị trấn Phước Hải về việc thành lập Chi bộ doanh "
            "nghiệp An Kim Thiện;",
        ],
        "opening": "Chi bộ Doanh nghiệp An Kim Thiện (03 đảng viên) xây dựng kế hoạch sinh hoạt chuyên đề năm "
        "2024 – năm đầu tiên chi bộ hoạt động – như sau:",
        "aims": [
            "- Mỗi quý một chuyên đề, gắn việc của Đảng với sản xuất, kinh doanh và đời sống người lao động.",
            "- Mời Ban Giám đốc, Chủ tịch Công đoàn công ty dự các kỳ chuyên đề có nội dung liên quan.",
        ],
        "posts": {
            "Nguyễn Anh Thi": "Bí thư, Trưởng Bộ phận An ninh",
            "Phạm Thị Ngọc Hà": "Kế toán trưởng",
            "Võ Minh Quân": "Tổ trưởng sản xuất",
        },
        "topics": [
            _t(
                "Vai trò của chi bộ trong doanh nghiệp tư nhân: quy chế phối hợp giữa chi bộ và Ban Giám đốc",
                1,
                3,
                ["Nguyễn Anh Thi"],
                when="10 – 20/3/2024",
                partner="Ban Giám đốc công ty",
                product="Quy chế phối hợp",
            ),
            _t(
                "Chăm lo việc làm, thu nhập và an toàn lao động cho người lao động",
                2,
                6,
                ["Phạm Thị Ngọc Hà", "Võ Minh Quân"],
                when="tuần 2 tháng 6",
                product="Báo cáo chuyên đề",
            ),
            _t(
                "Giữ gìn an ninh, trật tự trong khu du lịch và phòng, chống cháy nổ",
                3,
                9,
                ["Nguyễn Anh Thi", "Võ Minh Quân"],
                when="đầu tháng 9",
                product="Phương án phối hợp",
            ),
            _t(
                "Tạo nguồn, bồi dưỡng quần chúng ưu tú trong người lao động để kết nạp Đảng",
                4,
                12,
                ["Phạm Thị Ngọc Hà"],
                when="02 – 06/12/2024",
                partner="Công đoàn công ty",
                product="Danh sách quần chúng ưu tú",
            ),
        ],
        "closing": [
            "- Đồng chí phụ trách chuẩn bị nội dung, gửi các đảng viên trước kỳ sinh hoạt 03 ngày.",
            "- Chi bộ báo cáo kết quả từng chuyên đề về Đảng ủy thị trấn Phước Hải.",
        ],
        "members": "03 đảng viên",
        "secretary": "Nguyễn Anh Thi",
        "targets": [],
    },
    {
        "id": "115_chi_bo_truong_trung_vuong_thien_an_2020",
        "half": "dev",
        "fmt": "doc",
        "layout": "f_resolution_target_grid",
        "province": "Đắk Lắk",
        "source": "http://trungvuong.buonho.edu.vn/chuyen-muc/tin-tuc-su-kien/page/11",
        "source_says": "Từ ngày 13/3 đến 21/3/2020 các chi bộ trường học Trưng Vương, Hoa Hướng Dương và Ngô Mây "
        "của phường Thiện An tổ chức Đại hội chi bộ nhiệm kỳ 2020 – 2022: kiểm điểm công tác lãnh đạo nhiệm kỳ "
        "2017 – 2020, đề ra phương hướng nhiệm kỳ 2020 – 2022 của từng chi bộ và bầu chi ủy.",
        "completed": [
            "the page lists the congresses only: the cell's resolution for the school year 2020 – 2021 "
            "(number, date, bases, assessment, the targets table beside last year's results, tasks, the "
            "four meetings in one paragraph) is written as a school cell might type it",
            "every name, the results, the targets and the topics are completed; the third meeting is "
            "written “quý II … tháng Bảy”, a month outside its quarter, kept as typed",
        ],
        "kind": "activity",
        "year": 2020,
        "cell_name": "Chi bộ Trường Trưng Vương",
        "committee_name": "Đảng bộ phường Thiện An",
        "left": ["ĐẢNG BỘ PHƯỜNG THIỆN AN", "CHI BỘ TRƯỜNG TRƯNG VƯƠNG"],
        "send_to": ["Đảng ủy phường Thiện An (báo cáo)", "Các đảng viên"],
        "title_lines": ["NGHỊ QUYẾT", "của Chi bộ về nhiệm vụ năm học 2020 – 2021"],
        "number": 7,
        "type_code": "NQ",
        "date": "2020-09-18",
        "place": "Buôn Hồ",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Trưng Vương nhiệm kỳ 2020 – 2022;",
            "Căn cứ nhiệm vụ năm học 2020 – 2021 của ngành giáo dục thị xã Buôn Hồ;",
        ],
        "opening": "Ngày 15/9/2020 Chi bộ Trường Trưng Vương họp, 14/15 đảng viên dự, thảo luận và quyết nghị "
        "nhiệm vụ năm học 2020 – 2021 như sau:",
        "situation": [
            "Năm học 2019 – 2020 nhà trường hoàn thành kế hoạch dù phải học trực tuyến thời gian dài vì dịch "
            "Covid-19; chi bộ hoàn thành tốt nhiệm vụ.",
        ],
        "aim": "Lãnh đạo nhà trường hoàn thành nhiệm vụ năm học, xây dựng chi bộ trong sạch, vững mạnh. Chỉ "
        "tiêu cụ thể:",
        "years": ("Kết quả 2019 – 2020", "Phấn đấu 2020 – 2021"),
        "target_rows": [
            ("Đảng viên hoàn thành tốt nhiệm vụ trở lên", "93%", "100%"),
            ("Kết nạp đảng viên mới", "0", "01 đồng chí"),
            ("Học sinh hoàn thành chương trình lớp học", "98,6%", "99%"),
            ("Chi bộ hoàn thành tốt nhiệm vụ", "Đạt", "Đạt"),
        ],
        "targets": [
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target("99% học sinh hoàn thành chương trình lớp học", "percent", 99),
            target("Chi bộ hoàn thành tốt nhiệm vụ", "yes_no"),
        ],
        "tasks": [
            "1. Lãnh đạo thực hiện chương trình giáo dục phổ thông 2018 ở lớp 1, dạy bù kiến thức bị hụt do dịch.",
            "2. Giữ nền nếp sinh hoạt chi bộ ngày 10 hằng tháng; mỗi quý sinh hoạt một chuyên đề.",
        ],
        "meetings": "Các chuyên đề trong năm học: quý IV/2020, vào kỳ sinh hoạt tháng Mười Một, chuyên đề “Đổi "
        "mới sinh hoạt chuyên môn theo nghiên cứu bài học”, đồng chí Phan Thị Thu Hà – Phó Bí thư chuẩn bị; "
        "quý I/2021, vào tháng Ba, chuyên đề “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tinh thần "
        "tự học”, đồng chí Y Khoa Niê chuẩn bị, đồng chí Lê Thị Mai tham luận; quý II/2021, vào kỳ sinh hoạt "
        "tháng Bảy, chuyên đề “Phòng, chống dịch bệnh và bảo đảm an toàn trường học”, đồng chí Nguyễn Văn "
        "Hùng – Bí thư chủ trì; quý III/2021, đầu tháng Tám, chuyên đề “Chuẩn bị điều kiện cho năm học 2021 "
        "– 2022”, đồng chí Phan Thị Thu Hà và đồng chí Nguyễn Văn Hùng chuẩn bị.",
        "topics": [
            _t("Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học", 4, 11, ["Phan Thị Thu Hà"]),
            _t(
                "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tinh thần tự học",
                1,
                3,
                ["Y Khoa Niê", "Lê Thị Mai"],
            ),
            {
                **_t(
                    "Phòng, chống dịch bệnh và bảo đảm an toàn trường học",
                    2,
                    7,
                    ["Nguyễn Văn Hùng"],
                ),
                "conflict": True,
            },
            _t(
                "Chuẩn bị điều kiện cho năm học 2021 – 2022",
                3,
                8,
                ["Phan Thị Thu Hà", "Nguyễn Văn Hùng"],
            ),
        ],
        "closing": [
            "- Chi ủy cụ thể hóa nghị quyết thành kế hoạch từng tháng; Ban Giám hiệu, Công đoàn, Chi đoàn tổ "
            "chức thực hiện.",
            "- Nghị quyết được phổ biến đến toàn thể đảng viên và cán bộ, giáo viên nhà trường.",
        ],
        "members": "15 đảng viên",
        "secretary": "Nguyễn Văn Hùng",
    },
    {
        "id": "116_chi_bo_ap_tra_co_minh_dieu_2024",
        "half": "dev",
        "fmt": "txt",
        "layout": "f_halves_quarter_summary",
        "province": "Bạc Liêu",
        "source": "https://baocamau.com.vn/chuyen-o-ap-a72857.html",
        "source_says": "Báo Cà Mau (“Chuyện ở ấp”): ấp Trà Co (xã Minh Diệu, huyện Hòa Bình) được chọn làm điểm "
        "tổ chức Ngày hội đại đoàn kết toàn dân tộc ở khu dân cư; bí thư chi bộ và trưởng ấp thường lồng ghép "
        "tuyên truyền chính sách trong các cuộc họp ấp; cựu chiến binh, thanh niên, phụ nữ của ấp dọn dẹp, "
        "chỉnh trang đường ấp trước ngày hội.",
        "completed": [
            "the page tells of the village's festival, not a plan: the cell's thematic plan for 2024 "
            "(number, date, bases, aims, four topics by half-year, a quarter summary) is written as plain "
            "text as a village cell might type it",
            "the year is chosen (the page gives none); the secretary, every presenter and the topics are "
            "completed from the page's themes (great-unity festival, propaganda in village meetings, "
            "veterans and women cleaning the roads)",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ ấp Trà Co",
        "committee_name": "Đảng bộ xã Minh Diệu",
        "left": ["ĐẢNG BỘ XÃ MINH DIỆU", "CHI BỘ ẤP TRÀ CO"],
        "send_to": ["Đảng ủy xã Minh Diệu (b/c)", "Ban Nhân dân ấp"],
        "title_lines": ["KẾ HOẠCH", "sinh hoạt chuyên đề năm 2024"],
        "number": 1,
        "type_code": "KH",
        "date": "2024-01-10",
        "place": "Minh Diệu",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Chương trình công tác năm 2024 của Đảng ủy xã Minh Diệu;",
        ],
        "opening": f"Chi bộ ấp Trà Co xây dựng kế hoạch sinh hoạt chuyên đề năm{NB}2024 như sau:",
        "aims": [
            "- Chuyên đề gần với việc của ấp; mỗi đảng viên nói được, làm được điều chi bộ bàn.",
            "- Đồng chí đề dẫn chuẩn bị nội dung ngắn gọn, gửi chi ủy trước 05 ngày.",
        ],
        "posts": {
            "Trần Văn Út": "Bí thư",
            "Lâm Thị Bé Năm": "Trưởng ấp",
            "Quách Văn Tư": "Chi hội trưởng CCB",
        },
        "topics": [
            _t(
                "Lồng ghép tuyên truyền chủ trương, chính sách trong các cuộc họp ấp",
                1,
                3,
                ["Trần Văn Út", "Lâm Thị Bé Năm"],
                when=f"tuần 2 tháng{NB}3",
            ),
            _t(
                "Cựu chiến binh, phụ nữ, thanh niên chung tay chỉnh trang đường làng, ngõ xóm",
                2,
                4,
                ["Quách Văn Tư", "Lâm Thị Bé Năm"],
                when="đầu tháng 4",
            ),
            _t(
                "Giúp hộ nghèo phát triển sản xuất lúa – tôm, ổn định cuộc sống",
                3,
                7,
                ["Lâm Thị Bé Năm"],
                when="vào kỳ tháng Bảy",
            ),
            _t(
                "Chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2024",
                4,
                10,
                ["Trần Văn Út", "Quách Văn Tư"],
                when="tuần 2 tháng 10",
            ),
        ],
        "closing": [
            "- Chi ủy phân công, đôn đốc; ghi biên bản từng kỳ, báo cáo Đảng ủy xã Minh Diệu.",
            "- Ban Nhân dân ấp, các chi hội phối hợp chuẩn bị.",
        ],
        "members": "19 đảng viên",
        "secretary": "Trần Văn Út",
        "targets": [],
    },
    {
        "id": "117_chi_bo_1_co_quan_dien_luc_bac_lieu_2023",
        "half": "dev",
        "fmt": "odt",
        "layout": "f_half_year_columns",
        "province": "Bạc Liêu",
        "source": "https://baocamau.vn/dang-u-y-kho-i-cac-co-quan-ti-nh-lan-dau-tuyen-duong-ho-c-tap-va-lam-"
        "theo-tu-tuong-dao-duc-phong--a115537.html",
        "source_says": "Ngày 14/12/2022 Đảng ủy Khối các cơ quan tỉnh Bạc Liêu lần đầu tuyên dương điển hình học "
        "tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: trong 3 tập thể có Chi bộ 1 – Cơ quan công "
        "ty (Đảng bộ Công ty Điện lực Bạc Liêu); trong 6 cá nhân có đồng chí Trần Hữu Khương, Đảng ủy viên, "
        "Giám đốc Điện lực Vĩnh Lợi (Đảng bộ Công ty Điện lực Bạc Liêu).",
        "completed": [
            "the page names the cell only among those praised: its thematic plan for 2023 (number, date, "
            "bases, aims, four topics, their times and people) is written as an enterprise office cell "
            "might type it, the year in a two-column table by half-year",
            "the secretary and every preparer are completed (đ/c Trần Hữu Khương belongs to another unit "
            "of the same committee and is not used)",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ 1 – Cơ quan công ty",
        "committee_name": "Đảng bộ Công ty Điện lực Bạc Liêu",
        "left": ["ĐẢNG BỘ CÔNG TY ĐIỆN LỰC BẠC LIÊU", "CHI BỘ 1 – CƠ QUAN CÔNG TY"],
        "send_to": ["Đảng ủy Công ty (báo cáo)", "Các phòng, ban cơ quan công ty"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2023"],
        "number": 2,
        "type_code": "KH",
        "date": "2023-01-13",
        "place": "Bạc Liêu",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Chương trình công tác năm 2023 của Đảng ủy Công ty Điện lực Bạc Liêu;",
        ],
        "opening": "Chi bộ 1 – Cơ quan công ty xây dựng kế hoạch sinh hoạt chuyên đề năm 2023 như sau:",
        "aims": [
            "- Giữ vững danh hiệu điển hình học tập và làm theo Bác được Đảng ủy Khối tuyên dương tháng 12/2022.",
            "- Mỗi quý một chuyên đề gắn với nhiệm vụ cung ứng điện và dịch vụ khách hàng.",
        ],
        "posts": {"Huỳnh Thanh Phong": "Bí thư", "Đỗ Thị Cẩm Tú": "Phó Bí thư"},
        "topics": [
            _t(
                "Nêu gương trong thực hành tiết kiệm điện tại cơ quan và gia đình đảng viên",
                1,
                3,
                ["Huỳnh Thanh Phong"],
                when="Quý I – tháng 3",
            ),
            _t(
                "Nâng cao chất lượng dịch vụ khách hàng, chuyển đổi số trong giao dịch điện",
                2,
                5,
                ["Đỗ Thị Cẩm Tú", "Tạ Minh Luân"],
                when="Quý II – tháng 5",
                roles=["chủ trì", ""],
            ),
            _t(
                "Bảo đảm an toàn lưới điện mùa mưa bão",
                3,
                8,
                ["Tạ Minh Luân"],
                when="Quý III – tháng 8",
            ),
            _t(
                "Học tập và làm theo Bác về phong cách làm việc khoa học, sâu sát cơ sở",
                4,
                11,
                ["Huỳnh Thanh Phong", "Đỗ Thị Cẩm Tú"],
                when="Quý IV – tháng 11",
            ),
        ],
        "closing": [
            "- Đồng chí được phân công gửi đề cương cho chi ủy trước kỳ sinh hoạt 05 ngày.",
            "- Kết quả từng chuyên đề báo cáo Đảng ủy Công ty Điện lực Bạc Liêu.",
        ],
        "members": "22 đảng viên",
        "secretary": "Huỳnh Thanh Phong",
        "targets": [],
    },
    {
        "id": "118_chi_bo_khu_pho_phu_cuong_12_thu_dau_mot_2026",
        "half": "dev",
        "fmt": "docx",
        "layout": "f_textbox_cards",
        "province": "TP Hồ Chí Minh",
        "source": "https://www.sggp.org.vn/phat-huy-quy-che-dan-chu-tai-khu-pho-post818437.html",
        "source_says": "Chiều 16-10 (2025), ông Phạm Văn Nồng, Phó Bí thư Thường trực Đảng ủy Phường Thủ Dầu Một "
        "(TPHCM) cùng đoàn kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại Chi bộ khu phố Phú Cường 12; "
        "khu phố có 5 tổ dân phố, 1.619 nhân khẩu; đoàn đánh giá cao kết quả của chi bộ, đề nghị quan tâm "
        "an sinh xã hội, chăm lo người yếu thế, xây dựng đô thị văn minh, thực hiện tốt quy chế dân chủ.",
        "completed": [
            "the page reports an inspection in October 2025, after the reorganisation that put the ward "
            "in Ho Chi Minh City: the cell's thematic plan for 2026 (number, date, bases, aims, four topics "
            "drawn from the inspection's recommendations) is written with its header in a text box and "
            "each topic's details in a borderless label/value table",
            "the secretary, every preparer and the member count are completed; the ward's deputy "
            "secretary named by the page is not a member of the cell and is not used",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ khu phố Phú Cường 12",
        "committee_name": "Đảng bộ phường Thủ Dầu Một",
        "left": ["ĐẢNG BỘ PHƯỜNG THỦ DẦU MỘT", "CHI BỘ KHU PHỐ PHÚ CƯỜNG 12"],
        "send_to": ["Đảng ủy phường Thủ Dầu Một (báo cáo)", "Ban điều hành khu phố"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-12",
        "place": "Thủ Dầu Một",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Thông báo kết luận kiểm tra ngày 16/10/2025 của Đảng ủy phường Thủ Dầu Một về thực hiện "
            "quy chế dân chủ ở cơ sở tại khu phố Phú Cường 12;",
        ],
        "opening": "Từ ngày 01/7/2025, sau sắp xếp đơn vị hành chính, khu phố Phú Cường 12 (5 tổ dân phố, "
        "1.619 nhân khẩu) thuộc phường Thủ Dầu Một, Thành phố Hồ Chí Minh. Chi bộ khu phố Phú Cường 12 xây "
        "dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "aims": [
            "- Thực hiện kết luận kiểm tra của Đảng ủy phường; mỗi quý một chuyên đề gắn với việc của khu phố.",
            "- Đảng viên sinh hoạt theo Quy định 213-QĐ/TW được mời dự và tham gia ý kiến.",
        ],
        "posts": {
            "Lê Văn Hoàng": "Bí thư Chi bộ",
            "Trần Thị Mỹ Lệ": "Phó Bí thư, Trưởng khu phố",
            "Nguyễn Thành Trung": "Trưởng Ban công tác Mặt trận",
            "Phan Thị Kim Loan": "Chi hội trưởng Phụ nữ",
        },
        "topics": [
            _t(
                "Thực hiện quy chế dân chủ ở cơ sở tại khu phố sau kiểm tra của Đảng ủy phường",
                1,
                2,
                ["Lê Văn Hoàng", "Nguyễn Thành Trung"],
                when="Quý 1 – kỳ sinh hoạt tháng Hai",
            ),
            _t(
                "Chăm lo người yếu thế, hộ khó khăn ở 5 tổ dân phố",
                2,
                5,
                ["Trần Thị Mỹ Lệ", "Phan Thị Kim Loan"],
                when="Quý II/2026 (tháng 5)",
                guests="Các tổ trưởng tổ dân phố",
            ),
            _t(
                "Xây dựng khu phố đô thị văn minh: trật tự vỉa hè, vệ sinh môi trường",
                3,
                8,
                ["Nguyễn Thành Trung"],
                when="Q3 – tháng 8/2026",
            ),
            _t(
                "Vai trò của chi bộ khu phố trong mô hình chính quyền địa phương hai cấp",
                4,
                10,
                ["Lê Văn Hoàng"],
                when="Quý IV: chuẩn bị từ 15/9 đến 15/10/2026, sinh hoạt kỳ tháng 10",
                guests="Đại diện Đảng ủy phường Thủ Dầu Một",
            ),
        ],  # fmt: skip
        "closing": [
            "- Chi ủy phân công, đôn đốc; đồng chí chủ trì gửi đề cương trước kỳ sinh hoạt 05 ngày.",
            "- Kết quả từng chuyên đề báo cáo Đảng ủy phường Thủ Dầu Một.",
        ],
        "members": "27 đảng viên",
        "secretary": "Lê Văn Hoàng",
        "targets": [],
    },
    {
        "id": "119_chi_bo_khu_pho_son_long_phuoc_long_2026",
        "half": "dev",
        "fmt": "doc",
        "layout": "f_resolution_footnotes",
        "province": "Bình Phước",
        "source": "https://phuoclong.dongnai.gov.vn/vi/news/cai-cach-hanh-chinh/"
        "chi-bo-khu-pho-son-long-tong-ket-thuc-hien-nghi-quyet-nam-2025-361.html",
        "source_says": "Chiều 10-1 (2026) Chi bộ Khu phố Sơn Long, phường Phước Long tổng kết thực hiện Nghị quyết "
        "Chi bộ năm 2025, triển khai nhiệm vụ 2026, có đồng chí Dương Văn Vịnh, Đảng ủy viên, Phó Chủ tịch "
        "Thường trực Ủy ban MTTQ phường dự; chi bộ có 10 đảng viên chính thức sinh hoạt và 8 đảng viên sinh "
        "hoạt theo Quy định 213-QĐ/TW; năm 2025: 293/297 hộ đạt Gia đình văn hóa (98,65%), 100% trẻ em trong "
        "độ tuổi đến trường, sửa nhà cho 2 hộ khó khăn, chi bộ hoàn thành tốt nhiệm vụ; năm 2026 phấn đấu ít "
        "nhất 85% đảng viên học tập nghị quyết, phát triển 1 đảng viên mới, 100% các đo[àn thể …].",
        "completed": [
            "the page reports the cell's year-end meeting (on the Đồng Nai portal, the former Bình Phước town "
            "of Phước Long being a ward of Đồng Nai since the reorganisation of 2025): its resolution for 2026 "
            "(number, date, bases, tasks and the four thematic meetings, two with Word footnotes) is written "
            "as a residential cell might type it",
            "the page's last target is cut off (“100% các đo…”): completed as the mass organisations "
            "completing their tasks; the household target and every name are completed",
        ],
        "kind": "activity",
        "year": 2026,
        "cell_name": "Chi bộ Khu phố Sơn Long",
        "committee_name": "Đảng bộ phường Phước Long",
        "left": ["ĐẢNG BỘ PHƯỜNG PHƯỚC LONG", "CHI BỘ KHU PHỐ SƠN LONG"],
        "send_to": ["Đảng ủy phường Phước Long (báo cáo)", "Ban điều hành khu phố Sơn Long"],
        "title_lines": ["NGHỊ QUYẾT", "về lãnh đạo thực hiện nhiệm vụ năm 2026"],
        "number": 1,
        "type_code": "NQ",
        "date": "2026-01-12",
        "place": "Phước Long",
        "legal_bases": [
            "Căn cứ Quy định về chức năng, nhiệm vụ của chi bộ khu phố trực thuộc Đảng ủy phường Phước Long;",
            "Căn cứ kết quả Hội nghị tổng kết thực hiện Nghị quyết Chi bộ năm 2025 ngày 10/01/2026;",
        ],
        "opening": "Ngày 10/01/2026, Chi bộ Khu phố Sơn Long họp tổng kết năm 2025 với 10/10 đảng viên chính "
        "thức và 8 đảng viên sinh hoạt theo Quy định 213-QĐ/TW; Chi bộ quyết nghị:",
        "situation": [
            "Chi bộ lãnh đạo đạt và vượt các chỉ tiêu nghị quyết năm 2025: 293/297 hộ đạt danh hiệu Gia đình "
            "văn hóa (98,65%); 100% trẻ em trong độ tuổi được đến trường; vận động sửa nhà cho 02 hộ khó khăn. "
            "Chi bộ được xếp loại Hoàn thành tốt nhiệm vụ.",
        ],
        "target_sentences": [
            "Phấn đấu ít nhất 85% đảng viên tham gia học tập, quán triệt nghị quyết của Đảng và nghe thông tin "
            "thời sự; phát triển 01 đảng viên mới; 100% các đoàn thể khu phố hoàn thành tốt nhiệm vụ; từ 98% "
            "số hộ trở lên đạt danh hiệu Gia đình văn hóa.",
        ],
        "targets": [
            target(
                "ít nhất 85% đảng viên tham gia học tập, quán triệt nghị quyết của Đảng",
                "percent",
                85,
            ),
            target("phát triển 01 đảng viên mới", "count", 1),
            target("100% các đoàn thể khu phố hoàn thành tốt nhiệm vụ", "percent", 100),
            target("từ 98% số hộ trở lên đạt danh hiệu Gia đình văn hóa", "percent", 98),
        ],
        "tasks": [
            "1. Tiếp tục đổi mới, nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới; giữ nền nếp sinh "
            "hoạt ngày 05 hằng tháng.",
            "2. Chăm lo an sinh xã hội, gia đình chính sách, hộ khó khăn; vận động Nhân dân giữ gìn an ninh trật "
            "tự.",
        ],
        "meetings_intro": "3. Sinh hoạt chuyên đề mỗi quý một lần:",
        "posts": {
            "Đỗ Văn Sơn": "Bí thư",
            "Hoàng Thị Thu": "Phó Bí thư",
            "Điểu Minh": "Trưởng khu phố",
        },
        "topics": [
            _t(
                "Đưa nghị quyết của Đảng vào cuộc sống ở khu phố trong mô hình chính quyền địa phương hai cấp",
                1,
                3,
                ["Đỗ Văn Sơn"],
                when="Quý 1 (kỳ sinh hoạt tháng 3)",
                footnote=1,
            ),
            _t(
                "Giữ vững danh hiệu Gia đình văn hóa, xây dựng khu phố văn hóa",
                2,
                6,
                ["Hoàng Thị Thu", "Điểu Minh"],
                when="Quý 2 – tháng Sáu",
            ),
            _t(
                "Phát huy vai trò đảng viên sinh hoạt theo Quy định 213-QĐ/TW ở khu phố",
                3,
                9,
                ["Đỗ Văn Sơn", "Hoàng Thị Thu"],
                when="Quý 3, tháng 9/2026",
                footnote=2,
            ),
            _t(
                "Chăm lo hộ nghèo, hộ khó khăn dịp cuối năm và Tết",
                4,
                11,
                ["Điểu Minh"],
                when="Quý 4 – tháng Mười Một",
            ),
        ],  # fmt: skip
        "footnotes": [
            "Theo hướng dẫn của Ban Tuyên giáo và Dân vận Đảng ủy phường về nội dung sinh hoạt chuyên đề năm 2026.",
            "Mời các đảng viên sinh hoạt theo Quy định 213-QĐ/TW cùng dự và tham gia ý kiến.",
        ],
        "closing": [
            "- Chi ủy cụ thể hóa nghị quyết thành chương trình công tác từng tháng, phân công chi ủy viên theo "
            "dõi từng chỉ tiêu.",
            "- Nghị quyết được phổ biến đến toàn thể đảng viên và Ban điều hành khu phố.",
        ],
        "members": "18 đảng viên",
        "secretary": "Đỗ Văn Sơn",
    },
]
