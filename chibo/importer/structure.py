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

from chibo.lib.vietnamese import fold, roman

from .moves import find_move
from .people import looks_like_name, named_in_clause, parse_people, person_key
from .schema import ParsedTopic, Person
from .shapes import band_row, bare_time_column, month_numbers_row
from .text import Line, heading_level, is_caps
from .times import HALF_YEAR, bare_unit_value, column_unit, held_with, quarter_of_month
from .topics import (
    _DAY,
    _MONTH,
    _MONTH_SHORT,
    _MONTH_YEAR,
    _QUARTER,
    LABELS,
    NOTE_HEADINGS,
    Mention,
    Time,
    _clean_title,
    _columns,
    _is_time_only,
    _month_digits,
    _set_people,
    _similar,
    _time_reference,
    apart_people,
    before_field,
    guests_heading,
    is_section_name,
    label_meaning,
    marked_among_tasks,
    meeting_time,
    no_meeting,
    noted_time,
    parse_time,
    professional,
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
    "noi nhan", "can cu", "kinh phi", "che do bao cao", "ly do",
)  # fmt: skip
_ABOUT_TOPICS = ("chuyen de", "sinh hoat chuyen", "lich sinh hoat", "ky sinh hoat")
_PERSON_MARK = re.compile(r"\bđồng\s+chí\b|\bđ\s*/\s*c\b|\bđ\.c\b", re.IGNORECASE)
_MARKED = re.compile(
    r"^(?:(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*(?P<nsep>[.)/])|(?P<letter>[a-zđ])\s*(?P<lsep>[.)])"
    r"|(?P<quarter>IV|III|II|I)\.\d{1,2}(?:\.|\s)|(?P<roman>[IVX]{1,4})\s*[.)/])\s*(?=\S)"
)
_TOPIC_WORD = re.compile(
    r"^(?:sinh\s+hoạt\s+)?(?:chuyên\s*đề|CĐ)\s*(?:số\s*|thứ\s*)?"
    r"(?:\d{1,2}|[IVX]{1,4}\b|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|quý\s+(?:IV|III|II|I|[1-4]))?"
    r"\s*(?:\([^)]*\))?\s*(?:[:.\-–—]\s*|về\s+|với\s+nội\s+dung\s+|$|(?=[“\"«]))",
    re.IGNORECASE,
)
_TIME_START = re.compile(
    r"^(?:kỳ\s+sinh\s+hoạt\s+|tuần\s+\S+,?\s*)?(?:qu[ýí]|tháng|ngày|T\d{1,2}\b|\d{1,2}/\d{4})",
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
    return meeting_time(text)


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
    else:  # "Tên chuyên đề (Nguyễn Văn Bình, Trần Thị Mai)"
        for group in re.findall(r"\(([^()]{5,80})\)", text):
            if _people_only(group):
                found += [p for p in parse_people(group) if p.name]
    return found


# "Kiểm điểm việc thực hiện Nghị quyết …", "Kiểm điểm việc làm theo gương Bác": the review of
# how one resolution or movement is carried out is a subject, not the year's review of members.
_REVIEW_OF = re.compile(r"\bkiem diem (?:viec )?(?:thuc hien|hoc tap|lam theo)\b")


def _routine(text: str) -> bool:
    """Routine business leads the text ("Sơ kết học kỳ I; …"); a subject that only ends with
    it ("Xây dựng khu dân cư văn hóa; chuẩn bị tổng kết năm") is still a subject, and so is one
    whose routine words only say what it is for ("Bồi dưỡng học sinh ưu tú … để kết nạp vào
    Đảng": the purpose after "để")."""
    clause = re.split(r";|\s[–—-]\s", text, maxsplit=1)[0]
    clause = re.split(r"\s(?:để|nhằm)\s", clause, maxsplit=1, flags=re.IGNORECASE)[0]
    folded = _REVIEW_OF.sub(" ", fold(clause))
    return any(word in folded for word in _ROUTINE)


def _strip_lead(text: str) -> str:
    """The subject without what leads it: a list mark, 'Chuyên đề số 2:', a time and its colon."""
    text = _MARKED.sub("", text.strip(), count=1).strip()
    for _ in range(3):
        before = text
        text = _TOPIC_WORD.sub("", text, count=1).strip() if _TOPIC_WORD.match(text) else text
        lead = re.match(r"^([^:–—]{2,45}?)\s*[:–—]\s+(?=\S)", text)
        bare = (
            re.sub(r"^(?:sinh\s+hoạt\s+)?chuyên\s*đề\s*", "", lead.group(1), flags=re.I)
            if lead
            else ""
        )
        if lead and (_is_time_only(bare) or label_meaning(lead.group(1)) is not None):
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
    if _OTHER_LABEL.match(text):
        return ""  # "Mời dự: Ban điều hành khu phố", "Địa điểm: …": who attends, where
    text = _strip_lead(text)
    start, cut = 0, len(before_field(text))
    for separator in _SEPARATORS.finditer(text):
        piece = _SEPARATORS.split(text[separator.end() :], maxsplit=1)[0]
        if separator.start() <= start:
            continue
        if start == 0 and _is_time_only(text[: separator.start()].strip(" ()")):
            start = separator.end()  # "Tháng 3/2025, …": the time leads, the subject follows
            continue
        if separator.start() >= cut:
            break
        if _stops(piece):
            cut = separator.start()
            break
    title = text[start:cut]
    title = re.sub(r"\s*\(([^()]*)\)\s*$", lambda m: "" if _has_time(m.group(1)) else m.group(0),
                   title.strip(" .;:,–—-"))  # fmt: skip
    title = _clean_title(title.strip(" .;:,–—-"))
    if len(title) > 2 and title[0] in _QUOTES and title[-1] in _QUOTES:
        title = title[1:-1].strip()
    title = _unpaired_quotes_off(title.strip(" .;:,"))
    words = title.split()
    if not 3 <= len(words) <= 45 or title.endswith(":"):
        return ""
    if not (title[:1].isupper() or title[:1].isdigit()) or _routine(title):
        return ""
    if _is_time_only(title) or _people_only(title) or _PERSON_MARK.search(title):
        return ""
    if all(part.strip() in LABELS for part in re.split(r"[,/]| và ", fold(title))):
        return ""  # "Người chuẩn bị, trình bày": a row's label, not a subject
    if is_section_name(title):
        return ""  # "Tổ chức thực hiện": a part of the plan
    if _SEVERAL_TOPICS.search(title):
        return ""  # "Học kỳ I có 02 chuyên đề: chuyên đề thứ nhất …": tells the topics, is none
    if _SCHEDULE_NOTE.search(title):
        return ""  # "Chi ủy thống nhất lùi chuyên đề quý II sang tháng 6/2025 …"
    if HALF_YEAR.match(title):
        return ""  # "Sáu tháng đầu năm:" heads the topics of a half-year
    if _has_time(title) and len(_without_time(title).split()) < 3:
        return ""  # "Thực hiện vào tháng 3/2025": a time with a verb, not a subject
    return title


def _unpaired_quotes_off(text: str) -> str:
    """The text without the quotes at its ends that pair with nothing inside: 'Tên”' → 'Tên',
    but 'Làm theo Bác về “Tất cả vì học sinh”' keeps its closing quote."""
    pairs = {"“": "”", "«": "»", "‘": "’"}
    while text:
        first, last = text[0], text[-1]
        if first in pairs and text.count(first) > text.count(pairs[first]):
            text = text[1:].strip(" .;:,")
        elif last in pairs.values() and text.count(last) > sum(
            text.count(o) for o, c in pairs.items() if c == last
        ):
            text = text[:-1].strip(" .;:,")
        elif first in "\"'" and text.count(first) % 2:
            text = text[1:].strip(" .;:,")
        elif last in "\"'" and text.count(last) % 2:
            text = text[:-1].strip(" .;:,")
        else:
            return text
    return text


# The head of a chat message: when it was sent and by whom ("[06/01/2025 20:22] Trần Văn Mạnh:"),
# not when a meeting is held.
_CHAT_STAMP = re.compile(r"^\[\d{1,2}/\d{1,2}(?:/\d{2,4})?[ ,]+\d{1,2}:\d{2}(?::\d{2})?\]")


# A sentence that counts or tells several topics ("có 02 chuyên đề", "chuyên đề thứ nhất … chuyên
# đề thứ hai").
_SEVERAL_TOPICS = re.compile(
    r"\bcó\s+0?\d\s+chuyên\s*đề\b|\bchuyên\s*đề\s+thứ\s+\w+\b.*\bchuyên\s*đề\s+thứ\s+\w+",
    re.IGNORECASE,
)
# Labelled fields of a meeting that never hold its subject: who is invited, who attends, where.
_OTHER_LABEL = re.compile(
    r"^\s*[-–+•*]?\s*(?:mời(?:\s+dự|\s+tham\s+dự)?|thành\s+phần(?:\s+(?:dự|tham\s+dự))?|"
    r"đối\s+tượng|địa\s+điểm|ghi\s+chú|kinh\s+phí|khách\s+mời)\s*:",
    re.IGNORECASE,
)
# A note on the schedule, not a subject: "Chi ủy thống nhất lùi chuyên đề quý II sang tháng 6",
# "dời kỳ sinh hoạt tháng 9 sang tháng 10", "hoãn buổi sinh hoạt chuyên đề …".
_SCHEDULE_NOTE = re.compile(
    r"\b(?:lùi|dời|hoãn|chuyển|đổi)\s+(?:lại\s+)?(?:thời\s+gian\s+|lịch\s+|ngày\s+)?"
    r"(?:(?:tổ\s+chức|của)\s+)?(?:chuyên\s*đề|(?:kỳ|buổi|cuộc)\s+sinh\s+hoạt|sinh\s+hoạt)\b",
    re.IGNORECASE,
)


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
    quarter: int | None = None  # the quarter its number is written under ('II.1')

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
        if match.group("quarter"):
            return "q"  # "II.1. Tên": a topic numbered under its quarter
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


def _same_level(unit: Unit, mark: str, text: str) -> bool:
    """Is a line of this mark the open unit's sibling? Of the same mark; or both headings of a
    topic's time in other words ('CHUYÊN ĐỀ QUÝ I (tháng 3/2020)', 'Quý II – Chuyên đề
    (tháng 6/2020):'), a plan's way of heading its topics however it words each."""
    if unit.mark == mark:
        return True
    return _heads_a_time(unit.mark, unit.head) and _heads_a_time(mark, text)


def _heads_a_time(mark: str, text: str) -> bool:
    """A heading of a topic's time: a time line that is no field ('Thời gian: …' is its unit's),
    or 'chuyên đề' and a time."""
    if mark == "t":
        return _label(text) is None
    return mark in ("c", "C") and _time_heading(text)


def _time_heading(text: str) -> bool:
    """'CHUYÊN ĐỀ QUÝ I (tháng 3/2020)': the word 'chuyên đề' and a time, no title."""
    said = re.match(r"^(?:chuyên\s*đề|CĐ)\s+(.+?)[\s.:]*$", text, re.IGNORECASE)
    return said is not None and len(text) <= 60 and _is_time_only(said.group(1))


def _told_whole(unit: Unit) -> bool:
    """A time line that goes on to tell a topic ('Quý I (tháng 3): chuyên đề “Tên”, do …')."""
    rest = re.split(r"\s*[:–—]\s+|\s+-\s+", unit.head, maxsplit=1)[1:]
    return bool(rest) and len(rest[0].split()) >= 6


def _lead_in(text: str) -> bool:
    """'Sinh hoạt chuyên đề trong năm:': a short line that heads the items after it."""
    return text.rstrip().endswith(":") and len(text.split()) <= 25


def units_of(lines: list[Line], sections: list[str]) -> list[Unit]:
    """The body's paragraphs as a forest of units, each top unit under its section."""
    roots: list[Unit] = []
    stack: list[Unit] = []  # the open units, outermost first
    closing = ""  # after "Nơi nhận:", the recipients and the signature, up to the next part
    for index, line in enumerate(lines):
        if line.is_table or heading_level(line.text) in (0, 1):
            stack, closing = [], ""
            continue
        if fold(line.text).startswith("noi nhan"):
            stack, closing = [], "Nơi nhận"
        mark = _mark(line)
        text = (
            _MARKED.sub("", line.text, count=1).strip() if mark and mark[0] in "narq" else line.text
        )
        if mark is None:
            held = stack and (stack[-1].mark != "p" or _label(line.text) is not None)
            if held and not _lead_in(line.text):
                stack[-1].lines.append(line.text)  # a plain paragraph keeps its labelled lines
                continue
            mark = ":" if _lead_in(line.text) else "p"
        if stack and stack[-1].mark == "p":
            stack.pop()  # a plain paragraph is no heading: what is marked after it is its sibling
        while stack and stack[-1].mark == "t" and mark[0] in "narqc" and _told_whole(stack[-1]):
            # "Quý IV (tháng 11): chuyên đề “Tên”, do đồng chí A chuẩn bị." then "d) …": a time
            # line that tells its topic whole heads nothing; the numbered item after it is no child
            stack.pop()
        level = next((i for i, u in enumerate(stack) if _same_level(u, mark, text)), None)
        if level is not None:
            stack = stack[:level]
        parent = stack[-1] if stack else None
        unit = Unit(mark, text, index, closing or sections[index], parent)
        if parent is None:
            roots.append(unit)
        else:
            parent.children.append(unit)
        stack.append(unit)
    _numbered_quarters(roots, lines)
    return roots


@dataclass
class Found:
    title: str
    time: Time
    people: list[Person]
    unit_text: str = ""


def _unit_reading(unit: Unit, inherited: Time) -> Found | None:
    """The topic a unit names: the first subject in its head or fields, its time, its people."""
    if _CHAT_STAMP.match(unit.head):
        return None  # "[06/01/2025 20:22] A:" then a reply: a message of a chat, no topic
    head = fold(unit.head).strip(" .:")
    if len(head.split()) <= 6 and any(head.startswith(word) for word in _NOT_TOPICS):
        return None  # "4. Tổ chức thực hiện" over its paragraph: a part of the plan, no topic
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
        when = held_with(found[1]) if found and found[0] == "form" else None
        if when:
            # "Hình thức: ghép với kỳ sinh hoạt thường kỳ tháng 3": held in that month's meeting
            held = _time_of(when)
            if len(set(held.months)) == 1:
                time.months += [m for m in held.months if m not in time.months]
            continue
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
        if person_key(person.name) not in seen:
            seen.add(person_key(person.name))
            out.append(person)
    return out


def _context(unit: Unit) -> tuple[bool, bool]:
    """(about topics, about something else): what the headings above the unit say."""
    heads = [fold(h) for h in unit.heads_above() if len(h.split()) <= 25]
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
    if unit.mark == "q":  # "I.1", "II.1", …: the quarter the topic is numbered under
        return Time(quarters=[unit.quarter]) if unit.quarter else Time()
    return Time()


def _numbered_quarters(roots: list[Unit], lines: list[Line]) -> None:
    """Topics numbered under the roman numeral of their quarter ('I.1. Tên', 'II.1. Tên'): each
    takes that quarter when its siblings so numbered name two quarters or more, in order (items
    of part II numbered 'II.1', 'II.2', … all under one numeral are a part's, not a quarter's)."""

    def visit(units: list[Unit]) -> None:
        numbered = [u for u in units if u.mark == "q"]
        romans = [_MARKED.match(lines[u.index].text) for u in numbered]
        quarters = [_ROMAN_QUARTERS[m.group("quarter")] for m in romans if m and m.group("quarter")]
        if (
            len(quarters) == len(numbered)
            and len(set(quarters)) >= 2
            and quarters == sorted(quarters)
        ):
            for unit, quarter in zip(numbered, quarters, strict=True):
                unit.quarter = quarter
        for unit in units:
            visit(unit.children)

    visit(roots)


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


def _records(rows: list[list[str]]) -> list[list[str]]:
    """A two-column table of 'label | value' lines, one run of labels per topic ('Chuyên đề 1 |
    Tên', 'Thời gian | Tháng 3', 'Người thực hiện | đ/c A', 'Chuyên đề 2 | …'), as one row per
    topic under the labels."""
    if max(len(r) for r in rows) == 3 and min(len(r) for r in rows) == 3:
        return _grouped_records(rows)
    if max(len(r) for r in rows) != 2 or len(rows) < 4:
        return rows
    keys = [re.sub(r"\s*(?:số\s*)?\d{1,2}\s*$", "", r[0].strip(" :")) for r in rows]
    labelled = sum(bool(k) and label_meaning(k) is not None for k in keys)
    folded = [fold(k) for k in keys]
    if labelled < 0.6 * len(rows) or len(set(folded)) == len(folded):
        return rows
    header: list[str] = []
    records: list[dict[str, str]] = []
    for key, row in zip(keys, rows, strict=True):
        if not records or key in records[-1]:
            records.append({})
        records[-1][key] = row[1] if len(row) > 1 else ""
        if key not in header:
            header.append(key)
    return [header, *[[r.get(k, "") for k in header] for r in records]]


def _grouped_records(rows: list[list[str]]) -> list[list[str]]:
    """'Quý | Hạng mục | Nội dung' with the quarter merged down over its topic's lines ('Quý I |
    Chuyên đề | Tên', 'Quý I | Thời gian | 03/2018', 'Quý I | Phụ trách | đ/c A'): one row per
    topic, its group (the quarter) in the first column, its labels after."""
    head = rows[0] if label_meaning(rows[0][1].strip(" :")) is None else None
    body = rows[1:] if head else rows
    if len(body) < 4:
        return rows
    keys = [r[1].strip(" :") for r in body]
    labelled = sum(bool(k) and label_meaning(k) is not None for k in keys)
    groups = [r[0].strip() for r in body]
    if labelled < 0.6 * len(body) or not all(groups) or len(set(groups)) < 2:
        return rows
    if len(set(groups)) * 2 > len(groups):
        return rows  # a group a line: no group over the lines of a topic
    header = [head[0] if head else "Thời gian"]
    records: list[dict[str, str]] = []
    last = None
    for group, key, row in zip(groups, keys, body, strict=True):
        if group != last or key in records[-1]:
            records.append({header[0]: group})
        last = group
        records[-1][key] = row[2]
        if key not in header:
            header.append(key)
    return [header, *[[r.get(k, "") for k in header] for r in records]]


def _turned(rows: list[list[str]]) -> list[list[str]]:
    """A table with its topics or months across the first row, turned to one topic a row."""
    width = max(len(r) for r in rows)
    grid = [r + [""] * (width - len(r)) for r in rows]
    across = grid[0][1:]
    down = [r[0] for r in grid[1:]]
    timed = sum(bool(c) and _is_time_only(c) for c in across)
    numbered = sum(bool(re.match(r"^(?:chuyên\s*đề|CĐ)\s*(?:số\s*)?\d", c, re.I)) for c in across)
    labels = sum(bool(c) and (label_meaning(c) is not None or len(c.split()) <= 4) for c in down)
    marks = sum(_is_mark(c) for r in grid[1:] for c in r[1:])
    turn = marks == 0 and len(across) >= 2 and max(timed, numbered) >= 0.6 * len(across)
    if turn and labels >= 0.6 * len(down):
        return [list(col) for col in zip(*grid, strict=True)]
    return rows


_MARK_CELL = re.compile(r"^[xX✓✔v•●+*]$")


def _is_mark(cell: str) -> bool:
    return bool(_MARK_CELL.match(cell.strip()))


def _mark_columns(header: list[str]) -> dict[int, Time]:
    """Columns headed by a month ('T3', 'Tháng 3', '3' under a heading naming months), where a
    cross in a row says the row's month."""
    months_named = any("thang" in fold(c) for c in header)
    out: dict[int, Time] = {}
    for j, cell in enumerate(header):
        value = cell.strip()
        parts = value.rsplit(" – ", 1)
        if len(parts) == 2 and column_unit(parts[0]) and bare_unit_value(parts[1]):
            # "Tháng – 3": the month under a heading merged across the months
            value = f"{'Quý' if column_unit(parts[0]) == 'quy' else 'Tháng'} {parts[1]}"
        if months_named and re.fullmatch(r"\d{1,2}", value) and 1 <= int(value) <= 12:
            out[j] = parse_time(f"tháng {int(value)}")
        elif code := _MONTH_CODE.fullmatch(value):
            month = int(code.group(1).translate(_ONE).replace(" ", ""))
            if 1 <= month <= 12:
                out[j] = parse_time(f"tháng {month}")
        elif value and _is_time_only(value) and len(value) <= 14:
            time = parse_time(value)
            if time.months or time.quarters:
                out[j] = time
    # A month whose code is misread ('T1 3' between 'T 2' and 'T 4', 'T1 1 1' after 'T 1 0' on a
    # scan) in a run of months one a column: the month its place in the run gives it.
    single = {j: t.months[0] for j, t in out.items() if len(t.months) == 1 and not t.quarters}
    offsets = [month - j for j, month in single.items()]
    run = max(set(offsets), key=offsets.count) if offsets else 0
    if offsets.count(run) >= 3:
        for j, cell in enumerate(header):
            written = cell.strip()
            if (
                j in out
                or not (written[:1] in "Tt" or re.search(r"\d", written))
                or len(written) > 6
            ):
                continue  # no code of a month ('Ghi chú' between 'T 2' and 'T 4')
            near = [k for k in (j - 1, j + 1) if single.get(k) == run + k]
            if near and 1 <= run + j <= 12:
                out[j] = parse_time(f"tháng {run + j}")
                single[j] = run + j  # the next may stand beside this one only
    return out if len(out) >= 3 else {}


# A month's code in a grid's heading, its digits set apart or a '1' read as a stroke ('T 1 1',
# 'T | 0', as a scan reads a narrow column's 'T 11', 'T 10').
_MONTH_CODE = re.compile(r"(?:T|Th|Tháng)\.?\s*([\d|lI](?: ?[\d|lI])?)", re.IGNORECASE)
_ONE = str.maketrans("|lI", "111")


def _lines(cell: str) -> list[str]:
    """A cell's lines without their list marks ('- ', '1. ', '+ ')."""
    out = []
    for line in cell.split("\n"):
        line = re.sub(r"^\s*(?:[-–+•*]\s*|\d{1,2}\s*[.)]\s+|[a-z]\s*\)\s*)", "", line).strip()
        if line:
            out.append(line)
    return out


_ROLE = re.compile(
    r"^(?:phó\s+)?(?:bí thư|chi ủy viên|chủ tịch|hiệu trưởng|phó hiệu trưởng|tổ trưởng|trưởng|"
    r"đảng viên|giáo viên|nhân viên|kế toán|thư ký|chi hội trưởng|bí thư đoàn)\b",
    re.IGNORECASE,
)


def _cell_is_time(cell: str) -> bool:
    lines = _lines(cell)
    return bool(lines) and all(_is_time_only(line) for line in lines)


def _cell_is_people(cell: str) -> bool:
    lines = _lines(cell)
    return bool(lines) and all(_people_only(line) for line in lines)


def _column_kinds(rows: list[list[str]]) -> dict[int, str]:
    """What each column holds, by its cells first and its heading second."""
    header = rows[0]
    by_heading = _columns(header)
    kinds: dict[int, str] = {}
    width = max(len(r) for r in rows)
    subjects: dict[int, float] = {}
    # 'THÁNG 5/2024' merged across a table of columns: no column's
    body = [r for r in rows[1:] if width < 2 or not band_row(r)]
    for j in range(width):
        cells = [r[j] for r in body if j < len(r) and r[j].strip()]
        if not cells:
            continue
        n = len(cells)
        number = sum(bool(re.fullmatch(r"\d{1,2}\.?|[IVX]{1,4}", c.strip())) for c in cells) / n
        unit = fold(header[j]).split()[:1] if j < len(header) else []
        time = sum(
            _cell_is_time(c) or (unit in (["quy"], ["thang"]) and bool(_cell_time(header[j], c).months))
            or (j < len(header) and _unit_pair(header[j], c) is not None)
            or bool(_T_READ_AS_ONE.match(c.strip()))
            or (unit == ["quy"] and bool(_cell_time(header[j], c).quarters))
            for c in cells
        ) / n  # fmt: skip
        people = sum(_cell_is_people(c) for c in cells) / n
        heading = by_heading.get(j)
        if j < len(header) and guests_heading(header[j]):
            continue  # "Người dự", "Thành phần": who attends, not who presents
        named = sum(bool(_people_of(c) or _ROLE.match(c.strip())) for c in cells) / n
        if heading is None and j < len(header) and _WEEK_HEADING.match(fold(header[j])):
            # "Tuần học" | "Tuần 15 (12 – 17/12/2022)": the week of the school year and its days
            told = sum(bool(_time_of(c).months or _time_of(c).quarters) for c in cells) / n
            heading = "time" if told >= 0.8 else None
            time = max(time, told)
        if heading == "time" and time < 0.5 or heading == "presenters" and named < 0.3:
            heading = None  # "Nội dung \ Tháng": the months run across, this column is not them
        if heading == "time" and time >= 0.5 or time >= 0.8:
            kinds[j] = "time"
        elif number >= 0.8:
            kinds[j] = "number"
        elif heading == "presenters" and max(people, named) >= 0.3 or people >= 0.8:
            kinds[j] = "presenters"
        elif heading not in ("form", "outputs", "number", "time", "presenters"):
            roles = sum(bool(_ROLE.match(c.strip())) for c in cells) / n
            if roles < 0.5:
                subjects[j] = sum(any(subject_of(ln) for ln in _lines(c)) for c in cells) / n
    if subjects:
        titled = [j for j in subjects if by_heading.get(j) in ("title", "content")]
        # "Nội dung sinh hoạt thường kỳ" | "Sinh hoạt chuyên đề": the topics' column, not the
        # regular meetings'; a column headed as the topics' before one headed "Nội dung"
        titled = [j for j in titled if not _REGULAR_HEADING.search(fold(header[j]))]
        titled.sort(key=lambda j: by_heading.get(j) != "title")
        titled = [j for j in titled if subjects[j] >= 0.25]  # a programme: topics among work
        best = titled[0] if titled else max(subjects, key=lambda j: subjects[j])
        duties = best < len(header) and _DUTIES.match(" ".join(fold(header[best]).split()))
        if duties and "presenters" in kinds.values():
            return kinds  # "Họ và tên" | "Nhiệm vụ": each member's duties, no topics
        if subjects[best] >= (0.25 if titled else 0.5):
            kinds[best] = "title"
    return kinds


_WEEK_HEADING = re.compile(r"^tuan(?: hoc| sinh hoat| thu)?\s*$")
_REGULAR_HEADING = re.compile(r"\b(?:thuong|dinh) ky\b")
# The heading of a column of each member's duties in a table by member ("Họ và tên" | "Chức vụ" |
# "Nhiệm vụ trong Chi bộ"): "Chuẩn bị chuyên đề tháng 11" there points to a topic, it is none.
_DUTIES = re.compile(r"^(?:nhiem vu|cong viec duoc giao|viec duoc giao|nhiem vu duoc giao|"
                     r"nhiem vu duoc phan cong|phan cong nhiem vu)\b")  # fmt: skip


# "I.1", "II.2", "IV-1": a topic numbered under the roman numeral of its quarter.
_QUARTER_NUMBER = re.compile(r"^(IV|III|II|I)\s*[.\-]\s*\d{1,2}\.?$")


def _quarter_numbers(rows: list[list[str]]) -> list[list[str]]:
    """A column numbering the topics under their quarter ('I.1', 'I.2', 'II.1', …): the cells
    read as the quarter ('Quý I'). Only when every filled cell of the column is so written, the
    quarters never go back and two of them at least are met."""
    width = max(len(r) for r in rows)
    for j in range(width):
        cells = [r[j].strip() for r in rows[1:] if j < len(r) and r[j].strip()]
        found = [_QUARTER_NUMBER.match(c) for c in cells]
        if len(cells) < 2 or not all(found):
            continue
        quarters = [_ROMAN_QUARTERS[m.group(1)] for m in found if m]
        if len(set(quarters)) < 2 or quarters != sorted(quarters):
            continue
        out = [list(rows[0])]
        for row in rows[1:]:
            row = list(row)
            match = _QUARTER_NUMBER.match(row[j].strip()) if j < len(row) else None
            if match:
                row[j] = f"Quý {match.group(1)}"
            out.append(row)
        return out
    return rows


def _quarters_carried(rows: list[list[str]]) -> list[list[str]]:
    """A column of quarters written only on the first row of each group, the cells below left
    blank ('Quý I' | topic, '' | topic, 'Quý II' | topic): each blank cell takes the quarter
    above it. Only in a column whose filled cells all say one quarter and nothing else, in
    order, on rows as wide as the heading (a band across the table is no row of a group), in a
    table with no other column of times."""
    width = len(rows[0])
    body = [r for r in rows[1:] if len(r) == width]
    for j in range(width):
        cells = [r[j] for r in body]
        filled = [c for c in cells if c.strip()]
        if len(filled) < 2 or len(filled) == len(cells) or not cells[0].strip():
            continue
        times = [_time_of(c) for c in filled]
        if not all(_cell_is_time(c) for c in filled) or any(
            t.months or len(t.quarters) != 1 for t in times
        ):
            continue
        quarters = [t.quarters[0] for t in times]
        if len(set(quarters)) < 2 or quarters != sorted(quarters):
            continue
        if any(
            sum(_cell_is_time(r[k]) for r in body if r[k].strip()) >= 2
            for k in range(width)
            if k != j
        ):
            continue  # the rows have a time column of their own: these quarters are notes
        out = [list(rows[0])]
        above = ""
        for row in rows[1:]:
            row = list(row)
            if len(row) == width:
                if row[j].strip():
                    above = row[j]
                elif any(c.strip() for c in row):
                    row[j] = above
            out.append(row)
        return out
    return rows


def _table_mentions(rows: list[list[str]], about: bool, thematic: bool) -> list[Mention]:
    if len(rows) < 2:
        return []
    rows = _turned(_records(rows))
    rows = _quarters_carried(_quarter_numbers(month_numbers_row(bare_time_column(rows))))
    header = " ".join(fold(c) for c in rows[0])
    if "chi tieu" in header:
        return []
    kinds = _column_kinds(rows)
    if "title" not in kinds.values():
        return []
    if _headless(rows, kinds):  # the first row is a topic too: the table has no heading row
        rows = [[""] * len(rows[0]), *rows]
    crosses = _mark_columns(rows[0])
    title_col = next(j for j, k in kinds.items() if k == "title")
    titles = [ln for r in rows[1:] if title_col < len(r) for ln in _lines(r[title_col])]
    mixed = sum(_routine(t) for t in titles) > 0.3 * max(1, len(titles))  # a work programme
    mixed = mixed or marked_among_tasks(titles)  # "Sinh hoạt chuyên đề: Tên" among tasks
    about = about or thematic or "chuyen de" in header
    mentions: list[Mention] = []
    context = Time()
    for row in rows[1:]:
        filled = [c for c in row if c.strip()]
        if filled and len(set(filled)) == 1 and _is_time_only(filled[0]):
            context = _time_of(filled[0])  # a row "QUÝ I" across the table
            continue
        if title_col >= len(row):
            continue
        lines = _lines(row[title_col])
        items = [ln for ln in lines if subject_of(ln) and not _other_field(ln)]
        if len(items) < 2:  # one topic, maybe over several lines of its cell
            whole = " ".join(lines)
            fields = any(_label(ln) or _people_only(ln) or _is_time_only(ln) for ln in lines)
            items = [whole] if subject_of(whole) and not fields else items[:1]
            lines = [whole]
        for line in items:
            if no_meeting(line):
                continue  # "Không tổ chức (nghỉ Tết)"
            if (mixed or not about) and "chuyen de" not in fold(line):
                continue  # among other work, a topic names itself a thematic meeting
            if mixed and professional(line):
                continue  # "Tổ chuyên môn thực hiện chuyên đề “…”": a school's, not the cell's
            k = lines.index(line) if line in lines else 0
            mention = _row_item(rows[0], row, kinds, crosses, line, k, len(lines), context)
            if mention is not None:
                mentions.append(mention)
    placed = sum(bool(m.topic.presenters or m.times[0].quarters or m.times[0].months)
                 for m in mentions)  # fmt: skip
    return mentions if placed >= 0.6 * len(mentions) else []


def _cell_people(cell: str) -> list[Person]:
    """The people of a people cell; where it names several jobs ('Nguyễn Văn A; chuẩn bị
    chuyên đề: Trần Thị B'), the people of the topic's."""
    parts = [p for p in re.split(r"\s*[;\n]\s*", apart_people(cell)) if p.strip()]
    labelled = [p for p in parts if (found := _label(p)) and found[0] == "presenters"
                or re.match(r"^[^:]{0,40}chuyên\s*đề[^:]{0,20}:", p, re.IGNORECASE)]  # fmt: skip
    if labelled and len(labelled) < len(parts):
        parts = [p.split(":", 1)[1] for p in labelled]
    return [p for part in parts for p in parse_people(part) if p.name]


def _other_field(line: str) -> bool:
    """'Thành phần: Toàn thể đảng viên': a field of the topic above, not another topic."""
    match = re.match(r"^([^:]{2,30}):\s", line)
    if not match or _TOPIC_WORD.match(line) or _is_time_only(match.group(1)):
        return False  # "Tháng 2: Tên" is a topic led by its time
    return label_meaning(match.group(1)) not in ("title", "content")


def kinds_title(kinds: dict[int, str]) -> int:
    return next(j for j, k in kinds.items() if k == "title")


def _labelled_people(text: str) -> list[Person]:
    found = _label(text)
    if found and found[0] == "presenters":
        return [p for p in parse_people(found[1]) if p.name]
    return []


def _headless(rows: list[list[str]], kinds: dict[int, str]) -> bool:
    """Does the first row hold a topic (its title cell a subject, its time cell a time)?"""
    first = rows[0]
    title = next(j for j, k in kinds.items() if k == "title")
    if title >= len(first) or not subject_of(first[title]):
        return False
    return any(
        k in ("time", "presenters") and j < len(first) and first[j].strip()
        and (_cell_is_time(first[j]) or _cell_is_people(first[j]))
        for j, k in kinds.items()
    )  # fmt: skip


def _row_item(
    header: list[str],
    row: list[str],
    kinds: dict[int, str],
    crosses: dict[int, Time],
    line: str,
    k: int,
    count: int,
    context: Time,
) -> Mention | None:
    """The topic a line of a row's title cell names, with the time and people of its row: the
    line of each other cell that stands beside it, or the whole cell."""
    told = line if count > 1 else row[kinds_title(kinds)]  # the cell's other lines too
    title = subject_of(line)
    clause = next((c for c in re.split(r"\s*[;\n]\s*|\.\s+", told) if title[:20] in c), told)
    own = _time_of(clause)  # the time of the clause naming the topic, not of other work
    quarters, months = list(own.quarters), list(own.months)
    people = [p for ln in told.split("\n") for p in _people_of(ln) or _labelled_people(ln)]
    told_people = bool(people)
    for j, kind in kinds.items():
        if j >= len(row) or not row[j].strip() or kind not in ("time", "presenters"):
            continue
        cell_lines = _lines(row[j])
        beside = cell_lines[k] if count > 1 and len(cell_lines) == count else None
        value = beside if beside is not None else row[j]
        if kind == "time":
            got = _cell_time(header[j] if j < len(header) else "", value)
            quarters += [q for q in got.quarters if q not in quarters]
            if beside is not None or not own.months:  # the row's month, unless the line has one
                months += [m for m in got.months if m not in months]
        elif not told_people:  # every people column: "Người chủ trì" | "Người thực hiện"
            people += _cell_people(value)
    for j, cell in enumerate(row):  # a cross under a month, a time in a cell of no known column
        if j in crosses and _is_mark(cell):
            months += [m for m in crosses[j].months if m not in months]
            quarters += [q for q in crosses[j].quarters if q not in quarters]
        elif j not in kinds and j not in crosses and cell.strip() and _cell_is_time(cell):
            got = _time_of(cell)
            quarters += [q for q in got.quarters if q not in quarters]
            months += [m for m in got.months if m not in months and not own.months]
    if not quarters and not months:  # "Ghi chú: Tổ chức vào tháng 9": the note tells the time
        quarters, months = noted_time(header, row, kinds)
    if not quarters and not months:
        quarters, months = list(context.quarters), list(context.months)
    elif not quarters:
        quarters = list(context.quarters)
    mention = Mention(ParsedTopic(title=title), where="structure")
    mention.topic.presenters = _unique(people)
    mention.times.append(Time(quarters=quarters, months=months))
    if _time_reference(mention):
        return None  # 'Chuyên đề quý II': a topic named by its time
    return mention


_PAIR_HEADING = re.compile(r"^quy\s*[/-]\s*thang$")
_PAIR_VALUE = re.compile(r"^(IV|III|II|I|[1-4])\s*[/-]\s*(0?[1-9]|1[0-2])\.?$")


def _unit_pair(heading: str, value: str) -> Time | None:
    """'I/03' under 'Quý/Tháng': the quarter and the month, written as the heading pairs them
    (a month outside its quarter, 'III/10', is kept as written and flagged by the merge)."""
    match = _PAIR_VALUE.match(value.strip())
    if not match or not _PAIR_HEADING.match(" ".join(fold(heading).split())):
        return None
    written, month = match.group(1), int(match.group(2))
    quarter = _ROMAN_QUARTERS.get(written) or int(written)
    return Time(quarters=[quarter], months=[month])


# "Q1(13)", "Quý I. (13)": a quarter and its month in brackets, the T of "(T3)" read as a 1 by
# the OCR of a scan (no month 13 is written): the month is the digit after it, in the quarter.
_T_READ_AS_ONE = re.compile(
    r"^(?:Q\.?|qu[ýí])\s*(IV|III|II|I|[1-4])\.?\s*\(\s*1(1[0-2]|[1-9])\s*\)$", re.IGNORECASE
)


def _cell_time(heading: str, value: str) -> Time:
    pair = _unit_pair(heading, value)
    if pair is not None:
        return pair
    misread = _T_READ_AS_ONE.match(value.strip())
    if misread:
        written = misread.group(1).upper()
        quarter, month = _ROMAN_QUARTERS.get(written) or int(written), int(misread.group(2))
        if quarter_of_month(month) == quarter:
            return Time(quarters=[quarter], months=[month])
    time = _time_of(value.replace("\n", " "))
    if not (time.quarters or time.months):
        unit, bare = column_unit(heading), bare_unit_value(value)
        if unit and bare:
            time = parse_time(f"{'Quý' if unit == 'quy' else 'Tháng'} {bare}")
    return time


# -- the reader -------------------------------------------------------------------------------


def tab_tables(lines: list[Line], sections: list[str]) -> tuple[list[Line], list[str]]:
    """Paragraphs aligned in columns by tabs, three or more in a run, as the table they show; a
    line whose first cell is empty goes on the row above (a cell wrapped by hand)."""
    out: list[Line] = []
    out_sections: list[str] = []
    index = 0
    while index < len(lines):
        run: list[list[str]] = []
        end = index
        while end < len(lines) and lines[end].tabbed is not None:
            cells = lines[end].tabbed or []
            if not run or cells is not lines[end - 1].tabbed:
                run.append(list(cells))
            end += 1
        if len(run) < 3:
            out.append(lines[index])
            out_sections.append(sections[index])
            index += 1
            continue
        rows: list[list[str]] = []
        for cells in run:
            if rows and not cells[0].strip():
                previous = rows[-1]
                cells = cells[1:]  # what a hand-wrapped line holds goes to the last columns
                start = max(0, len(previous) - len(cells))
                previous += [""] * (start + len(cells) - len(previous))
                for j, cell in enumerate(cells, start=start):
                    if cell.strip():
                        new_item = _PERSON_MARK.match(cell) or re.match(
                            r"^(?:[-–+•]|\d{1,2}[.)]\s)", cell
                        )
                        joiner = "\n" if new_item or _people_only(cell) else " "
                        previous[j] = f"{previous[j]}{joiner}{cell}" if previous[j] else cell
            else:
                rows.append(cells)
        out.append(Line("", rows=rows))
        out_sections.append(sections[index])
        index = end
    return out, out_sections


_NUMBER_HEADINGS = ("tt", "stt", "so tt", "so thu tu")
_TIME_HEADINGS = ("quy", "thang", "thoi gian", "ky sinh hoat", "ngay")
_NUMBER_CELL = re.compile(r"^0?(\d{1,2})\s*[.)]?$")


def _heading_cell(line: Line) -> str | None:
    """What a line standing alone heads, when it is a column's heading ('TT', 'Thời gian', 'Nội
    dung chuyên đề', 'Người thực hiện', 'Ghi chú'): 'number', 'note' or a field; None for text."""
    if line.is_table or line.bullet or line.tabbed is not None or re.search(r"\d", line.text):
        return None
    folded = " ".join(line.folded.split()).strip(" .:")
    if not folded or len(folded.split()) > 6:
        return None
    if folded in _NUMBER_HEADINGS:
        return "number"
    if folded in NOTE_HEADINGS:
        return "note"
    if folded in _TIME_HEADINGS:
        return "time"
    return label_meaning(line.text.strip(" :"))


def _cells_as_rows(cells: list[Line], width: int, numbered: bool) -> list[list[str]]:
    """The rows a run of one-cell lines holds, `width` cells a row.
    A numbered table's rows start at their numbers, 1, 2, 3 … (an empty cell was lost with its
    line, the row is shorter); otherwise every `width` lines make a row."""
    rows: list[list[str]] = []
    used = 0
    if numbered:
        while used < len(cells):
            number = _NUMBER_CELL.match(cells[used].text)
            if not number or int(number.group(1)) != len(rows) + 1:
                break
            end = used + 1
            while end < len(cells) and end - used < width:
                following = _NUMBER_CELL.match(cells[end].text)
                if following and int(following.group(1)) == len(rows) + 2:
                    break
                end += 1
            rows.append([c.text for c in cells[used:end]] + [""] * (width - (end - used)))
            used = end
        return rows
    while used + width <= len(cells):
        rows.append([c.text for c in cells[used : used + width]])
        used += width
    return rows


def cell_line_tables(lines: list[Line], sections: list[str]) -> tuple[list[Line], list[str]]:
    """A table copied from a web page into plain text, one cell per line: its headings one per
    line ('TT', 'Thời gian', 'Nội dung chuyên đề', 'Người thực hiện', 'Ghi chú'), then each row's
    cells one per line. The headings give the width, the rows are rebuilt from the lines after
    them up to the next heading of the plan."""
    out: list[Line] = []
    out_sections: list[str] = []
    index = 0
    while index < len(lines):
        heads: list[str] = []
        end = index
        while end < len(lines) and (kind := _heading_cell(lines[end])) is not None:
            heads.append(kind)
            end += 1
        topical = "title" in heads or "content" in heads
        if len(heads) < 3 or not topical or not ({"time", "presenters"} & set(heads)):
            out.append(lines[index])
            out_sections.append(sections[index])
            index += 1
            continue
        stop = end
        while stop < len(lines) and not (  # a cell may be in capitals ('QUÝ I'), not long
            lines[stop].is_table
            or heading_level(lines[stop].text) in (0, 1)
            or (is_caps(lines[stop].text) and len(lines[stop].text) > 25)
        ):
            stop += 1
        rows = _cells_as_rows(lines[end:stop], len(heads), heads[0] == "number")
        timed = [j for j, k in enumerate(heads) if k == "time"]
        if timed:  # the rows are real when their time cells hold times
            rows = rows[: next((n for n, r in enumerate(rows) if not _has_time(r[timed[0]])),
                               len(rows))]  # fmt: skip
        if len(rows) < 2:
            out.append(lines[index])
            out_sections.append(sections[index])
            index += 1
            continue
        header = [lines[i].text for i in range(index, end)]
        out.append(Line("", rows=[header, *rows]))
        out_sections.append(sections[index])
        index = end + _lines_used(lines[end:stop], rows)
    return out, out_sections


def _lines_used(cells: list[Line], rows: list[list[str]]) -> int:
    """How many of the one-cell lines the rebuilt rows hold (an empty cell holds none)."""
    return min(len(cells), sum(sum(bool(c) for c in row) for row in rows))


_INLINE_MARK = re.compile(r"(?:(?<=^)|(?<=[\s:;,]))\((\d{1,2}|[a-h])\)\s+")


# "Quý I: …; Quý II: …", "Tháng ba: …; tháng sáu: …" in one paragraph: each quarter or month
# opens an item (at the paragraph's start, or after a colon, a semicolon or a full stop).
# The quarter may carry its month in brackets: "Quý III (tháng 10): …".
_INLINE_QUARTER = re.compile(
    r"(?:^|(?<=[:;.])\s*)(?P<told>(?P<quarter>(?:quý|quí)\s+(?:IV|III|II|I|[1-4])|tháng\s+(?:1[0-2]|"
    r"0?[1-9]|giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)\b)"
    r"(?:\s*\((?:tháng|th\.?|T)\s*\d{1,2}(?:/\d{4})?\))?)\s*[:–—-]\s+",
    re.IGNORECASE,
)


def _inline_quarters(text: str) -> list[re.Match[str]]:
    """The quarters or months that open the items of one paragraph ('Quý I: Tên (đ/c A); Quý II:
    …', 'Tháng ba: “Tên” (…); tháng sáu: …'): two or more, of one unit, in order."""
    marks = list(_INLINE_QUARTER.finditer(text))
    if len(marks) < 2:
        return []
    times = [parse_time(m.group("quarter")) for m in marks]
    months = [t.months[0] for t in times if len(t.months) == 1]
    quarters = [t.quarters[0] for t in times if len(t.quarters) == 1 and not t.months]
    keys = months if len(months) == len(marks) else quarters
    if len(keys) != len(marks) or keys != sorted(set(keys)):
        return []
    return marks


def _inline_items(lines: list[Line], sections: list[str]) -> tuple[list[Line], list[str]]:
    """A paragraph that enumerates its items in place ('… bốn chuyên đề: (1) A (tháng 3); (2) B
    …') as its lead-in and one line per item, so that the items are units like any list."""
    out: list[Line] = []
    out_sections: list[str] = []
    for line, section in zip(lines, sections, strict=True):
        marks = [] if line.is_table else list(_INLINE_MARK.finditer(line.text))
        labels = [m.group(1) for m in marks]
        if len(marks) < 2 or labels[:2] not in (["1", "2"], ["a", "b"]):
            marks = [] if line.is_table else _inline_quarters(line.text)
        if not marks:
            out.append(line)
            out_sections.append(section)
            continue
        lead = line.text[: marks[0].start()].strip()
        if lead:
            out.append(Line(lead))
            out_sections.append(section)
        for n, mark in enumerate(marks):
            end = marks[n + 1].start() if n + 1 < len(marks) else len(line.text)
            text = line.text[mark.end() : end].strip(" ;,.")
            if mark.groupdict().get("quarter"):  # "Quý II: Tên (đ/c A)": the item keeps its time
                text = f"{mark.group('told').strip()}: {text}"
            out.append(Line(text, bullet="("))
            out_sections.append(section)
    return out, out_sections


def structure_mentions(lines: list[Line], sections: list[str], thematic: bool) -> list[Mention]:
    """The topics the plan's structure shows, in document order (tables in their place)."""
    out: list[Mention] = []
    spread, spread_sections = _inline_items(lines, sections)
    _walk(units_of(spread, spread_sections), thematic, out)
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
        elif not any(_in_content(title, t) for t in topics):
            extra.append(mention)
    if extra:
        known = [t.title for t in topics if t.title]
        topics += [t for t in merge(extra) if not any(_similar(t.title, k) for k in known)]
    return _headings_dropped(_short_names(topics))


def _in_content(title: str, topic: ParsedTopic) -> bool:
    """True when the labelled reading already holds this title as one of a topic's points
    ('Nội dung gồm:' then 'a) …', 'b) …'): a point of a topic, not a topic."""
    folded = fold(title).strip(" .;:")
    return len(folded) >= 12 and any(
        folded == fold(re.sub(r"^\s*(?:[a-zđ]\s*\)|[-–+•])\s*", "", point)).strip(" .;:")
        for point in topic.content.splitlines()
    )


def _headings_dropped(topics: list[ParsedTopic]) -> list[ParsedTopic]:
    """A numbered heading read as a topic ('1. Yêu cầu chung', '2. Các chuyên đề trong năm')
    names no time and nobody while the topics around it do: it is not one."""
    placed = [t for t in topics if t.quarter or t.month]
    if len(placed) < 2:
        return topics
    return [t for t in topics if t.quarter or t.month or any(p.name for p in t.presenters)]


def _shared(words: str, other: str) -> float:
    """The share of words' words found in other ('kỷ niệm 75 năm lời kêu gọi thi đua ái quốc' in
    'ý nghĩa lịch sử và giá trị lời kêu gọi thi đua ái quốc …')."""
    mine, theirs = words.split(), set(other.split())
    return sum(w in theirs for w in mine) / len(mine) if mine else 0.0


def _another_meeting(short: ParsedTopic, target: ParsedTopic) -> bool:
    """A title another's holds is a meeting of its own when both have their own quarter, not the
    same, and their own people: quý I "Quán triệt chuyên đề năm 2020 “X”", quý III "X"."""
    named = all(any(p.name for p in t.presenters) for t in (short, target))
    return named and bool(short.quarter and target.quarter) and short.quarter != target.quarter


def _short_names(topics: list[ParsedTopic]) -> list[ParsedTopic]:
    """A topic an assignment names by a short name ('chuẩn bị chuyên đề “Giảm nghèo”') is the
    topic whose title holds that name or, when none does, the one topic of its time that names
    nobody (sharing words with it, when the name is longer than six words: 'Quý II: chuyên đề
    kỷ niệm 75 năm Lời kêu gọi thi đua ái quốc'): its people and time go there, and the short
    name goes."""
    for short in list(topics):
        words = _words(short.title)
        if not words or len(words.split()) > 12:
            continue
        others = [t for t in topics if t is not short and len(_words(t.title)) > len(words)]
        holding = [t for t in others if f" {words} " in f" {_words(t.title)} "]
        if not holding and short.quarter and any(p.name for p in short.presenters):
            holding = [
                t for t in others
                if not any(p.name for p in t.presenters) and t.quarter == short.quarter
                and (short.month is None or t.month in (None, short.month))
                and (len(words.split()) <= 6 or _shared(words, _words(t.title)) >= 0.4)
            ]  # fmt: skip
        if len(holding) != 1 or _another_meeting(short, holding[0]):
            continue
        target = holding[0]
        if not any(p.name for p in target.presenters):
            target.presenters = list(short.presenters)
            target.preparer_note = target.preparer_note or short.preparer_note
        if target.quarter is None:
            target.quarter = short.quarter
        if target.month is None and short.month and quarter_of_month(short.month) == target.quarter:
            target.month = short.month
        topics.remove(short)
    return topics


def _words_besides(text: str) -> bool:
    """Does text hold words besides a time, people, list marks and punctuation?"""
    for person in _people_of(text):
        text = text.replace(person.name, " ")
    text = _PERSON_MARK.sub(" ", _without_time(text))
    text = re.sub(r"\b(?:trình bày|chuẩn bị|phụ trách|tham luận|đề dẫn|báo cáo)\b", " ", text,
                  flags=re.IGNORECASE)  # fmt: skip
    return bool(re.sub(r"[^\w]+|\d+", " ", text).strip())


def _trailing(longer: str, shorter: str) -> str:
    """What a title carries besides a shorter title it holds."""
    at = longer.lower().find(shorter.lower())
    return longer[:at] + " " + longer[at + len(shorter) :] if at >= 0 else ""


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def _contains(longer: str, shorter: str) -> bool:
    a, b = _words(longer), _words(shorter)
    return len(b.split()) >= 3 and f" {b} " in f" {a} " and len(a) > len(b)


def _fill(topic: ParsedTopic, mention: Mention) -> None:
    title = mention.topic.title
    covers = _contains(topic.title, title) or _words(topic.title) == _words(title)
    if len(_words(topic.title).split()) <= 6 and _contains(title, topic.title):
        topic.title = (
            title  # the short name an assignment gave ("Kiểm tra, giám sát"): the full one
        )
    elif topic.title != title and covers and not _words_besides(_trailing(topic.title, title)):
        topic.title = title  # "«Tên» – tháng 3 –", "5. Tên", "Tên (": the title alone
    times = mention.times
    quarters = [q for t in times for q in t.quarters]
    months = [m for t in times for m in t.months]
    if topic.quarter is None and topic.month is None:
        if months:
            topic.month = months[0]
        if quarters:
            topic.quarter = quarters[0]
        elif topic.month:
            topic.quarter = quarter_of_month(topic.month)
    elif (
        topic.month is None
        and months
        and (topic.quarter is None or quarter_of_month(months[0]) == topic.quarter)
    ):
        topic.month = months[0]
    elif topic.quarter is None and quarters:
        topic.quarter = quarters[0]
    elif _quarter_written_beside(topic, quarters, months):
        # "CHUYÊN ĐỀ QUÝ III" over "Thời gian: tháng 10": the quarter written is kept, the month
        # outside it flagged (the labelled reading took the month's quarter)
        topic.quarter = quarters[0]
        topic.conflicts.append(f"Tháng {topic.month} không thuộc Quý {roman(quarters[0])}.")
    if not any(p.name for p in topic.presenters) and mention.topic.presenters:
        topic.presenters = list(mention.topic.presenters)
        _note = "; ".join(p.text or p.name for p in mention.topic.presenters)
        topic.preparer_note = topic.preparer_note or _note


def _quarter_written_beside(topic: ParsedTopic, quarters: list[int], months: list[int]) -> bool:
    """Does the structure read a quarter written with the topic's month, other than the month's,
    where the labelled reading had only the month (its quarter the month's own)?"""
    if topic.month is None or not quarters or months[:1] != [topic.month]:
        return False
    by_month = quarter_of_month(topic.month)
    return (
        topic.quarter == by_month
        and len(set(quarters)) == 1
        and quarters[0] != by_month
        and "quarter" not in topic.alternatives
        and not topic.conflicts
    )


__all__ = ["complete", "structure_mentions", "subject_of", "units_of", "_set_people"]


# -- references -------------------------------------------------------------------------------

# "Chuyên đề số 1 và số 3", "CĐ 2", "Nội dung 2.1", "mục 3": topics named by their number.
_BY_NUMBER = re.compile(
    r"(?:chuyên\s*đề|CĐ\.?|nội\s*dung|mục)\s*(?:số\s*)?(\d{1,2}(?:\.\d{1,2})?)"
    r"((?:\s*(?:\([^)]*\))?\s*(?:,|và|;|&)\s*(?:số\s*)?\d{1,2}(?:\.\d{1,2})?)*)",
    re.IGNORECASE,
)
# "nội dung a) và nội dung d) mục 2 phần II", "Nội dung b: đ/c A": topics lettered a), b), …
# named by their letter; the "mục 2 phần II" after it tells where that list is, not a topic.
_BY_LETTER = re.compile(
    r"(?:chuyên\s*đề|CĐ\.?|nội\s*dung|mục|điểm)\s*([a-hđ])"
    r"(?:\s*\)|(?=\s*[:,.;]|\s+(?:và|mục|phần)\b|\s*$))"
    r"((?:\s*(?:,|và|;|&)\s*(?:(?:chuyên\s*đề|CĐ\.?|nội\s*dung|mục|điểm)\s*)?[a-hđ]\s*\))*)",
    re.IGNORECASE,
)
_LETTERS = "abcdđeghik"  # a list lettered the Vietnamese way: a), b), c), d), đ), e), g), …
_BARE_NUMBER = re.compile(r"(?:\bsố\s*|^|,\s*|và\s+)(\d{1,2})\b(?!\s*[/.%]\d)", re.IGNORECASE)
# "chuyên đề tháng 4 và tháng 10", "CĐ quý II": topics named by their time.
_BY_TIME = re.compile(
    r"(?:chuyên\s*đề|CĐ|nội\s*dung)\s*((?:(?:tháng|quý)\s*[\dIVX]{1,4}(?:/\d{4})?"
    r"(?:\s*(?:,|và)\s*)?)+)",
    re.IGNORECASE,
)


@dataclass
class _Pointer:
    numbers: list[int]
    time: Time
    people: list[Person]
    when: Time = field(default_factory=Time)  # a time the piece gives besides its pointer
    words: str = ""  # a short form of the title: "chuyên đề về chuyển đổi số: đ/c A"


def _pointer(text: str, in_topic_column: bool = False) -> _Pointer | None:
    """People and the topics a piece of an assignment points to, by number or by time."""
    numbers: list[int] = []
    for match in _BY_LETTER.finditer(text):
        written = re.findall(r"(?<!\w)[a-hđ](?=\s*\)|\s*$|\s*[:,.;])", match.group(0).lower())
        numbers += [_LETTERS.index(letter) + 1 for letter in written]
    for match in _BY_NUMBER.finditer(text) if not numbers else ():
        written = re.findall(r"\d{1,2}(?:\.\d{1,2})?", match.group(1) + match.group(2))
        numbers += [int(n.split(".")[-1]) for n in written]
    if in_topic_column and not numbers:  # "số 1 (chủ trì), số 4" under "Chuyên đề phụ trách"
        numbers = [int(n) for n in _BARE_NUMBER.findall(re.sub(r"\([^)]*\)", "", text))]
    time = Time()
    for match in _BY_TIME.finditer(text):
        got = parse_time(match.group(1))
        time.months += got.months
        time.quarters += got.quarters if not got.months else []
    if not numbers and not (time.months or time.quarters):
        return None
    rest = _BY_TIME.sub(" ", _BY_NUMBER.sub(" ", _BY_LETTER.sub(" ", text)))
    return _Pointer(numbers, time, [], _time_of(rest))


def _pointed(topics: list[ParsedTopic], pointer: _Pointer) -> list[ParsedTopic]:
    out: list[ParsedTopic] = []
    numbers = [t.number for t in topics]
    unique = len(set(numbers)) == len(numbers) and None not in numbers
    for number in pointer.numbers:
        if unique and number in numbers:
            out.append(topics[numbers.index(number)])
        elif not unique and 1 <= number <= len(topics):
            out.append(topics[number - 1])
    for month in pointer.time.months:
        fits = [t for t in topics if t.month == month]
        out += fits if len(fits) == 1 else []
    if pointer.words:  # every word of the short form in one title, and in no other
        wanted = set(_words(pointer.words).split())
        fits = [t for t in topics if wanted <= set(_words(t.title).split())]
        out += fits if len(fits) == 1 else []
    for quarter in pointer.time.quarters:
        fits = [t for t in topics if t.quarter == quarter]
        out += fits if len(fits) == 1 else []
    return out


def _pieces(lines: list[Line]) -> list[_Pointer]:
    """Every piece of the plan that names people and points to topics: a clause of a sentence
    ('chuyên đề tháng 6 giao đồng chí A'), a line of a cell ('CĐ 2: đ/c B'), a table row
    ('Nguyễn Văn A | Bí thư | số 1, số 4')."""
    found: list[_Pointer] = []
    for line in lines:
        if not line.is_table:
            headed = _headed_pieces(line.text)
            if headed is not None:
                found += headed
                continue
            for clause in re.split(r"\s*;\s*", line.text):
                pointer = _pointer(clause)
                if pointer and not _QUOTED.search(clause):
                    pointer.people = _people_of(clause)
                    found.append(pointer)
            continue
        header = [fold(c) for c in line.rows[0]]
        for row in line.rows[1:]:
            inside: list[_Pointer] = []
            shares: list[bool] = []
            for cell in row:
                for cell_line in cell.split("\n"):
                    pointer = _pointer(cell_line)
                    if pointer:
                        pointer.people = _people_of(cell_line)
                        inside.append(pointer)
                        shares.append(bool(re.match(r"^\W*cùng\b", cell_line, re.IGNORECASE)))
            if any(p.people for p in inside):
                for pointer, shared in zip(inside, shares, strict=True):
                    if shared:  # "Cùng đ/c Mai chuẩn bị chuyên đề tháng 3" in A's row: A too
                        row_people = [p for c in row if _cell_is_people(c) for p in _people_of(c)]
                        pointer.people = _unique([*row_people, *pointer.people])
                found += inside
                continue
            people = [p for c in row if _cell_is_people(c) for p in _people_of(c)]
            for j, cell in enumerate(row):
                topic_column = j < len(header) and (
                    "chuyen de" in header[j] or "noi dung" in header[j]
                )
                pointer = _pointer(cell, topic_column)
                if pointer and people:
                    pointer.people = people
                    found.append(pointer)
    return found


_QUOTED = re.compile(r"[“\"«][^”\"»]{8,}[”\"»]")

# A line of an assignment list that opens with who, or with when, then a colon: "TS. Phạm Văn
# Bình – Trưởng khoa: chủ trì chuyên đề 1 và chuyên đề 4", "Đ/c Bí thư: chuyên đề 2, 3", "Tháng 2:
# đ/c A chuẩn bị", "Chuyên đề về chuyển đổi số: đ/c B".
_HEADED = re.compile(r"^(?:\d{1,2}\s*[.)]\s*)?(?P<head>[^:;“”\"«»]{3,120}?)\s*:\s*(?P<rest>\S.*)$")
# "cùng ThS. Nguyễn Thị Thu Hằng chuẩn bị chuyên đề 3": someone else who shares the work.
_WITH = re.compile(r"\bcùng(?:\s+với)?\s+(?P<who>[^;,]{3,80}?)\s+(?=chuẩn\s+bị|trình\s+bày|"
                   r"báo\s+cáo|thực\s+hiện|xây\s+dựng|phụ\s+trách|chủ\s+trì|tham\s+luận)",
                   re.IGNORECASE)  # fmt: skip
# A short form of a title at the head of a line: "Chuyên đề về chuyển đổi số".
_SHORT_TITLE = re.compile(r"^(?:sinh\s+hoạt\s+)?chuyên\s*đề\s+(?:về\s+)?(?P<words>\w.{6,80})$",
                          re.IGNORECASE)  # fmt: skip


def _head_people(head: str) -> list[Person]:
    """The people a line's head names and nothing else: 'đ/c A', 'Đ/c Bí thư' (a post, named
    later from the plan's list), 'TS. Phạm Văn Bình – Trưởng khoa, Bí thư Chi bộ'."""
    head = head.strip(" -–—")
    if _PERSON_MARK.match(head):
        words = re.sub(r"\([^()]*\)", " ", _PERSON_MARK.sub(" ", head)).split()
        if len(words) > 14:
            return []  # "đ/c A được phân công theo dõi …": a sentence
        return [p for p in parse_people(head) if p.name or p.role_note]
    named = named_in_clause(head)
    if named:
        return named
    return [p for p in parse_people(head) if p.name] if _people_only(head) else []


# Where the first clause of an assignment ends: at ";" or at a comma not before another "đ/c".
_FIRST_CLAUSE = re.compile(r"\s*;\s*|,\s+(?!\s*(?:đ\s*/\s*c|đồng\s+chí)\b)", re.IGNORECASE)


def _starts_with_people(text: str) -> list[Person]:
    """The people a text opens with ('đ/c A – Bí thư chuẩn bị báo cáo, …', 'Bí thư Chi bộ Hà
    Văn B trình bày'); [] when it opens with anything else."""
    first = _FIRST_CLAUSE.split(text.strip(), maxsplit=1)[0]
    if _PERSON_MARK.match(first):
        return [p for chunk in re.split(r"(?=\bđồng\s+chí\b|\bđ\s*/\s*c\b)", first, flags=re.I)
                if _PERSON_MARK.match(chunk.strip())
                for p in parse_people(_CLAUSE_TAIL.sub("", chunk)) if p.name]  # fmt: skip
    return named_in_clause(first)


# A verb of doing and what follows it: "chuẩn bị báo cáo, gửi chi ủy …".
_CLAUSE_TAIL = re.compile(
    r"\s+(?:chuẩn\s+bị|trình\s+bày|báo\s+cáo|đề\s+dẫn|dẫn\s+đề|thực\s+hiện|phụ\s+trách|"
    r"tham\s+luận|chủ\s+trì|xây\s+dựng)\b.*$",
    re.IGNORECASE,
)


def _headed_pieces(text: str) -> list[_Pointer] | None:
    """The pieces of a line that opens with who or when (see _HEADED); None for another line."""
    match = _HEADED.match(text)
    if not match or _QUOTED.search(text):
        return None
    head, rest = match.group("head"), match.group("rest")
    if _is_time_only(head):  # "Tháng 2: đ/c A chuẩn bị": the topic of that month
        people = _starts_with_people(rest)
        if not people or _pointer(rest):
            return None
        time = _time_of(head)
        time = Time(quarters=[] if time.months else time.quarters, months=time.months)
        return [_Pointer([], time, people)]
    short = _SHORT_TITLE.match(head.strip())
    if short and not _pointer(head):  # "Chuyên đề về chuyển đổi số: đ/c B"
        people = _starts_with_people(rest)
        return [_Pointer([], Time(), people, words=short.group("words"))] if people else None
    who = _head_people(head)
    if not who:
        return None
    pieces = []
    for clause in re.split(r"\s*;\s*", rest):
        pointer = _pointer(clause)
        if pointer is None:
            continue
        shared = _WITH.search(clause)
        others = _head_people(shared.group("who")) if shared else []
        pointer.people = _unique([*who, *others, *_people_of(clause)])
        pieces.append(pointer)
    return pieces


def references(topics: list[ParsedTopic], lines: list[Line]) -> None:
    """People assigned to topics named elsewhere by their number or time, given to the topics
    whose own text names nobody ('Nội dung 2.1: đ/c A', 'chuyên đề tháng 3 giao đồng chí B')."""
    bare = [t for t in topics if not any(p.name for p in t.presenters)]
    if not bare:
        return
    ordered = [t for t in topics if t.title]
    for pointer in _pieces(lines):
        if not pointer.people:
            continue
        pointed = _pointed(ordered, pointer)
        when = pointer.when
        if len(pointed) == 1 and pointed[0].month is None and len(when.months) == 1:
            month = when.months[0]  # "chuẩn bị chuyên đề 1, sinh hoạt tháng 3"
            quarter = pointed[0].quarter
            if quarter is None or quarter_of_month(month) == quarter:
                pointed[0].month, pointed[0].quarter = month, quarter_of_month(month)
        for topic in pointed:
            if topic not in bare:
                continue
            known = {fold(p.name) for p in topic.presenters if p.name}
            topic.presenters = [p for p in topic.presenters if p.name]
            topic.presenters += [p for p in pointer.people if fold(p.name) not in known]
            note = ", ".join(p.name for p in pointer.people)
            topic.preparer_note = "; ".join(filter(None, [topic.preparer_note, note]))


# "Đính chính: chuyên đề quý III sinh hoạt tối 10/9/2025 (không phải 10/8 …)": a correction.
_CORRECTION = re.compile(r"\bđính\s+chính\b|\bsửa\s+lại\b", re.IGNORECASE)
_NOT_THIS = re.compile(r"\(?\s*\bkhông\s+phải\b[^)]*\)?", re.IGNORECASE)


# "Ngày 25/6/2019: sinh hoạt thường kỳ tháng 6, kết hợp sinh hoạt chuyên đề quý II": a line of
# the schedule that says which month holds a quarter's topic.
_HOLDS = re.compile(
    r"\bchuyên\s+đề\s+(?:của\s+)?(?:quý|quí|q\.?)\s*(IV|III|II|I|[1-4])\b", re.IGNORECASE
)


def _held_month(topics: list[ParsedTopic], clause: str) -> None:
    """A clause of the schedule naming a quarter's topic and the one month it is held in: the one
    topic of that quarter without a month takes it."""
    held = _HOLDS.search(clause)
    if held is None:
        return
    value = held.group(1).upper()
    quarter = _ROMAN_QUARTERS.get(value) or int(value)
    months = set(_time_of(clause[: held.start()] + " " + clause[held.end() :]).months)
    if len(months) != 1:
        return
    month = months.pop()
    open_ = [t for t in topics if t.quarter == quarter and t.month is None]
    if quarter_of_month(month) == quarter and len(open_) == 1:
        open_[0].month = month


_ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}


