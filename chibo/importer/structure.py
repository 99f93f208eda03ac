"""Structure first: the plan's repeated units, which of them list the topics, and what each holds.

A writer may list the topics as numbered items, lettered items, bullets, headings with lines under
them, paragraphs or table rows, and put the time and the people anywhere in the unit: in its head,
its tail, a sub-line, another cell of the row, a heading above the group. This reader does not
look for particular words in particular places. It

1. cuts the body into units by their marks ("1.", "a)", "-", "+", a line led by a time, a line in
   capitals, "Chuyên đề …") and nests them as the marks come (a mark not seen yet opens a level
   under the open unit, a mark seen before closes the levels under it); a plain line belongs to
   the unit open above it; a table's rows are units too, its columns read by what their cells
   hold (a column of months is the time, a column of names the people, whatever their heading),
   turned when the months or the topics run across the first row;
2. gives each unit features: a subject (a phrase of several words that is not a time, a person,
   a label or routine business), a time (its own or that of the unit above it), people;
3. takes as topics the sibling groups most of whose units have a subject and a time or people,
   in a part of the plan about thematic meetings (or in a thematic plan), never in the parts
   about purpose, requirements, organisation or targets; a unit whose own children are a topic
   group is their heading, not a topic;
4. reads each topic unit's title (the subject, cut where its time or people begin), quarter,
   month and people.

What it returns are `Mention`s; `complete` adds them to the topics read by the labelled-line
reader (topics.py): a topic met there gets only the fields it lacked, a topic not met there is
added, a topic read there as several topics run together is replaced by them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chibo.lib.vietnamese import fold

from .people import looks_like_name, parse_people
from .schema import ParsedTopic, Person
from .text import Line, heading_level, is_caps
from .topics import (
    _DAY,
    _MONTH,
    _MONTH_SHORT,
    _MONTH_YEAR,
    _QUARTER,
    Mention,
    Time,
    _clean_title,
    _columns,
    _is_time_only,
    _month_digits,
    _set_people,
    _similar,
    _time_reference,
    label_meaning,
    parse_time,
)

# -- features ---------------------------------------------------------------------------------

# Business every monthly meeting does: not a subject to study.
_ROUTINE = (
    "sinh hoat chi bo thuong ky", "sinh hoat thuong ky", "sinh hoat dinh ky", "hop chi bo",
    "so ket", "tong ket", "kiem diem", "xep loai", "dang phi", "ket nap", "chi tieu",
    "danh gia ket qua", "trien khai nhiem vu thang", "hop dinh ky", "diem danh",
)  # fmt: skip
# Parts of a plan that speak about topics without listing them.
_NOT_TOPICS = (
    "muc dich", "yeu cau", "to chuc thuc hien", "dac diem", "tinh hinh", "chi tieu",
    "noi nhan", "can cu", "kinh phi", "che do bao cao",
)  # fmt: skip
_ABOUT_TOPICS = ("chuyen de", "sinh hoat chuyen", "lich sinh hoat", "ky sinh hoat")
_PERSON_MARK = re.compile(r"\bđồng\s+chí\b|\bđ\s*/\s*c\b|\bđ\.c\b", re.IGNORECASE)
# Clauses that say when a draft is due, not when the meeting is.
_DEADLINE = re.compile(
    r"(?:\btrước\s+(?:ngày|buổi|khi|\d)|\bhạn\b|\bchậm nhất\b|\bgửi\b)[^;.\n]*", re.IGNORECASE
)
_MARKED = re.compile(
    r"^(?:(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*(?P<nsep>[.)/])|(?P<letter>[a-zđ])\s*(?P<lsep>[.)])"
    r"|(?P<roman>[IVX]{1,4})\s*[.)/])\s*(?=\S)"
)
_TOPIC_WORD = re.compile(
    r"^(?:sinh\s+hoạt\s+)?(?:chuyên\s*đề|CĐ)\s*(?:số\s*|thứ\s*)?"
    r"(?:\d{1,2}|[IVX]{1,4}\b|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|quý\s+(?:IV|III|II|I|[1-4]))?"
    r"\s*(?:\([^)]*\))?\s*(?:[:.\-–—]\s*|về\s+|với\s+nội\s+dung\s+|$)",
    re.IGNORECASE,
)
_TIME_START = re.compile(
    r"^(?:kỳ\s+sinh\s+hoạt\s+|tuần\s+\S+,?\s*)?(?:quý|tháng|ngày|T\d{1,2}\b|\d{1,2}/\d{4})",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s+[–—-]\s+|\s*[;]\s*|\.\s+(?=[A-ZĐÀ-Ỹ])|,\s+|\s*:\s+|\s+(?=\()")
_QUOTES = "“”\"«»‘’'"


def _has_time(text: str) -> bool:
    text = _month_digits(text)
    return bool(
        _QUARTER.search(text)
        or _MONTH.search(text)
        or _DAY.search(text)
        or _MONTH_YEAR.search(text)
        or _MONTH_SHORT.search(text)
    )


def _time_of(text: str) -> Time:
    return parse_time(_DEADLINE.sub(" ", text))


def _people_only(text: str) -> bool:
    """'đ/c Nguyễn Văn An', 'Nguyễn Văn An, Trần Thị Bình', 'Đồng chí A (đề dẫn)'."""
    text = text.strip(" .;,:()")
    if not text:
        return False
    if _PERSON_MARK.match(text):
        return True
    parts = [p for p in re.split(r"\s*(?:[,;\n]|\s+và\s+|\s+[-–]\s+)\s*", text) if p]
    return bool(parts) and all(looks_like_name(re.sub(r"\s*\([^)]*\)\s*$", "", p)) for p in parts)


def _people_of(text: str) -> list[Person]:
    """Everyone a piece of text names: after 'đồng chí'/'đ/c', or as bare full names."""
    found: list[Person] = []
    if _PERSON_MARK.search(text):
        for chunk in re.split(r"(?=\bđồng\s+chí\b|\bđ\s*/\s*c\b)", text, flags=re.IGNORECASE):
            if _PERSON_MARK.match(chunk.strip()):
                found += [p for p in parse_people(chunk) if p.name]
    elif _people_only(text):
        found += [p for p in parse_people(text) if p.name]
    return found


def _routine(text: str) -> bool:
    folded = fold(text)
    return any(word in folded for word in _ROUTINE)


def _strip_lead(text: str) -> str:
    """The subject without what leads it: a list mark, 'Chuyên đề số 2:', a time and its colon."""
    text = _MARKED.sub("", text.strip(), count=1).strip()
    for _ in range(3):
        before = text
        text = _TOPIC_WORD.sub("", text, count=1).strip() if _TOPIC_WORD.match(text) else text
        lead = re.match(r"^([^:–—]{2,45}?)\s*[:–—]\s+(?=\S)", text)
        if lead and (_is_time_only(lead.group(1)) or label_meaning(lead.group(1)) is not None):
            text = text[lead.end() :]
        elif lead and len(lead.group(1).split()) <= 4 and not _has_time(lead.group(1)):
            meaning = label_meaning(lead.group(1))
            if meaning is None and lead.group(1)[:1].isupper() and "," not in lead.group(1):
                text = text[lead.end() :]  # an unknown short label: "Vấn đề sinh hoạt: …"
        if text == before:
            break
    return text.strip()


def subject_of(text: str) -> str:
    """The subject a piece of text names, cut where its time, people or labelled fields begin;
    '' when it names none ('Tháng 3/2025', 'đ/c An', 'Thời gian: …', routine business)."""
    found = _label(text)
    if found and found[0] in ("time", "presenters", "form", "outputs"):
        return ""
    text = _strip_lead(text)
    start, cut = 0, len(text)
    for separator in _SEPARATORS.finditer(text):
        piece = _SEPARATORS.split(text[separator.end() :], maxsplit=1)[0]
        if separator.start() <= start:
            continue
        if start == 0 and _is_time_only(text[: separator.start()].strip(" ()")):
            start = separator.end()  # "Tháng 3/2025, …": the time leads, the subject follows
            continue
        if _stops(piece):
            cut = separator.start()
            break
    title = text[start:cut]
    title = re.sub(r"\s*\(([^()]*)\)\s*$", lambda m: "" if _has_time(m.group(1)) else m.group(0),
                   title.strip(" .;:,–—-"))  # fmt: skip
    title = _clean_title(title.strip(" .;:,–—-"))
    if len(title) > 2 and title[0] in _QUOTES and title[-1] in _QUOTES:
        title = title[1:-1].strip()
    title = title.strip(_QUOTES + " .;:,")
    words = title.split()
    if not 3 <= len(words) <= 45 or title.endswith(":"):
        return ""
    if not (title[:1].isupper() or title[:1].isdigit()) or _routine(title):
        return ""
    if _is_time_only(title) or _people_only(title) or _PERSON_MARK.search(title):
        return ""
    if _has_time(title) and len(_without_time(title).split()) < 3:
        return ""  # "Thực hiện vào tháng 3/2025": a time with a verb, not a subject
    return title


def _without_time(text: str) -> str:
    text = _month_digits(text)
    for pattern in (_DAY, _QUARTER, _MONTH, _MONTH_YEAR, _MONTH_SHORT):
        text = pattern.sub(" ", text)
    text = re.sub(r"\b(?:thực hiện|tổ chức|sinh hoạt|vào|trong|dự kiến|năm|tuần|kỳ|thời gian)\b",
                  " ", text, flags=re.IGNORECASE)  # fmt: skip
    return re.sub(r"[^\w]+|\d+", " ", text).strip()


def _stops(piece: str) -> bool:
    """Does this piece, after a separator, begin the unit's time, people or fields?"""
    bare = piece.strip(" ()" + _QUOTES)
    if not bare:
        return False
    return bool(
        _is_time_only(bare)
        or _people_only(bare)
        or _PERSON_MARK.match(bare)
        or _label(bare) is not None
        or re.match(
            r"^(?:do|giao|phân công|người|báo cáo viên|thời gian|hình thức)\b", bare, re.IGNORECASE
        )  # fmt: skip
    )


