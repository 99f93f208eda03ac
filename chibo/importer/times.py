"""Times as a reader takes them, rewritten into the one grammar `topics.parse_time` reads.

A day range within a month ("10/10 – 20/10/2022", "từ 09 – 15/9/2024") places the meeting in
that month; one over two months of a quarter ("31/10 – 05/11/2022") in that quarter, no month
(over two quarters, "25/3 – 5/4/2025", in the month of its last day); one over three months or
more ("Từ 01/01 đến 31/3/2021") is a quarter, no month of its own; a quarter with its year ("Q4/2022", "Quý I/2024")
is a quarter, not month 4 or 1 of that year. Months in words ("tháng Mười một") are read by
`topics._month_digits`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from chibo.lib.vietnamese import fold

# A heading naming a quarter ('Quý I', 'Q.2'), over the months of a grid.
QUARTER_HEAD = re.compile(r"(?:quý|q\.?)\s*(?:IV|III|II|I|[1-4])\b", re.IGNORECASE)
# A half-year, as a heading: "Sáu tháng đầu năm", "6 tháng cuối năm 2013".
HALF_YEAR = re.compile(r"^(?:sáu|6)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?$", re.IGNORECASE)

_DAY_RANGE = re.compile(
    r"(?<![\w/])(?<!tháng )(?<!Tháng )(?:(?:từ|Từ)\s+)?(?:(?:ngày|Ngày)\s+)?(\d{1,2})(?:\s*/\s*(\d{1,2}))?"
    r"\s*(?:[-–—]|đến)\s*(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])"
)
_QUARTER_YEAR = re.compile(r"\b(Q\.?|qu[ýí])\s*(IV|III|II|I|[1-4])\s*/\s*(\d{4})\b", re.IGNORECASE)
# A span between two dates of different years: an anniversary in a title ("Kỷ niệm 30 năm thành
# lập xã (24/4/1993 – 24/4/2023)"), not the time of a meeting.
_YEARS_SPAN = re.compile(
    r"(?<![\d/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*(\d{4})\s*(?:[-–—]|đến)\s*"
    r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*(\d{4})(?![\d/])"
)
# The time a meeting was moved FROM: "Tháng 10/2025 (lùi từ tháng 9)", "chuyển từ quý II".
_MOVED_FROM = re.compile(
    r"\b(?:lùi|chuyển|dời|hoãn)(?:\s+lại)?\s+từ\s+(?:kỳ\s+(?:sinh\s+hoạt\s+|họp\s+)?)?"
    r"(?:tháng|quý|quí)\s*(?:IV|III|II|I|\d{1,2})\b(?:\s*/\s*\d{4})?",
    re.IGNORECASE,
)
# Months of one quarter written as a list or a span: "tháng 4, 5, 6", "tháng 4,5 và 6/2025",
# "Tháng 7 - 9/2025", "tháng 10 – 12", "T4 – T6". The list ends the time (a bracket, a
# stop, a year, the end): "tháng 3, 4 đảng viên" is no list of months.
_MONTH_LIST = re.compile(
    r"(?:\b(?:từ|Từ|TỪ)\s+)?\b(?:tháng|Tháng|THÁNG)\s+(\d{1,2})((?:\s*(?:,|&|\+|và|hoặc|[-–—]|đến)\s*(?:(?:tháng|Tháng|THÁNG)\s+)?\d{1,2}){1,2})"
    r"(?:\s*/\s*(\d{4}))?(?=\s*(?:$|[),.;:–—-]|năm\b|\(|quý\b|Quý\b|QUÝ\b))(?!\s*/\s*\d)"
)
_SHORT_SPAN = re.compile(
    r"\bT\.?(\d{1,2})\s*[-–—]\s*(?:T\.?)?(\d{1,2})\b(?:\s*/\s*(\d{4})\b)?(?!\s*/\s*\d)"
)
# Two months each with its year: "Tháng 12/2024 – 01/2025", "T12/2024 - T1/2025".
_YEARS_MONTHS = re.compile(
    r"\b(?:tháng|T\.?)\s*(\d{1,2})\s*/\s*(\d{4})\s*(?:[-–—]|đến)\s*(?:tháng\s*|T\.?\s*)?"
    r"(\d{1,2})\s*/\s*(\d{4})\b",
    re.IGNORECASE,
)
# Two quarters next to each other as a span: "Quý II – III", "quý 2 đến quý 3/2025".
_QUARTER_SPAN = re.compile(
    r"\b(?:qu[ýí]|Q\.?)\s*(IV|III|II|I|[1-4])\s*(?:[-–—]|đến)\s*(?:(?:qu[ýí]|Q\.?)\s*)?"
    r"(IV|III|II|I|[1-4])\b(?:\s*[/-]\s*(\d{4})\b)?(?![\d.])",
    re.IGNORECASE,
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
# A quarter written with a leading zero ("quý 03") or after a spaced "Q" ("Q 2", "Q II/2025").
_QUARTER_ZERO = re.compile(r"\b(qu[ýí])\s*0([1-4])\b", re.IGNORECASE)
_Q_SPACED = re.compile(r"\bQ\s+(?=(?:IV|III|II|I|[1-4])(?:\s*[/-]\s*\d{4})?\s*(?:$|[),;(–—-]))")
# A month written short with a space, as a time on its own: "th 03-2025", "Th 3", "T 3/2025",
# "T. 5". Only where the time ends (a year, a bracket, a stop, the end): "T 3 tầng" is none.
_SPACED_SHORT_MONTH = re.compile(
    r"\b(?:th|Th|TH|T)\.?\s+(\d{1,2})(?=\s*(?:[/-]\s*\d{4}\b)?\s*(?:$|[),;:(]|năm\b|"
    r"[-–—]\s*(?:Q\.?\s?|[Qq]u[ýí]\s+)(?:IV|III|II|I|[1-4])\b))"
)  # "T 8 - Q3": the month, then its quarter
# A scan's OCR reads the "T" of a month after a quarter as a "1": "Q1 (13)", "Quý I. (13)" for
# "Q1 (T3)". Only a number no month is (13 and over) whose last digit is a month of that quarter.
_OCR_T_AS_ONE = re.compile(
    r"\b((?:qu[ýí]\s*|Q\.?\s*)(IV|III|II|I|[1-4])\.?\s*\(\s*)1([1-9])(?=\s*\))", re.IGNORECASE
)
# "Tháng" torn by a photo's OCR of a wrapped cell: "áng 3 (quý Thá 1)" for "Tháng 3 (quý 1)":
# the word's tail opening the cell, its head left between a quarter and its number.
_TORN_MONTH = re.compile(r"^(\W*)(?:h|H)?áng\s+(?=\d{1,2}\b)")
_TORN_QUARTER = re.compile(
    r"\b(qu[ýí])\s+(?:Th|TH|th)[áa]?n?\s+(?=(?:IV|III|II|I|[1-4])\b)", re.IGNORECASE
)
# The part of a day before its date: "sáng 20/3", "chiều ngày 5/9/2025" (the date is the day's).
_DAY_PART = re.compile(
    r"\b(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?(?=\d{1,2}\s*/\s*\d{1,2}\b)", re.IGNORECASE
)
# "th.3", "th 3": a month written short in lower case ("T.3", "Th.3" are read as they are).
_TH_MONTH = re.compile(r"\bth\.\s?(\d{1,2})\b(?![.,]\d)")
# The weekday before a date: "Thứ Sáu, ngày 13/5/2022", "thứ 7 (20/4/2024)", "Chủ nhật 12/5".
_WEEKDAY = re.compile(
    r"\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*[,(]?\s*(?=(?:ngày\s+)?\d{1,2}\s*/)",
    re.IGNORECASE,
)
# The weekday written short before a date: "T5 ngày 20/3", "T7, 22/3/2025", "CN (23/3)": no month.
_SHORT_WEEKDAY = re.compile(
    r"\b(?:T[2-7]|CN)\s*[,(]?\s+(?=(?:ngày\s+)?\d{1,2}\s*/)|\b(?:T[2-7]|CN)\s*[,(]\s*(?=\d{1,2}\s*/)"
)
# A day and month led by a word of time: "dự kiến 20/3", "vào 20/3", "khoảng 15/4": that day.
_LED_DAY = re.compile(
    r"\b(?:dự\s+kiến|vào|khoảng|hạn)\s*:?\s+(?=\d{1,2}\s*/\s*\d{1,2}\b(?!\s*/\s*\d{1,2}\b))",
    re.IGNORECASE,
)
# "Quý" misspelt or typed without its marks, or glued to its numeral: "Qúy II", "Quy III",
# "QUY 2", "Quý1", "quýI"; only before a quarter's numeral ("quy chế", "quy 10 điểm" are none).
_QUARTER_SPELLED = re.compile(
    r"\b(?:Q[uú][yýỳ]|q[uú][yýỳ]|QU[YÝỲ]|QÚY)\s*(?=(?:IV|III|II|I|[1-4])\b(?!\s*(?:điểm|lần)\b))"
)
# "Thang 3/2025", "THANG 10" opening a time: "tháng" typed without its mark (not "thang 10
# điểm", a scale, in a sentence).
_MONTH_UNMARKED = re.compile(
    r"(?:^(\W*)(?:Thang|THANG)\s+(?=\d{1,2}\b)|\b()(?:Thang|THANG|thang)\s+(?=\d{1,2}\s*[/-]\s*\d{4}\b))"
)


# A month and its year, or a whole date, written with dots or hyphens ("03.2026", "03-2026",
# "15.3.2026", "15-03-2026"): written with slashes, as the readers take them. A school year
# ("2025-2026") or a document's number ("05-CT/TW") has no such shape.
_DOTTED_DATE = re.compile(
    r"(?<![\w./-])(?:(0?[1-9]|[12]\d|3[01])([.-]))?(0?[1-9]|1[0-2])([.-])((?:19|20)\d{2})(?![\w/]|[.-]\d)"
)


def _dotted_date(match: re.Match[str]) -> str:
    if match.group(2) and match.group(2) != match.group(4):
        return match.group(0)  # "15.3-2026": no date
    day = f"{match.group(1)}/" if match.group(1) else ""
    return f"{day}{match.group(3)}/{match.group(5)}"


def _range(match: re.Match[str]) -> str:
    first, first_month, day, month, year = match.groups()
    if not (1 <= int(first) <= 31 and 1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return match.group(0)
    if first_month and not 1 <= int(first_month) <= 12:
        return match.group(0)
    if first_month and int(month) - int(first_month) >= 2:
        # "Từ 01/01 đến 31/3/2021": a period of months (a quarter), not the day of a meeting
        return f"tháng {int(first_month)} đến tháng {int(month)}" + (f" năm {year}" if year else "")
    quarter = _one_quarter([int(first_month), int(month)]) if first_month else None
    if quarter is not None:
        # "Tuần 9 (31/10 – 05/11/2022)": days of two months of one quarter, neither month the
        # meeting's: that quarter (over two quarters, the last day's month, as before)
        return f"quý {quarter}" + (f" năm {year}" if year else "")
    return f"ngày {int(day)}/{int(month)}" + (f"/{year}" if year else "")


def quarter_of_month(month: int) -> int:
    """The calendar quarter a month (1–12) lies in."""
    return (month - 1) // 3 + 1


def _one_quarter(months: list[int]) -> int | None:
    """The quarter of months that all lie in it, in order (a list or a span of them)."""
    if len(months) < 2 or not all(1 <= m <= 12 for m in months):
        return None
    if any(b <= a for a, b in zip(months, months[1:], strict=False)):
        return None
    quarters = {quarter_of_month(m) for m in months}
    return quarters.pop() if len(quarters) == 1 else None


def _across(months: list[int]) -> bool:
    """Months next to each other that lie in two quarters ('tháng 6 – 7', 'T12/2024 – T1/2025'):
    the plan leaves the month open between them, and the quarter with it."""
    if len(months) < 2 or not all(1 <= m <= 12 for m in months):
        return False
    steps = zip(months, months[1:], strict=False)
    if not all(b == a + 1 or (a, b) == (12, 1) for a, b in steps):
        return False
    return len({(m - 1) // 3 for m in months}) > 1


def _open_span(first: int, last: int, year: str | None) -> str:
    """A span of months `parse_time` reads as no time of its own (not a quarter, no month);
    "trong" keeps it a time to `topics._is_time_only`, which reads a span as none."""
    return f"trong tháng {first} đến tháng {last}" + (f" năm {year}" if year else "")


def _of_months(months: list[int], year: str | None, said: str) -> str:
    quarter = _one_quarter(months)
    if quarter is not None:
        return f"quý {quarter}" + (f" năm {year}" if year else "")
    if _across(months):
        return _open_span(months[0], months[-1], year)
    return said


def _month_list(match: re.Match[str]) -> str:
    months = [int(match.group(1)), *(int(n) for n in re.findall(r"\d{1,2}", match.group(2)))]
    listed = re.search(r",|&|\+|\bvà\b|\bhoặc\b", match.group(2))
    if listed and _one_quarter(months) is None and not _across(months):
        return match.group(0)  # "tháng 3, 9": two months apart named, each kept (and flagged)
    # "tháng 3, 4": months next to each other over a quarter's edge leave the time open, as a
    # span of them does
    return _of_months(months, match.group(3), match.group(0))


def _short_span(match: re.Match[str]) -> str:
    months = [int(match.group(1)), int(match.group(2))]
    return _of_months(months, match.group(3), match.group(0))


def _ocr_t_as_one(match: re.Match[str]) -> str:
    quarter = _ROMAN.get(match.group(2).upper()) or int(match.group(2))
    month = int(match.group(3))
    if int(f"1{month}") <= 12 or quarter_of_month(month) != quarter:
        return match.group(0)
    return f"{match.group(1)}T{month}"


def _quarter_span(match: re.Match[str]) -> str:
    """'Quý II – III': the plan leaves the quarter open between the two; written as the span of
    their months, which `parse_time` reads as no time of its own."""
    first, last = (_ROMAN.get(q.upper()) or int(q) for q in match.groups()[:2])
    if last != first + 1:
        return match.group(0)
    return _open_span(3 * first - 2, 3 * last, match.group(3))


def _years_months(match: re.Match[str]) -> str:
    first, first_year, last, last_year = match.groups()
    months = [int(first), int(last)]
    if first_year == last_year:
        return _of_months(months, last_year, match.group(0))
    if _across(months):  # "tháng 12/2024 – 01/2025"
        return _open_span(months[0], months[-1], last_year)
    return match.group(0)


def time_text(text: str) -> str:
    """`text` with its day ranges and year-qualified quarters written the plain way, a weekday
    before a date left out, and months of one quarter listed or spanned ('tháng 4, 5, 6',
    'tháng 7 – 9/2025') written as that quarter: the meeting's month is not said."""
    if _TH_MONTH.search(text):
        text = _TH_MONTH.sub(r"tháng \1", text)
    text = _DOTTED_DATE.sub(_dotted_date, text)
    text = _TORN_QUARTER.sub(r"\1 ", _TORN_MONTH.sub(r"\1tháng ", text))
    text = _SPACED_SHORT_MONTH.sub(r"tháng \1", text)
    text = _QUARTER_SPELLED.sub("quý ", text)
    text = _MONTH_UNMARKED.sub(lambda m: (m.group(1) or "") + "tháng ", text)
    text = _QUARTER_ZERO.sub(r"\1 \2", text)
    text = _Q_SPACED.sub("Q", text)
    text = _QUARTER_SPAN.sub(_quarter_span, text)
    text = _OCR_T_AS_ONE.sub(_ocr_t_as_one, text)
    if "/" in text:
        text = _WEEKDAY.sub("", text)
        text = _SHORT_WEEKDAY.sub("", text)
        text = _LED_DAY.sub(lambda m: m.group(0) + "ngày ", text)
        text = _DAY_PART.sub("ngày ", text)
        text = _YEARS_MONTHS.sub(_years_months, text)
        text = _YEARS_SPAN.sub(lambda m: " " if m.group(1) != m.group(2) else m.group(0), text)
        text = _QUARTER_YEAR.sub(lambda m: f"quý {m.group(2)} năm {m.group(3)}", text)
        text = _DAY_RANGE.sub(_range, text)
    text = _MOVED_FROM.sub(" ", text)
    text = _SHORT_SPAN.sub(_short_span, text)
    return _MONTH_LIST.sub(_month_list, text)


