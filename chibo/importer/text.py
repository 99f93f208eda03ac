"""From read blocks to clean logical lines: markup stripped, columns split, broken lines re-joined."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chibo.lib.vietnamese import fold

from . import shapes
from .reader import ReadResult

_BULLET = re.compile(
    r"^([-–—•·+*\u2022\u25cf\u25aa\uf0b7\uf0a7\uf02d]"
    # a pictograph typed as a list mark in a chat ("📌 Quý I …", "👉 Các tổ …", "✏️ …")
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55][\uFE0F\u200d]?)\s*(?=\S)"
)
_ROMAN_HEADING = re.compile(r"^([IVX]{1,5})\s*[.)/](?!\d)\s*\S")
# "4.4. …", and "II.1. …": an item numbered under a part (or under its quarter).
_SUB_HEADING = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\.\d{1,2}\.?\s+\S")
_NUM_HEADING = re.compile(r"^\d{1,2}\s*[.)]\s*\S")
_COLUMNS = re.compile(r"\t+| {3,}")
_TAGS = re.compile(r"</?[a-zA-Z][^<>]{0,40}>")


@dataclass
class Line:
    text: str
    bullet: str = ""  # the list mark the line started with, removed from text
    rows: list[list[str]] = field(default_factory=list)  # a table, when this line is one
    list_item: bool = False
    # A paragraph aligned in columns by tabs: its cells as typed (empty ones kept), the same
    # list on each line cut from it; the structure reader rebuilds the table from them.
    tabbed: list[str] | None = None

    @property
    def is_table(self) -> bool:
        return bool(self.rows)

    @property
    def folded(self) -> str:
        return fold(self.text)


def heading_level(text: str) -> int | None:
    """0 for PHẦN, 1 for roman numerals, 2 for '1.', 3 for '4.4.'; None for body text."""
    if fold(text).startswith("phan thu "):
        return 0
    if _ROMAN_HEADING.match(text):
        return 1
    if _SUB_HEADING.match(text):
        return 3
    if _NUM_HEADING.match(text):
        return 2
    return None


def is_caps(text: str) -> bool:
    """Written in capitals (a heading); one odd small letter ("01-CTr/ĐU") is allowed."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


# "Th.3/2023", "th.6": the month shortened as a note is typed, before its number.
# Without its dot only before a month and its year: "th 02-2022", "Th 8/2021".
_MONTH_SHORT = re.compile(
    r"(?<![^\W\d_])([Tt])h(?:\.\s?(?=(?:0?[1-9]|1[0-2])(?!\d|\.\d))"
    r"|\s(?=(?:0?[1-9]|1[0-2])\s*[-/]\s*\d{4}\b))"
)


# A footnote's mark: "(*)", "(**)" after the words it notes, or opening the note itself.
_NOTE_MARK = re.compile(r"\s*\(\*{1,3}\)")


# A month written "T 3" (a space after the T) leading a line, before its colon.
_MONTH_LEAD = re.compile(r"^([-–+•*]?\s*)T\s(0?[1-9]|1[0-2])\s*:")


def clean(text: str) -> str:
    text = re.sub(r"</p>\s*<p>", "\n", text)
    text = _TAGS.sub("", text)
    note = re.match(r"^\s*\(\*{1,3}\)\s*(?=\S)", text)  # "(*) Chuyên đề 3 tổ chức vào tháng 9"
    if note:
        text = text[note.end() :]
    text = _NOTE_MARK.sub("", text)  # "Tên chuyên đề (*)": the mark is no word of the title
    text = text.replace("*", "") if text.strip(" *") else ""
    text = f"(*) {text}" if note and text else text
    text = _MONTH_SHORT.sub(lambda m: "Tháng " if m.group(1) == "T" else "tháng ", text)
    text = _MONTH_LEAD.sub(r"\1Tháng \2:", text)  # "+ T 3: “Tên” – đ/c A"
    return re.sub(r"[ \u00a0]+", " ", text).strip()


def _split_bullet(text: str) -> tuple[str, str]:
    match = _BULLET.match(text)
    if not match:
        return "", text
    rest = text[match.end() :]
    if match.group(1) in "-–—" and text[1:2].isdigit():  # "-5%", not a bullet; "- 5%" is one
        return "", text
    return match.group(1), rest


# The marks an e-mail reply puts before each line of the message it quotes ("> ", ">> ").
_QUOTED_MAIL = re.compile(r"^\s*(?:>\s?)+")


def _scanned(text: str) -> str:
    """A scan's text as typed: OCR reads the en dash of '2025 – 2026' as an em dash, also at
    the end of a line ('an toàn —' over 'thân thiện'); the stop of a section's roman numeral
    as a comma ('I, ĐÁNH GIÁ …' for 'I. ĐÁNH GIÁ …') or an 'L' ('IIIL TỔ CHỨC …'), and a list
    item's ('3, Đổi mới …'); a round bullet as a smudge of letters and signs ('s® Tháng 3: …',
    'e© Tháng 12', 'se Quý4'); the month 'sáu' without its mark, as 'sau', before the colon
    that opens its topic ('tháng sau: “…”' — 'next month' opens no topic)."""
    text = _OCR_BULLET.sub("• ", text)
    text = _MONTH_SIX.sub(r"\1áu", text)
    text = re.sub(r"(?<=\S) ?—-? ?(?=\S)", " – ", text)
    text = re.sub(r"(?<=\S) ?—-?(?=\n|$)", " –", text)
    text = _ITEM_COMMA.sub(r"\1. ", text)
    return _SECTION_COMMA.sub(r"\1. ", text)


