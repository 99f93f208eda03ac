"""Text that comes in shapes the reader does not otherwise take, put back as a person reads it.

- letters of an old Vietnamese font converted to Unicode ("Ð" U+00D0 for "Đ");
- words hyphenated at a line's end by a PDF's export ("ki-" / "nh tế"), page footers;
- rows pasted from a spreadsheet as tab-separated text, a cell with a line break kept in
  double quotes over several lines ("Tháng 3/2021" / "(quý I)").
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from typing import TYPE_CHECKING

from chibo.lib.vietnamese import fold

from .times import HALF_YEAR, QUARTER_HEAD, quarter_of_month

if TYPE_CHECKING:
    from .schema import ParsedTopic
    from .text import Line

# The Icelandic eth of Latin-1 stands for Vietnamese đ in text typed in TCVN3/VNI fonts and
# converted: it looks the same and is no Vietnamese letter of its own.
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def letters(text: str) -> str:
    """Letters of an old font written as the Vietnamese letters they show."""
    return text.translate(_ETH)


# A word cut at a line's end by a hyphen glued to its letters ("ki-", "Ch-", "lu-"); the line
# after goes on with small letters ("nh tế", "ương trình", "ận).").
_CUT_WORD = re.compile(r"(?<=[^\W\d_])-$")
_GOES_ON = re.compile(r"^[a-zà-ỹđ]")
# A page's footer in a text exported from a PDF: "Trang 1/2", "Trang 3", "- 2 -".
_PAGE_FOOTER = re.compile(
    r"^\s*(?:trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?|[-–]\s*\d{1,3}\s*[-–])\s*$", re.I
)


def _cut(line: str) -> bool:
    return bool(_CUT_WORD.search(line.rstrip()))


def page_text(lines: list[str]) -> list[str]:
    """Lines of a plain text with the words a PDF's export hyphenated at a line's end joined
    again ("ki-" + "nh tế" → "kinh tế") and a line that is only a page's footer ("Trang 1/2")
    dropped with the blank lines around it (one blank line is left: a page break)."""
    out: list[str] = []
    footer = False
    for line in lines:
        if _PAGE_FOOTER.match(line):
            while out and not out[-1].strip():
                out.pop()
            out.append("")
            footer = True
            continue
        if footer and not line.strip():
            continue
        footer = False
        stripped = line.strip()
        if out and out[-1].strip() and _cut(out[-1]) and _GOES_ON.match(stripped):
            out[-1] = out[-1].rstrip()[:-1] + stripped
            continue
        out.append(line)
    return out


def quoted_tab_rows(items: list[str | list[list[str]]]) -> list[str | list[list[str]]]:
    """Rows pasted from a spreadsheet (tab-separated; a cell holding a line break written in
    double quotes, its quotes doubled inside) read back as one table, each cell's lines kept as
    the cell's lines. Only runs where a quoted cell does go over a line's end are read so:
    other tabbed lines are left to the reader's tab tables."""
    out: list[str | list[list[str]]] = []
    lines = [item if isinstance(item, str) else "" for item in items]  # a drawn table: no tab
    i = 0
    while i < len(lines):
        if "\t" not in lines[i]:
            out.append(items[i])
            i += 1
            continue
        j, spans = i, False
        while j < len(lines) and "\t" in lines[j]:
            k = j
            record = lines[k]
            while _open_quote(record) and k + 1 < len(lines):
                k += 1
                record += "\n" + lines[k]
                spans = True
            if _open_quote(record):
                break
            j = k + 1
        if not spans or j - i < 2:
            out.extend(lines[i:j] if j > i else lines[i : i + 1])  # all text: no drawn table
            i = max(j, i + 1)
            continue
        rows = [
            [cell.strip() for cell in row]
            for row in csv.reader(io.StringIO("\n".join(lines[i:j])), delimiter="\t")
        ]
        rows = [row for row in rows if any(row)]
        width = max(len(row) for row in rows)
        out.append([row + [""] * (width - len(row)) for row in rows])
        i = j
    return out