def column_unit(heading: str) -> str | None:
    """The unit of a column of bare numerals ('I', '02'): 'quy' or 'thang', from its heading,
    also when a two-row heading was read as one ('Thời gian – Quý', 'Thời gian\\nTháng')."""
    words = set(re.findall(r"\w+", fold(heading)))
    if "quy" in words and "thang" not in words:
        return "quy"
    if "thang" in words and "quy" not in words:
        return "thang"
    return None


def bare_unit_value(value: str) -> str | None:
    """'I', 'II.', '02': a numeral alone in a cell of a quarter or month column."""
    bare = value.strip().rstrip(".")
    return bare if re.fullmatch(r"[IVX]{1,4}|\d{1,2}", bare) else None


class _Said(Protocol):
    quarters: list[int]
    months: list[int]


def heads_what_follows(said: Sequence[_Said], text: str, line: _Said) -> bool:
    """A line that says only a quarter, met after a topic's time field has told its time
    ('Thời gian: tháng 11/2017' then 'QUÝ I/2018'): it heads the topics below it. One in
    brackets that agrees ('Thời gian: tháng 3' then '(Quý I)') continues the field; so does a
    time under a label that told none yet ('Thời gian:' then 'Quý I')."""
    told = {q for t in said for q in t.quarters} | {
        quarter_of_month(m) for t in said for m in t.months
    }
    if not told or not line.quarters:
        return False
    return not (text.strip().startswith("(") and set(line.quarters) <= told)


