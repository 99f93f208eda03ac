"""Topics told in running prose: one sentence of a resolution or a report that names the year's
topics one clause a quarter ("Trong năm, Chi bộ tổ chức 4 chuyên đề: quý I chuyên đề về “Tên”
(tháng 3); quý II chuyên đề về “Tên”, sinh hoạt vào kỳ tháng 6; …"), and a sentence that shares
them out by quarter ("chuyên đề quý I và quý IV do đồng chí A chuẩn bị; chuyên đề quý II do
Trưởng phòng B chuẩn bị"). Read only when no other reader found a topic: a plan that lists its
topics also tells them again in its prose, and the list is the better reading."""

from __future__ import annotations

import re

from .people import looks_like_name, named_in_clause, parse_people
from .schema import ParsedTopic, Person
from .text import Line, heading_level
from .times import quarter_of_month
from .topics import apart_people, label_of, parse_time

# The time that leads a clause before its quoted title: "quý I chuyên đề về", "Quý 2: chuyên
# đề", "tháng 9 sinh hoạt chuyên đề", "tháng sáu:" (a month in words). At most a few words
# between the time and the quote.
_LEAD = re.compile(
    r"(?:^|[\s:,(])(?:quý|tháng)\s+(?:IV|I{1,3}|\d{1,2}|giêng|chạp|mười(?:\s+(?:một|hai))?|"
    r"một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín)\b(?:[^“\"]{0,50})$",
    re.IGNORECASE,
)
# A clause led by the topic's place in the list: "Chuyên đề thứ nhất về", "chuyên đề cuối cùng
# (quý IV) về", "chuyên đề số 2:".
_ORDINAL = re.compile(
    r"(?:^|[\s.:,;])chuyên\s+đề\s+(?:thứ\s+\w+|cuối(?:\s+cùng)?|số\s*\d{1,2}|\d{1,2})\b[^“\"]{0,30}$",
    re.IGNORECASE,
)
# Where a clause turns to the people charged: "do đồng chí …", "giao đồng chí …", "đồng chí …".
_CHARGED = re.compile(r"\b(?:do|giao(?:\s+cho)?|đồng\s+chí|đ\s*/\s*c|đảng\s+viên)\s", re.I)
# Whom a clause gives a topic to: "chuyên đề quý I và quý IV do đồng chí A, Bí thư chuẩn bị".
_SHARE = re.compile(
    r"\bchuyên\s+đề\s+(?P<which>(?:(?:quý|tháng)\s+(?:IV|I{1,3}|\d{1,2})(?:\s*(?:,|và|&)\s*)?)+)"
    r"\s*(?:do|giao(?:\s+cho)?|cho)\s+(?P<who>.+?)\s+"
    r"(?:chuẩn\s+bị|trình\s+bày|phụ\s+trách|thực\s+hiện|báo\s+cáo|chủ\s+trì)\b",
    re.IGNORECASE,
)


def clauses(text: str) -> list[str]:
    """A sentence's clauses, cut at the semicolons outside quotes."""
    out: list[str] = []
    depth, start = 0, 0
    for k, char in enumerate(text):
        if char == "“":
            depth += 1
        elif char == "”":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            out.append(text[start:k])
            start = k + 1
    out.append(text[start:])
    return [c.strip() for c in out if c.strip()]


def _quoted(clause: str) -> tuple[str, str, str] | None:
    """The clause cut at its first quoted phrase (curly quotes, which may nest: “A “B””):
    what leads it, the phrase, what follows."""
    opened = clause.find("“")
    if opened < 0:
        return None
    depth = 0
    for k in range(opened, len(clause)):
        if clause[k] == "“":
            depth += 1
        elif clause[k] == "”":
            depth -= 1
            if depth == 0:
                return clause[:opened], clause[opened + 1 : k], clause[k + 1 :]
    return None


