"""Development batch 120–127: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of the other
``dev/layouts_*.py`` modules is reused, only ``build.py``'s block kinds and renderers and the shared
helpers of ``common.py``. Besides new shapes they carry mechanics of real files that the corpus did
not hold yet, drawn by ``("docx", function)`` blocks: Word's tracked changes (a schedule revised with
revision marks: deleted and inserted text, a deleted row, an inserted row — the plan is what it says
once the changes are accepted), a list numbered by Word with a word in its number ("Chuyên đề 1:" is
in the numbering definition, not in the text), content controls (a form filled in from a template:
the values sit inside ``w:sdt`` elements, a repeating section per topic), Word comments hanging on
the schedule, hyperlinks holding titles, text typed in lower case and shown in capitals
(``w:caps``), a cell whose text runs vertically; and in plain text an e-mail with its headers, a
reply's "> " quoting, Windows line ends, a byte-order mark and Vietnamese in decomposed Unicode (NFD)
as a Mac mail client pastes it. Facts are in ``PLANS`` below (same keys as ``plans.py``); ``build.py``
merges both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from ..common import (
    BASE_HD12,
    PARTY,
    Block,
    date_line,
    number_line,
    set_widths,
    signed,
    typed_header,
)
from ..facts import T, target
from ..facts import topic_with as _t

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STAMP = 'w:author="{a}" w:date="{d}T08:00:00Z"'


# ------------------------------------------------------------------------------------ helpers
def _number(p: dict[str, Any]) -> str:
    return number_line(p, gap="Số      -{code}")


def _head(p: dict[str, Any]) -> Block:
    return typed_header(p["left"], _number(p), date_line(p))


def _sign(p: dict[str, Any]) -> Block:
    return signed(p, ["Nơi nhận:", *[f"- {x};" for x in p["send_to"]], "- Lưu chi bộ."])


def _paras(lines: list[str]) -> list[Block]:
    return [("p", line) for line in lines]


def _r(text: str, flags: str = "") -> str:
    """One run as XML: b(old), i(talic), c(aps); a deleted run (flag d) writes w:delText."""
    props = "".join(
        tag for flag, tag in (("b", "<w:b/>"), ("i", "<w:i/>"), ("c", "<w:caps/>")) if flag in flags
    )
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    kind = "w:delText" if "d" in flags else "w:t"
    return f'<w:r>{rpr}<{kind} xml:space="preserve">{escape(text)}</{kind}></w:r>'


class _Revisions:
    """Numbers the revision marks of one document (w:ins / w:del need unique ids)."""

    def __init__(self, author: str, date: str) -> None:
        self.n = 100
        self.stamp = _STAMP.format(a=author, d=date)

    def mark(self, tag: str) -> str:
        self.n += 1
        return f'<w:{tag} w:id="{self.n}" {self.stamp}/>'

    def runs(self, parts: list[tuple[str, str]]) -> str:
        """Runs; a part flagged d is wrapped in w:del, one flagged n in w:ins."""
        out = []
        for text, flags in parts:
            run = _r(text, flags)
            if "d" in flags or "n" in flags:
                self.n += 1
                tag = "w:del" if "d" in flags else "w:ins"
                run = f'<{tag} w:id="{self.n}" {self.stamp}>{run}</{tag}>'
            out.append(run)
        return "".join(out)


def _fill_cell(cell: Any, xml_runs: str) -> None:
    from docx.oxml import parse_xml

    para = cell.paragraphs[0]._p
    for child in list(para):
        if child.tag != f"{{{_W}}}pPr":
            para.remove(child)
    for run in parse_xml(f'<w:p xmlns:w="{_W}">{xml_runs}</w:p>'):
        para.append(run)


# ------------------------------------------------------------------ 120: tracked changes (docx)
def tracked_schedule(p: dict[str, Any]) -> list[Block]:
    """A "Lịch sinh hoạt chuyên đề" revised in Word with Track Changes on: one month and one
    presenter replaced (deleted text, then inserted text), a topic row deleted whole and a new row
    inserted. What the plan says is the schedule with the changes accepted. Columns: Kỳ sinh hoạt –
    Đồng chí thực hiện – Tên chuyên đề – Ghi chú."""
    rows: list[dict[str, Any]] = p["revised_rows"]

    def apply(doc: Any) -> None:
        from docx.oxml import parse_xml

        rev = _Revisions(p["secretary"], p["revised_on"])
        heads = ["Kỳ sinh hoạt", "Đồng chí thực hiện", "Tên chuyên đề", "Ghi chú"]
        grid = doc.add_table(rows=1 + len(rows), cols=4)
        grid.style = "Table Grid"
        for j, text in enumerate(heads):
            grid.cell(0, j).paragraphs[0].add_run(text).bold = True
        for i, row in enumerate(rows, 1):
            state = row.get("row", "")  # "d": the row was deleted, "n": inserted
            for j, parts in enumerate(row["cells"]):
                flagged = [(text, flags + state) for text, flags in parts]
                _fill_cell(grid.cell(i, j), rev.runs(flagged))
            if state:
                tag = "del" if state == "d" else "ins"
                trpr = grid.rows[i]._tr.get_or_add_trPr()
                trpr.append(
                    parse_xml(rev.mark(tag).replace(f"<w:{tag}", f'<w:{tag} xmlns:w="{_W}"', 1))
                )
        set_widths(grid, [3.2, 4.0, 6.3, 2.5])

    def accepted(parts: list[tuple[str, str]]) -> str:
        return "".join(text for text, flags in parts if "d" not in flags)

    lines = [" | ".join(accepted(c) for c in row["cells"]) for row in rows if row.get("row") != "d"]
    return [
        _head(p),
        ("title", p["title_lines"]),
        *_paras(p["legal_bases"]),
        ("p", p["opening"]),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        *_paras(p["aims"]),
        ("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ"),
        ("p", p["table_intro"]),
        ("docx", apply, lines),
        ("p", p["table_note"]),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        *_paras(p["closing"]),
        _sign(p),
    ]


# ---------------------------------------------------- 122: quarter task table with "SHCĐ" (odt)
def resolution_task_quarters(p: dict[str, Any]) -> list[Block]:
    """A cell's resolution (NQ) for the year: targets in a table (Chỉ tiêu – Năm trước – Năm nay),
    then one row per quarter whose tasks are stacked in one cell, line by line, with the member in
    charge of each task on the same line of the next cell; the thematic meeting is the task that
    begins "SHCĐ (T4):", its title in quotes, presenter and chair on its line."""
    targets = [
        [str(i), text, before, now] for i, (text, before, now) in enumerate(p["target_rows"], 1)
    ]
    rows = []
    for q, tasks in p["quarter_tasks"].items():
        rows.append([f"Quý {q}", "\n".join(t for t, _ in tasks), "\n".join(w for _, w in tasks)])
    return [
        _head(p),
        ("title", p["title_lines"]),
        *_paras(p["legal_bases"]),
        ("p", p["opening"]),
        ("h", "I. ĐÁNH GIÁ KẾT QUẢ NĂM TRƯỚC"),
        *_paras(p["review"]),
        ("h", "II. CHỈ TIÊU NĂM " + str(p["year"])),
        (
            "table",
            ["TT", "Chỉ tiêu", f"Kết quả {p['year'] - 1}", f"Phấn đấu {p['year']}"],
            targets,
            "",
            [1.0, 9.0, 3.0, 3.0],
        ),  # fmt: skip
        ("h", "III. NHIỆM VỤ TRỌNG TÂM THEO QUÝ"),
        ("p", p["task_intro"]),
        ("table", ["Thời gian", "Nhiệm vụ", "Phụ trách"], rows, "", [2.2, 10.0, 4.3]),
        ("p", p["task_note"]),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        *_paras(p["closing"]),
        _sign(p),
    ]


# -------------------------------------------------------------- 123: e-mail reply pasted (txt)
def email_reply_text(p: dict[str, Any]) -> list[Block]:
    """A plan that reached the commune office as the body of an e-mail and was saved from the mail
    client as plain text: the reply's headers and two lines on top, then the original message
    quoted with "> " and hard-wrapped at 72, in decomposed Unicode (NFD, as a Mac mail client pastes
    it), Windows line ends and a byte-order mark."""
    crlf = "\r"  # to_text joins lines with "\n": each line ends "\r\n"
    top = [
        "\ufeffFrom: " + p["mail_from"],
        "Sent: " + p["mail_sent"],
        "To: " + p["mail_to"],
        "Subject: " + p["mail_subject"],
        "",
        *p["mail_reply"],
        "",
        p["mail_quote_intro"],
    ]
    body: list[str] = []
    for line in p["plan_lines"]:
        if not line:
            body.append(">")
            continue
        indent = len(line) - len(line.lstrip(" "))
        wrapped = textwrap.wrap(
            line.strip(), 72 - indent, initial_indent=" " * indent,
            subsequent_indent=" " * indent,
        )  # fmt: skip
        body += ["> " + w for w in wrapped]
    body = [unicodedata.normalize("NFD", b) for b in body]
    return [("p", line + crlf) for line in top + body]


# ---------------------------------------------- 127: notice of assignment, months in words (odt)
def notice_by_person_words(p: dict[str, Any]) -> list[Block]:
    """A short notice (TB) of the cell's assignment: one numbered paragraph per member, each giving
    the topic in quotes, the quarter, and the month in words as the countryside says them ("tháng
    Giêng", "tháng Bảy", "tháng Chạp"); a short line of who attends at the end."""
    out: list[Block] = [
        _head(p),
        ("title", p["title_lines"]),
        ("p", p["opening"]),
    ]
    for i, (who, lines) in enumerate(p["assignments"], 1):
        out.append(("p", f"{i}. {who}:"))
        out += [("p", f"   {line}") for line in lines]
    out += _paras(p["closing"])
    out.append(_sign(p))
    return out


# ------------------------------------ 121: Word numbering with a word in its number (.doc)
_NUM_ID = 90


def _numbering(prefix: str) -> Block:
    """Adds to the document's numbering part a list whose number Word prints as "``prefix`` 1:",
    "``prefix`` 2:" …: the words are in the numbering definition, not in the paragraphs."""

    def apply(doc: Any) -> None:
        from docx.oxml import parse_xml

        numbering = doc.part.numbering_part.element
        abstract = parse_xml(
            f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="{_NUM_ID}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{escape(prefix)} %1:"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="709" w:hanging="0"/></w:pPr>'
            '<w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>'
        )  # fmt: skip
        first_num = numbering.find(f"{{{_W}}}num")
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(
            parse_xml(
                f'<w:num xmlns:w="{_W}" w:numId="{_NUM_ID}"><w:abstractNumId w:val="{_NUM_ID}"/></w:num>'
            )
        )

    return ("docx", apply, [])


def _numbered(text: str, n: int, prefix: str) -> Block:
    """One paragraph of that list (its number, "``prefix`` n:", comes from Word)."""

    def apply(doc: Any) -> None:
        from docx.oxml import parse_xml

        para = doc.add_paragraph(text)
        ppr = para._p.get_or_add_pPr()
        ppr.insert(
            0,
            parse_xml(
                f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="0"/><w:numId w:val="{_NUM_ID}"/></w:numPr>'
            ),
        )

    return ("docx", apply, [f"{prefix} {n}: {text}"])


def numbered_topics_refs(p: dict[str, Any]) -> list[Block]:
    """A plan carrying out the cell's resolution: targets as "phấn đấu" lines, the tasks numbered
    "1." – "4.", the third of which lists the thematic meetings as a Word list whose numbers read
    "Chuyên đề 1:" …; each item gives the title and, in brackets, the month (no quarter). Who
    prepares them is only in the later assignment section, by person, referring to the topics by
    those numbers ("chủ trì chuyên đề 1 và chuyên đề 4"), people with academic titles."""
    out: list[Block] = [
        _head(p),
        ("title", p["title_lines"]),
        *_paras(p["legal_bases"]),
        ("p", p["opening"]),
        ("h", "I. MỤC TIÊU"),
        *_paras(p["aims"]),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ]
    for i, (head, lines) in enumerate(p["tasks"], 1):
        out.append(("p", f"{i}. {head}"))
        out += _paras(lines)
        if i == p["topics_in_task"]:
            out.append(_numbering("Chuyên đề"))
            for n, t in enumerate(p["topics"], 1):
                out.append(_numbered(f"{t['title']} ({t['when']}).", n, "Chuyên đề"))
    out += [("h", "III. PHÂN CÔNG THỰC HIỆN"), *_paras(p["assign"])]
    out += [("h", "IV. TỔ CHỨC THỰC HIỆN"), *_paras(p["closing"]), _sign(p)]
    return out


# --------------------------------------- 124: transposed table with Word comments (docx)
def transposed_with_comments(p: dict[str, Any]) -> list[Block]:
    """The year's four thematic meetings as a table turned on its side: one column per quarter
    (headed inconsistently, as typed: "Quý I", "Quý 2", "Q3", "Quý IV"), one row per attribute
    (Chuyên đề, Thời gian, Người chuẩn bị, Người trình bày); the superior committee's reviewer left
    Word comments on some cells (the comments are remarks, not part of the plan)."""
    topics = p["topics"]
    labels = [
        "Nội dung chuyên đề",
        "Thời gian sinh hoạt",
        "Người chuẩn bị đề cương",
        "Người trình bày",
    ]
    values = [
        [t["title"] for t in topics],
        [t["when"] for t in topics],
        [t["outline"] for t in topics],
        [t["speaker"] for t in topics],
    ]

    def apply(doc: Any) -> None:
        grid = doc.add_table(rows=5, cols=5)
        grid.style = "Table Grid"
        grid.cell(0, 0).paragraphs[0].add_run("Nội dung / Thời gian").bold = True
        for j, head in enumerate(p["quarter_heads"], 1):
            grid.cell(0, j).paragraphs[0].add_run(head).bold = True
        for i, label in enumerate(labels, 1):
            grid.cell(i, 0).paragraphs[0].add_run(label).bold = True
            for j, text in enumerate(values[i - 1], 1):
                grid.cell(i, j).paragraphs[0].add_run(text)
        set_widths(grid, [2.6, 3.5, 3.5, 3.5, 3.5])
        for (row, col), (author, note) in p["comments"].items():
            run = grid.cell(row, col).paragraphs[0].runs[0]
            comment = doc.add_comment(
                run, text=note, author=author, initials="".join(w[0] for w in author.split())
            )
            # the reviewer's date, not the build's, so that a rebuild gives the same file
            comment._comment_elm.set(f"{{{_W}}}date", p["comments_on"] + "T09:30:00Z")

    lines = [" | ".join(["Nội dung / Thời gian", *p["quarter_heads"]])]
    lines += [" | ".join([label, *vals]) for label, vals in zip(labels, values, strict=True)]
    return [
        _head(p),
        ("title", p["title_lines"]),
        *_paras(p["legal_bases"]),
        ("p", p["opening"]),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        *_paras(p["aims"]),
        ("h", "II. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"),
        ("docx", apply, lines),
        ("p", p["table_note"]),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        *_paras(p["closing"]),
        _sign(p),
    ]


# ---------------------------- 125: text shown in capitals, vertical quarter cells (.doc)
def _caps_para(doc: Any, text: str, bold: bool = True, center: bool = True) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    para = doc.add_paragraph()
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run(text)
    run.bold = bold
    run.font.all_caps = True


def caps_vertical_quarters(p: dict[str, Any]) -> list[Block]:
    """A unit's plan typed by a military clerk: the heading and the title typed in ordinary case but
    formatted "All caps" (the file holds "Chi bộ Đội Vận động quần chúng", the page shows capitals);
    the schedule's columns Thời gian – Nội dung – Người chủ trì – Người thực hiện – Lực lượng tham
    gia, the quarter a narrow first column whose text runs bottom to top, merged over the rows of
    the quarter (a thematic meeting and the quarter's political study, which is not a topic);
    people with their ranks before the name."""
    rows: list[list[str]] = p["rows"]  # quarter label, time, content, chair, presenters, attendees

    def heading(doc: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        grid = doc.add_table(rows=1, cols=2)
        for col, lines in ((0, p["left_typed"]), (1, p["right_typed"])):
            cell = grid.cell(0, col)
            for i, line in enumerate(lines):
                para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = para.add_run(line)
                run.font.size = Pt(12)
                run.bold = i < 2 if col == 0 else i == 0
                run.font.all_caps = (col == 0 and i < 2) or (col == 1 and i == 0)
        for line in p["title_typed"]:
            _caps_para(doc, line)

    def schedule(doc: Any) -> None:
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import parse_xml

        heads = [
            "Quý",
            "Thời gian",
            "Nội dung",
            "Người chủ trì",
            "Người thực hiện",
            "Lực lượng tham gia",
        ]
        grid = doc.add_table(rows=1 + len(rows), cols=6)
        grid.style = "Table Grid"
        for j, text in enumerate(heads):
            grid.cell(0, j).paragraphs[0].add_run(text).bold = True
        for i, row in enumerate(rows, 1):
            for j, text in enumerate(row):
                if j:
                    grid.cell(i, j).text = text
        set_widths(grid, [1.2, 2.4, 5.6, 2.6, 3.2, 2.0])
        start = 1
        for i in range(2, len(rows) + 2):
            if i == len(rows) + 1 or rows[i - 1][0] != rows[start - 1][0]:
                cell = (
                    grid.cell(start, 0).merge(grid.cell(i - 1, 0))
                    if i - 1 > start
                    else grid.cell(start, 0)
                )
                for extra in cell.paragraphs[1:]:
                    extra._p.getparent().remove(extra._p)
                para = cell.paragraphs[0]
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for r in list(para.runs):
                    r._r.getparent().remove(r._r)
                run = para.add_run(rows[start - 1][0])
                run.bold = True
                run.font.all_caps = True
                tcpr = cell._tc.get_or_add_tcPr()
                tcpr.append(parse_xml(f'<w:textDirection xmlns:w="{_W}" w:val="btLr"/>'))
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                start = i

    head_lines = [*p["left_typed"], *p["right_typed"], *p["title_typed"]]
    table_lines = [" | ".join(r) for r in rows]
    return [
        ("docx", heading, head_lines),
        *_paras(p["legal_bases"]),
        ("p", p["opening"]),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        *_paras(p["aims"]),
        ("h", "II. NỘI DUNG, THỜI GIAN, LỰC LƯỢNG"),
        ("docx", schedule, table_lines),
        ("p", p["table_note"]),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        *_paras(p["closing"]),
        _sign(p),
    ]


# ------------------------------------------ 126: a template filled in content controls (docx)
def _sdt_inline(tag: str, value: str, bold: bool = False) -> str:
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/><w:text/></w:sdtPr>'
        f'<w:sdtContent><w:r>{b}<w:t xml:space="preserve">{escape(value)}</w:t></w:r></w:sdtContent></w:sdt>'
    )


def _label_para(label: str, sdt: str) -> str:
    return (
        f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:t xml:space="preserve">{escape(label)}</w:t></w:r>'
        f"{sdt}</w:p>"
    )


def content_control_cards(p: dict[str, Any]) -> list[Block]:
    """A plan filled in on the health sector's template: the cell's name, number and date sit in
    plain-text content controls of the heading; each topic is one item of a repeating-section
    content control holding a borderless two-column table (label – value), every value itself a
    content control (the time typed "Quý 1 – ngày 18/3/2026")."""

    def cards(doc: Any) -> None:
        from docx.oxml import parse_xml

        items = []
        for n, t in enumerate(p["topics"], 1):
            rows = [
                ("Chuyên đề số", str(n)),
                ("Tên chuyên đề", t["title"]),
                ("Thời gian", t["when"]),
                ("Người xây dựng đề cương", t["outline"]),
                ("Người báo cáo", t["speaker"]),
            ]
            trs = "".join(
                f'<w:tr><w:tc><w:tcPr><w:tcW w:w="2900" w:type="dxa"/></w:tcPr><w:p><w:r><w:rPr><w:b/></w:rPr>'
                f'<w:t xml:space="preserve">{escape(label)}:</w:t></w:r></w:p></w:tc>'
                f'<w:tc><w:tcPr><w:tcW w:w="6300" w:type="dxa"/></w:tcPr><w:p>'
                f"{_sdt_inline(label, value)}</w:p></w:tc></w:tr>"
                for label, value in rows
            )
            table = (
                '<w:tbl><w:tblPr><w:tblW w:w="9200" w:type="dxa"/><w:tblBorders>'
                '<w:top w:val="single" w:sz="4" w:space="0" w:color="999999"/>'
                '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="999999"/></w:tblBorders></w:tblPr>'
                f'<w:tblGrid><w:gridCol w:w="2900"/><w:gridCol w:w="6300"/></w:tblGrid>{trs}</w:tbl>'
                '<w:p/>'
            )  # fmt: skip
            items.append(
                "<w:sdt><w:sdtPr><w15:repeatingSectionItem/></w:sdtPr>"
                f"<w:sdtContent>{table}</w:sdtContent></w:sdt>"
            )
        block = (
            f'<w:sdt xmlns:w="{_W}" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
            '<w:sdtPr><w:alias w:val="Danh sách chuyên đề"/><w:tag w:val="chuyen_de"/>'
            "<w15:repeatingSection/></w:sdtPr>"
            f"<w:sdtContent>{''.join(items)}</w:sdtContent></w:sdt>"
        )
        body = doc.element.body
        body.insert(len(body) - 1, parse_xml(block))  # before the section properties

    def heading(doc: Any) -> None:
        from docx.oxml import parse_xml

        left = [
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
            f"<w:t>{escape(p['left'][0])}</w:t></w:r></w:p>",
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{_sdt_inline("Tên chi bộ", p["left"][1], True)}</w:p>',
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>*</w:t></w:r></w:p>',
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Số </w:t></w:r>'
            f"{_sdt_inline('Số văn bản', _number(p)[3:])}</w:p>",
        ]
        right = [
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{PARTY}</w:t></w:r></w:p>',
            '<w:p/>',
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(p["place"])}, </w:t></w:r>{_sdt_inline("Ngày ban hành", date_line(p).split(", ", 1)[1])}</w:p>',
        ]  # fmt: skip
        xml = (
            f'<w:tbl xmlns:w="{_W}"><w:tblPr><w:tblW w:w="9300" w:type="dxa"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="4300"/><w:gridCol w:w="5000"/></w:tblGrid><w:tr>'
            f'<w:tc><w:tcPr><w:tcW w:w="4300" w:type="dxa"/></w:tcPr>{"".join(left)}</w:tc>'
            f'<w:tc><w:tcPr><w:tcW w:w="5000" w:type="dxa"/></w:tcPr>{"".join(right)}</w:tc></w:tr></w:tbl>'
        )
        body = doc.element.body
        body.insert(len(body) - 1, parse_xml(xml))

    card_lines = []
    for n, t in enumerate(p["topics"], 1):
        card_lines += [
            f"Chuyên đề số: {n}",
            f"Tên chuyên đề: {t['title']}",
            f"Thời gian: {t['when']}",
            f"Người xây dựng đề cương: {t['outline']}",
            f"Người báo cáo: {t['speaker']}",
            "",
        ]
    return [
        ("docx", heading, [*p["left"], _number(p), date_line(p)]),
        ("title", p["title_lines"]),
        *_paras(p["legal_bases"]),
        ("p", p["opening"]),
        ("h", "1. Mục đích"),
        *_paras(p["aims"]),
        ("h", "2. Các chuyên đề trong năm"),
        ("docx", cards, card_lines),
        ("h", "3. Tổ chức thực hiện"),
        *_paras(p["closing"]),
        _sign(p),
    ]


