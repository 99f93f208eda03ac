"""The meeting day ("phòng họp không giấy"): roll call, speakers, votes, times, conclusion,
and the minutes written until they are signed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from chibo.fees.status import lazy_roll_call
from chibo.lib.swap import render_parts, swapping
from chibo.members.models import Member
from chibo.rules import votes as rules_votes

from .access import EDIT, RECORD, MeetingAccess, meeting_access
from .errors import MeetingError
from .forms import (
    AttendanceForm,
    ContributionForm,
    HoldForm,
    MinutesForm,
    RecognitionVoteForm,
    ResolutionForm,
    TaskForm,
    TextForm,  # fmt: skip
    VoteForm,
)
from .models import Attendance, Contribution, Meeting, Vote
from .views_common import Notice, answer, invalid, outcome


def _room_context(access: MeetingAccess) -> dict[str, Any]:
    meeting = access.meeting
    members = list(Member.objects.filter(cell_id=meeting.cell_id).current().vietnamese_order())
    marks = {a.member_id: a for a in meeting.attendances.all()}
    rows = [(m, marks.get(m.pk)) for m in members]
    present = [a for a in marks.values() if a.is_present]
    official = sum(1 for m in members if m.status == Member.Status.OFFICIAL)
    present_official = sum(1 for a in present if a.member_status == Member.Status.OFFICIAL)
    excused = sum(1 for a in marks.values()
                  if a.member_status == Member.Status.OFFICIAL and a.status == Attendance.Status.EXCUSED)  # fmt: skip
    start, end = _hold_times(meeting)
    return {
        "meeting": meeting, "cell": meeting.cell, "access": access, "rows": rows,
        "counts": {
            "members": len(members),
            "official": official,
            "present": len(present),
            "present_official": present_official,
            "present_probationary": sum(1 for a in present if a.member_status == Member.Status.PROBATIONARY),
            "missing": len(members) - len(marks),
        },
        "statuses": Attendance.Status.choices,
        "contributions": list(meeting.contributions.select_related("speaker")),
        "speakers": list(meeting.member_comments.filter(wants_to_speak=True).select_related("member")),
        "votes": list(meeting.votes.all()),
        "tasks": list(meeting.tasks.prefetch_related("owners")),
        "contribution_form": ContributionForm(cell=meeting.cell) if access.can_record else None,
        "vote_form": VoteForm(limit=Vote.manual_limit(official, present_official, excused), excused=excused)
        if access.can_edit else None,
        "task_form": TaskForm(cell=meeting.cell) if access.can_edit else None,
        "hold_form": HoldForm(initial={"actual_start": start, "actual_end": end}) if access.can_edit else None,
        "conclude_form": TextForm(initial={"text": meeting.conclusion}) if access.is_leader else None,
        "open": meeting.room_open,
        "notes_open": meeting.room_open or meeting.status == Meeting.Status.CONCLUDED,
        "may_hold": meeting.room_open and meeting.status != Meeting.Status.HELD,
        "fee_roll_call": lazy_roll_call(meeting.cell, timezone.localtime(meeting.starts_at).date()),
        **_recognition(access),
    }  # fmt: skip


def _recognition(access: MeetingAccess) -> dict[str, Any]:
    if not access.can_edit:
        return {}
    form = RecognitionVoteForm(cell=access.meeting.cell)
    return {"recognition_form": form if form.fields["member"].queryset.exists() else None,  # type: ignore[attr-defined]
            "recognition_rule": rules_votes.rule_text(rules_votes.ADMISSION)}  # fmt: skip


def _hold_times(meeting: Meeting) -> tuple[dt.datetime, dt.datetime]:
    """What the "đã họp" form offers: the schedule when it has passed; otherwise a meeting that
    has just ended now (a real time in the future is refused)."""
    now = timezone.localtime().replace(second=0, microsecond=0)
    start = timezone.localtime(meeting.actual_start or meeting.starts_at)
    planned = (
        (meeting.ends_at - meeting.starts_at)
        if meeting.ends_at
        else dt.timedelta(minutes=meeting.min_duration)
    )
    end = timezone.localtime(meeting.actual_end) if meeting.actual_end else start + planned
    if end > now:
        end = now
        start = min(start, end - planned)
    return start, end


_CONCLUSION_DRAFT = "meetings.conclusion_draft.{}"
ROOM = "meetings/room.html"


def room_parts(request: HttpRequest, pk: int, names: tuple[str, ...], **extra: Any) -> Any:
    """Render the named parts of the room afresh (after the verb), with any form that was
    refused kept bound so that its errors stand next to its fields."""

    def parts(notice: Notice) -> HttpResponse:
        context = _room_context(meeting_access(request, pk))
        context.update({name: value for name, value in extra.items() if value is not None})
        context["notice"] = notice
        refused = bool(notice.error) or any(getattr(v, "errors", None) for v in extra.values())
        return render_parts(request, ROOM, names, context, refused=refused)

    return parts


@login_required
def room(request: HttpRequest, pk: int) -> HttpResponse:
    access = meeting_access(request, pk)
    context = _room_context(access)
    draft = request.session.get(
        _CONCLUSION_DRAFT.format(pk)
    )  # kept until the conclusion is recorded
    if draft and context["conclude_form"] is not None:
        context["conclude_form"] = TextForm(initial={"text": draft})
    return render(request, ROOM, context)


@login_required
@require_POST
def attendance(request: HttpRequest, pk: int, member_pk: int) -> HttpResponse:
    access = meeting_access(request, pk, need=RECORD)
    meeting = access.meeting
    member = get_object_or_404(Member, pk=member_pk, cell_id=meeting.cell_id)
    form = AttendanceForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        absent = data["status"] in (Attendance.Status.EXCUSED, Attendance.Status.ABSENT)
        reason = data["reason"] if absent else ""
        notice = outcome(lambda: meeting.record_attendance(member, data["status"], by=request.user,
                                                           reason=reason), "", "attendance")  # fmt: skip
    else:
        notice = Notice("attendance", error="Tình trạng dự họp không hợp lệ.")
    parts = room_parts(request, pk, ("attendance",), row_error=(member.pk, notice.error))
    return answer(request, notice, parts, to="meetings:room", pk=pk)


@login_required
@require_POST
def others_present(request: HttpRequest, pk: int) -> HttpResponse:
    """ "Mọi người khác có mặt": every member not yet marked is present."""
    meeting = meeting_access(request, pk, need=RECORD).meeting
    notice = outcome(lambda: meeting.mark_others_present(by=request.user),
                     "Đã điểm danh có mặt cho các đồng chí còn lại.", "attendance")  # fmt: skip
    return answer(
        request, notice, room_parts(request, pk, ("attendance",)), to="meetings:room", pk=pk
    )


@login_required
@require_POST
def contribution(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=RECORD).meeting
    form = ContributionForm(request.POST, cell=meeting.cell)
    if not form.is_valid():
        parts = room_parts(request, pk, ("contributions",), contribution_form=form)
        return answer(
            request, invalid(form, "contributions"), parts, to="meetings:room", pk=pk, form=form
        )
    data = form.cleaned_data
    notice = outcome(lambda: Contribution.add(meeting, by=request.user, speaker=data["speaker"],
                                              summary=data["summary"]),
                     "Đã ghi ý kiến phát biểu.", "contributions")  # fmt: skip
    kept = form if notice.error else None
    parts = room_parts(request, pk, ("contributions",), contribution_form=kept)
    return answer(request, notice, parts, to="meetings:room", pk=pk)


@login_required
@require_POST
def vote(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    form = VoteForm(request.POST)
    if not form.is_valid():
        parts = room_parts(request, pk, ("votes",), vote_form=form)
        return answer(request, invalid(form, "votes"), parts, to="meetings:room", pk=pk, form=form)
    data = {**form.cleaned_data, "excluded": form.cleaned_data.get("excluded") or 0}

    def record() -> str:
        result = Vote.record(meeting, by=request.user, **data)
        if result.passed:
            return ""
        blocked = " Không ban hành Nghị quyết được." if result.is_on_resolution else ""
        return f"“{result.subject}” không được thông qua: {result.rule_text}{blocked}"

    notice = outcome(record, "Đã ghi kết quả biểu quyết.", "votes")
    parts = room_parts(request, pk, ("votes",), vote_form=form if notice.error else None)
    return answer(request, notice, parts, to="meetings:room", pk=pk)


@login_required
@require_POST
def recognition_vote(request: HttpRequest, pk: int) -> HttpResponse:
    """Record the cell's vote on recognising a probationary member as official."""
    meeting = meeting_access(request, pk, need=EDIT).meeting
    form = RecognitionVoteForm(request.POST, cell=meeting.cell)
    if not form.is_valid():
        parts = room_parts(request, pk, ("votes",), recognition_form=form)
        return answer(request, invalid(form, "votes"), parts, to="meetings:room", pk=pk, form=form)
    data = form.cleaned_data

    def record() -> str:
        result = Vote.record_recognition(meeting, by=request.user, **data)
        outcome_ = Member.vote_outcome(result)
        return "" if outcome_.passed else f"“{result.subject}” không đạt: {result.rule_text}"

    notice = outcome(record, "Đã ghi kết quả biểu quyết công nhận đảng viên chính thức.", "votes")
    parts = room_parts(request, pk, ("votes",), recognition_form=form if notice.error else None)
    return answer(request, notice, parts, to="meetings:room", pk=pk)


