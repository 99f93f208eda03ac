"""Render a seed-000-sized plan to DOCX 50 times; write the median to bench/documents.json.

Usage: .venv/bin/python scripts/bench_documents.py [RUNS]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chibo.settings")

import django  # noqa: E402

django.setup()

from chibo.documents.party import render_docx, render_html  # noqa: E402
from chibo.documents.sample import sample_plan  # noqa: E402

TARGET_MS = 50


def _median_ms(func, runs: int) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    func()  # warm imports and the template cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), max(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    doc = sample_plan()
    docx_median, docx_min, docx_max = _median_ms(lambda: render_docx(doc), runs)
    html_median, _, _ = _median_ms(lambda: render_html(doc), runs)
    size = len(render_docx(doc))
    result = {
        "date": dt.date.today().isoformat(),
        "what": "render_docx(sample_plan()): seed 000's plan, 46 body blocks + 1 table",
        "runs": runs,
        "docx_median_ms": round(docx_median, 1),
        "docx_min_ms": round(docx_min, 1),
        "docx_max_ms": round(docx_max, 1),
        "docx_bytes": size,
        "html_median_ms": round(html_median, 2),
        "target_ms": TARGET_MS,
        "meets_target": docx_median < TARGET_MS,
        "machine": {
            "nproc": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.machine(),
        },
    }
    out = ROOT / "bench" / "documents.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
