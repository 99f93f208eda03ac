"""Write bench/room_load.json from a `make loadtest-room` run: Locust's request statistics,
the update delay the phones saw (p50/p95/max), and the ballots checked against the database
(every acknowledged ballot counted once, none twice)."""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chibo.settings")
import django  # noqa: E402

django.setup()

from chibo.room.models import Ballot, Participation  # noqa: E402


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(
    stats_csv: str, out_json: str, meeting: int, users: int, duration: str, workers: str, dest: str
) -> None:
    with open(stats_csv, encoding="utf-8") as stats:
        rows = list(csv.DictReader(stats))
    requests = [{"name": f"{r['Type']} {r['Name']}".strip(), "requests": int(r["Request Count"]),
                 "failures": int(r["Failure Count"]), "median_ms": float(r["Median Response Time"]),
                 "p95_ms": float(r["95%"] or 0), "max_ms": float(r["Max Response Time"])}
                for r in rows if r["Name"] != "Aggregated"]  # fmt: skip
    total = next(r for r in rows if r["Name"] == "Aggregated")
    run = json.loads(Path(out_json).read_text())
    delays = [d * 1000 for d in run["delays"]]
    acked = run["ballots"]["acked"]
    ballots = []
    for ballot in Ballot.objects.filter(meeting_id=meeting).order_by("id"):
        counted = sum(ballot.totals)
        ballots.append({"ballot": ballot.pk, "status": ballot.status, "acked": len(acked.get(str(ballot.pk), [])),
                        "participants": Participation.objects.filter(ballot=ballot).count(),
                        "counted": counted,
                        "denominator": ballot.result.denominator if ballot.result else None})  # fmt: skip
    lost_or_double = [b for b in ballots if not (b["acked"] == b["participants"] == b["counted"])]
    report = {
        "what": "40 phones follow one meeting (poll /live/state/ with If-None-Match every second, vote, "
                "ask to speak), one chair drives the console; gunicorn on loopback, PostgreSQL",
        "users": users, "duration": duration, "gunicorn": workers,
        "requests": int(total["Request Count"]), "failures": int(total["Failure Count"]),
        "requests_per_s": round(float(total["Requests/s"]), 1),
        "update_delay_ms": {"changes": run["changes"], "samples": len(delays),
                            "p50": percentile(delays, 50), "p95": percentile(delays, 95),
                            "max": max(delays) if delays else None},
        "ballots": {"sent": run["ballots"]["sent"], "resent_same_token": run["ballots"]["resent"],
                    "refused": run["ballots"]["refused"], "per_vote": ballots,
                    "lost_or_counted_twice": len(lost_or_double)},
        "by_request": requests,
    }  # fmt: skip
    Path(dest, "room_load.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    print(
        json.dumps(
            {k: report[k] for k in ("requests", "failures", "update_delay_ms")}, ensure_ascii=False
        )
    )


if __name__ == "__main__":
    main(
        sys.argv[1],
        sys.argv[2],
        int(sys.argv[3]),
        int(sys.argv[4]),
        sys.argv[5],
        sys.argv[6],
        sys.argv[7],
    )
