"""The topics (chuyên đề) of a thematic plan, from numbered blocks, labelled lines or tables.

A topic may be described in several places (its content in section II, who prepares it in
section III): every mention is read, then mentions of the same topic are merged. When two
mentions disagree, the first value stays in the field, every value goes to `alternatives`
and a Vietnamese sentence to `conflicts`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Container
from dataclasses import dataclass, field

from chibo.lib.vietnamese import fold, roman

from . import shapes
from .moves import MOVE, find_move
from .people import named_in_clause, names_an_office, parse_people, person_key
from .schema import ParsedTopic, Person
from .text import Line, heading_level, is_caps
from .times import (
    bare_unit_value,
    column_unit,
    heads_what_follows,
    held_with,
    quarter_of_month,
    time_text,
)

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_QUARTER = re.compile(
    r"\b(?:qu[ýí]\s+|Q\.\s?|Q(?=(?:[1-4]|IV|III|II|I)\b))(IV|III|II|I|[1-4])\b", re.IGNORECASE
)
# A quarter in words, and in the older spelling "quí": "quý ba", "Quí thứ hai" → "quý 3", "quý 2".
_QUARTER_WORD = re.compile(
    r"(?<!mỗi )\bqu[ýí]\s+(?:thứ\s+)?(nhất|một|hai|ba|bốn|tư)\b"
    r"(?!\s+(?:lần|kỳ|buổi|chuyên|đợt|lượt|cuộc|tháng)\b)",
    re.IGNORECASE,
)  # not "mỗi quý một lần", "quý hai chuyên đề"
_QUARTER_NUMBER = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4}
_MONTH = re.compile(r"\btháng\s*(\d{1,2})\b(?:\s*[/-]\s*(\d{4}))?", re.IGNORECASE)
# "tháng 01-03", "từ tháng 4 đến tháng 6": a span of months, not the month of the meeting.
_MONTH_SPAN = re.compile(
    r"\btháng\s+(\d{1,2})\s*(?:[-–—]|đến)\s*(?:tháng\s+)?(\d{1,2})\b(?!\s*/\s*\d)", re.IGNORECASE
)
_DAY = re.compile(
    r"\bngày\s+(\d{1,2})\s*(?:tháng\s+|[/-])(\d{1,2})(?:\s*(?:năm\s+|[/-])(\d{4}))?"
    r"|\b(\d{1,2})/(\d{1,2})/(\d{4})\b|\b(\d{1,2})-(\d{1,2})-(\d{4})\b|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(r"(?<![\d/])(\d{1,2})/(\d{4})\b")
_MONTH_SHORT = re.compile(r"\bTh?\.?(\d{1,2})\b(?![.,]\d)")  # "T8/2026", "T3 (Quý I)", "(T.2)"
# A cell or a line that is only a day and month, or a span of them: "20/3", "(20/03)",
# "20/3 – 25/3". Read only when it is all the text: "lớp 3/5" in a title is no date.
_BARE_DAYS = re.compile(
    r"^\W*(\d{1,2})/(\d{1,2})(?:\s*(?:[-–—]|đến)\s*(\d{1,2})/(\d{1,2}))?\W*$", re.IGNORECASE
)
# "Chuyên đề 2", "Chuyên đề số 02", "CĐ 2", after any list mark ("1.", "1.2.", "a)", "II.").
_TOPIC = re.compile(
    r"^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-z])\s*[.)]\s*)?(?:chuyên\s*đề|CĐ\.?)\s*"
    r"(?:số\s*|thứ\s*)?(\d{1,2}|[IVX]{1,4}|(?<=thứ )(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám))\b"
    r"(?!\.\d)\s*(?:\(([^)]*)\))?\s*[:.\-–]?\s*(.*)$",
    re.IGNORECASE,
)
# "1. Chuyên đề: “…”" — the list's number is the topic's number.
_LISTED_TOPIC = re.compile(
    r"^(?:(\d{1,2})\s*[.)]\s*)?chuyên\s*đề\s*()[:\-–]\s*(\S.*)$", re.IGNORECASE
)
# When a topic is held, said between "chuyên đề" and its title: "quý 1", "Quý III", "q.4",
# "(Q2)", "(T3)", "tháng 3/2020", "tuần 1 tháng 3", "kỳ tháng Giêng", a note in brackets.
_WHEN_WORDS = (
    r"(?:(?:qu[ýí]|tháng|tuần|kỳ|đợt|lần)\s+(?:sinh\s+hoạt\s+)?[\w/.]+|Q\.?\s?(?:[1-4]|IV|III|II|I)\b"
    r"|T\d{1,2}\b|\([^()“”\"]{1,60}\)|năm\s+\d{4}|[–,-])"
)
# "…sinh hoạt chuyên đề “Tên”, giao đồng chí A chuẩn bị" — a topic told in a sentence, maybe
# with its time before the title ("Sinh hoạt chuyên đề quý 1: “Tên”", "SHCĐ (T3): “Tên”").
_QUOTED_TOPIC = re.compile(
    rf"(?:chuyên\s*đề|SHCĐ)(?P<when>(?:\s*{_WHEN_WORDS}){{0,5}}?)"
    r"(?:\s*với\s+(?:chủ\s+đề|nội\s+dung|tên))?\s*:?\s*[“\"]"  # "… (quý I) với chủ đề “Tên”"
    rf"((?:“[^“”\"]{{1,60}}”|[^”\"]){{8,}})[”\"]",  # a name in quotes inside: “… tà đạo “Hà Mòn””
    re.IGNORECASE,
)
# "… sinh hoạt chuyên đề về Tên, do đồng chí A chuẩn bị": a topic told without quotes, up to the
# clause that says who prepares it or the end of the sentence.
_UNQUOTED_TOPIC = re.compile(
    r"sinh\s+hoạt\s+chuyên\s*đề\s*(?:về|với\s+nội\s+dung|với\s+chủ\s+đề|:)\s+([^;.“\"]{8,}?)"
    r"(?=\s*(?:[,;]\s*(?:do|giao|đồng\s+chí|đ\s*/\s*c|người)\b|[.;](?:\s|$)|$"
    r"|\((?:đồng\s+chí|đ\s*/\s*c)\b))",  # "Tên (đ/c A chuẩn bị).": who, in brackets after it
    re.IGNORECASE,
)
_PERSON_IN_SENTENCE = re.compile(
    r"(?:\bđ\s*/\s*c\b|\bđồng chí\b|chuẩn bị chuyên đề\s*:|người chuẩn bị\s*:|"
    r"người thực hiện\s*:|phụ trách\s*:)\s*(.+?)(?=\s+(?:chuẩn bị|trình bày|phụ trách|thực hiện|"
    r"chịu trách nhiệm|xây dựng|quán triệt|dẫn đề|đề dẫn|tham luận)\b|[;.]\s|[;.]?$)",
    re.IGNORECASE,
)

_ORDINALS = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6,
             "bay": 7, "tam": 8}  # fmt: skip


def topic_number(text: str) -> int | None:
    """'2', '02', 'II', 'hai' (after 'thứ') → 2."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    return _ROMAN.get(text.upper()) or _ORDINALS.get(fold(text))


LABELS: dict[str, str] = {}
for _field, _labels in {
    "title": "chu de|ten chuyen de|ten chu de|noi dung chuyen de|chuyen de",
    "content": "noi dung cong viec|noi dung trong tam|noi dung chinh|noi dung|noi dung sinh hoat|"
    "yeu cau noi dung|trong tam",
    "time": "du kien thoi gian thuc hien|du kien thoi gian|thoi gian thuc hien|thoi gian to chuc|"
    "thoi gian|thoi diem|thoi gian sinh hoat",
    "form": "hinh thuc|hinh thuc sinh hoat|hinh thuc to chuc|hinh thuc thuc hien",
    "presenters": "nguoi thuc hien|thuc hien|nguoi trinh bay|nguoi chuan bi|nguoi phu trach|"
    "phan cong chuan bi du thao chuyen de|phan cong chuan bi du thao|phan cong chuan bi|"
    "phan cong|chuan bi|phu trach|bao cao vien|nguoi bao cao|nguoi xay dung du thao|"
    "nguoi xay dung|dong chi phu trach|nguoi duoc phan cong|trinh bay",
    "outputs": "san pham sau chuyen de|san pham|ket qua can dat|san pham dau ra|ket qua dau ra",
}.items():
    for _label in _labels.split("|"):
        LABELS[_label] = _field


# What a label means when it is not one of LABELS, by its words ("Đồng chí trình bày", "Người
# tham luận", "Báo cáo đề dẫn", "Thời gian tổ chức dự kiến", "Tên chuyên đề sinh hoạt").
_PRESENTER_WORDS = (
    "trinh bay", "de dan", "chuan bi", "phu trach", "tham luan", "thuc hien", "bao cao",
    "phan cong", "dong chi", "nguoi", "xay dung du thao", "chu tri",
)  # fmt: skip
_TITLE_LABEL = re.compile(r"^(?:ten |noi dung )?(?:chuyen de|chu de)(?: sinh hoat)?$")


def label_meaning(label: str) -> str | None:
    """The field a label names, by its words; None when it is no label (a name, a sentence)."""
    folded = fold(label).strip(" .*-(")
    if folded in LABELS:
        return LABELS[folded]
    if not folded or len(folded.split()) > 7 or any(c.isupper() for c in label.strip(" (")[1:]):
        return None  # "Đồng chí Nguyễn Văn An: …" starts an assignment, not a label
    if _TITLE_LABEL.match(folded):
        return "title"
    if folded.startswith(("thoi gian", "thoi diem", "du kien thoi gian")):
        return "time"
    if folded.startswith(("dieu chinh", "doi lich", "thay doi thoi gian")):
        return "time"  # "(Điều chỉnh: lùi sang kỳ sinh hoạt tháng Giêng năm 2022)"
    if any(word in folded for word in _PRESENTER_WORDS):
        return "presenters"
    if folded.startswith(("hinh thuc",)):
        return "form"
    if folded.startswith(("noi dung", "trong tam")):
        return "content"
    if folded.startswith(("san pham", "ket qua")):
        return "outputs"
    return None


def opens_field(line: str) -> bool:
    """Does the line open with a field's label, capitalised ("Người báo cáo: đ/c …")? Such a
    line starts its own, never going on from the line above it."""
    match = _LEADING_LABEL.match(line)
    return match is not None and line[0].isupper() and label_meaning(match.group(1)) is not None


# A label's words: no bracket, semicolon or quote ('Chi bộ chuẩn bị); tháng chín: …' is no label).
_LEADING_LABEL = re.compile(r"^([^\W\d_][^:\n;()“”\"]{1,30}):")


def label_of(text: str) -> tuple[str, str] | None:
    """('time', 'Tháng 3 năm 2026') for 'Thời gian: Tháng 3 năm 2026', or None."""
    match = re.match(r"^([^:]{2,60}):\s*(.*)$", text)
    if match:
        meaning = label_meaning(match.group(1))
        value = match.group(2).strip()
        if meaning == "presenters" and _names_a_topic(match.group(1), value):
            return "title", value
        if meaning:
            return meaning, value
    bare = fold(text).strip(" .:")
    if bare in LABELS and LABELS[bare] != "title":
        return LABELS[bare], ""
    return None


# A field's label after a title, capitalised and closed by its colon, with no mark before it
# ("… chống lãng phí Người chuẩn bị: đ/c A", "… Sản phẩm: Đề cương"): the field stood on a line
# of its own, which a scan's cell, read as one text, runs on after the title.
_FIELD_AFTER = re.compile(
    r"\s+([A-ZĐÀ-Ỹ][^\s:;,.()“”\"]*(?:\s+[^\s:;,.()“”\"A-Z]+){0,4})\s*:(?:\s|$)"
)


def before_field(text: str) -> str:
    """The text up to the first field label run on after it (_FIELD_AFTER) that names the
    time, the people, the form or the outputs; all of it when there is none."""
    for match in _FIELD_AFTER.finditer(text):
        if label_meaning(match.group(1)) in ("time", "presenters", "form", "outputs", "content"):
            return text[: match.start()]
    return text


