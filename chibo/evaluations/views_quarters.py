"""Quarterly self-ratings (Mẫu 05): the cell's table for a year, and recording a quarter."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from chibo.lib.http import year_param
from chibo.members.access import get_cell, viewer_for
from chibo.members.models import Member
from chibo.rules import evaluation as rules

from .forms import QuarterForm
from .models import EvaluationError, QuarterlyRating


@login_required
@require_http_methods(["GET", "POST"])
def cell_quarters(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk)
    viewer = viewer_for(request)
    can_edit = viewer.can_edit_cell(cell)
    mine = viewer.member if viewer.member and viewer.member.cell_id == cell.pk else None
    if request.method == "POST" and mine is None:
        raise PermissionDenied("Chỉ đảng viên trong chi bộ tự xếp loại quý.")
    year = year_param(request)
    members = Member.objects.for_cell(cell).current().vietnamese_order()
    choices = members if can_edit else members.filter(pk=mine.pk) if mine else members.none()
    today = timezone.localdate()
    form = QuarterForm(request.POST or None, members=choices, initial={
        "member": mine, "year": year,
        "quarter": rules.quarter_of(today) if today.year == year else len(rules.QUARTERS),
    })  # fmt: skip
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            QuarterlyRating.record(
                member=data["member"], year=data["year"], quarter=data["quarter"], by=request.user,
                level=data["level"], score=data["score"], note=data["note"],
                on_behalf=data["member"] != mine,
            )  # fmt: skip
        except EvaluationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Đã ghi tự xếp loại {rules.QUARTER_NAMES[data['quarter']]} "
                                      f"của đồng chí {data['member'].full_name}.")  # fmt: skip
            return redirect(
                reverse("evaluations:quarters", args=[cell.pk]) + f"?year={data['year']}"
            )
    ratings = QuarterlyRating.objects.filter(member__cell=cell, year=year)
    by_member: dict[int, dict[int, QuarterlyRating]] = {}
    for rating in ratings:
        by_member.setdefault(rating.member_id, {})[rating.quarter] = rating
    rows = [(m, [by_member.get(m.pk, {}).get(q) for q in rules.QUARTERS]) for m in members]
    sources = rules.for_year(year)
    return render(request, "evaluations/quarters.html", {
        "cell": cell, "year": year, "rows": rows, "form": form, "can_record": mine is not None,
        "can_edit": can_edit, "quarter_names": [rules.QUARTER_NAMES[q] for q in rules.QUARTERS],
        "applies": rules.quarterly_applies(year), "sources": sources,
        "form_label": rules.form_label(rules.FORM_QUARTERLY, year),
    })  # fmt: skip
