"""The cell's list of candidates, each admission file step by step, its scanned papers, and the
committee's view of every file below it. Thin views: access helper, form, one verb, redirect."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chibo.meetings.uploads import CONTENT_TYPES, JPEG, PDF, PNG, validate_upload
from chibo.members.access import get_cell, get_committee, viewer_for
from chibo.organizations.models import Cell
from chibo.rules import admission as rules

from . import deadlines, layout, rulesets
from .documents import open_step_file
from .forms import AttachmentForm, CandidateFilterForm, CandidateForm, RuleChoiceForm
from .models import AdmissionError, Attachment, Candidate, RuleChoice, Sponsor, Stage, Step
from .transitions import TRANSITIONS, form_for, outcome_warning

SCAN_KINDS = (PDF, JPEG, PNG)
CELLS_PER_PAGE = 50


def _candidate(request: HttpRequest, pk: int, *, edit: bool = False) -> Candidate:
    """The candidate if the user may read its cell (404 otherwise), 403 for editing read-only."""
    candidate = get_object_or_404(
        Candidate.objects.select_related("cell", "cell__committee", "member"), pk=pk
    )
    get_cell(request, candidate.cell_id, edit=edit)
    return candidate


def _due(candidate: Candidate) -> deadlines.Due | None:
    return deadlines.due_for(stage=candidate.effective_stage, since=candidate.stage_since,
                             rule_set=candidate.rule_set or rules.DEFAULT_RULE_SET)  # fmt: skip


@login_required
def candidate_list(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk)
    form = CandidateFilterForm(request.GET or None)
    stage = form.cleaned_data["stage"] if form.is_valid() else ""
    candidates = (
        Candidate.objects.for_cell(cell).select_related("helper", "member").vietnamese_order()
    )
    if stage == "":
        candidates = candidates.open()
    elif stage != "all":
        candidates = candidates.filter(stage=stage)
    today = timezone.localdate()
    rows = [(c, _due(c)) for c in candidates]
    counts = dict(
        Candidate.objects.for_cell(cell).values_list("stage").annotate(n=Count("pk")).order_by()
    )
    applied = rulesets.for_cell(cell)
    return render(request, "admissions/candidate_list.html", {
        "cell": cell, "form": form, "rows": rows, "today": today, "applied": applied,
        "stages": [(s, label, counts.get(s, 0)) for s, label in Stage.choices],
        "can_edit": viewer_for(request).can_edit_cell(cell),
    })  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def candidate_create(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    form = CandidateForm(
        request.POST or None, cell=cell, initial={"listed_on": timezone.localdate()}
    )
    if request.method == "POST" and form.is_valid():
        try:
            candidate = Candidate.add(cell=cell, by=request.user, **form.cleaned_data)
        except (AdmissionError, ValidationError) as error:
            form.add_error(None, _message(error))
        else:
            messages.success(request, f"Đã thêm quần chúng {candidate.full_name} vào danh sách.")
            return redirect("admissions:detail", pk=candidate.pk)
    return render(request, "admissions/candidate_form.html",
                  {"form": form, "cell": cell, "title": "Thêm quần chúng ưu tú"})  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def candidate_edit(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate(request, pk, edit=True)
    form = CandidateForm(
        request.POST or None, instance=Candidate.objects.get(pk=pk), cell=candidate.cell
    )
    if request.method == "POST" and form.is_valid():
        try:
            candidate.update(
                by=request.user, expected_version=_version(request), **form.cleaned_data
            )
        except (AdmissionError, ValidationError) as error:
            form.add_error(None, _message(error))
        else:
            messages.success(request, "Đã lưu thông tin.")
            return redirect("admissions:detail", pk=candidate.pk)
    return render(request, "admissions/candidate_form.html", {"form": form, "cell": candidate.cell,
                  "candidate": candidate, "title": f"Sửa thông tin: {candidate.full_name}"})  # fmt: skip


@login_required
def candidate_detail(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate(request, pk)
    candidate = (
        Candidate.objects.select_related("cell__committee", "helper", "member")
        .prefetch_related(Prefetch("steps", queryset=Step.objects.select_related("vote__meeting", "document",
                                                                               "recorded_by__member")),
                          Prefetch("sponsors", queryset=Sponsor.objects.select_related("member")), "attachments")
        .get(pk=candidate.pk)
    )  # fmt: skip
    viewer = viewer_for(request)
    can_edit = viewer.can_edit_cell(candidate.cell)
    today = timezone.localdate()
    complete = not [p for p in candidate.problems(today) if "giới thiệu" in p]
    admission = layout.rows(candidate, layout.ADMISSION, sponsors_complete=complete)
    probation = (
        layout.rows(candidate, layout.PROBATION, sponsors_complete=True)
        if candidate.member_id
        else []
    )
    if can_edit:
        for row in (*admission, *probation):
            if row.open:
                row.form = form_for(row.verb, candidate)
    stage = candidate.effective_stage
    return render(request, "admissions/candidate_detail.html", {
        "candidate": candidate, "cell": candidate.cell, "can_edit": can_edit, "today": today,
        "admission": admission, "probation": probation, "due": _due(candidate), "rules": candidate.ruleset,
        "problems": candidate.problems(today) if stage in (Stage.SOURCE, Stage.COURSE, Stage.FILE, Stage.READY) else [],
        "sources": rules.SOURCES, "stop_form": form_for("stop", candidate) if can_edit and stage in _STOPPABLE else None,
        "attachment_form": AttachmentForm() if can_edit else None,
        "can_read_scans": can_edit or viewer.is_officer,
        "certificate_expires": candidate.certificate_expires(),
        "probation_ends": deadlines.probation_ends(stage, candidate.stage_since),
        "route_label": _route_label(candidate, today), "probation_months": rules.PROBATION_MONTHS,
        "at": request.GET.get("at", ""),
    })  # fmt: skip


def _route_label(candidate: Candidate, today: dt.date) -> str:
    route, expected = candidate.route(today), candidate.expected_route(today)
    text = f"Cách giới thiệu: {rules.ROUTE_LABELS[route].lower()}"
    if route != expected:
        text += f" (chi ủy chọn thay cho “{rules.ROUTE_LABELS[expected].lower()}”: {candidate.route_reason or 'chưa ghi lý do'})"
    return f"{text}; {rules.SOURCE_ROUTE.source.short} Điều 4."


_STOPPABLE = (Stage.SOURCE, Stage.COURSE, Stage.FILE, Stage.READY, Stage.PROPOSED, Stage.DECIDED)


@login_required
@require_POST
def transition(request: HttpRequest, pk: int, verb: str) -> HttpResponse:
    candidate = _candidate(request, pk, edit=True)
    if verb not in TRANSITIONS:
        raise Http404("Không có thao tác này.")
    form = form_for(verb, candidate, request.POST)
    # Back to the step, its outcome shown there: on a phone the top of a long page is out of sight.
    key = request.POST.get("anchor", "")
    anchor = f"?at={key}#{key}" if key.isidentifier() else ""
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect(reverse("admissions:detail", args=[pk]) + anchor)
    try:
        result = TRANSITIONS[verb].run(candidate, form.cleaned_data, request.user)
    except AdmissionError as error:
        messages.error(request, str(error))
    else:
        warning = outcome_warning(result)
        if warning:
            messages.warning(request, f"Đã ghi kết quả biểu quyết. {warning}")
        else:
            messages.success(request, TRANSITIONS[verb].done)
    return redirect(reverse("admissions:detail", args=[pk]) + anchor)


@login_required
@require_POST
def attachment_upload(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate(request, pk, edit=True)
    form = AttachmentForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect(reverse("admissions:detail", args=[pk]) + "#giay-to")
    upload = form.cleaned_data["file"]
    try:
        kind = validate_upload(upload, SCAN_KINDS)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(reverse("admissions:detail", args=[pk]) + "#giay-to")
    attachment = Attachment(candidate=candidate, step=form.cleaned_data["step"], title=form.cleaned_data["title"],
                            file_kind=kind, file_name=getattr(upload, "name", "")[:200],
                            uploaded_by=cast(Any, request.user))  # fmt: skip
    attachment.file.save(attachment.file_name or f"ban-chup.{kind}", upload, save=False)
    attachment.save()
    from chibo.audit.models import log_action

    log_action(candidate, "admissions.attach", by=request.user, cell=candidate.cell,
               after={"title": attachment.title, "kind": kind})  # fmt: skip
    messages.success(request, "Đã lưu bản chụp.")
    return redirect(reverse("admissions:detail", args=[pk]) + "#giay-to")


def _scan_reader(request: HttpRequest, candidate: Candidate) -> None:
    """Scans hold family details: the chi ủy and the committee officers read them, not every member."""
    viewer = viewer_for(request)
    if not (viewer.can_edit_cell(candidate.cell) or viewer.is_officer):
        raise PermissionDenied("Chỉ chi ủy và cán bộ Đảng ủy xem được bản chụp hồ sơ.")


@login_required
@require_GET
def attachment_download(request: HttpRequest, pk: int, attachment_pk: int) -> HttpResponse:
    candidate = _candidate(request, pk)
    attachment = get_object_or_404(Attachment, pk=attachment_pk, candidate=candidate)
    _scan_reader(request, candidate)
    if not attachment.file:
        raise Http404("Không có tệp.")
    with attachment.file.open("rb") as handle:
        data = handle.read()
    response = HttpResponse(data, content_type=CONTENT_TYPES[attachment.file_kind])
    response["Content-Disposition"] = (
        f'attachment; filename="ban-chup-{attachment.pk}.{attachment.file_kind}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_GET
def step_file(request: HttpRequest, pk: int, step_pk: int) -> HttpResponse:
    candidate = _candidate(request, pk)
    step = get_object_or_404(Step, pk=step_pk, candidate=candidate)
    if not step.file:
        raise Http404("Bước này không có văn bản lưu trữ.")
    try:
        filename, data = open_step_file(step)
    except ValueError as error:
        raise Http404(str(error)) from error
    response = HttpResponse(data, content_type=CONTENT_TYPES["docx"])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def committee_candidates(request: HttpRequest, pk: int) -> HttpResponse:
    """Every file below the committee by stage, with its next deadline, late ones first."""
    committee = get_committee(request, pk)
    today = timezone.localdate()
    stage = request.GET.get("stage", "")
    if stage not in Stage.values:
        stage = ""
    grid: dict[int, dict[str, int]] = defaultdict(dict)
    rows = Candidate.objects.below(committee).values("cell_id", "stage").annotate(n=Count("pk"))
    for row in rows.order_by():
        grid[row["cell_id"]][row["stage"]] = row["n"]
    # The cells that have files, a page at a time (a province has thousands of cells).
    cells_with_files = Cell.objects.filter(pk__in=list(grid)).order_by("path", "name")
    page = Paginator(cells_with_files, CELLS_PER_PAGE).get_page(request.GET.get("page"))
    cells = list(page.object_list)
    admitted = dict(Candidate.objects.below(committee).filter(member__admission_date__year=today.year)
                    .values_list("cell_id").annotate(n=Count("pk")).order_by())  # fmt: skip
    files = Candidate.objects.below(committee).select_related("cell", "member").vietnamese_order()
    files = files.filter(stage=stage) if stage else files.filter(stage__in=(Stage.PROPOSED, Stage.DECIDED,
                                                                            Stage.PROBATION, Stage.RECOGNITION))  # fmt: skip
    listed = sorted(((c, _due(c)) for c in files[:500]),
                    key=lambda pair: (pair[1] is None, pair[1].due if pair[1] else dt.date.max))  # fmt: skip
    applied = rulesets.for_committee(committee)
    own = RuleChoice.objects.filter(committee=committee).first()
    return render(request, "admissions/committee.html", {
        "committee": committee, "today": today, "stage": stage, "stages": Stage.choices,
        "rows": [(c, [(label, grid[c.pk].get(s, 0)) for s, label in Stage.choices], admitted.get(c.pk, 0))
                 for c in cells],
        "totals": [(label, sum(g.get(s, 0) for g in grid.values())) for s, label in Stage.choices],
        "page": page, "cells_below": Cell.objects.below(committee).count(),
        "admitted_total": sum(admitted.values()),
        "files": listed, "applied": applied, "own": own, "rule_sets": list(rules.RULE_SETS.values()),
        "rule_form": RuleChoiceForm(initial={"rule_set": applied.rules.code}),
    })  # fmt: skip


@login_required
@require_POST
def committee_rules(request: HttpRequest, pk: int) -> HttpResponse:
    committee = get_committee(request, pk)
    form = RuleChoiceForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Bộ quy định không hợp lệ.")
    else:
        try:
            RuleChoice.choose(
                committee=committee, rule_set=form.cleaned_data["rule_set"], by=request.user
            )
        except AdmissionError as error:
            messages.error(request, str(error))
        else:
            chosen = rules.rule_set(form.cleaned_data["rule_set"])
            messages.success(request, f"Các chi bộ trực thuộc áp dụng: {chosen.title}.")
    return redirect(reverse("admissions:committee", args=[committee.pk]) + "#quy-dinh")


def _message(error: Exception) -> str:
    return " ".join(error.messages) if isinstance(error, ValidationError) else str(error)


def _version(request: HttpRequest) -> int | None:
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return None