def _label(text: str) -> tuple[str, str] | None:
    match = re.match(r"^\s*[-–+•*]?\s*([^:]{2,40}):\s*(.*)$", text)
    if not match:
        return None
    meaning = label_meaning(match.group(1))
    return (meaning, match.group(2).strip()) if meaning else None


# -- units ------------------------------------------------------------------------------------


@dataclass
class Unit:
    mark: str
    head: str
    index: int
    section: str
    parent: Unit | None = None
    lines: list[str] = field(default_factory=list)  # plain lines under the head
    children: list[Unit] = field(default_factory=list)
    container: bool = False  # its children are topics

    def texts(self) -> list[str]:
        """The head and every line under it, children included, in order."""
        out = [self.head, *self.lines]
        for child in self.children:
            out += child.texts()
        return out

    def heads_above(self) -> list[str]:
        out = []
        unit = self.parent
        while unit is not None:
            out.append(unit.head)
            unit = unit.parent
        return out


def _mark(line: Line) -> str | None:
    if line.bullet:
        return "b" + ("-" if line.bullet in "-–—" else line.bullet)
    text = line.text
    match = _MARKED.match(text)
    if match:
        if match.group("num"):
            return "n" + str(match.group("num").count(".")) + match.group("nsep")
        if match.group("letter"):
            return "a" + match.group("lsep")
        return "r"
    if _TOPIC_WORD.match(text) and re.match(r"^(?:chuyên\s*đề|CĐ)", text, re.IGNORECASE):
        return "c"
    if len(text) <= 60 and _is_time_only(text.strip(" .:")):
        return "t"  # "Buổi 1 (tháng 3/2024)", "Lần 3 - Quý III": a time heading
    if _TIME_START.match(text):
        head = re.split(r"\s*[:–—]\s+|\s+-\s+", text, maxsplit=1)[0]
        if _is_time_only(head.strip(" .:")) and (head != text or text.rstrip().endswith(":")
                                                 or _is_time_only(text.strip(" .:"))):  # fmt: skip
            return "t"
    if is_caps(text) and len(text) > 12:
        return "C"
    return None


