"""The targets (chỉ tiêu) of an activity plan: each line of a 'chỉ tiêu' section, with the
measurable form it states (a percentage, a count, a range, a threshold or a yes/no title)."""

from __future__ import annotations

import re

from chibo.lib.vietnamese import fold

from .schema import ParsedTarget
from .text import Line, heading_level, is_caps

_NUM = r"(\d+(?:[.,]\d+)?)"
# Words that end the population after "100%": "100% đảng viên | được đánh giá ...".
_VERBS = (
    "duoc", "tham gia", "thuc hien", "ky ", "dang ky", "tich cuc", "tiep tuc", "co ", "dat ",
    "khong", "hoan thanh", "cam ket", "tro len", "phai", "du ", "trong ", "cuoi nam", "nam ",
    "huong ung", "xep loai", "la ", "tu giac", "gioi", "deu", "tren", "duoi",
    "vao ", "de nghi", "lam ", "di ", "toan truong", "cua ",
)  # fmt: skip
_FROM_TO = re.compile(r"\btừ\s+(\d{1,3})\s+(?:đến|tới)\s+(\d{1,3})(?![\d/%])", re.IGNORECASE)
_PERCENT_FLOOR = re.compile(_NUM + r"\s*%\s*trở\s+lên", re.IGNORECASE)
_RANGE = re.compile(r"(?<![\d/.])(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\d/]|\s*-?\s*[A-ZĐ]{2})")
_PERCENT_POP = re.compile(_NUM + r"\s*%\s+(?=[^\W\d])")
_THRESHOLD = [
    (re.compile(r"(?:đạt\s+)?từ\s+" + _NUM + r"\s*(%?)\s*trở lên"), ">="),
    (re.compile(r"(?:≥|>=)\s*" + _NUM + r"\s*(%?)"), ">="),
    (re.compile(r"(?:≤|<=)\s*" + _NUM + r"\s*(%?)"), "<="),
    (re.compile(r"\b(?:không quá|tối đa)\s+" + _NUM + r"\s*(%?)"), "<="),
    (re.compile(r"\b(?:ít nhất|tối thiểu)\s+" + _NUM + r"\s*(%)"), ">="),
    (re.compile(r"\btrên\s+" + _NUM + r"\s*(%)"), ">"),
    (re.compile(r"\bdưới\s+" + _NUM + r"\s*(%)"), "<"),
]
_COUNT = re.compile(r"(?:\b(ít nhất|tối thiểu|từ)\s+)?(?<![\d/.%-])(\d{1,4})\s+(?=[^\W\d])")
_YES_NO = ("danh hieu", "xep loai", "hoan thanh xuat sac", "co thi dua", "dat “", 'dat "',
           "hoan thanh tot nhiem vu", "vung manh", "khong co dang vien vi pham", "cong nhan",
           "kieu mau", "dat chuan quoc gia", "chuan nong thon moi")  # fmt: skip


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _words_until_verb(text: str, limit: int = 10) -> str:
    """The noun phrase at the start of text: '100% | đảng viên, giáo viên | được tập huấn'."""
    all_words = text.split()
    words: list[str] = []
    for i, word in enumerate(all_words):
        if words and (fold(" ".join(all_words[i:])) + " ").startswith(_VERBS):
            break
        if not re.match(r"^[^\W\d]", word):
            break
        words.append(word)
        if word.endswith((";", ".", ")")) or len(words) == limit:
            break
    return " ".join(words).strip(" ,;.")


def _quoted(text: str, position: int) -> bool:
    """Is position inside “…”? ('Chi bộ 4 tốt' in quotes is a title, not a count of 4.)"""
    return text[:position].count("“") > text[:position].count("”")


