"""Development batch 130–139: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the generic
helpers of ``common.py``. Besides new shapes they carry mechanics of real files that the corpus did not
hold yet: Word's tracked changes left in the file (text inserted and deleted under revision marks, not
accepted), a plain-text plan pasted from an e-mail reply (quoted with "> ", saved as UTF-8 with a byte
order mark and Windows line ends), a header typed in lower case and shown in capitals by the "All caps"
font option, lines broken with Shift+Enter inside one paragraph, Word content controls holding the
filled-in fields of a form, a list whose "Quý I:" … label is Word's own numbering (a level text with
an upper-roman number), Vietnamese typed in decomposed Unicode (the tone marks as combining
characters), a two-column (newspaper) section and table cells whose text is a hyperlink. Facts are in ``PLANS`` below (same keys as
``plans.py``); ``build.py`` merges both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from ..common import (
    BASE_HD12,
    PARTY,
    ROMAN,
    Block,
    date_line,
    number_line,
    paras,
    section,
    set_widths,
    signed,
    typed_header,
)
from ..facts import T, target
from ..facts import topic_with as _t

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ------------------------------------------------------------------------------------ helpers
def _number(p: dict[str, Any]) -> str:
    return number_line(p, gap="Số:     -{code}")


def _head(p: dict[str, Any]) -> Block:
    return typed_header(p["left"], _number(p), date_line(p))


def _sign(p: dict[str, Any]) -> Block:
    return signed(p, ["Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu Chi bộ."])


def _post(name: str, p: dict[str, Any], prefix: str = "đ/c", sep: str = " – ") -> str:
    post = p.get("posts", {}).get(name)
    return f"{prefix} {name}" + (f"{sep}{post}" if post else "")


def _with_posts(t: dict[str, Any], p: dict[str, Any], prefix: str = "đ/c") -> str:
    roles = t.get("roles") or []
    out = []
    for i, n in enumerate(t["presenters"]):
        role = roles[i] if i < len(roles) and roles[i] else ""
        out.append(_post(n, p, prefix) + (f" ({role})" if role else ""))
    return "; ".join(out)


# ---------------------------------------------------------------- Word mechanics (docx hooks)
_REV = 'w:id="{id}" w:author="{author}" w:date="2019-12-28T09:15:00Z"'


def _run_xml(text: str, flag: str, ident: int, author: str, bold: bool = False) -> str:
    """One run as WordprocessingML: "" plain, "+" inserted under a revision mark, "-" deleted under one
    (its text in ``w:delText``, as Word keeps it until the change is accepted)."""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    if flag == "-":
        return (
            f"<w:del {_REV.format(id=ident, author=author)}><w:r>{rpr}"
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
        )
    run = f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    if flag == "+":
        return f"<w:ins {_REV.format(id=ident, author=author)}>{run}</w:ins>"
    return run


def _tracked_para(target_p: Any, parts: list[tuple[str, str]], author: str, start: int) -> int:
    """Append the runs of ``parts`` ((text, flag) as ``_run_xml`` takes them) to the paragraph
    element ``target_p``; returns the next free revision id."""
    from docx.oxml import parse_xml

    ident = start
    for text, flag in parts:
        holder = parse_xml(f'<w:p xmlns:w="{_W}">{_run_xml(text, flag, ident, author)}</w:p>')
        for child in list(holder):
            target_p.append(child)
        ident += 1
    return ident


def tracked_paragraph(parts: list[tuple[str, str]], author: str, start: int) -> Block:
    """A body paragraph with tracked changes in it."""

    def apply(doc: Any) -> None:
        para = doc.add_paragraph()
        _tracked_para(para._p, parts, author, start)

    text = "".join(t for t, f in parts if f != "-")
    return ("docx", apply, [text])


def tracked_table(
    head: list[str], rows: list[list[list[tuple[str, str]]]], widths: list[float], author: str
) -> Block:
    """A table whose cells may hold tracked changes: each cell is a list of (text, flag)."""

    def apply(doc: Any) -> None:
        from docx.shared import Pt

        grid = doc.add_table(rows=1 + len(rows), cols=len(head))
        grid.style = "Table Grid"
        for j, text in enumerate(head):
            run = grid.cell(0, j).paragraphs[0].add_run(text)
            run.bold = True
            run.font.size = Pt(12)
        ident = 100
        for i, row in enumerate(rows, 1):
            for j, parts in enumerate(row):
                ident = _tracked_para(grid.cell(i, j).paragraphs[0]._p, parts, author, ident)
        set_widths(grid, widths)

    lines = [" | ".join(head)]
    for row in rows:
        lines.append(" | ".join("".join(t for t, f in c if f != "-") for c in row))
    return ("docx", apply, lines)


def caps_header(left: list[str], right: list[str]) -> Block:
    """The heading as a two-column borderless table whose lines are typed in lower case and shown in
    capitals by Word's "All caps" font option (the text itself stays lower case)."""

    def apply(doc: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        grid = doc.add_table(rows=1, cols=2)
        for col, lines in ((0, left), (1, right)):
            cell = grid.cell(0, col)
            for i, line in enumerate(lines):
                para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = para.add_run(line)
                run.font.size = Pt(12)
                if col == 0 and i < 2 or col == 1 and i == 0:
                    run.font.all_caps = True
                    run.bold = True
                if col == 1 and i > 0 and line:
                    run.italic = True
        doc.add_paragraph()

    width = max(map(len, left)) + 6
    n = max(len(left), len(right))
    lines = [
        f"{a:<{width}}{b}".rstrip()
        for a, b in zip(left + [""] * (n - len(left)), right + [""] * (n - len(right)), strict=True)
    ]
    return ("docx", apply, lines)


def soft_lines(lines: list[str], bold_first: bool = False, indent_cm: float = 0.0) -> Block:
    """One paragraph whose lines are broken with Shift+Enter (a line break, not a new paragraph)."""

    def apply(doc: Any) -> None:
        from docx.shared import Cm

        para = doc.add_paragraph()
        if indent_cm:
            para.paragraph_format.left_indent = Cm(indent_cm)
        for i, line in enumerate(lines):
            run = para.add_run(line)
            if i == 0 and bold_first:
                run.bold = True
            if i < len(lines) - 1:
                run.add_break()

    return ("docx", apply, list(lines))


def _sdt_inline(label: str, value: str) -> str:
    """An inline content control (a form field of a Word template) holding ``value``."""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{escape(label)}"/><w:tag w:val="{escape(label)}"/>'
        f"</w:sdtPr><w:sdtContent><w:r>"
        f'<w:t xml:space="preserve">{escape(value)}</w:t></w:r></w:sdtContent></w:sdt>'
    )


def form_fields(title: str, fields: list[tuple[str, str]], group: str) -> Block:
    """One topic of a form as a block-level content control (a repeating section of the template)
    holding a bold title line and one paragraph per field, "Label: " typed and the value in an
    inline content control."""

    def apply(doc: Any) -> None:
        from docx.oxml import parse_xml

        body = [
            f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(title)}</w:t></w:r></w:p>'
        ]
        for label, value in fields:
            body.append(
                '<w:p><w:pPr><w:ind w:left="567"/></w:pPr>'
                f'<w:r><w:t xml:space="preserve">{escape(label)}: </w:t></w:r>'
                f"{_sdt_inline(label, value)}</w:p>"
            )
        sdt = parse_xml(
            f'<w:sdt xmlns:w="{_W}"><w:sdtPr><w:alias w:val="{escape(group)}"/>'
            f'<w:tag w:val="{escape(group)}"/></w:sdtPr><w:sdtContent>{"".join(body)}'
            "</w:sdtContent></w:sdt>"
        )
        anchor = doc.add_paragraph()
        anchor._p.addprevious(sdt)
        anchor._p.getparent().remove(anchor._p)

    return ("docx", apply, [title, *[f"    {a}: {b}" for a, b in fields]])


_NUM_ID = 40


def quarter_numbering(items: list[tuple[str, list[str]]], fmt: str = "upperRoman") -> Block:
    """A two-level Word list whose first level is numbered "Quý I:", "Quý II:" … by Word itself (the
    level text "Quý %1:" in the numbering definition, so the words are not in the paragraph) and
    whose second level is a dash bullet; ``items`` are (first-level text, second-level lines)."""

    def apply(doc: Any) -> None:
        from docx.oxml import parse_xml

        numbering = doc.part.numbering_part.element
        abstract = parse_xml(
            f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="{_NUM_ID}">'
            '<w:multiLevelType w:val="multilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            '<w:lvlText w:val="Quý %1:"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="1134" w:hanging="1134"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            '<w:lvlText w:val="-"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="1418" w:hanging="284"/></w:pPr></w:lvl></w:abstractNum>'
        )
        first_num = numbering.find(f"{{{_W}}}num")
        first_num.addprevious(abstract)
        numbering.append(
            parse_xml(
                f'<w:num xmlns:w="{_W}" w:numId="{_NUM_ID}">'
                f'<w:abstractNumId w:val="{_NUM_ID}"/></w:num>'
            )
        )
        for text, subs in items:
            for level, line in [(0, text)] + [(1, s) for s in subs]:
                para = doc.add_paragraph(line)
                ppr = para._p.get_or_add_pPr()
                ppr.append(
                    parse_xml(
                        f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="{level}"/>'
                        f'<w:numId w:val="{_NUM_ID}"/></w:numPr>'
                    )
                )

    lines = []
    for k, (text, subs) in enumerate(items, 1):
        lines.append(f"Quý {ROMAN[k] if fmt == 'upperRoman' else k}: {text}")
        lines += [f"   - {s}" for s in subs]
    return ("docx", apply, lines)


