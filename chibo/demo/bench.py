"""The page benchmark behind `make bench` (scripts/bench.sh runs it; see bench/README.md).

`measure()` times each key page and API route over HTTP against a real WSGI server
(gunicorn on loopback, started by the script) and counts its SQL queries in-process with
Django's test client on the same database; `report()` merges the sizes into
bench/results.json and bench/RESULTS.md with the machine's facts.
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import os
import platform
import statistics
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

TIMEOUT = 60


@dataclass
class Target:
    name: str
    path: str
    auth: str  # session | token | none


@dataclass
class Result:
    name: str
    path: str
    status: int
    queries: int
    cold_ms: float  # in-process, empty cache, query logging on: an upper bound
    median_ms: float
    p95_ms: float
    runs: int


def targets(seed: int) -> tuple[list[Target], dict[str, Any]]:
    """The pages to time, on the generated province of `seed`."""
    from chibo.meetings.models import Meeting
    from chibo.organizations.models import Cell, Committee

    province = Committee.objects.get(name=f"Tỉnh ủy Mẫu {seed}", parent=None)
    ward = Committee.objects.filter(parent=province).order_by("path").first()
    assert ward is not None
    cell = Cell.objects.below(ward).order_by("pk").first()
    assert cell is not None
    meeting = Meeting.objects.filter(
        cell=cell, kind=Meeting.Kind.THEMATIC, status__in=["concluded", "closed"]
    ).first()
    assert meeting is not None
    year = dt.date.today().year
    found = [
        Target("Đối chứng: Django trả “ok”", "/bench/bare/", "none"),
        Target("Đối chứng: trang trống có bố cục, đã đăng nhập", "/bench/bare-page/", "session"),
        Target("Bảng giám sát Tỉnh ủy (mọi chi bộ)", f"/committees/{province.pk}/oversight/", "session"),
        Target("Bảng giám sát Tỉnh ủy, lọc: thiếu chuyên đề quý I",
               f"/committees/{province.pk}/oversight/?year={year}&show=missing_thematic&quarter=1", "session"),
        Target("Bảng giám sát Đảng ủy xã", f"/committees/{ward.pk}/oversight/", "session"),
        Target("Trang Đảng ủy (danh sách chi bộ)", f"/committees/{province.pk}/", "session"),
        Target("Bảng tình hình chi bộ", f"/cells/{cell.pk}/oversight/", "session"),
        Target("Trang chi bộ", f"/cells/{cell.pk}/", "session"),
        Target("Danh sách đảng viên", f"/cells/{cell.pk}/members/", "session"),
        Target("Danh sách buổi sinh hoạt", f"/cells/{cell.pk}/meetings/", "session"),
        Target("Một buổi sinh hoạt", f"/meetings/{meeting.pk}/", "session"),
        Target("Phiếu chất lượng buổi sinh hoạt", f"/meetings/{meeting.pk}/quality/", "session"),
        Target("Nhiệm vụ của chi bộ", f"/cells/{cell.pk}/tasks/", "session"),
        Target("Báo cáo năm của chi bộ (Excel)", f"/cells/{cell.pk}/oversight/report.xlsx", "session"),
        Target("API: một chi bộ", f"/api/v1/cells/{cell.pk}", "token"),
        Target("API: đảng viên của chi bộ", f"/api/v1/cells/{cell.pk}/members", "token"),
        Target("API: buổi sinh hoạt của chi bộ", f"/api/v1/cells/{cell.pk}/meetings", "token"),
    ]  # fmt: skip
    found = [t for t in found if _routable(t.path)]  # e.g. an API router not mounted in this build
    return found, {"province": province.pk, "ward": ward.pk, "cell": cell.pk, "meeting": meeting.pk}


def _routable(path: str) -> bool:
    from django.urls import Resolver404, resolve

    try:
        resolve(path.split("?")[0])
    except Resolver404:
        return False
    return True


def _credentials() -> tuple[Any, str, str]:
    """A province officer with a session cookie and an API token (created if missing)."""
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    from chibo.api.models import ApiToken
    from chibo.organizations.models import Committee, CommitteeOfficer

    user, _ = get_user_model().objects.get_or_create(username="bench-officer")
    for committee in Committee.objects.filter(parent=None, name__startswith="Tỉnh ủy Mẫu"):
        CommitteeOfficer.objects.get_or_create(committee=committee, user=user)
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    _, key = ApiToken.issue(user, name=f"bench {time.time():.0f}")
    return user, str(session.session_key), key


def _count_queries(user: Any, token: str, target: Target) -> tuple[int, int, float]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    headers = {}
    if target.auth == "session":
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    elif target.auth == "token":
        headers["Authorization"] = f"Bearer {token}"
    from django.core.cache import cache

    client.get(target.path, headers=headers, secure=True)  # warm the process as the server is warm
    cache.clear()  # count every query a page may run (the committee totals are cached)
    with CaptureQueriesContext(connection) as ctx:
        started = time.perf_counter()
        response = client.get(target.path, headers=headers, secure=True)
        cold_ms = (time.perf_counter() - started) * 1000
    return response.status_code, len(ctx.captured_queries), round(cold_ms, 1)


def _time(host: str, port: int, target: Target, cookie: str, token: str, runs: int) -> list[float]:
    headers = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}
    if target.auth == "session":
        headers["Cookie"] = f"sessionid={cookie}"
    elif target.auth == "token":
        headers["Authorization"] = f"Bearer {token}"
    timings = []
    connection = http.client.HTTPConnection(host, port, timeout=TIMEOUT)
    for index in range(runs + 3):  # three warm-up requests are not counted
        started = time.perf_counter()
        connection.request("GET", target.path, headers=headers)
        response = connection.getresponse()
        response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200:
            raise RuntimeError(
                f"{target.path}: HTTP {response.status}"
            )  # a broken page is not a timing
        if response.getheader("Connection", "").lower() == "close":
            connection.close()
            connection = http.client.HTTPConnection(host, port, timeout=TIMEOUT)
        if index >= 3:
            timings.append(elapsed)
    connection.close()
    return timings


def p95(values: list[float]) -> float:
    return (
        statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) > 1 else values[0]
    )


def measure(*, seed: int, host: str, port: int, runs: int, size: str) -> dict[str, Any]:
    from chibo.meetings.models import Attendance, Meeting
    from chibo.members.models import Member
    from chibo.organizations.models import Cell

    found, ids = targets(seed)
    user, cookie, token = _credentials()
    results = []
    for target in found:
        status, queries, cold_ms = _count_queries(user, token, target)
        timings = _time(host, port, target, cookie, token, runs)
        results.append(Result(target.name, target.path, status, queries, cold_ms, round(statistics.median(timings), 1),
                              round(p95(timings), 1), len(timings)))  # fmt: skip
    return {
        "size": size, "seed": seed, "cells": Cell.objects.count(), "members": Member.objects.count(),
        "meetings": Meeting.objects.count(), "attendance_rows": Attendance.objects.count(), "objects": ids,
        "pages": [asdict(r) for r in results],
    }  # fmt: skip


# -- the report ------------------------------------------------------------------------------


def machine(pg_version: str) -> dict[str, Any]:
    mem_kb = 0
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    return {"nproc": os.cpu_count(), "memory_gb": round(mem_kb / 1024 / 1024, 1), "python": platform.python_version(),
            "postgresql": pg_version, "platform": platform.platform(), "server": "gunicorn 2 sync workers, 127.0.0.1"}  # fmt: skip


def report(
    sizes: list[dict[str, Any]], *, pg_version: str, notes: list[str], bench_dir: Path
) -> dict[str, Any]:
    result: dict[str, Any] = {"date": dt.date.today().isoformat(), "machine": machine(pg_version), "sizes": sizes,
                              "notes": notes}  # fmt: skip
    for size in sizes:
        # HTML pages are compared with the empty signed-in page (same session, layout and
        # context processors), API routes and the floor with the plain "ok" view.
        floor = next(p for p in size["pages"] if p["path"] == "/bench/bare/")["median_ms"]
        layout = next(p for p in size["pages"] if p["path"] == "/bench/bare-page/")["median_ms"]
        for page in size["pages"]:
            base = floor if page["path"].startswith(("/api/", "/bench/bare/")) else layout
            page["ratio_to_bare"] = round(page["median_ms"] / base, 2) if base else None
    result["targets"] = _targets(sizes)
    others = {}
    for name in ("documents.json", "dossier.json"):
        path = bench_dir / name
        if path.exists():
            others[name] = json.loads(path.read_text())
    result["other_benchmarks"] = others
    (bench_dir / "results.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    (bench_dir / "RESULTS.md").write_text(markdown(result))
    return result


def _targets(sizes: list[dict[str, Any]]) -> dict[str, Any]:
    by_size = {
        s["size"]: {p["name"]: p for p in s["pages"]} for s in sizes
    }  # pks differ between sizes
    out: dict[str, Any] = {}
    large = next((s for s in sizes if s["size"] == "large"), None)
    if large:
        dash = next(
            p
            for p in large["pages"]
            if p["path"].endswith("/oversight/") and "committees" in p["path"]
        )
        out["committee_dashboard_p95_ms_large"] = dash["p95_ms"]
        out["committee_dashboard_p95_under_300ms"] = dash["p95_ms"] < 300
    small = next((s for s in sizes if s["size"] == "small"), None)
    if small:
        slow = [p["name"] for p in small["pages"] if (p.get("ratio_to_bare") or 0) > 2]
        out["pages_over_2x_bare_small_ratios"] = {p["name"]: p["ratio_to_bare"] for p in small["pages"]
                                                  if (p.get("ratio_to_bare") or 0) > 2}  # fmt: skip
        out["pages_over_2x_bare_small"] = slow
    if len(by_size) == 2:
        a, b = by_size.values()
        out["query_count_differs"] = sorted(
            a[k]["name"] for k in a if k in b and a[k]["queries"] != b[k]["queries"]
        )
    return out


def markdown(result: dict[str, Any]) -> str:
    m = result["machine"]
    lines = [
        "# Benchmark: key pages and API routes", "",
        f"Measured {result['date']} on this machine: {m['nproc']} CPU, {m['memory_gb']} GB RAM, Python {m['python']}, "
        f"{m['postgresql']}; {m['platform']}. Server: {m['server']}; requests one at a time over HTTP "
        "(keep-alive), 3 warm-up requests not counted; SQL queries counted in-process with Django's test client "
        "on the same database. Produced by `make bench` (scripts/bench.sh); raw figures in results.json.", "",
        "× yardstick: a page's median over the median of the empty signed-in page with the site layout "
        "(`/bench/bare-page/`: session, user, layout); for API routes, over the plain Django view "
        "(`/bench/bare/`, which answers \"ok\"). Both exist only when CHIBO_BENCH=1. "
        "cold ms: one request in-process right after emptying the cache (the committee dashboard caches its "
        "committee-wide totals for 120 s; the grid and findings are always live), with query logging on.", "",
    ]  # fmt: skip
    for size in result["sizes"]:
        lines += [f"## {size['size']}: {size['cells']:,} cells, {size['members']:,} members, {size['meetings']:,} "
                  f"meetings, {size['attendance_rows']:,} attendance rows", "",
                  "| Page | median ms | p95 ms | × yardstick | SQL queries | cold ms |", "|---|---:|---:|---:|---:|---:|"]  # fmt: skip
        for p in size["pages"]:
            lines.append(f"| {p['name']} (`{p['path']}`) | {p['median_ms']} | {p['p95_ms']} | {p['ratio_to_bare']} | "
                         f"{p['queries']} | {p['cold_ms']} |")  # fmt: skip
        lines.append("")
    t = result["targets"]
    lines += ["## Targets", ""]
    if "committee_dashboard_p95_ms_large" in t:
        ok = "met" if t["committee_dashboard_p95_under_300ms"] else "NOT met"
        lines.append(f"- Committee dashboard p95 at the large size: {t['committee_dashboard_p95_ms_large']} ms "
                     f"(target < 300 ms: {ok}).")  # fmt: skip
    if "pages_over_2x_bare_small" in t:
        slow = t["pages_over_2x_bare_small"]
        lines.append("- Pages within 2× of the bare view at the small size: "
                     + ("all." if not slow else "not met by " + "; ".join(slow) + "."))  # fmt: skip
    if "query_count_differs" in t:
        differs = t["query_count_differs"]
        lines.append("- Query counts equal at both sizes: " + ("yes, every page." if not differs else
                     "no for " + "; ".join(differs) + "."))  # fmt: skip
    for note in result["notes"]:
        lines.append(f"- {note}")
    other = result.get("other_benchmarks", {})
    if other:
        lines += ["", "## Other benchmarks in bench/", ""]
        docs = other.get("documents.json")
        if docs:
            lines.append(f"- documents.json ({docs.get('date')}): {docs.get('what')}: DOCX median "
                         f"{docs.get('docx_median_ms')} ms (target {docs.get('target_ms')} ms).")  # fmt: skip
        dossier = other.get("dossier.json")
        if dossier:
            figures = {
                k: v
                for k, v in dossier.items()
                if isinstance(v, int | float | str) and k != "machine"
            }
            lines.append(
                "- dossier.json: " + ", ".join(f"{k} {v}" for k, v in figures.items()) + "."
            )
    return "\n".join(lines) + "\n"