def _topic_of(clause: str) -> ParsedTopic | None:
    """A clause that tells one topic: led by its time ('quý I chuyên đề về “…”') or by its place
    in the list ('Chuyên đề thứ nhất về “…” sinh hoạt vào kỳ tháng 3'), its time before or after
    the title, the people it names after the time ('do đồng chí A, Bí thư Chi bộ chủ trì')."""
    parts = _quoted(clause)
    if parts is None:
        return None
    lead, title, tail = parts
    led = _LEAD.search(lead) or _ORDINAL.search(lead)
    title = " ".join(title.split()).strip(" .,")
    if not led or len(title.split()) < 3:
        return None
    # The time after the title, up to the people or a further quote: "(tháng 3)", ", sinh hoạt
    # vào kỳ tháng 6".
    tail = tail.split("“")[0]
    charged = _CHARGED.search(tail)
    time = parse_time(f"{led.group(0)} {tail[: charged.start()] if charged else tail}")
    if len(set(time.quarters)) > 1 or len(set(time.months)) > 1:
        return None
    topic = ParsedTopic(title=title)
    topic.month = time.months[0] if time.months else None
    topic.quarter = time.quarters[0] if time.quarters else None
    if topic.quarter is None and topic.month is not None:
        topic.quarter = quarter_of_month(topic.month)
    if topic.quarter is None:
        return None
    if charged:
        topic.presenters = _named(tail[charged.start() :])
        topic.preparer_note = tail[charged.start() :].strip(" ,.")
    return topic


# "đồng chí Phạm Văn Thiều", "đ/c …", "đảng viên Trần Đức Lâm": a person the clause charges.
_NAMED = re.compile(r"\b(?:đồng\s+chí|đ\s*/\s*c|đảng\s+viên)\s+(?=((?:[^\W\d_]+\s*){2,5}))", re.I)


def _named(text: str) -> list[Person]:
    people: list[Person] = []
    for match in _NAMED.finditer(text):
        words = []
        for word in match.group(1).split():
            if not word[:1].isupper():
                break
            words.append(word)
        name = " ".join(words)
        if 2 <= len(words) <= 5 and looks_like_name(name) and name not in [p.name for p in people]:
            people.append(Person(name, "", f"{match.group(0)}{name}".strip()))
    return people


def topics_in(lines: list[Line]) -> list[ParsedTopic]:
    """The topics a paragraph tells one clause each, each clause led by its quarter or month (or
    its place in the list) and naming its title in quotes; the paragraph must tell two or more,
    each of its own quarter, and speak of topics ('chuyên đề'). Else the lines that each tell one
    so ('c) Sinh hoạt chuyên đề (quý I) với chủ đề “…”: đ/c A chủ trì'), two or more, the month
    of each from the heading it stands under ('Tháng 3/2023') when it says none. Their people
    from the clause, or from any clause that shares the topics out by quarter."""
    from .topics import _is_time_only

    topics: list[ParsedTopic] = []
    for n, line in enumerate(lines):
        # The paragraph speaks of topics, or the line it follows and completes does ('Sinh hoạt
        # chuyên đề … vào các tháng sau:').
        lead_in = n > 0 and _leads_in(lines[n - 1])
        if line.is_table or ("chuyen de" not in line.folded and not lead_in):
            continue
        found = [t for t in (_topic_of(c) for c in clauses(line.text)) if t is not None]
        quarters = [t.quarter for t in found]
        if len(found) >= 2 and len(set(quarters)) == len(quarters):
            topics = found
            break
    if not topics:
        heading: int | None = None
        for line in lines:
            if not line.is_table and _is_time_only(line.text.strip(" :.")):
                months = parse_time(line.text).months
                heading = months[0] if len(months) == 1 else None
                continue
            if line.is_table or "chuyen de" not in line.folded:
                continue
            topic = _topic_of(line.text)
            if topic is None:
                continue
            if topic.month is None and heading is not None:
                topic.month = heading
            topics.append(topic)
        quarters = [t.quarter for t in topics]
        if len(topics) < 2 or len(set(quarters)) < len(quarters):
            topics = _when_who_what_lines(lines)
    if topics:
        _share_out(topics, lines)
    return topics