_UNIT_CELLS = {"quy", "thang", "ngay", "tuan", "thoi gian", "thoi diem"}


def two_row_header(rows: list[list[str]]) -> list[list[str]]:
    """A table whose time column is split in a second header row ('Thời gian' over 'Quý' |
    'Tháng'): one header row, each sub-column named with its unit ('Thời gian – Quý'). The first
    row is as wide as the second (a merged cell repeated) or shorter by the split (a scan)."""
    if len(rows) < 3:
        return rows
    top, units = rows[0], rows[1]
    subs = [j for j, cell in enumerate(units) if cell.strip()]
    if not subs or any(fold(units[j]).strip(" .:") not in _UNIT_CELLS for j in subs):
        return rows
    if len(subs) < 2 or len(top) > len(units) or len(units) - len(top) > len(subs) - 1:
        return rows
    header: list[str] = []
    shift = len(units) - len(top)  # sub-columns beyond the first of their parent, in a scan
    k = 0  # the next cell of the first row
    for j, unit in enumerate(units):
        if unit.strip() and j > 0 and units[j - 1].strip() and shift > 0:
            shift -= 1  # a further sub-column of the same parent: the first row has no cell here
            parent = top[k - 1] if k > 0 else ""
        else:
            parent = top[k] if k < len(top) else ""
            k += 1
        header.append(f"{parent} – {unit}" if unit.strip() and parent.strip() else unit or parent)
    return [header, *rows[2:]]


