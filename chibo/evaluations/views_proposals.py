"""The chi ủy's proposals for every member on one page: a table with a progress counter, each
row saved in place, "as each member rated themselves" for the rest in one vote, and a paper
sheet's results read from Excel with the same checks."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET, require_POST

from chibo.lib.excel import UnreadableSheet
from chibo.lib.http import posted_version
from chibo.lib.swap import render_parts, swapping
from chibo.rules import votes

from . import proposal_sheet
from .forms import BulkProposalForm, ProposalForm, ProposalUploadForm
from .models import EvaluationError, EvaluationRound, Level, MemberEvaluation
from .views import _get_round, _get_sheet

PAGE = "evaluations/proposals.html"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _sheets(round_: EvaluationRound) -> list[MemberEvaluation]:
    return list(round_.evaluations.select_related("member"))


def _context(round_: EvaluationRound, **extra: Any) -> dict[str, Any]:
    sheets = _sheets(round_)
    proposed = sum(1 for s in sheets if s.proposed_level)
    return {
        "round": round_, "cell": round_.cell, "sheets": sheets, "levels": Level.choices,
        "progress": {"proposed": proposed, "total": len(sheets),
                     "self_done": sum(1 for s in sheets if s.self_submitted_at),
                     "passed": sum(1 for s in sheets if s.proposed_level and s.vote_passed)},
        "waiting": [s for s in sheets if s.self_submitted_at and not s.proposed_level],
        "open": round_.status == EvaluationRound.Status.SELF_ASSESSMENT,
        "bulk_form": BulkProposalForm(), "upload_form": ProposalUploadForm(),
        "vote_rule": votes.rule_text(votes.EVALUATION), **extra,
    }  # fmt: skip


@login_required
@require_GET
def proposals(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = _get_round(request, pk, edit=True)
    return render(request, PAGE, _context(round_))


@login_required
@require_POST
def propose_row(request: HttpRequest, pk: int) -> HttpResponse:
    """One member's proposal from the table; the row and the counter come back in place."""
    sheet = _get_sheet(request, pk)
    round_ = _get_round(request, sheet.round_id, edit=True)
    form = ProposalForm(request.POST)
    error = ""
    if form.is_valid():
        try:
            sheet.propose(
                by=request.user, expected_version=posted_version(request), **form.cleaned_data
            )
        except EvaluationError as refused:
            error = str(refused)
    else:
        error = " ".join(str(e) for errors in form.errors.values() for e in errors)
    if swapping(request):
        context = _context(round_)
        row = next(s for s in context["sheets"] if s.pk == sheet.pk)
        context.update({"s": row, "row_error": error, "row_saved": not error})
        return render_parts(
            request, PAGE, ("progress", "bulk", "row"), context, refused=bool(error)
        )
    if error:
        messages.error(request, f"Đồng chí {sheet.member.full_name}: {error}")
    else:
        messages.success(request, f"Đã ghi đề xuất cho đồng chí {sheet.member.full_name}.")
    return redirect("evaluations:proposals", pk=round_.pk)


@login_required
@require_POST
def propose_as_self(request: HttpRequest, pk: int) -> HttpResponse:
    """Every member not yet proposed, at the level they rated themselves, with one vote."""
    round_ = _get_round(request, pk, edit=True)
    form = BulkProposalForm(request.POST)
    notice = success = ""
    if form.is_valid():
        data = form.cleaned_data
        waiting = [s for s in _sheets(round_) if s.self_submitted_at and not s.proposed_level]
        try:
            count = round_.propose_members(by=request.user, proposals=[
                (s, {"level": s.self_level, "comment": "", **data}) for s in waiting])  # fmt: skip
        except EvaluationError as refused:
            notice = str(refused)
        else:
            success = f"Đã ghi đề xuất cho {count} đồng chí theo mức tự xếp loại."
    if swapping(request):
        context = _context(round_, bulk_form=form if (form.errors or notice) else BulkProposalForm(),
                           bulk_error=notice, bulk_success="" if notice or form.errors else success)  # fmt: skip
        return render_parts(
            request, PAGE, ("progress", "table"), context, refused=bool(notice or form.errors)
        )
    if form.errors or notice:
        messages.error(request, notice or "Hãy nhập số phiếu hợp lệ.")
    else:
        messages.success(request, success)
    return redirect("evaluations:proposals", pk=round_.pk)


@login_required
@require_GET
def proposals_template(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = _get_round(request, pk, edit=True)
    response = HttpResponse(proposal_sheet.template(round_, _sheets(round_)), content_type=XLSX)
    response["Content-Disposition"] = content_disposition_header(
        True, f"De xuat xep loai {round_.year} - {round_.cell.name}.xlsx"
    )
    return response


@login_required
@require_POST
def proposals_import(request: HttpRequest, pk: int) -> HttpResponse:
    """A paper sheet's results from Excel: every row checked like the form; all or nothing."""
    round_ = _get_round(request, pk, edit=True)
    form = ProposalUploadForm(request.POST, request.FILES)
    errors: list[str] = []
    count = 0
    if not form.is_valid():
        errors = [str(e) for errs in form.errors.values() for e in errs]
    else:
        data = form.cleaned_data
        try:
            reading = proposal_sheet.read(data["file"].read(), _sheets(round_),
                                          officials_present=data["officials_present"], excluded=data["excluded"])  # fmt: skip
        except UnreadableSheet as unreadable:
            errors = [str(unreadable)]
        else:
            errors = reading.errors
            if not errors:
                try:
                    count = round_.propose_members(by=request.user, proposals=reading.proposals)
                except EvaluationError as refused:
                    errors = [str(refused)]
    if errors:
        context = _context(round_, upload_form=form, upload_errors=errors)
        return render(request, PAGE, context, status=422)
    messages.success(request, f"Đã ghi đề xuất của {count} đồng chí từ tệp Excel.")
    return redirect("evaluations:proposals", pk=round_.pk)
