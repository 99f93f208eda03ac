from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from chibo.lib.http import posted_version
from chibo.members.access import get_cell, viewer_for
from chibo.residence.models import comment_lines, missing_comments
from chibo.rules import evaluation as rules
from chibo.rules import votes

from .forms import (
    CellSelfForm,
    CommentForm,
    DecisionForm,
    OpenRoundForm,
    ProposalForm,
    RoundSettingsForm,
    SelfAssessmentForm,
)
from .models import (
    EvaluationComment,
    EvaluationError,
    EvaluationRound,
    Level,
    MemberEvaluation,
    PersonalCommitment,
    QuarterlyRating,
    decides_for,
)


def _get_round(
    request: HttpRequest, pk: int, *, edit: bool = False, decide: bool = False
) -> EvaluationRound:
    round_ = EvaluationRound.objects.select_related("cell", "cell__committee").filter(pk=pk).first()
    viewer = viewer_for(request)
    if round_ is None or not viewer.can_read_cell(round_.cell):
        raise Http404("Không tìm thấy đợt đánh giá.")
    if edit and not viewer.can_edit_cell(round_.cell):
        raise PermissionDenied("Chỉ chi ủy được thực hiện.")
    if decide and not decides_for(request.user, round_.cell):
        raise PermissionDenied("Chỉ cấp ủy cấp trên quyết định xếp loại.")
    return round_


def _get_sheet(request: HttpRequest, pk: int) -> MemberEvaluation:
    sheet = (
        MemberEvaluation.objects.select_related("round", "round__cell", "member", "member__user")
        .filter(pk=pk)
        .first()
    )
    if sheet is None or not viewer_for(request).can_read_cell(sheet.round.cell):
        raise Http404("Không tìm thấy phiếu đánh giá.")
    return sheet


def _form_errors(form: Any) -> str:
    return " ".join(str(e) for errors in form.errors.values() for e in errors)


@login_required
@require_http_methods(["GET", "POST"])
def round_list(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=request.method == "POST")
    form = OpenRoundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            round_ = EvaluationRound.open(cell=cell, by=request.user, **form.cleaned_data)
        except EvaluationError as error:
            form.add_error("year", str(error))
        else:
            return redirect("evaluations:round", pk=round_.pk)
    rounds = EvaluationRound.objects.filter(cell=cell)
    return render(request, "evaluations/round_list.html", {
        "cell": cell, "rounds": rounds, "form": form, "can_edit": viewer_for(request).can_edit_cell(cell),
    })  # fmt: skip


def _vote_rule() -> dict[str, str]:
    source = votes.source(votes.EVALUATION)
    return {"text": votes.rule_text(votes.EVALUATION), "status": source.status_label}


@login_required
def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = _get_round(request, pk)
    viewer = viewer_for(request)
    sheets = list(round_.evaluations.select_related("member").prefetch_related("comments__author"))
    quarters = round_.quarters_by_member()
    for sheet in sheets:
        mine = quarters.get(sheet.member_id, {})
        sheet.quarters = [  # type: ignore[attr-defined]
            (rules.QUARTER_NAMES[q], rules.LEVEL_SHORT[mine[q].level] if q in mine else "")
            for q in rules.QUARTERS
        ]
        sheet.quarters_note = rules.quarters_note(  # type: ignore[attr-defined]
            sheet.proposed_level or sheet.self_level, {q: r.level for q, r in mine.items()}
        )
    residence = comment_lines([s.member for s in sheets], round_.year)
    for sheet in sheets:
        sheet.residence_line = residence[sheet.member_id]  # type: ignore[attr-defined]
    proposed = [s.proposed_level for s in sheets if s.proposed_level]
    good = sum(1 for level in proposed if level == Level.GOOD)
    notice = None
    if round_.report_sent_on and round_.review_meeting_on:
        notice = rules.report_notice_ok(round_.report_sent_on, round_.review_meeting_on)
    context: dict[str, Any] = {
        "round": round_, "cell": round_.cell, "sheets": sheets, "sources": round_.sources,
        "can_edit": viewer.can_edit_cell(round_.cell),
        "can_decide": decides_for(request.user, round_.cell),
        "my_sheet": next((s for s in sheets if viewer.member and s.member_id == viewer.member.pk), None),
        "cap_allowed": rules.excellent_cap(good, round_.cap_percent), "good_count": good,
        "cap_message": rules.cap_violation(proposed, round_.cap_percent, year=round_.year),
        "notice_ok": notice, "cell_form": CellSelfForm(), "proposal_form": ProposalForm(),
        "comment_form": CommentForm(), "settings_form": RoundSettingsForm(instance=round_),
        "vote_rule": _vote_rule(), "quarterly": rules.quarterly_applies(round_.year),
        "activity_plans": _activity_plans(round_),
        "residence_missing": missing_comments(round_.cell, round_.year, [s.member for s in sheets]),
        "progress": {"self_done": sum(1 for s in sheets if s.self_submitted_at),
                     "proposed": sum(1 for s in sheets if s.proposed_level)},
    }  # fmt: skip
    return render(request, "evaluations/round_detail.html", context)