# A topic held in a regular meeting: "ghép với kỳ sinh hoạt thường kỳ tháng 4", "lồng ghép vào
# kỳ sinh hoạt tháng 11", "kết hợp sinh hoạt chi bộ tháng 6", "ghép cùng buổi họp chi bộ định kỳ
# của quý II": up to 40 characters of the meeting's name before its time, within the clause.
_HELD_WITH = re.compile(
    r"\b(?:lồng\s+ghép|ghép|kết\s+hợp)\b(?:\s+(?:với|vào|cùng|trong))?\s+(?:kỳ\s+|buổi\s+)?"
    r"(?:sinh\s+hoạt|họp)\b[^;.]{0,40}?"
    r"\b(?P<time>(?:tháng|quý)\s+[^\s,;.()]+(?:\s*/\s*\d{4})?)",
    re.IGNORECASE,
)


def held_with(text: str) -> str | None:
    """The time of the regular meeting a topic's form says holds it ('ghép với kỳ sinh hoạt
    thường kỳ tháng 4, trước ngày bầu cử' → 'tháng 4'), or None."""
    match = _HELD_WITH.search(text)
    return match.group("time") if match else None


class _Timed(Protocol):
    quarter: int | None
    month: int | None
    conflicts: list[str]


def flag_months_outside(topics: Sequence[_Timed]) -> None:
    """A topic whose month lies outside the quarter written for it ('Quý III (tháng 10)') keeps
    both, flagged, whichever reader set them."""
    for topic in topics:
        if topic.quarter is None or topic.month is None:
            continue
        if quarter_of_month(topic.month) == topic.quarter:
            continue
        if any("không thuộc Quý" in c for c in topic.conflicts):
            continue
        topic.conflicts.append(f"Tháng {topic.month} không thuộc Quý {_ROMAN_OF[topic.quarter]}.")


