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
        Target("Đối chứng: đã đăng nhập, không bố cục", "/bench/bare-user/", "session"),
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
        Target("API: số liệu giám sát của Đảng ủy xã", f"/api/v1/committees/{ward.pk}/oversight", "token"),
        Target("API: phát hiện giám sát của chi bộ", f"/api/v1/cells/{cell.pk}/findings", "token"),
        Target("API: sổ văn bản của chi bộ", f"/api/v1/cells/{cell.pk}/documents", "token"),
        Target("API: thông báo của tôi", "/api/v1/notifications", "token"),
        Target("API: lược đồ OpenAPI", "/api/v1/openapi.json", "token"),
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
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import get_user_model

    from chibo.api.models import ApiToken
    from chibo.organizations.models import Committee, CommitteeOfficer

    user, _ = get_user_model().objects.get_or_create(username="bench-officer")
    for committee in Committee.objects.filter(parent=None, name__startswith="Tỉnh ủy Mẫu"):
        CommitteeOfficer.objects.get_or_create(committee=committee, user=user)
    session = import_module(settings.SESSION_ENGINE).SessionStore()  # as the server reads it
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


def measure(
    *, seed: int, host: str, port: int, runs: int, size: str, only: str = ""
) -> dict[str, Any]:
    from django.conf import settings

    from chibo.meetings.models import Attendance, Meeting
    from chibo.members.models import Member
    from chibo.organizations.models import Cell

    found, ids = targets(seed)
    if only:
        found = [t for t in found if only in t.path]
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
        "cache": settings.CACHES["default"]["BACKEND"], "load_average": os.getloadavg(),
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
            "postgresql": pg_version, "platform": platform.platform(),
            "server": os.environ.get("CHIBO_BENCH_SERVER", "gunicorn, 127.0.0.1"), "settings": production_facts()}  # fmt: skip


def production_facts() -> dict[str, Any]:
    """The settings the figures were measured under (the server's environment is the same)."""
    from django.conf import settings
    from django.db import connection
    from django.template import engines

    engine = engines["django"].engine  # type: ignore[attr-defined]
    loaders = [
        loader.__class__.__module__ + "." + loader.__class__.__name__
        for loader in engine.template_loaders
    ]
    return {"debug": settings.DEBUG, "template_loaders": loaders, "conn_max_age": connection.settings_dict["CONN_MAX_AGE"],
            "session_engine": settings.SESSION_ENGINE, "static_storage": settings.STORAGES["staticfiles"]["BACKEND"]}  # fmt: skip


# The targets of issue 19: the empty signed-in page within 2× of the bare view, every cell page
# within 2× of the empty signed-in page, every API route within 3× of the bare view.
LAYOUT_OVER_BARE = 2.0
CELL_PAGE_OVER_LAYOUT = 2.0
API_OVER_BARE = 3.0
BARE, BARE_USER, BARE_PAGE = "/bench/bare/", "/bench/bare-user/", "/bench/bare-page/"


def kind(path: str) -> str:
    """yardstick | api | committee | cell: which yardstick and target a page is held to."""
    if path.startswith("/bench/"):
        return "yardstick"
    if path.startswith("/api/"):
        return "api"
    return "committee" if path.startswith("/committees/") else "cell"