def _names_a_topic(label: str, value: str) -> bool:
    """'Chuẩn bị chuyên đề: Xây dựng trường học an toàn …' under a person's name: the label says
    who prepares, but its value is the topic's title, not a person ('Chuẩn bị chuyên đề: đ/c A')."""
    return (
        "chuyen de" in fold(label)
        and len(value.split()) >= 6
        and value[:1].isupper()
        and not re.search(r"\bđ\s*/\s*c\b|\bđồng chí\b", value, re.IGNORECASE)
    )


@dataclass
class Time:
    quarters: list[int] = field(default_factory=list)
    months: list[int] = field(default_factory=list)
    dates: list[dt.date] = field(default_factory=list)


# Months written in words ("tháng Ba năm 2018", "tháng Mười một"), read without diacritics so
# that a scan's "tháng Tâm" is still August. "Năm" only with its capital ("tháng năm" is also
# "month and year"), "Sáu" only with its accent ("tháng sau" is "next month").
_MONTH_WORDS = {
    "mot": 1, "gieng": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6,
    "bay": 7, "tam": 8, "chin": 9, "muoi": 10, "chap": 12,
}  # fmt: skip
_MONTH_WORD = re.compile(r"\b(tháng)\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?(?![\w])", re.IGNORECASE)


def _month_digits(text: str) -> str:
    """'tháng Ba năm 2018' → 'tháng 3 năm 2018' (the one grammar below reads digits)."""

    def digits(match: re.Match[str]) -> str:
        word, after = match.group(2), match.group(3) or ""
        folded, folded_after = fold(word), fold(after)
        if folded not in _MONTH_WORDS or folded_after == "lan":  # "mỗi tháng một lần"
            return match.group(0)
        # "tháng Năm", or in capitals "THÁNG NĂM – quý II" (not "THÁNG NĂM 2022", month and year)
        following = match.string[match.end() :].lstrip()
        caps_may = word == "NĂM" and match.group(1).isupper() and not following[:1].isdigit()
        if (folded == "nam" and word != "Năm" and not caps_may) or (
            folded == "sau" and word.lower() != "sáu"
        ):
            return match.group(0)
        if folded == "muoi" and folded_after in ("mot", "hai"):
            return f"{match.group(1)} {10 + _MONTH_WORDS[folded_after]}"
        tail = f" {after}" if after else ""
        return f"{match.group(1)} {_MONTH_WORDS[folded]}{tail}"

    return _MONTH_WORD.sub(digits, text)


_UNIT_LABEL = re.compile(r"\b(tháng|quý)\s*:\s*(?=\w)", re.IGNORECASE)


def _plain_time(text: str) -> str:
    """time_text, and a unit written as a label read as a unit ('Quý I Tháng: 03'), a quarter
    written in words as its number ('quý ba' → 'quý 3')."""
    text = _QUARTER_WORD.sub(lambda m: f"quý {_QUARTER_NUMBER[fold(m.group(1))]}", text)
    return _UNIT_LABEL.sub(r"\1 ", time_text(text))


def parse_time(text: str) -> Time:
    """Quarters, months and days in 'Quý II năm 2026', 'tháng 04/2022', 'ngày 20/3/2026',
    'tháng Ba năm 2018', 'Tuần 2, tháng 3/2023', '6/2022'."""
    time = Time()
    text = _month_digits(_plain_time(text))
    for match in _QUARTER.finditer(text):
        value = match.group(1).upper()
        time.quarters.append(_ROMAN.get(value) or int(value))
    for match in _MONTH_SPAN.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        if 1 <= first < last <= 12 and (first - 1) // 3 == (last - 1) // 3 and not time.quarters:
            time.quarters.append(quarter_of_month(first))  # "tháng 01-03" is the first quarter
    text = _MONTH_SPAN.sub(" ", text)
    rest = text
    for match in _DAY.finditer(text):
        groups = [g for g in match.groups() if g is not None]
        day, month = int(groups[0]), int(groups[1])
        year = int(groups[2]) if len(groups) > 2 else None
        if 1 <= month <= 12:
            time.months.append(month)
            if year:
                with contextlib.suppress(ValueError):
                    time.dates.append(dt.date(year, month, day))
        rest = rest.replace(match.group(0), " ")
    for match in _MONTH.finditer(rest):
        if 1 <= int(match.group(1)) <= 12:
            time.months.append(int(match.group(1)))
    for match in _MONTH_YEAR.finditer(_MONTH.sub(" ", rest)):
        if 1 <= int(match.group(1)) <= 12:
            time.months.append(int(match.group(1)))
    for match in _MONTH_SHORT.finditer(_MONTH_YEAR.sub(" ", rest)):
        if 1 <= int(match.group(1)) <= 12:
            time.months.append(int(match.group(1)))
    bare = _BARE_DAYS.match(text) if not (time.quarters or time.months) else None
    if bare and 1 <= int(bare.group(1)) <= 31 and 1 <= int(bare.group(2)) <= 12:
        time.months.append(int(bare.group(2)))
    time.quarters = list(dict.fromkeys(time.quarters))
    time.months = list(dict.fromkeys(time.months))
    return time


# Clauses that say when a draft is due, not when the meeting is.
_DEADLINE = re.compile(
    r"(?:\btrước\s+(?:ngày|buổi|khi|\d)|\bhạn\b|\bchậm nhất\b|\bgửi\b)[^;.\n]*", re.IGNORECASE
)


def meeting_time(text: str) -> Time:
    """The time a text gives the meeting, less the clauses that say when a draft is due."""
    return parse_time(_DEADLINE.sub(" ", text))


NOTE_HEADINGS = ("ghi chu", "ghi chu khac")


def noted_time(
    header: list[str], row: list[str], kinds: Container[int]
) -> tuple[list[int], list[int]]:
    """The time a row's note cell ('Ghi chú') tells, as a sentence ('Tổ chức vào tháng 9',
    'Dự kiến quý III'), for a row that has no time elsewhere: one month or one quarter."""
    for j, cell in enumerate(row):
        if j in kinds or j >= len(header) or not fold(header[j]).startswith(NOTE_HEADINGS):
            continue
        got = meeting_time(cell.replace("\n", " "))
        months, quarters = sorted(set(got.months)), sorted(set(got.quarters))
        if len(months) > 1 or len(quarters) > 1 or find_move(cell):
            continue
        if months and quarters and quarter_of_month(months[0]) != quarters[0]:
            continue
        if months or quarters:
            return quarters, months
    return [], []


@dataclass
class Mention:
    """One place where the document speaks of a topic."""

    topic: ParsedTopic
    times: list[Time] = field(default_factory=list)
    where: str = ""
    moved: bool = False  # its first time is the one it was moved to ("lùi sang tháng 1")
    row: tuple[int, int] | None = None  # (id of its table's rows, row number) in a schedule table


def _clean_title(text: str) -> str:
    text = text.strip().rstrip(" .;:")
    for opening, closing in (("“", "”"), ('"', '"'), ("(", ")")):
        if text.endswith(closing) and text.count(opening if opening != closing else '"') < (
            1 if opening != closing else 2
        ):
            text = text[:-1].rstrip(" .;:")
        if text.startswith(opening) and text.endswith(closing) and text.count(closing) == 1:
            text = text[1:-1]
    return text.strip()


def _add(topic: ParsedTopic, name: str, value: str) -> None:
    value = value.strip()
    if not value:
        return
    current = getattr(topic, name)
    setattr(topic, name, f"{current}\n{value}" if current else value)


# Between two people of one field: "A (Chủ tịch Công đoàn) + B (Tổ trưởng)"; "A (Bí thư) B (Phó
# Bí thư)", a cell's lines joined by a scan's reader, where a bracket closes and a name begins.
_PEOPLE_JOINS = re.compile(r"\s+\+\s+|(?<=\))\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\s+[A-ZĐÀ-Ỹ])")


def apart_people(value: str) -> str:
    """A field of people with each one apart, as the people reader takes them."""
    return _PEOPLE_JOINS.sub("; ", value)


def _set_people(topic: ParsedTopic, value: str) -> None:
    topic.presenters.extend(parse_people(apart_people(value)))
    topic.preparer_note = "; ".join(filter(None, [topic.preparer_note, value.strip(" .;")]))


# "Quý 1/2023 (tháng 3): “Tên”; chủ trì: …", "Học kỳ I – tháng 12/2020: “Tên”", "kỳ sinh hoạt
# thường kỳ tháng 5: “Tên”": a time, then the title in quotes, then who does the work.
_LED_QUOTE = re.compile(
    r"^(?:(?P<lead>[^“”\"«»]{2,80}?)\s*[:–—.,-]?\s*)?[“\"«]"
    r"(?P<title>(?:“[^“”\"]{1,60}”|[^”\"»]){8,})[”\"»]\s*(?P<rest>.*)$"
)


def _topic_word_off(lead: str) -> str:
    """'Quý I/2024 – Chuyên đề' → 'Quý I/2024': the words naming a topic after its time."""
    lead = re.sub(
        r"[\s,:–—-]*(?:sinh\s+hoạt\s+)?chuyên\s*đề(?:\s+về|\s+với\s+(?:chủ\s+đề|nội\s+dung))?\s*$",
        "",
        lead,
        flags=re.I,
    )  # "Tháng 10/2017 (quý IV): Sinh hoạt chuyên đề với chủ đề"
    return lead.strip(" :,.–—-")


# "Tháng 5 năm 2024 (quý II), chuyên đề: Tên": a time, the word, then the title unquoted.
_TIME_THEN_TOPIC = re.compile(
    r"^(?P<lead>[^“”\":]{2,60}?)[\s,:–—-]+(?:sinh\s+hoạt\s+)?chuyên\s*đề(?:\s+về)?\s*[:–—-]?\s+"
    r"(?=[A-ZĐÀ-Ỹ])",
    re.IGNORECASE,
)


def _led_by_time(text: str) -> tuple[Time, str, str, bool] | None:
    """(its time, the title, what follows, whether a time led) for a topic told as 'time:
    “title” …' or as '“title”; chủ trì: …' (people after it, no time before), or None."""
    match = _LED_QUOTE.match(text.strip())
    if not match:
        return None
    lead, rest = _topic_word_off(match.group("lead") or ""), match.group("rest")
    if lead and not _is_time_only(lead):
        return None
    if not lead and not _clause_doers(rest):
        return None  # "“Tên” (tháng 3)": read the old way
    bracket = re.match(r"^\(([^()]{3,60})\)", rest.strip())  # "“Tên” (tháng 3); đ/c A …"
    told = lead + (" " + bracket.group(1) if bracket and _is_time_only(bracket.group(1)) else "")
    return parse_time(told), match.group("title").strip(), rest, bool(lead)


_DOER_VERB = (
    r"(?:(?:tham\s+gia|cùng)\s+)?(?:chuẩn\s+bị|trình\s+bày|phụ\s+trách|thực\s+hiện|tham\s+luận|đề\s+dẫn|dẫn\s+đề|"
    r"quán\s+triệt|báo\s+cáo|chủ\s+trì|xây\s+dựng\s+(?:đề\s+cương|dự\s+thảo))"
)
# The verbs after a person that say what they do ("A chuẩn bị và trình bày", "B dẫn đề").
_DOER_VERBS = re.compile(
    rf"\s+{_DOER_VERB}(?:\s*(?:,|và)?\s*{_DOER_VERB})*"
    r"(?:\s+(?:bài|đề\s+cương|dự\s+thảo|chuyên\s+đề(?:\s+này)?))?\s*(?=[,.;]|$)",
    re.IGNORECASE,
)
# What is left of a verb of doing and all after it: "đ/c A chuẩn bị nội dung" → "đ/c A".
_VERB_TAIL = re.compile(
    r"\s+(?:chuẩn bị|trình bày|phụ trách|thực hiện|tham luận|đề dẫn|dẫn đề|quán triệt)\b.*$",
    re.IGNORECASE,
)
_HONORED = re.compile(r"\bđồng\s+chí\b|\bđ\s*/\s*c\b", re.IGNORECASE)
# A part of a clause that ends with a name: "Trưởng ban Kiểm tra Phạm Văn Lực", "A (Bí thư)".
_ENDS_IN_NAME = re.compile(r"[A-ZĐÀ-Ỹ][\w']*\s+[A-ZĐÀ-Ỹ][\w']*\s*(?:\([^()]*\))?$")