def measure(target: ParsedTarget) -> ParsedTarget:
    """Fill kind, values, unit, population and comparison from the target's sentence."""
    text = target.text
    ranged = _RANGE.search(text)
    if ranged and int(ranged.group(1)) < int(ranged.group(2)) and int(ranged.group(2)) < 1000:
        target.kind, target.comparison = "range", ""
        target.value_min, target.value_max = float(ranged.group(1)), float(ranged.group(2))
        target.unit = _words_until_verb(text[ranged.end() :], 4)
        return target
    between = _FROM_TO.search(text)
    if between and int(between.group(1)) < int(between.group(2)) < 1000:
        target.kind, target.comparison = "range", ""
        target.value_min, target.value_max = float(between.group(1)), float(between.group(2))
        target.unit = _words_until_verb(text[between.end() :], 4)
        return target
    floor = _PERCENT_FLOOR.search(text)
    if floor and not fold(text[: floor.start()]).rstrip().endswith(
        " tu"
    ):  # "từ 90% trở lên": below  # "tỷ lệ … đạt 99% trở lên", "Có 95% trở lên đảng viên …"
        target.kind, target.unit, target.comparison = "percent", "%", ">="
        target.value_min = _number(floor.group(1))
        target.population = _words_until_verb(text[floor.end() :])
        return target
    percent = _PERCENT_POP.search(text)
    if percent and not fold(text[percent.end() :]).startswith(("tro len", "tro xuong")):
        target.kind, target.unit = "percent", "%"
        target.value_min = _number(percent.group(1))
        after = text[percent.end() :]
        target.population = _words_until_verb(after)
        tail = fold(after[len(target.population) :]).strip()
        before = fold(text[: percent.start()]).strip()
        at_least = (
            tail.startswith("tro len")
            or fold(text).rstrip(" .;").endswith("tro len")
            or before.endswith(("it nhat", "toi thieu"))
        )
        target.comparison = ">=" if at_least else "="
        return target
    for pattern, comparison in _THRESHOLD:
        found = pattern.search(text)
        if found:
            target.kind, target.comparison = "threshold", comparison
            value = _number(found.group(1))
            target.unit = "%" if found.group(2) else _words_until_verb(text[found.end() :], 3)
            if comparison in ("<=", "<"):
                target.value_max = value
            else:
                target.value_min = value
            return target
    count = next((c for c in _COUNT.finditer(text) if not _quoted(text, c.start(2))), None)
    if count and not re.search(
        r"\b(?:năm|số|khóa|giai đoạn|chiều|tốt)\s*$", text[: count.start(2)].lower()
    ):
        target.kind = "count"
        target.value_min = float(count.group(2))
        target.unit = _words_until_verb(text[count.end() :], 4)
        target.comparison = ">=" if count.group(1) in ("ít nhất", "tối thiểu") else "="
        return target
    if any(key in fold(text) for key in _YES_NO) or "“" in text and fold(text).startswith("dat"):
        target.kind = "yes_no"
        return target
    target.kind = "text"
    return target


_LETTER_HEADING = re.compile(r"^[A-ZĐ]\s*[.)]\s+\S")


def _heading(line: Line) -> int | None:
    """A heading's level: 'II.' 1, 'A.' 1 (when in capitals), '2.' 2, '2.1.' 3. A numbered line
    that reads as a sentence ('1. Chi bộ đạt “Hoàn thành tốt nhiệm vụ”.') is an item, not a heading."""
    if line.is_table:
        return None
    text = line.text
    if _LETTER_HEADING.match(text) and is_caps(text):
        return 1
    level = heading_level(text)
    sentence = text.endswith((".", ";")) or len(text.split()) > 12
    if level in (2, 3) and not text.endswith(":") and sentence:
        return None
    return level


# A column beside the targets that gives the value the cell aims at ("Kết quả phấn đấu", "Mức
# phấn đấu", "Chỉ tiêu năm 2024"), not last year's result ("Kết quả năm 2022", "Thực hiện 2020").
_VALUE_COLUMN = ("phan dau", "muc ", "muc", "so luong", "ty le", "dang ky", "ke hoach")
_PAST_COLUMN = ("thuc hien", "da dat", "nam truoc", "nam qua", "ket qua nam", "uoc")