def more_told(topics: list[ParsedTopic], lines: list[Line]) -> list[ParsedTopic]:
    """The topics the other readers found or, when a paragraph tells them one a clause
    (topics_in) and holds all of those and more, the paragraph's: a reader of one topic a line
    took only its first clause ('Tháng ba: “A” (…); tháng sáu: “B” (…); …')."""
    told = topics_in(lines)
    if not topics:
        return told
    titles = {" ".join(t.title.split()).casefold() for t in told}
    if len(told) > len(topics) and all(
        " ".join(t.title.split()).casefold() in titles for t in topics
    ):
        return told
    return topics


def _leads_in(line: Line) -> bool:
    """A line that speaks of topics and ends on a colon: what follows it tells them."""
    return not line.is_table and "chuyen de" in line.folded and line.text.rstrip().endswith(":")


def _when_who_what_lines(lines: list[Line]) -> list[ParsedTopic]:
    """Lines that each tell a topic as 'Tháng 5/2024, đồng chí A – Phó Bí thư, chuyên đề: Tên.'
    (topics._when_who_what, the one reader of that sentence), read here outside a part about
    topics (a resolution's tasks) when two lines or more tell one so."""
    from .topics import _when_who_what

    topics: list[ParsedTopic] = []
    for line in lines:
        told = [] if line.is_table else _when_who_what(line.text, "")
        for mention in told:
            topic, time = mention.topic, mention.times[0]
            topic.month = time.months[0] if time.months else None
            topic.quarter = time.quarters[0] if time.quarters else None
            if topic.quarter is None and topic.month is not None:
                topic.quarter = quarter_of_month(topic.month)
            if topic.quarter is not None:
                topics.append(topic)
    return topics if len(topics) >= 2 else []


def _people(who: str) -> list[Person]:
    people = [p for p in parse_people(apart_people(who)) if p.name]
    if people:
        return people
    people = named_in_clause(who)
    if people:
        return people
    # A post, then the name: "Trưởng phòng Tổ chức – Hành chính Phan Thị Thu Hà".
    words = who.split()
    run = 0
    while run < min(5, len(words)) and words[-1 - run][:1].isupper():
        run += 1
    name, post = " ".join(words[len(words) - run :]), " ".join(words[: len(words) - run])
    if 2 <= run <= 5 and len(post.split()) >= 2 and looks_like_name(name):
        return [Person(name, post.strip(" ,–-"), who)]
    return []


def _share_out(topics: list[ParsedTopic], lines: list[Line]) -> None:
    by_quarter = {t.quarter: t for t in topics}
    for line in lines:
        if line.is_table or "chuyen de" not in line.folded:
            continue
        for clause in clauses(line.text):
            for match in _SHARE.finditer(clause):
                time = parse_time(match.group("which"))
                quarters = time.quarters or [quarter_of_month(m) for m in time.months]
                people = _people(match.group("who"))
                for quarter in quarters:
                    topic = by_quarter.get(quarter)
                    if topic is not None and people and not topic.presenters:
                        topic.presenters = list(people)
                        topic.preparer_note = match.group("who").strip(" ,.")


# An item that is only its time, as a heading of the lines under it: "1/ Tháng 3 (quý 1):",
# "Quý II (tháng 5):".
_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\s*[./)]\s*(?!\d)")
# Whom a line addresses as the one charged ("a Y Khai Niê", "chị H’Nga Mlô", "đồng chí Lê Văn
# An"): a word of courtesy, then the name.
_COURTESY = re.compile(r"^(?:a|anh|chị|ông|bà|cô|thầy|đồng\s+chí|đ\s*/\s*c)\.?\s+(?=\S)", re.I)
_DOING = re.compile(
    r"\s+(?:chuẩn\s+bị|chủ\s+trì|trình\s+bày|báo\s+cáo|phụ\s+trách|thực\s+hiện)\b.*$",
    re.IGNORECASE,
)


# "I/03", "IV/12": a quarter in roman numerals and a month, in a "Quý/Tháng" column.
_QUARTER_MONTH = re.compile(r"^(IV|I{1,3})\s*/\s*(\d{1,2})$")
# An item's number alone on its line: the first cell of a table's row written as text.
_BARE_NUMBER = re.compile(r"^\d{1,2}\s*[./)]?$")