def _open_quote(record: str) -> bool:
    """Does a tab-separated record end inside a quoted cell? A quote opens a cell only at its
    start; inside, a doubled quote is a quote of the text and a single one closes the cell."""
    inside, k = False, 0
    while k < len(record):
        char = record[k]
        if inside and char == '"':
            if record[k + 1 : k + 2] == '"':
                k += 2
                continue
            inside = False
        elif not inside and char == '"' and (k == 0 or record[k - 1] == "\t"):
            inside = True
        k += 1
    return inside


# A numbered item ("1/ Tháng 3 (quý 1):", "2. …", "II) …"), not a date ("15/01/2021").
_ITEM = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\s*[./)](?!\d)\s*\S")
_COLUMN_HEADS = ("chuyen de", "chu de", "noi dung", "thoi gian")


def body_start(lines: list[Line]) -> int | None:
    """Where the body of a short plan with neither numbered sections nor a sentence opening it
    ('… như sau:') starts (a message, a list pasted from a spreadsheet): at its first numbered
    item, or at its first table of several rows whose first row names the columns."""
    for i, line in enumerate(lines):
        if line.is_table:
            head = [fold(cell) for cell in line.rows[0]]
            if len(line.rows) >= 2 and any(c.startswith(_COLUMN_HEADS) for c in head):
                return i
        elif i and _ITEM.match(line.text):
            return i
    return None


# A line that starts by addressing a person the way a message does ("a Y Khai Niê + a Y Thuân
# Ayun", "chị H’Nga Mlô (chi hội trưởng …)", "anh Tuấn", "ông …", "bà …"): in a message typed in
# short lines, the person charged with the item above, not words of its title. "đồng chí", "đ/c"
# are left out: a formal sentence wrapped by the page puts them at a line's start as well.
_PERSON_START = re.compile(
    r"^(?:a|anh|chị|ông|bà|cô|thầy)\.?\s+(?:[YH]\s+|[YH]’)?[A-ZĐÀ-Ỹ][a-zà-ỹđ’']*"
    r"(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ’']*){1,4}(?=\s*(?:$|[(+,;–-]|\b(?:chuẩn bị|chủ trì|trình bày|báo cáo)\b))"
)
# A line's end that calls for more of the same sentence: a comma, a dash, a linking word.
_OPEN_END = re.compile(r"(?:[,;:–-]|\b(?:giao|và|của|cho|do|với|gồm))\s*$", re.IGNORECASE)


def names_a_person(text: str, previous: str = "") -> bool:
    """Does a line open with a person addressed by a word of courtesy and a full name, after a
    line that does not call for more of its sentence?"""
    return bool(_PERSON_START.match(text)) and not _OPEN_END.search(previous)


# A time in brackets closing a topic's title: "… ở lớp 1 (Thực hiện trong tháng 9/2020)".
_TIME_BRACKET = re.compile(r"\s*\(([^()]{3,60})\)\s*[.;,]?\s*$")
_DONE_WORDS = re.compile(
    r"^(?:dự\s+kiến\s+)?(?:(?:thực\s+hiện|tổ\s+chức|sinh\s+hoạt)(?:\s+(?:trong|vào))?\s*:?\s*)?",
    re.IGNORECASE,
)


def bracketed_times(topics: list[ParsedTopic]) -> None:
    """A title that ends with its time in brackets ('(Thực hiện trong tháng 3/2020)', '(tháng
    5)'): the bracket is the topic's time, not words of its title. The title loses it; the
    month and quarter it gives are taken where the topic has none of its own."""
    from .topics import _is_time_only, parse_time

    for topic in topics:
        match = _TIME_BRACKET.search(topic.title)
        if not match or len(topic.title[: match.start()].split()) < 3:
            continue
        said = _DONE_WORDS.sub("", match.group(1).strip())
        if not said or not _is_time_only(said):
            continue
        time = parse_time(said)
        if len(time.months) > 1 or len(time.quarters) > 1:
            continue
        topic.title = topic.title[: match.start()].rstrip(" ,;–-")
        if topic.month is None and time.months:
            topic.month = time.months[0]
        if topic.quarter is None:
            if time.quarters:
                topic.quarter = time.quarters[0]
            elif topic.month is not None:
                topic.quarter = quarter_of_month(topic.month)


