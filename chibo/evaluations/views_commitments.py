"""Members' yearly commitments: register, chi ủy approval, mid-year and year-end reports."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from chibo.lib.http import year_param
from chibo.members.access import get_cell, viewer_for
from chibo.members.models import Member
from chibo.organizations.models import Cell

from .forms import MemberChoiceField
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


class OnBehalfForm(CommitmentForm):
    """The chi ủy registers a commitment a member gave on paper or at the meeting."""

    member = MemberChoiceField()

    class Meta(CommitmentForm.Meta):
        fields = ["member", *CommitmentForm.Meta.fields]

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["member"]
        assert isinstance(field, MemberChoiceField)
        field.queryset = Member.objects.for_cell(cell).current().vietnamese_order()


@login_required
@require_http_methods(["GET", "POST"])
def cell_commitments(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=request.method == "POST")
    year = year_param(request)
    form = OnBehalfForm(request.POST or None, cell=cell, initial={"year": year})
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        member = data.pop("member")
        try:
            PersonalCommitment.register(member=member, by=request.user, on_behalf=True, **data)
        except EvaluationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Đã đăng ký hộ cam kết của đồng chí {member.full_name}.")
            return redirect(
                reverse("evaluations:cell_commitments", args=[cell.pk]) + f"?year={data['year']}"
            )
    commitments = PersonalCommitment.objects.filter(member__cell=cell, year=year).select_related(
        "member"
    )
    pairs = PersonalCommitment.yearly_pairs(cell, year)
    missing = [(member, kinds) for member, kinds in pairs if kinds]
    return render(request, "evaluations/cell_commitments.html", {
        "cell": cell, "year": year, "commitments": commitments, "missing": missing,
        "complete": len(pairs) - len(missing), "total": len(pairs), "form": form,
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
