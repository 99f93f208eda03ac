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
           "hoan thanh tot nhiem vu", "vung manh", "khong co dang vien vi pham")  # fmt: skip


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
    percent = _PERCENT_POP.search(text)
    if percent and not fold(text[percent.end() :]).startswith(("tro len", "tro xuong")):
        target.kind, target.unit = "percent", "%"
        target.value_min = _number(percent.group(1))
        after = text[percent.end() :]
        target.population = _words_until_verb(after)
        tail = fold(after[len(target.population) :]).strip()
        before = fold(text[: percent.start()]).strip()
        at_least = tail.startswith("tro len") or before.endswith(("it nhat", "toi thieu"))
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


def _table_targets(rows: list[list[str]], section: str) -> list[ParsedTarget]:
    """A table with a 'Chỉ tiêu' column: each row's cell in it is a target."""
    column = next((i for i, cell in enumerate(rows[0]) if "chi tieu" in fold(cell)), None)
    if column is None:
        return []
    return [
        measure(ParsedTarget(row[column].strip().rstrip(" ;,"), section=section))
        for row in rows[1:]
        if column < len(row) and row[column].strip()
    ]


def _opens_targets(line: Line) -> tuple[int, bool] | None:
    """Does this line open a list of targets? (its level, and whether only measurable lines
    count). A heading that says 'chỉ tiêu' takes every line; a heading 'Mục tiêu' or a lead-in
    ending in ':' ('Các chỉ tiêu chủ yếu:', 'Phấn đấu đến cuối năm 2025:') takes the lines that
    state a measure (a percentage, a count, a title)."""
    level = _heading(line)
    folded = line.folded
    if level in (0, 1, 2, 3):
        if "chi tieu" in folded:
            return level or 0, False
        if "muc tieu" in folded or "phan dau" in folded:
            return level or 0, True
        return None
    if line.is_table or not line.text.endswith(":") or len(line.text.split()) > 12:
        return None
    if "chi tieu" in folded or folded.startswith("phan dau"):
        return 4, "chi tieu" not in folded
    return None


_ITEM_MARK = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)]\s+")


def targets_in(lines: list[Line]) -> list[ParsedTarget]:
    """Every line under a heading that says 'chỉ tiêu'; under a broader heading ('II. MỤC TIÊU,
    CHỈ TIÊU, NHIỆM VỤ') with sub-headings, only the lines of the sub-heading that says it.
    Under 'Mục tiêu' or a lead-in 'Phấn đấu …:' only the lines that state a measure."""
    targets: list[ParsedTarget] = []
    # A plan with a 'chỉ tiêu' list says its targets there; its 'Mục tiêu' are general aims.
    said = any(o is not None and not o[1] for o in map(_opens_targets, lines))
    i = 0
    while i < len(lines):
        line = lines[i]
        opened = _opens_targets(line)
        if opened is not None and opened[1] and said:
            opened = None
        if opened is None:
            if line.is_table:  # a table with a 'Chỉ tiêu' column, wherever it stands
                targets.extend(_table_targets(line.rows, ""))
            i += 1
            continue
        level, measurable_only = opened
        section = line.text.rstrip(" :")
        group, group_bullet = "", ""
        taking = True
        i += 1
        while i < len(lines):
            item = lines[i]
            item_level = _heading(item)
            if item_level is not None and item_level <= level:
                break
            if level == 4 and not (item.bullet or item.is_table or _ITEM_MARK.match(item.text)):
                break  # a lead-in's list ends with the first line that is no item
            i += 1
            if item.is_table:
                if taking:
                    targets.extend(_table_targets(item.rows, section))
                continue
            if item_level is not None:  # a sub-heading: its lines count only if it says so
                taking = "chi tieu" in item.folded
                if taking:
                    section = item.text.rstrip(" :")
                    measurable_only = False
                continue
            if not taking:
                continue
            if item.text.endswith(":"):
                group, group_bullet = item.text.rstrip(" :"), item.bullet
                continue
            if group and item.bullet == group_bullet:
                group = ""
            text = _ITEM_MARK.sub("", item.text).rstrip(" ;,.")
            target = measure(ParsedTarget(text, section=section, group=group))
            if measurable_only and target.kind == "text":
                continue
            targets.append(target)
    return targets