def two_columns(on: bool) -> Block:
    """A continuous section break; with ``on`` the new section is set in two newspaper columns
    (Layout → Columns → Two), without it back to one."""

    def apply(doc: Any) -> None:
        from docx.enum.section import WD_SECTION
        from docx.oxml import parse_xml

        sect = doc.add_section(WD_SECTION.CONTINUOUS)
        sect_pr = sect._sectPr
        for old in sect_pr.findall(f"{{{_W}}}cols"):
            sect_pr.remove(old)
        cols = '<w:cols xmlns:w="{}" w:num="2" w:space="567"/>' if on else '<w:cols xmlns:w="{}"/>'
        sect_pr.append(parse_xml(cols.format(_W)))

    return ("docx", apply, [])


def linked_table(head: list[str], rows: list[list[str]], links: dict[tuple[int, int], str],
                 widths: list[float]) -> Block:  # fmt: skip
    """A table some of whose cells hold their text as a hyperlink (the topic linked to its outline
    on a shared drive), the way Word keeps a pasted link: a ``w:hyperlink`` around the run."""

    def apply(doc: Any) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.oxml import parse_xml
        from docx.shared import Pt

        grid = doc.add_table(rows=1 + len(rows), cols=len(head))
        grid.style = "Table Grid"
        for j, text in enumerate(head):
            run = grid.cell(0, j).paragraphs[0].add_run(text)
            run.bold = True
            run.font.size = Pt(12)
        for i, row in enumerate(rows, 1):
            for j, text in enumerate(row):
                para = grid.cell(i, j).paragraphs[0]
                url = links.get((i, j))
                if not url:
                    para.add_run(text)
                    continue
                rid = doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
                para._p.append(
                    parse_xml(
                        f'<w:hyperlink xmlns:w="{_W}" xmlns:r="http://schemas.openxmlformats.org/'
                        f'officeDocument/2006/relationships" r:id="{rid}" w:history="1"><w:r><w:rPr>'
                        '<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
                        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink>'
                    )
                )
        set_widths(grid, widths)

    lines = [" | ".join(head), *[" | ".join(r) for r in rows]]
    return ("docx", apply, lines)


# ------------------------------------------------------------------------------------ layouts
def tracked_schedule(p: dict[str, Any]) -> list[Block]:
    """A faculty cell's thematic plan sent back with the secretary's tracked changes not yet accepted:
    a table Quý – Chủ đề – Đồng chí báo cáo – Kỳ sinh hoạt in which a moved meeting keeps its old
    month deleted beside the new one, and a replaced preparer keeps the old name deleted."""
    y = p["year"]
    who = p["reviser"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(tracked_paragraph(p["opening_parts"], who, 1))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", f"II. NỘI DUNG, THỜI GIAN SINH HOẠT CHUYÊN ĐỀ NĂM {y}"))
    out.append(("p", f"Chủ đề chung của năm: “{p['theme']}”. Cụ thể:"))
    rows = []
    for t in p["topics"]:
        rows.append([
            [(f"Quý {ROMAN[t['quarter']]}", "")],
            [(t["title"], "")],
            t["who_parts"],
            t["when_parts"],
        ])  # fmt: skip
    out.append(tracked_table(
        ["Quý", "Chủ đề chuyên đề", "Đồng chí báo cáo", "Kỳ sinh hoạt"], rows, [1.8, 7.4, 3.8, 3.4], who
    ))  # fmt: skip
    out.append(("p", p["table_after"]))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def email_reply(p: dict[str, Any]) -> list[Block]:
    """A plan pasted into plain text from an e-mail: the deputy secretary's short message, then the
    secretary's mail quoted line by line with "> ", the topics as "* Tháng 7/2017 (quý 3)" items with
    the doctor's title before each name."""
    out: list[Block] = paras(p["mail_head"]) + [("p", "")]
    out += paras(p["reply"]) + [("p", "")]
    out.append(("p", p["quote_intro"]))
    q: list[str] = []
    q += ["", *p["quoted_opening"], ""]
    for t in p["topics"]:
        q.append(f"* {t['when']}: {t['title']}")
        q.append(f"   + Báo cáo: {p['titles'].get(t['presenters'][0], '')}{t['presenters'][0]}")
        if len(t["presenters"]) > 1:
            q.append(
                "   + Tham luận: "
                + ", ".join(f"{p['titles'].get(n, '')}{n}" for n in t["presenters"][1:])
            )
        q.append("")
    q += p["quoted_closing"]
    out += [("p", ">" + (" " + line if line else "")) for line in q]
    return out


def action_programme(p: dict[str, Any]) -> list[Block]:
    """An agency cell's programme of action for the year (CTr) as one table STT – Nhiệm vụ – Chỉ tiêu
    – Thời gian – Phân công, the thematic meetings rows among the other tasks and the targets in
    their own column; the heading typed in lower case and shown in capitals."""
    left = [*p["left_lower"], _number(p)]
    out: list[Block] = [caps_header(left, [PARTY.lower(), "", "", date_line(p)])]
    out.append(("title", p["title_lines"]))
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC TIÊU CHUNG", p["aims"])
    out.append(("h", "II. NHIỆM VỤ, CHỈ TIÊU VÀ PHÂN CÔNG THỰC HIỆN"))
    rows: list[list[str]] = []
    for n, item in enumerate(p["rows"], 1):
        if item[0] == "topic":
            t = p["topics"][item[1]]
            rows.append([
                str(n),
                f"Sinh hoạt chuyên đề: “{t['title']}”",
                t.get("goal", ""),
                t["when"],
                _with_posts(t, p, "Đ/c"),
            ])  # fmt: skip
        else:
            rows.append([str(n), *item[1:]])
    out.append(("table", ["STT", "Nhiệm vụ", "Chỉ tiêu", "Thời gian", "Phân công"], rows, "",
                [1.1, 6.0, 3.0, 2.8, 3.6]))  # fmt: skip
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def notice_soft_breaks(p: dict[str, Any]) -> list[Block]:
    """A short notice (TB) of the cell's assignment for the school year: one item per member, each
    one paragraph whose lines (the member, the topic, the time, the form) are broken with Shift+Enter."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out.append(("p", p["opening"]))
    out.append(("p", "Chi bộ thông báo phân công như sau:"))
    for i, t in enumerate(p["topics"], 1):
        first = t["presenters"][0]
        lines = [f"{i}. {_post(first, p, 'Đồng chí', ', ')}"]
        lines.append(f"Chuẩn bị chuyên đề: {t['title']}.")
        if len(t["presenters"]) > 1:
            lines.append(
                "Cùng chuẩn bị: " + ", ".join(_post(n, p) for n in t["presenters"][1:]) + "."
            )
        lines.append(f"Thời gian sinh hoạt: {t['when']}.")
        if t.get("form"):
            lines.append(f"Hình thức: {t['form']}.")
        out.append(soft_lines(lines, bold_first=True))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def form_calendar(p: dict[str, Any]) -> list[Block]:
    """A border guard post's cell fills in the committee's template "Lịch sinh hoạt chuyên đề": each
    topic a block-level content control, its number, title, time, reporter and attendance in
    inline content controls; ranks before the names."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    for i, t in enumerate(p["topics"], 1):
        fields = [
            ("Tên chuyên đề", t["title"]),
            ("Thời gian", t["when"]),
            (
                "Người báo cáo",
                "; ".join(f"{p['ranks'][n]} {n} – {p['posts'][n]}" for n in t["presenters"]),
            ),
        ]
        if t.get("form"):
            fields.append(("Hình thức", t["form"]))
        out.append(form_fields(f"Chuyên đề {i}", fields, f"Chuyên đề {i}"))
    out += section("Tổ chức thực hiện", p["closing"])
    out.append(_sign(p))
    return out


_SHAPES = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn: kept on the letter


def _combining(text: str) -> str:
    """Vietnamese as Unikey types it in "Unicode tổ hợp": the letter with its shape (â, ơ, ư …)
    precomposed and the tone mark a combining character after it."""
    import unicodedata

    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        if len(parts) == 1:
            out.append(ch)
            continue
        shape = "".join(m for m in parts[1:] if m in _SHAPES)
        tone = "".join(m for m in parts[1:] if m not in _SHAPES)
        out.append(unicodedata.normalize("NFC", parts[0] + shape) + tone)
    return "".join(out)


def _all_combining(blocks: list[Block]) -> list[Block]:
    def conv(x: Any) -> Any:
        if isinstance(x, str):
            return _combining(x)
        if isinstance(x, list):
            return [conv(v) for v in x]
        return x

    return [tuple(conv(v) for v in b) for b in blocks]


def decomposed(p: dict[str, Any]) -> list[Block]:
    """A cell's resolution (NQ) saved as plain text from an old typing tool in decomposed Unicode
    (each tone mark a combining character after its letter): targets in "phấn đấu" lines, the
    meetings grouped by half-year with the month in brackets and no quarter."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out.append(("p", p["opening"]))
    out += section(
        "I. MỤC TIÊU, CHỈ TIÊU NĂM " + str(y), [f"- Phấn đấu {x}" for x in p["target_lines"]]
    )
    out.append(("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"))
    out += paras(p["tasks"])
    out.append(("p", p["meetings_intro"]))
    for half, label in ((1, "- Sáu tháng đầu năm:"), (2, "- Sáu tháng cuối năm:")):
        ts = [t for t in p["topics"] if (t["quarter"] <= 2) == (half == 1)]
        out.append(("p", label))
        for t in ts:
            out.append(("p", f"   + ({t['when']}) {t['title']} – {_with_posts(t, p)} chuẩn bị."))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return _all_combining(out)


def numbered_quarters(p: dict[str, Any]) -> list[Block]:
    """An enterprise cell's plan to carry out its resolution: targets in a small table (Chỉ tiêu –
    Mức phấn đấu), then the thematic meetings in a Word list whose "Quý I:" labels are the list's own
    numbering, the month and the people as typed sub-items."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. CHỈ TIÊU"))
    out.append(("table", ["Chỉ tiêu", "Mức phấn đấu năm " + str(p["year"])],
                [[a, b] for a, b in p["target_rows"]], "", [11.0, 5.0]))  # fmt: skip
    out.append(("h", "III. SINH HOẠT CHUYÊN ĐỀ"))
    out.append(("p", p["meetings_intro"]))
    items = []
    for t in p["topics"]:
        subs = [f"Thời gian: {t['when']}", f"Người chuẩn bị: {_with_posts(t, p)}"]
        items.append((t["title"], subs))
    out.append(quarter_numbering(items))
    out.append(("h", "IV. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def month_blocks_columns(p: dict[str, Any]) -> list[Block]:
    """A kindergarten cell's adjusted calendar for the school year, the meetings set in two newspaper
    columns: a heading per meeting with the month in words and the quarter ("THÁNG MƯỜI – quý IV/2021"),
    then Nội dung / Chủ trì / Chuẩn bị lines; one meeting moved, the move written in brackets."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out.append(("h", "I. YÊU CẦU"))
    out += paras(p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"))
    out.append(two_columns(True))
    for t in p["topics"]:
        out.append(("h", t["heading"]))
        out.append(("p", f"Nội dung: {t['title']}."))
        if t.get("moved"):
            out.append(("p", t["moved"]))
        out.append(("p", f"Chủ trì: {_post(t['presenters'][0], p, 'Đ/c')}."))
        if len(t["presenters"]) > 1:
            out.append(
                ("p", "Chuẩn bị: " + ", ".join(_post(n, p) for n in t["presenters"][1:]) + ".")
            )
    out.append(two_columns(False))
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def transposed_quarters(p: dict[str, Any]) -> list[Block]:
    """A village cell's thematic plan as a table turned on its side: one column per quarter ("Quý 1"
    … "Quý 4"), one row per field (title, time, preparer, form), the time typed as a week, a date
    range or "đầu tháng"."""
    y = p["year"]
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("1. Mục đích, yêu cầu", p["aims"])
    out.append(("h", f"2. Nội dung, thời gian sinh hoạt chuyên đề năm {y}"))
    ts = sorted(p["topics"], key=lambda t: t["quarter"])
    rows = [
        ["Tên chuyên đề", *[t["title"] for t in ts]],
        ["Thời gian", *[t["when"] for t in ts]],
        ["Người chuẩn bị", *[_with_posts(t, p, "Đ/c") for t in ts]],
        ["Hình thức", *[t["form"] for t in ts]],
    ]
    out.append(("table", ["Nội dung", *[f"Quý {t['quarter']}" for t in ts]], rows, "",
                [2.6, 3.5, 3.5, 3.5, 3.5]))  # fmt: skip
    out.append(("p", p["table_after"]))
    out += section("3. Tổ chức thực hiện", p["closing"])
    out.append(_sign(p))
    return out


def school_links(p: dict[str, Any]) -> list[Block]:
    """A primary school cell's thematic plan for the school year, a table whose topic cells are links
    to the outlines on the school's shared drive and whose people are written as teachers address
    them ("Cô …", "Thầy …")."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH – YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG"))
    rows, links = [], {}
    for i, t in enumerate(p["topics"], 1):
        who = ", ".join(f"{p['address'][n]} {n}" for n in t["presenters"])
        rows.append([str(i), t["when"], t["title"], who, t["form"]])
        links[(i, 2)] = t["link"]
    out.append(linked_table(["STT", "Thời gian", "Chuyên đề (bấm để mở đề cương)", "Người thực hiện",
                             "Hình thức"], rows, links, [1.1, 3.2, 6.2, 3.4, 2.6]))  # fmt: skip
    out.append(("h", "III. TỔ CHỨC THỰC HIỆN"))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "h_tracked_schedule": tracked_schedule,
    "h_email_reply": email_reply,
    "h_action_programme": action_programme,
    "h_notice_soft_breaks": notice_soft_breaks,
    "h_form_calendar": form_calendar,
    "h_decomposed": decomposed,
    "h_numbered_quarters": numbered_quarters,
    "h_month_blocks_columns": month_blocks_columns,
    "h_transposed_quarters": transposed_quarters,
    "h_school_links": school_links,
}


