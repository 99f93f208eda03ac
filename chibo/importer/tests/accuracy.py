"""Scoring a parsed plan against its ground truth (used by the tests and scripts/import_accuracy.py).

A parsed topic matches a true topic when their titles agree (ignoring diacritics, case and
end punctuation, or one title containing the other); every matched pair is then compared
field by field. Targets match when the parsed sentence starts with the true one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document
from chibo.lib.vietnamese import fold

from .samples import GROUND_TRUTH

TOPIC_FIELDS = ["title", "quarter", "month", "form", "presenters", "outputs", "conflicts"]
PLAN_FIELDS = [
    "kind",
    "year",
    "cell_name",
    "committee_name",
    "number",
    "type_code",
    "date",
    "place",
]


def truth(name: str) -> dict[str, Any]:
    return json.loads((GROUND_TRUTH / f"{name}.json").read_text(encoding="utf-8"))


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split()).rstrip(" .;")
    return value


def topic_values(topic: dict[str, Any]) -> dict[str, Any]:
    values = {name: _norm(topic.get(name)) for name in TOPIC_FIELDS}
    presenters = topic.get("presenters", [])
    values["presenters"] = [p["name"] if isinstance(p, dict) else p for p in presenters]
    conflicts = topic.get("conflicts", [])
    values["conflicts"] = len(conflicts) if isinstance(conflicts, list) else conflicts
    return values


def _same_title(a: str, b: str) -> bool:
    fa, fb = fold(_norm(a)), fold(_norm(b))
    return bool(fa and fb) and (fa == fb or fa in fb or fb in fa)


@dataclass
class Score:
    name: str
    filename: str
    true_topics: int = 0
    found_topics: int = 0
    matched_topics: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TOPIC_FIELDS, 0))
    true_targets: int = 0
    found_targets: int = 0
    matched_targets: int = 0
    target_kind_right: int = 0
    target_value_right: int = 0
    plan_right: dict[str, bool] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    # What the parser returned, and each matched (true, parsed) topic pair in comparable form.
    parsed: dict[str, Any] = field(default_factory=dict)
    topic_pairs: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)


def score(name: str, filename: str, data: bytes) -> Score:
    return score_against(truth(name), name, filename, data)


def score_against(expected: dict[str, Any], name: str, filename: str, data: bytes) -> Score:
    """Score one document against a truth dict kept anywhere (the corpus keeps its own)."""
    result = Score(name, filename)
    parsed = parse_plan(read_document(data, filename)).to_dict()
    result.parsed = parsed
    for key in PLAN_FIELDS:
        result.plan_right[key] = _norm(parsed.get(key)) == _norm(expected.get(key))
        if not result.plan_right[key]:
            result.errors.append(f"{key}: {parsed.get(key)!r} ≠ {expected.get(key)!r}")
    if len(parsed["legal_bases"]) != expected["legal_bases"]:
        result.errors.append(
            f"legal_bases: {len(parsed['legal_bases'])} ≠ {expected['legal_bases']}"
        )
    for needle in expected.get("warnings_contain", []):
        if not any(needle in w for w in parsed["warnings"]):
            result.errors.append(f"warning missing: {needle}")
    _score_topics(parsed, expected, result)
    _score_targets(parsed, expected, result)
    return result


def _score_topics(parsed: dict[str, Any], expected: dict[str, Any], result: Score) -> None:
    found = [topic_values(t) for t in parsed["topics"]]
    true = [topic_values(t) for t in expected["topics"]]
    result.true_topics, result.found_topics = len(true), len(found)
    unused = list(range(len(found)))
    for want in true:
        index = next((i for i in unused if _same_title(found[i]["title"], want["title"])), None)
        if index is None:
            result.errors.append(f"topic not found: {want['title'][:60]}")
            continue
        unused.remove(index)
        result.matched_topics += 1
        got = found[index]
        result.topic_pairs.append((want, got))
        for name in TOPIC_FIELDS:
            if got[name] == want[name]:
                result.field_right[name] += 1
            else:
                result.errors.append(
                    f"topic “{want['title'][:40]}” {name}: {got[name]!r} ≠ {want[name]!r}"
                )
    for i in unused:
        result.errors.append(f"extra topic: {found[i]['title'][:60]}")


def _score_targets(parsed: dict[str, Any], expected: dict[str, Any], result: Score) -> None:
    found = parsed["targets"]
    true = expected["targets"]
    result.true_targets, result.found_targets = len(true), len(found)
    unused = list(range(len(found)))
    for want in true:
        prefix = fold(_norm(want["text"]))
        index = next((i for i in unused if fold(found[i]["text"]).startswith(prefix)), None)
        if index is None:
            result.errors.append(f"target not found: {want['text'][:60]}")
            continue
        unused.remove(index)
        result.matched_targets += 1
        got = found[index]
        if got["kind"] == want["kind"]:
            result.target_kind_right += 1
        else:
            result.errors.append(
                f"target “{want['text'][:40]}” kind: {got['kind']} ≠ {want['kind']}"
            )
        if (got["value_min"], got["value_max"]) == (want["value_min"], want["value_max"]):
            result.target_value_right += 1
        else:
            result.errors.append(
                f"target “{want['text'][:40]}” values: {(got['value_min'], got['value_max'])} ≠ "
                f"{(want['value_min'], want['value_max'])}"
            )
    for i in unused:
        result.errors.append(f"extra target: {found[i]['text'][:60]}")