@login_required
@require_POST
def round_settings(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = _get_round(request, pk, edit=True)
    form = RoundSettingsForm(request.POST)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
    else:
        try:
            round_.configure(by=request.user, **form.cleaned_data)
        except EvaluationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, "Đã lưu thông tin đợt đánh giá.")
    return redirect("evaluations:round", pk=round_.pk)


@login_required
@require_http_methods(["GET", "POST"])
def self_assessment(request: HttpRequest, pk: int) -> HttpResponse:
    sheet = _get_sheet(request, pk)
    own = sheet.member.user_id is not None and sheet.member.user_id == request.user.pk
    if not own and not viewer_for(request).can_edit_cell(sheet.round.cell):
        raise PermissionDenied(
            "Chỉ chính đảng viên (hoặc chi ủy nhập hộ phiếu giấy) mới tự đánh giá được."
        )
    instance = MemberEvaluation.objects.get(pk=sheet.pk)
    task_facts = {} if instance.self_submitted_at else _task_facts(sheet)
    for name, value in task_facts.items():
        setattr(instance, name, value)
    form = SelfAssessmentForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        try:
            version = posted_version(request)
            sheet.submit_self(
                by=request.user, expected_version=version, on_behalf=not own, **form.cleaned_data
            )
        except EvaluationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, f"Đã ghi nhận bản tự đánh giá: {sheet.get_self_level_display()}."
            )
            return redirect("evaluations:round", pk=sheet.round_id)
    commitments = PersonalCommitment.objects.filter(member=sheet.member, year=sheet.round.year)
    quarters = {
        r.quarter: r
        for r in QuarterlyRating.objects.filter(member=sheet.member, year=sheet.round.year)
    }
    return render(request, "evaluations/self_assessment.html", {
        "sheet": sheet, "form": form, "cell": sheet.round.cell, "on_behalf": not own,
        "commitments": commitments, "task_facts": task_facts, "sources": sheet.round.sources,
        "quarters": [(rules.QUARTER_NAMES[q], quarters.get(q)) for q in rules.QUARTERS],
        "quarterly": rules.quarterly_applies(sheet.round.year),
        "form_label": rules.form_label(sheet.form_code, sheet.round.year),
        "general_max": rules.GENERAL_MAX, "tasks_max": rules.TASKS_MAX,
    })  # fmt: skip


def _task_facts(sheet: MemberEvaluation) -> dict[str, int]:
    """The member's follow-up tasks from chi bộ meetings with a deadline in the year: a starting
    point only, since the sheet counts every task assigned (professional duties included)."""
    from django.apps import apps

    if not apps.is_installed("chibo.meetings"):
        return {}
    task_model = apps.get_model("meetings", "Task")
    rows = list(
        task_model.objects.filter(owners=sheet.member, deadline__year=sheet.round.year)
        .exclude(status="dropped")
        .values("deadline", "done_at")
    )
    on_time = sum(1 for r in rows if r["done_at"] and r["done_at"].date() <= r["deadline"])
    late = sum(1 for r in rows if r["done_at"] and r["done_at"].date() > r["deadline"])
    return {"tasks_total": len(rows), "tasks_on_time": on_time, "tasks_late": late,
            "tasks_not_done": len(rows) - on_time - late}  # fmt: skip


@login_required
@require_POST
def propose_member(request: HttpRequest, pk: int) -> HttpResponse:
    sheet = _get_sheet(request, pk)
    _get_round(request, sheet.round_id, edit=True)
    form = ProposalForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy chọn mức đề xuất và nhập số phiếu hợp lệ.")
    else:
        try:
            sheet.propose(by=request.user, **form.cleaned_data)
        except EvaluationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"Đã ghi đề xuất cho đồng chí {sheet.member.full_name}.")
    return redirect("evaluations:round", pk=sheet.round_id)


