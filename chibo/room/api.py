"""/api/v1/ — the meeting room: the live state (with its ETag) and a member's ballot.

The same access and model verbs as the pages. Mount with `api.add_router("", router)`."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest, HttpResponse, HttpResponseNotModified, JsonResponse
from ninja import Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from chibo.meetings.access import MEMBER, meeting_access
from chibo.meetings.errors import MeetingError

from . import state
from .models import Ballot, Room


class ErrorOut(Schema):
    detail: str


class BallotIn(Schema):
    choice: Literal["yes", "no", "abstain"]
    token: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$",
                       description="mã do máy tạo cho lá phiếu: gửi lại cùng mã không bị tính hai lần")  # fmt: skip
    ballot_id: int | None = Field(None, ge=1, le=2**63 - 1)


class BallotOut(Schema):
    ballot_id: int
    counted: bool
    message: str


router = Router(tags=["phòng họp số"])


@router.get("/meetings/{meeting_id}/room/state", response={200: dict[str, Any], 304: None,
            403: ErrorOut, 404: ErrorOut},
            summary="Trạng thái phòng họp (ETag; If-None-Match → 304 khi không đổi)")  # fmt: skip
def room_state(request: HttpRequest, meeting_id: int) -> HttpResponse:
    access = meeting_access(request, meeting_id)
    room = Room.of(access.meeting)
    counts = state.attendance_counts(access.meeting)
    tag = state.etag(room, counts, access.member)
    response: HttpResponse
    if request.headers.get("If-None-Match") == tag:
        response = HttpResponseNotModified()
    else:
        response = JsonResponse(state.build(access.meeting, room, counts, access.member),
                                json_dumps_params={"ensure_ascii": False},
                                content_type="application/json; charset=utf-8")  # fmt: skip
    response["ETag"] = tag
    response["Cache-Control"] = "no-cache, private"
    return response


@router.post("/meetings/{meeting_id}/room/ballot", response={200: BallotOut, 400: ErrorOut, 403: ErrorOut,
             404: ErrorOut, 422: ErrorOut},
             summary="Biểu quyết từ điện thoại (đảng viên chính thức có mặt; mỗi người một phiếu)")  # fmt: skip
def room_ballot(request: HttpRequest, meeting_id: int, payload: BallotIn) -> dict[str, Any]:
    meeting = meeting_access(request, meeting_id, need=MEMBER).meeting
    try:
        row, counted = Ballot.cast(meeting, by=request.user, choice=payload.choice, token=payload.token,
                                   ballot_id=payload.ballot_id)  # fmt: skip
    except MeetingError as error:
        raise HttpError(400, str(error)) from error
    message = "Đã ghi nhận phiếu." if counted else "Phiếu này đã được ghi nhận trước đó."
    return {"ballot_id": row.ballot_id, "counted": counted, "message": message}