def _doers(text: str) -> list[Person]:
    """The people the clauses after a topic's title name as doing its work: 'chủ trì: đ/c A;
    chuẩn bị: B', 'Bác sĩ C chuẩn bị và trình bày', 'Trưởng ấp D + Phó Bí thư E'. Only people
    with a name: a clause of something else names nobody."""
    people: list[Person] = []
    for clause in re.split(r"\s*;\s*|\.\s+(?=[A-ZĐÀ-Ỹ])", text):
        clause = clause.strip(" .;,–—-")
        labelled = re.match(r"^([^:]{2,40}):\s*(.+)$", clause)
        if labelled:
            if label_meaning(labelled.group(1)) != "presenters":
                continue
            clause = labelled.group(2)
        else:
            bare = _VERB_TAIL.sub("", _DOER_VERBS.sub("", clause))
            parts = [p for p in re.split(r"\s*(?:,|\+|\bvà\b)\s*", bare) if p.strip()]
            named = parts and all(_ENDS_IN_NAME.search(p.strip(" .")) for p in parts)
            if bare == clause and not named and not _HONORED.search(clause):
                continue
            clause = bare
        found = parse_people(apart_people(clause))
        # "đ/c Phó Bí thư Chi bộ": a post after "đồng chí" is named later from the chi ủy's list
        people += [p for p in found if p.name or (_HONORED.search(clause) and p.role_note)]
    return people


def _clause_doers(text: str) -> list[Person]:
    """The doers of the clauses after a title (_doers) or, when those name nobody, the people
    its first clause names by post or title, with no "đồng chí" ('“Tên”; Trưởng thôn A Đram,
    Bí thư Chi bộ chuẩn bị', '“Tên”. ThS. Lê Văn B trình bày.')."""
    found = _doers(text)
    if found:
        return found
    first = next((c for c in re.split(r"\s*;\s*|\.\s+(?=[A-ZĐÀ-Ỹ])", text) if c.strip(" .,;:")), "")
    return named_in_clause(first)


def _inline(mention: Mention, text: str) -> None:
    """The text after 'Chuyên đề 1:' — a title, or in an assignment list 'đ/c A, tháng 3'."""
    topic = mention.topic
    led = _led_by_time(text)
    if led is not None and led[3]:  # "Quý 1/2023 (tháng 3): “Tên”; chủ trì: đ/c A; chuẩn bị: …"
        mention.times.append(led[0])
        topic.title = _clean_title(led[1])
        topic.presenters.extend(_clause_doers(led[2]))
        return
    _inline_fields(mention, text)
    if led is not None:  # "“Tên”; chủ trì: đ/c A": its title is what the quotes hold
        topic.title = _clean_title(led[1])


def _inline_fields(mention: Mention, text: str) -> None:
    topic = mention.topic
    time = parse_time(text)
    if re.search(r"\bđ\s*/\s*c\b|\bđồng chí\b", text, re.IGNORECASE):
        head = re.split(
            r"[:;,]?\s*(?:\bđ\s*/\s*c\b|\bđồng chí\b)", text, maxsplit=1, flags=re.IGNORECASE
        )[0]
        people_text = text[len(head) :].lstrip(" :;,-–")
        head = min(head, before_field(text), key=len)  # "Tên Người chuẩn bị: đ/c A": "Tên"
        people_text = re.split(r"[;,]\s*(?=(?:thời gian|hình thức|quý|tháng|ngày)\b)", people_text,
                               maxsplit=1, flags=re.IGNORECASE)[0]  # fmt: skip
        people_text = "; ".join(  # "A chuẩn bị; đồng chí B tham luận": everyone, without the verbs
            re.sub(
                r"\s+(?:chuẩn bị|trình bày|phụ trách|thực hiện|tham luận|đề dẫn)\b.*$",
                "",
                _DOER_VERBS.sub("", clause),  # "A chủ trì, đ/c B tham gia chuẩn bị": both
            )
            for clause in re.split(r"\s*;\s*", people_text)
        )
        _set_people(topic, people_text)
        if len(head.split()) >= 3 and not _is_time_only(head):  # not "Giao", "Phân công"
            topic.title = topic.title or _clean_title(head)
        mention.times.append(time)
        for part in re.split(r"[;]", text):
            found = label_of(part.strip())
            if found and found[0] == "form":
                topic.form = topic.form or found[1].rstrip(" .")
        return
    if _is_time_only(text):
        mention.times.append(time)
        return
    head = re.match(r"^([^:;“”\"]{3,40}?)\s*:\s+(?=[A-ZĐÀ-Ỹ“\"])", text)
    if head and _is_time_only(head.group(1)):  # "Chuyên đề 3 – Quý III: Tên: trồng luồng, …"
        mention.times.append(parse_time(head.group(1)))
        text = text[head.end() :]
    topic.title = _clean_title(before_field(text))


# Words that only place a meeting in time: "tuần 2", "tuần đầu", "cuối tháng", "dự kiến", "vào".
_TIME_FILLER = re.compile(
    r"\b(?:tuần\s+(?:\d|đầu|cuối|giữa|thứ\s+\w+)|đầu|giữa|cuối|trong|vào|dự\s+kiến|khoảng|"
    r"sáng|chiều|tối|(?:thượng|trung|hạ)\s+tuần|"
    r"thời\s+gian|thời\s+điểm|trước|sau|năm\s+học|năm|học\s+kỳ\s+[I12]+|(?:đợt|lần|buổi)(?:\s+thứ)?\s+\d{1,2}|"
    r"kỳ(?:\s+(?:sinh\s+hoạt(?:\s+chi\s+bộ)?|họp))?|buổi\s+sinh\s+hoạt|sinh\s+hoạt(?:\s+chi\s+bộ)?|(?:thường|định)\s+kỳ|"
    r"chuẩn\s+bị\s+từ(?:\s+ngày)?\s+\d{1,2}\s*/\s*\d{1,2})\b",
    re.IGNORECASE,
)


def _is_time_only(text: str) -> bool:
    text = _plain_time(text)
    if not (_QUARTER.search(text) or _MONTH.search(_month_digits(text)) or _DAY.search(text)
            or _MONTH_YEAR.search(text) or _MONTH_SHORT.search(text)):  # fmt: skip
        return False
    text = _MONTH_SPAN.sub(" ", _month_digits(text))
    rest = _QUARTER.sub("", _MONTH.sub("", _DAY.sub("", _MONTH_SHORT.sub("", text))))
    rest = _MONTH_YEAR.sub(" ", rest)
    rest = _TIME_FILLER.sub(" ", rest)
    rest = re.sub(r"\d{4}(?:\s*[-–]\s*\d{4})?|[^\w]", " ", rest, flags=re.IGNORECASE)
    return not rest.strip() and bool(text.strip())


# The names of a plan's parts, written as a heading without number or capitals.
SECTION_NAMES = {
    "to chuc thuc hien", "muc dich yeu cau", "muc dich, yeu cau", "muc dich", "yeu cau",
    "noi nhan", "phan cong thuc hien", "trach nhiem thuc hien", "kinh phi",
}  # fmt: skip


def is_section_name(text: str) -> bool:
    return fold(text).strip(" .:;-–") in SECTION_NAMES


def _ends_topic(line: Line, header_level: int | None) -> bool:
    level = heading_level(line.text)
    if line.is_table or level in (0, 1) or is_caps(line.text) and len(line.text) > 12:
        return True
    if is_section_name(line.text):
        return True  # "Tổ chức thực hiện" after the last topic
    # A sibling numbered paragraph that is not itself a topic closes the list of topics.
    return (
        header_level is not None and level is not None and level <= header_level and not line.bullet
    )


_TIMED_ITEM = re.compile(r"^(?P<head>[^:“\"]{4,60}?)\s*[:–-]\s+(?P<rest>\S.{12,})$")


def mentions_in(lines: list[Line], section_of: list[str], thematic: bool = False) -> list[Mention]:
    """Every 'Chuyên đề N' block, every row of a topic table, every topic named in a sentence,
    and (in a thematic plan) every list item that opens with its time ('Quý I (tháng 2): …').

    A line that says only a time ('Quý II: tháng 5 năm 2023', 'QUÝ III/2023') heads what follows:
    a topic under it without a time of its own takes that one, until the next section."""
    mentions: list[Mention] = []
    context: Time | None = None
    about_topics = thematic  # in an activity plan, only under a heading "Sinh hoạt chuyên đề"
    placed = 0  # mentions before this one have been given the time heading above them
    person_head: Line | None = None  # "1. Đồng chí A – Bí thư:" over the topics A prepares
    paired = _titles_with_their_time(lines)
    i = 0
    while i < len(lines):
        _under_time(mentions[placed:], context)
        placed = len(mentions)
        line = lines[i]
        level = heading_level(line.text) if not line.is_table else None
        if level in (0, 1):
            context = None
        if not line.bullet and (line.is_table or level is not None):
            person_head = line if _PERSON_ITEM.match(line.text) else None
        if level is not None and (len(line.text.split()) <= 10 or line.text.endswith(":")):
            # "II. CÁC CHUYÊN ĐỀ", or a lead-in item "3. Sinh hoạt chuyên đề: mỗi quý một kỳ, …:"
            about_topics = thematic or "chuyen de" in line.folded
        if not line.is_table and _is_time_only(_LIST_MARK.sub("", line.text)):
            context = parse_time(_LIST_MARK.sub("", line.text))  # "1. Quý I", "Tháng 3 (Quý I)"
            i += 1
            continue
        record = _record(lines, i) if about_topics and not line.is_table else None
        if record is not None:
            if i > 0:
                _headed_by_person(record[0], lines[i - 1])
            mentions.append(record[0])
            i = record[1]
            continue
        timed = _timed_item(line) if about_topics and not line.is_table else None
        if timed is not None:
            if context is not None and context.quarters and not timed.times[0].quarters:
                timed.times.insert(0, Time(quarters=list(context.quarters)))
            i = _details_after(timed, lines, i + 1)
            mentions.append(timed)
            continue
        detailed = _title_then_details(lines, i, section_of[i]) if about_topics else None
        if detailed is not None:
            mentions.append(detailed[0])
            i = detailed[1]
            continue
        assigned = _assignment_mentions(line, section_of[i])
        if assigned:
            mentions.extend(assigned)
            i += 1
            continue
        titled = _list_title(line, section_of[i]) if thematic else None
        if titled is not None:
            mentions.append(titled)
            i = _details_after(titled, lines, i + 1)
            continue
        if line.is_table:
            found = _table_mentions(line.rows, section_of[i], thematic)
            if not found and _layout_table(line.rows):
                inner = _cell_lines(line.rows)
                found = mentions_in(inner, [section_of[i]] * len(inner), about_topics)
            mentions.extend(found)
            i += 1
            continue
        if i in paired:
            mentions.append(_paired_mention(line, lines[i + 1], section_of[i]))
            i += 2
            continue
        held = _held_topic(line, section_of[i]) if not _QUOTED_TOPIC.search(line.text) else None
        if held is not None:
            mentions.append(held)
            i = _people_after(held, lines, i + 1)
            continue
        listed = _LISTED_TOPIC.match(line.text) if not _TOPIC.match(line.text) else None
        match = _TOPIC.match(line.text) or listed
        if not match:
            told = _sentence_mentions(line.text, section_of[i], context)
            if not told and about_topics and not line.is_table:
                told = _when_who_what(line.text, section_of[i])
            if person_head is not None and line.bullet:
                for mention in told:  # "1. Đồng chí A – Bí thư:" then "- Chuyên đề quý I: “Tên”"
                    _headed_by_person(mention, person_head)
            following = lines[i + 1] if i + 1 < len(lines) else None
            if told and not told[-1].topic.presenters and following and not following.is_table:
                # "Chuyên đề “Tên”." then, in the next paragraph, "Đồng chí A xây dựng dự thảo."
                people = _PERSON_IN_SENTENCE.match(following.text)
                if people and not _QUOTED_TOPIC.search(following.text):
                    _set_people(told[-1].topic, "đồng chí " + people.group(1))
            mentions.extend(told)
        if (
            not match
            or line.bullet
            and heading_level(line.text) is None
            and not _topic_bullet(line)
            and not listed
        ):
            i += 1
            continue
        number = topic_number(match.group(1) or "")
        mention = Mention(ParsedTopic(number=number), where=section_of[i])
        if match.group(2):
            mention.times.append(parse_time(match.group(2)))
        if match.group(3):
            _inline(mention, match.group(3))
        header_level = heading_level(line.text)
        current = "title" if not mention.topic.title else "content"
        i += 1
        if line.bullet and listed and not match.group(1):
            # "- Chuyên đề: …" then "- Thời gian: …", "- Người thực hiện: …" as sibling bullets.
            while i < len(lines) and not lines[i].is_table and label_of(lines[i].text):
                if _TOPIC.match(lines[i].text) or _LISTED_TOPIC.match(lines[i].text):
                    break
                current = _field_line(mention, lines[i].text, current)
                i += 1
            i = _people_after(mention, lines, i)
            mentions.append(mention)
            continue
        if line.bullet:  # "- Chuyên đề 2: đ/c A, tháng 9" in a list says all on its line,
            # or its details follow as sibling items ("- Thời gian: …", "- Người thực hiện: …").
            while i < len(lines) and not lines[i].is_table and _is_detail(lines[i].text):
                current = _field_line(mention, lines[i].text, current)
                i += 1
            i = _people_after(mention, lines, i)
            mentions.append(mention)
            continue
        while (
            i < len(lines)
            and not _TOPIC.match(lines[i].text)
            and not _LISTED_TOPIC.match(lines[i].text)
            and not _ends_topic(lines[i], header_level)
            and not (
                _time_heading(lines[i])
                and (
                    current != "time"
                    or heads_what_follows(mention.times, lines[i].text, _heading_time(lines[i]))
                )
            )
        ):
            current = _field_line(mention, lines[i].text, current)
            i += 1
        topic = mention.topic
        if not topic.title and topic.content:
            # "Chuyên đề 1 (quý I)" then "+ Nội dung: Tên": its first content line is its title
            first, _, rest = topic.content.partition("\n")
            topic.title, topic.content = _clean_title(first), rest
        mentions.append(mention)
    _under_time(mentions[placed:], context)
    for mention in mentions:
        _title_tail(mention)
    return mentions