def units_of(lines: list[Line], sections: list[str]) -> list[Unit]:
    """The body's paragraphs as a forest of units, each top unit under its section."""
    roots: list[Unit] = []
    stack: list[Unit] = []  # the open units, outermost first
    for index, line in enumerate(lines):
        if line.is_table or heading_level(line.text) in (0, 1):
            stack = []
            continue
        mark = _mark(line)
        text = (
            _MARKED.sub("", line.text, count=1).strip() if mark and mark[0] in "nar" else line.text
        )
        if mark is None:
            if stack:
                stack[-1].lines.append(line.text)
                continue
            mark = "p"
        level = next((i for i, u in enumerate(stack) if u.mark == mark), None)
        if level is not None:
            stack = stack[:level]
        parent = stack[-1] if stack else None
        unit = Unit(mark, text, index, sections[index], parent)
        if parent is None:
            roots.append(unit)
        else:
            parent.children.append(unit)
        stack.append(unit)
        if mark == "p":
            stack.pop()  # a plain paragraph holds nothing under it
    return roots


@dataclass
class Found:
    title: str
    time: Time
    people: list[Person]
    unit_text: str = ""


def _unit_reading(unit: Unit, inherited: Time) -> Found | None:
    """The topic a unit names: the first subject in its head or fields, its time, its people."""
    texts = [unit.head, *unit.lines]
    for child in unit.children:
        if not child.container:
            texts += child.texts()
    title = ""
    for text in texts:
        found = _label(text)
        if found and found[0] in ("title", "content") and found[1]:
            title = subject_of(found[1]) or title
            if title:
                break
    if not title:
        title = next((s for s in map(subject_of, texts) if s), "")
    if not title:
        return None
    time = Time()
    people: list[Person] = []
    for text in texts:
        found = _label(text)
        if found and found[0] == "presenters":
            people += [p for p in parse_people(found[1]) if p.name]
        else:
            people += _people_of(text)
        if found and found[0] not in ("time", "title", "content") and found[0] is not None:
            continue
        got = _time_of(text if not found else found[1] if found[0] == "time" else text)
        time.quarters += [q for q in got.quarters if q not in time.quarters]
        time.months += [m for m in got.months if m not in time.months]
    if not time.quarters and inherited.quarters:
        time.quarters = list(inherited.quarters)
    if not time.months and inherited.months and not time.quarters:
        time.months = list(inherited.months)
    return Found(title, time, _unique(people), " ".join(texts))


