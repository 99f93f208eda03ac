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


def _member_ideas(member: Member | None) -> Any:
    """The member's own ideas in the school's idea bank (through their login), newest first."""
    from chibo.ideas.models import Idea

    if member is None or member.user_id is None:
        return Idea.objects.none()
    return (
        Idea.objects.live().filter(author__user_id=member.user_id, school__cell_id=member.cell_id)
        .select_related("school", "author")
    )  # fmt: skip


class IdeaChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.title} (năm {obj.year}, {obj.get_status_display().lower()})"


class CommitmentForm(forms.ModelForm):
    idea = IdeaChoiceField(
        label="Gắn với ý tưởng, sáng kiến của tôi", queryset=PersonalCommitment.objects.none(), required=False,
        help_text="Với việc đổi mới, sáng tạo: chọn ý tưởng đã đăng ký ở ngân hàng ý tưởng của trường.",
    )  # fmt: skip

    class Meta:
        model = PersonalCommitment
        fields = ["year", "kind", "text", "measure", "idea"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, member: Member | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get("idea")
        if isinstance(field, forms.ModelChoiceField):
            field.queryset = _member_ideas(member)


class LinkIdeaForm(forms.Form):
    idea = IdeaChoiceField(
        label="Ý tưởng, sáng kiến", queryset=PersonalCommitment.objects.none(), required=False
    )

    def __init__(self, *args: Any, member: Member, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["idea"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = _member_ideas(member)


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
    form = CommitmentForm(
        request.POST or None, member=member, initial={"year": timezone.localdate().year}
    )
    if request.method == "POST" and form.is_valid():
        try:
            PersonalCommitment.register(member=member, by=request.user, **form.cleaned_data)
        except EvaluationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Đã đăng ký cam kết; chờ chi ủy duyệt.")
            return redirect("evaluations:my_commitments")
    commitments = (
        PersonalCommitment.objects.filter(member=member)
        .select_related("idea")
        .order_by("-year", "kind", "pk")
    )
    return render(request, "evaluations/my_commitments.html", {
        "form": form, "commitments": commitments, "report_form": ReportForm(), "cell": member.cell,
        "link_form": LinkIdeaForm(member=member), "has_ideas": _member_ideas(member).exists(),
    })  # fmt: skip


class OnBehalfForm(CommitmentForm):
    """The chi ủy registers a commitment a member gave on paper or at the meeting."""

    member = MemberChoiceField()

    class Meta(CommitmentForm.Meta):
        fields = ["member", "year", "kind", "text", "measure"]

    def __init__(self, *args: Any, cell: Cell, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        del self.fields["idea"]  # the member links their own idea
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
        "member", "idea"
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


@login_required
@require_POST
def link_idea(request: HttpRequest, pk: int) -> HttpResponse:
    """The member links their innovation commitment to one of their ideas in the idea bank."""
    commitment = _get_commitment(request, pk)
    if commitment.member.user_id != request.user.pk:
        raise PermissionDenied("Đảng viên tự gắn cam kết của mình với ý tưởng.")
    form = LinkIdeaForm(request.POST, member=commitment.member)
    if not form.is_valid():
        messages.error(request, "Hãy chọn một ý tưởng của đồng chí.")
    else:
        try:
            commitment.link_idea(by=request.user, idea=form.cleaned_data["idea"])
        except EvaluationError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                "Đã gắn cam kết với ý tưởng." if commitment.idea_id else "Đã bỏ gắn ý tưởng.",
            )
    return redirect("evaluations:my_commitments")