# -------------------------------------------------------------------------------------- plans
def _p(text: str) -> list[tuple[str, str]]:
    return [(text, "")]


_TTT = "Trương Thu Trang"
_P130_TOPICS = [
    _t("Nâng cao chất lượng giảng dạy các học phần nghiệp vụ sư phạm gắn với thực hành ở trường phổ thông",
       1, 3, ["Huỳnh Văn Phúc"],
       who_parts=[("Đ/c Lâm Thị Hoa", "-"), ("Đ/c Huỳnh Văn Phúc", "+")],
       when_parts=_p("Định kỳ tháng 3/2020")),
    _t("Vai trò của đảng viên trong công tác tư vấn tuyển sinh năm 2020", 2, 6, ["Lâm Thị Hoa"],
       who_parts=_p("Đ/c Lâm Thị Hoa"), when_parts=_p("Định kỳ tháng 6/2020")),
    _t("Phát huy sức mạnh tập thể trong thực hiện nhiệm vụ chính trị của Chi bộ Khoa Sư phạm", 3, 10,
       [_TTT], conflict=True, who_parts=_p(f"Đ/c {_TTT}, Chi ủy viên"),
       when_parts=[("Định kỳ tháng ", ""), ("9", "-"), ("10", "+"), ("/2020", "")]),
    _t("Tìm hiểu những điều đảng viên không được làm và trách nhiệm nêu gương của đảng viên là giảng viên",
       4, 12, ["Nguyễn Hoàng Nam"],
       who_parts=_p("Đ/c Nguyễn Hoàng Nam"), when_parts=_p("Định kỳ tháng 12/2020")),
]  # fmt: skip

_TUNG, _VI, _NGOC = "Nguyễn Lê Như Tùng", "Lư Lan Vi", "Lê Thị Kim Ngọc"
_P131_TOPICS = [
    _t("Nâng cao tinh thần, thái độ phục vụ người bệnh theo lời dạy của Bác “Lương y phải như từ mẫu”",
       3, 7, [_TUNG, _NGOC], when="Tháng 7/2017 (quý 3)"),
    _t("Vai trò của đảng viên trong phòng, chống dịch sốt xuất huyết mùa mưa", 3, 9, [_VI],
       when="Tháng 9/2017 (quý 3)"),
    _t("Đảng viên khối lâm sàng gương mẫu thực hiện quy tắc ứng xử của công chức, viên chức ngành y tế",
       4, 11, [_NGOC, "Phạm Thanh Hải"], when="Tháng 11/2017 (quý 4)"),
]  # fmt: skip

_TAM = "Trần Thị Bé Tám"
_P132_TOPICS = [
    _t("Đảng viên Văn phòng Sở gương mẫu thực hiện chuyển đổi số trong công tác văn thư, lưu trữ",
       1, 3, [_TAM, "Nguyễn Văn Khởi"], when="Quý I (tháng 3)",
       goal="100% văn bản đi, đến xử lý trên môi trường mạng"),
    _t("Nâng cao chất lượng tham mưu tổng hợp, phục vụ lãnh đạo Sở sau hợp nhất", 2, 5,
       ["Lê Phương Trang"], when="Quý II (tháng 5)", goal="Không có văn bản trễ hạn"),
    _t("Gương mẫu thực hiện, tuyên truyền và bảo vệ chủ trương, đường lối của Đảng, chính sách, pháp "
       "luật của Nhà nước", 3, 8, ["Nguyễn Văn Khởi"], when="Quý III (tháng 8)",
       goal="100% đảng viên tham gia thảo luận"),
    _t("Thực hành tiết kiệm, chống lãng phí trong chi tiêu hành chính của cơ quan", 4, 11,
       ["Võ Minh Luân", _TAM], when="Quý IV (tháng 11)", goal="Giảm 10% chi văn phòng phẩm"),
]  # fmt: skip