def _unique(people: list[Person]) -> list[Person]:
    seen: set[str] = set()
    out = []
    for person in people:
        if fold(person.name) not in seen:
            seen.add(fold(person.name))
            out.append(person)
    return out


def _context(unit: Unit) -> tuple[bool, bool]:
    """(about topics, about something else): what the headings above the unit say."""
    heads = [fold(h) for h in unit.heads_above()]
    section = fold(unit.section)
    near = " ".join(heads + [section])
    about = any(word in near for word in _ABOUT_TOPICS)
    other = any(word in section for word in _NOT_TOPICS) or any(
        any(word in h for word in _NOT_TOPICS) for h in heads[:1]
    )
    return about, other and not any(word in " ".join(heads) for word in _ABOUT_TOPICS)


def _inherited(unit: Unit) -> Time:
    parent = unit.parent
    while parent is not None:
        time = _time_of(parent.head)
        if time.quarters or time.months:
            return time
        parent = parent.parent
    return Time()


def _groups(units: list[Unit]) -> list[list[Unit]]:
    """Siblings by their mark, in order of first appearance."""
    by_mark: dict[str, list[Unit]] = {}  # a mark in one section only
    for unit in units:
        by_mark.setdefault(unit.mark + "|" + unit.section, []).append(unit)
    return list(by_mark.values())


