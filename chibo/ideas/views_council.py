"""The school's initiative council of a year, the idea bank's settings, and the cell's view of
its schools' figures."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chibo.feedback.models import School
from chibo.lib.http import year_param
from chibo.members.access import get_cell, viewer_for
from chibo.rules import initiatives as rules

from .access import get_school, is_manager
from .forms import SeatForm, SettingsForm
from .models import CouncilSeat, Idea, IdeaError, IdeaSettings
from .stats import figures


@login_required
@require_http_methods(["GET", "POST"])
def council(request: HttpRequest, slug: str) -> HttpResponse:
    """The year's council and how far its scoring is; the management board names its members."""
    school = get_school(request, slug, manage=request.method == "POST")
    year = year_param(request)
    form = SeatForm(request.POST or None, school=school, initial={"year": year})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            CouncilSeat.appoint(school=school, year=data["year"], staff=data["staff"], post=data["post"],
                                by=request.user)  # fmt: skip
        except IdeaError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                f"Đã thêm {data['staff'].full_name} vào Hội đồng sáng kiến năm {data['year']}.",
            )
            return redirect(reverse("ideas:council", args=[school.slug]) + f"?year={data['year']}")
    seats = list(CouncilSeat.objects.filter(school=school, year=year).select_related("staff"))
    submitted = list(
        Idea.objects.for_school(school).filter(year=year, status=Idea.Status.SUBMITTED)
        .select_related("author").prefetch_related("scores")
    )  # fmt: skip
    progress = [(idea, {s.staff_id for s in idea.scores.all()}) for idea in submitted]
    options = IdeaSettings.for_school(school)
    return render(request, "ideas/council.html", {
        "school": school, "year": year, "seats": seats, "progress": progress,
        "form": form if is_manager(request, school) else None, "options": options,
        "criteria": [(c, options.max_points[c.code]) for c in rules.CRITERIA], "definition": rules.DEFINITION,
        "sheet": rules.SCHOOL_SHEET, "manager": is_manager(request, school),
    })  # fmt: skip


@login_required
@require_POST
def council_remove(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    school = get_school(request, slug, manage=True)
    seat = CouncilSeat.objects.filter(school=school, pk=pk).select_related("staff").first()
    if seat is None:
        messages.error(request, "Không tìm thấy thành viên hội đồng.")
        return redirect("ideas:council", slug=school.slug)
    try:
        seat.remove(by=request.user)
    except IdeaError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Đã bỏ {seat.staff.full_name} khỏi hội đồng năm {seat.year}.")
    return redirect(reverse("ideas:council", args=[school.slug]) + f"?year={seat.year}")


@login_required
@require_http_methods(["GET", "POST"])
def settings(request: HttpRequest, slug: str) -> HttpResponse:
    school = get_school(request, slug, manage=True)
    options = IdeaSettings.for_school(school)
    form = SettingsForm(request.POST or None, instance=IdeaSettings.for_school(school))
    if request.method == "POST" and form.is_valid():
        try:
            options.change(by=request.user, **form.cleaned_data)
        except IdeaError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Đã lưu cài đặt ngân hàng ý tưởng.")
            return redirect("ideas:settings", slug=school.slug)
    return render(request, "ideas/settings.html", {
        "school": school, "form": form, "sheet": rules.SCHOOL_SHEET, "definition": rules.DEFINITION,
    })  # fmt: skip


@login_required
@require_GET
def cell(request: HttpRequest, cell_pk: int) -> HttpResponse:
    """The cell's view: each of its schools' figures for the year, beside the plan's target."""
    found = get_cell(request, cell_pk)
    year = year_param(request)
    schools = list(School.objects.for_cell(found))
    rows = [(school, figures([school], year)) for school in schools]
    return render(request, "ideas/cell.html", {"cell": found, "year": year, "rows": rows, "one_a_year": rules.ONE_A_YEAR,
                                               "can_edit": viewer_for(request).can_edit_cell(found)})  # fmt: skip
