"""What a plan writes beside its topics and is none of them (round 10 of issue 17).

Plans put next to the year's topics things that read like them:

- a table or section of the REGULAR monthly meetings ("1. Sinh hoạt chi bộ thường kỳ" over a
  table 'Tháng | Nội dung trọng tâm'), and lines of a schedule that say a month's meeting is the
  regular one ("Ngày 25/3: sinh hoạt thường kỳ tháng 3, kết hợp sinh hoạt chuyên đề quý I");
- a section looking BACK (last year's topics and their results, the reasons for changing a
  plan: "I. ĐÁNH GIÁ VIỆC SINH HOẠT CHUYÊN ĐỀ NĂM 2019", "I. LÝ DO ĐIỀU CHỈNH");
- the points of a topic, bulleted under its title in the same cell of a table;
- the GUESTS of a meeting ("Người dự", "Thành phần", "Mời dự, chỉ đạo"), in a column or a line;
- a note that a meeting is moved ("Chi ủy thống nhất lùi chuyên đề quý II sang tháng 6"): no
  topic, but in a table's row it gives the meeting its new month ("Chuyển sang tháng 8/2025");
- among the people of a topic, a body or a group ("Tổ Quản lý mạng lưới", "Chi ủy").

`without_decoys` takes these out of the lines before the topics are read; `real_topics` drops
what still came through, and `real_people` the groups among the presenters.
"""

from __future__ import annotations

import dataclasses
import re

from chibo.lib.vietnamese import fold

from .moves import moved_month, moving_note
from .schema import ParsedTopic, Person
from .text import Line, heading_level, is_caps
from .times import quarter_of_month, two_row_header

# A heading's words after its number: "II.", "1.", "2.1.", "a)", "PHẦN I".
_NUMBER = re.compile(
    r"^\s*(?:phan\s+(?:thu\s+)?\w+\s*[:.\-–]?\s*|(?:[ivx]+|\d+(?:\.\d+)*|[a-z])\s*[.)/]\s*)"
)

# The regular meeting: "sinh hoạt (chi bộ) thường kỳ / định kỳ", "họp thường kỳ".
_REGULAR = re.compile(r"\b(?:sinh hoat|hop)(?: chi bo)? (?:thuong ky|dinh ky)\b")

# A section that looks back or explains: results, review of last year, reasons for a change.
_LOOKING_BACK = re.compile(
    r"^(?:ket qua|danh gia|ly do|tinh hinh|kiem diem|nhin lai|so ket|can cu dieu chinh)\b"
)
_LOOKING_AHEAD = re.compile(r"\b(?:phuong huong|nhiem vu|ke hoach|giai phap|de xuat|noi dung)\b")

# The header of a column, or the label of a line, that lists who attends, not who presents.
_GUESTS = re.compile(
    r"^(?:thanh phan(?: (?:tham du|du|moi|moi du|tham gia))?|nguoi (?:tham )?du|"
    r"(?:moi|khach|dai bieu|can bo) (?:du|moi|tham du)(?:,? (?:va )?chi dao)?|moi du chi dao|"
    r"dai bieu|khach moi|doi tuong(?: tham)? du|nguoi duoc moi|moi)$"
)

# The list marks of a point under a title ("• Kể chuyện về Bác", "- Kiểm kê hồ sơ").
_POINT = re.compile(r"^\s*[•\-–—+*◦▪·●○]\s*\S")

# A point that is a field of the topic: "- Tham luận: đ/c A", "• Thời gian: tháng 3".
_LABELLED = re.compile(r"^\s*[•\-–—+*◦▪·●○]\s*[^:;.“\"]{2,40}:")


