"""The cell's members at their place of residence: where each lives, the year's request for the
residence chi ủy's comments and the answer (Quy định 213-QĐ/TW)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from chibo.lib.http import year_param
from chibo.members.access import get_cell, get_member, viewer_for
from chibo.members.models import Member
from chibo.rules import residence as rules

from .forms import AnswerForm, RequestForm, ResidenceForm
from .models import Residence, ResidenceComment, ResidenceError, comment_lines, missing_comments


def _back(cell_pk: int, year: int) -> HttpResponse:
    return redirect(f"{reverse('residence:cell', args=[cell_pk])}?year={year}")


def _errors(form: object) -> str:
    errors = getattr(form, "errors", {})
    return " ".join(str(e) for field in errors.values() for e in field) or "Dữ liệu không hợp lệ."


@login_required
def cell_residence(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk)
    year = year_param(request)
    members = list(Member.objects.for_cell(cell).current().vietnamese_order())
    residences = {r.member_id: r for r in Residence.objects.filter(member__in=members)}
    comments = {
        c.member_id: c for c in ResidenceComment.objects.filter(member__in=members, year=year)
    }
    lines = comment_lines(members, year)
    rows = [(m, residences.get(m.pk), comments.get(m.pk), lines[m.pk]) for m in members]
    return render(request, "residence/cell.html", {
        "cell": cell, "year": year, "rows": rows, "missing": missing_comments(cell, year),
        "can_edit": viewer_for(request).can_edit_cell(cell), "request_form": RequestForm(),
        "answer_form": AnswerForm(), "residence_form": ResidenceForm(),
        "sources": [rules.SOURCE_DUTY, rules.SOURCE_COMMENTS, rules.SOURCE_EXEMPT, rules.SOURCE_PORTAL],
    })  # fmt: skip


@login_required
@require_POST
def record_residence(request: HttpRequest, pk: int) -> HttpResponse:
    member = get_member(request, pk, edit=True)
    form = ResidenceForm(request.POST)
    year = year_param(request)
    if not form.is_valid():
        messages.error(request, _errors(form))
        return _back(member.cell_id, year)
    version = request.POST.get("version")
    try:
        Residence.record(member=member, by=request.user,
                         expected_version=int(version) if version else None, **form.cleaned_data)  # fmt: skip
    except (ResidenceError, ValueError) as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Đã lưu nơi cư trú của đồng chí {member.full_name}.")
    return _back(member.cell_id, year)


@login_required
@require_POST
def request_comments(request: HttpRequest, pk: int) -> HttpResponse:
    member = get_member(request, pk, edit=True)
    form = RequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _errors(form))
        return _back(member.cell_id, year_param(request))
    year = form.cleaned_data["year"]
    try:
        ResidenceComment.request(member=member, year=year, on=form.cleaned_data["on"], by=request.user,
                                 channel=form.cleaned_data["channel"])  # fmt: skip
    except ResidenceError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, f"Đã ghi đề nghị nhận xét năm {year} của đồng chí {member.full_name}."
        )
    return _back(member.cell_id, year)


def _get_comment(request: HttpRequest, pk: int, *, edit: bool) -> ResidenceComment:
    comment = get_object_or_404(ResidenceComment.objects.select_related("member"), pk=pk)
    get_member(
        request, comment.member_id, edit=edit
    )  # 404 outside the member's cell, 403 read-only
    return comment


@login_required
@require_POST
def answer_comments(request: HttpRequest, pk: int) -> HttpResponse:
    comment = _get_comment(request, pk, edit=True)
    form = AnswerForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _errors(form))
        return _back(comment.member.cell_id, comment.year)
    data = form.cleaned_data
    try:
        comment.answer(by=request.user, on=data["on"], channel=data["channel"], text=data["text"],
                       signer=data["signer"], portal_reference=data["portal_reference"], scan=data["scan"],
                       expected_version=data["version"])  # fmt: skip
    except ResidenceError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, f"Đã ghi nhận xét của nơi cư trú cho đồng chí {comment.member.full_name}."
        )
    return _back(comment.member.cell_id, comment.year)


@login_required
def comment_scan(request: HttpRequest, pk: int) -> FileResponse:
    """The scanned sheet: the chi ủy, the committee above and the member themself."""
    comment = _get_comment(request, pk, edit=False)
    viewer = viewer_for(request)
    own = comment.member.user_id is not None and comment.member.user_id == request.user.pk
    if not (own or viewer.can_edit_cell(comment.member.cell) or viewer.is_officer):
        raise PermissionDenied("Chỉ chi ủy, cấp ủy cấp trên và chính đảng viên xem phiếu nhận xét.")
    if not comment.scan:
        raise PermissionDenied("Nhận xét này không có bản chụp.")
    name = str(comment.scan.name)
    return FileResponse(
        comment.scan.open("rb"), as_attachment=True, filename=name.rsplit("/", 1)[-1]
    )