def _accept(group: list[Unit], readings: list[Found | None], thematic: bool) -> bool:
    about, other = _context(group[0])
    if other or not (about or thematic):
        return False
    n = len(group)
    subjects = [r for r in readings if r is not None]
    timed = sum(bool(r.time.quarters or r.time.months) for r in subjects)
    with_people = sum(bool(r.people) for r in subjects)
    if len(subjects) < max(1, 0.6 * n):
        return False
    if about:
        return timed + with_people >= len(subjects) and max(timed, with_people) >= 0.6 * n
    return timed >= 0.6 * n and (with_people >= 0.5 * n or n >= 2)


def _walk(units: list[Unit], thematic: bool, out: list[Mention]) -> None:
    """Bottom up: children first, so that a unit whose children are topics is their heading."""
    for unit in units:
        if unit.children:
            before = len(out)
            _walk(unit.children, thematic, out)
            unit.container = len(out) > before
    for group in _groups(units):
        candidates = [u for u in group if not u.container]
        if not candidates:
            continue
        readings = [_unit_reading(u, _inherited(u)) for u in candidates]
        if not _accept(candidates, readings, thematic):
            continue
        for reading in readings:
            if reading is None:
                continue
            mention = Mention(ParsedTopic(title=reading.title), [reading.time], "structure")
            mention.topic.presenters = list(reading.people)
            out.append(mention)


# -- tables -----------------------------------------------------------------------------------


def _turned(rows: list[list[str]]) -> list[list[str]]:
    """A table with its topics or months across the first row, turned to one topic a row."""
    width = max(len(r) for r in rows)
    grid = [r + [""] * (width - len(r)) for r in rows]
    across = grid[0][1:]
    down = [r[0] for r in grid[1:]]
    timed = sum(bool(c) and _is_time_only(c) for c in across)
    numbered = sum(bool(re.match(r"^(?:chuyên\s*đề|CĐ)\s*(?:số\s*)?\d", c, re.I)) for c in across)
    labels = sum(bool(c) and (label_meaning(c) is not None or len(c.split()) <= 4) for c in down)
    if len(across) >= 2 and (timed or numbered) >= 0.6 * len(across) and labels >= 0.6 * len(down):
        return [list(col) for col in zip(*grid, strict=True)]
    return rows


def _column_kinds(rows: list[list[str]]) -> dict[int, str]:
    """What each column holds, by its cells first and its heading second."""
    header = rows[0]
    by_heading = _columns(header)
    kinds: dict[int, str] = {}
    width = max(len(r) for r in rows)
    scores: dict[int, tuple[float, float, float, float]] = {}
    for j in range(width):
        cells = [r[j] for r in rows[1:] if j < len(r) and r[j].strip()]
        if not cells:
            continue
        n = len(cells)
        number = sum(bool(re.fullmatch(r"\d{1,2}\.?|[IVX]{1,4}", c.strip())) for c in cells) / n
        time = sum(_is_time_only(c.replace("\n", " ")) for c in cells) / n
        people = sum(_people_only(c.replace("\n", "; ")) for c in cells) / n
        subject = sum(bool(_cell_subjects(c)) for c in cells) / n
        scores[j] = (number, time, people, subject)
    for j, (number, time, people, _subject) in scores.items():
        heading = by_heading.get(j)
        if heading == "time" and time >= 0.5 or time >= 0.8:
            kinds[j] = "time"
        elif number >= 0.8:
            kinds[j] = "number"
        elif heading == "presenters" and people >= 0.3 or people >= 0.8:
            kinds[j] = "presenters"
    free = {j: s[3] for j, s in scores.items() if j not in kinds}
    if free:
        titled = [j for j in free if by_heading.get(j) == "title" and free[j] >= 0.5]
        best = titled[0] if titled else max(free, key=lambda j: free[j])
        if free[best] >= 0.5:
            kinds[best] = "title"
    return kinds


