"""What the review screen starts from: the parsed plan as form data, and what to highlight.

Preparers are matched to the cell's current members by `match_people`: matches from the full
name or family + given name are ticked; a given name alone, an ambiguous or unknown name is
highlighted and left for the reviewer (pick a member, add a new member, or keep it as text).

A scan or a photo adds the words OCR read with a low confidence: they are highlighted in the
text read (`highlight`) and every field whose value holds one, or whose row of the page does
for a quarter, a month or a date, is marked "Máy đọc chưa chắc — xin kiểm tra" (`ocr_doubts`).
A word doubted once is marked wherever it occurs: the screen errs towards checking too much.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from chibo.lib.vietnamese import fold, roman
from chibo.members.models import Member
from chibo.plans.models import month_quarter_error

from .people import match_people
from .times import inferred_quarter

SURE = 0.9  # exact or diacritics-insensitive full name
LIKELY = 0.7  # family + given name: ticked, but shown as a guess


def plan_initial(parsed: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    """The parsed plan fields; where the file gives none, the plans app's template values."""
    bases = [
        b if b.rstrip().endswith((";", ".", ",", ":")) else b + ";"
        for b in parsed.get("legal_bases", [])
    ]
    return {
        "kind": parsed.get("kind") or "thematic", "year": parsed.get("year"),
        "title": parsed.get("title", ""), "plan_date": iso_date(parsed.get("date")),
        "place_name": parsed.get("place") or defaults.get("place_name", ""),
        "legal_bases": bases or defaults.get("legal_bases", []),
        "signer_name": parsed.get("signer_name") or defaults.get("signer_name", ""),
        "recipients": parsed.get("recipients") or defaults.get("recipients", []),
        "days_before_distribution": parsed.get("days_before_distribution")
        or defaults.get("days_before_distribution"),
    }  # fmt: skip


def iso_date(value: Any) -> dt.date | None:
    """The parsed plan's ISO date as a date, so the box shows it day first (10/01/2026)."""
    if isinstance(value, dt.date) or value is None:
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def plan_hints(parsed: dict[str, Any]) -> dict[str, str]:
    """Plan fields the file did not give: field name → the note shown beside it."""
    hints = {}
    if not parsed.get("year"):
        hints["year"] = "Tệp không ghi năm của kế hoạch."
    if not parsed.get("title"):
        hints["title"] = "Tệp không có trích yếu."
    if not parsed.get("date"):
        hints["plan_date"] = "Tệp không ghi ngày; để trống thì khi ban hành lấy ngày ban hành."
    if not parsed.get("signer_name"):
        hints["signer_name"] = "Tệp không ghi người ký: điền theo Bí thư hiện tại."
    if not parsed.get("recipients"):
        hints["recipients"] = "Tệp không ghi nơi nhận: điền theo mẫu."
    if not parsed.get("legal_bases"):
        hints["legal_bases"] = "Tệp không ghi căn cứ: điền theo mẫu."
    return hints