def most_title_words(section: str, text: str) -> int:
    """How many words a numbered item may have and still be a topic's title: 30, or 60 in a
    section about the topics when the item is one phrase (a title over two or three lines, no
    full stop inside or at its end)."""
    if "chuyen de" in fold(section) and not re.search(r"[.!?](?:\s|$)", text.rstrip('”"')):
        return 60
    return 30


_TOPIC_NUMBER = re.compile(r"^\s*chuyên\s+đề\s*(?:số\s*)?\d{1,2}\s*[:.–-]\s*", re.IGNORECASE)


def title_rows(line: Line) -> Line:
    """A table where each topic takes two rows: its title in a row merged across the table
    ('Chuyên đề 1: Tên'), then its fields under the heading row ('Thời gian' | 'Người thực
    hiện' | 'Sản phẩm'). Read as one row a topic, its title in a first column 'Chuyên đề'.
    A row across that only tells a time ('QUÝ I') is a band over the rows, left as it is."""
    from .topics import _is_time_only

    if not line.is_table or len(line.rows) < 5:
        return line
    head, rest = line.rows[0], line.rows[1:]
    width = len(head)
    if width < 2 or any(len(row) not in (1, width) for row in rest):
        return line
    if len(rest) % 2 or any(
        len(rest[k]) != 1 or len(rest[k + 1]) != width for k in range(0, len(rest), 2)
    ):
        return line
    titles = [_TOPIC_NUMBER.sub("", rest[k][0]).strip() for k in range(0, len(rest), 2)]
    if any(not t or _is_time_only(t) for t in titles):
        return line
    rows = [["Chuyên đề", *head]] + [
        [title, *rest[k + 1]] for title, k in zip(titles, range(0, len(rest), 2), strict=True)
    ]
    return dataclasses.replace(line, rows=rows)


def titles_over_fields(lines: list[Line], sections: list[str], thematic: bool) -> list[Line]:
    """A topic written as its title, unlabelled (a list item, a line of its own), over labelled
    lines of its time and its people ('Thời gian: 03/2026', 'Phụ trách: đ/c A + đ/c B'): the
    title is given the label its fields imply ('Chuyên đề: …'), as the readers of labelled blocks
    take it. Only when the lines right under it label both a time and people, and none labels a
    title or content of its own; in a plan of topics or a section about them (a work plan's
    tasks are written so too)."""
    from .text import heading_level
    from .topics import _is_time_only, label_of

    out = list(lines)
    for i, line in enumerate(lines[:-2]):
        text = line.text.strip()
        if (
            not (thematic or "chuyen de" in fold(sections[i]))
            or line.is_table
            or label_of(text) is not None
            # 'CHUYÊN ĐỀ 1: Tên' names itself a topic already; 'Đồng chí A:' heads a person's work
            or _NAMED_TOPIC.match(_ITEM_MARK.sub("", text))
            or _PERSON_LEAD.match(_ITEM_MARK.sub("", text))
            or text.endswith(":")
            or len(text.split()) < 4
            or heading_level(text) in (0, 1)
            or _is_time_only(text)
        ):
            continue
        if i and not _opens_block(lines[i - 1]):
            continue  # the last line of a description under its own title ('Gắn … với …')
        fields: list[str] = []
        for below in lines[i + 1 : i + 4]:
            got = None if below.is_table else label_of(below.text.strip())
            if got is None:
                break
            fields.append(got[0])
        if "time" in fields and "presenters" in fields and not {"title", "content"} & set(fields):
            out[i] = dataclasses.replace(line, text=f"Chuyên đề: {_ITEM_MARK.sub('', text)}")
    return out


def _opens_block(above: Line) -> bool:
    """May a topic's block begin under this line: a heading, a time alone ('QUÝ I'), a lead-in
    ending with a colon, or the last field of the block above ('Phụ trách: …')?"""
    from .text import heading_level, is_caps
    from .topics import _is_time_only, label_of

    if above.is_table:
        return True
    text = above.text.strip()
    label = label_of(text)
    return (
        heading_level(text) is not None
        or is_caps(text)
        or _is_time_only(text.strip(" :."))
        or text.endswith(":")
        or (label is not None and label[0] not in ("title", "content"))
    )