# -------------------------------------------- 128: semester bands, teachers as "cô" (photo)
def semester_bands_photo(p: dict[str, Any]) -> list[Block]:
    """A one-page school-year schedule photographed on a desk: rows grouped under merged semester
    bands ("HỌC KỲ I (tháng 9/2025 – tháng 01/2026)", "HỌC KỲ II …", "HÈ 2026"), the columns Kỳ
    sinh hoạt – Quý – Tên chuyên đề – Người chuẩn bị – Người tham luận, the quarter typed
    "Q.IV/2025", the teachers called "cô" and "thầy" instead of "đ/c"."""
    heads = ["Kỳ sinh hoạt", "Quý", "Tên chuyên đề", "Người chuẩn bị", "Người tham luận"]
    bands: list[tuple[int, str]] = []
    rows: list[list[str]] = []
    for band, items in p["bands"]:
        bands.append((len(rows) + 1, band))
        rows.append([band, "", "", "", ""])
        rows += items

    def merge(doc: Any) -> None:
        grid = doc.tables[-1]
        for r, band in bands:
            cell = grid.cell(r, 0).merge(grid.cell(r, 4))
            for extra in cell.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            para = cell.paragraphs[0]
            for run in list(para.runs):
                run._r.getparent().remove(run._r)
            para.add_run(band).bold = True

    return [
        _head(p),
        ("title", p["title_lines"]),
        ("p", p["opening"]),
        ("table", heads, rows, "", [2.4, 1.8, 6.0, 3.2, 3.1]),
        ("docx", merge, []),
        *_paras(p["closing"]),
        _sign(p),
    ]


