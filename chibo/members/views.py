from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from chibo.lib.http import posted_version
from chibo.members.access import get_cell, get_member, viewer_for
from chibo.rules import organization
from chibo.rules import votes as rules_votes

from .forms import (
    MemberFilterForm,
    MemberForm,
    NewMemberForm,
    RecognitionForm,
    RoleForm,
    StatusChangeForm,
)
from .models import AccountInvite, Member, MemberError
from .views_io import filtered_members

PAGE_SIZE = 100


@login_required
def member_list(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk)
    form = MemberFilterForm(request.GET or None)
    members = filtered_members(cell, form).select_related("user")
    page = Paginator(members, PAGE_SIZE).get_page(request.GET.get("page"))
    today = timezone.localdate()
    rows = [(m, m.probation_flag(today)) for m in page]
    context = {
        "cell": cell, "form": form, "page": page, "rows": rows,
        "can_edit": viewer_for(request).can_edit_cell(cell),
    }  # fmt: skip
    template = (
        "members/member_list.html#results"
        if request.headers.get("HX-Request")
        else "members/member_list.html"
    )
    return render(request, template, context)


@login_required
def member_detail(request: HttpRequest, pk: int) -> HttpResponse:
    member = get_member(request, pk)
    can_edit = viewer_for(request).can_edit_cell(member.cell)
    return render(request, "members/member_detail.html", {
        "member": member,
        "cell": member.cell,
        "status_changes": member.status_changes.select_related("by")[:50],
        "roles": member.role_history.all()[:50],
        "probation": member.probation_flag(),
        "recognition": _recognition(member, can_edit=can_edit),
        "can_edit": can_edit,
        "status_form": StatusChangeForm(initial={"on": timezone.localdate()}),
        "role_form": RoleForm(initial={"role": member.role}),
    })  # fmt: skip


def _recognition(member: Member, *, can_edit: bool) -> dict[str, Any]:
    """What the page shows about recognition as an official member: the end of probation, the
    cell's votes (with their meetings), the superior's decision, and the form for it."""
    votes = [
        (vote, Member.vote_outcome(vote), Member.vote_day(vote))
        for vote in member.recognition_votes_in_order()
    ]
    decision = member.status_changes.filter(to_status=Member.Status.OFFICIAL).exclude(
        decision_number="").first()  # fmt: skip
    latest = member.recognition_vote()
    ends = member.probation_ends
    passing = bool(latest and Member.vote_outcome(latest).passed and ends
                   and Member.vote_day(latest) >= ends)  # fmt: skip
    show_form = can_edit and member.status == Member.Status.PROBATIONARY and passing
    return {
        "ends": ends,
        "months": organization.PROBATION_MONTHS,
        "sources": [
            organization.SOURCE_PROBATION,
            rules_votes.SOURCE_TWO_THIRDS,
            organization.SOURCE_RECOGNITION_WINDOW,
            organization.SOURCE_OFFICIAL_DATE,
        ],
        "votes": votes,
        "decision": decision,
        "form": RecognitionForm(initial={"on": ends}) if show_form else None,
    }


@login_required
@require_POST
def member_recognise(request: HttpRequest, pk: int) -> HttpResponse:
    member = get_member(request, pk, edit=True)
    form = RecognitionForm(request.POST)
    if not form.is_valid():
        for messages_of_field in form.errors.values():
            for message in messages_of_field:
                messages.error(request, str(message))
        return redirect("members:detail", pk=member.pk)
    data = form.cleaned_data
    try:
        member.recognise_official(on=data["on"], decision_number=data["decision_number"],
                                  decision_date=data["decision_date"], by=request.user)  # fmt: skip
    except MemberError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Đồng chí {member.full_name} là đảng viên chính thức từ ngày "
                                  f"{member.official_date:%d/%m/%Y}.")  # fmt: skip
    return redirect("members:detail", pk=member.pk)


@login_required
@require_http_methods(["GET", "POST"])
def member_create(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    form = NewMemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            member = Member.register(cell=cell, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            _attach_errors(form, error)
        else:
            messages.success(request, f"Đã thêm đảng viên {member.full_name}.")
            return redirect("members:detail", pk=member.pk)
    return render(
        request, "members/member_form.html", {"form": form, "cell": cell, "title": "Thêm đảng viên"}
    )


@login_required
@require_http_methods(["GET", "POST"])
def member_edit(request: HttpRequest, pk: int) -> HttpResponse:
    member = get_member(request, pk, edit=True)
    form = MemberForm(request.POST or None, instance=Member.objects.get(pk=member.pk))
    version = member.version
    if request.method == "POST":
        version = posted_version(request)
        if form.is_valid():
            try:
                member.update(by=request.user, expected_version=version, **form.cleaned_data)
            except MemberError as error:
                form.add_error(None, str(error))
            except ValidationError as error:
                _attach_errors(form, error)
            else:
                messages.success(request, "Đã lưu thay đổi.")
                return redirect("members:detail", pk=member.pk)
    return render(request, "members/member_form.html", {
        "form": form, "cell": member.cell, "member": member, "version": version,
        "title": f"Sửa hồ sơ: {member.full_name}",
    })  # fmt: skip


@login_required
@require_POST
def member_status(request: HttpRequest, pk: int) -> HttpResponse:
    member = get_member(request, pk, edit=True)
    form = StatusChangeForm(request.POST)
    if not form.is_valid():
        for messages_of_field in form.errors.values():
            for message in messages_of_field:
                messages.error(request, str(message))
        return redirect("members:detail", pk=member.pk)
    action, on, note = (
        form.cleaned_data["action"],
        form.cleaned_data["on"],
        form.cleaned_data["note"],
    )
    try:
        member.change_status(action, on=on, by=request.user, note=note)
    except MemberError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Đã cập nhật tình trạng: {member.get_status_display()}.")
    return redirect("members:detail", pk=member.pk)


@login_required
@require_POST
def member_role(request: HttpRequest, pk: int) -> HttpResponse:
    member = get_member(request, pk, edit=True)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy chọn chức vụ và ngày hợp lệ.")
        return redirect("members:detail", pk=member.pk)
    try:
        member.assign_role(form.cleaned_data["role"], on=form.cleaned_data["on"], by=request.user)
    except MemberError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Chức vụ mới: {member.get_role_display()}.")
    return redirect("members:detail", pk=member.pk)


@login_required
@require_POST
def member_invite(request: HttpRequest, pk: int) -> HttpResponse:
    member = get_member(request, pk, edit=True)
    try:
        invite, code = AccountInvite.issue(member, by=request.user)
    except MemberError as error:
        messages.error(request, str(error))
        return redirect("members:detail", pk=member.pk)
    activate_url = request.build_absolute_uri("/activate/") + f"?code={code}"
    return render(request, "members/invite.html", {
        "member": member, "cell": member.cell, "code": code, "invite": invite, "activate_url": activate_url,
    })  # fmt: skip


def _attach_errors(form: MemberForm, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)