_P133_TOPICS = [
    _t("Nêu cao trách nhiệm nêu gương của đảng viên là giáo viên trong thực hiện Quy định số 144-QĐ/TW "
       "về chuẩn mực đạo đức cách mạng", 4, 10, ["Phan Thị Kim Oanh", "Đặng Văn Quý"],
       when="kỳ sinh hoạt tháng 10/2025, quý IV", form="Diễn đàn"),
    _t("Xây dựng trường học an toàn, phòng chống bạo lực học đường và tai nạn thương tích cho học sinh",
       1, 3, ["Ngô Thị Thanh Hà"], when="tuần 2 tháng 3/2026 (quý I)",
       form="Báo cáo chuyên đề, thảo luận"),
    _t("Đảng viên gương mẫu ứng dụng công nghệ số trong dạy học và quản lý lớp học", 2, 4,
       ["Đặng Văn Quý"], when="kỳ sinh hoạt tháng 4/2026 (quý II)",
       form="Báo cáo chuyên đề, thảo luận"),
]  # fmt: skip

_BIEN, _LUC, _PHONG, _TRI = "Trần Ngọc Biên", "Phạm Văn Lực", "Lê Hoàng Phong", "Huỳnh Minh Trí"
_P134_TOPICS = [
    _t("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phòng, chống suy thoái tư tưởng "
       "chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” trong nội bộ", 1, 3, [_BIEN],
       when="Quý I – kỳ sinh hoạt tháng 3/2017", form="Báo cáo chuyên đề, thảo luận"),
    _t("Nâng cao hiệu quả tuần tra, kiểm soát, phòng chống khai thác cát trái phép trên vùng biển Cần Giờ",
       2, 5, [_LUC], when="Quý II – kỳ sinh hoạt tháng 5/2017", form="Báo cáo chuyên đề, thảo luận"),
    _t("Phát huy vai trò đảng viên trong các chương trình “Nâng bước em đến trường”, “Căn nhà 100 đồng”",
       3, 8, [_PHONG, _BIEN], when="Quý III – kỳ sinh hoạt tháng 8/2017", form="Tọa đàm"),
    _t("Vận động ngư dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới biển", 4, 11, [_TRI],
       when="Quý IV – kỳ sinh hoạt tháng 11/2017", form="Báo cáo chuyên đề, thảo luận"),
]  # fmt: skip

_P135_TOPICS = [
    _t("Phát triển văn hóa đọc trong thiếu nhi và học sinh trên địa bàn tỉnh", 1, 3, ["Phan Thị Ngọc Diễm"],
       when="tháng Ba"),
    _t("Ứng dụng công nghệ thông tin trong xử lý tài liệu và phục vụ bạn đọc", 2, 6, ["Lê Thanh Phong"],
       when="tháng 6"),
    _t("Đảng viên gương mẫu thực hành tiết kiệm, chống lãng phí trong cơ quan", 3, 9,
       ["Võ Văn Hùng", "Phan Thị Ngọc Diễm"], when="tháng 9"),
    _t("Nâng cao chất lượng luân chuyển sách về cơ sở, phục vụ xây dựng nông thôn mới", 4, 11,
       ["Lê Thanh Phong"], when="tháng 11"),
]  # fmt: skip

_DUONG, _LINH, _SANG = "Chương A Dưỡng", "Trần Thị Mỹ Linh", "Lê Văn Sang"
_P136_TOPICS = [
    _t("Xây dựng mối quan hệ lao động hài hòa, ổn định trong Công ty", 1, 3, [_LINH],
       when="tháng 3/2024 (kỳ sinh hoạt thường kỳ)"),
    _t("Vai trò của đảng viên trong bảo đảm an toàn, vệ sinh lao động ở các dây chuyền sản xuất", 2, 5,
       [_SANG], when="tháng 5/2024"),
    _t("Tạo nguồn, bồi dưỡng quần chúng ưu tú trong công nhân để phát triển đảng viên", 3, 8,
       [_DUONG, _LINH], when="tháng 8/2024"),
    _t("Học tập và làm theo Bác về tinh thần trách nhiệm, tác phong công nghiệp của người lao động", 4, 10,
       [_DUONG], when="tháng 10/2024"),
]  # fmt: skip

_TRANG, _NHUNG, _VAN = "Tôn Thị Đoan Trang", "Nguyễn Thị Hồng Nhung", "Lê Thị Bích Vân"
_P137_TOPICS = [
    _t("Phát huy vai trò đảng viên trong phòng, chống dịch Covid-19, đón trẻ trở lại trường an toàn", 4, 11,
       [_TRANG, _VAN], heading="THÁNG MƯỜI MỘT – quý IV/2021"),
    _t("Đảng viên gương mẫu xây dựng môi trường giáo dục lấy trẻ làm trung tâm", 1, 1, [_NHUNG],
       heading="THÁNG MƯỜI HAI – quý IV/2021",
       moved="(Điều chỉnh: lùi sang kỳ sinh hoạt tháng Giêng năm 2022 – quý I/2022, do trùng đợt kiểm tra "
       "cuối học kỳ I.)"),
    _t("Học tập và làm theo Bác về tình yêu thương trẻ, tận tụy với nghề", 1, 3, [_VAN, _TRANG],
       heading="THÁNG BA – quý I/2022"),
    _t("Công tác tạo nguồn, bồi dưỡng giáo viên trẻ ưu tú để giới thiệu kết nạp Đảng", 2, 5, [_TRANG],
       heading="THÁNG NĂM – quý II/2022"),
]  # fmt: skip

_P138_TOPICS = [
    _t("Khai thác tủ sách chi bộ phục vụ học tập lý luận chính trị của đảng viên", 1, 3, ["Đinh Văn Thoại"],
       when="tuần 2 tháng 3/2020", form="Báo cáo chuyên đề, thảo luận"),
    _t("Vận động nhân dân giữ gìn an ninh trật tự, phòng chống tệ nạn xã hội trong ấp", 2, 5,
       ["Nguyễn Văn Lượm", "Phạm Thị Thu"], when="từ 15/5 đến 20/5/2020", form="Thảo luận"),
    _t("Nâng cao thu nhập cho hộ trồng tiêu, điều trong ấp", 3, 8, ["Phạm Thị Thu"], when="đầu tháng 8/2020",
       form="Báo cáo chuyên đề, thảo luận"),
    _t("Vai trò của đảng viên trong xây dựng ấp văn hóa, nông thôn mới kiểu mẫu", 4, 11,
       ["Đinh Văn Thoại"], when="giữa tháng 11/2020", form="Báo cáo chuyên đề, thảo luận"),
]  # fmt: skip

_TUYEN, _KHAI, _CHAU = "Ngô Thị Thanh Tuyền", "Trần Văn Khải", "Đoàn Ngọc Bảo Châu"
_P139_TOPICS = [
    _t("Đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018 ở lớp 3", 4, 10, [_TUYEN],
       when="Tháng 10/2022 (Quý IV)", form="Báo cáo, thảo luận", link="https://drive.google.com/file/d/thbh-cd1"),
    _t("Xây dựng văn hóa học đường, phòng chống bạo lực học đường", 4, 12, [_CHAU, _KHAI],
       when="Tháng 12/2022 (Quý IV)", form="Tọa đàm", link="https://drive.google.com/file/d/thbh-cd2"),
    _t("Học tập và làm theo Bác về tinh thần tự học của người giáo viên", 1, 3, [_KHAI],
       when="Tháng 3/2023 (Quý I)", form="Báo cáo, thảo luận", link="https://drive.google.com/file/d/thbh-cd3"),
    _t("Đảng viên gương mẫu trong chuyển đổi số ở nhà trường", 2, 5, [_TUYEN],
       when="Tháng 5/2023 (Quý II)", form="Báo cáo, thảo luận", link="https://drive.google.com/file/d/thbh-cd4"),
]  # fmt: skip

