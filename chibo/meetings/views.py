"""The cell's meetings and one meeting's page with its lifecycle steps."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from chibo.lib.http import posted_version
from chibo.lib.swap import render_parts
from chibo.members.access import get_cell, viewer_for
from chibo.members.models import Member
from chibo.plans.models import Topic
from chibo.rules.organization import elects_committee

from . import steps
from .access import EDIT, MeetingAccess, meeting_access
from .errors import MeetingError
from .forms import (
    MeetingForm,
    PeriodForm,
    PreparationForm,
    PreparersForm,
    ReasonForm,
    RescheduleForm,
)
from .models import Attendance, Meeting, Task
from .rules import ISSUABLE_CONCLUSIONS, RESOLUTION
from .services import issued_documents
from .views_common import act, form_errors


@login_required
def meeting_list(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk)
    form = PeriodForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    year = data.get("year") or timezone.localdate().year
    meetings = Meeting.objects.for_cell(cell).filter(starts_at__year=year)
    if data.get("quarter"):
        meetings = meetings.in_quarter(year, data["quarter"])
    meetings = meetings.select_related("chair").order_by("starts_at")
    unscheduled = (
        Topic.objects.filter(
            plan__cell=cell, plan__year=year, plan__status="issued", meetings__isnull=True
        )
        .select_related("plan")
        .order_by("quarter", "order")
    )
    return render(request, "meetings/meeting_list.html", {
        "cell": cell, "form": form, "year": year, "meetings": meetings, "unscheduled": unscheduled,
        "can_edit": viewer_for(request).can_edit_cell(cell),
        "this_month": timezone.localdate().strftime("%Y-%m"),
    })  # fmt: skip


def _initial(request: HttpRequest, cell_pk: int) -> dict[str, object]:
    """Prefill from a plan topic (thematic), a month (regular meeting), or blank (ad hoc)."""
    topic_pk = _int(request.GET.get("topic"))
    topic = (
        Topic.objects.filter(pk=topic_pk, plan__cell_id=cell_pk).select_related("plan").first()
        if topic_pk
        else None
    )
    if topic is not None:
        month = topic.month or 3 * (topic.quarter - 1) + 1
        return {"kind": Meeting.Kind.THEMATIC, "topic": topic, "title": topic.title or str(topic),
                "starts_at": timezone.make_aware(dt.datetime(topic.plan.year, month, 15, 8, 0))}  # fmt: skip
    wanted = request.GET.get("month", "")
    if wanted:
        try:
            year, number = (int(part) for part in wanted.split("-"))
            day = dt.datetime(year, number, 3, 8, 0)  # HD 37: meetings on the 3rd of each month
        except ValueError:
            return {}
        return {"kind": Meeting.Kind.REGULAR, "title": f"Sinh hoạt chi bộ thường kỳ tháng {number:02d}/{year}",
                "starts_at": timezone.make_aware(day)}  # fmt: skip
    return {}


@login_required
@require_http_methods(["GET", "POST"])
def meeting_create(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    secretary = Member.objects.for_cell(cell).current().filter(role="secretary").first()
    initial = {"chair": secretary, **_initial(request, cell_pk)}
    form = MeetingForm(request.POST or None, cell=cell, initial=initial)
    if request.method == "POST" and form.is_valid():
        topic = form.cleaned_data.get("topic")
        preparers = list(topic.preparers.all()) if topic else []
        try:
            meeting = Meeting.plan(
                cell=cell, by=request.user, preparers=preparers, **form.cleaned_data
            )
        except (MeetingError, ValidationError) as error:
            form.add_error(None, str(error) if isinstance(error, MeetingError) else error)
        else:
            messages.success(request, "Đã lên lịch buổi sinh hoạt.")
            return redirect("meetings:detail", pk=meeting.pk)
    return render(
        request,
        "meetings/meeting_form.html",
        {"form": form, "cell": cell, "title": "Lên lịch sinh hoạt"},
    )


@login_required
@require_http_methods(["GET", "POST"])
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    form = MeetingForm(request.POST or None, cell=meeting.cell, instance=Meeting.objects.get(pk=pk))
    version = meeting.version
    if request.method == "POST":
        version = posted_version(request)
        if form.is_valid():
            try:
                meeting.update_details(
                    by=request.user, expected_version=version, **form.cleaned_data
                )
            except (MeetingError, ValidationError) as error:
                form.add_error(None, str(error) if isinstance(error, MeetingError) else error)
            else:
                messages.success(request, "Đã lưu thay đổi.")
                return redirect("meetings:detail", pk=pk)
    return render(request, "meetings/meeting_form.html", {
        "form": form, "cell": meeting.cell, "meeting": meeting, "version": version,
        "title": "Sửa thông tin buổi sinh hoạt"})  # fmt: skip


@login_required
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return render(request, DETAIL, detail_context(meeting_access(request, pk)))


DETAIL = "meetings/meeting_detail.html"
# The parts of the meeting page a closing step changes (swap.js replaces each by its id).
CLOSING_PARTS = ("closing", "summary", "documents", "report")


def detail_parts(request: HttpRequest, pk: int, *, names: tuple[str, ...] = CLOSING_PARTS) -> Any:
    """Render the named parts of the meeting page afresh, after the verb."""

    def parts(notice: Any) -> HttpResponse:
        context = {**detail_context(meeting_access(request, pk)), "notice": notice}
        return render_parts(request, DETAIL, names, context, refused=bool(notice.error))

    return parts


def detail_context(access: MeetingAccess) -> dict[str, Any]:
    meeting = access.meeting
    counts = meeting.attendances.aggregate(
        present=Count("pk", filter=Q(status__in=Attendance.PRESENT_STATUSES)),
        official=Count(
            "pk", filter=Q(status__in=Attendance.PRESENT_STATUSES, member_status="official")
        ),
        total=Count("pk"),
    )
    carried = (Task.objects.filter(cell_id=meeting.cell_id).unfinished()
               .filter(Q(carried_into=meeting) | Q(carried_into__isnull=True, meeting__starts_at__lt=meeting.starts_at))
               .exclude(meeting=meeting).prefetch_related("owners"))  # fmt: skip
    versions = meeting.versions.select_related("author").prefetch_related(
        Prefetch("comments", queryset=_comments()))  # fmt: skip
    in_cell = (
        Member.objects.filter(cell_id=meeting.cell_id)
        .current()
        .aggregate(total=Count("pk"), official=Count("pk", filter=Q(status=Member.Status.OFFICIAL)))
    )
    has_chi_uy = elects_committee(in_cell["official"])
    context = {
        "meeting": meeting, "cell": meeting.cell, "access": access,
        "steps": steps.steps_for(meeting, has_chi_uy=has_chi_uy),
        "next": steps.next_step(meeting, has_chi_uy=has_chi_uy),
        "preparers": list(meeting.preparers.all()),
        "versions": list(versions) if access.sees_drafts else [],
        "materials": list(meeting.materials.all()),
        "member_comments": list(meeting.member_comments.select_related("member")),
        "read_count": meeting.read_receipts.count(),
        "member_count": in_cell["total"],
        "attendance": counts,
        "tasks": list(meeting.tasks.prefetch_related("owners")),
        "carried": list(carried),
        "commitments": list(meeting.commitments.select_related("member")),
        "documents": issued_documents(meeting),
        "report": getattr(meeting, "report", None) if _has_report(meeting) else None,
        "missing": meeting.dossier_missing() if meeting.status == Meeting.Status.CONCLUDED else [],
        "findings": meeting.preparation_findings(),
        "days_rule": meeting.days_ahead_rule,
        **_conclusion_context(meeting),
        "preparation_form": PreparationForm(initial={
            "draft_prepared_on": meeting.draft_prepared_on, "draft_reviewed_on": meeting.draft_reviewed_on,
            "note": meeting.preparation_note}) if access.can_edit and _preparation_open(meeting) else None,
        "preparers_form": PreparersForm(cell=meeting.cell, initial={"preparers": meeting.preparers.all()})
        if access.can_edit else None,
        "reschedule_form": RescheduleForm(auto_id="id_new_%s")
        if access.can_edit and meeting.status == Meeting.Status.POSTPONED else None,
        "today": timezone.localdate(),
    }  # fmt: skip
    return context


def _preparation_open(meeting: Meeting) -> bool:
    """Offer to record paper preparation unless the app already holds the whole chain."""
    in_app = (
        meeting.approved_version_id is not None
        and meeting.distributed_at
        and not meeting.distributed_outside
    )
    return meeting.may_record_preparation and not in_app


def _conclusion_context(meeting: Meeting) -> dict[str, object]:
    """The vote on the resolution and which documents may record the meeting's decision."""
    if meeting.status not in (Meeting.Status.CONCLUDED, Meeting.Status.CLOSED):
        return {"resolution_vote": None, "conclusion_choices": [], "resolution_problem": ""}
    vote = meeting.resolution_vote()
    problem = Meeting.resolution_vote_problem(vote)
    choices = [(code, label) for code, label in ISSUABLE_CONCLUSIONS.items()
               if code != RESOLUTION or not problem]  # fmt: skip
    return {"resolution_vote": vote, "conclusion_choices": choices, "resolution_problem": problem}