def _cell_subjects(cell: str) -> list[tuple[str, Time, list[Person]]]:
    """The topics a cell names: one, or several on lines of their own ('- Tháng 2: A\n- Tháng
    3: B'), each with the time and people its line gives."""
    lines = [ln.strip() for ln in cell.split("\n") if ln.strip()]
    items = [ln for ln in lines if subject_of(ln)]
    if len(items) >= 2 and all(
        re.match(r"^(?:[-–+•*]|\d{1,2}\s*[.)]|[a-z]\s*\)|quý|tháng|T\d)", ln, re.I)
        or ln[0] in _QUOTES
        for ln in items
    ):
        return [(subject_of(ln), _time_of(ln), _people_of(ln)) for ln in items]
    whole = " ".join(lines)
    title = subject_of(whole)
    if not title and len(lines) > 1:
        title = subject_of(lines[0])
    return [(title, _time_of(whole), _people_of(whole))] if title else []


def _table_mentions(rows: list[list[str]], about: bool, thematic: bool) -> list[Mention]:
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return []
    rows = _turned(rows)
    header = " ".join(fold(c) for c in rows[0])
    if "chi tieu" in header:
        return []
    kinds = _column_kinds(rows)
    if "title" not in kinds.values() or not {"time", "presenters"} & set(kinds.values()):
        return []
    if not (about or thematic or "chuyen de" in header):
        return []
    title_col = next(j for j, k in kinds.items() if k == "title")
    cells = [r[title_col] for r in rows[1:] if title_col < len(r) and r[title_col].strip()]
    if sum(_routine(c) for c in cells) > 0.3 * max(1, len(cells)):
        return []  # a work programme: its topics are told inside the cells (topics.py)
    mentions: list[Mention] = []
    context = Time()
    for row in rows[1:]:
        filled = [c for c in row if c.strip()]
        if len(set(filled)) == 1 and _is_time_only(filled[0]):
            context = _time_of(filled[0])  # a row "QUÝ I" across the table
            continue
        if title_col >= len(row):
            continue
        row_time = Time()
        people: list[Person] = []
        for j, kind in kinds.items():
            value = row[j] if j < len(row) else ""
            if not value.strip():
                continue
            if kind == "time":
                got = _cell_time(rows[0][j], value)
                row_time.quarters += got.quarters
                row_time.months += got.months
            elif kind == "presenters":
                people += [p for p in parse_people(value.replace("\n", "; ")) if p.name]
        for j, cell in enumerate(row):  # a time in a cell of no known column ('Quý I' merged)
            if j not in kinds and cell.strip() and _is_time_only(cell.replace("\n", " ")):
                got = _time_of(cell)
                row_time.quarters += [q for q in got.quarters if q not in row_time.quarters]
                row_time.months += [m for m in got.months if m not in row_time.months]
        items = _cell_subjects(row[title_col])
        for k, (title, time, own_people) in enumerate(items):
            mention = Mention(ParsedTopic(title=title), where="structure")
            mine = [people[k]] if len(items) > 1 and len(people) == len(items) else people
            mention.topic.presenters = _unique(own_people + mine)
            quarters = time.quarters or row_time.quarters or context.quarters
            months = time.months or (row_time.months if len(items) == 1 else [])
            if not months and not quarters:
                months = context.months
            mention.times.append(Time(quarters=list(quarters), months=list(months)))
            if _time_reference(mention):
                continue  # 'Chuyên đề quý II': a topic named by its time
            mentions.append(mention)
    return mentions