_PERSON_LEAD = re.compile(r"^(?:đồng\s+chí|đ\s*/\s*c|đc)\b", re.IGNORECASE)
_ITEM_MARK = re.compile(r"^(?:\d{1,2}|[a-zđ])\s*[.)]\s+")


_UNIT = re.compile(r"\s*(?:quý|tháng|tuần|ngày)\s*", re.IGNORECASE)


def month_numbers_row(rows: list[list[str]]) -> list[list[str]]:
    """A month grid whose months are numbered in a second header row under a heading naming
    months ('Tháng' over '1' | '2' | … | '12', or school months '9' … '5'): one header row,
    each numbered column named 'Tháng N'. The second row's other cells are empty or repeat the
    first row's (merged down, as a scan reads them: 'TT' | 'Tên chuyên đề' | … | '9' | '10')."""
    from .times import column_unit

    if len(rows) < 3 or not any(column_unit(c) == "thang" for c in rows[0]):
        return rows
    head, sub = rows[0], rows[1]
    numbered = [j for j, c in enumerate(sub) if re.fullmatch(r"0?([1-9]|1[0-2])", c.strip())]
    repeated = all(
        not c.strip() or (j < len(head) and c.strip() == head[j].strip())
        for j, c in enumerate(sub)
        if j not in numbered
    )
    if len(numbered) < 3 or not repeated:
        return rows
    header = list(head) + [""] * (len(sub) - len(head))
    header = [sub[j] if j not in numbered and sub[j].strip() else c for j, c in enumerate(header)]
    for j in numbered:
        header[j] = f"Tháng {int(sub[j])}"
    return [header, *rows[2:]]


def bare_time_column(rows: list[list[str]]) -> list[list[str]]:
    """A column headed by the time alone ('Thời gian', 'Thời điểm', 'Dự kiến thời gian') whose
    cells are bare numerals: Roman ones ('I' … 'IV') are quarters, Arabic ones months when one
    is above 4 ('3' | '6' | '9' | '12'; '1' … '4' alone might be quarters or months and stay as
    written). Each cell is written with its unit, as a column headed 'Tháng' or 'Quý' has it."""
    from .times import bare_unit_value, column_unit

    if len(rows) < 2:
        return rows
    out = [list(row) for row in rows]
    for j, heading in enumerate(rows[0]):
        folded = fold(heading).strip(" :")
        if column_unit(heading) or not folded.startswith(("thoi gian", "thoi diem", "du kien")):
            continue
        values = [row[j].strip() for row in rows[1:] if j < len(row) and row[j].strip()]
        bare = [bare_unit_value(v) for v in values]
        if len(values) < 2 or not all(bare):
            continue
        if all(b in _ROMAN_QUARTERS for b in bare):
            unit = "Quý"
        elif all(b.isdigit() and 1 <= int(b) <= 12 for b in bare if b) and any(
            int(b) > 4 for b in bare if b
        ):
            unit = "Tháng"
        else:
            continue
        for row in out[1:]:
            if j < len(row) and row[j].strip():
                row[j] = f"{unit} {bare_unit_value(row[j])}"
    return out


_ROMAN_QUARTERS = frozenset({"I", "II", "III", "IV"})


def _months_under_quarters(rows: list[list[str]]) -> list[list[str]]:
    """A grid's heading of two rows as a scan reads it, each quarter written over each of its
    months ('Quý I' | 'Quý I' | 'Quý I' over 'T 1' | 'T 2' | 'T 3') and the other headings in
    both rows (merged down): one row, each month column named by its month, which says both —
    as the Word reader names it (reader._two_level_header)."""
    if len(rows) < 3 or len(rows[0]) != len(rows[1]):
        return rows
    head, sub = rows[0], rows[1]
    under = [j for j, (h, c) in enumerate(zip(head, sub, strict=True))
             if QUARTER_HEAD.match(h.strip()) and c.strip() and c.strip() != h.strip()]  # fmt: skip
    same = all(j in under or h.strip() == c.strip() or not c.strip()
               for j, (h, c) in enumerate(zip(head, sub, strict=True)))  # fmt: skip
    if len(under) < 3 or not same:
        return rows
    return [[sub[j] if j in under else h for j, h in enumerate(head)], *rows[2:]]


