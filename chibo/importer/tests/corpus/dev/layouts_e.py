"""Development batch 100–109: layouts and plans written by a corpus writer who had not read the parser.

The layouts here are this batch's own: none of the layout functions of ``build.py`` or of
``layouts_a.py`` … ``layouts_d.py`` is reused; only ``build.py``'s block kinds and renderers, plus
one small block kind added for this batch: ``("docx", render, text_lines)``, a block that draws
itself into the python-docx ``Document`` (so that a plan can carry the mechanics of real Word
files: a quarter row merged across the whole table, one presenter cell merged over two topics, the
heading in the page header, a landscape section for the schedule, a table nested in a cell, a
struck-out month) and gives its plain-text lines for ``.txt``. Facts are in ``PLANS`` below (same
keys as ``plans.py``); ``build.py`` merges both ``LAYOUTS`` and ``PLANS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..common import (
    BASE_HD12,
    NBSP,
    PARTY,
    ROMAN,
    Block,
    close,
    date_line,
    header_grid,
    new_section,
    number_line,
    paras,
    section,
    set_widths,
    signature,
    titled,
    top,
    typed_header,
)
from ..facts import T, target
from ..facts import topic_with as _t


# ------------------------------------------------------------------------------------ helpers
def _number(p: dict[str, Any]) -> str:
    return number_line(p, gap="Số:      -{code}")


def _head(p: dict[str, Any]) -> Block:
    return typed_header(p["left"], _number(p), date_line(p))


def _sign(p: dict[str, Any]) -> Block:
    return signature(p, "b/c", p.get("also_to", []), "Lưu chi bộ")


def _end(p: dict[str, Any], heading: str = "III. TỔ CHỨC THỰC HIỆN") -> list[Block]:
    return close(heading, p, _sign(p))


def _named(name: str, p: dict[str, Any], prefix: str = "Đ/c", sep: str = " – ") -> str:
    return titled(name, p.get("titles", {}), prefix, sep)


def _fill(cell: Any, text: str, bold: bool = False, strike_first: str = "") -> None:
    """A table cell typed as a person would: one paragraph per line; ``strike_first`` is a struck-out
    run written before the first line (a month changed by hand)."""
    from docx.shared import Pt

    lines = text.split("\n")
    first = cell.paragraphs[0]
    if strike_first:
        run = first.add_run(strike_first)
        run.font.strike = True
        run.font.size = Pt(12)
        first = cell.add_paragraph()
    for i, line in enumerate(lines):
        para = first if i == 0 else cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        run.font.size = Pt(12)


def _grid(
    where: Any, rows: int, cols: int, widths: tuple[float, ...], head: tuple[str, ...] = ()
) -> Any:
    """A "Table Grid" table added to ``where`` (the document, or a cell for a nested table), its
    column ``widths`` in cm, ``head`` typed bold in its first row."""
    grid = where.add_table(rows=rows, cols=cols)
    grid.style = "Table Grid"
    set_widths(grid, widths)
    for j, h in enumerate(head):
        _fill(grid.cell(0, j), h, bold=True)
    return grid


# ------------------------------------------------------------------------------------ layouts
def band_rows_merged(p: dict[str, Any]) -> list[Block]:
    """A table whose quarters are full-width rows merged across every column ("QUÝ I (tháng 1 – 3)"),
    the topics numbered on through the year below them, and one "Người chuẩn bị" cell merged
    vertically over the two topics the same member prepares; the time column gives only the month."""
    y = p["year"]
    out = top(_head(p), p["title_lines"], p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG CHUẨN BỊ"))
    head = ["TT", "Nội dung chuyên đề", "Người chuẩn bị", "Thời gian", "Sản phẩm"]
    rows: list[tuple[str, Any]] = []
    merges: list[tuple[int, int]] = []  # table rows (1-based, header 0) whose column 2 is merged
    n = 0
    for q in (1, 2, 3, 4):
        topics = [t for t in p["topics"] if t["quarter"] == q]
        rows.append(("band", p["bands"][q]))
        first_row = len(rows)
        for k, t in enumerate(topics):
            n += 1
            people = "\n".join(_named(x, p) for x in t["presenters"])
            same = k > 0 and topics[k - 1]["presenters"] == t["presenters"]
            if same:
                merges.append((len(rows), len(rows) + 1))
            rows.append(
                ("row", [str(n), t["title"], "" if same else people, t["when"], t["product"]])
            )
        del first_row
    text = [" | ".join(head)]
    for kind, value in rows:
        text.append(value if kind == "band" else " | ".join(value))

    def render(doc: Any) -> None:
        grid = _grid(doc, 1 + len(rows), len(head), (1.0, 6.6, 4.0, 2.6, 2.8), tuple(head))
        for i, (kind, value) in enumerate(rows, 1):
            if kind == "band":
                band = grid.cell(i, 0).merge(grid.cell(i, len(head) - 1))
                _fill(band, value, bold=True)
            else:
                for j, cell_text in enumerate(value):
                    if cell_text:
                        _fill(grid.cell(i, j), cell_text)
        for upper, bottom in merges:
            grid.cell(upper, 2).merge(grid.cell(bottom, 2))

    out.append(("docx", render, text))
    out.append(("p", f"Ghi chú: lịch có thể điều chỉnh theo nhiệm vụ của nhà trường năm {y}; chi ủy "
                     "thông báo trước kỳ sinh hoạt ít nhất 07 ngày."))  # fmt: skip
    out += _end(p)
    return out


MONTH_WORDS = {
    1: "Một", 2: "Hai", 3: "Ba", 4: "Tư", 5: "Năm", 6: "Sáu", 7: "Bảy", 8: "Tám", 9: "Chín",
    10: "Mười", 11: "Mười một", 12: "Mười hai",
}  # fmt: skip


def month_words_programme(p: dict[str, Any]) -> list[Block]:
    """A year's programme of meetings month by month, the months written in words ("Tháng Ba"); every
    month holds the regular meeting, and four of them also a thematic one, its quarter typed as the
    secretary types it ("quý 1", "Q2", "Quý III", "q.4"); the preparer after a semicolon."""
    out = top(_head(p), p["title_lines"], p)
    out += section("I. YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT TỪNG THÁNG"))
    by_month = {t["month"]: t for t in p["topics"]}
    for m in range(1, 13):
        out.append(("h", f"Tháng {MONTH_WORDS[m]}:"))
        out.append(("p", f"  - Sinh hoạt thường kỳ: {p['regular'][m]}"))
        if m in by_month:
            t = by_month[m]
            people = ", ".join(_named(x, p, "đồng chí", " – ") for x in t["presenters"])
            out.append(("p", f"  - Sinh hoạt chuyên đề {t['qtag']}: “{t['title']}”; người chuẩn bị: "
                             f"{people}."))  # fmt: skip
    out += _end(p)
    return out


def page_header_landscape(p: dict[str, Any]) -> list[Block]:
    """The committee, the cell and the Party's name typed in the Word page header (repeated on every
    page), not in the body; the body opens with the number and the date, then the title. The schedule
    is a table in a landscape section, its columns in an unusual order (time as a date range, quarter
    as "Q4/2022", chair, outline writer, then the topic and its form)."""
    header_left = [*p["left"], "*"]
    header_right = [PARTY, "", ""]

    def page_header(doc: Any) -> None:
        from docx.shared import Pt

        head = doc.sections[0].header
        header_grid(head, header_left, header_right, 11, plain=False)
        for para in head.paragraphs:  # the empty paragraph Word keeps above the table
            if not para.text:
                para.paragraph_format.space_after = Pt(0)
        line = doc.add_paragraph()
        line.add_run(f"{_number(p)}\t\t\t\t").bold = False
        line.add_run(date_line(p)).italic = True

    text_head = [f"{a:<44}{b}".rstrip() for a, b in zip(header_left, header_right, strict=True)]
    text_head += [f"{_number(p)}        {date_line(p)}", ""]
    out: list[Block] = [("docx", page_header, text_head), ("title", p["title_lines"])]
    out += paras(p["legal_bases"])
    out.append(("p", p["opening"]))
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. LỊCH SINH HOẠT CHUYÊN ĐỀ (trang sau)"))
    head = ["Thời gian", "Quý", "Đồng chí chủ trì", "Đồng chí chuẩn bị đề cương", "Tên chuyên đề",
            "Hình thức"]  # fmt: skip
    rows = []
    for t in p["topics"]:
        chair = _named(t["presenters"][0], p)
        writers = "\n".join(_named(x, p) for x in t["presenters"][1:])
        rows.append([t["when"], t["qtag"], chair, writers, t["title"], t["form"]])

    def schedule(doc: Any) -> None:
        new_section(doc, landscape=True)
        doc.add_paragraph().add_run(
            "II. LỊCH SINH HOẠT CHUYÊN ĐỀ NĂM HỌC " + p["school_year"]
        ).bold = True
        grid = _grid(doc, 1 + len(rows), len(head), (3.6, 2.2, 4.2, 4.4, 8.2, 3.4), tuple(head))
        for i, row in enumerate(rows, 1):
            for j, value in enumerate(row):
                _fill(grid.cell(i, j), value)
        new_section(doc, landscape=False)

    text = [" | ".join(head)] + [" | ".join(r).replace("\n", "; ") for r in rows]
    out.append(("docx", schedule, text))
    out += _end(p)
    return out


def nested_quarter_tables(p: dict[str, Any]) -> list[Block]:
    """An adjusted plan ("điều chỉnh"): an outer table with one row per quarter ("Quý 1" … "Quý 4",
    Arabic) whose second cell holds a nested table Tháng – Chuyên đề – Người thực hiện; one topic's
    month is struck out by hand and the new month written under it, with a note that it moves to
    another quarter."""
    out = top(_head(p), p["title_lines"], p)
    out += section("1. Mục đích, yêu cầu", p["aims"])
    out.append(("h", "2. Nội dung và thời gian sinh hoạt chuyên đề"))
    quarters: list[tuple[str, list[list[str]], list[str]]] = []
    for q in (1, 2, 3, 4):
        inner: list[list[str]] = []
        struck: list[str] = []
        for t in p["topics"]:
            if t.get("listed_q", t["quarter"]) != q:
                continue
            people = "\n".join(_named(x, p) for x in t["presenters"])
            inner.append(
                [t["when"], t["title"] + (f" {t['note']}" if t.get("note") else ""), people]
            )
            struck.append(t.get("struck", ""))
        quarters.append((f"Quý {q}", inner, struck))
    text = ["Quý | Tháng | Chuyên đề | Người thực hiện"]
    for label, inner, struck in quarters:
        for k, row in enumerate(inner):
            month = (f"{struck[k]} → " if struck[k] else "") + row[0]
            text.append(" | ".join([label, month, row[1], row[2].replace("\n", ", ")]))

    def render(doc: Any) -> None:
        head = ("Thời gian", "Nội dung sinh hoạt chuyên đề")
        outer = _grid(doc, 1 + len(quarters), 2, (2.2, 13.6), head)
        for i, (label, inner, struck) in enumerate(quarters, 1):
            _fill(outer.cell(i, 0), label, bold=True)
            cell = outer.cell(i, 1)
            inner_head = ("Tháng", "Chuyên đề", "Người thực hiện")
            nested = _grid(cell, 1 + len(inner), 3, (2.2, 7.4, 3.6), inner_head)
            for r, row in enumerate(inner, 1):
                _fill(nested.cell(r, 0), row[0], strike_first=struck[r - 1])
                _fill(nested.cell(r, 1), row[1])
                _fill(nested.cell(r, 2), row[2])

    out.append(("docx", render, text))
    out += _end(p, "3. Tổ chức thực hiện")
    return out


def _split_runs(para: Any, pieces: list[tuple[str, str]]) -> None:
    """Runs as Word leaves them after editing: a word cut between a bold and a plain run."""
    for text, style in pieces:
        run = para.add_run(text)
        run.bold = "b" in style
        run.italic = "i" in style


def resolution_split_runs(p: dict[str, Any]) -> list[Block]:
    """A cell's resolution (NQ) after its yearly conference: targets as "phấn đấu" sentences, and the
    year's topics as one task among the solutions, each line "- Đầu tháng 10/2018: chuyên đề …;
    đ/c … chuẩn bị", the quarter never written; in Word the lines are split into runs that cut words
    ("Chuy" bold, "ên đề" plain) and a non-breaking space follows "tháng"."""
    out = top(_head(p), p["title_lines"], p)
    out += section("I. ĐÁNH GIÁ KẾT QUẢ NĂM QUA", p["situation"])
    out += section("II. MỤC TIÊU, CHỈ TIÊU " + p["period"], p["target_lines"])
    out += section("III. NHIỆM VỤ, GIẢI PHÁP", p["tasks"])
    out.append(("p", f"{len(p['tasks']) + 1}. Sinh hoạt chuyên đề: chi bộ tổ chức {len(p['topics'])} chuyên đề "
                     "trong năm học, cụ thể:"))  # fmt: skip
    lines = []
    for t in p["topics"]:
        people = ", ".join(_named(x, p, "đ/c", " (") + (")" if x in p.get("titles", {}) else "")
                           for x in t["presenters"])  # fmt: skip
        when = t["when"].replace("tháng ", "tháng" + NBSP)
        lines.append((when, t["title"], people))

    def render(doc: Any) -> None:
        for when, title, people in lines:
            para = doc.add_paragraph()
            _split_runs(para, [("- ", ""), (when[:4], "b"), (when[4:] + ": ", "b"), ("Chuy", "b"),
                               ("ên đề “", ""), (title[:9], "i"), (title[9:] + "”; ", ""),
                               (people, ""), (" chuẩn bị.", "")])  # fmt: skip

    text = [f"- {w}: Chuyên đề “{t}”; {pp} chuẩn bị." for w, t, pp in lines]
    out.append(("docx", render, text))
    out += _end(p, "IV. TỔ CHỨC THỰC HIỆN")
    return out


def quarter_month_grid(p: dict[str, Any]) -> list[Block]:
    """A year's work grid: two header rows, "Quý I" … "Quý IV" merged over their three months, the
    months "T1" … "T12" below; each row a piece of work with "x" under its month. Thematic meetings
    are rows among the regular work, the preparer in the "Phụ trách" column."""
    out = top(_head(p), p["title_lines"], p)
    out += section("I. MỤC TIÊU", p["aims"])
    out.append(("h", "II. NỘI DUNG, THỜI GIAN THỰC HIỆN"))
    items: list[tuple[str, str, set[int]]] = []
    for label, who, months in p["work"]:
        items.append((label, who, set(months)))
    for t in p["topics"]:
        items.append((f"Sinh hoạt chuyên đề: {t['title']}", ", ".join(f"Đ/c {x}" for x in t["presenters"]),
                      {t["month"]}))  # fmt: skip
    items.sort(key=lambda it: min(it[2]))
    text = ["TT | Nội dung công việc | Phụ trách | " + " | ".join(f"Quý {ROMAN[q]}" for q in (1, 2, 3, 4)),
            " |  |  | " + " | ".join(f"T{m}" for m in range(1, 13))]  # fmt: skip
    for i, (label, who, months) in enumerate(items, 1):
        marks = " | ".join("x" if m in months else "" for m in range(1, 13))
        text.append(f"{i} | {label} | {who} | {marks}")

    def render(doc: Any) -> None:
        head = ("TT", "Nội dung công việc", "Phụ trách")
        grid = _grid(doc, 2 + len(items), 15, (0.8, 6.0, 3.2) + (0.55,) * 12, head)
        for m in range(1, 13):
            _fill(grid.cell(1, 2 + m), f"T{m}", bold=True)
        for i, (label, who, months) in enumerate(items, 2):
            _fill(grid.cell(i, 0), str(i - 1))
            _fill(grid.cell(i, 1), label)
            _fill(grid.cell(i, 2), who)
            for m in months:
                _fill(grid.cell(i, 2 + m), "x")
        for q in (1, 2, 3, 4):
            band = grid.cell(0, 3 * q).merge(grid.cell(0, 3 * q + 2))
            _fill(band, f"Quý {ROMAN[q]}", bold=True)
        for j in range(3):
            grid.cell(0, j).merge(grid.cell(1, j))

    out.append(("docx", render, text))
    out += _end(p)
    return out


def conclusion_notice(p: dict[str, Any]) -> list[Block]:
    """A notice of the cell's conclusion (TB): the meeting's decision told in prose, the assignment
    first ("Giao đồng chí …, Bí thư Chi bộ kiêm Trưởng thôn, chuẩn bị chuyên đề quý I …") and the time
    as a part of the month ("đầu tháng 3", "giữa tháng 6", "tuần 2 tháng 10"), one written outside its
    quarter."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out.append(("p", p["opening"]))
    out += section("1. Về đánh giá sinh hoạt chuyên đề năm trước", p["situation"])
    out.append(("h", "2. Về chương trình sinh hoạt chuyên đề năm " + str(p["year"])))
    out.append(
        ("p", "Chi bộ thống nhất mỗi quý sinh hoạt một chuyên đề, giao nhiệm vụ chuẩn bị như sau:")
    )
    for t in p["topics"]:
        people = ", ".join(_named(x, p, "đồng chí", ", ") for x in t["presenters"])
        out.append(("p", f"- Giao {people} chuẩn bị chuyên đề {t['qtag']} “{t['title']}”, sinh hoạt vào "
                         f"{t['when']}."))  # fmt: skip
    out += _end(p, "3. Tổ chức thực hiện")
    return out