# A note under the topics: "(*) Chuyên đề 3 tổ chức vào tháng 9", "Ghi chú: …", "Lưu ý: …".
_FOOTNOTE = re.compile(r"^\s*(?:\(\*{1,3}\)|(?:ghi\s+chú|lưu\s+ý|chú\s+thích)\s*:)", re.IGNORECASE)
_EACH_BY_NUMBER = re.compile(r"(?=\bchuyên\s*đề\s*(?:số\s*)?\d{1,2}\b)", re.IGNORECASE)


def _times_by_number(topics: list[ParsedTopic], lines: list[Line]) -> None:
    """A paragraph giving the topics' times by their numbers ('Chuyên đề 1 tổ chức trong tháng 3,
    chuyên đề 2 vào kỳ sinh hoạt tháng 6; chuyên đề 3 (quý III) lùi vào kỳ sinh hoạt tháng 10'):
    each topic that has no time takes its own. Read when the line names two topics or more so,
    no title and nobody (an assignment is read by `references`)."""
    ordered = [t for t in topics if t.title]
    for line in lines:
        if line.is_table or _QUOTED.search(line.text) or _PERSON_MARK.search(line.text):
            continue
        told = []
        for piece in _EACH_BY_NUMBER.split(line.text)[1:]:
            pointer = _pointer(piece)
            if pointer is None or len(pointer.numbers) != 1:
                continue
            when = pointer.when
            if (
                len(set(when.months)) == 1
                and len(set(when.quarters)) <= 1
                or (not when.months and len(set(when.quarters)) == 1)
            ):
                told.append((pointer, when))
        if len(told) < 2 and not (told and _FOOTNOTE.match(line.text)):
            continue  # one topic's time alone is read in a footnote ('(*) Chuyên đề 3 …')
        for pointer, when in told:
            pointed = _pointed(ordered, pointer)
            if len(pointed) != 1 or pointed[0].quarter or pointed[0].month:
                continue
            topic = pointed[0]
            month = when.months[0] if when.months else None
            topic.month = month
            quarter = (
                when.quarters[0] if when.quarters else quarter_of_month(month) if month else None
            )
            topic.quarter = quarter
            if month and quarter and quarter_of_month(month) != quarter:
                topic.conflicts.append(f"Tháng {month} không thuộc Quý {roman(quarter)}.")


