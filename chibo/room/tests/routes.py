"""Persona expectations for the room's routes (see chibo/core/tests/route_matrix.py): the
projector and the state for every reader of the meeting, the phone for the cell's members,
the console and its verbs for the chair or the Bí thư only (the helpers' Bí thư chairs; the
plain member is the meeting's thư ký and still may not drive)."""

from typing import Any

from chibo.core.tests.route_matrix import LOGIN, Route, reader_route
from chibo.room.models import SpeakingRequest

from .helpers import room_meeting, voting_meeting

PHONE = {"anonymous": LOGIN, "member": 200, "secretary": 200, "other_cell": 404, "officer": 403}
DRIVER = {"anonymous": LOGIN, "member": 403, "secretary": 200, "other_cell": 404, "officer": 403}
DRIVE = {**DRIVER, "secretary": 302}


def _m(w: Any) -> list[int]:
    return [room_meeting(w).pk]


def _voting(w: Any) -> list[int]:
    return [voting_meeting(w).pk]


def _asked(w: Any) -> list[int]:
    meeting = room_meeting(w)
    request = SpeakingRequest.ask(meeting, by=w.member.user)
    return [meeting.pk, request.pk]


def _drive(name: str, args: Any, data: Any = None) -> Route:
    return Route(name, args, method="post", data=data, expect=DRIVE)


ROUTES: list[Route] = [
    reader_route("room:present", _m),
    reader_route("room:state", _m),
    Route("room:phone", _m, expect=PHONE),
    Route("room:console", _m, expect=DRIVER),
    Route(
        "room:ballot",
        _voting,
        method="post",
        expect=PHONE,
        data=lambda w: {"choice": "yes", "token": "tok-0123456789"},
    ),  # fmt: skip
    Route("room:speak", _m, method="post", expect=PHONE),
    _drive("room:move", _m, lambda w: {"item": "roll_call"}),
    _drive("room:page", _m, lambda w: {"page": "1"}),
    _drive("room:attendance", lambda w: [*_m(w), w.member.pk], lambda w: {"status": "late"}),
    _drive("room:ballot_open", _m, lambda w: {"subject": "Thông qua kế hoạch", "kind": "ordinary"}),
    _drive("room:ballot_hands", _voting, lambda w: {"yes": "1", "no": "0", "abstain": "0"}),
    _drive("room:ballot_close", _voting),
    _drive("room:ballot_cancel", _voting),
    _drive("room:speaker_call", _asked),
    _drive("room:speaker_done", _asked, lambda w: {"summary": "Nhất trí."}),
    _drive("room:minutes_fill", _m, lambda w: {"version": "1"}),
]