# A round bullet as Tesseract reads it: one to three of the signs and small letters it makes of the
# dot ('°®', 's®', '®e', 'e©', 'se'), then a capitalised word. No line of a plan opens so.
_OCR_BULLET = re.compile(
    r"^(?:[°®©•«»¢*oesc]{0,2}[°®©•«»¢][°®©•«»¢*oesc]{0,2}|[eo]|s|se|ee|es|eo|oe|ss)\s+(?=[A-ZĐÀ-Ỹ])",
    re.MULTILINE,
)
_MONTH_SIX = re.compile(r"\b([Tt]háng s)au(?=\s*:)")
# A list item's number and a comma, then a capitalised word ('3, Đổi mới …' for '3. Đổi mới').
_ITEM_COMMA = re.compile(r"^(\d{1,2}),\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])", re.MULTILINE)
# A section's roman numeral and a comma, then a heading in capitals.
# Or its stop read with the last stroke as an 'L' ('IIIL TỔ CHỨC THỰC HIỆN').
_SECTION_COMMA = re.compile(
    r"^([IVX]{1,4})(?:,|L\.?)\s*(?=[A-ZĐÀ-Ỹ]{2,}\s+[A-ZĐÀ-Ỹ]{2,})", re.MULTILINE
)


_FOOTNOTE_LINE = re.compile(r"^\s*\((\*{1,4})\)\s*(\S.*)$")
_MARK_IN_TEXT = re.compile(r"\s*\((\*{1,4})\)")


def _footnote_times(result: ReadResult) -> dict[str, str]:
    """The time each footnote tells, by its mark: '(**) Sinh hoạt vào kỳ họp tháng 5/2024' gives
    '**' → 'tháng 5'. Only a footnote that tells one month or one quarter."""
    from .topics import parse_time

    found: dict[str, str] = {}
    for block in result.blocks:
        for raw in block.text.split("\n") if block.kind != "table" else []:
            note = _FOOTNOTE_LINE.match(raw)
            if not note:
                continue
            time = parse_time(note.group(2))
            months, quarters = set(time.months), set(time.quarters)
            if len(months) == 1 and len(quarters) <= 1:
                found[note.group(1)] = f"tháng {months.pop()}"
            elif not months and len(quarters) == 1:
                found[note.group(1)] = f"quý {quarters.pop()}"
    return found


def _noted(raw: str, notes: dict[str, str], used: set[str]) -> str:
    """A line whose words carry a footnote's mark ('Tên chuyên đề (**)'), the mark replaced by
    the time its footnote tells ('Tên chuyên đề (tháng 5)'); the footnote itself as it is."""
    if not notes or _FOOTNOTE_LINE.match(raw):
        return raw

    def placed(mark: re.Match[str]) -> str:
        if mark.group(1) not in notes:
            return mark.group(0)
        used.add(mark.group(1))
        return f" ({notes[mark.group(1)]})"

    return _MARK_IN_TEXT.sub(placed, raw)


def lines_of(result: ReadResult, *, columns: bool = True) -> list[Line]:
    lines: list[Line] = []
    scan = result.source == "scan"
    notes = _footnote_times(result) if "(*" in _text_of_blocks(result) else {}
    used: set[str] = set()  # the footnotes whose time went to the words they mark
    for block in result.blocks:
        if block.kind == "table":
            rows = [[clean(_scanned(cell) if scan else cell) for cell in row] for row in block.rows]
            rows = [row for row in rows if any(row)]
            if rows:
                lines.append(Line("", rows=rows))
            continue
        for raw in block.text.split("\n"):
            raw = _noted(raw, notes, used)  # "Tên (**)" over "(**) … tháng 5": "Tên (tháng 5)"
            note = _FOOTNOTE_LINE.match(raw) if used else None
            if note and note.group(1) in used:
                continue  # told already where its mark stood
            raw = _QUOTED_MAIL.sub("", raw)  # "> Căn cứ …": a plan pasted into a reply
            raw = _scanned(raw) if scan else raw
            parts = _COLUMNS.split(raw.strip()) if columns else [raw]
            tabbed = (
                [clean(c) for c in re.split(r"\t+", raw.rstrip())]
                if "\t" in raw.strip(" ")
                else None
            )
            for part in parts:
                # "* Sinh hoạt tại …": a star and a space open a list item (a message's bullet);
                # other stars are bold marks of a web text and go with clean().
                star = "*" if re.match(r"^\*\s+[^\s*]", part) and "*" not in part[1:] else ""
                bullet, text = _split_bullet(clean(part[1:] if star else part))
                bullet = bullet or star
                if text.strip(" .,;:-_=*"):
                    lines.append(Line(text, bullet, list_item=block.list_item, tabbed=tabbed))
    if result.hard_wrapped:
        return rejoin(lines)
    if result.source == "txt":  # Word paragraphs are real paragraphs: never join them
        return rejoin(lines, lowercase_only=True)
    return lines


