"""`make loadtest` report: Locust's CSV statistics plus a lost-write count from the database,
written to bench/loadtest.json and bench/loadtest.md."""

from __future__ import annotations

import csv
import json
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chibo.settings")
import django  # noqa: E402

django.setup()

from chibo.meetings.models import MemberComment  # noqa: E402


def main(
    stats_csv: str, acked_json: str, meeting: int, users: int, duration: str, out_dir: str
) -> None:
    routes = []
    with open(stats_csv, newline="") as handle:
        for row in csv.DictReader(handle):
            routes.append({
                "route": row["Name"] if row["Name"] != "Aggregated" else "Tổng (mọi route)",
                "requests": int(row["Request Count"]), "errors": int(row["Failure Count"]),
                "p50_ms": float(row["50%"] or 0), "p95_ms": float(row["95%"] or 0),
                "rps": round(float(row["Requests/s"] or 0), 1),
            })  # fmt: skip
    # Failures that ended after Locust wrote its statistics are in the failures file only.
    failures_csv = Path(stats_csv.replace("_stats.csv", "_failures.csv"))
    failed: dict[str, int] = {}
    if failures_csv.exists():
        with failures_csv.open(newline="") as handle:
            for row in csv.DictReader(handle):
                failed[row["Name"]] = failed.get(row["Name"], 0) + int(row["Occurrences"])
    for route in routes:
        route["errors"] = max(route["errors"], failed.get(route["route"], 0))
    total_row = next(r for r in routes if r["route"].startswith("Tổng"))
    total_row["errors"] = max(total_row["errors"], sum(failed.values()))
    acked = set(json.loads(Path(acked_json).read_text()))
    stored = set()
    for text in MemberComment.objects.filter(meeting_id=meeting).values_list("text", flat=True):
        stored |= set(re.findall(r"[0-9a-f]{32}", text))
    lost = sorted(acked - stored)
    result = {"users": users, "duration": duration, "routes": routes,
              "comments_acknowledged": len(acked), "comments_lost": len(lost)}  # fmt: skip
    out = Path(out_dir)
    (out / "loadtest.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    total = next(r for r in routes if r["route"].startswith("Tổng"))
    lines = [
        "# Load test (`make loadtest`)",
        "",
        f"{users} Locust users for {duration} against gunicorn on PostgreSQL, loopback only "
        "(scripts/loadtest.sh). Each user logs in once, then opens the home page, the meeting "
        "and its reading page and, as a member, comments on the meeting or, as chi ủy, changes "
        "someone's attendance.",
        "",
        f"**{total['requests']} requests, {total['errors']} errors; "
        f"{len(acked)} comments acknowledged, {len(lost)} lost.**",
        "",
        "| route | requests | errors | p50 (ms) | p95 (ms) | req/s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    lines += [f"| {r['route']} | {r['requests']} | {r['errors']} | {r['p50_ms']:.0f} | "
              f"{r['p95_ms']:.0f} | {r['rps']} |" for r in routes]  # fmt: skip
    (out / "loadtest.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    if total["errors"] or lost:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6])