# Who prepares, in a sentence: "Đồng chí A và đồng chí B chuẩn bị.", "anh C (Bí thư Chi đoàn) chuẩn
# bị bài", "đ/c D trình bày".
_PREPARED_BY = re.compile(
    r"((?:\bđồng chí|\bđ\s*/\s*c|\b(?:anh|chị|cô|thầy|ông|bà))\s+[^.;:]{3,160}?)\s+"
    r"(?:chuẩn bị|trình bày|báo cáo|đề dẫn|xây dựng|thực hiện|phụ trách)\b",
    re.IGNORECASE,
)


def _plain_title(text: str) -> bool:
    """A line that can only be a title: a capital first, 3–30 words, no time, nobody, no label,
    not a sentence (no full stop or colon at its end), no number heading it."""
    text = text.strip()
    time = parse_time(text)
    return (
        bool(text)
        and text[0].isupper()
        and 3 <= len(text.split()) <= 30
        and not text.endswith((".", ":", ";", ","))
        and not (time.quarters or time.months)
        and not _PERSON_IN_SENTENCE.search(text)
        and label_of(text) is None
        and heading_level(text) is None
        and not is_caps(text)
    )


def _time_and_preparer(text: str) -> bool:
    """A line that says when and who, and nothing else that could be a title: "Sinh hoạt kỳ tháng
    3 (quý I). Đồng chí A chuẩn bị.", "Quý IV (tháng 11): đ/c B chuẩn bị."."""
    time = parse_time(text)
    return bool((time.quarters or time.months) and _PREPARED_BY.search(text)) and not (
        _QUOTED_TOPIC.search(text) or len(text.split()) > 40
    )


def _titles_with_their_time(lines: list[Line]) -> set[int]:
    """Where a topic is a bare line (no number, no "Chuyên đề", no quotes) and the line after it
    says only when it is held and who prepares it — a list a secretary types in an e-mail or a
    notice. Read only where the document does so at least twice, as a list of topics does."""
    found = {
        i
        for i in range(len(lines) - 1)
        if not lines[i].is_table
        and not lines[i + 1].is_table
        and not lines[i].bullet
        and _plain_title(lines[i].text)
        and _time_and_preparer(lines[i + 1].text)
    }
    return found if len(found) >= 2 else set()


def _paired_mention(title: Line, detail: Line, where: str) -> Mention:
    mention = Mention(ParsedTopic(title=_clean_title(title.text)), where=where)
    mention.times.append(parse_time(detail.text))
    people = _PREPARED_BY.search(detail.text)
    if people:
        _set_people(mention.topic, people.group(1))
    return mention


# "3. Sinh hoạt chuyên đề tuần 1 tháng 3/2020: Tên. Người chuẩn bị: …", "Chuyên đề Q1 (kỳ sinh hoạt
# tháng 3/2023): Tên", "Chuyên đề quý III – tháng 8/2023: Tên": a topic named by its time, then
# its title after the colon.
_HELD_TOPIC = re.compile(
    r"^(?:(?:\d{1,2}|[IVX]{1,4}|[a-z])\s*[.)]\s*)?(?:sinh\s+hoạt\s+)?(?:chuyên\s*đề|SHCĐ)\s*"
    r"(?P<when>[^:“”\"]{2,120}?)\s*:\s+(?P<rest>\S.{12,})$",
    re.IGNORECASE,
)


def _held_topic(line: Line, where: str) -> Mention | None:
    """A line that names a topic by when it is held, then gives its title after a colon; the
    time (outside brackets) must be all the words before the colon, so that 'Chuyên đề quý III
    Chi bộ sẽ phân công: …' or 'Sinh hoạt chuyên đề mỗi quý một lần: …' is no topic."""
    if line.is_table:
        return None
    match = _HELD_TOPIC.match(line.text)
    if not match:
        return None
    when = match.group("when")
    notes = re.findall(r"\(([^()]*)\)", when)
    outside = re.sub(r"\([^()]*\)", " ", when).strip(" –-,")
    if outside and not _is_time_only(outside):
        return None
    if not outside and not any(_is_time_only(note) for note in notes):
        return None
    mention = Mention(ParsedTopic(), where=where)
    if outside:
        mention.times.append(parse_time(outside))
    for note in notes:  # "(kỳ sinh hoạt tháng 3/2023 – đã thực hiện)", "(lùi sang quý III …)"
        mention.times.append(parse_time(note))
    rest = match.group("rest")
    if re.search(r"\(\d{1,2}/\d{1,2}/\d{4}\)\s*$", rest):
        return None  # "…: Tên (20/05/2025)": a post's headline and the day it was posted
    lead = re.match(r"^([^–:]{3,60}?)\s+[–:-]\s+(?=\S)", rest)
    if lead and _is_time_only(lead.group(1)):  # "kỳ sinh hoạt tháng 11/2023 – Tên"
        mention.times.insert(0, parse_time(lead.group(1)))
        rest = rest[lead.end() :]
    _inline(mention, rest)
    _title_tail(mention)
    title = mention.topic.title
    if len(title.split()) < 3 or not title[:1].isupper() or label_of(rest):
        return None
    return mention


# "… – thời gian: tháng 03", "…; người chuẩn bị: đ/c A": a labelled field told after the title.
_TAIL = re.compile(r"\s+[–—-]\s+|\s*[;,.]\s+|\s+(?=\()")


def _title_tail(mention: Mention) -> None:
    """Move what a title carries after it into its fields: a labelled clause ('Tên – thời gian:
    tháng 03', 'Tên; người chuẩn bị: đ/c A') or a time in brackets ('Tên (Quý I – tháng 02)')."""
    topic = mention.topic
    led = _led_by_time(topic.title)
    if led is not None and led[3]:  # "Học kỳ I – tháng 12/2020: “Tên”": the time leads
        mention.times.insert(0, led[0])
        topic.title = _clean_title(led[1])
        if not topic.presenters:
            topic.presenters.extend(_doers(led[2]))
        return
    title = topic.title
    lead = _TIME_THEN_TOPIC.match(title)
    if lead and _is_time_only(lead.group("lead")) and len(title[lead.end() :].split()) >= 3:
        mention.times.insert(
            0, parse_time(lead.group("lead"))
        )  # "Tháng 5 (quý II), chuyên đề: Tên"
        title = title[lead.end() :]
    for separator in _TAIL.finditer(title):
        rest = title[separator.end() :].strip(" ()")
        found = label_of(rest)
        if found is None or found[0] not in ("time", "presenters", "form", "outputs"):
            continue
        current = found[0]
        for part in re.split(r"\s*;\s*|\s+[–—]\s+", rest):
            current = _field_line(mention, part.strip(" .()"), current)
        title = title[: separator.start()]
        break
    after_quote = re.match(r"^(.*[”\"])\s*[,;.–-]\s*(\S.*)$", title)
    if after_quote and _is_time_only(after_quote.group(2).rstrip(" .;")):
        mention.times.append(parse_time(after_quote.group(2)))  # "“Tên”, sinh hoạt đầu tháng 4"
        title = after_quote.group(1)
    bracket = re.search(r"\s*\(([^()]{3,80})\)\s*$", title.rstrip(" .;:"))
    moved = MOVE.search(bracket.group(1)) if bracket else None
    if (
        bracket
        and moved
        and parse_time(bracket.group(1)[moved.end() :]).quarters
        + parse_time(bracket.group(1)[moved.end() :]).months
    ):
        # "Tên (lùi sang quý 3 do trẻ nghỉ học)": the time it was moved to
        mention.times.insert(0, parse_time(bracket.group(1)[moved.end() :]))
        mention.moved = True
        title = title[: bracket.start()]
    elif (
        bracket
        and len(bracket.group(1)) <= 60
        and _is_time_only(bracket.group(1))
        and not _REGULAR.search(bracket.group(1))  # "(sinh hoạt thường kỳ tháng 5)": no topic
    ):
        mention.times.append(parse_time(bracket.group(1)))
        title = title[: bracket.start()]
    if len(title.split()) >= 3:
        topic.title = _clean_title(title)


_REGULAR = re.compile(r"\bsinh\s+hoạt\s+(?:chi\s+bộ\s+)?(?:thường|định)\s+kỳ\b", re.IGNORECASE)

_LIST_MARK = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])\s*[.)]\s*(?=\S)")


def _time_heading(line: Line) -> bool:
    """A line that says only a time ('Quý II (tháng 4 – 6)'), not a labelled field."""
    return (
        not line.is_table
        and not label_of(line.text)
        and _is_time_only(_LIST_MARK.sub("", line.text))
    )


def _heading_time(line: Line) -> Time:
    return parse_time(_LIST_MARK.sub("", line.text))


def _under_time(mentions: list[Mention], context: Time | None) -> None:
    """A topic under a time heading ('Quý II', 'Tháng 5 năm 2025 (Quý II)') that says no time
    of its own takes the heading's; one that gives only its month takes the heading's quarter."""
    if context is None or not (context.quarters or context.months):
        return
    for mention in mentions:
        if mention.moved:
            mention.times.append(context)  # the heading's time is the one it was moved from
            continue
        quarters = any(t.quarters for t in mention.times)
        months = any(t.months for t in mention.times)
        if not quarters and not months:
            mention.times.insert(0, context)
        elif not quarters and context.quarters:
            mention.times.insert(0, Time(quarters=list(context.quarters)))


# A line that is a title in quotes and nothing else: '“Dạy học trực tuyến …”'.
_QUOTED_LINE = re.compile(r'^\s*[“"«][^“”"«»]{8,}[”"»]\s*[.:]?\s*$')