def _text_of_blocks(result: ReadResult) -> str:
    return "\n".join(block.text for block in result.blocks if block.kind != "table")


# Labels that open a new logical line even after a line without a full stop.
_STARTS = (
    "can cu", "so:", "so ", "noi nhan", "chu de", "noi dung", "thoi gian", "du kien",
    "hinh thuc", "nguoi thuc hien", "thuc hien:", "phan cong", "san pham", "chuyen de ",
    "t/m", "tm.", "ket luan", "dong chi ", "ke hoach",
)  # fmt: skip
_TOPIC_ONLY = re.compile(r"^(?:\d+[.)]\s*)?chuyên đề\s*(?:số\s*)?\d{1,2}\s*$", re.IGNORECASE)


_LETTER_ITEM = re.compile(r"^[a-zđ]\s*\)\s+\S")  # "a) …", "b) …": a list item, not a continuation


def _opens(line: Line, labels: bool = True) -> bool:
    """Does the line open something (an item, a heading, a label's field) rather than continue
    the line above? With `labels` off, a word that would open a field ("chuyên đề …", "thời
    gian …") opens nothing: after a clause closed by ";" or ",", in small letters, it is the
    sentence's next clause ("…(dịp 30/4);" over "chuyên đề về chuyển đổi số: tháng 6")."""
    if line.bullet or line.is_table or is_caps(line.text) or heading_level(line.text) is not None:
        return True
    if _LETTER_ITEM.match(line.text):
        return True
    if line.text.rstrip().endswith(":") and len(line.text.split()) <= 8:
        return True  # "Quý II:", "Sinh hoạt chuyên đề trong năm:" heads what follows
    if _time_alone(line):
        return True  # "Quý IV/2023" on a line of its own heads the topic under it
    if not labels:
        return False
    from .topics import opens_field

    return line.folded.startswith(_STARTS) or opens_field(line.text)


def _time_alone(line: Line) -> bool:
    """A line that is only a time ("Quý 2", "QUÝ III", "Tháng 10/2023"): it heads what follows,
    it neither continues the line above nor runs on into the next."""
    if len(line.text.split()) > 6:
        return False
    from .topics import _is_time_only

    return _is_time_only(line.text)


def _closed(line: Line) -> bool:
    text = line.text
    if line.is_table or text[-1] in ".;:!?" or is_caps(text) or _TOPIC_ONLY.match(text):
        return True
    if _time_alone(line):
        return True
    # A label standing alone ("Nội dung trọng tâm") heads what follows, it does not continue.
    return len(text) < 40 and line.folded.startswith(_STARTS)


def _closes_bracket(previous: str, text: str) -> bool:
    """Does `text` close, within its first words, a bracket `previous` left open at its end?"""
    opened = previous.rfind("(")
    if opened < 0 or ")" in previous[opened:] or len(previous) - opened > 40:
        return False
    return bool(re.match(r"^[^()]{1,25}\)", text))


def rejoin(lines: list[Line], *, lowercase_only: bool = False) -> list[Line]:
    """Join a line broken in mid-sentence to the line before it.

    A hard-wrapped text (PDF, seed 001) breaks wherever the page ended: join unless the
    previous line is finished or the next one opens something. Otherwise join only the
    unmistakable case, a line that starts with a small letter after an unfinished one.
    """
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if previous is None or line.is_table or previous.is_table or line.bullet:
            out.append(line)
            continue
        if shapes.names_a_person(line.text, previous.text):  # "a Y Khai Niê chuẩn bị" under a title
            out.append(line)
            continue
        # "a) …" opens a list item, even in small letters
        starts_small = line.text[0].islower() and not _LETTER_ITEM.match(line.text)
        if _closes_bracket(previous.text, line.text):
            # "… quý III (tháng" / "8) – chuyên đề …": a bracket left open closes on this line
            previous.text = f"{previous.text} {line.text}"
            continue
        if lowercase_only:
            unfinished = (
                previous.text[-1] not in ".;:!?" and not _opens(line) and not is_caps(previous.text)
            )  # a heading in capitals is finished
            # A long list item cut in two by a page break continues even with a capital.
            join = (starts_small and previous.text[-1] not in ".!?:" and not _opens(line)) or (
                unfinished and bool(previous.bullet) and len(previous.text) >= 60
            )
        else:
            join = (starts_small and not _closed(previous)) or not (
                _closed(previous) or _opens(line)
            )
            join = join or (
                starts_small and previous.text[-1] in ",;" and not _opens(line, labels=False)
            )
        if join:
            previous.text = f"{previous.text} {line.text}"
        else:
            out.append(line)
    return out