# "chuyên đề về chuyển đổi số: tháng 6/2023", "Chuyên đề về giáo dục truyền thống sinh hoạt vào
# tháng 4/2023": a topic named by a short form of its title, then its time.
_SHORT_TIMED = re.compile(
    r"^\W*(?:sinh\s+hoạt\s+)?chuyên\s*đề\s+(?:về\s+)?(?P<words>\w[^:;()]{2,80}?)\s*"
    r"(?::|\b(?:sinh\s+hoạt|tổ\s+chức|thực\s+hiện)?\s*(?:vào|trong)?\s*(?:kỳ\s+)?"
    r"(?=(?:tháng|quý)\s))\s*(?P<when>.*)$",
    re.IGNORECASE,
)


def _times_by_short_name(topics: list[ParsedTopic], lines: list[Line]) -> None:
    """A paragraph giving the topics' times by short forms of their titles ('Chuyên đề về giáo
    dục truyền thống sinh hoạt vào tháng 4/2023; chuyên đề về chuyển đổi số: tháng 6/2023'): each
    topic without a time whose title alone holds every word of a short form takes its month. Read
    when the line names two topics or more so, and nobody."""
    ordered = [t for t in topics if t.title]
    for line in lines:
        if line.is_table or _QUOTED.search(line.text) or _PERSON_MARK.search(line.text):
            continue
        told = []
        for clause in re.split(r"\s*;\s*|\.\s+", line.text):
            match = _SHORT_TIMED.match(clause)
            if match is None or _pointer(match.group("words")):
                continue
            when = _time_of(re.sub(r"\([^)]*\)", " ", match.group("when")))
            wanted = set(_words(match.group("words")).split())
            fits = [t for t in ordered if wanted <= set(_words(t.title).split())]
            if len(set(when.months)) == 1 and len(fits) == 1:
                told.append((fits[0], when.months[0]))
        if len({id(topic) for topic, _ in told}) < 2:
            continue
        for topic, month in told:
            if topic.quarter is None and topic.month is None:
                topic.month, topic.quarter = month, quarter_of_month(month)