def time_cards(line: Line) -> list[Line]:
    """A table of cards, each cell one meeting: its time on a line of its own over the topic and
    who presents it ('QUÝ 1 – THÁNG 2' / 'Phòng chống đói, rét cho đàn gia súc' / 'Người thực
    hiện: Đ/c …'), with no heading row. Read as the paragraphs a plan writes the same in, cell
    by cell, row by row: each time heading what follows it. Any other line stays as it is."""
    from .text import Line as TextLine
    from .topics import _is_time_only

    if not line.is_table:
        return [line]
    cells = [cell for row in line.rows for cell in row if cell.strip()]
    parts = [[p.strip() for p in cell.split("\n") if p.strip()] for cell in cells]
    if len(cells) < 2 or any(len(p) < 2 or not _is_time_only(p[0]) for p in parts):
        return [line]
    return [TextLine(text) for cell in parts for text in cell]


def time_group_columns(line: Line) -> Line:
    """A table with a column per time of the year and no column of labels. Under one meeting's
    time each ('Tháng 3/2026' | 'Tháng 6/2026', 'Quý I' | … | 'Quý IV') a column tells that
    meeting (its topic, then who presents it): read as one row per column, the time first — as
    a table of rows gives it. Under a part of the year ('6 THÁNG ĐẦU NĂM' | '6 THÁNG CUỐI NĂM',
    'Học kỳ I' | 'Học kỳ II') a column lists that part's topics ('Quý I – tháng 3: …'): read
    column by column, each part's heading over its cells, one to a row, as a plan lists them
    under a heading of their half-year. A first row of cells of fewer than three words (marks
    under the months, dates) tells no topic: such a grid stays as it is; so does a table of
    parts whose cells hold paragraphs (a topic, 'Người thực hiện: …', the next topic), which
    the table's reader takes cell by cell."""
    rows = line.rows
    if not line.is_table or len(rows) < 2 or len(rows[0]) < 2:
        return line
    kinds = {_time_heading(cell) for cell in rows[0]}
    first = [cell for cell in rows[1] if cell.strip()]
    if len(kinds) != 1 or None in kinds or len(first) < 2:
        return line
    if any(len(cell.split()) < 3 for cell in first):
        return line
    width = len(rows[0])
    if kinds == {"meeting"}:
        return dataclasses.replace(
            line, rows=[[row[j] if j < len(row) else "" for row in rows] for j in range(width)]
        )
    body = [cell for row in rows[1:] for cell in row if cell.strip()]
    if any(len(cell.split()) < 3 for cell in body) or any("\n" in c.strip() for c in body):
        return line
    flat = [
        [cell]
        for j in range(width)
        for cell in (rows[0][j], *(row[j] for row in rows[1:] if j < len(row)))
        if cell.strip()
    ]
    return dataclasses.replace(line, rows=flat)


# One meeting's time as a column's heading: "Quý I", "Tháng 3/2026", "Quý I (tháng 3)".
_MEETING_TIME = re.compile(
    r"^(?=.*(?:quý|q\.|tháng))(?:(?:quý|q\.?)\s*(?:IV|III|II|I|[1-4]))?\s*[-–(:,]?\s*"
    r"(?:tháng\s*(?:1[0-2]|0?[1-9]))?(?:\s*(?:/|năm)\s*\d{4})?\s*\)?$",
    re.IGNORECASE,
)
_TERM = re.compile(
    r"^học kỳ (?:I{1,2}|[12])(?:\s*(?:/|năm học)?\s*\d{4}(?:\s*[-–]\s*\d{4})?)?$", re.IGNORECASE
)


def _time_heading(cell: str) -> str | None:
    """'meeting' for a heading naming one meeting's time, 'part' for a part of the year (a
    half-year, a school term), None for any other."""
    text = re.sub(r"\s+", " ", cell.strip().rstrip(":"))
    if HALF_YEAR.match(text) or _TERM.match(text):
        return "part"
    return "meeting" if text and _MEETING_TIME.match(text) else None