def quarter_cards(p: dict[str, Any]) -> list[Block]:
    """One page: the four topics as the four cells of a 2 × 2 table, each cell a card with its heading
    ("QUÝ 1 – THÁNG 3"), the title and "Người thực hiện:" stacked on lines of its own."""
    out: list[Block] = [_head(p), ("title", p["title_lines"])]
    out.append(("p", p["opening"]))
    cards = []
    for t in p["topics"]:
        people = ", ".join(_named(x, p) for x in t["presenters"])
        cards.append(f"{t['when']}\n{t['title']}\nNgười thực hiện: {people}")
    text = [c.replace("\n", " – ") for c in cards]

    def render(doc: Any) -> None:
        grid = _grid(doc, 2, 2, (8.2, 8.2))
        for k, card in enumerate(cards):
            cell = grid.cell(k // 2, k % 2)
            lines = card.split("\n")
            _fill(cell, lines[0], bold=True)
            for line in lines[1:]:
                from docx.shared import Pt

                run = cell.add_paragraph().add_run(line)
                run.font.size = Pt(12)

    out.append(("docx", render, text))
    out += paras(p["closing"])
    out.append(_sign(p))
    return out


def half_year_superscript_notes(p: dict[str, Any]) -> list[Block]:
    """Topics under "6 THÁNG ĐẦU NĂM" / "6 THÁNG CUỐI NĂM", each "- Tháng 3 (Q1): title" followed by a
    superscript note number; the people are given only in the numbered notes below a rule at the end of
    the section, as a typist writes footnotes by hand."""
    y = p["year"]
    out = top(_head(p), p["title_lines"], p)
    out += section("I. MỤC ĐÍCH, YÊU CẦU", p["aims"])
    out.append(("h", "II. NỘI DUNG SINH HOẠT CHUYÊN ĐỀ"))
    halves = ((f"1. Sáu tháng đầu năm {y}", (1, 2)), (f"2. Sáu tháng cuối năm {y}", (3, 4)))
    notes = []
    for heading, qs in halves:
        out.append(("h", heading))
        lines = []
        for t in p["topics"]:
            if t["quarter"] in qs:
                notes.append(t)
                lines.append((f"- {t['when']}: {t['title']}", str(len(notes))))

        def render(doc: Any, lines: list[tuple[str, str]] = lines) -> None:
            for body, mark in lines:
                para = doc.add_paragraph(body)
                para.add_run(mark).font.superscript = True

        out.append(("docx", render, [f"{b}({m})" for b, m in lines]))
    out.append(("p", "____________"))
    for k, t in enumerate(notes, 1):
        people = "; ".join(
            _named(x, p, "Đ/c" if i == 0 else "đ/c") + (f" ({t['roles'][i]})" if t["roles"][i:i + 1] and
                                                          t["roles"][i] else "")
            for i, x in enumerate(t["presenters"])
        )  # fmt: skip
        out.append(("p", f"({k}) {people}."))
    out += _end(p)
    return out


def topic_blocks_plus(p: dict[str, Any]) -> list[Block]:
    """Plain text: each topic a block opened by "Chuyên đề N (15/10 – 25/10/2025, quý IV)", its title,
    chair, preparers and who attends on "+" lines below."""
    out = top(_head(p), p["title_lines"], p)
    out += section("I. YÊU CẦU", p["aims"])
    out.append(("h", "II. CÁC CHUYÊN ĐỀ"))
    for i, t in enumerate(p["topics"], 1):
        out.append(("p", f"Chuyên đề {i} ({t['when']}, quý {ROMAN[t['quarter']]})"))
        out.append(("p", f"   + Nội dung: {t['title']}"))
        out.append(("p", f"   + Chủ trì: {_named(t['presenters'][0], p, 'đ/c', ', ')}"))
        if t["presenters"][1:]:
            rest = "; ".join(_named(x, p, "đ/c", ", ") for x in t["presenters"][1:])
            out.append(("p", f"   + Chuẩn bị tài liệu: {rest}"))
        out.append(("p", f"   + Thành phần: {t['audience']}"))
    out += _end(p)
    return out


LAYOUTS: dict[str, Callable[[dict[str, Any]], list[Block]]] = {
    "e_band_rows_merged": band_rows_merged,
    "e_month_words_programme": month_words_programme,
    "e_page_header_landscape": page_header_landscape,
    "e_nested_quarter_tables": nested_quarter_tables,
    "e_resolution_split_runs": resolution_split_runs,
    "e_quarter_month_grid": quarter_month_grid,
    "e_conclusion_notice": conclusion_notice,
    "e_quarter_cards": quarter_cards,
    "e_half_year_superscript_notes": half_year_superscript_notes,
    "e_topic_blocks_plus": topic_blocks_plus,
}


PLANS: list[T] = [
    {
        "id": "100_mam_non_cam_dinh_2020",
        "half": "dev",
        "fmt": "docx",
        "layout": "e_band_rows_merged",
        "province": "Hà Nội",
        "source": "http://mncamdinh.edu.vn/gioi-thieu/hoat-dong-nha-truong/truong-mn-cam-dinh-to-chuc-dai-hoi-chi-bo-nhiem-ky-2020-2022.html",
        "source_says": "Ngày 6/3/2020 Chi bộ Trường MN Cẩm Đình tổ chức Đại hội chi bộ nhiệm kỳ 2020 – 2022, có đồng "
        "chí Vũ Quang Khoa, Thường trực Đảng ủy, Phó Chủ tịch UBND xã, dự; 17/17 đảng viên có mặt; đoàn chủ "
        "tịch gồm các đồng chí Đặng Thị Vân Thủy, Khuất Thị Mai, Nguyễn Thị Oanh, thư ký Nguyễn Thị Vân; các "
        "đồng chí Nguyễn Thị Đảo, Nguyễn Kim Dung, Đào Đình Cẩn phát biểu; đồng chí Đặng Thị Vân Thủy trình "
        "bày báo cáo chính trị; Đại hội bầu chi ủy 3 đồng chí, trong đó có Đặng Thị Vân Thủy và Khuất Thị Mai.",
        "completed": [
            "the page reports the congress, not a plan: a thematic plan for 2020 (number, date, bases, aims, "
            "sections) is written as a kindergarten cell might type it after its congress, the schedule a "
            "table with a merged full-width row per quarter and one preparer cell merged over two topics",
            "the five topics, their months and products are completed; the preparers are the members the "
            "page names; the posts (Bí thư, Phó Bí thư) are inferred from who presided and who read the "
            "summary, since the page is cut off before it names the officers",
            "the committee is written as the Đảng bộ xã Cẩm Đình (the page names the commune's Đảng ủy)",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường Mầm non Cẩm Đình",
        "committee_name": "Đảng bộ xã Cẩm Đình",
        "left": ["ĐẢNG BỘ XÃ CẨM ĐÌNH", "CHI BỘ TRƯỜNG MẦM NON CẨM ĐÌNH"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2020"],
        "number": 5,
        "type_code": "KH",
        "date": "2020-03-16",
        "place": "Cẩm Đình",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non Cẩm Đình nhiệm kỳ 2020 – 2022 ngày 06/3/2020;",
        ],
        "opening": "Chi ủy Chi bộ Trường Mầm non Cẩm Đình xây dựng kế hoạch sinh hoạt chuyên đề năm 2020 như "
        "sau:",
        "aims": [
            "- Mỗi quý ít nhất một chuyên đề, gắn với nhiệm vụ chăm sóc, nuôi dưỡng, giáo dục trẻ của nhà "
            "trường và Nghị quyết Đại hội Chi bộ nhiệm kỳ 2020 – 2022.",
            "- Đảng viên được phân công chuẩn bị đề cương, gửi chi ủy duyệt trước kỳ sinh hoạt.",
        ],
        "titles": {"Đặng Thị Vân Thủy": "Bí thư", "Khuất Thị Mai": "Phó Bí thư"},
        "bands": {
            1: "QUÝ I (tháng 1 – tháng 3)",
            2: "QUÝ II (tháng 4 – tháng 6)",
            3: "QUÝ III (tháng 7 – tháng 9)",
            4: "QUÝ IV (tháng 10 – tháng 12)",
        },
        "topics": [
            _t(
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về đoàn kết, xây dựng tập thể "
                "sư phạm gương mẫu",
                1,
                3,
                ["Khuất Thị Mai", "Nguyễn Thị Oanh"],
                "Tuần 4 tháng 3",
                product="Đề cương, nghị quyết chi bộ",
            ),
            _t(
                "Nâng cao chất lượng chăm sóc, nuôi dưỡng và bảo đảm an toàn cho trẻ trong nhà trường",
                2,
                5,
                ["Nguyễn Thị Đảo"],
                "Tháng 5",
                product="Đề cương chuyên đề",
            ),
            _t(
                "Tạo nguồn, bồi dưỡng quần chúng ưu tú trong đội ngũ giáo viên trẻ để kết nạp vào Đảng",
                3,
                8,
                ["Nguyễn Thị Vân", "Nguyễn Kim Dung"],
                "Tháng 8",
                product="Danh sách quần chúng ưu tú",
            ),
            _t(
                "Trách nhiệm nêu gương của đảng viên là cán bộ quản lý, giáo viên theo Quy định số 08-QĐi/TW",
                4,
                10,
                ["Đặng Thị Vân Thủy"],
                "Tháng 10",
                product="Đề cương, bản cam kết",
            ),
            _t(
                "Phát huy vai trò đảng viên trong xây dựng trường mầm non xanh – sạch – đẹp – an toàn",
                4,
                12,
                ["Đặng Thị Vân Thủy"],
                "Tháng 12",
                product="Nghị quyết chuyên đề",
            ),
        ],  # fmt: skip
        "closing": [
            "- Chi ủy phân công, đôn đốc đảng viên chuẩn bị nội dung; kết quả mỗi chuyên đề ghi vào sổ nghị "
            "quyết và báo cáo Đảng ủy xã Cẩm Đình.",
            "- Các đồng chí đảng viên nghiên cứu trước đề cương, tham gia ý kiến tại buổi sinh hoạt.",
        ],
        "members": "17 đảng viên",
        "secretary": "Đặng Thị Vân Thủy",
        "targets": [],
    },
    {
        "id": "101_chi_bo_ban_ta_vat_2018",
        "half": "dev",
        "fmt": "txt",
        "layout": "e_month_words_programme",
        "province": "Sơn La",
        "source": "https://demo.baosonla.org.vn/mai-son/bi-thu-chi-bo-ban-di-truoc-lam-truoc-14033.html",
        "source_says": "Đầu năm Mậu Tuất (2018) phóng viên gặp anh Lò Văn So, 32 tuổi, Bí thư Chi bộ bản Ta Vắt, xã "
        "Phiêng Pằn (Mai Sơn), người có uy tín tiêu biểu dân tộc Xinh Mun; bản cách trung tâm xã 12 km đường "
        "đất dốc; anh vận động chuyển đổi cây trồng, vật nuôi, xây dựng mô hình kinh tế điểm (xoài ghép Đài "
        "Loan) để nhân rộng; 12 đảng viên của chi bộ vận động gia đình gương mẫu làm trước.",
        "completed": [
            "the page is a portrait of the secretary, not a plan: the cell's meeting programme for 2018 (number, "
            "date, bases, the regular meeting of each month) is written as a village cell might type it, months "
            "in words and the quarter typed four ways",
            "the four thematic topics (two taken from what the page says the cell works on: crop change and the "
            "grafted mango model, families setting the example) and every preparer other than the secretary are "
            "completed; the other members' names are invented",
        ],
        "kind": "thematic",
        "year": 2018,
        "cell_name": "Chi bộ bản Ta Vắt",
        "committee_name": "Đảng bộ xã Phiêng Pằn",
        "left": ["ĐẢNG BỘ XÃ PHIÊNG PẰN", "CHI BỘ BẢN TA VẮT"],
        "title_lines": ["CHƯƠNG TRÌNH", "sinh hoạt chi bộ năm 2018"],
        "number": 1,
        "type_code": "CTr",
        "date": "2018-01-08",
        "place": "Phiêng Pằn",
        "legal_bases": [
            "Căn cứ Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ;",
            "Căn cứ chương trình công tác năm 2018 của Đảng ủy xã Phiêng Pằn;",
        ],
        "opening": "Chi bộ bản Ta Vắt (12 đảng viên) xây dựng chương trình sinh hoạt năm 2018 như sau:",
        "aims": [
            "- Sinh hoạt thường kỳ vào ngày 05 hằng tháng tại nhà văn hóa bản; mỗi quý một kỳ sinh hoạt "
            "chuyên đề, nội dung sát với việc làm của bà con trong bản.",
            "- Đảng viên được giao chuẩn bị chuyên đề báo cáo bí thư chi bộ trước kỳ họp ít nhất 05 ngày.",
        ],
        "regular": {
            1: "đánh giá kết quả năm 2017, triển khai nghị quyết năm 2018; chuẩn bị đón Tết Nguyên đán.",
            2: "bảo đảm an ninh trật tự dịp Tết; phát động trồng cây đầu xuân.",
            3: "chăm sóc vườn xoài, vườn cây ăn quả; vận động trẻ đến trường đầy đủ.",
            4: "phòng, chống cháy rừng mùa khô; thu đảng phí quý I.",
            5: "chuẩn bị gieo trồng vụ mùa; vệ sinh đường bản.",
            6: "sơ kết công tác 6 tháng đầu năm; bình xét hộ nghèo giữa năm.",
            7: "phòng, chống mưa lũ, sạt lở đất; kỷ niệm ngày Thương binh – Liệt sĩ 27/7.",
            8: "chăm sóc lúa nương, ngô; kiểm tra đường dẫn nước sinh hoạt.",
            9: "ngày hội khai giảng năm học mới; thu hoạch vụ mùa.",
            10: "kỷ niệm ngày thành lập Hội Liên hiệp Phụ nữ 20/10; thu đảng phí quý III.",
            11: "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư 18/11.",
            12: "kiểm điểm, đánh giá, xếp loại đảng viên và chi bộ năm 2018.",
        },
        "titles": {"Lò Văn So": "Bí thư chi bộ"},
        "topics": [
            _t(
                "Chuyển đổi cây trồng trên đất dốc, nhân rộng mô hình xoài ghép Đài Loan trong bản",
                1,
                3,
                ["Lò Văn So", "Vì Văn Thoong"],
                qtag="quý 1",
            ),
            _t(
                "Giữ gìn bản sắc văn hóa dân tộc Xinh Mun, xây dựng nếp sống văn minh ở bản",
                2,
                6,
                ["Quàng Thị Ban"],
                qtag="(Q2)",
            ),
            _t(
                "Đảng viên gương mẫu làm trước, vận động hộ nghèo vươn lên thoát nghèo",
                3,
                9,
                ["Lường Văn Minh", "Lò Văn So"],
                qtag="Quý III",
            ),
            _t(
                "Học tập và làm theo Bác về gần dân, trọng dân, nói đi đôi với làm",
                4,
                11,
                ["Vì Văn Thoong"],
                qtag="q.4",
            ),
        ],  # fmt: skip
        "closing": [
            "- Bí thư chi bộ chuẩn bị nội dung từng kỳ họp, báo cáo Đảng ủy xã khi có điều chỉnh.",
            "- Đảng viên dự họp đầy đủ, đúng giờ; vắng mặt phải báo cáo lý do.",
        ],
        "members": "12 đảng viên",
        "secretary": "Lò Văn So",
        "targets": [],
    },
    {
        "id": "102_mam_non_nam_thanh_dien_bien_phu_2022",
        "half": "dev",
        "fmt": "docx",
        "layout": "e_page_header_landscape",
        "province": "Điện Biên",
        "source": "https://pgdtpdienbienphu.edu.vn/news/giao-duc-mam-non/chi-bo-truong-mam-non-nam-thanh-to-chuc-thanh-cong-dai-hoi-chi-bo-nhiem-ky-2022-2025-987.html",
        "source_says": "Chi bộ Trường Mầm non Nam Thanh tổ chức Đại hội chi bộ nhiệm kỳ 2022 – 2025, có đồng chí Đỗ Thị "
        "Hải Yến, Phó Bí thư thường trực Đảng ủy phường Nam Thanh, đồng chí Phạm Văn Bảo, Bí thư chi bộ tổ dân "
        "phố 10, và 22 đảng viên dự; Đại hội bầu chi ủy 3 đồng chí: Nguyễn Thị Nhàn (Bí thư), Đào Thị Lý (Phó "
        "Bí thư), Nguyễn Thị Thu Hà (chi ủy viên).",
        "completed": [
            "the page reports the congress, not a plan: a thematic plan for the school year 2022 – 2023 (number, "
            "date, bases, aims, closing) is written as the school's cell might type it, with its heading in the "
            "Word page header and the schedule in a landscape section",
            "the four topics, their date ranges and forms, and the outline writers other than the three "
            "committee members are completed",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ Trường Mầm non Nam Thanh",
        "committee_name": "Đảng bộ phường Nam Thanh",
        "left": ["ĐẢNG BỘ PHƯỜNG NAM THANH", "CHI BỘ TRƯỜNG MẦM NON NAM THANH"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm học 2022 – 2023"],
        "school_year": "2022 – 2023",
        "number": 12,
        "type_code": "KH",
        "date": "2022-09-20",
        "place": "Nam Thanh",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025 và nhiệm vụ năm học 2022 – 2023 của nhà "
            "trường;",
        ],
        "opening": "Chi bộ xây dựng kế hoạch sinh hoạt chuyên đề năm học 2022 – 2023 như sau:",
        "aims": [
            "- Mỗi quý một chuyên đề; nội dung gắn với Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025 và "
            "việc đổi mới giáo dục mầm non.",
            "- Đồng chí chủ trì điều hành buổi sinh hoạt; đồng chí chuẩn bị đề cương gửi dự thảo cho chi ủy "
            "trước 05 ngày.",
        ],
        "titles": {
            "Nguyễn Thị Nhàn": "Bí thư",
            "Đào Thị Lý": "Phó Bí thư",
            "Nguyễn Thị Thu Hà": "Chi ủy viên",
        },
        "topics": [
            _t(
                "Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 – 2025, cụ thể hóa thành nhiệm vụ năm học",
                4,
                10,
                ["Nguyễn Thị Nhàn", "Đào Thị Lý"],
                "10/10 – 20/10/2022",
                "Sinh hoạt tập trung",
                qtag="Q4/2022",
            ),
            _t(
                "Xây dựng môi trường giáo dục lấy trẻ làm trung tâm",
                1,
                2,
                ["Đào Thị Lý", "Lò Thị Hương", "Phạm Thị Thanh Tâm"],
                "13/02 – 24/02/2023",
                "Sinh hoạt kết hợp dự hoạt động",
                qtag="Q1/2023",
            ),
            _t(
                "Học tập và làm theo Bác về tình thương yêu trẻ em, gắn với đạo đức nhà giáo",
                2,
                5,
                ["Nguyễn Thị Thu Hà", "Quàng Thị Nga"],
                "08/5 – 19/5/2023",
                "Sinh hoạt tập trung",
                qtag="Q2/2023",
            ),
            _t(
                "Công tác phát triển đảng viên trong giáo viên trẻ người dân tộc thiểu số",
                3,
                8,
                ["Nguyễn Thị Nhàn", "Nguyễn Thị Thu Hà"],
                "07/8 – 18/8/2023",
                "Tọa đàm",
                qtag="Q3/2023",
            ),
        ],  # fmt: skip
        "closing": [
            "- Chi ủy theo dõi việc chuẩn bị; sau mỗi chuyên đề chi bộ ban hành kết luận và báo cáo Đảng ủy "
            "phường Nam Thanh.",
            "- Kế hoạch có thể điều chỉnh theo hướng dẫn của cấp ủy cấp trên và tình hình nhà trường.",
        ],
        "members": "22 đảng viên",
        "secretary": "Nguyễn Thị Nhàn",
        "targets": [],
    },
    {
        "id": "103_mam_non_thuy_son_2020",
        "half": "dev",
        "fmt": "doc",
        "layout": "e_nested_quarter_tables",
        "province": "Thái Bình",
        "source": "http://mnthuyson.thaithuy.edu.vn/gioi-thieu/truong-viet-anh/dai-hoi-chi-bo-mam-non-thuy-son-nhiem-ky-2020-2022.html",
        "source_says": "Chi bộ Trường Mầm non Thụy Sơn tổ chức Đại hội nhiệm kỳ 2020 – 2022 tại trường; đồng chí Đỗ "
        "Xuân Thược, Bí thư Đảng ủy xã, phát biểu chỉ đạo; Đại hội bầu 3 đồng chí vào chi ủy: Đặng Thị Thu "
        "Hường (Bí thư), Nguyễn Thị Hương (Phó Bí thư), Ngô Thị Thương (ủy viên).",
        "completed": [
            "the page reports the congress, not a plan: an adjusted thematic plan for 2020 (number, date, "
            "bases, aims, closing) is written as the cell might have typed it in May 2020, its topics in a "
            "table nested in each quarter's row",
            "the five topics, their months and the preparers other than the three committee members are "
            "completed; the April topic is struck out and moved to July (quarter 3) because schools were "
            "closed for Covid-19 in spring 2020 — the truth keeps the new month and quarter",
        ],
        "kind": "thematic",
        "year": 2020,
        "cell_name": "Chi bộ Trường Mầm non Thụy Sơn",
        "committee_name": "Đảng bộ xã Thụy Sơn",
        "left": ["ĐẢNG BỘ XÃ THỤY SƠN", "CHI BỘ TRƯỜNG MẦM NON THỤY SƠN"],
        "title_lines": ["KẾ HOẠCH (điều chỉnh)", "Sinh hoạt chuyên đề năm 2020"],
        "number": 7,
        "type_code": "KH",
        "date": "2020-05-12",
        "place": "Thụy Sơn",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Mầm non Thụy Sơn nhiệm kỳ 2020 – 2022;",
            "Căn cứ tình hình thực hiện phòng, chống dịch Covid-19 và thời gian trẻ nghỉ học;",
        ],
        "opening": "Chi bộ Trường Mầm non Thụy Sơn điều chỉnh kế hoạch sinh hoạt chuyên đề năm 2020 như sau:",
        "aims": [
            "- Bảo đảm mỗi quý có chuyên đề; chuyên đề nào chưa tổ chức được do dịch bệnh thì chuyển sang "
            "quý sau, không bỏ.",
            "- Người thực hiện chuẩn bị dự thảo, báo cáo Bí thư chi bộ trước kỳ sinh hoạt.",
        ],
        "titles": {"Đặng Thị Thu Hường": "Bí thư", "Nguyễn Thị Hương": "Phó Bí thư"},
        "topics": [
            _t(
                "Học tập và làm theo Bác về tinh thần tự học, tự rèn luyện của người giáo viên mầm non",
                1,
                2,
                ["Nguyễn Thị Hương"],
                "Tháng 2",
            ),
            _t(
                "Đổi mới sinh hoạt chuyên môn theo hướng lấy trẻ làm trung tâm",
                3,
                7,
                ["Ngô Thị Thương", "Phạm Thị Huyền"],
                "Tháng 7/2020",
                listed_q=2,
                struck="Tháng 4",
                note="(lùi sang quý 3 do trẻ nghỉ học phòng dịch)",
            ),
            _t(
                "Phòng, chống dịch Covid-19, bảo đảm an toàn cho trẻ khi đi học trở lại",
                2,
                6,
                ["Đặng Thị Thu Hường"],
                "Tháng 6",
            ),
            _t(
                "Chuẩn bị các điều kiện cho năm học 2020 – 2021, giữ vững trường chuẩn quốc gia",
                3,
                9,
                ["Đặng Thị Thu Hường", "Vũ Thị Lan"],
                "Tháng 9",
            ),
            _t(
                "Phát huy vai trò đảng viên trong phong trào thi đua chào mừng ngày Nhà giáo Việt Nam 20/11",
                4,
                11,
                ["Nguyễn Thị Hương", "Ngô Thị Thương"],
                "Tháng 11",
            ),
        ],  # fmt: skip
        "closing": [
            "- Bí thư chi bộ chỉ đạo thực hiện kế hoạch điều chỉnh; báo cáo Đảng ủy xã Thụy Sơn.",
            "- Kế hoạch này thay thế kế hoạch sinh hoạt chuyên đề ban hành đầu năm 2020.",
        ],
        "members": "đảng viên",
        "secretary": "Đặng Thị Thu Hường",
        "targets": [],
    },
    {
        "id": "104_chi_bo_to_dan_pho_10_nam_thanh_2022",
        "half": "dev",
        "fmt": "odt",
        "layout": "e_resolution_split_runs",
        "province": "Điện Biên",
        "source": "https://pgdtpdienbienphu.edu.vn/news/giao-duc-mam-non/chi-bo-truong-mam-non-nam-thanh-to-chuc-thanh-cong-dai-hoi-chi-bo-nhiem-ky-2022-2025-987.html",
        "source_says": "The page (a school cell's congress in phường Nam Thanh, 2022) names among the guests đồng chí "
        "Phạm Văn Bảo, Bí thư chi bộ tổ dân phố 10, and đồng chí Đỗ Thị Hải Yến, Phó Bí thư thường trực Đảng ủy "
        "phường Nam Thanh.",
        "completed": [
            "the page only names the cell and its secretary: the residential cell's resolution for 2022 "
            "(number, date, bases, assessment, targets, solutions) is written as such a cell might type it",
            "the targets, the four topics, their times and every member other than the secretary are completed "
            "and invented",
        ],
        "kind": "activity",
        "year": 2022,
        "cell_name": "Chi bộ tổ dân phố 10",
        "committee_name": "Đảng bộ phường Nam Thanh",
        "left": ["ĐẢNG BỘ PHƯỜNG NAM THANH", "CHI BỘ TDP 10"],
        "title_lines": ["NGHỊ QUYẾT", "Hội nghị chi bộ đầu năm 2022"],
        "period": "NĂM 2022",
        "number": 9,
        "type_code": "NQ",
        "date": "2022-01-20",
        "place": "Nam Thanh",
        "legal_bases": [
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
            "Căn cứ kết quả hội nghị Chi bộ tổ dân phố 10 ngày 18/01/2022,",
        ],
        "opening": "Chi bộ tổ dân phố 10 quyết nghị:",
        "situation": [
            "Năm 2021, chi bộ lãnh đạo tổ dân phố hoàn thành các chỉ tiêu; nội bộ đoàn kết; sinh hoạt thường kỳ "
            "và chuyên đề được duy trì. Hạn chế: một số đảng viên cao tuổi ít tham gia sinh hoạt.",
        ],
        "target_lines": [
            "- Chi bộ phấn đấu đạt “hoàn thành tốt nhiệm vụ” trở lên.",
            "- Phấn đấu 100% đảng viên hoàn thành nhiệm vụ trở lên, trong đó ít nhất 20% hoàn thành tốt nhiệm vụ.",
            "- Giới thiệu và kết nạp 01 quần chúng ưu tú vào Đảng.",
            "- Phấn đấu 95% số hộ đạt danh hiệu “Gia đình văn hóa”.",
        ],
        "tasks": [
            "1. Tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
            "2. Lãnh đạo tổ dân phố giữ vững danh hiệu “Tổ dân phố văn hóa”, bảo đảm an ninh trật tự.",
            "3. Làm tốt công tác tạo nguồn, phát triển đảng viên trong đoàn viên thanh niên.",
        ],
        "titles": {"Phạm Văn Bảo": "Bí thư"},
        "topics": [
            _t(
                "Phát huy vai trò đảng viên trong giữ gìn vệ sinh môi trường, chỉnh trang đô thị",
                1,
                3,
                ["Phạm Văn Bảo"],
                "Đầu tháng 3/2022",
            ),
            _t(
                "Học tập và làm theo Bác về đức tính giản dị, tiết kiệm",
                2,
                6,
                ["Lò Thị Thanh", "Nguyễn Văn Hưng"],
                "Giữa tháng 6/2022",
            ),
            _t(
                "Phòng, chống ma túy, tệ nạn xã hội trong tổ dân phố",
                3,
                9,
                ["Nguyễn Văn Hưng"],
                "Cuối tháng 9/2022",
            ),
            _t(
                "Công tác tạo nguồn, kết nạp đảng viên trong đoàn viên thanh niên",
                4,
                11,
                ["Phạm Văn Bảo", "Lò Thị Thanh"],
                "Tuần 2 tháng 11/2022",
            ),
        ],  # fmt: skip
        "closing": [
            "- Chi ủy cụ thể hóa nghị quyết thành chương trình hằng tháng; sơ kết 6 tháng, tổng kết năm.",
            "- Mỗi đảng viên đăng ký việc làm cụ thể gắn với chỉ tiêu của chi bộ.",
        ],
        "members": "đảng viên",
        "secretary": "Phạm Văn Bảo",
        "targets": [
            target("Chi bộ đạt “hoàn thành tốt nhiệm vụ” trở lên", "yes_no"),
            target("100% đảng viên hoàn thành nhiệm vụ trở lên", "percent", 100),
            target("ít nhất 20% đảng viên hoàn thành tốt nhiệm vụ", "percent", 20),
            target("Kết nạp 01 quần chúng ưu tú vào Đảng", "count", 1),
            target("95% số hộ đạt danh hiệu “Gia đình văn hóa”", "percent", 95),
        ],
    },
    {
        "id": "105_thcs_thanh_binh_dien_bien_phu_2025",
        "half": "dev",
        "fmt": "doc",
        "layout": "e_quarter_month_grid",
        "province": "Điện Biên",
        "source": "https://pgdtpdienbienphu.edu.vn/news/giao-duc-trung-hoc-co-so/truong-thcs-thanh-binh-to-chuc-thanh-cong-dai-hoi-chi-bo-nhiem-ky-2025-2027-2150.html",
        "source_says": "Chiều 28/2/2025, được sự đồng ý của Ban Thường vụ Đảng ủy phường Thanh Bình, Chi bộ trường THCS "
        "Thanh Bình tổ chức Đại hội chi bộ lần thứ XIII, nhiệm kỳ 2025 – 2027, có đồng chí Vũ Đình Toán, Phó Bí "
        "thư Đảng ủy, Chủ tịch UBND phường, và 19 đảng viên dự; Đại hội bầu chi ủy 03 đồng chí: Bùi Thị Thanh "
        "Huyền (Bí thư), Nguyễn Thị Thanh Hương (Phó Bí thư), Vũ Thị Kim Duyên (chi ủy viên).",
        "completed": [
            "the page reports the congress, not a plan: a work programme from March to December 2025 (number, "
            "date, bases, aims, the school's regular work) is written as the cell might keep it, a grid of the "
            "twelve months under merged quarter headings",
            "the four topics, their months and the preparers other than the three committee members are completed",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường THCS Thanh Bình",
        "committee_name": "Đảng bộ phường Thanh Bình",
        "left": ["ĐẢNG BỘ PHƯỜNG THANH BÌNH", "CHI BỘ TRƯỜNG THCS THANH BÌNH"],
        "title_lines": ["CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025"],
        "number": 2,
        "type_code": "CTr",
        "date": "2025-03-10",
        "place": "Thanh Bình",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường THCS Thanh Bình lần thứ XIII, nhiệm kỳ 2025 – 2027;"
        ],
        "opening": "Chi bộ Trường THCS Thanh Bình (19 đảng viên) xây dựng chương trình công tác năm 2025 như sau:",
        "aims": [
            "- Cụ thể hóa Nghị quyết Đại hội Chi bộ lần thứ XIII; mỗi quý một kỳ sinh hoạt chuyên đề.",
            "- Lãnh đạo nhà trường hoàn thành nhiệm vụ năm học; phát triển đảng viên.",
        ],
        "work": [
            (
                "Triển khai Nghị quyết Đại hội Chi bộ; phân công chi ủy viên phụ trách",
                "Chi ủy",
                [3],
            ),
            (
                "Chỉ đạo ôn tập, thi vào lớp 10; tổng kết năm học 2024 – 2025",
                "Ban Giám hiệu",
                [4, 5],
            ),
            ("Sơ kết 6 tháng đầu năm", "Chi ủy", [6]),
            ("Chuẩn bị năm học mới 2025 – 2026; tuyển sinh lớp 6", "Ban Giám hiệu", [7, 8]),
            ("Hội nghị viên chức đầu năm học", "Công đoàn", [10]),
            ("Kiểm điểm, đánh giá, xếp loại đảng viên cuối năm", "Chi ủy", [12]),
        ],
        "topics": [
            _t(
                "Quán triệt Nghị quyết Đại hội Chi bộ lần thứ XIII, nhiệm kỳ 2025 – 2027",
                1,
                3,
                ["Bùi Thị Thanh Huyền", "Nguyễn Thị Thanh Hương"],
            ),
            _t(
                "Nâng cao chất lượng giáo dục mũi nhọn và ôn thi vào lớp 10",
                2,
                5,
                ["Vũ Thị Kim Duyên"],
            ),
            _t(
                "Giáo dục kỹ năng sống, phòng chống bạo lực học đường",
                3,
                9,
                ["Nguyễn Thị Thanh Hương", "Lường Văn Tuấn"],
            ),
            _t("Trách nhiệm nêu gương của đảng viên là nhà giáo", 4, 11, ["Bùi Thị Thanh Huyền"]),
        ],  # fmt: skip
        "closing": [
            "- Chi ủy điều hành chương trình; nội dung có thể điều chỉnh theo chỉ đạo của Đảng ủy phường.",
            "- Đồng chí được phân công phụ trách báo cáo kết quả tại kỳ sinh hoạt gần nhất.",
        ],
        "members": "19 đảng viên",
        "secretary": "Bùi Thị Thanh Huyền",
        "targets": [],
    },
    {
        "id": "106_chi_bo_thon_trung_tam_khang_nhat_2024",
        "half": "dev",
        "fmt": "odt",
        "layout": "e_conclusion_notice",
        "province": "Tuyên Quang",
        "source": "https://baotuyenquang.com.vn/chuyen-de/nguoi-tot-viec-tot/trang-25.html",
        "source_says": "Ông Hà Hữu Vịnh, Bí thư Chi bộ kiêm Trưởng thôn Trung Tâm, xã Kháng Nhật (Sơn Dương), được "
        "chính quyền và người dân nhận xét là đảng viên gương mẫu, trách nhiệm, hết lòng vì công việc chung "
        "của thôn. The listing gives no year.",
        "completed": [
            "the page is a short portrait of the secretary: a notice of the cell's conclusion on its thematic "
            "meetings for 2024 (number, date, assessment, assignments) is written as a village cell might type "
            "it; the year 2024 is chosen",
            "the four topics, their times and the members other than the secretary are completed and invented; "
            "the quarter III topic is written “tuần 2 tháng 10”, outside its quarter (conflicts: 1)",
        ],
        "kind": "thematic",
        "year": 2024,
        "cell_name": "Chi bộ thôn Trung Tâm",
        "committee_name": "Đảng bộ xã Kháng Nhật",
        "left": ["ĐẢNG BỘ XÃ KHÁNG NHẬT", "CHI BỘ THÔN TRUNG TÂM"],
        "title_lines": [
            "THÔNG BÁO",
            "Kết luận của Chi bộ về chương trình sinh hoạt chuyên đề năm 2024",
        ],
        "number": 3,
        "type_code": "TB",
        "date": "2024-01-12",
        "place": "Kháng Nhật",
        "legal_bases": [],
        "opening": "Ngày 05/01/2024, Chi bộ thôn Trung Tâm họp thường kỳ, bàn chương trình sinh hoạt chuyên đề "
        "năm 2024. Sau khi thảo luận, Chi bộ kết luận như sau:",
        "situation": [
            "Năm 2023 chi bộ tổ chức đủ 04 kỳ sinh hoạt chuyên đề; nội dung gắn với việc làm của thôn. Một số "
            "đảng viên chuẩn bị còn sơ sài, phát biểu ít.",
        ],
        "titles": {"Hà Hữu Vịnh": "Bí thư Chi bộ kiêm Trưởng thôn"},
        "topics": [
            _t(
                "Đảng viên gương mẫu tham gia làm đường giao thông nông thôn",
                1,
                3,
                ["Hà Hữu Vịnh"],
                "đầu tháng 3",
                qtag="quý I",
            ),
            _t(
                "Phát triển rừng trồng gỗ lớn gắn với bảo vệ rừng",
                2,
                6,
                ["Nguyễn Văn Tuấn", "Hà Thị Lụa"],
                "giữa tháng 6",
                qtag="quý II",
            ),
            _t(
                "Giữ gìn an ninh trật tự, phòng chống tệ nạn xã hội ở thôn",
                3,
                10,
                ["Lương Văn Hòa"],
                "tuần 2 tháng 10",
                conflict=True,
                qtag="quý III",
            ),
            _t(
                "Học tập và làm theo Bác về tinh thần “đảng viên đi trước, làng nước theo sau”",
                4,
                11,
                ["Hà Hữu Vịnh", "Hà Thị Lụa"],
                "cuối tháng 11",
                qtag="quý IV",
            ),
        ],  # fmt: skip
        "closing": [
            "- Các đồng chí được giao gửi đề cương cho Bí thư Chi bộ trước kỳ sinh hoạt 05 ngày.",
            "- Đảng viên trong chi bộ nghiên cứu, chuẩn bị ý kiến tham gia.",
        ],
        "members": "đảng viên",
        "secretary": "Hà Hữu Vịnh",
        "targets": [],
    },
    {
        "id": "107_chi_bo_thon_mao_choa_su_2022",
        "half": "dev",
        "fmt": "scan",
        "layout": "e_quarter_cards",
        "province": "Lào Cai",
        "source": "http://laocaitv.vn/chinh-tri-xa-hoi/bi-thu-chi-bo-nguoi-mong-voi-tam-nguyen-dua-thon-ban-thoat-ngheo",
        "source_says": "03/3/2022: đảng viên người Mông Vàng Seo Lô, Bí thư Chi bộ thôn Máo Chóa Sủ, xã Tả Ngài Chồ, "
        "huyện Mường Khương, vận động bà con giữ ấm cho gia súc trong đợt rét; trong các cuộc sinh hoạt chi bộ "
        "anh quán triệt đảng viên về phòng chống rét, phòng chống dịch; Máo Chóa Sủ có 100% đồng bào Mông.",
        "completed": [
            "the page is a portrait of the secretary: a one-page thematic plan for 2022 (number, date, opening, "
            "closing) is written as a village cell might print it, the four topics as cards in a 2 × 2 table; "
            "printed and scanned",
            "the topics (the first from what the page tells: protecting cattle in the cold spell), their months "
            "and the members other than the secretary are completed and invented",
        ],
        "kind": "thematic",
        "year": 2022,
        "cell_name": "Chi bộ thôn Máo Chóa Sủ",
        "committee_name": "Đảng bộ xã Tả Ngài Chồ",
        "left": ["ĐẢNG BỘ XÃ TẢ NGÀI CHỒ", "CHI BỘ THÔN MÁO CHÓA SỦ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2022"],
        "number": 4,
        "type_code": "KH",
        "date": "2022-01-10",
        "place": "Tả Ngài Chồ",
        "legal_bases": [],
        "opening": "Chi bộ thôn Máo Chóa Sủ tổ chức sinh hoạt chuyên đề năm 2022, mỗi quý một lần, như sau:",
        "titles": {"Vàng Seo Lô": "Bí thư"},
        "topics": [
            _t(
                "Phòng chống đói, rét cho đàn gia súc; phòng chống dịch bệnh trong thôn",
                1,
                2,
                ["Vàng Seo Lô"],
                "QUÝ 1 – THÁNG 2",
            ),
            _t(
                "Đảng viên đi đầu chuyển đổi cây trồng, trồng quế trên đất dốc",
                2,
                5,
                ["Lù Seo Sử", "Vàng Seo Lô"],
                "QUÝ 2 – THÁNG 5",
            ),
            _t(
                "Vận động học sinh đến trường, không bỏ học giữa chừng",
                3,
                8,
                ["Giàng Thị Mai"],
                "QUÝ 3 – THÁNG 8",
            ),
            _t(
                "Xóa bỏ hủ tục trong cưới hỏi, tang ma của đồng bào Mông",
                4,
                11,
                ["Vàng Seo Lô", "Lù Seo Sử"],
                "QUÝ 4 – THÁNG 11",
            ),
        ],  # fmt: skip
        "closing": [
            "Đồng chí được phân công chuẩn bị nội dung, báo cáo Bí thư chi bộ trước kỳ sinh hoạt."
        ],
        "members": "đảng viên",
        "secretary": "Vàng Seo Lô",
        "targets": [],
    },
    {
        "id": "108_tieu_hoc_me_tri_2025",
        "half": "dev",
        "fmt": "docx",
        "layout": "e_half_year_superscript_notes",
        "province": "Hà Nội",
        "source": "https://thmetri.hanoi.edu.vn/hoat-dong-video/dai-hoi-chi-bo-truong-tieu-hoc-me-tri-nhiem-ky-2025-2027/ct/23870/25328",
        "source_says": "Ngày 7/2/2025 Chi bộ Trường Tiểu học Mễ Trì tổ chức Đại hội Chi bộ nhiệm kỳ 2025 – 2027, có đại "
        "diện Đảng ủy phường Mễ Trì dự; Đại hội bầu chi ủy 03 đồng chí: đồng chí Nguyễn Thị Mai Hoa, Hiệu "
        "trưởng, Bí thư Chi bộ; đồng chí Trần Lưu Thắng, Phó Hiệu trưởng, Phó Bí thư Chi bộ.",
        "completed": [
            "the page reports the congress, not a plan: a thematic plan for 2025 (number, date, bases, aims, "
            "closing) is written as the school's cell might type it after its congress, the people only in "
            "numbered notes after the topics",
            "the four topics, their months and the members other than the Secretary and the Deputy Secretary "
            "are completed",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường Tiểu học Mễ Trì",
        "committee_name": "Đảng bộ phường Mễ Trì",
        "left": ["ĐẢNG BỘ PHƯỜNG MỄ TRÌ", "CHI BỘ TRƯỜNG TIỂU HỌC MỄ TRÌ"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2025"],
        "number": 3,
        "type_code": "KH",
        "date": "2025-02-20",
        "place": "Mễ Trì",
        "legal_bases": [
            BASE_HD12,
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Tiểu học Mễ Trì nhiệm kỳ 2025 – 2027;",
        ],
        "opening": "Chi bộ Trường Tiểu học Mễ Trì xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:",
        "aims": [
            "- Cụ thể hóa Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 – 2027; mỗi quý một chuyên đề.",
            "- Người chủ trì và người chuẩn bị ghi ở phần chú thích cuối mục II.",
        ],
        "titles": {
            "Nguyễn Thị Mai Hoa": "Bí thư, Hiệu trưởng",
            "Trần Lưu Thắng": "Phó Bí thư, Phó Hiệu trưởng",
        },
        "topics": [
            _t(
                "Quán triệt Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 – 2027",
                1,
                3,
                ["Nguyễn Thị Mai Hoa", "Trần Lưu Thắng"],
                "Tháng 3 (Q1)",
                roles=["chủ trì", "chuẩn bị"],
            ),
            _t(
                "Chuyển đổi số trong dạy học và quản lý nhà trường",
                2,
                5,
                ["Trần Lưu Thắng", "Lê Thu Trang"],
                "Tháng 5 (Q2)",
                roles=["chủ trì", "chuẩn bị"],
            ),
            _t(
                "Giáo dục đạo đức, lối sống cho học sinh tiểu học qua hoạt động trải nghiệm",
                3,
                9,
                ["Phạm Thị Ngọc Anh"],
                "Tháng 9 (Q3)",
                roles=["chuẩn bị"],
            ),
            _t(
                "Trách nhiệm nêu gương của đảng viên là nhà giáo",
                4,
                11,
                ["Nguyễn Thị Mai Hoa", "Đỗ Minh Hằng"],
                "Tháng 11 (Q4)",
                roles=["chủ trì", "chuẩn bị"],
            ),
        ],  # fmt: skip
        "closing": [
            "- Chi ủy đôn đốc việc chuẩn bị; báo cáo kết quả sinh hoạt chuyên đề về Đảng ủy phường Mễ Trì.",
            "- Đảng viên nghiên cứu tài liệu trước, tham gia ý kiến tại buổi sinh hoạt.",
        ],
        "members": "đảng viên",
        "secretary": "Nguyễn Thị Mai Hoa",
        "targets": [],
    },
    {
        "id": "109_tieu_hoc_thi_tran_an_lao_2025",
        "half": "dev",
        "fmt": "txt",
        "layout": "e_topic_blocks_plus",
        "province": "Hải Phòng",
        "source": "https://ththitrananlao.haiphong.edu.vn/hoat-dong-dang-cong-doan/dai-hoi-chi-bo-nhiem-ky-2025-2027/ct/22738/319686",
        "source_says": "Sáng 09/01/2025 Chi bộ Trường Tiểu học Thị trấn An Lão tổ chức Đại hội Chi bộ nhiệm kỳ 2025 – "
        "2027, được sự nhất trí của Ban Thường vụ Đảng ủy thị trấn An Lão; dự có đồng chí Vũ Thị Bích Nương, "
        "Bí thư Đảng ủy, Chủ tịch HĐND thị trấn; đồng chí Phạm Thị Sơn, Bí thư Chi bộ, Hiệu trưởng, khai mạc "
        "và trình bày dự thảo báo cáo chính trị.",
        "completed": [
            "the page reports the congress, not a plan: a thematic plan for 2025 (number, date, bases, aims, "
            "closing) is written as the school's cell might keep it in plain text, each topic a block with "
            "its date range and “+” lines",
            "the four topics, their dates and every member other than the secretary are completed",
        ],
        "kind": "thematic",
        "year": 2025,
        "cell_name": "Chi bộ Trường Tiểu học Thị trấn An Lão",
        "committee_name": "Đảng bộ thị trấn An Lão",
        "left": ["ĐẢNG BỘ THỊ TRẤN AN LÃO", "CHI BỘ TRƯỜNG TIỂU HỌC THỊ TRẤN AN LÃO"],
        "title_lines": ["KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2025"],
        "number": 2,
        "type_code": "KH",
        "date": "2025-02-14",
        "place": "An Lão",
        "legal_bases": [
            "Căn cứ Nghị quyết Đại hội Chi bộ Trường Tiểu học Thị trấn An Lão nhiệm kỳ 2025 – 2027;",
        ],
        "opening": "Chi bộ xây dựng kế hoạch sinh hoạt chuyên đề năm 2025 như sau:",
        "aims": [
            "- Mỗi quý một chuyên đề, gắn với nhiệm vụ năm học và Nghị quyết Đại hội Chi bộ.",
            "- Tài liệu gửi đảng viên trước buổi sinh hoạt ít nhất 03 ngày.",
        ],
        "titles": {"Phạm Thị Sơn": "Bí thư Chi bộ"},
        "topics": [
            _t(
                "Học tập, quán triệt Nghị quyết Đại hội Đảng bộ thị trấn An Lão lần thứ VIII",
                1,
                3,
                ["Phạm Thị Sơn", "Nguyễn Thị Hải Yến"],
                "10/3 – 20/3/2025",
                audience="toàn thể đảng viên",
            ),
            _t(
                "Nâng cao chất lượng dạy học Tiếng Anh và Tin học theo chương trình mới",
                2,
                4,
                ["Bùi Văn Khánh", "Trần Thị Thu"],
                "14/4 – 25/4/2025",
                audience="đảng viên, tổ trưởng chuyên môn",
            ),
            _t(
                "Bảo đảm an toàn trường học, phòng chống đuối nước cho học sinh dịp hè",
                3,
                7,
                ["Nguyễn Thị Hải Yến"],
                "07/7 – 11/7/2025",
                audience="toàn thể đảng viên",
            ),
            _t(
                "Xây dựng văn hóa học đường, trường học hạnh phúc",
                4,
                10,
                ["Phạm Thị Sơn", "Trần Thị Thu"],
                "13/10 – 24/10/2025",
                audience="đảng viên, đại diện Công đoàn, Chi đoàn",
            ),
        ],  # fmt: skip
        "closing": [
            "- Chi ủy phân công, kiểm tra việc chuẩn bị; kết quả báo cáo Đảng ủy thị trấn An Lão.",
            "- Kế hoạch được điều chỉnh khi có chỉ đạo của cấp trên.",
        ],
        "members": "đảng viên",
        "secretary": "Phạm Thị Sơn",
        "targets": [],
    },
]