def schedule_moves(topics: list[ParsedTopic], lines: list[Line]) -> None:
    """A sentence outside the topics that moves or corrects the time of one of them, named by its
    time or number ('Chi ủy thống nhất lùi chuyên đề quý II sang tháng 6/2025', 'Đính chính:
    chuyên đề quý III sinh hoạt tối 10/9/2025 (không phải 10/8)'): the topic takes the new month
    and its quarter. Read only when the pointer names one topic and the new time one month."""
    _times_by_number(topics, lines)
    _times_by_short_name(topics, lines)
    ordered = [t for t in topics if t.title]
    for line in lines:
        if line.is_table:
            continue
        for clause in re.split(
            r"\s*;\s*|\s+và\s+(?=(?:lùi|chuyển|dời|hoãn|chuyên\s*đề)\b)", line.text
        ):
            if _QUOTED.search(clause):
                continue  # a topic told with its title is read as a topic, not as a move
            move = find_move(clause)  # "lùi chuyên đề quý II sang tháng 6/2025"
            if move:
                # the topic named in what is moved, or before the move: "Chuyên đề 4: do trùng
                # lịch …, Chi ủy thống nhất chuyển sang tháng 11/2021"
                pointer = _pointer(move.what) or _pointer(clause[: move.start])
                new = _time_of(move.to)
            elif _CORRECTION.search(clause):
                pointer = _pointer(clause)
                rest = _BY_TIME.sub(" ", _BY_NUMBER.sub(" ", _NOT_THIS.sub(" ", clause)))
                new = _time_of(rest)
            else:
                _held_month(ordered, clause)
                continue
            if pointer is None or len(new.months) != 1:
                continue
            pointed = _pointed(ordered, pointer)
            if len(pointed) != 1:
                continue
            month = new.months[0]
            if pointed[0].month == month:
                continue  # already there ("chuyên đề 3 (quý III) lùi vào tháng 10", read above)
            pointed[0].month, pointed[0].quarter = month, quarter_of_month(month)