def sub_heading_row(line: Line) -> Line:
    """A table (a scan's, a text's) whose heading takes two rows, read as one: the second row
    names only the columns under a heading merged across ('Thời gian' over 'Quý' | 'Tháng'), its
    other cells empty. The first row has the merged heading once (one cell fewer per column it
    spans) or followed by empty cells. Each column under it is named as the Word reader names
    it: a unit of time by itself ('Quý'), else 'Thời gian – Ngày'."""
    if not line.is_table or len(line.rows) < 3:
        return line
    if (months := month_numbers_row(line.rows)) is not line.rows:
        return dataclasses.replace(line, rows=months)  # 'Tháng' over '1' | '2' | … | '12'
    if (months := _months_under_quarters(line.rows)) is not line.rows:
        return dataclasses.replace(line, rows=months)  # 'Quý I' over 'T 1' | 'T 2' | 'T 3'
    head, sub, rest = line.rows[0], line.rows[1], line.rows[2:]
    width = len(sub)
    filled = [j for j, cell in enumerate(sub) if cell.strip()]
    if (
        not filled
        or len(filled) > width // 2
        or filled != list(range(filled[0], filled[-1] + 1))
        or any(len(sub[j].split()) > 3 or re.search(r"\d", sub[j]) for j in filled)
        or any(len(row) != width for row in rest)
    ):
        return line
    start, span = filled[0], len(filled)
    if len(head) == width - (span - 1):  # the merged heading written once
        parent = head[start]
        named = head[:start] + [parent] * span + head[start + 1 :]
    elif len(head) == width and all(not head[j].strip() for j in filled[1:]):
        parent = head[start]
        named = list(head)
    else:
        return line
    if not parent.strip():
        return line
    for j in filled:
        lower = sub[j].strip()
        named[j] = lower if _UNIT.fullmatch(lower) else f"{parent} – {lower}"
    return dataclasses.replace(line, rows=[named, *rest])


def label_rows(line: Line) -> Line:
    """A table where each topic takes a row a field, a column naming the field ('Hạng mục':
    'Chuyên đề' | 'Thời gian' | 'Phụ trách') beside the column of its values, a column of the
    group merged down ('Quý I'): read as one row a topic, a column a field, the group's value
    kept in its column. A topic begins at its title's row."""
    from .topics import label_meaning

    if not line.is_table or len(line.rows) < 5:
        return line
    head, body = line.rows[0], line.rows[1:]
    width = len(head)
    if width < 2 or any(len(row) != width for row in body):
        return line
    for col in range(width - 1):
        meanings = [label_meaning(row[col].strip(" :")) for row in body]
        if sum(m is not None for m in meanings) < 0.8 * len(body):
            continue
        if meanings[0] != "title" or len(set(meanings)) < 3:
            continue
        labels: list[str] = []
        blocks: list[dict[str, str]] = []
        others: list[list[str]] = []
        for row, meaning in zip(body, meanings, strict=True):
            label = row[col].strip(" :")
            if meaning == "title" or not blocks:
                blocks.append({})
                others.append([c for j, c in enumerate(row) if j not in (col, col + 1)])
            key = fold(label)
            if key not in [fold(x) for x in labels]:
                labels.append(label)
            given = blocks[-1].get(key, "")
            blocks[-1][key] = f"{given}\n{row[col + 1]}".strip() if given else row[col + 1]
        if len(blocks) < 2:
            return line
        kept = [c for j, c in enumerate(head) if j not in (col, col + 1)]
        rows = [kept + labels] + [
            other + [block.get(fold(label), "") for label in labels]
            for other, block in zip(others, blocks, strict=True)
        ]
        return dataclasses.replace(line, rows=rows)
    return line


_NOT_HELD = re.compile(r"^\W*(?:khong\s+(?:to\s+chuc|sinh\s+hoat|co)|nghi)\b")
_NAMED_TOPIC = re.compile(r"^\W*(?:sinh hoạt\s+)?chuyên đề\b", re.IGNORECASE)


# A topic named by its number alone in a cell of the year's schedule: "Sinh hoạt thường kỳ; sinh
# hoạt chuyên đề số 2", "CĐ 3 (ghép thường kỳ)".
_TOPIC_BY_NUMBER = re.compile(
    r"(?:^|[;,.]\s*|\s)(?:sinh\s+hoạt\s+)?(?:chuyên\s*đề|CĐ)\s*(?:số\s*)?0?(\d{1,2})\s*(?=$|[;,.(])",
    re.IGNORECASE,
)