# ----------------------------------------------- 129: a Zalo group thread saved as text (txt)
def zalo_thread_text(p: dict[str, Any]) -> list[Block]:
    """The plan as the secretary posted it in the cell's Zalo group, copied out with the messages
    around it: "[dd/mm/yyyy hh:mm] Name: text" lines, emoji bullets, members' acknowledgements, and
    a later message correcting one date (the plan is what the correction makes it)."""
    return [("p", line) for line in p["thread"]]


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "g_tracked_schedule": tracked_schedule,
    "g_resolution_task_quarters": resolution_task_quarters,
    "g_email_reply_text": email_reply_text,
    "g_notice_by_person_words": notice_by_person_words,
    "g_numbered_topics_refs": numbered_topics_refs,
    "g_transposed_with_comments": transposed_with_comments,
    "g_caps_vertical_quarters": caps_vertical_quarters,
    "g_content_control_cards": content_control_cards,
    "g_semester_bands_photo": semester_bands_photo,
    "g_zalo_thread_text": zalo_thread_text,
}


# -------------------------------------------------------------------------------------- plans
_THD = "Trần Hùng Dựng"
_P120_ROWS: list[dict[str, Any]] = [
    {"cells": [[("Tháng 3/2024 (Quý 1)", "")], [(f"Đ/c {_THD} – Bí thư Chi bộ, Giám đốc HTX", "")],
               [("Xây dựng quy chế làm việc của Chi bộ và quy chế phối hợp giữa Chi bộ với Ban quản trị "
                 "HTX", "")], [("", "")]]},
    {"cells": [[("Tháng ", ""), ("5", "d"), ("6", "n"), ("/2024 (Quý 2)", "")],
               [("Đ/c ", ""), ("Phạm Văn Toản", "d"), ("Nguyễn Văn Thắng – Phó Giám đốc HTX", "n")],
               [("Sản xuất ổi theo tiêu chuẩn VietGAP, ghi nhật ký và truy xuất nguồn gốc sản phẩm", "")],
               [("Lùi do trùng vụ thu hoạch", "n")]]},
    {"row": "d",
     "cells": [[("Tháng 8/2024 (Quý 3)", "")], [("Đ/c Lê Thị Nhung", "")],
               [("Tham quan, học tập mô hình ổi hữu cơ ở xã Xuân Trúc", "")], [("", "")]]},
    {"row": "n",
     "cells": [[("Tháng 9/2024 (Quý 3)", "")],
               [(f"Đ/c {_THD} (chủ trì); đ/c Lê Thị Nhung – Kế toán HTX", "")],
               [("Đảng viên đi đầu đưa sản phẩm ổi Cẩm Ninh lên sàn thương mại điện tử", "")],
               [("Thay chuyên đề tham quan", "")]]},
    {"cells": [[("Tháng 11/2024 (Quý 4)", "")], [("Đ/c Phạm Văn Toản – Tổ trưởng tổ sản xuất số 2", "")],
               [("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tinh thần tự lực, tự cường trong "
                 "phát triển kinh tế tập thể", "")], [("", "")]]},
]  # fmt: skip

_P120_TOPICS = [
    _t("Xây dựng quy chế làm việc của Chi bộ và quy chế phối hợp giữa Chi bộ với Ban quản trị HTX",
       1, 3, [_THD]),
    _t("Sản xuất ổi theo tiêu chuẩn VietGAP, ghi nhật ký và truy xuất nguồn gốc sản phẩm", 2, 6,
       ["Nguyễn Văn Thắng"]),
    _t("Đảng viên đi đầu đưa sản phẩm ổi Cẩm Ninh lên sàn thương mại điện tử", 3, 9,
       [_THD, "Lê Thị Nhung"]),
    _t("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tinh thần tự lực, tự cường trong phát "
       "triển kinh tế tập thể", 4, 11, ["Phạm Văn Toản"]),
]  # fmt: skip

_LQT = "Lại Quang Trung"
_P122_TASKS: dict[str, list[tuple[str, str]]] = {
    "I": [
        ("- Rà soát hộ chiếu kỹ thuật các lò chợ, đường lò chuẩn bị sản xuất năm 2023", "đ/c Đặng Văn Hải"),
        ("- SHCĐ (T3): “Ứng dụng cơ giới hóa đào lò, nâng năng suất và giảm lao động nặng nhọc” – "
         "KS. Vũ Minh Tuấn trình bày, đ/c Lại Quang Trung chủ trì", "KS. Vũ Minh Tuấn; đ/c Lại Quang Trung"),
        ("- Hướng dẫn quần chúng ưu tú học lớp nhận thức về Đảng", "đ/c Lại Quang Trung"),
    ],
    "II": [
        ("- Kiểm tra công tác thông gió, thoát nước mùa mưa", "đ/c Đặng Văn Hải"),
        ("- SHCĐ (T6): “Đảng viên gương mẫu thực hiện quy trình an toàn trong thiết kế, thi công mỏ "
         "hầm lò” – KS. Trịnh Văn Phong", "KS. Trịnh Văn Phong"),
        ("- Sơ kết 6 tháng thực hiện Nghị quyết chi bộ", "Chi ủy"),
    ],
    "III": [
        ("- Tham gia Hội thi sáng kiến cải tiến kỹ thuật cấp Công ty", "đ/c Nguyễn Thị Thu Hà"),
        ("- SHCĐ (T9): “Chuyển đổi số trong quản lý hồ sơ kỹ thuật và bản đồ mỏ” – KS. Nguyễn Thị "
         "Thu Hà, KS. Vũ Minh Tuấn", "KS. Nguyễn Thị Thu Hà; KS. Vũ Minh Tuấn"),
    ],
    "IV": [
        ("- Lập kế hoạch kỹ thuật năm 2024", "đ/c Đặng Văn Hải"),
        ("- SHCĐ (T11): “Học tập và làm theo Bác về tác phong sâu sát cơ sở của người cán bộ kỹ "
         "thuật” – đ/c Lại Quang Trung", "đ/c Lại Quang Trung"),
        ("- Kiểm điểm, đánh giá, xếp loại đảng viên năm 2023", "Chi ủy"),
    ],
}  # fmt: skip

_P122_TOPICS = [
    _t("Ứng dụng cơ giới hóa đào lò, nâng năng suất và giảm lao động nặng nhọc", 1, 3,
       ["Vũ Minh Tuấn", _LQT]),
    _t("Đảng viên gương mẫu thực hiện quy trình an toàn trong thiết kế, thi công mỏ hầm lò", 2, 6,
       ["Trịnh Văn Phong"]),
    _t("Chuyển đổi số trong quản lý hồ sơ kỹ thuật và bản đồ mỏ", 3, 9,
       ["Nguyễn Thị Thu Hà", "Vũ Minh Tuấn"]),
    _t("Học tập và làm theo Bác về tác phong sâu sát cơ sở của người cán bộ kỹ thuật", 4, 11, [_LQT]),
]  # fmt: skip