def _table_targets(rows: list[list[str]], section: str, inside: bool = False) -> list[ParsedTarget]:
    """A table with a 'Chỉ tiêu' column (or, under a heading that says 'chỉ tiêu', a 'Nội dung'
    column): each row's cell in it is a target; a column giving the value aimed at ('Kết quả
    phấn đấu') completes it ("Đảng viên hoàn thành tốt nhiệm vụ: 90%")."""
    head = [fold(cell) for cell in rows[0]]
    column = next((i for i, cell in enumerate(head) if "chi tieu" in cell), None)
    schedule = any(w in c for c in head for w in ("thoi gian", "thang", "quy", "ngay", "tuan"))
    if column is None and inside and not schedule:  # a schedule is no list of targets
        column = next(
            (i for i, cell in enumerate(head) if "noi dung" in cell or "muc tieu" in cell), None
        )
    if column is None:
        return []
    value = next(
        (
            i
            for i, cell in enumerate(head)
            if i != column
            and cell.startswith(_VALUE_COLUMN + ("chi tieu", "ket qua phan dau"))
            and not any(p in cell for p in _PAST_COLUMN)
        ),
        None,
    )
    cells = [row[column].strip() for row in rows[1:] if column < len(row) and row[column].strip()]
    if cells and sum(_value_like(c) for c in cells) * 2 >= len(cells):
        # "Nội dung | Chỉ tiêu năm 2025": the 'chỉ tiêu' column gives the values; the targets are
        # named in the widest column that says what it holds ("Nội dung", "Tiêu chí", "Lĩnh vực").
        names = ("noi dung", "tieu chi", "linh vuc", "ten ", "mat cong tac")
        others = [i for i in range(len(head)) if i != column and head[i].startswith(names)]
        width = {i: sum(len(r[i]) for r in rows[1:] if i < len(r)) for i in others}
        if width and max(width.values()):
            column, value = max(width, key=lambda i: width[i]), column
    out: list[ParsedTarget] = []
    for row in rows[1:]:
        if column >= len(row) or not row[column].strip():
            continue
        text = row[column].strip().rstrip(" ;,.")
        aimed = row[value].strip().rstrip(" ;,.") if value is not None and value < len(row) else ""
        if aimed and fold(aimed) not in fold(text):
            target = measure(ParsedTarget(f"{aimed} {text}", section=section))
            target.text = f"{text}: {aimed}"
            out.append(target)
        else:
            out.append(measure(ParsedTarget(text, section=section)))
    return out


def _value_like(cell: str) -> bool:
    """A table cell that gives a value, not a target: "95%", "02", "01 – 02 đảng viên"."""
    return len(cell.split()) <= 3 and any(c.isdigit() for c in cell)


def _opens_targets(line: Line) -> tuple[int, bool] | None:
    """Does this line open a list of targets? (its level, and whether only measurable lines
    count). A heading that says 'chỉ tiêu' takes every line; a heading 'Mục tiêu' or a lead-in
    ending in ':' ('Các chỉ tiêu chủ yếu:', 'Phấn đấu đến cuối năm 2025:', 'Năm 2025, chi bộ
    phấn đấu:') takes the lines that state a measure (a percentage, a count, a title)."""
    level = _heading(line)
    folded = line.folded
    if level in (0, 1, 2, 3):
        if "chi tieu" in folded:
            return level or 0, False
        if "muc tieu" in folded or "phan dau" in folded:
            return level or 0, True
        return None
    if line.is_table or len(line.text.split()) > 12:
        return None
    if not line.text.endswith(":"):
        # A label standing alone on its line: "CÁC CHỈ TIÊU CHỦ YẾU", "Chỉ tiêu cụ thể".
        if (
            len(line.text.split()) <= 8
            and not line.bullet
            and line.text[-1:] not in ".;,"
            and re.match(r"^(?:(?:các|những)\s+)?chỉ tiêu\b", line.text, re.IGNORECASE)
        ):
            return (5 if is_caps(line.text) else 4), False
        return None
    if "chi tieu" in folded or folded.startswith("phan dau") or folded.endswith("phan dau:"):
        return 4, "chi tieu" not in folded
    return None


