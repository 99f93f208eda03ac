"""Targets (chỉ tiêu) measured from the records, per plan and across a committee."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from chibo.lib.http import year_param
from chibo.members.access import get_committee, viewer_for
from chibo.plans.access import get_plan
from chibo.plans.models import Plan, Target

from .metrics import METRICS
from .models import EvaluationError, TargetMeasurement
from .targets import progress_for_plan

COMMITTEE_PAGE = 10


@login_required
def plan_targets(request: HttpRequest, plan_pk: int) -> HttpResponse:
    plan = get_plan(request, plan_pk)
    rows = progress_for_plan(plan)
    counts = {
        status: sum(1 for r in rows if r.status == status)
        for status in TargetMeasurement.Status.values
    }
    return render(request, "evaluations/plan_targets.html", {
        "plan": plan, "cell": plan.cell, "rows": rows, "counts": counts, "metrics": METRICS.values(),
        "statuses": TargetMeasurement.Status.choices, "can_edit": viewer_for(request).can_edit_cell(plan.cell),
    })  # fmt: skip


@login_required
@require_POST
def measure(request: HttpRequest, pk: int) -> HttpResponse:
    target = Target.objects.select_related("plan", "plan__cell").filter(pk=pk).first()
    if target is None:
        raise Http404("Không tìm thấy chỉ tiêu.")
    get_plan(request, target.plan_id)
    if not viewer_for(request).can_edit_cell(target.plan.cell):
        raise PermissionDenied("Chỉ chi ủy được ghi kết quả chỉ tiêu.")
    raw = request.POST.get("value", "").strip().replace(",", ".").rstrip("%")
    try:
        value = Decimal(raw) if raw else None
    except InvalidOperation:
        messages.error(request, f"Giá trị “{raw}” không phải là số.")
        return redirect("evaluations:targets", plan_pk=target.plan_id)
    try:
        TargetMeasurement.record(target=target, by=request.user, metric=request.POST.get("metric", ""), value=value,
                                 status=request.POST.get("status", ""), evidence=request.POST.get("evidence", ""))  # fmt: skip
    except EvaluationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Đã ghi kết quả chỉ tiêu.")
    return redirect("evaluations:targets", plan_pk=target.plan_id)


@login_required
def committee_targets(request: HttpRequest, pk: int) -> HttpResponse:
    committee = get_committee(request, pk)
    year = year_param(request)
    plans = (Plan.objects.filter(cell__path__startswith=committee.path, kind=Plan.Kind.ACTIVITY, year=year)
             .exclude(status=Plan.Status.DRAFT).select_related("cell").order_by("cell__name"))  # fmt: skip
    page = Paginator(plans, COMMITTEE_PAGE).get_page(request.GET.get("page"))
    summaries = []
    for plan in page:
        rows = progress_for_plan(plan)
        summaries.append(
            (
                plan,
                {s: sum(1 for r in rows if r.status == s) for s in TargetMeasurement.Status.values},
                len(rows),
            )
        )
    return render(request, "evaluations/committee_targets.html", {
        "committee": committee, "year": year, "page": page, "summaries": summaries,
        "statuses": TargetMeasurement.Status.choices,
    })  # fmt: skip