@login_required
@require_POST
def hold(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_access(request, pk, need=EDIT).meeting
    form = HoldForm(request.POST)
    names = ("status", "hold", "conclusion")
    if not form.is_valid():
        parts = room_parts(request, pk, names, hold_form=form)
        return answer(request, invalid(form, "hold"), parts, to="meetings:room", pk=pk, form=form)
    data = form.cleaned_data
    notice = outcome(lambda: meeting.hold(by=request.user, actual_start=data["actual_start"],
                                          actual_end=data["actual_end"], confirm_early=data["confirm_early"]),
                     "Đã ghi nhận buổi sinh hoạt.", "hold")  # fmt: skip
    parts = room_parts(request, pk, names, hold_form=form if notice.error else None)
    return answer(request, notice, parts, to="meetings:room", pk=pk)


@login_required
@require_POST
def conclude(request: HttpRequest, pk: int) -> HttpResponse:
    access = meeting_access(request, pk, need=EDIT)
    form = TextForm(request.POST)
    text = form.cleaned_data["text"] if form.is_valid() else ""
    notice = outcome(lambda: access.meeting.conclude(by=request.user, text=text), "Đã ghi kết luận.",
                     "conclusion")  # fmt: skip
    if notice.error:
        # Refused (roll call not finished…): keep what the chair typed, here or on the next page.
        request.session[_CONCLUSION_DRAFT.format(pk)] = request.POST.get("text", "")[:20_000]
    else:
        request.session.pop(_CONCLUSION_DRAFT.format(pk), None)
    kept = TextForm(initial={"text": request.POST.get("text", "")}) if notice.error else None
    parts = room_parts(request, pk, ("status", "conclusion"), conclude_form=kept)
    return answer(request, notice, parts, to="meetings:room", pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def minutes(request: HttpRequest, pk: int) -> HttpResponse:
    access = meeting_access(request, pk, need=RECORD)
    meeting = access.meeting
    form = MinutesForm(request.POST or None, initial={"text": meeting.minutes or _outline(meeting),
                                                      "version": meeting.minutes_version})  # fmt: skip
    notice = Notice("minutes-form")
    if request.method == "POST" and form.is_valid():
        try:
            meeting.edit_minutes(by=request.user, text=form.cleaned_data["text"],
                                 expected_version=form.cleaned_data["version"])  # fmt: skip
        except MeetingError as error:
            form.add_error(None, str(error))
        else:
            if not swapping(request):
                messages.success(request, "Đã lưu biên bản.")
                return redirect("meetings:minutes", pk=pk)
            # The new version goes back with the part, so the next save is not "stale".
            meeting.refresh_from_db()
            form = MinutesForm(
                initial={"text": meeting.minutes, "version": meeting.minutes_version}
            )
            notice = Notice("minutes-form", success="Đã lưu biên bản.")
    context = {"meeting": meeting, "cell": meeting.cell, "form": form, "access": access,
               "resolution_form": ResolutionForm(), "notice": notice}  # fmt: skip
    if request.method == "POST" and swapping(request):
        return render_parts(request, "meetings/minutes.html", ("minutes_form",), context,
                            refused=bool(form.errors))  # fmt: skip
    return render(request, "meetings/minutes.html", context)


def _outline(meeting: Meeting) -> str:
    return ("1. Đồng chí chủ trì nêu lý do, mục đích buổi sinh hoạt.\n\n2. Trình bày dự thảo.\n\n"
            "3. Thảo luận.\n\n4. Kết luận của chủ trì.\n\n5. Biểu quyết.")  # fmt: skip
