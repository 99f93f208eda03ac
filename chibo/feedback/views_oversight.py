"""The figures for the Party: the cell (its members, its chi ủy) and the Đảng ủy above see volumes,
overdue items, response times and the satisfaction index over time, never an item's content nor
who sent it."""

from __future__ import annotations

from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from chibo.lib.http import year_param
from chibo.lib.svg import Bar, Point, bar_chart, line_chart
from chibo.members.access import get_cell, get_committee, viewer_for
from chibo.rules import feedback as rules

from .access import staff_of
from .models import Feedback, School
from .stats import (
    INDEX_RULE,
    Figures,
    RoundIndex,
    figures,
    figures_by_school,
    latest_by_school,
    round_indexes,
)

MONTH_LABELS = [f"T{m}" for m in range(1, 13)]
PAGE_SIZE = 25


def _pct(value: Decimal | None) -> str:
    """'90,5%' (Vietnamese decimal comma), as the page's own figures read."""
    return "–" if value is None else f"{value}%".replace(".", ",")


def _month_chart(fig: Figures, label: str) -> str:
    top = max(fig.months) or 1
    return bar_chart([Bar(MONTH_LABELS[i], n, top, title=f"Tháng {i + 1}: {n} góp ý")
                      for i, n in enumerate(fig.months)], label=label)  # fmt: skip


def _index_chart(rows: list[RoundIndex], target: Decimal | None) -> str:
    points = [Point(f"{r.survey.year}", float(r.index) if r.index is not None else None,
                    title=f"{r.survey.title}: {_pct(r.index)}") for r in rows]  # fmt: skip
    return line_chart(points, target=float(target) if target is not None else None,
                      label="Tỷ lệ phụ huynh hài lòng qua các đợt khảo sát")  # fmt: skip


@login_required
@require_GET
def cell_figures(request: HttpRequest, pk: int) -> HttpResponse:
    cell = get_cell(request, pk)
    today = timezone.localdate()
    year = year_param(request)
    schools = list(School.objects.for_cell(cell))
    by_school = figures_by_school(schools, year, today)
    blocks = []
    for school in schools:
        fig = by_school[school.pk]
        rounds = round_indexes([school])
        overdue = (Feedback.objects.for_school(school).overdue(today)
                   .select_related("assigned_to").order_by("due_on")[:20])  # fmt: skip
        blocks.append({
            "school": school, "figures": fig, "rounds": rounds, "overdue": list(overdue),
            "month_chart": _month_chart(fig, f"Số góp ý theo tháng năm {year}"),
            "index_chart": _index_chart(rounds, school.satisfaction_target) if rounds else "",
            "is_staff": staff_of(request, school) is not None,
        })  # fmt: skip
    return render(request, "feedback/oversight/cell.html", {
        "cell": cell, "year": year, "today": today, "blocks": blocks,
        "can_edit": viewer_for(request).can_edit_cell(cell), "index_rule": INDEX_RULE,
        "formulas": list(rules.FORMULAS.values()),
    })  # fmt: skip


@login_required
@require_GET
def committee_figures(request: HttpRequest, pk: int) -> HttpResponse:
    committee = get_committee(request, pk)
    today = timezone.localdate()
    year = year_param(request)
    schools = School.objects.below(committee).select_related("cell").order_by("cell__path", "name")
    page = Paginator(schools, PAGE_SIZE).get_page(request.GET.get("page"))
    page_schools = list(page.object_list)
    by_school = figures_by_school(page_schools, year, today)
    latest = latest_by_school(page_schools)
    rows = [(s, by_school[s.pk], latest.get(s.pk)) for s in page_schools]
    total = figures(schools, year, today)  # every school below, not only this page's
    chart = bar_chart([
        Bar(s.name.split()[-1][:8], float(idx.index) if idx and idx.index is not None else 0, 100,
            title=f"{s.name}: {_pct(idx.index) if idx and idx.index is not None else 'chưa khảo sát'}",
            tone="ok" if idx and idx.index is not None and s.satisfaction_target is not None
            and idx.index >= s.satisfaction_target else "")
        for s, _fig, idx in rows
    ], label="Tỷ lệ hài lòng gần nhất của từng trường")  # fmt: skip
    return render(request, "feedback/oversight/committee.html", {
        "committee": committee, "year": year, "page": page, "rows": rows, "total": total,
        "month_chart": _month_chart(total, f"Số góp ý theo tháng năm {year}"), "index_chart": chart,
        "index_rule": INDEX_RULE,
    })  # fmt: skip