PLANS: list[T] = [
    {
        "id": "130_chi_bo_khoa_su_pham_dh_bac_lieu_2020",
        "half": "dev",
        "fmt": "docx",
        "layout": "h_tracked_schedule",
        "province": "Bạc Liêu",
        "source": "https://khoasp.blu.edu.vn/2020/10/07/chi-bo-khoa-su-pham-sinh-hoat-chuyen-de-quy-iii-nam-2020/",
        "source_says": "Thực hiện Kế hoạch số 55-KH/CBKSP ngày 30/12/2019 của Chi bộ Khoa Sư phạm về sinh hoạt "
        "chuyên đề năm 2020, chủ đề chung “Tăng cường khối đại đoàn kết toàn dân tộc, xây dựng Đảng và hệ "
        "thống chính trị trong sạch, vững mạnh theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, Chi bộ họp "
        "định kỳ tháng 10 và sinh hoạt chuyên đề quý III/2020 “Phát huy sức mạnh tập thể trong thực hiện "
        "nhiệm vụ chính trị của Chi bộ Khoa Sư phạm” lúc 8h00 ngày 03/10/2020; đồng chí Trương Thu Trang – "
        "Chi ủy viên báo cáo.",
        "completed": [
            "the page gives the plan's number and date (55-KH/CBKSP, 30/12/2019), the year's theme and the "
            "quarter III topic with its presenter and its meeting (the regular meeting of October, so a "
            "month outside its quarter, kept as the page tells it); the aims, the topics of quarters I, II "
            "and IV, their presenters, the secretary and the committee's wording are completed",
            "the file is the plan as sent back with the secretary's tracked changes not accepted: the "
            "quarter III meeting's month 9 deleted and 10 inserted, the quarter I presenter replaced, a "
            "clause of the opening inserted; the truth follows the text with the changes accepted",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Khoa Sư phạm",
        "committee_name": "Đảng bộ Trường Đại học Bạc Liêu",
        "left": ["ĐẢNG BỘ TRƯỜNG ĐẠI HỌC BẠC LIÊU", "CHI BỘ KHOA SƯ PHẠM"],
        "send_to": ["Đảng ủy Trường (báo cáo)", "Đảng viên trong Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề trong sinh hoạt Chi bộ năm 2020"],
        "number": 55,
        "type_code": "KH",
        "date": "2019-12-30",
        "place": "Bạc Liêu",
        "reviser": "Chi bo KSP",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Hướng dẫn của Đảng ủy Trường Đại học Bạc Liêu về thực hiện Chỉ thị số 05-CT/TW và "
            "chuyên đề năm 2020;",
        ],
        "opening_parts": [
            ("Chi bộ Khoa Sư phạm xây dựng kế hoạch sinh hoạt chuyên đề năm 2020", ""),
            (", gắn với nhiệm vụ chính trị của Khoa và kỳ họp định kỳ hằng tháng của Chi bộ", "+"),
            (" như sau:", ""),
        ],
        "aims": [
            "- Mỗi quý một kỳ sinh hoạt chuyên đề, lồng ghép vào kỳ họp định kỳ của Chi bộ; nội dung "
            "thiết thực, gắn với công tác đào tạo giáo viên của Khoa.",
            "- Mỗi đảng viên được phân công chuẩn bị báo cáo gửi Chi ủy trước kỳ họp 07 ngày.",
        ],
        "theme": "Tăng cường khối đại đoàn kết toàn dân tộc, xây dựng Đảng và hệ thống chính trị trong "
        "sạch, vững mạnh theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "table_after": "Thời gian cụ thể của từng kỳ Chi ủy thông báo trước kỳ họp; kỳ nào trùng lịch giảng "
        "dạy tập trung thì dời sang kỳ họp định kỳ kế tiếp.",
        "topics": _P130_TOPICS,
        "targets": [],
        "closing": [
            "- Chi ủy phân công, đôn đốc đảng viên chuẩn bị nội dung; tổng hợp kết quả báo cáo Đảng ủy "
            "Trường sau mỗi quý.",
            "- Đảng viên trong Chi bộ nghiên cứu trước tài liệu, tham gia thảo luận tại các kỳ sinh hoạt.",
        ],
        "members": "11 đảng viên",
        "secretary": "Nguyễn Hoàng Nam",
    },
    {
        "id": "131_chi_bo_2_benh_vien_benh_nhiet_doi_2017",
        "half": "dev",
        "fmt": "txt",
        "encoding": "utf-8-sig",
        "newline": "\r\n",
        "layout": "h_email_reply",
        "province": "TP Hồ Chí Minh",
        "source": "http://bvbnd.vn/index.php/ba-n-tin/da-ng-bo-bvbnd/1108-d-i-h-i-chi-b-2",
        "source_says": "Chiều 22/6/2017, Chi bộ 2 (các đảng viên đang công tác tại các khoa lâm sàng, Bệnh viện "
        "Bệnh Nhiệt đới) tổ chức đại hội chi bộ; Ban Chấp hành Chi bộ gồm 03 đồng chí: Nguyễn Lê Như Tùng – "
        "Bí thư, Lư Lan Vi – Phó Bí thư, Lê Thị Kim Ngọc – Chi ủy viên.",
        "completed": [
            "the page reports the congress only: a plan of thematic meetings for the second half of 2017 "
            "(number, date, the three topics, months, a fourth presenter) is written as the cell might send "
            "it round by e-mail after the congress; the three committee members are the page's",
            "the file is the plan as pasted from the deputy secretary's reply into a text file: the "
            'secretary\'s mail quoted with "> ", UTF-8 with a byte order mark and Windows line ends',
        ],
        "kind": "thematic",
        "year": 2017,
        "cell_name": "Chi bộ 2 Bệnh viện Bệnh Nhiệt đới",
        "committee_name": "Đảng bộ Bệnh viện Bệnh Nhiệt đới",
        "number": 4,
        "type_code": "KH",
        "date": "2017-07-03",
        "place": "TP. Hồ Chí Minh",
        "legal_bases": ["Căn cứ Nghị quyết Đại hội Chi bộ 2 nhiệm kỳ 2017 - 2020 (ngày 22/6/2017)"],
        "mail_head": [
            "Từ: Lư Lan Vi",
            "Gửi: Danh sách đảng viên Chi bộ 2",
            "Ngày: Thứ Ba, 04/07/2017 07:42",
            "Tiêu đề: Fwd: KH sinh hoat chuyen de 6 thang cuoi nam 2017 - Chi bo 2",
        ],
        "reply": [
            "Kính gửi các đồng chí đảng viên Chi bộ 2,",
            "",
            "Vi chuyển lại kế hoạch anh Tùng đã ký, các đồng chí được phân công chuẩn bị bài giúp Vi, gửi "
            "bản nháp trước kỳ họp 1 tuần để chi ủy xem trước nha.",
            "",
            "Trân trọng,",
            "BS. Lư Lan Vi",
            "Phó Bí thư Chi bộ 2 - Bệnh viện Bệnh Nhiệt đới",
        ],
        "quote_intro": "Vào Th 2, 3 thg 7, 2017 lúc 16:20 Nguyễn Lê Như Tùng đã viết:",
        "quoted_opening": [
            "ĐẢNG BỘ BỆNH VIỆN BỆNH NHIỆT ĐỚI",
            "CHI BỘ 2",
            "Số 04-KH/CB                      TP. Hồ Chí Minh, ngày 03 tháng 7 năm 2017",
            "",
            "KẾ HOẠCH SINH HOẠT CHUYÊN ĐỀ 6 THÁNG CUỐI NĂM 2017",
            "",
            "Căn cứ Nghị quyết Đại hội Chi bộ 2 nhiệm kỳ 2017 - 2020 (ngày 22/6/2017), Chi ủy Chi bộ 2 Bệnh viện "
            "Bệnh Nhiệt đới (khối lâm sàng) lên kế hoạch sinh hoạt chuyên đề 6 tháng cuối năm, ghép vào kỳ sinh hoạt định "
            "kỳ tháng, như sau:",
        ],
        "titles": {_TUNG: "BS. ", _VI: "BS. ", _NGOC: "ĐD. ", "Phạm Thanh Hải": "ThS.BS. "},
        "quoted_closing": [
            "Địa điểm: phòng giao ban Khoa Nhiễm E. Đảng viên đi trực thì báo chi ủy.",
            "",
            "T/M CHI BỘ",
            "BÍ THƯ",
            "(đã ký)",
            "Nguyễn Lê Như Tùng",
        ],
        "topics": _P131_TOPICS,
        "targets": [],
        "members": "",
        "secretary": _TUNG,
    },
    {
        "id": "132_chi_bo_van_phong_so_tai_chinh_dong_thap_2026",
        "half": "dev",
        "fmt": "odt",
        "layout": "h_action_programme",
        "province": "Đồng Tháp",
        "source": "https://stc.dongthap.gov.vn/web/so-tai-chinh/tin-tuc/chi-tiet?id=4080851",
        "source_says": "Sáng 03/10/2025, Chi bộ Văn phòng Sở Tài chính (Đồng Tháp) sinh hoạt lệ kỳ tháng 10 do "
        "đồng chí Trần Thị Bé Tám – Bí thư Chi bộ chủ trì: thông tin về Đại hội Đảng bộ tỉnh Đồng Tháp lần "
        "thứ I (2025 – 2030), báo cáo 9 tháng và phương hướng 3 tháng cuối năm, học tập theo Bác với chủ đề "
        "“Gương mẫu thực hiện, tuyên truyền và bảo vệ chủ trương, đường lối của Đảng, chính sách, pháp luật "
        "của Nhà nước”.",
        "completed": [
            "the page reports an October 2025 meeting: the cell's programme of action for 2026, the first "
            "full year of the merged province, is written as an agency cell types it (one table of tasks, "
            "targets, times and assignments, the thematic meetings rows among the tasks); the page's theme "
            "becomes the quarter III topic",
            "the other topics, every member but the secretary, the targets, the number, the date and the "
            "superior committee's name after the 2025 reorganisation are completed; the heading is typed in "
            "lower case with the All caps font option",
        ],
        "kind": "activity",
        "year": 2026,
        "cell_name": "Chi bộ Văn phòng Sở Tài chính",
        "committee_name": "Đảng bộ Sở Tài chính",
        "left_lower": ["đảng bộ sở tài chính", "chi bộ văn phòng", "*"],
        "send_to": ["Đảng ủy Sở Tài chính (báo cáo)", "Đảng viên Chi bộ"],
        "title_lines": [
            "CHƯƠNG TRÌNH HÀNH ĐỘNG",
            "thực hiện nhiệm vụ năm 2026 của Chi bộ Văn phòng",
        ],
        "number": 1,
        "type_code": "CTr",
        "date": "2026-01-06",
        "place": "Đồng Tháp",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đồng Tháp lần thứ I, nhiệm kỳ 2025 – 2030;",
            "Căn cứ Nghị quyết Đại hội Chi bộ Văn phòng Sở Tài chính nhiệm kỳ 2025 – 2027 và Nghị quyết "
            "Chi bộ tháng 12/2025;",
        ],
        "opening": "Chi bộ Văn phòng Sở Tài chính (gồm đảng viên Văn phòng Sở sau hợp nhất) xây dựng Chương "
        "trình hành động năm 2026 như sau:",
        "aims": [
            "Giữ nền nếp sinh hoạt lệ kỳ vào ngày làm việc đầu tiên của tháng; mỗi quý một kỳ sinh hoạt "
            "chuyên đề; Văn phòng hoàn thành tốt nhiệm vụ tham mưu, tổng hợp sau hợp nhất.",
        ],
        "posts": {
            _TAM: "Bí thư",
            "Nguyễn Văn Khởi": "Phó Bí thư",
            "Lê Phương Trang": "Chánh Văn phòng",
            "Võ Minh Luân": "Kế toán",
        },  # fmt: skip
        "rows": [
            (
                "task",
                "Quán triệt Nghị quyết Đại hội Đảng bộ tỉnh, Nghị quyết Chi bộ năm 2026",
                "100% đảng viên được quán triệt",
                "Tháng 01",
                "Đ/c Trần Thị Bé Tám",
            ),
            ("topic", 0),
            (
                "task",
                "Sơ kết 6 tháng; đánh giá việc thực hiện Chương trình hành động",
                "",
                "Tháng 6",
                "Chi ủy",
            ),
            ("topic", 1),
            (
                "task",
                "Bồi dưỡng quần chúng ưu tú, đề nghị kết nạp đảng viên",
                "Kết nạp 01 đảng viên",
                "Cả năm",
                "Đ/c Nguyễn Văn Khởi",
            ),
            ("topic", 2),
            ("topic", 3),
            (
                "task",
                "Kiểm điểm, đánh giá, xếp loại chất lượng đảng viên và Chi bộ",
                "Chi bộ hoàn thành tốt nhiệm vụ; 100% đảng viên hoàn thành nhiệm vụ trở lên",
                "Tháng 12",
                "Chi ủy",
            ),
        ],  # fmt: skip
        "topics": _P132_TOPICS,
        "targets": [
            target("100% đảng viên được quán triệt", "percent", 100),
            target("100% văn bản đi, đến xử lý trên môi trường mạng", "percent", 100),
            target("Không có văn bản trễ hạn", "yes_no"),
            target("Kết nạp 01 đảng viên", "count", 1),
            target("100% đảng viên tham gia thảo luận", "percent", 100),
            target("Giảm 10% chi văn phòng phẩm", "percent", 10),
            target("Chi bộ hoàn thành tốt nhiệm vụ", "yes_no"),
            target("100% đảng viên hoàn thành nhiệm vụ trở lên", "percent", 100),
        ],
        "closing": [
            "- Chi ủy cụ thể hóa Chương trình vào nghị quyết lệ kỳ hằng tháng; đồng chí được phân công chủ "
            "động chuẩn bị, báo cáo kết quả tại kỳ sinh hoạt.",
            "- Định kỳ 6 tháng, cuối năm Chi bộ đánh giá, báo cáo Đảng ủy Sở Tài chính.",
        ],
        "members": "9 đảng viên",
        "secretary": _TAM,
    },
    {
        "id": "133_tieu_hoc_hung_vuong_hai_chau_2025",
        "half": "dev",
        "fmt": "doc",
        "layout": "h_notice_soft_breaks",
        "province": "Đà Nẵng",
        "source": "http://thhungvuong.edu.vn/index.php/nha-truong/1076-a-i-ha-i-chi-ba-tr-a-ng-tia-u-ha-c-ha-ng-v-ng-nhia-m-ka-2025-2027",
        "source_says": "Thực hiện Kế hoạch số 155-KH/ĐU ngày 28/02/2025 của Đảng ủy phường Phước Ninh, Chi bộ "
        "Trường Tiểu học Hùng Vương tổ chức Đại hội nhiệm kỳ 2025 – 2027, có đồng chí Trần Anh Việt – Phó Bí "
        "thư Thường trực Đảng ủy phường Phước Ninh dự; Đại hội thông qua báo cáo tổng kết nhiệm kỳ 2022 – "
        "2025, phương hướng nhiệm kỳ mới và bầu Ban Chấp hành Chi bộ nhiệm kỳ 2025 – 2027.",
        "completed": [
            "the page reports the congress only: a short notice (TB) assigning the cell's thematic meetings "
            "of the school year 2025 – 2026 is written, under the ward formed by the 2025 reorganisation "
            "(the writer takes phường Phước Ninh to be part of phường Hải Châu since 01/7/2025); the three "
            "topics, every member's name and post, the number and the date are completed",
            "each item is one paragraph whose lines are broken with Shift+Enter",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường Tiểu học Hùng Vương",
        "committee_name": "Đảng bộ phường Hải Châu",
        "left": ["ĐẢNG BỘ PHƯỜNG HẢI CHÂU", "CHI BỘ TRƯỜNG TH HÙNG VƯƠNG"],
        "send_to": ["Đảng ủy phường (b/c)", "Các đồng chí có tên"],
        "title_lines": ["THÔNG BÁO", "phân công chuẩn bị sinh hoạt chuyên đề năm học 2025 – 2026"],
        "number": 12,
        "type_code": "TB",
        "date": "2025-09-22",
        "place": "Hải Châu",
        "legal_bases": [],
        "opening": "Thực hiện Nghị quyết Chi bộ tháng 9/2025, Chi ủy Chi bộ Trường Tiểu học Hùng Vương thông "
        "báo phân công đảng viên chuẩn bị các chuyên đề sinh hoạt chi bộ năm học 2025 – 2026. Các đồng chí "
        "được phân công gửi đề cương cho Chi ủy trước kỳ sinh hoạt ít nhất 05 ngày.",
        "posts": {
            "Phan Thị Kim Oanh": "Bí thư Chi bộ, Hiệu trưởng",
            "Đặng Văn Quý": "Phó Hiệu trưởng",
            "Ngô Thị Thanh Hà": "Chi ủy viên, Tổng phụ trách Đội",
        },  # fmt: skip
        "topics": _P133_TOPICS,
        "targets": [],
        "closing": [
            "Chuyên đề quý III/2026 Chi bộ sẽ phân công tại kỳ sinh hoạt tháng 6/2026.",
            "Đề nghị các đồng chí có tên thực hiện đúng thời gian./.",
        ],
        "members": "14 đảng viên",
        "secretary": "Phan Thị Kim Oanh",
    },
    {
        "id": "134_chi_bo_don_bien_phong_can_thanh_2017",
        "half": "dev",
        "fmt": "docx",
        "layout": "h_form_calendar",
        "province": "TP Hồ Chí Minh",
        "source": "http://congan.com.vn/tin-chinh/chinh-tri-thoi-su/xay-dung-chi-bo-ngay-cang-vung-manh_35612.html",
        "source_says": "Chiều 16/3/2017, Đồn Biên phòng Cần Thạnh (Bộ đội Biên phòng TP. Hồ Chí Minh) tổ chức Đại "
        "hội Chi đoàn nhiệm kỳ 2017 – 2019, Thượng tá Lâm Văn Huy, Phó Chủ nhiệm chính trị BĐBP TP. HCM chủ "
        "trì; các chương trình “Nâng bước em đến trường”, “Căn nhà 100 đồng”; năm 2016 phát hiện 6 vụ khai "
        "thác cát trái phép; Thiếu tá Trần Ngọc Biên – Bí thư chi bộ, Chính trị viên Đồn phát biểu.",
        "completed": [
            "the page reports the post's youth congress and names the cell's secretary: the cell's calendar "
            "of thematic meetings for 2017 is written on a committee's Word template, each topic a content "
            "control (a repeating section) whose fields are content controls; the topics draw on the "
            "page's facts (the programmes, the sand mining), every member but the secretary is completed",
        ],
        "kind": "thematic",
        "year": 2017,
        "cell_name": "Chi bộ Đồn Biên phòng Cần Thạnh",
        "committee_name": "Đảng bộ Bộ đội Biên phòng Thành phố Hồ Chí Minh",
        "left": ["ĐẢNG BỘ BỘ ĐỘI BIÊN PHÒNG TP. HỒ CHÍ MINH", "CHI BỘ ĐỒN BIÊN PHÒNG CẦN THẠNH"],
        "send_to": ["Đảng ủy Bộ đội Biên phòng Thành phố (báo cáo)", "Ban Chỉ huy Đồn"],
        "title_lines": ["LỊCH SINH HOẠT CHUYÊN ĐỀ", "năm 2017"],
        "number": 2,
        "type_code": "KH",
        "date": "2017-01-12",
        "place": "Cần Giờ",
        "legal_bases": [
            "Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư "
            "tưởng, đạo đức, phong cách Hồ Chí Minh;",
            "Căn cứ Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2017 của Chi bộ Đồn Biên phòng Cần Thạnh;",
        ],
        "opening": "Chi bộ Đồn Biên phòng Cần Thạnh lập lịch sinh hoạt chuyên đề năm 2017 như sau (mỗi chuyên "
        "đề một mục, điền vào các ô của mẫu):",
        "ranks": {_BIEN: "Thiếu tá", _LUC: "Thiếu tá", _PHONG: "Đại úy", _TRI: "Thượng úy"},
        "posts": {
            _BIEN: "Chính trị viên, Bí thư Chi bộ",
            _LUC: "Đồn trưởng, Phó Bí thư",
            _PHONG: "Bí thư Chi đoàn",
            _TRI: "Đội trưởng Đội Vận động quần chúng",
        },
        "topics": _P134_TOPICS,
        "targets": [],
        "closing": [
            "Đồng chí được phân công chuẩn bị báo cáo, thông qua Chi ủy trước kỳ sinh hoạt 07 ngày; cán bộ, "
            "đảng viên đi công tác tuần tra báo cáo Chi ủy để bố trí dự kỳ sau.",
        ],
        "sign_for": "T/M CHI ỦY",
        "signer_title": "BÍ THƯ",
        "members": "",
        "secretary": _BIEN,
    },
    {
        "id": "135_chi_bo_thu_vien_tinh_dong_thap_2013",
        "half": "dev",
        "fmt": "txt",
        "layout": "h_decomposed",
        "province": "Đồng Tháp",
        "source": "http://thuviendongthap.com/News.aspx?page=221",
        "source_says": "Thực hiện Kế hoạch số 25-KH/BTCTU ngày 16/01/2013 của Ban Tổ chức Tỉnh ủy về khảo sát, "
        "đánh giá chất lượng sinh hoạt chi bộ, sáng 01/02/2013 tại Thư viện tỉnh Đồng Tháp, đoàn khảo sát "
        "(Ban Tổ chức Tỉnh ủy, Ban Tổ chức Đảng ủy Khối các Cơ quan tỉnh, Ban Thường vụ Đảng ủy Sở VHTTDL) "
        "làm việc với Chi ủy Chi bộ Thư viện tỉnh.",
        "completed": [
            "the page reports a survey of the cell's meetings: the cell's resolution for 2013 (number, date, "
            "targets, tasks, the four thematic meetings and who prepares them) is written as a provincial "
            "library's cell might type it; every name is completed",
            "the file is plain text in decomposed Unicode as Unikey's “Unicode tổ hợp” writes it (the tone "
            "marks as combining characters); the truth is in composed form",
        ],
        "kind": "activity",
        "year": 2013,
        "cell_name": "Chi bộ Thư viện tỉnh",
        "committee_name": "Đảng bộ Sở Văn hóa, Thể thao và Du lịch",
        "left": ["ĐẢNG BỘ SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "CHI BỘ THƯ VIỆN TỈNH"],
        "send_to": ["Đảng ủy Sở (báo cáo)", "Ban Giám đốc Thư viện"],
        "title_lines": ["NGHỊ QUYẾT", "về nhiệm vụ năm 2013"],
        "number": 1,
        "type_code": "NQ",
        "date": "2013-01-08",
        "place": "Cao Lãnh",
        "legal_bases": [],
        "opening": "Ngày 07/01/2013, Chi bộ Thư viện tỉnh họp, đánh giá kết quả năm 2012 và thống nhất quyết nghị "
        "nhiệm vụ năm 2013 như sau:",
        "target_lines": [
            "100% đảng viên học tập, quán triệt các nghị quyết, chỉ thị của Đảng;",
            "Chi bộ đạt trong sạch, vững mạnh; 100% đảng viên hoàn thành tốt nhiệm vụ trở lên;",
            "kết nạp 01 đảng viên mới;",
            "luân chuyển 12.000 bản sách về cơ sở.",
        ],
        "tasks": [
            "1. Lãnh đạo Thư viện hoàn thành kế hoạch chuyên môn năm 2013, chú trọng phục vụ bạn đọc ở cơ sở.",
            "2. Nâng cao chất lượng sinh hoạt chi bộ theo Kế hoạch khảo sát của Ban Tổ chức Tỉnh ủy.",
        ],
        "meetings_intro": "3. Sinh hoạt chuyên đề: mỗi quý một kỳ, ghép vào kỳ sinh hoạt thường kỳ đầu tháng:",
        "posts": {
            "Võ Văn Hùng": "Bí thư",
            "Phan Thị Ngọc Diễm": "Phó Giám đốc",
            "Lê Thanh Phong": "Chi ủy viên",
        },
        "topics": _P135_TOPICS,
        "targets": [
            target(
                "100% đảng viên học tập, quán triệt các nghị quyết, chỉ thị của Đảng",
                "percent",
                100,
            ),
            target("Chi bộ đạt trong sạch, vững mạnh", "yes_no"),
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target("Luân chuyển 12.000 bản sách về cơ sở", "count", 12000),
        ],
        "closing": [
            "Chi ủy cụ thể hóa Nghị quyết thành chương trình công tác hằng tháng; đảng viên thực hiện "
            "nghiêm Nghị quyết.",
        ],
        "members": "12 đảng viên",
        "secretary": "Võ Văn Hùng",
    },
    {
        "id": "136_chi_bo_cong_ty_te_an_viet_nam_2024",
        "half": "dev",
        "fmt": "docx",
        "layout": "h_numbered_quarters",
        "province": "Bà Rịa – Vũng Tàu",
        "source": "https://baobariavungtau.com.vn/chinh-tri/202307/thanh-lap-chi-bo-cong-ty-tnhh-te-an-viet-nam-986099/",
        "source_says": "Sáng 30/7/2023 tại huyện Châu Đức, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh công bố Quyết "
        "định thành lập Chi bộ cơ sở Công ty TNHH Te An Việt Nam: 4 đảng viên, ông Chương A Dưỡng, Giám đốc "
        "sản xuất, là Bí thư Chi bộ; chi bộ giới thiệu quần chúng ưu tú để kết nạp Đảng.",
        "completed": [
            "the page reports the cell's founding: its plan to carry out its 2024 resolution (number, date, "
            "targets, the four thematic meetings, the other three members and their posts) is written as a "
            "small enterprise cell might type it; the targets echo the page's aim of admitting members",
            "the topics are a Word list whose “Quý I:” … labels are the list's own numbering (the level text "
            "“Quý %1:”), so the quarter is not typed in the paragraphs",
        ],
        "kind": "activity",
        "year": 2024,
        "cell_name": "Chi bộ Công ty TNHH Te An Việt Nam",
        "committee_name": "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh",
        "left": ["ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "CHI BỘ CÔNG TY TNHH TE AN VIỆT NAM"],
        "send_to": ["Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh (báo cáo)", "Ban Giám đốc Công ty"],
        "title_lines": ["KẾ HOẠCH", "thực hiện Nghị quyết Chi bộ năm 2024"],
        "number": 3,
        "type_code": "KH",
        "date": "2024-01-18",
        "place": "Châu Đức",
        "legal_bases": [
            "Căn cứ Nghị quyết số 02-NQ/CB ngày 10/01/2024 của Chi bộ Công ty TNHH Te An Việt Nam về nhiệm vụ "
            "năm 2024;",
        ],
        "opening": "Chi bộ Công ty TNHH Te An Việt Nam xây dựng kế hoạch thực hiện Nghị quyết năm 2024 như sau:",
        "aims": [
            "Đưa Nghị quyết của Chi bộ vào hoạt động sản xuất, kinh doanh của Công ty; mỗi đảng viên nhận "
            "một phần việc cụ thể.",
        ],
        "target_rows": [
            ("Kết nạp đảng viên mới", "01 đồng chí"),
            ("Quần chúng ưu tú được cử đi học lớp nhận thức về Đảng", "03 người"),
            ("Đảng viên hoàn thành tốt nhiệm vụ trở lên", "100%"),
            ("Xếp loại Chi bộ", "Hoàn thành tốt nhiệm vụ"),
        ],
        "meetings_intro": "Chi bộ sinh hoạt chuyên đề mỗi quý một lần, vào kỳ sinh hoạt thường kỳ (sáng thứ Bảy "
        "tuần đầu tháng), cụ thể:",
        "posts": {
            _DUONG: "Bí thư Chi bộ, Giám đốc sản xuất",
            _LINH: "Trưởng phòng Nhân sự",
            _SANG: "Tổ trưởng tổ sản xuất",
        },
        "topics": _P136_TOPICS,
        "targets": [
            target("Kết nạp 01 đảng viên mới", "count", 1),
            target("03 quần chúng ưu tú được cử đi học lớp nhận thức về Đảng", "count", 3),
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Chi bộ hoàn thành tốt nhiệm vụ", "yes_no"),
        ],
        "closing": [
            "- Bí thư Chi bộ phối hợp Ban Giám đốc bố trí thời gian sinh hoạt phù hợp ca sản xuất.",
            "- Chi bộ sơ kết 6 tháng, tổng kết năm, báo cáo Đảng ủy Khối.",
        ],
        "members": "4 đảng viên",
        "secretary": _DUONG,
    },
    {
        "id": "137_mau_giao_phong_lan_cam_phuoc_tay_2021",
        "half": "dev",
        "fmt": "odt",
        "layout": "h_month_blocks_columns",
        "province": "Khánh Hòa",
        "source": "http://mgphonglan.pgddtcamlam.edu.vn/tin-tuc-su-kien/hoat-dong-su-kien/dai-hoi-chi-doan-truong-mau-giao-phong-lan.-nhiem-ky-2021-20.html",
        "source_says": "Sáng 08/10/2021, Chi đoàn Trường Mẫu giáo Phong Lan (xã Cam Phước Tây) tổ chức Đại hội nhiệm "
        "kỳ 2021 – 2022, có đồng chí Tôn Thị Đoan Trang – Phó Bí thư Chi bộ, Phó Hiệu trưởng nhà trường dự.",
        "completed": [
            "the page reports the school's youth congress and names the cell's deputy secretary: the cell's "
            "adjusted calendar of thematic meetings for the school year 2021 – 2022 is written as a "
            "kindergarten cell might type it, the meetings set in two newspaper columns; the topics, the "
            "secretary and the other member are completed",
            "the December meeting is moved in the text to January 2022 (quarter I): the truth keeps the new "
            "time",
        ],
        "kind": "thematic",
        "year": 2021,
        "cell_name": "Chi bộ Trường Mẫu giáo Phong Lan",
        "committee_name": "Đảng bộ xã Cam Phước Tây",
        "left": ["ĐẢNG BỘ XÃ CAM PHƯỚC TÂY", "CHI BỘ TRƯỜNG MG PHONG LAN"],
        "send_to": ["Đảng ủy xã (b/c)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "sinh hoạt chuyên đề năm học 2021 – 2022 (điều chỉnh)"],
        "number": 9,
        "type_code": "KH",
        "date": "2021-11-10",
        "place": "Cam Phước Tây",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Chi bộ tháng 11/2021 về điều chỉnh lịch sinh hoạt chuyên đề;",
        ],
        "opening": "Chi bộ Trường Mẫu giáo Phong Lan điều chỉnh kế hoạch sinh hoạt chuyên đề năm học 2021 – 2022 "
        "cho phù hợp tình hình dịch bệnh và lịch công tác của nhà trường như sau:",
        "aims": [
            "Mỗi quý ít nhất một kỳ sinh hoạt chuyên đề; nội dung gắn với nhiệm vụ chăm sóc, giáo dục trẻ.",
        ],
        "posts": {
            _NHUNG: "Bí thư Chi bộ, Hiệu trưởng",
            _TRANG: "Phó Bí thư Chi bộ, Phó Hiệu trưởng",
            _VAN: "giáo viên",
        },
        "topics": _P137_TOPICS,
        "targets": [],
        "closing": [
            "Các đồng chí được phân công chuẩn bị đề cương, gửi Chi ủy trước 05 ngày. Lịch các kỳ khác giữ "
            "nguyên như kế hoạch đầu năm học.",
        ],
        "members": "7 đảng viên",
        "secretary": _NHUNG,
    },
    {
        "id": "138_chi_bo_ap_thanh_son_1_phuoc_thuan_2020",
        "half": "dev",
        "fmt": "doc",
        "layout": "h_transposed_quarters",
        "province": "Bà Rịa – Vũng Tàu",
        "source": "https://baobariavungtau.com.vn/xa-hoi/201909/trao-2-tu-sach-cho-2-chi-bo-ap-o-xa-phuoc-thuan-871382",
        "source_says": "Ngày 6/9/2019, Đảng bộ Trường Chính trị tỉnh trao 2 tủ sách (mỗi tủ 60 đầu sách về công tác "
        "Đảng, lịch sử, kinh tế, nông nghiệp, pháp luật) cho Chi bộ ấp Xóm Rẫy và Chi bộ ấp Thạnh Sơn 1, xã "
        "Phước Thuận, huyện Xuyên Mộc.",
        "completed": [
            "the page reports the gift of a bookcase: the cell's thematic plan for 2020 (number, date, the "
            "four topics — the first on using the bookcase —, times, preparers and the secretary) is written "
            "as a village cell might type it, a table with one column per quarter",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ ấp Thạnh Sơn 1",
        "committee_name": "Đảng bộ xã Phước Thuận",
        "left": ["ĐẢNG BỘ XÃ PHƯỚC THUẬN", "CHI BỘ ẤP THẠNH SƠN 1"],
        "send_to": ["Đảng ủy xã Phước Thuận (b/c)", "Ban Điều hành ấp"],
        "title_lines": ["KẾ HOẠCH", "sinh hoạt chuyên đề năm 2020"],
        "number": 1,
        "type_code": "KH",
        "date": "2020-01-06",
        "place": "Phước Thuận",
        "legal_bases": [BASE_HD12],
        "opening": "Chi bộ ấp Thạnh Sơn 1 xây dựng kế hoạch sinh hoạt chuyên đề năm 2020 như sau:",
        "aims": [
            "- Mỗi quý một chuyên đề, sinh hoạt lồng ghép kỳ họp chi bộ thường kỳ tại Nhà văn hóa ấp.",
            "- Đảng viên đọc trước tài liệu trong tủ sách chi bộ.",
        ],
        "posts": {
            "Đinh Văn Thoại": "Bí thư Chi bộ",
            "Nguyễn Văn Lượm": "Trưởng ấp",
            "Phạm Thị Thu": "Chi hội trưởng Hội Nông dân",
        },
        "topics": _P138_TOPICS,
        "table_after": "Ngày giờ cụ thể Chi ủy thông báo trong kỳ sinh hoạt tháng trước.",
        "targets": [],
        "closing": [
            "Chi ủy phân công, kiểm tra việc chuẩn bị; kết quả từng kỳ báo cáo Đảng ủy xã.",
        ],
        "members": "18 đảng viên",
        "secretary": "Đinh Văn Thoại",
    },
    {
        "id": "139_tieu_hoc_binh_hoa_binh_thanh_2022",
        "half": "dev",
        "fmt": "docx",
        "layout": "h_school_links",
        "province": "TP Hồ Chí Minh",
        "source": "https://thbinhhoa.hcm.edu.vn/chi-doan/dai-hoi-chi-doan-nhiem-ky-2022-2023/ctfull/77678/1040570",
        "source_says": "Ngày 21/02/2022, Chi đoàn Trường Tiểu học Bình Hòa (thuộc Đoàn phường 12) tổ chức Đại hội "
        "nhiệm kỳ 2022 – 2023; dự có đồng chí Ngô Thị Thanh Tuyền – Phó Bí thư Chi bộ, Phó Hiệu trưởng, cô "
        "Đoàn Ngọc Bảo Châu – Chủ tịch Công đoàn, cô Nguyễn Hồng Mai – Tổng phụ trách Đội.",
        "completed": [
            "the page reports the youth congress and names the cell's deputy secretary: the cell's thematic "
            "plan for the school year 2022 – 2023 is written as a primary school cell might type it, its "
            "topic cells links to outlines on a shared drive (placeholder addresses); the topics, the "
            "secretary and the union chair as a member are completed",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Trường Tiểu học Bình Hòa",
        "committee_name": "Đảng bộ Phường 12",
        "left": ["ĐẢNG BỘ PHƯỜNG 12", "CHI BỘ TRƯỜNG TIỂU HỌC BÌNH HÒA"],
        "send_to": ["Đảng ủy Phường 12 (báo cáo)", "Đảng viên Chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2022 – 2023"],
        "number": 14,
        "type_code": "KH",
        "date": "2022-09-16",
        "place": "Bình Thạnh",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Chi bộ Trường Tiểu học Bình Hòa năm học 2022 – 2023;",
        ],
        "opening": "Chi bộ Trường Tiểu học Bình Hòa xây dựng kế hoạch sinh hoạt chuyên đề năm học 2022 – 2023 "
        "như sau:",
        "aims": [
            "- Chuyên đề gắn với nhiệm vụ năm học, đề cương gửi lên thư mục chung của Chi bộ để đảng viên đọc "
            "trước.",
        ],
        "address": {_TUYEN: "Cô", _KHAI: "Thầy", _CHAU: "Cô"},
        "topics": _P139_TOPICS,
        "targets": [],
        "closing": [
            "Chi ủy theo dõi, nhắc việc chuẩn bị; người thực hiện cập nhật đề cương lên thư mục chung trước kỳ "
            "sinh hoạt 01 tuần.",
        ],
        "members": "13 đảng viên",
        "secretary": _KHAI,
    },
]