_LVT = "Lăng Văn Tuấn"
_P123_TOPICS = [
    _t("Phòng, chống dịch Covid-19 và quản lý người qua lại đường mòn, lối mở trên địa bàn thôn", 1, 3,
       [_LVT, "Hoàng Trung Hiếu"]),
    _t("Phát triển cây hồi, cây thông gắn với bảo vệ rừng đầu nguồn", 2, 5, ["Vi Văn Hợp"]),
    _t("Học tập và làm theo Bác: đảng viên giúp hộ nghèo phát triển chăn nuôi", 3, 9,
       ["Hoàng Thị Mai"]),
    _t("Xây dựng khu dân cư an toàn về an ninh, trật tự ở thôn biên giới", 4, 10,
       [_LVT, "Triệu Văn Lâm"]),
]  # fmt: skip

_P123_LINES = [
    "ĐẢNG BỘ XÃ YÊN KHOÁI          ĐẢNG CỘNG SẢN VIỆT NAM",
    "CHI BỘ THÔN QUÂN PHÁT",
    "        *           Yên Khoái, ngày 06 tháng 01 năm 2020",
    "Số 01-KH/CB",
    "",
    "KẾ HOẠCH",
    "Sinh hoạt chuyên đề năm 2020",
    "",
    "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về một số vấn đề nâng "
    "cao chất lượng sinh hoạt chi bộ;",
    "Căn cứ Nghị quyết Chi bộ thôn Quân Phát năm 2020;",
    "Chi bộ thôn Quân Phát (xã Yên Khoái, huyện Lộc Bình) có 21 đảng viên; từ năm 2019 có các đồng chí "
    "đảng viên Đồn Biên phòng Cửa khẩu Chi Ma được phân công dự sinh hoạt cùng chi bộ. Chi bộ xây "
    "dựng kế hoạch sinh hoạt chuyên đề năm 2020 như sau:",
    "",
    "1. Mục đích",
    "  - Mỗi quý một chuyên đề, chọn việc sát với thôn biên giới; đảng viên Đồn Biên phòng cùng trao "
    "đổi, nắm tình hình.",
    "2. Nội dung, thời gian, người chuẩn bị",
    "  * Quý I - sinh hoạt tháng 3/2020: Phòng, chống dịch Covid-19 và quản lý người qua lại đường "
    "mòn, lối mở trên địa bàn thôn.",
    "    Người chuẩn bị: đ/c Lăng Văn Tuấn, Bí thư chi bộ, Trưởng thôn (chủ trì); Trung tá Hoàng Trung "
    "Hiếu, Chính trị viên phó Đồn BPCK Chi Ma (thông tin tình hình biên giới).",
    "  * Quý II - tuần 2 tháng 5: Phát triển cây hồi, cây thông gắn với bảo vệ rừng đầu nguồn.",
    "    Người chuẩn bị: đ/c Vi Văn Hợp, chi ủy viên.",
    "  * Quý III - chuẩn bị từ 15/8, sinh hoạt ngày 15/9/2020: Học tập và làm theo Bác: đảng viên giúp "
    "hộ nghèo phát triển chăn nuôi.",
    "    Người chuẩn bị: đ/c Hoàng Thị Mai, Chi hội trưởng Phụ nữ.",
    "  * Quý IV - tuần 2 tháng 10: Xây dựng khu dân cư an toàn về an ninh, trật tự ở thôn biên giới.",
    "    Người chuẩn bị: đ/c Lăng Văn Tuấn; đ/c Triệu Văn Lâm, Công an viên.",
    "3. Tổ chức thực hiện",
    "  - Người chuẩn bị gửi đề cương cho chi ủy trước kỳ sinh hoạt 5 ngày.",
    "  - Mời Đảng ủy xã, Đồn BPCK Chi Ma dự các kỳ sinh hoạt chuyên đề.",
    "",
    "Nơi nhận:                               T/M CHI BỘ",
    "- Đảng ủy xã Yên Khoái (b/c);           BÍ THƯ",
    "- Đồn BPCK Chi Ma;",
    "- Lưu chi bộ.                           Lăng Văn Tuấn",
]

_PXH = "Phạm Xuân Hùng"
_P127_TOPICS = [
    _t("Chi bộ lãnh đạo HTX chuyển đổi cơ cấu cây trồng, mở rộng vùng lúa chất lượng cao", 1, 1, [_PXH]),
    _t("Nâng cao chất lượng dịch vụ thủy lợi, bảo vệ thực vật cho hơn 230 thành viên HTX", 2, 7,
       ["Đinh Văn Khoa"], conflict=True),
    _t("Minh bạch tài chính HTX, công khai giá dịch vụ với thành viên", 3, 9, ["Vũ Thị Lan"]),
    _t("Học tập và làm theo Bác về tinh thần phục vụ nhân dân trong hoạt động dịch vụ nông nghiệp", 4,
       12, [_PXH, "Vũ Thị Lan"]),
]  # fmt: skip