_ITEM_MARK = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)/]\s+")
# Sections that report or describe, whose figures are no targets ("I. ĐÁNH GIÁ KẾT QUẢ NĂM QUA",
# "I. ĐẶC ĐIỂM TÌNH HÌNH", "I. MỤC ĐÍCH, YÊU CẦU").
_NOT_TARGETS = ("ket qua", "danh gia", "tinh hinh", "dac diem", "nam qua", "kiem diem",
                "thuan loi", "kho khan", "uu diem", "han che", "muc dich", "to chuc thuc hien")  # fmt: skip
# A lead-in written before the targets on the same line: "Chi bộ phấn đấu: …", "Chỉ tiêu: …".
_LEAD_IN = re.compile(r"^(?P<lead>[^:“”]{0,80}?(?:phấn đấu|chỉ tiêu[^:]{0,30}))\s*:\s*(?P<rest>\S.*)$",
                      re.IGNORECASE)  # fmt: skip
# "Phấn đấu" before what is striven for: a target states the aim, not the striving ("Phấn đấu 100%
# đảng viên …" → "100% đảng viên …", "Chi bộ phấn đấu đạt …" → "Chi bộ đạt …").
_STRIVE = re.compile(r"^((?:[^\W\d]+\s+){0,2}?)phấn đấu\s+(?=\S)", re.IGNORECASE)
# Verbs by which a clause states a title or a result on its own ("giữ vững danh hiệu …", "Chi bộ
# hoàn thành tốt nhiệm vụ"), unlike a noun phrase that goes on the one before ("…; Cờ thi đua").
_STATES = ("dat ", "hoan thanh", "giu vung", "duoc ", "xep loai", "cong nhan", "ket nap", "giam ",
           "tang ", "khong co")  # fmt: skip


def _unstrive(text: str) -> str:
    """The target without its "phấn đấu", capitalised as the text was."""
    match = _STRIVE.match(text)
    if not match or fold(match.group(1)).strip() not in ("", "chi bo", "nam nay", "trong nam"):
        return text
    rest = match.group(1) + text[match.end() :]
    return rest[:1].upper() + rest[1:] if text[:1].isupper() else rest


def _stated(clause: str) -> bool:
    """Does a clause state a target on its own: a measure, or a title with its verb?"""
    kind = measure(ParsedTarget(clause)).kind
    if kind in ("percent", "count", "range", "threshold"):
        return True
    return kind == "yes_no" and any(verb in fold(clause) + " " for verb in _STATES)


def _split_listed(text: str) -> list[str]:
    """A list item is one target, as the cell listed it ("100% đảng viên …; không có đảng viên vi
    phạm …" stays whole, as the users' own plans keep it), without its "phấn đấu"."""
    return [_unstrive(text)]


def _sentences(text: str, semicolons: bool = True) -> list[str]:
    """A paragraph cut into sentences (". " before a capital, not after an abbreviation such as
    "TP.") and, with `semicolons`, clauses (";"), outside quotation marks."""
    out: list[str] = []
    current = ""
    depth = 0
    i = 0
    while i < len(text):
        char = text[i]
        current += char
        if char in "“(":
            depth += 1
        elif char in "”)" and depth:
            depth -= 1
        elif depth == 0 and char == ";" and semicolons:
            out.append(current[:-1])
            current = ""
        elif (
            depth == 0
            and char == "."
            and text[i + 1 : i + 2] == " "
            and text[i + 2 : i + 3].isupper()
        ):
            last = current[:-1].split()[-1] if current[:-1].split() else ""
            if not (last.isupper() and len(last) <= 3):
                out.append(current[:-1])
                current = ""
        i += 1
    out.append(current)
    return [part.strip(" .;,") for part in out if part.strip(" .;,")]


