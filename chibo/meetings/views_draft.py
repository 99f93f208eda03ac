"""Preparing the meeting: the draft and its versions, the chi ủy's review, distribution,
members reading and commenting, materials."""

from __future__ import annotations

import difflib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods, require_POST

from .access import EDIT, MEMBER, PREPARE, MeetingAccess, meeting_access
from .errors import MeetingError
from .forms import DraftForm, MaterialForm, MemberCommentForm, ReasonForm, ReplyForm, TextForm
from .models import DraftVersion, Material, MemberComment, ReadReceipt, ReviewComment
from .uploads import CONTENT_TYPES
from .views_common import act, form_errors


@login_required
@require_http_methods(["GET", "POST"])
def draft_editor(request: HttpRequest, pk: int) -> HttpResponse:
    access = meeting_access(request, pk, need=PREPARE)
    meeting = access.meeting
    latest = meeting.latest_version()
    form = DraftForm(
        request.POST or None, request.FILES or None, initial={"text": latest.text if latest else ""}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            version = meeting.save_draft(
                by=request.user, text=data["text"], upload=data["file"], note=data["note"]
            )
        except (MeetingError, ValidationError) as error:
            form.add_error(None, str(error) if isinstance(error, MeetingError) else error)
        else:
            messages.success(request, f"Đã lưu dự thảo lần {version.number}.")
            return redirect("meetings:draft", pk=pk)
    versions = meeting.versions.select_related("author")
    return render(request, "meetings/draft_editor.html", {
        "meeting": meeting, "cell": meeting.cell, "form": form, "versions": versions, "access": access})  # fmt: skip


def _version(access: MeetingAccess, number: int) -> DraftVersion:
    if not access.sees_drafts:
        raise PermissionDenied("Dự thảo chưa được gửi cho đảng viên.")
    return get_object_or_404(
        DraftVersion.objects.select_related("author"), meeting=access.meeting, number=number
    )


@login_required
def version_detail(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    access = meeting_access(request, pk)
    version = _version(access, number)
    comments = version.comments.select_related("author")
    return render(request, "meetings/version_detail.html", {
        "meeting": access.meeting, "cell": access.meeting.cell, "version": version, "access": access,
        "comments": comments, "comment_form": TextForm(), "reply_form": ReplyForm()})  # fmt: skip


def _serve(field: object, name: str, kind: str) -> FileResponse:
    if not field:
        raise Http404("Không có tệp.")
    handle = field.open("rb")  # type: ignore[attr-defined]
    response = FileResponse(handle, as_attachment=True, filename=name or f"tep.{kind}",
                            content_type=CONTENT_TYPES.get(kind, "application/octet-stream"))  # fmt: skip
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def version_file(request: HttpRequest, pk: int, number: int) -> HttpResponseBase:
    access = meeting_access(request, pk)
    version = _version(access, number)
    return _serve(version.file, version.file_name, version.file_kind)


@login_required
def compare(request: HttpRequest, pk: int) -> HttpResponse:
    access = meeting_access(request, pk)
    if not access.sees_drafts:
        raise PermissionDenied("Dự thảo chưa được gửi cho đảng viên.")
    versions = list(access.meeting.versions.order_by("number"))
    if len(versions) < 2:
        return render(request, "meetings/compare.html", {"meeting": access.meeting, "cell": access.meeting.cell,
                                                         "versions": versions, "table": ""})  # fmt: skip
    by_number = {v.number: v for v in versions}
    a = by_number.get(_int(request.GET.get("a")) or 0, versions[-2])
    b = by_number.get(_int(request.GET.get("b")) or 0, versions[-1])
    # HtmlDiff escapes &, < and > in every line, so the result is safe to embed.
    table = difflib.HtmlDiff(wrapcolumn=60).make_table(
        a.text.splitlines(),
        b.text.splitlines(),
        f"Lần {a.number}",
        f"Lần {b.number}",
        context=True,
        numlines=2,
    )
    return render(request, "meetings/compare.html", {
        "meeting": access.meeting, "cell": access.meeting.cell, "versions": versions, "a": a, "b": b,
        "table": mark_safe(table)})  # noqa: S308  # fmt: skip


def _int(value: str | None) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None


@login_required
@require_POST
def submit_draft(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=PREPARE).meeting
    return act(request, lambda: meeting.submit_draft(by=request.user), "Đã gửi dự thảo để chi ủy cho ý kiến.",
               to="meetings:detail", pk=pk)  # fmt: skip


@login_required
@require_POST
def review_comment(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    access = meeting_access(request, pk, need=EDIT)
    version = _version(access, number)
    form = TextForm(request.POST)
    if not form.is_valid():
        form_errors(request, form)
        return redirect("meetings:version", pk=pk, number=number)
    return act(request, lambda: ReviewComment.add(version, by=request.user, text=form.cleaned_data["text"]),
               "Đã ghi ý kiến.", to="meetings:version", pk=pk, number=number)  # fmt: skip


@login_required
@require_POST
def review_reply(request: HttpRequest, pk: int, comment_pk: int) -> HttpResponse:
    access = meeting_access(request, pk, need=PREPARE)
    comment = get_object_or_404(ReviewComment.objects.select_related("version__meeting"), pk=comment_pk,
                                version__meeting=access.meeting)  # fmt: skip
    form = ReplyForm(request.POST)
    form.is_valid()
    data = form.cleaned_data
    return act(request, lambda: comment.answer(by=request.user, reply=data.get("reply", ""),
                                               resolved=data.get("resolved", False)),
               "Đã trả lời ý kiến.", to="meetings:version", pk=pk, number=comment.version.number)  # fmt: skip


@login_required
@require_POST
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    return act(request, lambda: meeting.approve_draft(by=request.user), "Chi ủy đã duyệt dự thảo.",
               to="meetings:detail", pk=pk)  # fmt: skip


@login_required
@require_POST
def request_changes(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    form = ReasonForm(request.POST)
    note = form.cleaned_data["reason"] if form.is_valid() else ""
    return act(request, lambda: meeting.request_changes(by=request.user, note=note),
               "Đã trả dự thảo để người chuẩn bị sửa.", to="meetings:detail", pk=pk)  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def distribute(request: HttpRequest, pk: int) -> HttpResponse:
    access = meeting_access(request, pk, need=EDIT)
    meeting = access.meeting
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            meeting.distribute(by=request.user, reason=form.cleaned_data["reason"])
        except MeetingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Đã gửi tài liệu cho toàn thể đảng viên.")
            return redirect("meetings:detail", pk=pk)
    from django.utils import timezone

    latest = meeting.latest_version()
    approved = (
        meeting.status == meeting.Status.REVIEW
        and latest is not None
        and latest.pk == meeting.approved_version_id
    )
    return render(request, "meetings/distribute.html", {
        "meeting": meeting, "cell": meeting.cell, "form": form, "access": access, "approved": approved,
        "late": meeting.is_late_on(timezone.localdate())})  # fmt: skip


@login_required
def read(request: HttpRequest, pk: int) -> HttpResponse:
    """A member's view of the distributed draft; the first opening is recorded."""
    access = meeting_access(request, pk)
    meeting = access.meeting
    version = meeting.approved_version if meeting.distributed_at else None
    if version is not None and access.member is not None:
        ReadReceipt.record(meeting, access.member)
    return render(request, "meetings/read.html", {
        "meeting": meeting, "cell": meeting.cell, "version": version, "access": access,
        "materials": meeting.materials.all(),
        "my_comments": MemberComment.objects.filter(meeting=meeting, member=access.member) if access.member else [],
        "form": MemberCommentForm()})  # fmt: skip


@login_required
@require_POST
def member_comment(request: HttpRequest, pk: int) -> HttpResponse:
    """Save a member's comment. A phone sending a comment written offline asks for JSON
    (Accept: application/json) and learns whether it is saved, or why not."""
    meeting = meeting_access(request, pk, need=MEMBER).meeting
    form = MemberCommentForm(request.POST)
    wants_json = "application/json" in request.headers.get("Accept", "")
    if not form.is_valid():
        if wants_json:
            errors = [str(e) for field_errors in form.errors.values() for e in field_errors]
            return JsonResponse({"error": " ".join(errors)}, status=400)
        form_errors(request, form)
        return redirect("meetings:read", pk=pk)
    data = form.cleaned_data

    def add() -> MemberComment:
        return MemberComment.add(meeting, by=request.user, text=data.get("text", ""),
                                 wants_to_speak=data.get("wants_to_speak", False),
                                 client_key=data.get("client_key"))  # fmt: skip

    if wants_json:
        try:
            comment = add()
        except MeetingError as error:
            return JsonResponse({"error": str(error)}, status=409)
        return JsonResponse({"id": comment.pk, "resent": comment.resent},
                            status=200 if comment.resent else 201)  # fmt: skip
    return act(request, add, "Đã ghi nhận ý kiến của đồng chí.", to="meetings:read", pk=pk)


@login_required
@require_POST
def material_add(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=PREPARE).meeting
    form = MaterialForm(request.POST, request.FILES)
    if not form.is_valid():
        form_errors(request, form)
        return redirect("meetings:detail", pk=pk)
    return act(request, lambda: Material.add(meeting, by=request.user, title=form.cleaned_data["title"],
                                             upload=form.cleaned_data["file"]),
               "Đã thêm tài liệu.", to="meetings:detail", pk=pk)  # fmt: skip


@login_required
def material_file(request: HttpRequest, pk: int, material_pk: int) -> HttpResponseBase:
    access = meeting_access(request, pk)
    material = get_object_or_404(Material, pk=material_pk, meeting=access.meeting)
    if not access.sees_drafts:
        raise PermissionDenied("Tài liệu chưa được gửi cho đảng viên.")
    return _serve(material.file, material.file_name, material.file_kind)