PLANS: list[T] = [
    {
        "id": "120_chi_bo_htx_san_xuat_oi_cam_ninh_2024",
        "half": "dev",
        "fmt": "docx",
        "layout": "g_tracked_schedule",
        "province": "Hưng Yên",
        "source": "http://anthi.hungyen.gov.vn/portal/pages/print.aspx?p=11003",
        "source_says": "Cổng thông tin huyện Ân Thi: ngày 21/4/2023 Đảng ủy xã Cẩm Ninh công bố quyết định "
        "thành lập Chi bộ hợp tác xã (HTX) sản xuất ổi; HTX có 27 thành viên, chi bộ có 05 đảng viên; "
        "đồng chí Trần Hùng Dựng được chỉ định làm Bí thư chi bộ; chi bộ xây dựng quy chế hoạt động và "
        "phân công nhiệm vụ cho đảng viên.",
        "completed": [
            "the page reports the cell's founding, not a plan: its thematic schedule for 2024 (number, "
            "date, bases, aims, the four topics, months and preparers, the notes) is written as a small "
            "cooperative's cell would type it, then revised in Word with Track Changes on (a month and a "
            "preparer replaced, one topic row deleted and one inserted); the truth is the schedule with "
            "the changes accepted",
            "the first topic follows the page (the cell's working rules); the other topics, the four "
            "members other than the secretary and their posts are completed",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ Hợp tác xã sản xuất ổi Cẩm Ninh",
        "committee_name": "Đảng bộ xã Cẩm Ninh",
        "left": ["ĐẢNG BỘ XÃ CẨM NINH", "CHI BỘ HTX SẢN XUẤT ỔI"],
        "send_to": ["Đảng ủy xã Cẩm Ninh (để báo cáo)", "Ban quản trị HTX"],
        "title_lines": ["LỊCH SINH HOẠT CHUYÊN ĐỀ", "NĂM 2024"],
        "number": 2,
        "type_code": "KH",
        "date": "2024-01-15",
        "place": "Cẩm Ninh",
        "revised_on": "2024-04-22",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Quy chế làm việc của Chi bộ Hợp tác xã sản xuất ổi Cẩm Ninh;",
        ],
        "opening": "Chi bộ Hợp tác xã sản xuất ổi Cẩm Ninh có 05 đảng viên, sinh hoạt ngày 05 hằng "
        "tháng tại trụ sở HTX. Chi bộ lập lịch sinh hoạt chuyên đề năm 2024 như sau:",
        "aims": [
            "- Mỗi quý sinh hoạt một chuyên đề, gắn với việc sản xuất, tiêu thụ ổi của HTX.",
            "- Đảng viên được phân công chuẩn bị đề cương, các đảng viên khác đọc trước và góp ý.",
        ],
        "table_intro": "Các kỳ sinh hoạt chuyên đề và đồng chí thực hiện:",
        "table_note": "(Lịch điều chỉnh theo kết luận của Chi bộ kỳ sinh hoạt tháng 4/2024.)",
        "revised_rows": _P120_ROWS,
        "topics": _P120_TOPICS,
        "targets": [],
        "closing": [
            "- Đồng chí thực hiện gửi đề cương cho Bí thư Chi bộ trước kỳ sinh hoạt 07 ngày.",
            "- Kết quả sinh hoạt chuyên đề ghi vào sổ biên bản và báo cáo Đảng ủy xã Cẩm Ninh.",
        ],
        "secretary": _THD,
    },
    {
        "id": "122_chi_bo_phong_kcm_than_mong_duong_2023",
        "half": "dev",
        "fmt": "odt",
        "layout": "g_resolution_task_quarters",
        "province": "Quảng Ninh",
        "source": "http://mongduongcoal.vn/bv/gioi-thieu-c1/chi-bo-kcm-to-chuc-thanh-cong-dai-hoi-diem-"
        "nhiem-ky-20222025-p926",
        "source_says": "Trang của Công ty CP than Mông Dương: ngày 11/6/2022 Chi bộ phòng Kỹ thuật Công nghệ "
        "Mỏ tổ chức đại hội lần thứ III, nhiệm kỳ 2022–2025 (đại hội điểm của Đảng bộ Công ty); đồng "
        "chí Lại Quang Trung tái cử Bí thư Chi bộ phòng KCM; Đảng ủy Than Quảng Ninh chỉ đạo. Trang "
        "khác của Công ty nói các chi bộ sinh hoạt thường kỳ hằng tháng và sinh hoạt chuyên đề hằng quý.",
        "completed": [
            "the page reports the cell's congress: its resolution for 2023 (number, date, bases, the "
            "review, the target table, the quarterly tasks and the four thematic meetings with their "
            "presenters) is written as an engineering department's cell would type it",
            "the engineers other than the secretary, the figures of 2022 and the targets are completed",
        ],
        "kind": "activity",
        "year": 2023,
        "cell_name": "Chi bộ phòng Kỹ thuật Công nghệ Mỏ",
        "committee_name": "Đảng bộ Công ty CP Than Mông Dương",
        "left": ["ĐẢNG BỘ CÔNG TY CP THAN MÔNG DƯƠNG", "CHI BỘ PHÒNG KCM"],
        "send_to": ["Đảng ủy Công ty (báo cáo)", "Đảng viên trong chi bộ"],
        "title_lines": ["NGHỊ QUYẾT", "lãnh đạo thực hiện nhiệm vụ năm 2023"],
        "number": 1,
        "type_code": "NQ",
        "date": "2023-01-10",
        "place": "Cẩm Phả",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ phòng Kỹ thuật Công nghệ Mỏ lần thứ III, nhiệm kỳ 2022 – "
            "2025;",
            "Căn cứ Nghị quyết số 05-NQ/ĐU ngày 18/8/2021 của Đảng ủy Than Quảng Ninh về nâng cao chất "
            "lượng sinh hoạt chi bộ;",
        ],
        "opening": "Ngày 06/01/2023, Chi bộ phòng Kỹ thuật Công nghệ Mỏ họp, 14/15 đảng viên có mặt, "
        "thảo luận và quyết nghị:",
        "review": [
            "Năm 2022 phòng hoàn thành hồ sơ kỹ thuật cho các diện sản xuất đúng tiến độ; có 02 sáng kiến "
            "được Công ty công nhận; chi bộ được xếp loại hoàn thành tốt nhiệm vụ.",
        ],
        "target_rows": [
            ("Đảng viên hoàn thành tốt nhiệm vụ trở lên", "93%", "100%"),
            ("Sáng kiến cải tiến kỹ thuật được công nhận", "02", "ít nhất 03"),
            ("Tai nạn lao động nặng do nguyên nhân thiết kế kỹ thuật", "0", "Không để xảy ra"),
            ("Xếp loại chi bộ", "Hoàn thành tốt", "Hoàn thành tốt nhiệm vụ"),
        ],
        "targets": [
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Ít nhất 03 sáng kiến cải tiến kỹ thuật được công nhận", "count", 3),
            target(
                "Không để xảy ra tai nạn lao động nặng do nguyên nhân thiết kế kỹ thuật", "yes_no"
            ),
            target("Chi bộ hoàn thành tốt nhiệm vụ", "yes_no"),
        ],
        "task_intro": "Sinh hoạt thường kỳ ngày 10 hằng tháng; sinh hoạt chuyên đề (SHCĐ) mỗi quý một "
        "lần, ghép vào kỳ thường kỳ của tháng ghi trong ngoặc.",
        "quarter_tasks": _P122_TASKS,
        "task_note": "Người trình bày SHCĐ gửi đề cương cho chi ủy trước 05 ngày.",
        "topics": _P122_TOPICS,
        "closing": [
            "- Chi ủy cụ thể hóa Nghị quyết thành chương trình công tác từng tháng.",
            "- Đảng viên đăng ký việc làm theo Nghị quyết, báo cáo kết quả tại kỳ sơ kết 6 tháng.",
        ],
        "sign_for": "T/M CHI BỘ",
        "secretary": _LQT,
    },
    {
        "id": "123_chi_bo_thon_quan_phat_yen_khoai_2020",
        "half": "dev",
        "fmt": "txt",
        "layout": "g_email_reply_text",
        "province": "Lạng Sơn",
        "source": "http://baolangson.vn/chinh-tri/xay-dung-dang/259606-don-bien-phong-cua-khau-chi-ma-diem-"
        "sang-phan-cong-dang-vien-tham-du-sinh-hoat-tai-chi-bo-thon.html",
        "source_says": "Báo Lạng Sơn (07/7/2020): Đảng ủy Đồn Biên phòng Cửa khẩu Chi Ma ban hành Nghị quyết "
        "số 43-NQ/ĐUBP ngày 28/1/2019 về phân công đảng viên dự sinh hoạt chi bộ thôn giáp biên; 12 "
        "đảng viên chia 3 tổ dự sinh hoạt tại Chi bộ thôn Quân Phát (xã Yên Khoái), Chi bộ thôn Bản "
        "Luồng (xã Tú Mịch) và Chi bộ thôn Lặp Pịa (xã Mẫu Sơn), huyện Lộc Bình; Trung tá Hoàng Trung "
        "Hiếu là Chính trị viên phó Đồn.",
        "completed": [
            "the page is about the border post: the village cell's thematic plan for 2020 (number, date, "
            "bases, member count, four topics with their times and preparers) is written as a village "
            "cell types it and pasted into an e-mail to the commune Party office; the file is that "
            "e-mail as the office saved it (reply on top, the plan quoted with “> ”)",
            "the secretary and the village members are completed; the border officer follows the page",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ thôn Quân Phát",
        "committee_name": "Đảng bộ xã Yên Khoái",
        "number": 1,
        "type_code": "KH",
        "date": "2020-01-06",
        "place": "Yên Khoái",
        "legal_bases": [BASE_HD12, "Căn cứ Nghị quyết Chi bộ thôn Quân Phát năm 2020;"],
        "mail_from": "Van phong Dang uy xa Yen Khoai <vpdu.yenkhoai@gmail.com>",
        "mail_sent": "Friday, January 10, 2020 8:42 AM",
        "mail_to": "Lang Van Tuan <tuanlv.quanphat@gmail.com>",
        "mail_subject": "RE: KH sinh hoat chuyen de 2020 - CB thon Quan Phat",
        "mail_reply": [
            "Văn phòng đã nhận, đề nghị đ/c gửi bản có chữ ký, đóng dấu khi lên họp giao ban.",
            "Trân trọng!",
        ],
        "mail_quote_intro": "On Thu, Jan 9, 2020 at 4:15 PM Lang Van Tuan <tuanlv.quanphat@gmail.com> wrote:",
        "plan_lines": [
            "Kính gửi Văn phòng Đảng ủy xã, file đính kèm bị lỗi phông nên tôi dán vào thư:",
            "",
            *_P123_LINES,
        ],
        "topics": _P123_TOPICS,
        "targets": [],
        "closing": [],
        "secretary": _LVT,
    },
    {
        "id": "127_chi_bo_htx_dvnn_yen_phong_ninh_phong_2023",
        "half": "dev",
        "fmt": "odt",
        "layout": "g_notice_by_person_words",
        "province": "Ninh Bình",
        "source": "https://vietnam.vn/ja/cong-bo-quyet-dinh-thanh-lap-chi-bo-htx-dich-vu-nong-nghiep-yen-phong",
        "source_says": "vietnam.vn (bản tiếng Nhật của tin Báo Ninh Bình): chiều 11/10, Ban Thường vụ Đảng ủy "
        "phường Ninh Phong (thành phố Ninh Bình) công bố quyết định thành lập Chi bộ HTX dịch vụ nông "
        "nghiệp Yên Phong gồm 3 đảng viên; đồng chí Phạm Xuân Hùng, Chủ tịch HĐQT, Giám đốc HTX, được "
        "chỉ định làm Bí thư chi bộ nhiệm kỳ 2022–2025; HTX có hơn 230 thành viên; Đảng bộ phường có 21 "
        "chi bộ.",
        "completed": [
            "the page reports the cell's founding in 2022: its notice assigning the four thematic "
            "meetings of 2023 (number, date, the topics, the quarter and month of each in words) is "
            "written as a three-member cell would type it",
            "the two members other than the secretary and their posts are completed; the second topic's "
            "month (tháng Bảy) is outside its quarter (quý II) as the notice types it",
        ],
        "kind": "thematic",
        "year": 2023,
        "cell_name": "Chi bộ HTX dịch vụ nông nghiệp Yên Phong",
        "committee_name": "Đảng bộ phường Ninh Phong",
        "left": ["ĐẢNG BỘ PHƯỜNG NINH PHONG", "CHI BỘ HTX DỊCH VỤ", "NÔNG NGHIỆP YÊN PHONG"],
        "send_to": ["Đảng ủy phường Ninh Phong (b/c)", "Các đồng chí đảng viên"],
        "title_lines": ["THÔNG BÁO", "Phân công chuẩn bị sinh hoạt chuyên đề năm 2023"],
        "number": 3,
        "type_code": "TB",
        "date": "2023-01-04",
        "place": "Ninh Phong",
        "legal_bases": [],
        "opening": "Theo kết luận tại kỳ sinh hoạt tháng 12/2022, Chi bộ HTX dịch vụ nông "
        "nghiệp Yên Phong thông báo phân công các đồng chí đảng viên chuẩn bị nội dung sinh hoạt "
        "chuyên đề năm 2023 như sau:",
        "assignments": [
            (
                "Đồng chí Phạm Xuân Hùng – Bí thư Chi bộ, Giám đốc HTX",
                [
                    "- Chuyên đề quý I: “Chi bộ lãnh đạo HTX chuyển đổi cơ cấu cây trồng, mở rộng vùng lúa chất "
                    "lượng cao”; sinh hoạt vào kỳ tháng Giêng.",
                    "- Cùng đồng chí Vũ Thị Lan chuẩn bị chuyên đề quý IV: “Học tập và làm theo Bác về tinh thần "
                    "phục vụ nhân dân trong hoạt động dịch vụ nông nghiệp”, đồng chí Hùng chủ trì; sinh hoạt "
                    "kỳ tháng Chạp.",
                ],
            ),
            (
                "Đồng chí Đinh Văn Khoa – Phó Giám đốc HTX",
                [
                    "- Chuyên đề quý II: “Nâng cao chất lượng dịch vụ thủy lợi, bảo vệ thực vật cho hơn 230 "
                    "thành viên HTX”; do vụ chiêm xuân thu hoạch muộn, sinh hoạt vào kỳ tháng Bảy.",
                ],
            ),
            (
                "Đồng chí Vũ Thị Lan – Kế toán HTX",
                [
                    "- Chuyên đề quý III: “Minh bạch tài chính HTX, công khai giá dịch vụ với thành viên”; "
                    "sinh hoạt vào kỳ tháng Chín.",
                ],
            ),
        ],
        "topics": _P127_TOPICS,
        "targets": [],
        "closing": [
            "Các đồng chí chuẩn bị đề cương, gửi Bí thư Chi bộ trước kỳ sinh hoạt một tuần. Mời đồng chí "
            "Đảng ủy viên phụ trách chi bộ dự các kỳ sinh hoạt chuyên đề.",
        ],
        "secretary": _PXH,
    },
]

# ------------------------------------------------------------------------- plans 121, 124–126
_PVB = "Phạm Văn Bình"
_P121_TOPICS = [
    _t("Học tập tấm gương đạo đức Hồ Chí Minh qua hoạt động thiện nguyện tại Trung tâm Nhi khoa, Bệnh "
       "viện Đa khoa Trung ương Thái Nguyên và về nguồn tại ATK Định Hóa", 1, 1,
       [_PVB, "Lê Thị Hồng Vân"], when="sinh hoạt thực tế ngày 07/01/2018"),
    _t("Đổi mới phương pháp giảng dạy các học phần lý luận chính trị theo hướng phát huy tính tích cực "
       "của sinh viên", 2, 4, ["Đỗ Mạnh Cường"], when="tháng 4/2018"),
    _t("Giảng viên đảng viên tham gia đấu tranh phản bác quan điểm sai trái, thù địch trên không gian "
       "mạng", 3, 9, ["Nguyễn Thị Thu Hằng", "Đỗ Mạnh Cường"], when="tháng 9/2018, đầu năm học mới"),
    _t("Nâng cao chất lượng nghiên cứu khoa học của giảng viên trẻ trong Khoa", 4, 11, [_PVB],
       when="tháng 11/2018"),
]  # fmt: skip