# "kết hợp sinh hoạt chuyên đề quý I": the regular meeting of a month that holds a quarter's topic.
_HOLDS_QUARTER = re.compile(r"\bchuyen de (?:quy|q\.?)\s*(iv|iii|ii|i|[1-4])\b")
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# The first word of a body or a group written where a person is expected.
_GROUP_WORDS = {
    "tổ",
    "ban",
    "toàn",
    "các",
    "phòng",
    "khoa",
    "hội",
    "ủy",
    "uỷ",
    "đảng",
    "tập",
    "những",
    "cả",
    "đại",
    "lãnh",
    "bộ",
    "tổng",
}
_GROUP_PAIRS = {("chi", "ủy"), ("chi", "uỷ"), ("chi", "bộ"), ("chi", "đoàn"), ("chi", "hội"),
                ("liên", "đội"), ("liên", "đoàn"), ("đoàn", "thanh"), ("đoàn", "viên")}  # fmt: skip


def _bare(text: str) -> str:
    """A heading's or a label's words, folded, without its number and punctuation at the ends."""
    folded = " ".join(fold(text).split())
    return _NUMBER.sub("", folded).strip(" .:;-–()")


def _heading(line: Line) -> int | None:
    """The level of a heading line (0 parts, 1 roman sections, 2-3 numbered items; 1 for a line in
    capitals), None for body text and tables."""
    if line.is_table:
        return None
    level = heading_level(line.text)
    if level is not None:
        return level
    if is_caps(line.text) and 3 <= len(line.text.split()) <= 16:
        return 1
    return None


def _regular_heading(text: str) -> bool:
    """'1. Sinh hoạt chi bộ thường kỳ', 'LỊCH SINH HOẠT ĐỊNH KỲ': the regular meetings alone."""
    bare = _bare(text)
    return bool(_REGULAR.search(bare)) and "chuyen de" not in bare and len(bare.split()) <= 14


def _looking_back(text: str, year: int | None) -> bool:
    """'I. ĐÁNH GIÁ VIỆC SINH HOẠT CHUYÊN ĐỀ NĂM 2019' in a plan for 2020, 'I. LÝ DO ĐIỀU CHỈNH',
    'KẾT QUẢ SINH HOẠT CHUYÊN ĐỀ NĂM 2023': no topic of this year is under it."""
    bare = _bare(text)
    if not _LOOKING_BACK.match(bare) or len(bare.split()) > 16:
        return False
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", bare)]
    if year and years:
        return all(y < year for y in years)  # "Kết quả năm 2024 và nhiệm vụ năm 2025" stays
    return not _LOOKING_AHEAD.search(bare)


def _guest_header(text: str) -> bool:
    return bool(_GUESTS.match(_bare(re.sub(r"\([^()]*\)", " ", text))))


def without_decoys(
    lines: list[Line], sections: list[str], year: int | None = None
) -> tuple[list[Line], list[str]]:
    """The lines less the regular meetings' and the looking-back sections, the guests' lines, and
    with each table cleared of its guests' column, of the points under its titles, and given the
    months its notes move meetings to."""
    kept: list[Line] = []
    kept_sections: list[str] = []
    skipping: int | None = None  # the level of the heading whose section is skipped
    regular_work = _regular_work(lines)
    for i, line in enumerate(lines):
        if i in regular_work:
            continue
        level = _heading(line)
        if skipping is not None and level is not None and level <= skipping:
            skipping = None
        if skipping is not None and skipping >= 2 and _quarter_line(line):
            skipping = None  # "QUÝ 3 (từ tháng 7 đến tháng 9)" after an item "3. Sơ kết 6 tháng"
        looks_away = level is not None and (
            _regular_heading(line.text) or _looking_back(line.text, year)
        )
        if skipping is None and looks_away:
            skipping = level
            continue
        if skipping is not None:
            continue
        if line.is_table:
            if _after_regular_lead(lines, i):
                continue
            line = _clean_table(line)
        elif _guest_line(line.text):
            continue
        kept.append(line)
        kept_sections.append(sections[i])
    return kept, kept_sections