def _record(lines: list[Line], i: int) -> tuple[Mention, int] | None:
    """A topic told as a run of labelled lines, in any order ('- Thời gian: tháng Ba năm 2018.',
    '- Nội dung: …', '- Người chuẩn bị: đồng chí A (trình bày)'): it needs a title (or a
    content) and a time or someone who presents it. Returns the mention and the next line."""
    run: list[tuple[str, str]] = []
    j = i
    while j < len(lines) and not lines[j].is_table:
        text = lines[j].text
        found = label_of(text)
        if found is None or _TOPIC.match(text):
            break
        if any(name == found[0] and found[0] in ("title", "time") for name, _ in run):
            break  # the next record begins
        if found[0] == "content" and any(name == "content" for name, _ in run):
            break  # a title's content ('Chủ đề: …' / 'Nội dung chính: …') is the same topic's
        run.append(found)
        j += 1
    names = {name for name, _ in run}
    if not ({"title", "content"} & names and {"time", "presenters"} & names):
        return None
    if "title" not in names and i > 0 and _QUOTED_LINE.match(lines[i - 1].text):
        return None  # '“Tên”' then 'Nội dung chính: …': the content of the title above
    mention = Mention(ParsedTopic())
    current = ""
    for j2 in range(i, j):
        current = _field_line(mention, lines[j2].text, current)
    topic = mention.topic
    if not topic.title and topic.content:
        topic.title, topic.content = _clean_title(topic.content.split("\n")[0]), ""
    if not topic.title or len(topic.title.split()) < 3:
        return None
    return mention, _people_after(mention, lines, j)


_PERSON_ITEM = re.compile(
    r"^\d{1,2}\s*[.)]\s*((?:đồng chí|đ\s*/\s*c)\s+[^:“\"]{3,120}?)\s*:?$", re.IGNORECASE
)


def _headed_by_person(mention: Mention, above: Line) -> None:
    """'1. Đồng chí A, Bí thư Chi bộ' then the topic A prepares as labelled lines ('Chuẩn bị
    chuyên đề: Tên', 'Cùng chuẩn bị: đ/c B', 'Thời gian: …'): A is its first presenter."""
    match = _PERSON_ITEM.match(above.text) if not above.is_table else None
    if not match:
        return
    people = [p for p in parse_people(match.group(1)) if p.name]
    full = [fold(p.name) for p in people]
    # "đồng chí Hùng chủ trì" under "1. Đồng chí Phạm Xuân Hùng": the same person, by given name
    mention.topic.presenters = [
        p
        for p in mention.topic.presenters
        if not (len(p.name.split()) == 1 and any(f.endswith(" " + fold(p.name)) for f in full))
    ]
    known = {fold(p.name) for p in mention.topic.presenters}
    mention.topic.presenters[:0] = [p for p in people if fold(p.name) not in known]


_PEOPLE_SENTENCE = re.compile(
    r"^(?:đồng chí|đ\s*/\s*c)\s+.{3,200}?\s(?:trình bày|chuẩn bị|tham luận|đề dẫn|phụ trách|"
    r"thực hiện|báo cáo|xây dựng)\b",
    re.IGNORECASE,
)


def _people_after(mention: Mention, lines: list[Line], i: int) -> int:
    """'Đồng chí A trình bày; đồng chí B, đồng chí C tham luận.' on the line after a topic:
    its people. Returns the next line to read."""
    if mention.topic.presenters or i >= len(lines) or lines[i].is_table:
        return i
    text = lines[i].text
    if not _PEOPLE_SENTENCE.match(text) or _QUOTED_TOPIC.search(text):
        return i
    clauses = re.split(r"\s*;\s*", text.rstrip(" ."))
    people = "; ".join(
        re.sub(r"\s+(?:trình bày|chuẩn bị|tham luận|đề dẫn|phụ trách|thực hiện|báo cáo|xây dựng)\b.*$",
               "", clause)
        for clause in clauses
    )  # fmt: skip
    _set_people(mention.topic, people)
    return i + 1


# "a) …", "b) …", "- …", "+ …": the points of a field opened by a line ending with a colon.
_SUB_POINT = re.compile(r"^\s*(?:[a-zđ]\s*\)|[-–+•])\s*\S")


def _details_after(mention: Mention, lines: list[Line], i: int) -> int:
    """Read the labelled lines under a topic ('Thời gian: …', 'Người chuẩn bị: …'), and the
    points a label ending with a colon opens ('Nội dung gồm:' then 'a) …', 'b) …'), which are its
    content, not topics. Returns the index of the first line that is neither."""
    opened = False
    while i < len(lines) and not lines[i].is_table:
        line = lines[i]
        if _is_detail(line.text):
            _field_line(mention, line.text, "content")
            opened = line.text.rstrip().endswith(":")
        elif opened and (_SUB_POINT.match(line.text) or line.bullet and not _topic_bullet(line)):
            _add(mention.topic, "content", (line.bullet + " " if line.bullet else "") + line.text)
        else:
            break
        i += 1
    return i


def _title_then_details(lines: list[Line], i: int, where: str) -> tuple[Mention, int] | None:
    """'- Tên chuyên đề' with no number or word before it, then its labelled lines ('Thời gian:
    03/2026', 'Phụ trách: đ/c A + đ/c B'): a topic, when the line right after it gives its time
    or its people. Returns the mention and the next line to read."""
    line = lines[i]
    if line.is_table or i + 1 >= len(lines) or lines[i + 1].is_table:
        return None
    if any(word in fold(where) for word in ("muc dich", "yeu cau", "to chuc thuc hien")):
        return None
    text = line.text.strip()
    if (
        not text[:1].isupper()
        or not 3 <= len(text.split()) <= 60
        or text.endswith(":")
        or label_of(text)
        or _TOPIC.match(text)
        or _LISTED_TOPIC.match(text)
        or _is_time_only(_LIST_MARK.sub("", text))
        or _PERSON_IN_SENTENCE.search(text)
        or heading_level(text) in (0, 1)
        or is_caps(text)
    ):
        return None
    following = label_of(lines[i + 1].text)
    if following is None or following[0] not in ("time", "presenters"):
        return None
    mention = Mention(ParsedTopic(title=_clean_title(_LIST_MARK.sub("", text))), where=where)
    end = _details_after(mention, lines, i + 1)
    if not any(t.quarters or t.months for t in mention.times) or not mention.topic.presenters:
        return None
    return mention, end


def _is_detail(text: str) -> bool:
    """A labelled line that tells more of the topic above ('Phân công: đ/c A', 'Hình thức: …')."""
    found = label_of(text)
    return found is not None and found[0] in ("presenters", "form", "outputs", "content", "time")


_NUMBERED = re.compile(r"^(\d{1,2})\s*[.)]\s+(\S.*)$")


def _list_title(line: Line, section: str) -> Mention | None:
    """'2. Tên chuyên đề' in a section about the topics ('II. CÁC CHUYÊN ĐỀ TRONG NĂM'): an
    item of the list of topics, its number kept to meet the same topic elsewhere."""
    if line.is_table:
        return None
    if any(word in fold(section) for word in ("muc dich", "yeu cau", "to chuc thuc hien")):
        return None
    match = _NUMBERED.match(line.text)
    if not match or line.bullet:
        return None
    text = match.group(2).strip()
    if "chuyen de" not in fold(section):  # elsewhere, an item that says when or who is a topic
        time = parse_time(text)
        if not (time.quarters or time.months) or not (
            _PERSON_IN_SENTENCE.search(text) or re.search(r"\(([^()]{3,60})\)", text)
        ):
            return None
    quoted = _QUOTED_TOPIC.match(text)
    if quoted and not _PERSON_IN_SENTENCE.search(text):
        # "2. Chuyên đề “Tên” (gắn với …) – thực hiện tháng 12/2022 (quý IV)": the title in
        # quotes, then its time
        mention = Mention(ParsedTopic(number=int(match.group(1))), where=section)
        mention.topic.title = _clean_title(quoted.group(quoted.re.groups))
        mention.times.append(parse_time((quoted.group("when") or "") + " " + text[quoted.end() :]))
        return mention
    if (
        _TOPIC.match(text)
        or _LISTED_TOPIC.match(text)
        or label_of(text)
        or _is_time_only(text)
        or not text[0].isupper()
        or text.endswith(":")
        or not 3 <= len(text.split()) <= shapes.most_title_words(section, text)
    ):
        return None
    mention = Mention(ParsedTopic(number=int(match.group(1))), where=section)
    _inline(mention, text)
    if not mention.topic.title and _QUOTED_TOPIC.search(text):
        return None  # "1. Đ/c A: chuyên đề “Tên”; tháng 4": the sentence reader reads it
    return mention


_PERSON_FIRST = re.compile(
    r"^(?:(\d{1,2})\s*[.)]\s*)?((?:đồng chí|đ\s*/\s*c)\b[^:]{3,120}?)\s*:\s*(.*)$", re.IGNORECASE
)
_TOPIC_NUMBERS = re.compile(
    r"chuyên\s*đề\s*((?:(?:số|thứ)?\s*\d{1,2}\s*(?:,|và|;)?\s*)+)", re.IGNORECASE
)


def _assignment_mentions(line: Line, section: str) -> list[Mention]:
    """In a section that assigns the work ('III. PHÂN CÔNG CHUẨN BỊ'), a line that starts with
    the people: 'Đồng chí A: chuẩn bị chuyên đề số 1 và số 3' (the topics by their numbers) or
    '2. Đồng chí B, đồng chí C: xây dựng dự thảo chuyên đề' (the item's number is the topic's)."""
    if line.is_table or not any(w in fold(section) for w in ("phan cong", "giao nhiem vu")):
        return []
    match = _PERSON_FIRST.match(line.text)
    if not match or _QUOTED_TOPIC.search(line.text):
        return []
    people = [p for p in parse_people(match.group(2)) if p.name]
    if not people:
        return []
    numbers: list[int] = []
    listed = _TOPIC_NUMBERS.search(match.group(3))
    if listed:
        numbers = [int(n) for n in re.findall(r"\d{1,2}", listed.group(1))]
    elif match.group(1):
        numbers = [int(match.group(1))]
    mentions = []
    for number in numbers:
        mention = Mention(ParsedTopic(number=number), where=section)
        mention.topic.presenters = [Person(p.name, p.role_note, p.text) for p in people]
        mention.topic.preparer_note = match.group(2).strip()
        mentions.append(mention)
    return mentions


_BRACKET_HEAD = re.compile(r"^\(([^()]{3,40})\)\s+(?=[A-ZĐÀ-Ỹ])")


def _timed_item(line: Line) -> Mention | None:
    """'1. Quý I (tháng 2/2023): Tên chuyên đề.' or '- Tháng 9: Tên …; đ/c A chuẩn bị': a list
    item whose head is a time and whose rest is a topic, maybe with who prepares it."""
    text = re.sub(r"^(?:\d{1,2}|[a-z])\s*[.)]\s*", "", line.text)
    text = _BRACKET_HEAD.sub(r"\1: ", text)  # "(tháng Ba) Tên – đ/c A chuẩn bị"
    match = _TIMED_ITEM.match(text)
    if not match or not _is_time_only(match.group("head")) or label_of(text):
        return None
    head, rest = match.group("head"), match.group("rest")
    for longer in re.finditer(r"\s*[:–-]\s+", text):
        # "Quý III – tháng 8: Tên": the whole time, not only "Quý III"
        if longer.start() > len(head) and longer.start() <= 60:
            if not _is_time_only(text[: longer.start()]):
                break
            head, rest = text[: longer.start()], text[longer.end() :]
    if _QUOTED_TOPIC.search(rest):  # "Quý I: vào tháng 3, chi bộ sinh hoạt chuyên đề “…”"
        return None
    number = re.match(r"^(\d{1,2})\s*[.)]", line.text)  # kept to meet "Chuyên đề số 2" elsewhere
    mention = Mention(ParsedTopic(number=int(number.group(1)) if number else None))
    mention.times.append(parse_time(head))
    quoted_first = re.match(r"^[“\"]([^”\"]{8,})[”\"]\s*(.*)$", rest)
    if quoted_first:  # "Học kỳ I (tháng 10): “Tên”. Đồng chí phụ trách: A và B."
        mention.topic.title = _clean_title(quoted_first.group(1))
        mention.topic.presenters.extend(_doers(quoted_first.group(2)))
        return mention if len(mention.topic.title.split()) >= 3 else None
    people = _PERSON_IN_SENTENCE.search(rest)
    title = rest[: people.start()].rstrip(" (–—-") if people else rest
    title = re.split(r"[;,]?\s*(?:giao|do|người chuẩn bị|phân công)\s*$", title.strip(" ;,"))[0]
    quoted = re.match(r"^[“\"]([^”\"]{8,})[”\"]", title)
    if quoted:  # "“Tên” – Tổ đảng số 10 chuẩn bị": the title is what the quotes hold
        title = quoted.group(1)
    title = re.sub(r"^(?:sinh hoạt\s+)?chuyên\s*đề\s*(?:về\s+|với\s+nội\s+dung\s+|với\s+chủ\s+đề\s+|:\s*)?",
                   "", title, flags=re.IGNORECASE)  # fmt: skip
    title = _clean_title(title)
    mention.topic.title = title[:1].upper() + title[1:]
    if people:  # "đ/c A trình bày, đ/c B tham luận": everyone named after the title
        for person in _PERSON_IN_SENTENCE.finditer(rest, people.start()):
            _set_people(mention.topic, "đồng chí " + person.group(1).rstrip(" ,"))
    if len(mention.topic.title.split()) < 3:
        return None
    return mention


