from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from chibo.lib.http import year_param
from chibo.members.access import get_cell, viewer_for
from chibo.plans.models import Plan

from .models import EvaluationError
from .nextyear import source_plans, start_next_year, unfinished_commitments, unfinished_tasks
from .targets import progress_for_plan


@login_required
@require_http_methods(["GET", "POST"])
def next_year(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=request.method == "POST")
    year = year_param(request)
    if request.method == "POST":
        try:
            result = start_next_year(cell=cell, year=year, by=request.user)
        except EvaluationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"Đã tạo {len(result.plans)} kế hoạch năm {year + 1} (bản nháp) và chuyển "
                                      f"{len(result.commitments)} cam kết chưa hoàn thành.")  # fmt: skip
        return redirect(f"{request.path}?year={year}")
    last = [(plan, progress_for_plan(plan)) for plan in source_plans(cell, year)]
    new_plans = list(Plan.objects.filter(cell=cell, year=year + 1).order_by("kind"))
    return render(request, "evaluations/next_year.html", {
        "cell": cell, "year": year, "next": year + 1, "last": last, "new_plans": new_plans,
        "tasks": unfinished_tasks(cell, year), "commitments": unfinished_commitments(cell, year),
        "can_edit": viewer_for(request).can_edit_cell(cell),
    })  # fmt: skip
