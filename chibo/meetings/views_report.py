"""After the meeting: the report to the Đảng ủy, its acknowledgement, closing, the dossier."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from . import services
from .access import EDIT, meeting_access
from .dossier import build_dossier
from .forms import AcknowledgeForm, ReportForm
from .models import MeetingReport
from .views_common import act


@login_required
@require_POST
def report(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    form = ReportForm(request.POST)
    text = form.cleaned_data["text"] if form.is_valid() else ""
    return act(request, lambda: services.submit_report(meeting, by=request.user, text=text),
               "Đã gửi báo cáo lên Đảng ủy.", to="meetings:detail", pk=pk)  # fmt: skip


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
    return act(request, lambda: meeting.close(by=request.user), "Đã hoàn thiện và lưu hồ sơ.",
               to="meetings:detail", pk=pk)  # fmt: skip


@login_required
def dossier(request: HttpRequest, pk: int) -> HttpResponse:
    access = meeting_access(request, pk)
    if not access.sees_drafts:
        raise PermissionDenied("Hồ sơ chỉ mở cho đảng viên sau khi tài liệu đã được gửi.")
    name, data = build_dossier(access.meeting)
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