def _comments():  # type: ignore[no-untyped-def]
    from .models import ReviewComment

    return ReviewComment.objects.select_related("author")


def _has_report(meeting: Meeting) -> bool:
    from .services import _has_report as has

    return has(meeting)


@login_required
@require_POST
def assign_preparers(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    form = PreparersForm(request.POST, cell=meeting.cell)
    if not form.is_valid():
        form_errors(request, form)
        return redirect("meetings:detail", pk=pk)
    return act(request, lambda: meeting.assign_preparers(list(form.cleaned_data["preparers"]), by=request.user),
               "Đã phân công người chuẩn bị.", to="meetings:detail", pk=pk)  # fmt: skip


@login_required
@require_POST
def preparation(request: HttpRequest, pk: int) -> HttpResponse:
    """Record a regular meeting's preparation done outside the app, step by step, with dates."""
    meeting = meeting_access(request, pk, need=EDIT).meeting
    form = PreparationForm(request.POST)
    if not form.is_valid():
        form_errors(request, form)
        return redirect("meetings:detail", pk=pk)

    def record() -> str:
        findings = meeting.record_preparation(by=request.user, **form.cleaned_data)
        return " ".join(text for text, _ in findings)

    return act(request, record, "Đã ghi nhận việc chuẩn bị.", to="meetings:detail", pk=pk)


@login_required
@require_POST
def postpone(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    return act(request, lambda: meeting.postpone(by=request.user, reason=reason), "Đã hoãn buổi sinh hoạt.",
               to="meetings:detail", pk=pk)  # fmt: skip


@login_required
@require_POST
def reschedule(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    form = RescheduleForm(request.POST)
    if not form.is_valid():
        form_errors(request, form)
        return redirect("meetings:detail", pk=pk)
    return act(request, lambda: meeting.reschedule(by=request.user, starts_at=form.cleaned_data["starts_at"]),
               "Đã đặt lại lịch.", to="meetings:detail", pk=pk)  # fmt: skip


@login_required
@require_POST
def cancel(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    return act(request, lambda: meeting.cancel(by=request.user, reason=reason), "Đã hủy buổi sinh hoạt.",
               to="meetings:detail", pk=pk)  # fmt: skip


def _int(value: str | None) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None
