"""Committee and cell dashboards, the rule book with the committee's parameters, the quality
sheet of a meeting, and the quarterly / annual reports."""

from __future__ import annotations

import datetime as dt
import os

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from chibo.lib.replica import read_replica
from chibo.lib.svg import Bar, bar_chart
from chibo.meetings.errors import MeetingError
from chibo.meetings.models import Meeting
from chibo.members.access import get_cell, get_committee, viewer_for
from chibo.organizations.models import Cell, CommitteeSetting, SettingError
from chibo.organizations.settings import params_for_committee

from . import dashboard, quality, reports, rules
from .models import OversightError, QualityAssessment

PAGE_SIZE = 25
MONTHS = range(1, 13)


def _year(request: HttpRequest, today: dt.date) -> int:
    try:
        year = int(request.GET.get("year", today.year))
    except ValueError:
        return today.year
    return year if 2000 <= year <= 2100 else today.year


def _quarter(request: HttpRequest) -> int | None:
    value = request.GET.get("quarter", "")
    return int(value) if value in {"1", "2", "3", "4"} else None


@login_required
@read_replica
def committee_dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    committee = get_committee(request, pk)
    today = timezone.localdate()
    year, quarter = _year(request, today), _quarter(request)
    show = request.GET.get("show", "")
    if show not in dashboard.SHOWS:
        show = ""
    by_name = request.GET.get("order") == "name"  # default: the cells most behind first
    cells = dashboard.filter_cells(Cell.objects.below(committee).select_related("committee").order_by("path", "name"),
                                   show, year=year, quarter=quarter, today=today)  # fmt: skip
    ordered = cells if by_name else dashboard.worst_first(cells, year=year, today=today)
    page = Paginator(ordered, PAGE_SIZE).get_page(request.GET.get("page"))
    codes = [dashboard.SHOWS[show][0]] if show else None
    rows = dashboard.cell_rows(list(page.object_list), year=year, today=today, codes=codes)
    totals = dashboard.committee_totals(committee, year, today)
    base = reverse("oversight:committee", args=[committee.pk])
    chart = bar_chart([
        Bar(f"Q{q['quarter']}", q["thematic_cells"], totals["cells"],
            f"{base}?year={year}&show=missing_thematic&quarter={q['quarter']}" if q["over"] else "",
            f"Quý {q['quarter']}: {q['thematic_cells']}/{totals['cells']} chi bộ đã sinh hoạt chuyên đề",
            "ok" if q["over"] and q["missing"] == 0 else "warn" if q["over"] else "")
        for q in totals["quarters"]
    ], label="Số chi bộ đã sinh hoạt chuyên đề theo quý")  # fmt: skip
    return render(request, "oversight/committee.html", {
        "committee": committee, "year": year, "quarter": quarter, "show": show, "by_name": by_name,
        "show_label": dashboard.SHOWS[show][1] if show else "", "page": page, "rows": rows,
        "totals": totals, "chart": chart, "years": range(today.year - 3, today.year + 1),
        "today": today, "base": base, "rules": rules.RULE_LIST,
    })  # fmt: skip


@login_required
def cell_dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    cell = get_cell(request, pk)
    today = timezone.localdate()
    year = _year(request, today)
    row = dashboard.cell_rows([cell], year=year, today=today)[0]
    facts = row.facts
    months = []
    for month in MONTHS:
        in_month = [m for m in facts.meetings if m.day.month == month]
        months.append({"month": month, "meetings": in_month,
                       "missing": not any(m.held and not m.thematic for m in in_month)
                       and dt.date(year, month, 1) <= today.replace(day=1) and (year, month) != (today.year, today.month)})  # fmt: skip
    held = facts.held()
    chart = bar_chart([
        Bar(f"{m.day:%d/%m}", round(m.attendance_rate or 0), 100, reverse("meetings:detail", args=[m.pk]),
            f"{m.title}: có mặt {m.present}/{m.summoned}", "ok" if (m.attendance_rate or 0) > 85 else "warn")
        for m in held if m.summoned
    ][-12:], label="Tỷ lệ đảng viên có mặt theo buổi (%)")  # fmt: skip
    return render(request, "oversight/cell.html", {
        "cell": cell, "year": year, "row": row, "months": months, "chart": chart, "today": today,
        "years": range(today.year - 3, today.year + 1), "held": held,
        "can_edit": viewer_for(request).can_edit_cell(cell),
    })  # fmt: skip