_ROMAN_OF = {1: "I", 2: "II", 3: "III", 4: "IV"}


class _Ordered(_Timed, Protocol):
    inferred: dict[str, str]


# Why a quarter the file leaves open can still be told: thematic meetings are held at least once
# a quarter (the one home of that rule: chibo.rules.meetings.SOURCE_QUARTERLY).
INFERRED_BY_ORDER = "theo thứ tự các chuyên đề trong kế hoạch (mỗi quý ít nhất một chuyên đề)"


def inferred_quarter(quarter: int, why: str) -> str:
    """What the warning and the review screen say of a quarter the reader inferred."""
    return f"máy suy ra Quý {_ROMAN_OF[quarter]} {why}: xin kiểm tra."


def quarters_by_order(topics: Sequence[_Ordered]) -> None:
    """A topic the plan gives no time, between topics it lists in the order of the year, takes
    the quarter that order leaves it — and only when one quarter is possible:
    - between two topics of the same quarter (or before the first of quarter I, after the last
      of quarter IV), that quarter;
    - where the topics around it skip quarters and as many untimed topics stand in the gap as
      quarters are missing from the whole plan there ('Quý I' · untimed · 'Quý III' → Quý II),
      the missing quarters in order: a cell meets on a topic at least once a quarter
      (chibo.rules.meetings.SOURCE_QUARTERLY) — only when the quarters left empty across the
      plan's span are as many as its untimed topics (three topics in a year cannot fill four).
    Nothing is inferred when the timed topics are not in the order of the year (a school year,
    topics grouped by presenter) or when fewer than two topics are timed. The quarter is marked
    `inferred`, with why, for the review screen; no month is ever inferred."""
    quarters_of = [_quarter(t) for t in topics]
    timed = [q for q in quarters_of if q is not None]
    if len(timed) < 2 or any(a > b for a, b in zip(timed, timed[1:], strict=False)):
        return
    # The quarters the plan's span leaves without a topic must be as many as its untimed
    # topics, else the premise fails ('?' · 'Quý II' · 'Quý IV': I and III for one topic).
    first = 1 if quarters_of[0] is None else timed[0]
    last = 4 if quarters_of[-1] is None else timed[-1]
    empty = [q for q in range(first, last + 1) if q not in timed]
    each_quarter = len(empty) == quarters_of.count(None)
    index = 0
    while index < len(topics):
        if quarters_of[index] is not None:
            index += 1
            continue
        end = index
        while end < len(topics) and quarters_of[end] is None:
            end += 1
        before = quarters_of[index - 1] if index > 0 else None
        after = quarters_of[end] if end < len(topics) else None
        low, high = before or 1, after or 4
        missing = [q for q in range(low, high + 1) if q not in timed]
        if low == high:
            quarters = [low] * (end - index)
        elif each_quarter and len(missing) == end - index:
            quarters = missing
        else:
            quarters = []
        for topic, quarter in zip(topics[index:end], quarters, strict=False):
            topic.quarter = quarter
            topic.inferred["quarter"] = INFERRED_BY_ORDER
        index = end


def _quarter(topic: _Timed) -> int | None:
    if topic.quarter is not None:
        return topic.quarter
    return quarter_of_month(topic.month) if topic.month is not None else None