# "Tháng 3/2024, đồng chí A – Bí thư Chi bộ, chuyên đề: Tên." — when, who, then the topic; the
# time may end at a colon or a dash ("Quý II: đồng chí B, với chủ đề: Tên"), the topic may be
# called "chủ đề".
_WHEN_ENDS = re.compile(r"\s*(?:[,:]|\s[–-])\s")
_WHO_WHAT = re.compile(
    r"(?P<who>\S.{3,200}?),?\s+(?:với\s+)?(?:sinh\s+hoạt\s+)?(?:chuyên\s*đề|chủ\s+đề)\s*"
    r"(?:về\s+|:\s*)(?P<title>[A-ZĐÀ-Ỹ“\"].{8,})$",
    re.IGNORECASE,
)


def _when_who_what(text: str, where: str) -> list[Mention]:
    """A topic told in a line that gives its time, then who prepares it, then the title after
    "chuyên đề:" ('Tháng 5/2024, đồng chí A – Phó Bí thư, chuyên đề: Tên.'). The time must be
    all of the first part (the longest that is only a time: "Quý I (tháng 1 - 3)"), one month
    or one quarter, and the people all of the second."""
    text = text.strip()
    when, match = "", None
    for end in _WHEN_ENDS.finditer(text[:44]):
        head = text[: end.start()]
        if len(head) >= 4 and not re.search(r"[“”\";]", head) and _is_time_only(head):
            found = _WHO_WHAT.match(text, end.end())
            if found:
                when, match = head, found
    if match is None:
        return []
    time = parse_time(when)
    if len(set(time.months)) > 1 or len(set(time.quarters)) > 1:
        return []  # "Tháng 3, 4/2024, …": no one meeting's time
    who = match.group("who").strip(" ,")
    if _HONORED.match(who):
        people = [p for p in parse_people(apart_people(who)) if p.name]
    else:
        people = named_in_clause(who)
    title = _clean_title(match.group("title"))
    if not people or len(title.split()) < 3:
        return []
    mention = Mention(ParsedTopic(title=title[:1].upper() + title[1:]), where=where)
    mention.times.append(time)
    mention.topic.presenters.extend(people)
    mention.topic.preparer_note = who
    return [mention]


def _sentence_mentions(text: str, where: str, context: Time | None = None) -> list[Mention]:
    """Topics named in quotes inside sentences ('… sinh hoạt chuyên đề “Tên”, giao đồng chí A
    chuẩn bị'), several to a sentence when clauses are split by ';'. Each takes the time of its
    clause (or of the time heading above), and the people of its clause or, failing that, of the
    sentences after it up to the next topic ('Chuyên đề “Tên”. Đồng chí A xây dựng dự thảo.')."""
    found = list(_QUOTED_TOPIC.finditer(text)) or list(_UNQUOTED_TOPIC.finditer(text))
    mentions: list[Mention] = []
    for n, match in enumerate(found):
        start = max(text.rfind(";", 0, match.start()), _sentence_start(text, match.start()))
        end_clause = text.find(";", match.end())
        end_clause = len(text) if end_clause < 0 else end_clause
        following = found[n + 1].start() if n + 1 < len(found) else len(text)
        clause_end = min(end_clause, following)
        before, after = text[start + 1 : match.start()], text[match.end() : clause_end]
        if professional(before + match.group(0)):
            continue  # "Tổ chuyên môn thực hiện chuyên đề “…”": the teachers', not the cell's
        if n + 1 < len(found) and found[n + 1].start() < end_clause:
            after = text[match.end() : following]
        when = match.groupdict().get("when") or ""  # "chuyên đề quý 1: “Tên”"
        time = parse_time(before + " " + when + " " + _first_sentence(after))
        # Everyone named after the title up to the clause or sentence of the next topic
        # ("Đồng chí A chuẩn bị dự thảo; đồng chí B chuẩn bị tham luận."), else before it.
        if n + 1 < len(found):
            nxt = found[n + 1].start()
            opening = max(text.rfind(";", match.end(), nxt), _sentence_start(text, nxt))
            following = opening if opening > match.end() else nxt
        named = [m.group(1) for m in _PERSON_IN_SENTENCE.finditer(text[match.end() : following])]
        if not named:
            named = [m.group(1) for m in _PERSON_IN_SENTENCE.finditer(before)][-1:]
        # "“Tên”; Chánh Văn phòng A chuẩn bị": people named without "đồng chí", by their post
        doers = [] if named else _clause_doers(text[match.end() : following])
        if not (time.quarters or time.months):
            # "“Tên”; tháng 6/2016 (quý II).": the time told in a clause of its own after the title
            for clause in re.split(r"\s*;\s*", text[match.end() : following])[1:]:
                bare = re.sub(r"\bchuyên\s*đề\b|[()]", " ", clause.strip(" ."), flags=re.IGNORECASE)
                if _is_time_only(bare):
                    time = parse_time(bare)
                    break
        if not time.months:  # "…”; sinh hoạt vào kỳ tháng Bảy": the meeting's month told after
            held = _HELD_IN.search(text[match.end() : following])
            time.months = parse_time(held.group(0)).months if held else []
        if not (time.quarters or time.months) and context is not None:
            time = context
        elif context is not None and time.quarters and not time.months:
            # "Tháng Ba:" heading "- Sinh hoạt chuyên đề quý 1: “Tên”": the heading's month;
            # one month outside the quarter is kept, and flagged ("Tháng 10" over "chuyên đề
            # quý III": the third quarter's topic held in October)
            time.months = [
                m for m in context.months
                if quarter_of_month(m) in time.quarters or len(context.months) == 1
            ]  # fmt: skip
        if not (time.quarters or time.months) and not named:
            continue
        mention = Mention(ParsedTopic(), where=where)
        title = _clean_title(match.group(match.re.groups))
        mention.topic.title = title[:1].upper() + title[1:]
        mention.times.append(time)
        for name in named:  # after "đồng chí" a name need not be a Kinh one (Rơ Mah Blơn)
            _set_people(mention.topic, "đồng chí " + name)
        mention.topic.presenters.extend(doers)
        mentions.append(mention)
    return mentions


# "sinh hoạt vào kỳ tháng Chín", "sinh hoạt kỳ tháng Chạp", "tổ chức vào tháng 5".
_HELD_IN = re.compile(
    r"\b(?:sinh\s+hoạt|tổ\s+chức)\s+(?:vào\s+)?(?:kỳ\s+(?:họp\s+)?)?tháng\s+\w+(?:\s+\w+)?",
    re.IGNORECASE,
)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts (the index before its first letter)."""
    starts = [m.start() for m in re.finditer(r"[.!?]\s+(?=[A-ZĐÀ-Ỹ])", text[: position + 1])]
    return starts[-1] if starts else -1


def _first_sentence(text: str) -> str:
    return re.split(r"[.!?]\s+(?=[A-ZĐÀ-Ỹ])", text, maxsplit=1)[0]


def _topic_bullet(line: Line) -> bool:
    """'- Chuyên đề 1: ...' in an assignment list is a topic; '- chuyên đề về ...' prose is not."""
    return bool(
        re.match(
            r"^(?:chuyên\s*đề|CĐ)\s*(?:số\s*)?(?:\d{1,2}|thứ\s+\w+|[IVX]{1,4})\s*[:(.\-–]",
            line.text,
            re.IGNORECASE,
        )
    )


def _field_line(mention: Mention, text: str, current: str) -> str:
    topic = mention.topic
    found = label_of(text)
    if found is None:
        # An unlabelled line continues the field above, or is the title under a bare header.
        if current == "time":
            mention.times.append(parse_time(text))
        elif current == "presenters":
            _set_people(topic, text)
        elif current == "title" and topic.title:
            _add(topic, "content", text)
            return "content"
        elif current == "title":
            topic.title = _clean_title(text)
        else:
            _add(topic, current, text)
        return current
    name, value = found
    moved = MOVE.search(value)
    if name == "time" and moved:
        # "lùi sang kỳ sinh hoạt tháng Giêng năm 2022 – quý I/2022": the time it is moved to
        # comes before the one it had
        mention.times.insert(0, parse_time(value[moved.end() :]))
        mention.moved = True
    elif name == "time":
        mention.times.append(parse_time(value))
        topic.date = topic.date or _first_date(value)
    elif name == "presenters":
        if value:
            _set_people(topic, value)
    elif name == "title":
        topic.title = _clean_title(value) if value else topic.title
        return "title" if not value else "content"
    elif name == "form":
        topic.form = value.rstrip(" .;")
        held = held_with(value)  # "ghép với kỳ sinh hoạt thường kỳ tháng 4"
        if held:
            mention.times.append(parse_time(held))
    else:
        _add(topic, name, value)
    return name


def _first_date(text: str) -> str | None:
    dates = parse_time(text).dates
    return dates[0].isoformat() if dates else None


_COLUMN_RULES = [
    ("number", ("tt", "stt", "so tt")),
    (
        "time",
        (
            "thoi gian",
            "quy",
            "thang",
            "thoi diem",
            "ky sinh hoat",
            "ky hop",
            "ngay sinh hoat",
            "ngay hop",
            "ngay to chuc",
        ),
    ),  # fmt: skip
    ("form", ("hinh thuc",)),
    ("outputs", ("san pham", "ket qua")),
    (
        "presenters",
        (
            "nguoi",
            "phu trach",
            "thuc hien",
            "chuan bi",
            "phan cong",
            "bao cao vien",
            "trinh bay",
            "dang vien",
            "dong chi",
            "de dan",
            "tham luan",
            "bao cao",
            "chu tri",
            "xay dung de cuong",
            "xay dung du thao",
        ),
    ),
    ("title", ("chuyen de", "chu de", "ten ")),
    ("content", ("noi dung", "trong tam", "yeu cau")),
]


# A row of a work plan's table that says at its head it is a thematic meeting: "Sinh hoạt chuyên
# đề: Tên", "Chuyên đề 2 – Tên", "SHCĐ: Tên".
_MARKED_ROW = re.compile(
    r"^\W*(?:\d{1,2}\s*[.)]\s*)?(?:sinh\s+hoạt\s+)?(?:chuyên\s*đề|SHCĐ)\b", re.I
)


def marked_among_tasks(titles: list[str]) -> bool:
    """A table of a work plan's tasks ('Tổ chức Đại hội Chi bộ', 'Ra quân làm đường') where the
    thematic meetings say so at their head ('Sinh hoạt chuyên đề: Tên'): at least two rows are
    so marked and another names no thematic meeting at all. Only the marked rows are topics."""
    marked = sum(bool(_MARKED_ROW.match(title)) for title in titles)
    return marked >= 2 and any("chuyen de" not in fold(title) for title in titles)


# A cell of a schedule saying there is no meeting that month: "Không tổ chức (nghỉ Tết)", "Không
# sinh hoạt chuyên đề", "Nghỉ Tết Nguyên đán", "Tạm hoãn".
_NO_MEETING = re.compile(
    r"^\W*(?:không\s+(?:tổ\s+chức|sinh\s+hoạt|có\s+chuyên\s*đề|họp)|nghỉ\b|tạm\s+(?:hoãn|dừng))",
    re.IGNORECASE,
)


def no_meeting(text: str) -> bool:
    """'Không tổ chức (nghỉ Tết Nguyên đán)': a cell that says no meeting is held, no topic."""
    return bool(_NO_MEETING.match(text))


# The heading of a column of who attends, not who presents: "Người dự", "Thành phần (tham dự)",
# "Đại biểu mời", "Lực lượng tham gia", "Khách mời". ("Phối hợp" may name members who help.)
_GUESTS = re.compile(
    r"^(?:nguoi (?:du|tham du|duoc moi)|thanh phan|dai bieu|khach moi|luc luong tham gia|"
    r"thanh phan tham du|doi tuong(?: tham gia| tham du)?|moi du|tham du)\b"
)


def guests_heading(heading: str) -> bool:
    """'Người dự', 'Thành phần', 'Đại biểu mời': a column of guests, which gives no presenter."""
    return bool(_GUESTS.match(" ".join(fold(heading).split()).strip(" .:")))


def _columns(header: list[str]) -> dict[int, str]:
    """What each column holds, from its heading; several columns may hold the time ('Quý',
    'Tháng') or the people ('Người trình bày', 'Người tham luận', 'Người chủ trì'), each other
    field is taken once. A column of guests ('Người dự', 'Thành phần') holds none of them."""
    columns: dict[int, str] = {}
    for index, cell in enumerate(header):
        folded = fold(cell)
        if folded.startswith(("thoi han", "han gui", "han nop")):
            continue  # a deadline for the draft, not the meeting's time
        if guests_heading(cell):
            continue
        for name, keys in _COLUMN_RULES:
            if name in columns.values() and name not in ("time", "presenters"):
                continue
            if any(folded == k or folded.startswith(k) or f" {k}" in f" {folded}" for k in keys):
                columns[index] = name
                break
    return columns


_REFERENCE = re.compile(
    r"^(?:chuyên\s*đề|CĐ)\s*(?:số\s*|thứ\s*)?0?(\d{1,2}|[IVX]{1,4}(?=\s*$)|"
    r"(?<=thứ )(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám))\b(?!\.\d)",
    re.IGNORECASE,
)


def _cell_time(heading: str, value: str) -> Time:
    """The time in a cell, read with its column's unit: 'I' under 'Quý', '02' under 'Tháng'."""
    time = parse_time(value)
    if not (time.quarters or time.months or time.dates):
        unit, bare = column_unit(heading), bare_unit_value(value)
        if unit and bare:
            time = parse_time(f"{'Quý' if unit == 'quy' else 'Tháng'} {bare}")
    return time