def _cell_time(heading: str, value: str) -> Time:
    time = _time_of(value.replace("\n", " "))
    if not (time.quarters or time.months):
        unit = fold(heading).split()
        if (
            unit
            and unit[0] in ("quy", "thang")
            and re.fullmatch(r"[IVX]{1,4}|\d{1,2}", value.strip())
        ):
            time = parse_time(f"{'Quý' if unit[0] == 'quy' else 'Tháng'} {value.strip()}")
    return time


# -- the reader -------------------------------------------------------------------------------


def structure_mentions(lines: list[Line], sections: list[str], thematic: bool) -> list[Mention]:
    """The topics the plan's structure shows, in document order (tables in their place)."""
    out: list[Mention] = []
    _walk(units_of(lines, sections), thematic, out)
    heading = ""
    for index, line in enumerate(lines):
        if not line.is_table:
            if heading_level(line.text) is not None or is_caps(line.text) or len(line.text) < 80:
                heading = line.text
            continue
        about = any(w in fold(sections[index] + " " + heading) for w in _ABOUT_TOPICS)
        other = any(w in fold(sections[index]) for w in _NOT_TOPICS) and not about
        if not other:
            out += _table_mentions(line.rows, about, thematic)
    return out


def complete(topics: list[ParsedTopic], found: list[Mention]) -> list[ParsedTopic]:
    """The topics read by labels, completed by those the structure shows: several topics read
    as one are split; a topic met in both takes the fields it lacked (and the structure's
    title when its own carries the time or the people after it); the others are added."""
    from .topics import merge

    found = [m for m in found if m.topic.title]
    for topic in list(topics):  # a title holding two of the structure's topics: run together
        inside = [m for m in found if _contains(topic.title, m.topic.title)]
        if len(inside) >= 2:
            position = topics.index(topic)
            topics[position : position + 1] = merge(inside)
    extra: list[Mention] = []
    for mention in found:
        title = mention.topic.title
        same = [t for t in topics if t.title and fold(t.title) == fold(title)]
        same = same or [t for t in topics if t.title and _similar(t.title, title)]
        if same:
            _fill(same[0], mention)
        else:
            extra.append(mention)
    if extra:
        known = [t.title for t in topics if t.title]
        topics += [t for t in merge(extra) if not any(_similar(t.title, k) for k in known)]
    return topics


def _trailing(longer: str, shorter: str) -> str:
    """What a title carries besides a shorter title it holds."""
    at = longer.lower().find(shorter.lower())
    return longer[:at] + " " + longer[at + len(shorter) :] if at >= 0 else ""


def _contains(longer: str, shorter: str) -> bool:
    a, b = (" ".join(re.findall(r"\w+", fold(x))) for x in (longer, shorter))
    return len(b.split()) >= 3 and f" {b} " in f" {a} " and len(a) > len(b)


def _fill(topic: ParsedTopic, mention: Mention) -> None:
    title = mention.topic.title
    if _contains(topic.title, title) and _has_time(_trailing(topic.title, title)):
        topic.title = title  # "«Tên» – tháng 3 –": the title without its time
    times = mention.times
    quarters = [q for t in times for q in t.quarters]
    months = [m for t in times for m in t.months]
    if topic.quarter is None and topic.month is None:
        if months:
            topic.month = months[0]
        if quarters:
            topic.quarter = quarters[0]
        elif topic.month:
            topic.quarter = (topic.month - 1) // 3 + 1
    elif (
        topic.month is None
        and months
        and (topic.quarter is None or (months[0] - 1) // 3 + 1 == topic.quarter)
    ):
        topic.month = months[0]
    elif topic.quarter is None and quarters:
        topic.quarter = quarters[0]
    if not any(p.name for p in topic.presenters) and mention.topic.presenters:
        topic.presenters = list(mention.topic.presenters)
        _note = "; ".join(p.text or p.name for p in mention.topic.presenters)
        topic.preparer_note = topic.preparer_note or _note


__all__ = ["complete", "structure_mentions", "subject_of", "units_of", "_set_people"]