def _time_item(line: Line, before: Line | None = None) -> tuple[int | None, int | None] | None:
    from .topics import _is_time_only

    if line.is_table:
        return None
    # A row of a table written as text, one cell a line: its number, then its time alone
    # ('1' / 'I/03' / title / 'Thực hiện: đ/c …').
    after_number = (
        before is not None and not before.is_table and bool(_BARE_NUMBER.match(before.text.strip()))
    )
    if after_number:
        compact = _QUARTER_MONTH.match(line.text.strip())
        if compact and 1 <= int(compact.group(2)) <= 12:
            return ("I", "II", "III", "IV").index(compact.group(1)) + 1, int(compact.group(2))
    elif not line.text.rstrip().endswith(":"):
        return None
    said = _ITEM_NUMBER.sub("", line.text.strip()).rstrip(" :")
    if not said or not _is_time_only(said):
        return None
    time = parse_time(said)
    if len(set(time.months)) > 1 or len(set(time.quarters)) > 1:
        return None
    month = time.months[0] if time.months else None
    quarter = time.quarters[0] if time.quarters else None
    if quarter is None and month is not None:
        quarter = quarter_of_month(month)
    return (quarter, month) if quarter is not None else None


def _addressed(text: str) -> list[Person]:
    """The people a line charges, each addressed by a word of courtesy: 'a Y Khai Niê + a Y
    Thuân Ayun (công an viên) chuẩn bị', 'a A chủ trì, a B báo cáo số hộ'; [] when a part of it
    addresses no one."""
    text = re.sub(r"\([^()]*\)?", " ", text)
    people: list[Person] = []
    for part in re.split(r"\s*(?:[+,;&]|\bvà\b)\s*", text):
        part = _DOING.sub("", part.strip())
        if not part:
            continue
        courtesy = _COURTESY.match(part)
        if not courtesy:
            return []
        words = part[courtesy.end() :].split()
        if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
            return []
        people.append(Person(" ".join(words), "", part))
    return people


def time_items(lines: list[Line], about: bool) -> list[ParsedTopic]:
    """Topics as a message lists them: items that are only their time ('1/ Tháng 3 (quý 1):'),
    each over its title (a line or a few, unlabelled) and a line charging people by a word of
    courtesy ('a Y Nghiêl Êban chuẩn bị'). Two items at least, in a document about topics."""
    from .shapes import names_a_person

    if not about:
        return []
    marks = [
        (i, t)
        for i, t in (
            (i, _time_item(line, lines[i - 1] if i else None)) for i, line in enumerate(lines)
        )
        if t
    ]
    if len(marks) < 2 or len({t for _, t in marks}) < len(marks):
        return []
    topics: list[ParsedTopic] = []
    for n, (i, (quarter, month)) in enumerate(marks):
        end = marks[n + 1][0] if n + 1 < len(marks) else min(len(lines), i + 6)
        title: list[str] = []
        people: list[Person] = []
        for line in lines[i + 1 : end]:
            if line.is_table or line.bullet or heading_level(line.text) in (0, 1):
                break
            if _BARE_NUMBER.match(line.text.strip()):
                break  # the next row's number
            label = label_of(line.text)
            if label and label[0] == "presenters":  # 'Thực hiện: đ/c A – giáo viên; đ/c B'
                got = parse_people(apart_people(label[1]))
                people += [p for p in got if p.name]
                if people:
                    continue
                break
            named = names_a_person(line.text) or _COURTESY.match(line.text)
            got = _addressed(line.text) if named else []
            if got:
                people += got
            elif people:
                break
            elif len(title) < 3:
                title.append(line.text.strip())
        words = " ".join(title).split()
        if not 3 <= len(words) <= 40:
            return []  # an item that names no topic: not this shape
        topic = ParsedTopic(title=" ".join(words).rstrip(" .;,"), quarter=quarter, month=month)
        topic.presenters = people
        topics.append(topic)
    return topics
