"""After the meeting: the report to the Đảng ủy, its acknowledgement, closing, the dossier."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from . import services
from .access import EDIT, meeting_access
from .dossier import build_dossier, dossier_documents
from .forms import AcknowledgeForm, ReportForm
from .models import Meeting, MeetingReport
from .views import detail_parts
from .views_common import act, answer, outcome


def _closing_step(request: HttpRequest, pk: int, action: Any, success: str) -> HttpResponse:
    """One closing step on the meeting page; the closing card, the top of the page, the
    documents and the report are answered in place (or the page is reloaded without script)."""
    notice = outcome(action, success, "closing")
    return answer(request, notice, detail_parts(request, pk), to="meetings:detail", pk=pk)


@login_required
@require_POST
def sign_minutes(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    return _closing_step(request, pk, lambda: services.issue_minutes(meeting, by=request.user),
                         "Biên bản đã ký và vào sổ văn bản.")  # fmt: skip


@login_required
@require_POST
def resolution(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    # Any code goes to the verb, which refuses what may not be issued with its reason.
    type_code = request.POST.get("type_code", "") or "TB"
    return _closing_step(request, pk, lambda: services.issue_resolution(meeting, by=request.user, type_code=type_code),
                         "Đã ban hành văn bản.")  # fmt: skip


@login_required
@require_POST
def report(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    form = ReportForm(request.POST)
    text = form.cleaned_data["text"] if form.is_valid() else ""
    return _closing_step(request, pk, lambda: services.submit_report(meeting, by=request.user, text=text),
                         "Đã gửi báo cáo lên Đảng ủy.")  # fmt: skip


@login_required
@require_POST
def acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    access = meeting_access(request, pk)
    if access.member is not None or not access.viewer.is_officer:
        raise PermissionDenied("Chỉ cán bộ Đảng ủy cấp trên xác nhận báo cáo.")
    report = MeetingReport.objects.filter(meeting=access.meeting).first()
    if report is None:
        from django.contrib import messages

        messages.error(request, "Chi bộ chưa gửi báo cáo.")
        return redirect("meetings:detail", pk=pk)
    form = AcknowledgeForm(request.POST)
    comment = form.cleaned_data["comment"] if form.is_valid() else ""
    return act(request, lambda: report.acknowledge(by=request.user, comment=comment),
               "Đã xác nhận báo cáo.", to="meetings:detail", pk=pk)  # fmt: skip


@login_required
@require_POST
def close(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    return _closing_step(
        request, pk, lambda: meeting.close(by=request.user), "Đã hoàn thiện và lưu hồ sơ."
    )


@login_required
def dossier_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The dossier as a page a phone can read: each document with a picture of its first page,
    "Xem bản PDF" first and the Word file beside it; the ZIP stays for archiving."""
    access = meeting_access(request, pk)
    if not access.sees_drafts:
        raise PermissionDenied("Hồ sơ chỉ mở cho đảng viên sau khi tài liệu đã được gửi.")
    meeting = access.meeting
    return render(request, "meetings/dossier.html", {
        "meeting": meeting, "cell": meeting.cell, "access": access,
        "documents": dossier_documents(meeting),
        "versions": list(meeting.versions.select_related("author").order_by("number")),
        "materials": list(meeting.materials.all()),
        "attendance": list(meeting.attendances.select_related("member").order_by("member__sort_key")),
        "tasks": list(meeting.tasks.prefetch_related("owners")),
        "missing": meeting.dossier_missing() if meeting.status in (Meeting.Status.CONCLUDED, Meeting.Status.CLOSED) else [],
    })  # fmt: skip


@login_required
def dossier(request: HttpRequest, pk: int) -> HttpResponse:
    access = meeting_access(request, pk)
    if not access.sees_drafts:
        raise PermissionDenied("Hồ sơ chỉ mở cho đảng viên sau khi tài liệu đã được gửi.")
    name, data = build_dossier(access.meeting)
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