def _layout_table(rows: list[list[str]]) -> bool:
    """A table that only lays text out in columns ('6 THÁNG ĐẦU NĂM' | '6 THÁNG CUỐI NĂM', each
    cell paragraphs of its own): no heading of its first row names a title or people."""
    return (
        len(rows[0]) >= 2
        and not {"title", "content", "presenters"} & set(_columns(rows[0]).values())
        and not _labelled_rows(rows)
        and (
            any("\n" in cell for row in rows[1:] for cell in row)
            or all(_CARD_HEAD.match(cell) for row in rows for cell in row if cell.strip())
        )
    )


# A card of a plan laid out in boxes, its lines run together by a scan: "QUÝ 1- THÁNG 2 Tên
# Người thực hiện: Đ/c A". Its head is a time in capitals, its fields are labelled.
_CARD_HEAD = re.compile(r"^((?:QUÝ|THÁNG|Q)\s*[\dIV][^a-zà-ỹđ]{0,30}?)\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
_CARD_FIELD = re.compile(
    r"\s+(?=(?:Người thực hiện|Người chuẩn bị|Người trình bày|Chủ trì|Thời gian)\s*:)"
)


def _card_lines(text: str) -> list[str]:
    head = _CARD_HEAD.match(text)
    if head and _is_time_only(head.group(1)):
        text = f"{head.group(1).rstrip(' -–—')}: {text[head.end() :]}"
    return _CARD_FIELD.split(text)


def _cell_lines(rows: list[list[str]]) -> list[Line]:
    """The paragraphs of a layout table, column by column as they are read."""
    out: list[Line] = []
    for j in range(max(len(row) for row in rows)):
        for row in rows:
            cell = row[j] if j < len(row) else ""
            parts = [p for part in cell.split("\n") for p in _card_lines(part.strip())]
            out += [Line(part.strip()) for part in parts if part.strip()]
    return out


def _labelled_rows(rows: list[list[str]]) -> bool:
    """A table whose topics run down its columns, a label in the first cell of each row ('Tên
    chuyên đề' | 'Tên', 'Thời gian' | 'Tháng 3/2023', 'Người chuẩn bị' | 'Đ/c A'): one topic
    (two columns) or one a column ('Nội dung' | 'Quý 1' | 'Quý 2' above them)."""
    width = len(rows[0]) if rows else 0
    if len(rows) < 3 or width < 2 or any(len(row) != width for row in rows):
        return False
    meanings = [label_meaning(row[0]) for row in rows]
    return (
        "title" in meanings
        and bool({"time", "presenters"} & set(meanings))
        and sum(m is not None for m in meanings) >= 0.5 * len(rows)
    )


def _table_mentions(rows: list[list[str]], where: str, thematic: bool = False) -> list[Mention]:
    if _labelled_rows(rows):  # turned: a row a topic
        rows = [[row[j] for row in rows] for j in range(len(rows[0]))]
        if all(_is_time_only(row[0]) for row in rows[1:]):
            rows[0][0] = "Thời gian"  # 'Nội dung' above 'Quý 1', 'Quý 2': the topics' quarters
    columns = _columns(rows[0])
    columns.update(_helpers_columns(rows, columns))
    if (
        "title" not in columns.values()
        and "content" in columns.values()
        and any("chuyen de" in fold(c) for c in rows[0])
    ):
        columns = {i: ("title" if n == "content" else n) for i, n in columns.items()}
    title_column = next((i for i, n in columns.items() if n == "title"), None)
    if title_column is not None and _references_only(rows, title_column):
        del columns[title_column]  # 'Chuyên đề' | 'Chuyên đề 01': the topics by their numbers
    if not {"time", "presenters"} & set(columns.values()):
        if thematic and title_column is not None and title_column in columns:
            return _listed_in_table(rows, columns, title_column, where)
        return []
    content = next((i for i, n in columns.items() if n == "content"), None)
    if "title" not in columns.values() and content is not None and thematic:
        cells = [
            row[content].strip() for row in rows[1:] if content < len(row) and row[content].strip()
        ]
        if cells and not any(_REFERENCE.match(c) or _REFERENCE_WORDS.match(c) for c in cells):
            columns[content] = "title"  # 'Nội dung' holds the topics themselves
    if "title" not in columns.values():
        return _matrix_mentions(rows, columns, where) or _reference_mentions(rows, columns, where)
    mentions: list[Mention] = []
    quarter_context: list[Time] = []
    for number, row in enumerate(rows[1:], start=1):
        if len({c for c in row if c}) == 1 and parse_time(row[0]).quarters:
            quarter_context = [parse_time(row[0])]  # a merged row "QUÝ I" groups what follows
            continue
        topic = ParsedTopic(number=number)
        mention = Mention(topic, list(quarter_context), where, row=(id(rows), number))
        for index, name in columns.items():
            value = row[index].strip() if index < len(row) else ""
            if not value:
                continue
            if name == "number":
                topic.number = int(value.strip(".")) if value.strip(".").isdigit() else number
            elif name == "time":
                mention.times.append(_cell_time(rows[0][index], value))
                topic.date = topic.date or _first_date(value)
            elif name == "presenters":
                _set_people(topic, value.replace("\n", "; "))
            elif name == "helpers":
                topic.presenters.extend(parse_people("; ".join(_honored_parts(value))))
            elif name == "title":
                _inline(mention, value.replace("\n", " "))
            elif name == "form":
                topic.form = value.rstrip(" .;")
            else:
                setattr(topic, name, value)
        for index, cell in enumerate(row):  # a note beside the row: "Lùi sang tháng 7/2024"
            moved = MOVE.search(cell) if index not in columns else None
            to = parse_time(cell[moved.end() :]) if moved else Time()
            if to.quarters or to.months:
                mention.times.insert(0, to)
                mention.moved = True
        if not any(t.quarters or t.months for t in mention.times):
            quarters, months = noted_time(rows[0], row, columns)  # 'Ghép kỳ tháng 5/2021'
            if quarters or months:
                mention.times.append(Time(quarters=quarters, months=months))
        if topic.title and _time_reference(mention):
            topic.title, topic.number = "", None
        if no_meeting(topic.title):
            continue
        if topic.title or (mention.times and topic.presenters and not topic.number):
            mentions.append(mention)
    return mentions


_HONORED_PART = re.compile(r"^(?:đồng\s+chí|đ\s*/\s*c)\b", re.IGNORECASE)


def _honored_parts(cell: str) -> list[str]:
    """The parts of a cell that name someone after "đồng chí": 'Đ/c A – Tổ trưởng; Ban Giám
    đốc' → ['Đ/c A – Tổ trưởng']."""
    parts = [p.strip(" -–+") for p in re.split(r"\s*[;\n]\s*", cell)]
    return [p for p in parts if _HONORED_PART.match(p)]


def _helpers_columns(rows: list[list[str]], columns: dict[int, str]) -> dict[int, str]:
    """'Phối hợp' | 'Đ/c Võ Minh Quân – Tổ trưởng': a column of members who share the work gives
    presenters too, those named after "đồng chí" ('Ban Giám đốc công ty', 'Kiểm lâm địa bàn …'
    in it are no presenters). Only where most of its cells name someone so."""
    found: dict[int, str] = {}
    for j, heading in enumerate(rows[0]):
        if j in columns or not re.match(r"^(?:người\s+)?(?:phối\s+hợp|cùng\s+thực\s+hiện)\b",
                                        heading.strip(), re.IGNORECASE):  # fmt: skip
            continue
        cells = [row[j] for row in rows[1:] if j < len(row) and row[j].strip()]
        if cells and sum(bool(_honored_parts(c)) for c in cells) >= 0.5 * len(cells):
            found[j] = "helpers"
    return found


def _references_only(rows: list[list[str]], column: int) -> bool:
    cells = [row[column].strip() for row in rows[1:] if column < len(row) and row[column].strip()]
    # "Chuyên đề số 1 (theo Hướng dẫn)": a note in brackets does not make it a title
    bare = [re.sub(r"\s*\([^()]*\)\s*$", "", c) for c in cells]
    return bool(cells) and all(
        _REFERENCE.match(c) and (len(c.split()) <= 3 or not _REFERENCE.sub("", c).strip(" .:"))
        for c in bare
    )


def _listed_in_table(
    rows: list[list[str]], columns: dict[int, str], title_column: int, where: str
) -> list[Mention]:
    """'STT' | 'Tên chuyên đề' in a thematic plan: the list of its topics, each with the number
    it is met by elsewhere ('Chuyên đề 01' in the table of times and people)."""
    if "chuyen de" not in fold(rows[0][title_column]) and "chu de" not in fold(
        rows[0][title_column]
    ):
        return []
    number_column = next((i for i, n in columns.items() if n == "number"), None)
    mentions: list[Mention] = []
    for n, row in enumerate(rows[1:], start=1):
        title = row[title_column].strip() if title_column < len(row) else ""
        if len(title.split()) < 3:
            continue
        number = row[number_column].strip(" .") if number_column is not None else ""
        mention = Mention(ParsedTopic(number=int(number) if number.isdigit() else n), where=where)
        _inline(mention, title.replace("\n", " "))
        mentions.append(mention)
    return mentions


_REFERENCE_WORDS = re.compile(
    r"^(?:sinh\s+hoạt\s+)?(?:chuyên\s*đề|CĐ)\b\s*(?:của\s+)?", re.IGNORECASE
)


def _time_reference(mention: Mention) -> bool:
    """'Chuyên đề quý II (tháng 5)': a topic named by its time, not a title. The time is kept
    on the mention, to meet the topic of that time elsewhere."""
    title = mention.topic.title
    rest = _REFERENCE_WORDS.sub("", title)
    if rest == title or not _is_time_only(rest):
        return False
    mention.times.append(parse_time(rest))
    return True


def _matrix_mentions(rows: list[list[str]], columns: dict[int, str], where: str) -> list[Mention]:
    """A grid of people by time ('Đồng chí' | 'Quý I' | 'Quý II' …) whose cells name the topic
    each prepares then ('CĐ 1 – chủ trì (tháng 02/2026)'): a mention of that topic for every
    cell, with its column's time and the row's person."""
    header = rows[0]
    times = [i for i, n in columns.items() if n == "time" and parse_time(header[i]).quarters]
    if len(times) < 2:
        return []
    mentions: list[Mention] = []
    for row in rows[1:]:
        people = "; ".join(
            row[i].strip() for i, n in columns.items() if n == "presenters" and i < len(row)
        )
        for j in times:
            cell = row[j].strip() if j < len(row) else ""
            reference = _REFERENCE.match(cell)
            if not reference:
                continue
            mention = Mention(ParsedTopic(number=topic_number(reference.group(1))), where=where)
            mention.times += [parse_time(header[j]), parse_time(cell[reference.end() :])]
            if people:
                _set_people(mention.topic, people)
            mentions.append(mention)
    return mentions


def _reference_mentions(
    rows: list[list[str]], columns: dict[int, str], where: str
) -> list[Mention]:
    """An assignment table that names topics by number ('Chuyên đề 2', 'CĐ 2') and says who
    prepares each: merged later with the topic of that number."""
    mentions: list[Mention] = []
    for row in rows[1:]:
        told = _quoted_in_row(rows[0], row, columns, where)
        if told:
            mentions.extend(told)
            continue
        reference = next((m for m in (_REFERENCE.match(c.strip()) for c in row) if m), None)
        by_time = next((Mention(ParsedTopic(title=c.strip()), where=where) for c in row
                        if _REFERENCE_WORDS.match(c.strip())), None)  # fmt: skip
        if reference is None and (by_time is None or not _time_reference(by_time)):
            continue
        mention = by_time or Mention(ParsedTopic(), where=where)
        mention.topic.title = ""
        if reference is not None:
            mention.topic.number = topic_number(reference.group(1))
        for index, name in columns.items():
            value = row[index].strip() if index < len(row) else ""
            if value and name == "content" and by_time is not None and reference is None:
                # 'Tháng 5' | 'Phòng, chống đuối nước …' | 'Đ/c A' | 'Chuyên đề quý II': the row's
                # work is the topic the note names by its time
                first = value.split("\n")[0].strip()
                if "chuyen de" not in fold(first) and len(first.split()) >= 4:
                    mention.topic.title = _clean_title(first)
            elif value and name == "presenters":
                _set_people(mention.topic, value.replace("\n", "; "))
            elif value and name == "time":
                mention.times.append(_cell_time(rows[0][index], value))
        mentions.append(mention)
    return mentions


# A "chuyên đề" a school's teachers hold, not the cell's meeting: "Tổ chuyên môn thực hiện chuyên
# đề “…”", "Hội thảo chuyên đề …", "chuyên đề cấp trường" (not "Tổ chức sinh hoạt chuyên đề").
_PROFESSIONAL = re.compile(
    r"\b(?:tổ|khối|nhóm)\s+(?:chuyên\s+môn|bộ\s+môn)\b[^“\"]{0,40}\bchuyên\s*đề\b"
    r"|\b(?:hội\s+thảo|thao\s+giảng|dạy)\s+chuyên\s*đề\b"
    r"|\bchuyên\s*đề\s+(?:chuyên\s+môn|cấp\s+(?:trường|cụm|huyện|tỉnh))\b",
    re.IGNORECASE,
)


def professional(text: str) -> bool:
    return bool(_PROFESSIONAL.search(text))


def _quoted_in_row(
    header: list[str], row: list[str], columns: dict[int, str], where: str
) -> list[Mention]:
    """A row of a table of tasks ('Nhiệm vụ' | 'Thời gian' | 'Phân công') whose task is a topic
    named in quotes ('Sinh hoạt chuyên đề: “Tên”', '- SHCĐ (T3): “Tên” – KS. A trình bày'): the
    topic, at the row's time, prepared by the row's people. When the task cell lists several
    tasks line by line and the people cell has as many lines, the topic's line gives its people."""
    mentions: list[Mention] = []
    for index, cell in enumerate(row):
        if columns.get(index) in ("time", "presenters", "number"):
            continue
        cell_lines = [part.strip() for part in cell.split("\n") if part.strip()]
        for n, text in enumerate(cell_lines):
            match = _QUOTED_TOPIC.search(text)
            if not match or professional(text):
                continue
            mention = Mention(ParsedTopic(), where=where)
            title = _clean_title(match.group(match.re.groups))
            mention.topic.title = title[:1].upper() + title[1:]
            mention.times.append(parse_time(match.group("when") or ""))
            for column, name in columns.items():
                value = row[column].strip() if column < len(row) else ""
                if not value:
                    continue
                if name == "time":
                    mention.times.append(_cell_time(header[column], value))
                elif name == "presenters":
                    parts = [p.strip() for p in value.split("\n") if p.strip()]
                    mine = parts[n] if len(parts) == len(cell_lines) > 1 else "; ".join(parts)
                    # "A; chuẩn bị chuyên đề: B": the one labelled for the topic prepares it
                    labelled = [
                        found[1]
                        for clause in re.split(r"\s*[;\n]\s*", value)
                        if (found := label_of(clause)) and "chuyen de" in fold(clause.split(":")[0])
                    ]
                    _set_people(mention.topic, "; ".join(labelled) or mine)
            mentions.append(mention)
    return mentions


# -- merging -------------------------------------------------------------------------


def _similar(a: str, b: str) -> bool:
    """The same title, whatever the numbering, quotes or case: one contains the other word for
    word (a short form of at least three words), or most of their words are shared."""
    fa, fb = (" ".join(re.findall(r"\w+", fold(x))) for x in (a, b))
    if not fa or not fb:
        return False
    shorter, longer = sorted((fa, fb), key=len)
    if len(shorter.split()) >= 3 and f" {shorter} " in f" {longer} ":
        return True
    wa, wb = set(fa.split()), set(fb.split())
    return len(wa & wb) / len(wa | wb) >= 0.6


def _quarters_of(mention: Mention) -> set[int]:
    return {q for t in mention.times for q in t.quarters} | {
        quarter_of_month(n) for t in mention.times for n in t.months
    }


def _other_row(mention: Mention, other: Mention) -> bool:
    """Two rows of one schedule table, each with its own time, are two meetings, though one
    title holds the other (quý I "Quán triệt chuyên đề năm 2020 “X”", quý III "X")."""
    if not mention.row or not other.row or mention.row[0] != other.row[0]:
        return False
    if mention.row == other.row or mention.moved or other.moved:
        return False
    mine, theirs = _quarters_of(mention), _quarters_of(other)
    return bool(mine and theirs and not mine & theirs)


def _same_topic(mention: Mention, other: Mention) -> bool:
    a, b = mention.topic, other.topic
    if _other_row(mention, other):
        return False
    if a.title and b.title and _similar(a.title, b.title):
        return True
    # "Chuyên đề 2" in the assignment section is the section II's "Chuyên đề 2".
    same_number = a.number is not None and a.number == b.number
    return same_number and (not a.title or not b.title or mention.where != other.where)


def merge(mentions: list[Mention]) -> list[ParsedTopic]:
    groups: list[list[Mention]] = []
    by_time: list[Mention] = []
    for mention in mentions:
        if not mention.topic.title and mention.topic.number is None and mention.times:
            by_time.append(mention)  # "Chuyên đề quý II (tháng 5)": met by its time, below
            continue
        for group in groups:
            if any(_same_topic(m, mention) for m in group):
                group.append(mention)
                break
        else:
            groups.append([mention])
    for mention in by_time:
        fits = [g for g in groups if any(m.topic.title for m in g) and _same_time(g, mention)]
        if len(fits) == 1:
            fits[0].append(mention)
        else:
            groups.append([mention])
    return [_merge_group(group) for group in groups]


def _kept_times(mention: Mention) -> list[Time]:
    """A moved topic's times: the one it was moved to, and of the others only what agrees with
    it (the time it was moved from is no second time of the plan's)."""
    if not mention.moved or not mention.times:
        return mention.times
    to = mention.times[0]
    quarters = set(to.quarters) | {quarter_of_month(m) for m in to.months}
    if not quarters:
        return mention.times
    return [to] + [
        t
        for t in mention.times[1:]
        if set(t.quarters) <= quarters and {quarter_of_month(m) for m in t.months} <= quarters
    ]


def _same_time(group: list[Mention], mention: Mention) -> bool:
    """Does a topic named by its time ('quý II (tháng 5)') fit the topic of this group? Its
    quarter must be the group's and, when both say one, its month too."""
    quarters = {q for m in group for t in m.times for q in t.quarters}
    months = {n for m in group for t in m.times for n in t.months}
    quarters |= {quarter_of_month(n) for n in months}
    want_q = {q for t in mention.times for q in t.quarters}
    want_m = {n for t in mention.times for n in t.months}
    want_q |= {quarter_of_month(n) for n in want_m}
    if not want_q or not want_q <= quarters:
        return False
    return not (want_m and months) or want_m <= months


def _merge_group(group: list[Mention]) -> ParsedTopic:
    topic = group[0].topic
    for other in group[1:]:
        for name in ("title", "content", "form", "outputs", "preparer_note"):
            mine, theirs = getattr(topic, name), getattr(other.topic, name)
            if not mine:
                setattr(topic, name, theirs)
            elif theirs and fold(theirs) not in fold(mine) and name in ("content", "outputs"):
                setattr(topic, name, f"{mine}\n{theirs}")
            elif theirs and name == "form" and fold(theirs) != fold(mine):
                topic.alternatives.setdefault("form", [mine]).append(theirs)
                topic.conflicts.append(f"Hình thức ghi khác nhau: “{mine}” và “{theirs}”.")
            elif theirs and name == "preparer_note" and fold(theirs) not in fold(mine):
                setattr(topic, name, f"{mine}; {theirs}")
        known = {fold(p.name) for p in topic.presenters if p.name}
        for person in other.topic.presenters:
            if person.name and fold(person.name) not in known:
                topic.presenters.append(person)
                known.add(fold(person.name))
            elif not person.name and not topic.presenters:
                topic.presenters.append(person)
        topic.date = topic.date or other.topic.date
    _settle_time(topic, [t for m in group for t in _kept_times(m)])
    topic.presenters = _dedupe(topic.presenters)
    if any(p.name for p in topic.presenters):  # "Đảng viên trong chi bộ" beside named people
        # An office one person holds ("Phó Bí thư Chi bộ; đ/c A") stays, to be named from the
        # plan's list of its chi ủy (people.name_from_plan), which drops it if it cannot.
        topic.presenters = [p for p in topic.presenters if p.name or names_an_office(p.role_note)]
    return topic


def _dedupe(people: list[Person]) -> list[Person]:
    seen: set[str] = set()
    out: list[Person] = []
    for person in people:
        key = person_key(person.name) or fold(person.role_note)
        if key not in seen:
            seen.add(key)
            out.append(person)
    return out


def _settle_time(topic: ParsedTopic, times: list[Time]) -> None:
    quarters = list(dict.fromkeys(q for t in times for q in t.quarters))
    months = list(dict.fromkeys(m for t in times for m in t.months))
    if quarters:
        topic.quarter = quarters[0]
    if months:
        topic.month = months[0]
    if len(quarters) > 1:
        topic.alternatives["quarter"] = quarters
        topic.conflicts.append(
            "Kế hoạch ghi hai quý khác nhau cho chuyên đề này: "
            + " và ".join(f"Quý {roman(q)}" for q in quarters) + "."
        )  # fmt: skip
    if len(months) > 1:
        topic.alternatives["month"] = months
        topic.conflicts.append(
            "Kế hoạch ghi hai thời gian khác nhau cho chuyên đề này: "
            + " và ".join(f"tháng {m}" for m in months) + "."
        )  # fmt: skip
    if topic.quarter is None and topic.month:
        topic.quarter = quarter_of_month(topic.month)
    outside = [m for m in months if topic.quarter and quarter_of_month(m) != topic.quarter]
    for month in outside:
        topic.conflicts.append(f"Tháng {month} không thuộc Quý {roman(topic.quarter or 0)}.")