_DVT = "Đỗ Văn Thanh"
_P124_TOPICS = [
    _t("Thu gom, phân loại rác thải tại nguồn, giữ gìn cảnh quan khu dân cư thôn Mới", 1, 3,
       ["Hoàng Thị Nga", _DVT], when="Kỳ sinh hoạt ngày 03/3/2026",
       outline="Đ/c Hoàng Thị Nga – Chi hội trưởng Phụ nữ", speaker=f"Đ/c {_DVT} – Bí thư Chi bộ"),
    _t("Hướng dẫn người dân làm thủ tục hành chính trực tuyến: đăng ký khai sinh, khai tử, đất đai", 2,
       6, ["Trần Minh Đức"], when="Tháng 6/2026",
       outline="Đ/c Trần Minh Đức – công chức UBND xã", speaker="Đ/c Trần Minh Đức"),
    _t("Đảng viên gương mẫu chấp hành quy định về đất đai, không lấn chiếm hành lang giao thông", 3, 8,
       ["Nguyễn Văn Lộc"], when="Tháng 8 (kỳ sinh hoạt ngày 03/8)",
       outline="Đ/c Nguyễn Văn Lộc", speaker="Đ/c Nguyễn Văn Lộc – Trưởng thôn"),
    _t("Học tập và làm theo Bác về xây dựng khối đại đoàn kết toàn dân tộc ở khu dân cư", 4, 11,
       [_DVT, "Hoàng Thị Nga"], when="03/11/2026",
       outline=f"Đ/c {_DVT}", speaker=f"Đ/c {_DVT}; đ/c Hoàng Thị Nga"),
]  # fmt: skip

_TNH = "Thào Nguyên Hồ"
_P125_ROWS = [
    ["Quý I", "Tháng 02/2026", "Sinh hoạt thường kỳ: quán triệt Nghị quyết Đại hội XIV của Đảng",
     "Chi ủy", "Theo kế hoạch của Đồn", "Toàn chi bộ"],
    ["Quý I", "Ngày 20/3/2026", "Chuyên đề: Phát huy vai trò đảng viên phụ trách hộ gia đình ở các bản "
     "biên giới", f"Thiếu tá {_TNH}", "Đại úy Lò Văn Sơn", "Toàn chi bộ"],
    ["Quý II", "Ngày 15/6/2026", "Chuyên đề: Quân y Đồn phối hợp Trạm Y tế xã khám, cấp thuốc cho nhân "
     "dân 19 bản", "Đại úy Lò Văn Sơn", "Thượng úy QNCN Vàng A Chớ", "Toàn chi bộ; mời Trạm Y tế xã"],
    ["Quý III", "Tháng 7/2026", "Sinh hoạt thường kỳ: sơ kết 6 tháng thực hiện nghị quyết",
     "Chi ủy", "Chi ủy", "Toàn chi bộ"],
    ["Quý III", "Ngày 18/9/2026", "Chuyên đề: Vận động nhân dân không di cư tự do, không xuất cảnh trái "
     "phép qua biên giới", f"Thiếu tá {_TNH}", "Trung úy Cầm Văn Thủy; Đại úy Lò Văn Sơn", "Toàn chi bộ"],
    ["Quý IV", "Ngày 10/12/2026", "Chuyên đề: Học tập và làm theo Bác “Quân với dân như cá với nước”: "
     "Bộ đội Biên phòng giúp dân thoát nghèo", f"Thiếu tá {_TNH}", f"Thiếu tá {_TNH}", "Toàn chi bộ"],
]  # fmt: skip
_P125_TOPICS = [
    _t("Phát huy vai trò đảng viên phụ trách hộ gia đình ở các bản biên giới", 1, 3, [_TNH, "Lò Văn Sơn"]),
    _t("Quân y Đồn phối hợp Trạm Y tế xã khám, cấp thuốc cho nhân dân 19 bản", 2, 6,
       ["Lò Văn Sơn", "Vàng A Chớ"]),
    _t("Vận động nhân dân không di cư tự do, không xuất cảnh trái phép qua biên giới", 3, 9,
       [_TNH, "Cầm Văn Thủy", "Lò Văn Sơn"]),
    _t("Học tập và làm theo Bác “Quân với dân như cá với nước”: Bộ đội Biên phòng giúp dân thoát nghèo",
       4, 12, [_TNH]),
]  # fmt: skip

_NMT = "Nguyễn Thị Minh Thu"
_P126_TOPICS = [
    _t("Học tập Thư Chủ tịch Hồ Chí Minh gửi Hội nghị cán bộ y tế năm 1955: “Lương y phải như từ mẫu”",
       1, 3, [_NMT, "Trần Thị Hà"], when="Quý 1 – ngày 18/3/2026",
       outline=f"BS. {_NMT} – Bí thư Chi bộ", speaker=f"BS. {_NMT}; ĐD. Trần Thị Hà"),
    _t("Đổi mới phong cách, thái độ phục vụ, hướng tới sự hài lòng của người bệnh tại Trạm Y tế phường",
       2, 6, ["Trần Thị Hà"], when="Quý 2 – ngày 17/6/2026",
       outline="ĐD. Trần Thị Hà – Điều dưỡng trưởng", speaker="ĐD. Trần Thị Hà"),
    _t("Quản lý bệnh không lây nhiễm tại cộng đồng sau khi sắp xếp chính quyền hai cấp", 3, 9,
       ["Vũ Đình Hải", "Đặng Văn Long"], when="Quý 3 – ngày 16/9/2026",
       outline="BS. Vũ Đình Hải – Phó Giám đốc", speaker="BS. Vũ Đình Hải; YS. Đặng Văn Long"),
    _t("Chuyển đổi số trong khám, chữa bệnh: hồ sơ sức khỏe điện tử, thanh toán không dùng tiền mặt", 4,
       12, ["Lê Thu Trang", _NMT], when="Quý 4 – ngày 16/12/2026",
       outline="DS. Lê Thu Trang", speaker=f"DS. Lê Thu Trang; BS. {_NMT}"),
]  # fmt: skip

