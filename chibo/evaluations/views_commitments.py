"""Members' yearly commitments: register, chi ủy approval, mid-year and year-end reports."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from chibo.lib.http import year_param
from chibo.members.access import get_cell, viewer_for

from .models import EvaluationError, PersonalCommitment


class CommitmentForm(forms.ModelForm):
    class Meta:
        model = PersonalCommitment
        fields = ["year", "kind", "text", "measure"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class ReportForm(forms.Form):
    stage = forms.ChoiceField(
        label="Báo cáo", choices=[("mid_year", "Giữa năm"), ("year_end", "Cuối năm")]
    )
    text = forms.CharField(label="Kết quả đã làm được", widget=forms.Textarea(attrs={"rows": 3}))
    evidence = forms.CharField(label="Minh chứng", required=False)
    result = forms.ChoiceField(label="Kết quả cuối năm", required=False,
                               choices=[("", "—"), *[(s.value, s.label) for s in PersonalCommitment.RESULT_STATUSES]])  # fmt: skip


def _get_commitment(request: HttpRequest, pk: int) -> PersonalCommitment:
    commitment = (
        PersonalCommitment.objects.select_related("member", "member__cell").filter(pk=pk).first()
    )
    if commitment is None or not viewer_for(request).can_read_cell(commitment.member.cell):
        raise Http404("Không tìm thấy cam kết.")
    return commitment


@login_required
@require_http_methods(["GET", "POST"])
def my_commitments(request: HttpRequest) -> HttpResponse:
    member = viewer_for(request).member
    if member is None:
        raise Http404("Chỉ đảng viên đang sinh hoạt có cam kết.")
    form = CommitmentForm(request.POST or None, initial={"year": timezone.localdate().year})
    if request.method == "POST" and form.is_valid():
        try:
            PersonalCommitment.register(member=member, by=request.user, **form.cleaned_data)
        except EvaluationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Đã đăng ký cam kết; chờ chi ủy duyệt.")
            return redirect("evaluations:my_commitments")
    commitments = PersonalCommitment.objects.filter(member=member).order_by("-year", "kind", "pk")
    return render(request, "evaluations/my_commitments.html", {
        "form": form, "commitments": commitments, "report_form": ReportForm(), "cell": member.cell,
    })  # fmt: skip


@login_required
def cell_commitments(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk)
    year = year_param(request)
    commitments = PersonalCommitment.objects.filter(member__cell=cell, year=year).select_related(
        "member"
    )
    return render(request, "evaluations/cell_commitments.html", {
        "cell": cell, "year": year, "commitments": commitments,
        "can_edit": viewer_for(request).can_edit_cell(cell),
    })  # fmt: skip


@login_required
@require_POST
def approve_commitment(request: HttpRequest, pk: int) -> HttpResponse:
    commitment = _get_commitment(request, pk)
    if not viewer_for(request).can_edit_cell(commitment.member.cell):
        raise PermissionDenied("Chỉ chi ủy duyệt cam kết.")
    try:
        commitment.approve(by=request.user)
    except EvaluationError as error:
        messages.error(request, str(error))
    return redirect("evaluations:cell_commitments", cell_pk=commitment.member.cell_id)


@login_required
@require_POST
def report_commitment(request: HttpRequest, pk: int) -> HttpResponse:
    commitment = _get_commitment(request, pk)
    if commitment.member.user_id != request.user.pk:
        raise PermissionDenied("Đảng viên tự báo cáo kết quả cam kết của mình.")
    form = ReportForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy ghi kết quả đã làm được.")
    else:
        try:
            commitment.report(by=request.user, **form.cleaned_data)
        except EvaluationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, "Đã ghi báo cáo kết quả cam kết.")
    return redirect("evaluations:my_commitments")
