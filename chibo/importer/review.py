"""What the review screen starts from: the parsed plan as form data, and what to highlight.

Preparers are matched to the cell's current members by `match_people`: matches from the full
name or family + given name are ticked; a given name alone, an ambiguous or unknown name is
highlighted and left for the reviewer (pick a member, add a new member, or keep it as text).
"""

from __future__ import annotations

from typing import Any

from chibo.lib.vietnamese import roman
from chibo.members.models import Member
from chibo.plans.models import month_quarter_error

from .people import match_people

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
        "title": parsed.get("title", ""), "plan_date": parsed.get("date"),
        "place_name": parsed.get("place") or defaults.get("place_name", ""),
        "legal_bases": bases or defaults.get("legal_bases", []),
        "signer_name": parsed.get("signer_name") or defaults.get("signer_name", ""),
        "recipients": parsed.get("recipients") or defaults.get("recipients", []),
        "days_before_distribution": parsed.get("days_before_distribution")
        or defaults.get("days_before_distribution"),
    }  # fmt: skip


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