PLANS += [
    {
        "id": "121_chi_bo_khoa_llct_pl_dh_cong_nghiep_ha_noi_2018",
        "half": "dev",
        "fmt": "doc",
        "layout": "g_numbered_topics_refs",
        "province": "Hà Nội",
        "source": "https://haui.edu.vn/vn/page/kml/detail/59569",
        "source_says": "Trang Trường Đại học Công nghiệp Hà Nội: ngày 07/01/2018 Chi bộ Khoa Lý luận Chính "
        "trị – Pháp luật (Ban Chi ủy và hơn 20 đảng viên, thay mặt 40 cán bộ, giảng viên của Khoa) sinh "
        "hoạt thực tế ở tỉnh Thái Nguyên: thăm, tặng 17 suất quà cho các cháu bị thiếu máu huyết tán và "
        "80 phần quà cho bệnh nhi tại Trung tâm Nhi khoa, Bệnh viện Đa khoa Trung ương Thái Nguyên, "
        "thăm di tích, nhằm học tập và làm theo tấm gương đạo đức Hồ Chí Minh.",
        "completed": [
            "the page reports one meeting: the cell's plan carrying out its 2018 resolution (number, "
            "date, bases, targets, tasks, the four topics and the assignment section) is written as a "
            "university faculty's cell would type it; the first topic is the page's field meeting",
            "the secretary, the other lecturers and their posts, the three later topics and the targets "
            "are completed",
        ],
        "kind": "activity",
        "year": 2018,
        "cell_name": "Chi bộ Khoa Lý luận Chính trị – Pháp luật",
        "committee_name": "Đảng bộ Trường Đại học Công nghiệp Hà Nội",
        "left": [
            "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP HÀ NỘI",
            "CHI BỘ KHOA LÝ LUẬN",
            "CHÍNH TRỊ – PHÁP LUẬT",
        ],
        "send_to": ["Đảng ủy Trường (để báo cáo)", "Đảng viên trong chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Thực hiện Nghị quyết Chi bộ năm 2018"],
        "number": 2,
        "type_code": "KH",
        "date": "2018-01-02",
        "place": "Hà Nội",
        "legal_bases": [
            "Căn cứ Nghị quyết số 01-NQ/CB ngày 28/12/2017 của Chi bộ Khoa Lý luận Chính trị – Pháp luật về "
            "nhiệm vụ năm 2018;",
            "Căn cứ Chương trình công tác năm 2018 của Đảng ủy Trường Đại học Công nghiệp Hà Nội;",
        ],
        "opening": "Chi bộ Khoa Lý luận Chính trị – Pháp luật xây dựng kế hoạch thực hiện Nghị quyết năm "
        "2018 như sau:",
        "aims": [
            "- Phấn đấu 100% đảng viên hoàn thành tốt nhiệm vụ trở lên, trong đó ít nhất 20% hoàn thành "
            "xuất sắc nhiệm vụ.",
            "- Mỗi giảng viên là đảng viên có ít nhất 01 bài báo khoa học trong năm.",
            "- Giới thiệu 01 quần chúng ưu tú để Đảng ủy Trường xem xét kết nạp.",
        ],
        "targets": [
            target("100% đảng viên hoàn thành tốt nhiệm vụ trở lên", "percent", 100),
            target("Ít nhất 20% đảng viên hoàn thành xuất sắc nhiệm vụ", "percent", 20),
            target("Mỗi giảng viên là đảng viên có ít nhất 01 bài báo khoa học", "count", 1),
            target("Giới thiệu 01 quần chúng ưu tú để kết nạp", "count", 1),
        ],
        "tasks": [
            (
                "Công tác chính trị, tư tưởng",
                [
                    "Quán triệt kịp thời nghị quyết của cấp trên; nắm tư tưởng giảng viên, sinh viên trước "
                    "các sự kiện chính trị.",
                ],
            ),
            (
                "Công tác chuyên môn",
                [
                    "Hoàn thành biên soạn đề cương các học phần lý luận chính trị theo chương trình mới; dự giờ "
                    "mỗi giảng viên ít nhất 02 tiết trong năm.",
                ],
            ),
            (
                "Sinh hoạt chi bộ",
                [
                    "Sinh hoạt thường kỳ vào thứ Năm tuần đầu của tháng; mỗi quý một kỳ sinh hoạt chuyên đề "
                    "như sau:",
                ],
            ),
            (
                "Công tác phát triển đảng viên",
                [
                    "Bồi dưỡng quần chúng ưu tú là giảng viên trẻ, cử đi học lớp nhận thức về Đảng.",
                ],
            ),
        ],
        "topics_in_task": 3,
        "topics": _P121_TOPICS,
        "assign": [
            f"- TS. {_PVB} – Trưởng khoa, Bí thư Chi bộ: chủ trì chuyên đề 1 và chuyên đề 4; chỉ đạo chung.",
            "- ThS. Lê Thị Hồng Vân – Chi ủy viên, Chủ tịch Công đoàn Khoa: phối hợp chuẩn bị chuyên đề 1.",
            "- TS. Đỗ Mạnh Cường – Phó Bí thư Chi bộ, Phó Trưởng khoa: chuẩn bị chuyên đề 2; cùng ThS. "
            "Nguyễn Thị Thu Hằng chuẩn bị chuyên đề 3.",
            "- ThS. Nguyễn Thị Thu Hằng – Trưởng Bộ môn Pháp luật: báo cáo chuyên đề 3.",
            "- Các đảng viên khác đọc tài liệu, tham gia ý kiến tại các kỳ sinh hoạt.",
        ],
        "closing": [
            "Chi ủy theo dõi, đôn đốc; sơ kết việc thực hiện kế hoạch vào tháng 7/2018 và báo cáo Đảng ủy "
            "Trường.",
        ],
        "secretary": _PVB,
    },
    {
        "id": "124_chi_bo_thon_moi_vinh_hung_2026",
        "half": "dev",
        "fmt": "docx",
        "layout": "g_transposed_with_comments",
        "province": "Phú Thọ",
        "source": "https://vinhhung.phutho.gov.vn/ContentDetail/NewsDetailView?NewsId=36eacd8f-53e7-4b83-bc22-"
        "696a1e97127d",
        "source_says": "Trang xã Vĩnh Hưng (Phú Thọ): sáng 03/12/2025, tại Nhà văn hóa thôn Mới, Chi bộ thôn "
        "sinh hoạt thường kỳ tháng 12/2025; dự có đồng chí Trần Việt Cường, Ủy viên Ban Thường vụ Tỉnh "
        "ủy, Giám đốc Sở Nội vụ, và đồng chí Nguyễn Thanh Bằng, Phó Bí thư Thường trực Đảng ủy xã Vĩnh "
        "Hưng; đảng viên nêu ý kiến về bảo vệ môi trường, xử lý rác thải, thủ tục hành chính (khai sinh, "
        "khai tử), đất đai.",
        "completed": [
            "the page reports a regular meeting: the cell's thematic plan for 2026 (number, date, bases, "
            "aims, four topics drawn from the issues the members raised, their times and people) is "
            "written as a village cell under the new commune would type it; the Word comments are a "
            "reviewer's remarks, not part of the plan",
            "the secretary and the members named are completed",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ thôn Mới",
        "committee_name": "Đảng bộ xã Vĩnh Hưng",
        "left": ["ĐẢNG BỘ XÃ VĨNH HƯNG", "CHI BỘ THÔN MỚI"],
        "send_to": ["Đảng ủy xã Vĩnh Hưng (báo cáo)", "Ban Công tác Mặt trận thôn"],
        "title_lines": ["KẾ HOẠCH", "sinh hoạt chuyên đề năm 2026"],
        "number": 1,
        "type_code": "KH",
        "date": "2026-01-05",
        "place": "Vĩnh Hưng",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Chi bộ thôn Mới tháng 12/2025;",
        ],
        "opening": "Thực hiện kết luận của đồng chí Phó Bí thư Thường trực Đảng ủy xã tại kỳ sinh hoạt ngày "
        "03/12/2025, Chi bộ thôn Mới xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "aims": [
            "Chọn chuyên đề từ chính những việc đảng viên và nhân dân trong thôn quan tâm: rác thải, thủ tục "
            "hành chính, đất đai; mỗi chuyên đề kết thúc bằng việc làm cụ thể giao cho đảng viên.",
        ],
        "quarter_heads": ["Quý I", "Quý 2", "Q3", "Quý IV"],
        "comments": {
            (1, 2): (
                "Nguyễn Thanh Bằng",
                "Đề nghị mời công chức Tư pháp – Hộ tịch xã cùng hướng dẫn.",
            ),
            (3, 3): ("Nguyễn Thanh Bằng", "Bổ sung chức danh người chuẩn bị."),
        },
        "comments_on": "2026-01-08",
        "table_note": "Sinh hoạt tại Nhà văn hóa thôn Mới, 19 giờ 30; mời đại diện Đảng ủy xã dự.",
        "topics": _P124_TOPICS,
        "targets": [],
        "closing": [
            "- Người chuẩn bị gửi đề cương cho Bí thư Chi bộ trước 05 ngày.",
            "- Chi bộ báo cáo kết quả từng chuyên đề về Đảng ủy xã Vĩnh Hưng.",
        ],
        "secretary": _DVT,
    },
    {
        "id": "125_chi_bo_doi_van_dong_quan_chung_don_bp_chieng_tuong_2026",
        "half": "dev",
        "fmt": "doc",
        "layout": "g_caps_vertical_quarters",
        "province": "Sơn La",
        "source": "https://dantri.com.vn/thoi-su/hoc-tap-va-lam-theo-bac-bang-nhung-viec-lam-thiet-thuc-"
        "20251208064118155.htm",
        "source_says": "Dân trí (08/12/2025): Đồn Biên phòng Chiềng Tương (Sơn La) đứng chân trên địa bàn xã "
        "Lóng Phiêng, quản lý 22,7 km đường biên giáp hai huyện Xiềng Khọ và Sốp Bâu (Hủa Phăn, Lào), "
        "phụ trách 19 bản; Thiếu tá Thào Nguyên Hồ, Chính trị viên phó; Đảng ủy, Ban Chỉ huy Đồn phân "
        "công 23 đảng viên phụ trách địa bàn các bản; cán bộ quân y khám bệnh miễn phí cho nhân dân.",
        "completed": [
            "the page names the post, not its cells: the plan is written for its mass-mobilisation team's "
            "cell (Chi bộ Đội Vận động quần chúng) for 2026, as a military clerk types it (ranks before "
            "names, the heading formatted in capitals, the quarter in a vertical merged cell, two regular "
            "meetings among the rows); the cell's name, number, date, topics and people other than "
            "Thiếu tá Thào Nguyên Hồ are completed",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ Đội Vận động quần chúng",
        "committee_name": "Đảng bộ Đồn Biên phòng Chiềng Tương",
        "left_typed": [
            "Đảng bộ Đồn Biên phòng Chiềng Tương",
            "Chi bộ Đội Vận động quần chúng",
            "*",
            "Số 02-KH/CB",
        ],
        "right_typed": ["Đảng Cộng sản Việt Nam", "", "Lóng Phiêng, ngày 05 tháng 01 năm 2026", ""],
        "title_typed": ["Kế hoạch", "Sinh hoạt chuyên đề năm 2026"],
        "send_to": ["Đảng ủy Đồn (báo cáo)", "Đảng viên trong chi bộ"],
        "number": 2,
        "type_code": "KH",
        "date": "2026-01-05",
        "place": "Lóng Phiêng",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2026 của Đảng ủy Đồn Biên phòng Chiềng Tương;",
        ],
        "opening": "Chi bộ Đội Vận động quần chúng có 9 đảng viên, phụ trách các bản biên giới của xã Lóng "
        "Phiêng. Chi bộ xây dựng kế hoạch sinh hoạt chuyên đề năm 2026 như sau:",
        "aims": [
            "- Mỗi quý một chuyên đề, gắn với nhiệm vụ vận động quần chúng, bám bản, giúp dân.",
            "- Người thực hiện chuẩn bị báo cáo đề dẫn; đảng viên liên hệ việc phụ trách hộ gia đình.",
        ],
        "rows": _P125_ROWS,
        "table_note": "Ghi chú: các kỳ sinh hoạt thường kỳ ghi trong bảng để bố trí thời gian, không phải "
        "chuyên đề.",
        "topics": _P125_TOPICS,
        "targets": [],
        "closing": [
            "- Chi ủy chuẩn bị nội dung, báo cáo Đảng ủy Đồn trước mỗi kỳ sinh hoạt chuyên đề.",
            "- Đảng viên đi công tác bản phải báo cáo chi ủy để bố trí dự sinh hoạt.",
        ],
        "secretary": _TNH,
    },
    {
        "id": "126_chi_bo_kham_chua_benh_tram_y_te_chuong_my_2026",
        "half": "dev",
        "fmt": "docx",
        "layout": "g_content_control_cards",
        "province": "Hà Nội",
        "source": "https://trungtamytechuongmy.vn/tin-hoat-dong/tram-y-te-phuong-chuong-my-to-chuc-gap-mat-"
        "vien-chuc-nguoi-lao-dong-nhan-ky-niem-71-nam-ngay-thay-thuoc-viet-nam-27-02-1955-27-02-2026-256.html",
        "source_says": "Trang Trung tâm Y tế Chương Mỹ: chiều 26/02/2026 Trạm Y tế phường Chương Mỹ gặp mặt "
        "viên chức, người lao động nhân 71 năm Ngày Thầy thuốc Việt Nam; dự có đồng chí Dương Mạnh Hùng, "
        "Bí thư Đảng ủy, Giám đốc Trạm Y tế phường, và đồng chí Vũ Đình Hải, Phó Bí thư Đảng ủy, Phó Giám "
        "đốc; các đại biểu nghe lại Thư của Chủ tịch Hồ Chí Minh gửi Hội nghị cán bộ y tế năm 1955.",
        "completed": [
            "the page names the station's Party committee, not its cells: the plan is written for one of "
            "its cells (Chi bộ Khám chữa bệnh) for 2026 on a health-sector template filled in through "
            "content controls; the cell's name, the number, date, topics (the first from the page's "
            "letter of 1955) and the staff other than Vũ Đình Hải are completed",
        ],
        "kind": "thematic",
        "year": 2026,
        "cell_name": "Chi bộ Khám chữa bệnh",
        "committee_name": "Đảng bộ Trạm Y tế phường Chương Mỹ",
        "left": ["ĐẢNG BỘ TRẠM Y TẾ PHƯỜNG CHƯƠNG MỸ", "CHI BỘ KHÁM CHỮA BỆNH"],
        "send_to": ["Đảng ủy Trạm Y tế phường (b/c)", "Đảng viên chi bộ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"],
        "number": 3,
        "type_code": "KH",
        "date": "2026-03-02",
        "place": "Chương Mỹ",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đảng ủy Trạm Y tế phường Chương Mỹ về nhiệm vụ năm 2026;",
        ],
        "opening": "Chi bộ Khám chữa bệnh, Đảng bộ Trạm Y tế phường Chương Mỹ, lập kế hoạch sinh hoạt "
        "chuyên đề năm 2026 như sau:",
        "aims": [
            "Nâng cao y đức, thái độ phục vụ và năng lực chuyên môn của đảng viên trong khám, chữa bệnh "
            "cho nhân dân phường.",
        ],
        "topics": _P126_TOPICS,
        "targets": [],
        "closing": [
            "Người xây dựng đề cương gửi Bí thư Chi bộ trước 07 ngày; kết quả sinh hoạt báo cáo Đảng ủy.",
        ],
        "secretary": _NMT,
    },
]