def _regular_work(lines: list[Line]) -> set[int]:
    """A programme of the year month by month ('- Tháng 2: Tổ chức Tết, mừng Đảng', '- Tháng 3:
    Sinh hoạt chuyên đề “Tên” (đ/c A chuẩn bị)', '- Tháng 6: Sơ kết 6 tháng') that marks its
    thematic meetings at the head of their month's work, in two months or more: the months whose
    work speaks of no thematic meeting, two or more, are the cell's regular work, no topics. (The
    same shape in a table is `shapes.topic_rows`'.) The indexes of those lines."""
    from .topics import _LIST_MARK, _TIMED_ITEM, _is_time_only, marked_among_tasks

    dropped: set[int] = set()
    run: list[tuple[int, str]] = []  # consecutive lines 'time: work'

    def close() -> None:
        work = [i for i, rest in run if "chuyen de" not in fold(rest)]
        if len(work) >= 2 and marked_among_tasks([rest for _, rest in run]):
            dropped.update(work)
        run.clear()

    for i, line in enumerate(lines):
        match = None if line.is_table else _TIMED_ITEM.match(_LIST_MARK.sub("", line.text))
        if match and _is_time_only(match.group("head")):
            run.append((i, match.group("rest")))
        else:
            close()
    close()
    return dropped


def _quarter_line(line: Line) -> bool:
    """A line that says only a quarter ('QUÝ 3 (từ tháng 7 đến tháng 9)'): the heading of a part
    of the year, not a line of the numbered item above it."""
    from .topics import _LIST_MARK, _is_time_only, parse_time

    if line.is_table:
        return False
    text = _LIST_MARK.sub("", line.text)
    if not _is_time_only(text):
        return False
    time = parse_time(text)
    return bool(time.quarters) and not time.months


def _after_regular_lead(lines: list[Line], i: int) -> bool:
    """A table right under a sentence that leads into the regular meetings ('Chi bộ sinh hoạt
    thường kỳ vào chiều thứ Sáu tuần đầu hằng tháng; nội dung trọng tâm từng tháng:')."""
    if i == 0 or lines[i - 1].is_table:
        return False
    lead = lines[i - 1].text.rstrip()
    folded = fold(lead)
    if not (lead.endswith(":") and bool(_REGULAR.search(folded)) and "chuyen de" not in folded):
        return False
    # ... unless two rows or more of it name a topic by its title ("Tháng 3 | Sinh hoạt chuyên
    # đề: Tên (đ/c A)", what `shapes.topic_rows` leaves of a month's work with a topic in it)
    named = [
        row for row in lines[i].rows[1:] if any(_TITLED_TOPIC.match(fold(cell)) for cell in row)
    ]
    return len(named) < 2


_TITLED_TOPIC = re.compile(r"^\W*(?:sinh hoat\s+)?chuyen de\s*:\s*\w")


def _guest_line(text: str) -> bool:
    """'Mời dự, chỉ đạo: đ/c A – Bí thư Đảng ủy xã', 'Thành phần: toàn thể đảng viên'."""
    match = re.match(r"^\s*[-+•*]?\s*([^:]{2,40}):", text)
    return match is not None and _guest_header(match.group(1))


def _clean_table(line: Line) -> Line:
    rows = two_row_header(line.rows)  # 'Thời gian' over 'Quý' | 'Tháng': one header row
    if len(rows) < 2:
        return line
    header = rows[0]
    guests = [c for c, cell in enumerate(header) if cell.strip() and _guest_header(cell)]
    if guests and len(guests) < len(header):
        rows = [[cell for c, cell in enumerate(row) if c not in guests] for row in rows]
        header = rows[0]
    titles = [c for c, cell in enumerate(header) if _titles_column(cell)]
    times = [c for c, cell in enumerate(header) if _time_column(cell)]
    out = [rows[0]]
    for row in rows[1:]:
        row = list(row)
        for c in titles:
            if c < len(row):
                row[c] = _title_without_points(row[c])
        moved = _moved_month(row, titles)
        if moved and times and times[0] < len(row):
            row[times[0]] = moved
        out.append(row)
    if out == line.rows:
        return line
    return dataclasses.replace(line, rows=out)