def schedule_rows(line: Line) -> Line:
    """The year's schedule as a table, a row a month ('Tháng 02' | '10/02' | 'Sinh hoạt thường
    kỳ; sinh hoạt chuyên đề số 1'), naming the topics listed elsewhere by their numbers: read as
    a table of the topics' times ('Chuyên đề số 1' | 'Tháng 02'), the rows of other business
    left out. Only when a column gives every row its time and two rows or more name one topic
    each, by its number alone, and nothing else (no people: a table of assignments is read as
    it is)."""
    from .topics import _is_time_only, parse_time

    if not line.is_table or len(line.rows) < 4:
        return line
    body = line.rows[1:]
    width = max(len(row) for row in body)
    timed = next(
        (
            j
            for j in range(width)
            if all(j < len(row) and row[j].strip() and _is_time_only(row[j]) for row in body)
        ),
        None,
    )
    if timed is None:
        return line
    rows = [["Chuyên đề", "Thời gian"]]
    for row in body:
        named = {m.group(1) for c in row for m in _TOPIC_BY_NUMBER.finditer(c)}
        others = [
            c for c in row
            if c.strip() and not _TOPIC_BY_NUMBER.search(c) and not _is_time_only(c)
            and not (parse_time(c).months or parse_time(c).dates)
        ]  # fmt: skip
        if named and others:
            return line  # who presides, who prepares: a table of assignments, read as it is
        if len(named) == 1:
            rows.append([f"Chuyên đề số {named.pop()}", row[timed]])
        elif named:
            return line
    if len(rows) < 3:
        return line
    return dataclasses.replace(line, rows=rows)


_TOPIC_BY_TIME = re.compile(
    r"^\s*(?:sinh\s+hoạt\s+)?(?:chuyên\s*đề|CĐ)\.?(?:\s+|(?=T\d))(?P<time>\S.*)$", re.I
)
# "CĐ 13" among "CĐ T10", "CĐ T12": a scan read the T of "T3" as a one (no month 13 is written).
_T_AS_ONE = re.compile(r"^1([3-9])$")


def _month_codes(times: list[str]) -> list[str]:
    """The codes of a column of month codes ('T10', 'T12', '13' for T3), as written."""
    if sum(bool(re.fullmatch(r"T\d{1,2}", t.strip())) for t in times) * 2 < len(times):
        return times
    return [_T_AS_ONE.sub(r"T\1", t.strip()) for t in times]


def topics_named_by_time(line: Line) -> Line:
    """A column headed 'Chuyên đề' that only names each topic by its time ('CĐ T10', 'Chuyên đề
    quý I', 'CĐ tháng 3'; on a scan 'CĐT5', 'CĐ 13'), the titles in another column ('Nội
    dung'): the column is the time's, and is headed so ('Thời gian' | 'T10')."""
    from .topics import _is_time_only, label_meaning

    if not line.is_table or len(line.rows) < 3:
        return line
    head, body = line.rows[0], line.rows[1:]
    meanings = [label_meaning(h.strip(" :")) for h in head]
    for j in range(len(head)):
        if meanings[j] != "title":
            continue
        if not any(m in ("title", "content") for k, m in enumerate(meanings) if k != j):
            continue  # no other column holds the titles: 'Chuyên đề quý I' | 'Đồng chí chuẩn bị'
        found = [_TOPIC_BY_TIME.match(row[j]) if j < len(row) else None for row in body]
        if not all(found):
            continue
        times = _month_codes([m.group("time") for m in found if m])
        if not all(_is_time_only(t) for t in times):
            continue
        rows = [[*head[:j], "Thời gian", *head[j + 1 :]]]
        rows += [[*row[:j], t, *row[j + 1 :]] for row, t in zip(body, times, strict=True)]
        return dataclasses.replace(line, rows=rows)
    return line


# "Thi đua chào mừng 8/3. Lồng ghép sinh hoạt chuyên đề: Tên (đ/c A trình bày)": a topic told
# after the month's regular work, in the same cell.
_TOPIC_AFTER_WORK = re.compile(
    r"[.;]\s+(?:(?:lồng\s+ghép|kết\s+hợp|ghép)\s+)?(?=(?:sinh\s+hoạt\s+)?chuyên\s*đề\s*:)",
    re.IGNORECASE,
)