@login_required
@require_POST
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    sheet = _get_sheet(request, pk)
    viewer = viewer_for(request)
    if not viewer.member or viewer.member.cell_id != sheet.round.cell_id:
        raise PermissionDenied("Chỉ đảng viên trong chi bộ góp ý.")
    form = CommentForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Góp ý không được để trống.")
    else:
        try:
            EvaluationComment.add(evaluation=sheet, by=request.user, text=form.cleaned_data["text"])
        except EvaluationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, "Đã gửi góp ý.")
    return redirect("evaluations:round", pk=sheet.round_id)


@login_required
@require_POST
def cell_self(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = _get_round(request, pk, edit=True)
    form = CellSelfForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy ghi tự đánh giá và chọn mức xếp loại của chi bộ.")
    else:
        try:
            round_.cell_evaluation.propose(by=request.user, **form.cleaned_data)
        except EvaluationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, "Đã lưu tự đánh giá, xếp loại của chi bộ.")
            # Back where the chi ủy was: the next step, "đề xuất lên cấp trên", is right below.
            return redirect(reverse("evaluations:round", args=[round_.pk]) + "#cell-self")
    return redirect("evaluations:round", pk=round_.pk)


@login_required
@require_POST
def propose(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = _get_round(request, pk, edit=True)
    try:
        round_.propose(by=request.user)
    except EvaluationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Chi bộ đã đề xuất; chờ cấp ủy cấp trên quyết định.")
    return redirect("evaluations:round", pk=round_.pk)


@login_required
@require_http_methods(["GET", "POST"])
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    """The superior's decision page: the cell's proposals, each changeable with a reason."""
    round_ = _get_round(request, pk, decide=True)
    if round_.status != EvaluationRound.Status.PROPOSED:
        messages.error(request, "Chỉ quyết định khi chi bộ đã đề xuất.")
        return redirect("evaluations:round", pk=round_.pk)
    sheets = list(round_.evaluations.select_related("member"))
    form = DecisionForm(request.POST or None, sheets=sheets,
                        proposed_cell_level=round_.cell_evaluation.proposed_level)  # fmt: skip
    if request.method == "POST" and form.is_valid():
        try:
            round_.decide(by=request.user, **form.decision())
        except EvaluationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Đã quyết định xếp loại.")
            return redirect("evaluations:round", pk=round_.pk)
    return render(request, "evaluations/decide.html", {
        "round": round_, "cell": round_.cell, "form": form, "sources": round_.sources,
    })  # fmt: skip


def _docx_response(doc: Any, filename: str) -> HttpResponse:
    from django.utils.http import content_disposition_header

    from chibo.documents.party import render_docx

    response = HttpResponse(render_docx(doc),
                            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")  # fmt: skip
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@login_required
def sheet_docx(request: HttpRequest, pk: int) -> HttpResponse:
    from .documents import self_assessment_document

    sheet = _get_sheet(request, pk)
    viewer = viewer_for(request)
    own = sheet.member.user_id is not None and sheet.member.user_id == request.user.pk
    if not own and not viewer.can_edit_cell(sheet.round.cell) and not viewer.committees:
        raise PermissionDenied("Chỉ đảng viên, chi ủy và cấp ủy cấp trên xem bản tự kiểm điểm.")
    return _docx_response(
        self_assessment_document(sheet),
        f"Ban tu kiem diem {sheet.round.year} - {sheet.member.full_name}.docx",
    )


@login_required
def report_docx(request: HttpRequest, pk: int) -> HttpResponse:
    from .documents import report_document

    round_ = _get_round(request, pk)
    return _docx_response(report_document(round_), f"Bao cao danh gia xep loai {round_.year}.docx")


@login_required
@require_POST
def issue_report(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = _get_round(request, pk, edit=True)
    try:
        document = round_.issue_report(by=request.user)
    except EvaluationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Đã ban hành báo cáo {document.number_text}.")
    return redirect("evaluations:round", pk=round_.pk)


def _activity_plans(round_: EvaluationRound) -> list[Any]:
    """The year's activity plans, whose targets are the evidence of the cell's self-assessment."""
    from chibo.plans.models import Plan

    return list(Plan.objects.filter(cell=round_.cell, year=round_.year, kind=Plan.Kind.ACTIVITY)
                .exclude(status=Plan.Status.SUPERSEDED))  # fmt: skip