def _clauses(text: str) -> list[str]:
    """The targets a sentence states: the lead-in before a colon dropped ("Năm 2018, chi bộ phấn
    đấu: …"), cut into clauses, each without its "phấn đấu" ("phấn đấu 98% hộ …" → "98% hộ …")."""
    lead = _LEAD_IN.match(text)
    listed = bool(lead)
    if lead:
        text = lead.group("rest")
    else:  # "Về công tác xây dựng Đảng: A; B": a label before a list (not "Tỷ lệ hộ nghèo: dưới 3%")
        label = re.match(r"^[^:“”;]{3,60}:\s+(?=\S)", text)
        if label and len(label.group(0).split()) <= 8 and ";" in text[label.end() :]:
            text, listed = text[label.end() :], True
    out: list[str] = []
    for sentence in _sentences(text, semicolons=False):
        parts = _sentences(sentence)
        # A sentence is cut at its ";" when it lists targets: after a lead-in, or when two of its
        # clauses state a measure or a title; one target may hold a ";" of its own.
        measured = sum(_stated(_unstrive(part)) for part in parts)
        if len(parts) > 1 and not listed and measured < 2:
            parts = [sentence]
        out.extend(_unstrive(part) for part in parts)
    return out


def _inline(line: Line, top: str, said: bool, measured: bool) -> list[ParsedTarget]:
    """Targets written in a sentence outside a section of targets: after a 'Chỉ tiêu:' lead-in on
    the same line (every clause), or a clause that strives for a measure ('Phấn đấu 100% đảng viên
    …', 'Có 95% trở lên đảng viên …'), read when the plan has no section of targets and the
    sentence stands in no report of results."""
    if line.is_table or any(word in fold(top) for word in _NOT_TARGETS):
        return []
    text = _ITEM_MARK.sub("", line.text)
    lead = _LEAD_IN.match(text)
    if lead and re.match(r"(?:cac |nhung )?chi tieu\b", fold(lead.group("lead"))):
        # "Chỉ tiêu: …", "Các chỉ tiêu phấn đấu: …" at the head of the line; not "… phụ trách
        # từng chỉ tiêu: …" in a sentence about something else.
        return [measure(ParsedTarget(c, section=top)) for c in _clauses(text)]
    if said or not measured:
        return []
    aims = re.match(r"^mục\s+tiêu\b[^:“”;]{0,30}:\s+(?=\S)", text, re.IGNORECASE)
    if aims:
        # "1. Mục tiêu năm 2026: Thôn giữ vững chuẩn nông thôn mới; 98% số hộ …; kết nạp 01 đảng
        # viên.": the aims on their label's line, read as under a heading 'Mục tiêu' (the clauses
        # that state a measure or a title).
        found = [measure(ParsedTarget(c, section=top)) for c in _clauses(text[aims.end() :])]
        return [target for target in found if target.kind != "text"]
    out = []
    for part in _sentences(text):
        label = re.match(r"^[^:“”]{3,60}:\s+(?=\S)", part)  # "Công tác xây dựng Đảng: Có 95% …"
        if label and len(label.group(0).split()) <= 8:
            part = part[label.end() :]
        folded = fold(part)
        # The sentence strives at its head ("Phấn đấu …", "Chi bộ phấn đấu …", "Có 95% trở lên …").
        striving = "phan dau" in " ".join(folded.split()[:4]) or re.match(
            r"co\s+\d+(?:[.,]\d+)?\s*%\s*tro len", folded
        )
        if not striving:
            continue
        for clause in _clauses(part):
            target = measure(ParsedTarget(clause, section=top))
            if target.kind != "text":  # "Chi bộ phấn đấu đạt danh hiệu …" is one too
                out.append(target)
    return out


