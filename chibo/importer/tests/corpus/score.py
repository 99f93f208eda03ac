"""Precision and recall per field of the importer on the public-plan corpus.

Used by ``scripts/import_corpus_accuracy.py`` (``make bench-import``) and by
``test_corpus_accuracy.py``. Each document goes through accuracy.score_against, i.e. through the
importer's public entry point ``parse_plan(read_document(data, filename))``; a document the
importer cannot read (a scan before OCR, say) counts as found nothing, never as an error.

Per field, over all documents of a half:
- topics: a parsed topic is correct when its title matches a true one (accuracy.py's rule);
  precision = matched / parsed topics, recall = matched / true topics.
- quarter, month: counted over topics; true = true topics with a value, found = parsed topics
  with a value (extra topics included), correct = matched topics whose value equals the truth.
- presenters: counted per name; correct = names of a matched topic found in the true topic's
  names (case and diacritics ignored).
- cell_name, committee_name, number, date: one per document (when the truth or the parser has a
  value); correct when equal (accuracy.py's comparison).
- targets: accuracy.py's target matching (the parsed sentence starts with the true one).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chibo.lib.vietnamese import fold

from ..accuracy import Score, score_against, topic_values

HERE = Path(__file__).resolve().parent
FIELDS = [
    "topics",
    "quarter",
    "month",
    "presenters",
    "cell_name",
    "committee_name",
    "number",
    "date",
    "targets",
]
PLAN_FIELDS = ["cell_name", "committee_name", "number", "date"]
# What issue 17 asks of the test half (precision and recall each).
THRESHOLDS = {
    "topics": 0.95,
    "quarter": 0.95,
    "month": 0.95,
    "presenters": 0.95,
    "cell_name": 0.9,
}
# The fields whose threshold the test half meets, asserted by test_corpus_accuracy.py; the others
# are recorded as not enforced yet.
# cell_name since 2026-12-03 (0.926 after the names round); topics since 2026-12-04 (0.990 /
# 0.980 after the tenth round's text shapes); presenters since 2026-12-04 (0.985 / 0.956 after the
# eleventh round's people, topics, time and text-shape readers); month since 2026-12-05 (1.000 /
# 0.951 after the fourteenth round's scan readers); quarter not yet (0.990 / 0.941).
ENFORCED: list[str] = ["topics", "cell_name", "presenters", "month"]
# What the test half must keep, field by field (precision, recall): the figures of the last
# recorded run less 0.02 (a topic or two), so that a change that reads plans it has never seen
# worse than before fails. Set from the 27-plan test half on 2026-12-02 (the figures after '#');
# topics, quarter, month and presenters raised after the structure reader (structure.py), then with
# the reader's Word mechanics (reader.py) and the target readers (targets.py): recall floors are the
# figures less 0.02, precision floors kept where the figure stayed above them. Quarter recall
# raised again after the Word layers (nested/merged tables, page headers, strike, notes) and times.py.
# All raised again on 2026-12-03 after the eighth round (topic reader; cell names, now enforced).
# Topics, quarter, month, presenters and targets raised on 2026-12-04 after the tenth round;
# presenters again after the eleventh. Topics, quarter, month and presenters raised on 2026-12-05
# after the fourteenth round (scans).
# Raised as the parser improves; never lowered to let a change pass.
FLOORS: dict[str, tuple[float, float]] = {
    "topics": (0.98, 0.97),  # 1.00 / 0.99 (2026-12-05, round 14)
    "quarter": (0.96, 0.92),  # 0.99 / 0.94
    "month": (0.98, 0.93),  # 1.00 / 0.95 (enforced at 0.95)
    "presenters": (0.98, 0.95),  # 1.00 / 0.971 (round 14; enforced at 0.95)
    "cell_name": (0.90, 0.90),  # 0.93 / 0.93 (names round 8)
    "committee_name": (0.90, 0.90),  # 0.93 / 0.93
    "number": (0.98, 0.98),  # 1.00 / 1.00
    "date": (0.98, 0.98),  # 1.00 / 1.00
    "targets": (0.94, 0.98),  # 0.96 / 1.00
}  # fmt: skip


@dataclass
class Count:
    true: int = 0
    found: int = 0
    correct: int = 0

    def add(self, other: Count) -> None:
        self.true += other.true
        self.found += other.found
        self.correct += other.correct

    def as_dict(self) -> dict[str, Any]:
        return {
            "true": self.true,
            "found": self.found,
            "correct": self.correct,
            "precision": round(self.correct / self.found, 4)
            if self.found
            else (0.0 if self.true else 1.0),
            "recall": round(self.correct / self.true, 4) if self.true else 1.0,
        }


@dataclass
class FileResult:
    file: str
    read: bool
    counts: dict[str, Count] = field(default_factory=lambda: {f: Count() for f in FIELDS})
    failure: str = ""
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


def documents(half: str) -> list[tuple[Path, dict[str, Any]]]:
    """(file, truth) for every plan of a half, in name order."""
    out = []
    for truth_path in sorted((HERE / half).glob("*.json")):
        expected = json.loads(truth_path.read_text(encoding="utf-8"))
        out.append((truth_path.with_name(expected["file"]), expected))
    return out


def _present(value: Any) -> bool:
    return value not in (None, "", [])


def _people(names: list[str]) -> list[str]:
    return [fold(" ".join(n.split())) for n in names]


def _true_counts(expected: dict[str, Any]) -> dict[str, Count]:
    counts = {f: Count() for f in FIELDS}
    topics = [topic_values(t) for t in expected["topics"]]
    counts["topics"].true = len(topics)
    for name in ("quarter", "month"):
        counts[name].true = sum(_present(t[name]) for t in topics)
    counts["presenters"].true = sum(len(t["presenters"]) for t in topics)
    for name in PLAN_FIELDS:
        counts[name].true = int(_present(expected.get(name)))
    counts["targets"].true = len(expected["targets"])
    return counts


def score_file(path: Path, expected: dict[str, Any]) -> FileResult:
    started = time.perf_counter()
    result = FileResult(path.name, read=True, counts=_true_counts(expected))
    try:
        scored = score_against(expected, path.stem, path.name, path.read_bytes())
    except Exception as exc:  # noqa: BLE001 - an unreadable document scores zero, by design
        result.read = False
        result.failure = f"{type(exc).__name__}: {exc}"[:300]
    else:
        _found_counts(scored, expected, result)
    result.seconds = round(time.perf_counter() - started, 2)
    return result


def _found_counts(scored: Score, expected: dict[str, Any], result: FileResult) -> None:
    counts = result.counts
    parsed = scored.parsed
    found_topics = [topic_values(t) for t in parsed.get("topics", [])]
    counts["topics"].found = len(found_topics)
    counts["topics"].correct = scored.matched_topics
    for name in ("quarter", "month"):
        counts[name].found = sum(_present(t[name]) for t in found_topics)
        counts[name].correct = sum(
            _present(want[name]) and got[name] == want[name] for want, got in scored.topic_pairs
        )
    counts["presenters"].found = sum(len(t["presenters"]) for t in found_topics)
    counts["presenters"].correct = sum(
        len(set(_people(got["presenters"])) & set(_people(want["presenters"])))
        for want, got in scored.topic_pairs
    )
    for name in PLAN_FIELDS:
        counts[name].found = int(_present(parsed.get(name)))
        counts[name].correct = int(
            _present(expected.get(name)) and scored.plan_right.get(name, False)
        )
    counts["targets"].found = scored.found_targets
    counts["targets"].correct = scored.matched_targets
    result.errors = list(scored.errors)


def score_half(half: str) -> dict[str, Any]:
    started = time.perf_counter()
    files = [score_file(path, expected) for path, expected in documents(half)]
    totals = {f: Count() for f in FIELDS}
    for result in files:
        for name in FIELDS:
            totals[name].add(result.counts[name])
    return {
        "documents": len(files),
        "unreadable": sum(not r.read for r in files),
        "fields": {name: totals[name].as_dict() for name in FIELDS},
        "seconds": round(time.perf_counter() - started, 2),
        "per_file": [
            {
                "file": r.file,
                "read": r.read,
                "failure": r.failure,
                "seconds": r.seconds,
                "fields": {name: r.counts[name].as_dict() for name in FIELDS},
                # The test half's differences would show its truth to whoever tunes the parser.
                **({"errors": r.errors} if half == "dev" else {}),
            }
            for r in files
        ],
    }


def corpus_report(halves: tuple[str, ...] = ("test", "dev")) -> dict[str, Any]:
    report: dict[str, Any] = {
        "about": "Public-plan corpus (chibo/importer/tests/corpus): the test half is the score; the dev "
        "half is shown for the parser's work. Seeds are scored apart, under 'seeds'.",
        "thresholds_enforced": {name: THRESHOLDS[name] for name in ENFORCED},
        "thresholds_not_enforced_yet": {
            name: value for name, value in THRESHOLDS.items() if name not in ENFORCED
        },
        "floors": {name: {"precision": p, "recall": r} for name, (p, r) in FLOORS.items()},
    }
    for half in halves:
        report[half] = score_half(half)
    return report


def write_bench(report: dict[str, Any], path: Path) -> None:
    """Write the corpus report under 'corpus', keeping the seed results under 'seeds'."""
    data: dict[str, Any] = {}
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
    if "documents" in data:  # the seed report written before the corpus existed
        data = {"seeds": data}
    data["corpus"] = {**data.get("corpus", {}), **report}  # scoring one half keeps the other
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def table(report: dict[str, Any], half: str) -> str:
    part = report[half]
    lines = [
        f"{half} half: {part['documents']} documents, {part['unreadable']} unreadable, {part['seconds']} s"
    ]
    lines.append(
        f"{'field':16} {'true':>5} {'found':>6} {'correct':>8} {'precision':>10} {'recall':>7}"
    )
    for name, c in part["fields"].items():
        lines.append(
            f"{name:16} {c['true']:5} {c['found']:6} {c['correct']:8} {c['precision']:10.3f} {c['recall']:7.3f}"
        )
    if half != "dev":  # the test half's per-file figures stay in the file, not on the screen of
        return "\n".join(lines)  # whoever is improving the parser
    lines.append("per file (topics correct/true/found; cell; failure):")
    for f in part["per_file"]:
        t = f["fields"]["topics"]
        cell = "cell ok" if f["fields"]["cell_name"]["correct"] else "cell ✗"
        lines.append(
            f"  {f['file']:46} {t['correct']}/{t['true']}/{t['found']:<3} {cell} {f['failure'][:60]}"
        )
    return "\n".join(lines)