@login_required
def rule_book(request: HttpRequest, pk: int) -> HttpResponse:
    committee = get_committee(request, pk)
    params = params_for_committee(committee)
    own = set(
        CommitteeSetting.objects.filter(committee=committee).values_list("rule_code", flat=True)
    )
    items = [{"rule": r, "params": [(p, params[r.code][p.name]) for p in r.params], "own": r.code in own,
              "set_by": params.set_by.get(r.code, "")}
             for r in rules.RULE_LIST]  # fmt: skip
    return render(request, "oversight/rules.html", {"committee": committee, "items": items})


@login_required
@require_POST
def rule_setting(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    committee = get_committee(request, pk)
    rule = rules.RULES.get(code)
    if rule is None:
        raise Http404("Không có quy tắc này.")
    try:
        CommitteeSetting.change(committee=committee, rule_code=code, by=request.user,
                                params={p.name: request.POST.get(p.name) for p in rule.params})  # fmt: skip
    except SettingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Đã lưu tham số cho quy tắc “{rule.title}”.")
    return redirect(reverse("oversight:rules", args=[committee.pk]) + f"#{code}")


def _meeting(request: HttpRequest, pk: int, *, edit: bool = False) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("cell"), pk=pk)
    get_cell(request, meeting.cell_id, edit=edit)
    return meeting


@login_required
def meeting_quality(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting(request, pk, edit=request.method == "POST")
    assessment = QualityAssessment.objects.filter(meeting=meeting).select_related("sheet").first()
    sheet = assessment.sheet if assessment else quality.sheet_for(meeting.cell.committee)
    assessable = meeting.status in quality.ASSESSABLE
    if request.method == "POST":
        judgement = {}
        for item in sheet.items():
            raw = request.POST.get(f"item_{item['code']}", "0").strip() or "0"
            judgement[item["code"]] = int(raw) if raw.isdigit() else 0
        try:
            version = int(request.POST.get("version", "0") or 0) or None
            QualityAssessment.record(
                meeting, by=request.user, judgement=judgement, expected_version=version
            )
        except (OversightError, MeetingError) as error:
            messages.error(request, str(error))
        else:
            messages.success(request, "Đã lưu phiếu đánh giá chất lượng buổi sinh hoạt.")
        return redirect("oversight:quality", pk=meeting.pk)
    auto: dict[str, int] = {}
    if assessable:
        facts, fact = quality.meeting_facts(meeting)
        auto = quality.prefill(sheet, facts, fact)
    scores = assessment.scores if assessment else {}
    groups = [{**g, "rows": [{**i, "auto_value": auto.get(i["code"]), "value": scores.get(i["code"], auto.get(i["code"], "")),
                              "auto_label": quality.AUTO[i["auto"]][0] if i.get("auto") in quality.AUTO else ""}
                             for i in g["items"]]} for g in sheet.groups]  # fmt: skip
    return render(request, "oversight/quality.html", {
        "meeting": meeting, "sheet": sheet, "assessment": assessment, "groups": groups, "assessable": assessable,
        "can_edit": viewer_for(request).can_edit_cell(meeting.cell), "bands": sheet.bands,
    })  # fmt: skip


@login_required
def committee_report(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    committee = get_committee(request, pk)
    today = timezone.localdate()
    return _file(reports.committee_report(committee, year=_year(request, today), quarter=_quarter(request),
                                          today=today, fmt=fmt))  # fmt: skip


@login_required
def cell_report(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    cell = get_cell(request, pk)
    today = timezone.localdate()
    return _file(reports.cell_report(cell, year=_year(request, today), quarter=_quarter(request), today=today,
                                     fmt=fmt))  # fmt: skip


def _file(result: tuple[str, str, bytes] | None) -> HttpResponse:
    if result is None:
        raise Http404("Không có định dạng này.")
    name, content_type, data = result
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def bare(request: HttpRequest) -> HttpResponse:
    """The benchmark's floor: the cheapest Django response on the same server (BENCH only)."""
    if os.environ.get("CHIBO_BENCH") != "1":
        raise Http404()
    return HttpResponse("ok", content_type="text/plain")


@login_required
def bare_user(request: HttpRequest) -> HttpResponse:
    """The benchmark's middle yardstick: session and user loaded, no template (BENCH only)."""
    if os.environ.get("CHIBO_BENCH") != "1":
        raise Http404()
    return HttpResponse(f"ok {request.user.pk}", content_type="text/plain")


@login_required
def bare_page(request: HttpRequest) -> HttpResponse:
    """The benchmark's yardstick for pages: a signed-in user, the site layout, no data (BENCH only)."""
    if os.environ.get("CHIBO_BENCH") != "1":
        raise Http404()
    return render(request, "oversight/bench_bare.html")