def report(
    sizes: list[dict[str, Any]], *, pg_version: str, notes: list[str], bench_dir: Path
) -> dict[str, Any]:
    before = _previous(bench_dir / "results.json")
    result: dict[str, Any] = {"date": dt.date.today().isoformat(), "machine": machine(pg_version), "sizes": sizes,
                              "notes": notes, "before": before.get("date")}  # fmt: skip
    for size in sizes:
        medians = {p["path"]: p["median_ms"] for p in size["pages"]}
        floor, layout = medians.get(BARE), medians.get(BARE_PAGE)
        old = before.get("sizes", {}).get(size["size"], {})
        for page in size["pages"]:
            # HTML pages are compared with the empty signed-in page (same session, layout and
            # context processors); API routes and the yardsticks with the plain "ok" view.
            base = layout if kind(page["path"]) in {"cell", "committee"} else floor
            page["ratio_to_bare"] = round(page["median_ms"] / base, 2) if base else None
            page["ratio_to_floor"] = round(page["median_ms"] / floor, 2) if floor else None
            if page["name"] in old:
                page["before_median_ms"], page["before_ratio"] = old[page["name"]]
    result["targets"] = _targets(sizes)
    others = {}
    for name in ("documents.json", "dossier.json", "province.json"):
        path = bench_dir / name
        if path.exists():
            others[name] = json.loads(path.read_text())
    result["other_benchmarks"] = others
    (bench_dir / "results.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    (bench_dir / "RESULTS.md").write_text(markdown(result))
    return result


def _previous(path: Path) -> dict[str, Any]:
    """The medians and ratios of the run before this one, by size and page name."""
    if not path.exists():
        return {}
    try:
        old = json.loads(path.read_text())
    except ValueError:
        return {}
    return {"date": old.get("date"), "sizes": {s["size"]: {p["name"]: (p["median_ms"], p.get("ratio_to_bare"))
                                                          for p in s["pages"]} for s in old.get("sizes", [])}}  # fmt: skip


def _targets(sizes: list[dict[str, Any]]) -> dict[str, Any]:
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
    for size in sizes:
        pages = size["pages"]
        layout = next((p for p in pages if p["path"] == BARE_PAGE), None)
        checks = []
        if layout:
            checks.append({"page": layout["name"], "ratio": layout["ratio_to_floor"], "target": LAYOUT_OVER_BARE,
                           "against": "bare"})  # fmt: skip
        for p in pages:
            if kind(p["path"]) == "cell":
                checks.append({"page": p["name"], "ratio": p["ratio_to_bare"], "target": CELL_PAGE_OVER_LAYOUT,
                               "against": "layout"})  # fmt: skip
            elif kind(p["path"]) == "api":
                checks.append({"page": p["name"], "ratio": p["ratio_to_bare"], "target": API_OVER_BARE,
                               "against": "bare"})  # fmt: skip
        for c in checks:
            c["met"] = c["ratio"] is not None and c["ratio"] <= c["target"]
            c["missed_by"] = (
                None if c["met"] or c["ratio"] is None else round(c["ratio"] / c["target"], 2)
            )
        out[f"ratios_{size['size']}"] = checks
    by_size = {
        s["size"]: {p["name"]: p for p in s["pages"]} for s in sizes
    }  # pks differ between sizes
    if len(by_size) == 2:
        a, b = by_size.values()
        out["query_count_differs"] = sorted(
            a[k]["name"] for k in a if k in b and a[k]["queries"] != b[k]["queries"]
        )
    return out


def markdown(result: dict[str, Any]) -> str:
    m = result["machine"]
    facts = m.get("settings", {})
    lines = [
        "# Benchmark: key pages and API routes", "",
        f"Measured {result['date']} on this machine: {m['nproc']} CPU, {m['memory_gb']} GB RAM, Python {m['python']}, "
        f"{m['postgresql']}; {m['platform']}. Server: {m['server']}; requests one at a time over HTTP "
        "(keep-alive), 3 warm-up requests not counted; SQL queries counted in-process with Django's test client "
        "on the same database. Produced by `make bench` (scripts/bench.sh); raw figures in results.json.", "",
        f"Production settings: DEBUG {facts.get('debug')}, template loaders {', '.join(facts.get('template_loaders', []))}, "
        f"CONN_MAX_AGE {facts.get('conn_max_age')}, sessions {facts.get('session_engine')}, static files "
        f"{facts.get('static_storage')}.", "",
        "× yardstick: for HTML pages, a page's median over the median of the empty signed-in page with the site "
        "layout (`/bench/bare-page/`: session, user, layout); for API routes and the yardsticks, over the plain "
        "Django view (`/bench/bare/`, which answers \"ok\"). `/bench/bare-user/` is signed in but renders no "
        "template: it splits the layout's cost into session + user and the rest. The yardsticks exist only when "
        "CHIBO_BENCH=1. cold ms: one request in-process right after emptying the cache, with query logging on. "
        + (f"before: the same page's median and × in the run of {result['before']}." if result.get("before") else ""), "",
    ]  # fmt: skip
    for size in result["sizes"]:
        lines += [f"## {size['size']}: {size['cells']:,} cells, {size['members']:,} members, {size['meetings']:,} "
                  f"meetings, {size['attendance_rows']:,} attendance rows", "",
                  *([f"Load average of the machine when this size finished: "
                     f"{', '.join(f'{x:.1f}' for x in size['load_average'])} (1, 5, 15 min; {result['machine']['nproc']} CPUs).", ""]
                    if size.get("load_average") else []),
                  "| Page | median ms | p95 ms | × yardstick | before ms (×) | SQL queries | cold ms |",
                  "|---|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
        for p in size["pages"]:
            was = (
                f"{p['before_median_ms']} ({p['before_ratio']})" if "before_median_ms" in p else "—"
            )
            lines.append(f"| {p['name']} (`{p['path']}`) | {p['median_ms']} | {p['p95_ms']} | {p['ratio_to_bare']} | "
                         f"{was} | {p['queries']} | {p['cold_ms']} |")  # fmt: skip
        lines.append("")
    t = result["targets"]
    lines += ["## Targets", ""]
    if "committee_dashboard_p95_ms_large" in t:
        ok = "met" if t["committee_dashboard_p95_under_300ms"] else "NOT met"
        lines.append(f"- Committee dashboard p95 at the large size: {t['committee_dashboard_p95_ms_large']} ms "
                     f"(target < 300 ms: {ok}).")  # fmt: skip
    for size in result["sizes"]:
        checks = t.get(f"ratios_{size['size']}", [])
        met = [c for c in checks if c["met"]]
        missed = [c for c in checks if not c["met"]]
        lines.append(f"- {size['size']}: {len(met)} of {len(checks)} ratio targets met (empty signed-in page ≤ "
                     f"{LAYOUT_OVER_BARE}× bare view; cell pages ≤ {CELL_PAGE_OVER_LAYOUT}× that page; API routes ≤ "
                     f"{API_OVER_BARE}× bare view)." + ("" if not missed else " Missed: " + "; ".join(
                         f"{c['page']} {c['ratio']}× (target {c['target']}×, {c['missed_by']} times over)"
                         for c in missed) + "."))  # fmt: skip
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
        province = other.get("province.json")
        if province:
            lines.append(f"- province.json ({province.get('date')}): {province.get('summary')}")
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
    extra = result.get("extra_markdown")
    if extra:
        lines += ["", extra]
    return "\n".join(lines) + "\n"
