"""Accuracy of the plan importer over the seeds and the generated layouts.

Usage: .venv/bin/python scripts/import_accuracy.py [--no-pdf]
Writes bench/import_accuracy.json (key "seeds") and prints a table. Exits 1 if any topic or field is wrong.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chibo.settings")


def main() -> int:
    from chibo.importer.tests.accuracy import TOPIC_FIELDS, score
    from chibo.importer.tests.samples import documents

    started = time.perf_counter()
    scores = [
        score(name, filename, data)
        for name, filename, data in documents(with_pdf="--no-pdf" not in sys.argv)
    ]
    true = sum(s.true_topics for s in scores)
    found = sum(s.found_topics for s in scores)
    matched = sum(s.matched_topics for s in scores)
    fields = {
        f: sum(s.field_right[f] for s in scores) / matched if matched else 0.0 for f in TOPIC_FIELDS
    }
    targets_true = sum(s.true_targets for s in scores)
    targets_found = sum(s.found_targets for s in scores)
    targets_matched = sum(s.matched_targets for s in scores)
    plan_fields = sum(sum(s.plan_right.values()) for s in scores) / sum(
        len(s.plan_right) for s in scores
    )
    report = {
        "documents": len(scores),
        "topics": {
            "true": true, "found": found, "matched": matched,
            "precision": matched / found if found else 1.0,
            "recall": matched / true if true else 1.0,
        },
        "topic_field_accuracy": fields,
        "targets": {
            "true": targets_true, "found": targets_found, "matched": targets_matched,
            "precision": targets_matched / targets_found if targets_found else 1.0,
            "recall": targets_matched / targets_true if targets_true else 1.0,
            "kind_accuracy": sum(s.target_kind_right for s in scores) / targets_matched if targets_matched else 1.0,
            "value_accuracy": sum(s.target_value_right for s in scores) / targets_matched if targets_matched else 1.0,
        },
        "plan_field_accuracy": plan_fields,
        "seconds": round(time.perf_counter() - started, 2),
        "per_document": [
            {"document": s.filename, "topics": f"{s.matched_topics}/{s.true_topics} (found {s.found_topics})",
             "targets": f"{s.matched_targets}/{s.true_targets} (found {s.found_targets})", "errors": s.errors}
            for s in scores
        ],
    }  # fmt: skip
    out = ROOT / "bench" / "import_accuracy.json"
    out.parent.mkdir(exist_ok=True)
    # The seeds' report goes under "seeds"; the public-plan corpus (make bench-import) keeps "corpus".
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    data = {"corpus": data["corpus"]} if "corpus" in data else {}
    data["seeds"] = report
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    print(f"{'document':32} {'topics':>16} {'targets':>16} errors")
    for row in report["per_document"]:
        print(f"{row['document']:32} {row['topics']:>16} {row['targets']:>16} {len(row['errors'])}")
        for error in row["errors"]:
            print(f"    {error}")
    t = report["topics"]
    print(f"\ntopics: precision {t['precision']:.1%}, recall {t['recall']:.1%} ({matched}/{true})")
    print("fields: " + ", ".join(f"{k} {v:.1%}" for k, v in fields.items()))
    g = report["targets"]
    print(f"targets: precision {g['precision']:.1%}, recall {g['recall']:.1%}, kind {g['kind_accuracy']:.1%}, "
          f"values {g['value_accuracy']:.1%}")  # fmt: skip
    print(f"plan fields: {plan_fields:.1%}; {report['seconds']} s; written {out.relative_to(ROOT)}")
    return 0 if all(not s.errors for s in scores) else 1


if __name__ == "__main__":
    sys.exit(main())
