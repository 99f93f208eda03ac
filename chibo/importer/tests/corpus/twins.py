"""Scan twins: development plans typed in Word, rendered as flatbed scans, read by OCR.

The corpus holds only one file per plan, so its scans are few (one per batch). A twin is the same
plan printed and scanned exactly as `build.scan` renders the corpus's own scans (200 dpi, grey,
rotated 1–2°, blurred): the Word file reads right, so whatever its scan loses is lost by the OCR
path (`chibo.importer.ocr`) and how the parser takes its text. Twins are made of the development
half only (its .docx, .doc and .odt plans) and scored against the plan's own truth; the test
half is never rendered here.

Usage (from the repository root; `make bench-scans`):
    .venv/bin/python -m chibo.importer.tests.corpus.twins [--every N] [--offset K] [--ids 100,117]
Every Nth plan (default 4) from the Kth; scans are cached in `var/scan-twins/` (they depend on the
layouts only). Writes totals and per-plan figures to `bench/scan_twins.json`.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[4]
CACHE = ROOT / "var" / "scan-twins"
OUT = ROOT / "bench" / "scan_twins.json"
FIELDS = ("topics", "quarter", "month", "presenters")


def twin(plan: dict[str, Any]) -> Path:
    """The plan's scan, rendered once and cached."""
    from . import build

    out = CACHE / f"{plan['id']}.pdf"
    if not out.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            docx = Path(tmp) / f"{plan['id']}.docx"
            build.to_docx(build.LAYOUTS[plan["layout"]](plan), docx)
            pdf = build.soffice(docx, "pdf", Path(tmp))
            build.scan(pdf, out, sum(map(ord, plan["id"])))
    return out


def score(plan: dict[str, Any]) -> dict[str, Any]:
    from chibo.lib.vietnamese import fold

    from ..accuracy import score_against
    from . import build

    path = twin(plan)
    truth = build.truth(plan, path.name)
    started = time.perf_counter()
    scored = score_against(truth, path.stem, path.name, path.read_bytes())
    pairs = scored.topic_pairs
    people = sum(
        len({fold(n) for n in got["presenters"]} & {fold(n) for n in want["presenters"]})
        for want, got in pairs
    )
    return {
        "plan": plan["id"],
        "layout": plan["layout"],
        "seconds": round(time.perf_counter() - started, 1),
        "topics": [scored.matched_topics, len(scored.parsed["topics"]), len(truth["topics"])],
        "quarter": [sum(g["quarter"] == w["quarter"] for w, g in pairs), len(truth["topics"])],
        "month": [
            sum(g["month"] == w["month"] for w, g in pairs if w["month"]),
            sum(1 for t in truth["topics"] if t["month"]),
        ],
        "presenters": [people, sum(len(t["presenters"]) for t in truth["topics"])],
        "errors": [e for e in scored.errors if " form:" not in e and " outputs:" not in e],
    }


def main(argv: list[str]) -> int:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chibo.settings")
    django.setup()
    from . import build

    def option(name: str, default: str) -> str:
        return argv[argv.index(name) + 1] if name in argv else default

    plans = sorted(
        (p for p in build.PLANS if p["half"] == "dev" and p["fmt"] in ("docx", "doc", "odt")),
        key=lambda p: p["id"],
    )
    ids = option("--ids", "")
    if ids:
        plans = [p for p in plans if p["id"].split("_")[0] in ids.split(",")]
    else:
        plans = plans[int(option("--offset", "0")) :: int(option("--every", "4"))]
    results = []
    for plan in plans:
        result = score(plan)
        results.append(result)
        ok = result["topics"][0] == result["topics"][2] == result["topics"][1] and all(
            result[f][0] == result[f][-1] for f in ("quarter", "month")
        )
        print(("ok " if ok else "!! ") + plan["id"], result["layout"],
              *(f"{f} {result[f]}" for f in FIELDS), flush=True)  # fmt: skip
    totals = {f: [sum(r[f][0] for r in results), sum(r[f][-1] for r in results)] for f in FIELDS}
    report = {
        "about": __doc__.split("\n\n")[0],
        "plans": len(results),
        "recall": {f: round(c / t, 3) if t else None for f, (c, t) in totals.items()},
        "totals_correct_true": totals,
        "per_plan": results,
    }
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(report["recall"], f"written {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