def topics_initial(
    parsed: dict[str, Any], members: list[Member]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(initial form data, hints) for every parsed topic, in order."""
    initial, hints = [], []
    for topic in parsed.get("topics", []):
        names = [p["name"] for p in topic.get("presenters", []) if p.get("name")]
        people = [_person(match) for match in match_people(names, members)]
        chosen = [p["member_id"] for p in people if p["status"] in ("sure", "likely")]
        loose = [p for p in people if p["status"] not in ("sure", "likely")]
        role_only = bool(topic.get("presenters")) and not names
        unknown = next((p["name"] for p in loose if p["status"] == "unknown"), "")
        initial.append({
            "title": topic.get("title", ""), "content": topic.get("content", ""),
            "quarter": topic.get("quarter"), "month": topic.get("month"), "form": topic.get("form", ""),
            "outputs": topic.get("outputs", ""), "preparers": chosen,
            "preparer_note": topic.get("preparer_note", "") if loose or role_only else "",
            "new_member_name": unknown,
        })  # fmt: skip
        hints.append({
            "conflicts": topic.get("conflicts", []), "notes": _notes(topic),
            "missing_preparer": not topic.get("presenters"), "people": people,
            "written": topic.get("preparer_note", ""), "uncertain_people": bool(loose) or role_only
            or any(p["status"] == "likely" for p in people),
        })  # fmt: skip
    return initial, hints


# The target fields the review screen shows and saves (a subset of plans' Target fields).
TARGET_FIELDS = [
    "text",
    "kind",
    "value_min",
    "value_max",
    "unit",
    "population",
    "comparison",
    "section",
    "group",
]


def targets_initial(parsed: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {f: t.get(f) if t.get(f) is not None else "" for f in TARGET_FIELDS}
        for t in parsed.get("targets", [])
    ]


def _notes(topic: dict[str, Any]) -> dict[str, str]:
    """Field name → what to check, for the fields the file leaves open or contradicts."""
    notes = {
        field: "Tệp ghi: " + ", ".join(_value_text(field, v) for v in values) + "."
        for field, values in (topic.get("alternatives") or {}).items()
    }
    quarter, month = topic.get("quarter"), topic.get("month")
    if quarter is None:
        notes.setdefault("quarter", "Tệp không ghi quý: hãy chọn.")
    elif "quarter" in (topic.get("inferred") or {}):
        notes.setdefault("quarter", "Tệp không ghi quý; "
                         + inferred_quarter(quarter, topic["inferred"]["quarter"]))  # fmt: skip
    mismatch = month_quarter_error(month, quarter)
    if mismatch:
        notes["month"] = f"{mismatch}: sửa quý hoặc tháng."
    elif month is None:
        notes.setdefault("month", "Tệp không ghi tháng (có thể để trống).")
    return notes


def _person(match: Any) -> dict[str, Any]:
    if match.member is not None and match.confidence >= SURE:
        status = "sure"
    elif match.member is not None and match.confidence >= LIKELY:
        status = "likely"
    elif match.member is not None:
        status = "guess"
    else:
        status = "ambiguous" if match.candidates else "unknown"
    return {
        "name": match.name, "status": status,
        "member_id": match.member.pk if match.member is not None else None,
        "member_name": match.member.full_name if match.member is not None else "",
        "candidates": [m.full_name for m in match.candidates],
    }  # fmt: skip


def _value_text(field: str, value: Any) -> str:
    if field == "quarter" and isinstance(value, int):
        return f"Quý {roman(value)}"
    if field == "month" and isinstance(value, int):
        return f"tháng {value}"
    return str(value)


# -- OCR doubts ------------------------------------------------------------------------

DOUBT = "Máy đọc chưa chắc — xin kiểm tra"
_WORD = re.compile(r"\w+")
# Tokens of a time written in a row: a quarter (Quý III), a month (tháng 9), a date.
_TIME = re.compile(r"^(?:quý|quy|tháng|thang|ngày|ngay|năm|nam|[ivx]+)$|\d", re.IGNORECASE)
PLAN_TEXT_FIELDS = ("title", "place_name", "signer_name", "legal_bases", "recipients")
_PARSED_NAME = {"place_name": "place"}
TOPIC_TEXT_FIELDS = ("title", "form", "content", "outputs")


def doubt_words(uncertain: list[str]) -> set[str]:
    """The doubted words, case-folded, each a run of at least two letters or digits."""
    return {
        token.casefold()
        for word in uncertain
        for token in _WORD.findall(word)
        if sum(ch.isalpha() for ch in token) >= 2
    }


# Letters of Vietnamese: a-z, đ, and vowels carrying only Vietnamese marks (tones, ^, ˘, ơ/ư).
_VIETNAMESE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}
_PLAIN = set(".,;:!?()[]/-–—'\"“”‘’%…+")


def _strange(char: str) -> bool:
    """A character OCR makes of a smudge (®, ¿, @, ï, ¡ …), never written in a plan's text."""
    if char.isspace() or char.isdigit() or char in _PLAIN or char in "đĐ":
        return False
    if not char.isalpha():
        return True
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    return not (base.isascii() and all(m in _VIETNAMESE_MARKS for m in marks))


def _doubt_spans(text: str, words: set[str], scan: bool) -> list[tuple[int, int]]:
    """Where the doubted words are: a word OCR was unsure of, and on a scan every run of
    characters holding a stray symbol or a letter no Vietnamese text has."""
    spans: list[tuple[int, int]] = []
    for chunk in re.finditer(r"\S+", text):
        if scan and any(_strange(ch) for ch in chunk.group()):
            spans.append(chunk.span())
            continue
        for match in _WORD.finditer(chunk.group()):
            if match.group().casefold() in words:
                spans.append((chunk.start() + match.start(), chunk.start() + match.end()))
    return spans


def doubted(value: Any, words: set[str], scan: bool = False) -> list[str]:
    """The doubted words of a value (a text or a list of texts), as written, each once."""
    if not (words or scan) or not value:
        return []
    texts = value if isinstance(value, list) else [value]
    found: list[str] = []
    for text in texts:
        text = str(text)
        for start, end in _doubt_spans(text, words, scan):
            if text[start:end] not in found:
                found.append(text[start:end])
    return found


def highlight(text: str, uncertain: list[str], scan: bool = False) -> SafeString:
    """The text read, escaped, every doubted word in <mark class="doubt">."""
    words = doubt_words(uncertain)
    out: list[str] = []
    last = 0
    for start, end in _doubt_spans(text, words, scan) if words or scan else []:
        out.append(escape(text[last:start]))
        out.append(f'<mark class="doubt">{escape(text[start:end])}</mark>')
        last = end
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece escaped


class Doubt(str):
    """A field's note "Máy đọc chưa chắc …" that knows its doubted words (`keys`, case-folded)
    and, once tied to the page images (`tie_doubts`), where the first of them is boxed."""

    keys: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # as written, for the list at the top of the screen
    anchor: str = ""  # the id of the box on the page image
    page: int = 0


_EDGE = ".,;:!?()[]“”\"'‘’…"


def _key(word: str) -> str:
    return word.strip(_EDGE).casefold()


def _note(found: list[str]) -> Doubt:
    note = Doubt(
        f"{DOUBT}: chữ “" + "”, “".join(found[:6]) + "” (tô vàng) — đối chiếu với ảnh trang."
    )
    note.keys = tuple(dict.fromkeys(_key(word) for word in found if _key(word)))
    note.words = tuple(found[:6])
    return note


_PLAN_LABELS = {"title": "Trích yếu", "place_name": "Địa danh", "signer_name": "Người ký",
                "legal_bases": "Căn cứ", "recipients": "Nơi nhận", "plan_date": "Ngày kế hoạch"}  # fmt: skip
_TOPIC_LABELS = {"title": "Chủ đề", "form": "Hình thức", "content": "Nội dung",
                 "outputs": "Sản phẩm", "preparers": "Người thực hiện", "quarter": "Quý, tháng"}  # fmt: skip


def doubt_links(doubts: dict[str, Any]) -> list[dict[str, Any]]:
    """Every field marked "Máy đọc chưa chắc", in screen order, with the address of its box on
    the screen: the list at the top of a scan's review, so no one scrolls to find them."""
    out: list[dict[str, Any]] = []
    if doubts["cell"]:
        out.append({"label": "Tên chi bộ tệp ghi", "href": "#cell-from-file",
                    "words": doubts["cell"].words})  # fmt: skip
    for name in ("plan_date", "title", "legal_bases", "place_name", "signer_name", "recipients"):
        if name in doubts["plan"]:
            out.append({"label": _PLAN_LABELS[name], "href": f"#id_plan-{name}",
                        "words": doubts["plan"][name].words})  # fmt: skip
    for index, marks in enumerate(doubts["topics"]):
        for name in ("title", "quarter", "form", "preparers", "content", "outputs"):
            if name in marks:
                href = (
                    f"#topic-{index + 1}-preparers"
                    if name == "preparers"
                    else f"#id_t-{index}-{name}"
                )
                out.append({"label": f"Chuyên đề {index + 1} · {_TOPIC_LABELS[name]}",
                            "href": href, "words": marks[name].words})  # fmt: skip
    return out


def _rows(source_text: str, value: str) -> list[str]:
    """The lines of the text read where a value (a topic title, a date) is written."""
    key = fold(" ".join(value.split()))[:30]
    if len(key) < 6:
        return []
    return [line for line in source_text.splitlines() if key in fold(" ".join(line.split()))]


def _time_doubts(rows: list[str], words: set[str], scan: bool) -> list[str]:
    return [w for w in doubted(rows, words, scan) if _TIME.search(w)]


def ocr_doubts(
    parsed: dict[str, Any], uncertain: list[str], source_text: str, scan: bool = False
) -> dict[str, Any]:
    """What to mark on the review screen: {"plan": {field: note}, "cell": note,
    "topics": [{field: note}, ...], "count": fields marked} (one dict per parsed topic)."""
    words = doubt_words(uncertain)
    topics: list[dict[str, str]] = []
    if not (words or scan):
        return {"plan": {}, "cell": "", "topics": [{} for _ in parsed.get("topics", [])],
                "count": 0}  # fmt: skip
    plan: dict[str, str] = {}
    for name in PLAN_TEXT_FIELDS:
        found = doubted(parsed.get(_PARSED_NAME.get(name, name)), words, scan)
        if found:
            plan[name] = _note(found)
    date_rows = [
        line
        for line in source_text.splitlines()
        if re.search(r"ngày .{0,12}tháng", line, re.IGNORECASE)
    ]
    found = _time_doubts(date_rows[:2], words, scan)
    if found and parsed.get("date"):
        plan["plan_date"] = _note(found)
    cell_found = doubted(
        [parsed.get("cell_name", ""), parsed.get("committee_name", "")], words, scan
    )
    for topic in parsed.get("topics", []):
        marks: dict[str, str] = {}
        for name in TOPIC_TEXT_FIELDS:
            found = doubted(topic.get(name), words, scan)
            if found:
                marks[name] = _note(found)
        people = [p.get("text") or p.get("name", "") for p in topic.get("presenters", [])]
        found = doubted([*people, topic.get("preparer_note", "")], words, scan)
        if found:
            marks["preparers"] = _note(found)
        found = _time_doubts(_rows(source_text, topic.get("title", "")), words, scan)
        if found:
            marks["quarter"] = marks["month"] = _note(found)
        topics.append(marks)
    count = len(plan) + bool(cell_found) + sum(len(m) - ("month" in m) for m in topics)
    return {"plan": plan, "cell": _note(cell_found) if cell_found else "", "topics": topics,
            "count": count}  # fmt: skip


def cell_note(parsed: dict[str, Any], cell_name: str) -> str:
    """A note when the file names another cell than the one importing it."""
    written = " ".join(str(parsed.get("cell_name") or "").split())
    if not written:
        return ""
    a, b = fold(written), fold(cell_name)
    if a in b or b in a:
        return ""
    return (
        f"Tệp ghi “{written}”, khác tên chi bộ đang nhập (“{cell_name}”): "
        "kiểm tra đúng kế hoạch của chi bộ mình."
    )


# -- the doubted words boxed on the page images ------------------------------------------


def _box_keys(text: str) -> set[str]:
    return {token.casefold() for token in _WORD.findall(text)} | {_key(text)} - {""}


def page_boxes(pages: list[Any], uncertain: list[str], scan: bool = True) -> list[dict[str, Any]]:
    """Each page with the boxes to draw on its image: every word OCR read there that the review
    doubts (`doubted`: a doubted word, or on a scan stray symbols), placed in % of the image."""
    words = doubt_words(uncertain)
    out = []
    for page in pages:
        boxes = []
        for index, item in enumerate(page.words or []):
            text, left, top, width, height = str(item[0]), *(float(v) for v in item[1:5])
            keys = _box_keys(text)
            if not (keys & words or (scan and any(_strange(ch) for ch in text))):
                continue
            boxes.append({
                "id": f"box-{page.number}-{index}", "word": text, "keys": " ".join(sorted(keys)),
                "left": left, "top": top, "width": width, "height": height,
                "style": f"left:{left:.2f}%;top:{top:.2f}%;width:{width:.2f}%;height:{height:.2f}%",
            })  # fmt: skip
        out.append({"page": page, "boxes": boxes})
    return out


def tie_doubts(doubts: dict[str, Any], pages: list[dict[str, Any]]) -> None:
    """Point each field's note at the first box of one of its words (page order)."""
    first: dict[str, tuple[str, int]] = {}
    for entry in pages:
        for box in entry["boxes"]:
            for key in box["keys"].split():
                first.setdefault(key, (box["id"], entry["page"].number))
    notes = [*doubts["plan"].values(), doubts["cell"],
             *(note for marks in doubts["topics"] for note in marks.values())]  # fmt: skip
    for note in notes:
        if not isinstance(note, Doubt):
            continue
        for key in note.keys:
            if key in first:
                note.anchor, note.page = first[key]
                break


def order_rows(pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page-order list of the review: each page's number and how it starts (its first
    line of text, to tell photos sent out of order apart)."""
    rows = []
    for entry in pages:
        page = entry["page"]
        lines = [b.get("text") or " ".join((b.get("rows") or [[]])[0]) for b in page.blocks]
        first = next((line.strip() for line in lines if line and line.strip()), "")
        rows.append({"number": page.number, "start": first[:80] + ("…" if len(first) > 80 else "")})
    return rows