# ----------------------------------------------------------------------------- plans 128, 129
_PTM = "Phạm Thị Mến"
_P128_BANDS = [
    ("HỌC KỲ I (tháng 9/2025 – tháng 01/2026)", [
        ["Tháng 11/2025", "Q.IV/2025", "Xây dựng trường học hạnh phúc, phòng, chống bạo lực học đường",
         f"Cô {_PTM} (BT)", "Cô Lê Thị Thu Hường"],
    ]),
    ("HỌC KỲ II (tháng 02 – tháng 5/2026)", [
        ["Tháng 3/2026", "Q.I/2026", "Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng gắn với nhiệm vụ "
         "năm học", "Thầy Nguyễn Văn Hòa (PBT)", "Thầy Nguyễn Văn Hòa"],
        ["Tháng 5/2026", "Q.II/2026", "Chuyển đổi số trong dạy học: học liệu số, học bạ và sổ điểm điện tử",
         "Cô Vũ Thị Ngọc Anh", "Cô Vũ Thị Ngọc Anh; thầy Nguyễn Văn Hòa"],
    ]),
    ("HÈ 2026", [
        ["Tháng 8/2026", "Q.III/2026", "Bồi dưỡng chính trị hè, chuẩn bị năm học 2026 – 2027",
         f"Cô {_PTM}", "Toàn chi bộ"],
    ]),
]  # fmt: skip
_P128_TOPICS = [
    _t("Xây dựng trường học hạnh phúc, phòng, chống bạo lực học đường", 4, 11, [_PTM, "Lê Thị Thu Hường"]),
    _t("Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng gắn với nhiệm vụ năm học", 1, 3,
       ["Nguyễn Văn Hòa"]),
    _t("Chuyển đổi số trong dạy học: học liệu số, học bạ và sổ điểm điện tử", 2, 5,
       ["Vũ Thị Ngọc Anh", "Nguyễn Văn Hòa"]),
    _t("Bồi dưỡng chính trị hè, chuẩn bị năm học 2026 – 2027", 3, 8, [_PTM]),
]  # fmt: skip

_NBH = "Nguyễn Thị Bích Hạnh"
_P129_THREAD = [
    "Chi bộ số 12 - Xuân La (48 thành viên)",
    "",
    f"[06/01/2025 20:15] {_NBH}:",
    "📢 THÔNG BÁO LỊCH SINH HOẠT CHUYÊN ĐỀ NĂM 2025 – CHI BỘ SỐ 12, ĐẢNG BỘ PHƯỜNG XUÂN LA",
    "Thực hiện Đề án 27-ĐA/QU của Quận ủy Tây Hồ về sinh hoạt theo tổ đảng, chi ủy đã thống nhất giao "
    "mỗi tổ đảng chuẩn bị 1 chuyên đề, cụ thể:",
    "📌 Quý I – tối 05/3/2025: “Phân loại rác tại nguồn, giữ vệ sinh ngõ xóm” – Tổ đảng số 10 chuẩn bị, "
    "đ/c Trần Văn Mạnh (tổ trưởng) trình bày",
    "📌 Quý II – tối 04/6/2025: “Đảng viên nghỉ hưu gương mẫu tham gia hòa giải ở cơ sở” – Tổ đảng số 7, "
    "đ/c Lê Quang Vinh trình bày, đ/c Đào Thị Minh tham luận",
    "📌 Quý III – tối 10/8/2025: “Tuyên truyền, vận động nhân dân sử dụng dịch vụ công trực tuyến” – Tổ "
    "đảng số 3, đ/c Phạm Đức Thịnh",
    "📌 Quý IV – tối 05/11/2025: “Học tập và làm theo Bác: phát huy vai trò đảng viên cao tuổi trong xây "
    "dựng tổ dân phố văn minh” – chi ủy chuẩn bị, đ/c Bích Hạnh (BT) trình bày",
    "👉 Các tổ gửi đề cương cho chi ủy trước 1 tuần. Sinh hoạt tại nhà văn hóa tổ dân phố số 12, 19h30.",
    "❤️ 17  👍 9",
    "",
    "[06/01/2025 20:22] Trần Văn Mạnh:",
    "Tổ 10 nhận nhiệm vụ ạ 👍",
    "",
    "[06/01/2025 20:40] Lê Quang Vinh:",
    "Tổ 7 đã nhận. Chị Minh bên tổ 7 tham luận phần hòa giải nhé.",
    "",
    "[06/01/2025 21:05] Đào Thị Minh:",
    "Vâng ạ.",
    "",
    f"[07/01/2025 07:48] {_NBH}:",
    "✏️ Đính chính: chuyên đề quý III sinh hoạt tối 10/9/2025 (không phải 10/8 – tháng 8 trùng kỳ nghỉ "
    "của nhiều đồng chí). Cả nhà sửa lại giúp chị nhé.",
    "",
    "[07/01/2025 08:02] Phạm Đức Thịnh:",
    "Tổ 3 ghi nhận tháng 9 ạ.",
]
_P129_TOPICS = [
    _t("Phân loại rác tại nguồn, giữ vệ sinh ngõ xóm", 1, 3, ["Trần Văn Mạnh"]),
    _t("Đảng viên nghỉ hưu gương mẫu tham gia hòa giải ở cơ sở", 2, 6, ["Lê Quang Vinh", "Đào Thị Minh"]),
    _t("Tuyên truyền, vận động nhân dân sử dụng dịch vụ công trực tuyến", 3, 9, ["Phạm Đức Thịnh"]),
    _t("Học tập và làm theo Bác: phát huy vai trò đảng viên cao tuổi trong xây dựng tổ dân phố văn minh",
       4, 11, [_NBH]),
]  # fmt: skip

PLANS += [
    {
        "id": "128_tieu_hoc_vinh_long_thang_thuy_vinh_hoa_2025",
        "half": "dev",
        "fmt": "photo",
        "layout": "g_semester_bands_photo",
        "province": "Hải Phòng",
        "source": "http://thvinhlong-thangthuy.haiphong.edu.vn/tin-tuc-su-kien/sinh-hoat-chi-bo-thuong-ky-"
        "thang-10/ctfull/2292/470062",
        "source_says": "Trang Trường Tiểu học Vĩnh Long – Thắng Thủy: ngày 04/10/2025, thực hiện Công văn số "
        "29/BXDĐ của Ban Xây dựng Đảng xã Vĩnh Hòa, Chi bộ trường sinh hoạt thường kỳ tháng 10; dự có "
        "đồng chí Nguyễn Phú Tường (Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ xã), đồng chí Tống Khánh "
        "Thản (Đảng ủy viên phụ trách chi bộ) và 28 đảng viên; đồng chí Phạm Thị Mến, Bí thư Chi bộ, chủ "
        "trì.",
        "completed": [
            "the page reports a regular meeting: the cell's one-page schedule of thematic meetings for the "
            "school year 2025 – 2026 (number, date, topics, months, people) is written as a primary "
            "school's cell under the new commune types it, and photographed",
            "the teachers other than the secretary and the four topics are completed",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường Tiểu học Vĩnh Long – Thắng Thủy",
        "committee_name": "Đảng bộ xã Vĩnh Hòa",
        "left": ["ĐẢNG BỘ XÃ VĨNH HÒA", "CHI BỘ TRƯỜNG TH", "VĨNH LONG – THẮNG THỦY"],
        "send_to": ["Đảng ủy xã Vĩnh Hòa (b/c)", "Đ/c Đảng ủy viên phụ trách"],
        "title_lines": ["LỊCH SINH HOẠT CHUYÊN ĐỀ", "Năm học 2025 – 2026"],
        "number": 5,
        "type_code": "KH",
        "date": "2025-10-06",
        "place": "Vĩnh Hòa",
        "legal_bases": [],
        "opening": "Chi bộ Trường Tiểu học Vĩnh Long – Thắng Thủy (28 đảng viên) thống nhất lịch sinh hoạt "
        "chuyên đề năm học 2025 – 2026 tại kỳ sinh hoạt ngày 04/10/2025:",
        "bands": _P128_BANDS,
        "topics": _P128_TOPICS,
        "targets": [],
        "closing": [
            "Người chuẩn bị gửi đề cương cho Bí thư Chi bộ trước kỳ sinh hoạt 05 ngày.",
        ],
        "secretary": _PTM,
    },
    {
        "id": "129_chi_bo_so_12_xuan_la_tay_ho_2025",
        "half": "dev",
        "fmt": "txt",
        "layout": "g_zalo_thread_text",
        "province": "Hà Nội",
        "source": "https://baomoi.net.vn/tag/%C4%90%E1%BB%81-%C3%A1n-s%E1%BB%91-27_%C4%90A%2FQU.epi",
        "source_says": "Báo Mới (trang tổng hợp): Quận ủy Tây Hồ ban hành Đề án số 27-ĐA/QU ngày 9/7/2024 "
        "thí điểm sinh hoạt theo tổ đảng ở những chi bộ tổ dân phố đông đảng viên, triển khai từ tháng "
        "9/2024; ngày 4/9 Bí thư Quận ủy Lê Thị Thu Hằng dự sinh hoạt tại tổ Đảng số 10, Chi bộ số 12, "
        "Đảng bộ phường Xuân La.",
        "completed": [
            "the page names the cell and its party group 10: the cell's thematic schedule for 2025, each "
            "topic given to a party group, is written as the secretary posts it in the cell's Zalo group "
            "and saved with the replies; a later message moves the third meeting from 10/8 to 10/9 (the "
            "truth keeps September)",
            "the secretary, the group leaders and members, the topics and the dates are completed",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ số 12",
        "committee_name": "Đảng bộ phường Xuân La",
        "number": None,
        "type_code": "TB",
        "date": "2025-01-06",
        "place": "Xuân La",
        "legal_bases": [],
        "thread": _P129_THREAD,
        "topics": _P129_TOPICS,
        "targets": [],
        "closing": [],
        "secretary": _NBH,
    },
]