def targets_in(lines: list[Line], sentences: bool = True) -> list[ParsedTarget]:
    """Every line under a heading that says 'chỉ tiêu'; under a broader heading ('II. MỤC TIÊU,
    CHỈ TIÊU, NHIỆM VỤ') with sub-headings, only the lines of the sub-heading that says it.
    Under 'Mục tiêu' or a lead-in 'Phấn đấu …:' only the lines that state a measure. A paragraph
    is read clause by clause; a list item is one target. Outside such sections, a 'Chỉ tiêu: …'
    line and, unless `sentences` is False (a thematic plan, whose topics' titles often strive
    for something), sentences that strive for a measure (see _inline)."""
    targets: list[ParsedTarget] = []
    # A plan with a 'chỉ tiêu' list says its targets there; its 'Mục tiêu' are general aims.
    said = any(o is not None and not o[1] for o in map(_opens_targets, lines))
    measured = any(o is not None for o in map(_opens_targets, lines))
    top = ""  # the section (roman numeral or capital letter) a line stands in
    i = 0
    while i < len(lines):
        line = lines[i]
        if _heading(line) in (0, 1):
            top = line.text
        opened = _opens_targets(line)
        if opened is not None and opened[1] and said:
            opened = None
        if opened is None:
            if line.is_table:  # a table with a 'Chỉ tiêu' column, wherever it stands
                targets.extend(_table_targets(line.rows, ""))
            else:
                targets.extend(_inline(line, top, said, sentences and not measured))
            i += 1
            continue
        level, measurable_only = opened
        section = line.text.rstrip(" :")
        group, group_bullet = "", ""
        # A section of aims and targets that introduces its targets by a lead-in ("Chỉ tiêu:",
        # "Các chỉ tiêu cụ thể:") states aims before it: those are no targets.
        end = next(
            (
                j
                for j in range(i + 1, len(lines))
                if (
                    lines[j]
                    and _heading(lines[j]) is not None
                    and (_heading(lines[j]) or 0) <= level
                )
            ),
            len(lines),
        )
        lead_in = next(
            (
                j
                for j in range(i + 1, end)
                if not lines[j].is_table
                and _heading(lines[j]) is None
                and (
                    (lines[j].text.endswith(":") and "chi tieu" in lines[j].folded)
                    # "Chỉ tiêu năm 2026, phấn đấu: 98% số hộ …; …" (the lead-in heads the line)
                    or bool(re.match(r"(?:cac |nhung )?chi tieu\b[^:]{0,50}:", lines[j].folded))
                )
            ),
            None,
        )
        taking = lead_in is None or level == 4
        i += 1
        while i < len(lines):
            item = lines[i]
            item_level = _heading(item)
            if item_level is not None and item_level <= level:
                break
            if level == 5 and (
                item_level is not None or (not item.is_table and is_caps(item.text))
            ):
                break  # a label in capitals: its lines end at the next heading or label
            if level == 4 and not (item.bullet or item.is_table or _ITEM_MARK.match(item.text)):
                break  # a lead-in's list ends with the first line that is no item
            i += 1
            if item.is_table:
                if taking:
                    targets.extend(_table_targets(item.rows, section, inside=True))
                continue
            if item_level is not None:  # a sub-heading: its lines count only if it says so
                aims = measurable_only and "muc tieu" in item.folded and "chung" not in item.folded
                taking = "chi tieu" in item.folded or aims  # "2. Mục tiêu cụ thể"
                if taking:
                    section = item.text.rstrip(" :")
                    measurable_only = "chi tieu" not in item.folded
                continue
            if i - 1 == lead_in:
                taking = True
            if not taking:
                continue
            if item.text.endswith(":"):
                if "chuyen de" in item.folded and "chi tieu" not in item.folded:
                    taking = False  # "Tổ chức sinh hoạt chuyên đề … cụ thể:" lists topics
                    continue
                group, group_bullet = item.text.rstrip(" :"), item.bullet
                continue
            if group and item.bullet == group_bullet:
                group = ""
            listed = bool(item.bullet or item.list_item or _ITEM_MARK.match(item.text))
            text = _ITEM_MARK.sub("", item.text).rstrip(" ;,.")
            if fold(text).startswith("muc tieu") and "chi tieu" not in fold(text)[:40]:
                continue  # "1. Mục tiêu: Xây dựng chi bộ …" (a scan joins the label to its text)
            parts = _split_listed(text) if listed else _clauses(text)
            for part in parts:
                target = measure(ParsedTarget(part, section=section, group=group))
                if measurable_only and target.kind == "text":
                    continue
                targets.append(target)
    return targets