def _titles_column(cell: str) -> bool:
    bare = _bare(cell)
    return bool(re.match(r"^(?:ten |noi dung )?(?:chuyen de|chu de|noi dung)\b", bare))


def _time_column(cell: str) -> bool:
    return bool(re.match(r"^(?:thoi gian|thoi diem|thang|ky sinh hoat)\b", _bare(cell)))


def _title_without_points(cell: str) -> str:
    """'Số hóa hiện vật …\\n• Kết quả nhập lý lịch …\\n• Kế hoạch số hóa …': the title, whose
    points below it are its content, not topics of their own."""
    parts = [p for p in cell.split("\n") if p.strip()]
    if len(parts) < 2:
        return cell
    first, points = parts[0], parts[1:]
    if _POINT.match(first) or first.rstrip().endswith(":") or len(first.split()) < 4:
        return cell  # a list of topics, or a lead-in over them
    if not all(_POINT.match(p) for p in points):
        return cell
    if any("chuyen de" in fold(p) for p in points):
        return cell  # "- Chuyên đề 2: …" is a topic of its own
    if any(_LABELLED.match(p) for p in points):
        return cell  # "- Chủ trì, báo cáo: đ/c A": the topic's fields, read as such
    return first


def _moved_month(row: list[str], titles: list[int]) -> str:
    """'Tháng 8/2025' when a cell of the row (not its title) says the meeting moves there."""
    for c, cell in enumerate(row):
        if c in titles:
            continue
        moved = moved_month(cell)  # "Chuyển sang tháng 8/2025"
        if moved:
            month, year = moved
            return f"Tháng {month}/{year}" if year else f"Tháng {month}"
    return ""


def _regular_title(title: str) -> bool:
    folded = fold(title)
    if "“" in title or '"' in title:
        return False  # "Sinh hoạt thường kỳ kết hợp chuyên đề “Tên”" names a topic
    return bool(
        re.match(r"^(?:ky |buoi )?(?:sinh hoat|hop)(?: chi bo)? (?:thuong ky|dinh ky)\b", folded)
    )


def real_topics(topics: list[ParsedTopic]) -> list[ParsedTopic]:
    """The topics less the regular meetings and the notes moving meetings that came through;
    a regular meeting that says it holds a quarter's topic gives that topic its month."""
    kept = [t for t in topics if not _regular_title(t.title) and not _moving_note(t.title)]
    kept_ids = {id(t) for t in kept}
    for dropped in topics:
        if id(dropped) in kept_ids or not _regular_title(dropped.title) or dropped.month is None:
            continue
        match = _HOLDS_QUARTER.search(fold(dropped.title))
        if not match:
            continue
        quarter = _QUARTERS[match.group(1)]
        if quarter_of_month(dropped.month) != quarter:
            continue
        open_ = [t for t in kept if t.quarter == quarter and t.month is None]
        if len(open_) == 1:
            open_[0].month = dropped.month
    for topic in kept:
        topic.presenters = real_people(topic.presenters)
    return kept


# "… tổ chức Đại hội Chi bộ nên không sinh hoạt chuyên đề", "kỳ này không sinh hoạt chuyên đề".
_NO_TOPIC = re.compile(r"\bkhong (?:to chuc )?(?:sinh hoat |co )chuyen de\b")


def _moving_note(title: str) -> bool:
    """A note moving a meeting, or saying a meeting holds no topic."""
    if "“" in title:
        return False
    folded = fold(title)
    return moving_note(title) or bool(_NO_TOPIC.search(folded))


def real_people(people: list[Person]) -> list[Person]:
    """The presenters less the bodies and groups read as names ('Tổ Quản', 'Chi ủy')."""
    return [p for p in people if not _group(p.name)]


def _group(name: str) -> bool:
    words = name.lower().split()
    if not words:
        return False
    if words[0] in _GROUP_WORDS:
        return True
    return len(words) > 1 and (words[0], words[1]) in _GROUP_PAIRS