def _topics_inside_regular_rows(line: Line) -> Line:
    """A table of the months' regular work where, in two cells or more, a topic follows that
    work ('… Lồng ghép sinh hoạt chuyên đề: Tên'): those cells keep only the topic, so that the
    table's rows that name one are read as topics and the others go (see `topic_rows`)."""
    cut = [
        [bool(_TOPIC_AFTER_WORK.search(c)) and not _NAMED_TOPIC.match(c) for c in row]
        for row in line.rows[1:]
    ]
    if sum(map(sum, cut)) < 2:
        return line
    rows = [line.rows[0]] + [
        [
            _TOPIC_AFTER_WORK.split(c, maxsplit=1)[-1] if inside else c
            for c, inside in zip(row, cuts, strict=True)
        ]
        for row, cuts in zip(line.rows[1:], cut, strict=True)
    ]
    return dataclasses.replace(line, rows=rows)


def band_row(row: list[str]) -> bool:
    """A row across the table, one text merged over its columns ('THÁNG 5/2024', 'QUÝ II'):
    read as that text in each column, or as one cell."""
    filled = [c.strip() for c in row if c.strip()]
    return bool(filled) and len(set(filled)) == 1 and (len(filled) >= 2 or len(row) == 1)


def _time_band(row: list[str]) -> bool:
    """A band across the table telling the time of the rows under it ('THÁNG 5/2024'): kept
    among the rows of topics, whose time it is."""
    from .topics import _is_time_only

    return band_row(row) and _is_time_only(next(c for c in row if c.strip()))


def header_over_band(line: Line) -> Line:
    """A table opening with a band of its time ('THÁNG 4/2024' across it, a table with no
    heading row, or the rest of one over a page): an empty heading row over it, so that the
    band tells the time of the rows under it as every band after it does."""
    if not line.is_table or len(line.rows) < 2 or not _time_band(line.rows[0]):
        return line
    width = max(len(row) for row in line.rows)
    if width < 2:
        return line  # a list of one column under its heading ('6 THÁNG ĐẦU NĂM')
    return dataclasses.replace(line, rows=[[""] * width, *line.rows])


def topic_rows(line: Line) -> Line:
    """A table of the year's work whose topics name themselves ('Sinh hoạt chuyên đề: …' in two
    rows or more) among tasks that do not (the congress, a road-building day, a review): only
    the rows that speak of a topic are kept. A column of the regular meetings ('Nội dung sinh
    hoạt thường kỳ') beside a column of the topics ('Sinh hoạt chuyên đề') is no topics: it goes."""
    if not line.is_table or len(line.rows) < 3:
        return line
    if (schedule := schedule_rows(line)) is not line:
        return schedule  # the year's schedule naming the topics by their numbers
    line = topics_named_by_time(line)  # 'CĐ T10' | 'Tên': the first column is the time
    head = [fold(cell) for cell in line.rows[0]]
    regular = [j for j, h in enumerate(head) if "thuong ky" in h or "dinh ky" in h]
    topical = [j for j, h in enumerate(head) if "chuyen de" in h and j not in regular]
    if regular and topical:
        rows = [
            [
                "" if j in topical and i and _NOT_HELD.match(fold(c)) else c
                for j, c in enumerate(row)
                if j not in regular
            ]
            for i, row in enumerate(line.rows)
        ]  # "Không tổ chức (nghỉ Tết Nguyên đán)" in the topics' column: no topic that month
        return dataclasses.replace(line, rows=rows)
    line = _topics_inside_regular_rows(line)
    body = line.rows[1:]
    for col in range(len(line.rows[0])):
        cells = [row[col] if col < len(row) else "" for row in body]
        named = sum(bool(_NAMED_TOPIC.match(c)) for c in cells)
        others = [
            row for row in body if not any("chuyen de" in fold(c) for c in row) and row[col:col + 1]
            and row[col].strip() and not _time_band(row)
        ]  # fmt: skip
        if named >= 2 and len(others) >= 2:
            rows = [line.rows[0]] + [row for row in body if row not in others]
            return dataclasses.replace(line, rows=rows)
    return line
