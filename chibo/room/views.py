"""The room's pages: the projector (read-only), a member's phone, the chair's console, and the
small JSON state they poll. Access as for the meeting (404 outside the cell); the console and
its verbs belong to the chair or the Bí thư (403 for others)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from chibo.fees.status import roll_call as fee_roll_call
from chibo.meetings.access import MEMBER, MeetingAccess, meeting_access
from chibo.meetings.errors import MeetingError
from chibo.meetings.models import Attendance, Vote
from chibo.members.models import Member

from . import agenda, state
from .models import Ballot, Room, SpeakingRequest, is_driver


def _driver(request: HttpRequest, pk: int) -> MeetingAccess:
    access = meeting_access(request, pk)
    if not is_driver(access.meeting, access.member):
        raise PermissionDenied(
            "Chỉ đồng chí chủ trì buổi sinh hoạt (hoặc Bí thư) điều khiển phòng họp."
        )
    return access


def _int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _do(request: HttpRequest, pk: int, action: Callable[[], Any], success: str) -> HttpResponse:
    try:
        action()
    except MeetingError as refused:
        messages.error(request, str(refused))
    else:
        if success:
            messages.success(request, success)
    return redirect("room:console", pk=pk)


def _json(action: Callable[[], str]) -> JsonResponse:
    try:
        message = action()
    except MeetingError as refused:
        return JsonResponse({"ok": False, "error": str(refused)}, status=409)
    return JsonResponse({"ok": True, "message": message})


@login_required
@require_GET
@never_cache
def live_state(request: HttpRequest, pk: int) -> HttpResponse:
    """The state the screens poll: 304 when nothing changed since the ETag they hold."""
    access = meeting_access(request, pk)
    room = Room.of(access.meeting)
    counts = state.attendance_counts(access.meeting)
    tag = state.etag(room, counts, access.member)
    if request.headers.get("If-None-Match") == tag:
        response: HttpResponse = HttpResponseNotModified()
    else:
        response = JsonResponse(state.build(access.meeting, room, counts, access.member))
    response["ETag"] = tag
    response["Cache-Control"] = "no-cache, private"
    return response


@login_required
@require_GET
def present(request: HttpRequest, pk: int) -> HttpResponse:
    access = meeting_access(request, pk)
    return render(
        request, "room/present.html", {"meeting": access.meeting, "cell": access.meeting.cell}
    )


@login_required
@require_GET
def phone(request: HttpRequest, pk: int) -> HttpResponse:
    access = meeting_access(request, pk, need=MEMBER)
    return render(request, "room/phone.html", {"meeting": access.meeting, "cell": access.meeting.cell,
                                               "choices": Ballot.CHOICES.items()})  # fmt: skip


@login_required
@require_GET
def console(request: HttpRequest, pk: int) -> HttpResponse:
    access = _driver(request, pk)
    meeting = access.meeting
    room = Room.of(meeting)
    marks = {a.member_id: a for a in meeting.attendances.all()}
    fees = fee_roll_call(meeting.cell, timezone.localtime(meeting.starts_at).date())
    unpaid = set(fees.unpaid) if fees else set()
    flagged = dict(fees.flagged) if fees else {}
    no_basis = set(fees.no_basis) if fees else set()

    def fee(name: str) -> str:
        if fees is None:
            return ""
        if name in no_basis:
            return "Chưa có căn cứ tính đảng phí"
        return flagged.get(name) or ("Chưa đóng đảng phí" if name in unpaid else "Đã đóng đảng phí")

    rows = [(m, marks.get(m.pk), fee(m.full_name))
            for m in Member.objects.filter(cell_id=meeting.cell_id).current().vietnamese_order()]  # fmt: skip
    title, pages = state.document(meeting, room)
    open_ballot = Ballot.objects.filter(meeting=meeting, status=Ballot.Status.OPEN).first()
    return render(request, "room/console.html", {
        "meeting": meeting, "cell": meeting.cell, "room": room, "agenda": agenda.ITEMS,
        "rows": rows, "statuses": Attendance.Status.choices, "fee_roll_call": fees,
        "doc_title": title, "pages": len(pages), "open_ballot": open_ballot,
        "kinds": Vote.Kind.choices, "subject_kinds": Vote.SubjectKind.choices,
        "draft": state.minutes_draft(meeting), "may_write_minutes": meeting.is_recorder(access.member),
    })  # fmt: skip


@login_required
@require_POST
def move(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _driver(request, pk).meeting
    item = request.POST.get("item", "")
    return _do(request, pk, lambda: Room.move(meeting, by=request.user, item=item), "")


@login_required
@require_POST
def page(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _driver(request, pk).meeting
    room = Room.of(meeting)
    _, pages = state.document(meeting, room)
    number = _int(request.POST.get("page"))
    return _do(
        request,
        pk,
        lambda: Room.turn_page(meeting, by=request.user, page=number, pages=len(pages)),
        "",
    )


@login_required
@require_POST
def attendance(request: HttpRequest, pk: int, member_pk: int) -> HttpResponse:
    meeting = _driver(request, pk).meeting
    member = get_object_or_404(Member, pk=member_pk, cell_id=meeting.cell_id)
    status = request.POST.get("status", "")
    return _do(request, pk, lambda: Room.roll_call(meeting, member, status, by=request.user), "")


@login_required
@require_POST
def ballot_open(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _driver(request, pk).meeting
    post = request.POST
    return _do(request, pk, lambda: Ballot.open(meeting, by=request.user, subject=post.get("subject", ""),
                                                kind=post.get("kind", Vote.Kind.ORDINARY),
                                                subject_kind=post.get("subject_kind", Vote.SubjectKind.OTHER),
                                                secret=post.get("secret") == "on"),
               "Đã mở biểu quyết: đảng viên biểu quyết trên điện thoại.")  # fmt: skip


@login_required
@require_POST
def ballot_hands(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _driver(request, pk).meeting
    post = request.POST
    return _do(request, pk, lambda: Ballot.record_hands(
        meeting, by=request.user, yes=_int(post.get("yes")), no=_int(post.get("no")),
        abstain=_int(post.get("abstain")), ballot_id=_int(post.get("ballot")) or None),
        "Đã ghi số biểu quyết giơ tay.")  # fmt: skip


@login_required
@require_POST
def ballot_close(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _driver(request, pk).meeting
    ballot_id = _int(request.POST.get("ballot")) or None
    return _do(request, pk, lambda: Ballot.close(meeting, by=request.user, ballot_id=ballot_id),
               "Đã kết thúc biểu quyết và ghi kết quả.")  # fmt: skip


@login_required
@require_POST
def ballot_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _driver(request, pk).meeting
    ballot_id = _int(request.POST.get("ballot")) or None
    return _do(request, pk, lambda: Ballot.cancel(meeting, by=request.user, ballot_id=ballot_id),
               "Đã hủy lần biểu quyết.")  # fmt: skip


@login_required
@require_POST
def speaker_call(request: HttpRequest, pk: int, request_pk: int) -> HttpResponse:
    meeting = _driver(request, pk).meeting
    return _do(request, pk, lambda: SpeakingRequest.call(meeting, request_pk, by=request.user), "")


@login_required
@require_POST
def speaker_done(request: HttpRequest, pk: int, request_pk: int) -> HttpResponse:
    meeting = _driver(request, pk).meeting
    summary = request.POST.get("summary", "")
    return _do(request, pk, lambda: SpeakingRequest.finish(meeting, request_pk, by=request.user,
                                                           summary=summary), "")  # fmt: skip


@login_required
@require_POST
def minutes_fill(request: HttpRequest, pk: int) -> HttpResponse:
    """Put the draft the room wrote into the meeting's minutes (the secretary completes it)."""
    meeting = _driver(request, pk).meeting
    expected = _int(request.POST.get("version"))
    return _do(request, pk, lambda: meeting.edit_minutes(by=request.user, text=state.minutes_draft(meeting),
                                                         expected_version=expected),
               "Đã đưa dự thảo vào biên bản; thư ký hoàn thiện ở trang Biên bản.")  # fmt: skip


@login_required
@require_POST
def ballot(request: HttpRequest, pk: int) -> JsonResponse:
    """A member's ballot from the phone (JSON): resending the same token is not counted twice."""
    meeting = meeting_access(request, pk, need=MEMBER).meeting
    post = request.POST

    def cast() -> str:
        _, counted = Ballot.cast(meeting, by=request.user, choice=post.get("choice", ""),
                                 token=post.get("token", ""), ballot_id=_int(post.get("ballot")) or None)  # fmt: skip
        return (
            "Đã ghi nhận phiếu của đồng chí."
            if counted
            else "Phiếu của đồng chí đã được ghi nhận trước đó."
        )

    return _json(cast)


@login_required
@require_POST
def speak(request: HttpRequest, pk: int) -> JsonResponse:
    meeting = meeting_access(request, pk, need=MEMBER).meeting
    if request.POST.get("withdraw"):
        return _json(
            lambda: (
                SpeakingRequest.withdraw(meeting, by=request.user),
                "Đã rút đăng ký phát biểu.",
            )[1]
        )
    return _json(
        lambda: (
            SpeakingRequest.ask(meeting, by=request.user),
            "Đã đăng ký phát biểu, chờ chủ trì mời.",
        )[1]
    )
