"""The residence liaison (QĐ 213) through the API, scoped as the pages: the cell's readers read,
its chi ủy writes. Mount with `api.add_router("", chibo.residence.api.router)`."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.errors import HttpError
from ninja.responses import Status

from chibo.members.access import get_cell, get_member
from chibo.members.models import Member

from .models import Residence, ResidenceComment, ResidenceError, comment_lines

router = Router(tags=["đảng viên nơi cư trú"])


class ErrorOut(Schema):
    detail: str
    errors: list[dict[str, str]] = Field(default_factory=list)


READ = {404: ErrorOut}
WRITE = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class ResidenceRowOut(Schema):
    member_id: int
    full_name: str
    commune: str
    residence_cell: str
    exempt: bool
    comment_id: int | None
    comment_status: str
    line: str


class CommentOut(Schema):
    id: int
    member_id: int
    year: int
    status: str
    requested_on: dt.date
    answered_on: dt.date | None
    channel: str
    text: str
    signer: str
    portal_reference: str
    has_scan: bool

    @staticmethod
    def resolve_has_scan(obj: ResidenceComment) -> bool:
        return bool(obj.scan)


class RequestIn(Schema):
    year: int = Field(..., ge=1900, le=2100)
    on: dt.date
    channel: Literal["paper", "portal"] = "paper"


class AnswerIn(Schema):
    on: dt.date
    channel: Literal["entered", "portal"]
    text: str = Field("", max_length=4000)
    signer: str = Field("", max_length=120)
    portal_reference: str = Field("", max_length=60)
    version: int | None = None


@router.get("/cells/{cell_id}/residence", response={200: list[ResidenceRowOut], **READ},
            summary="Nơi cư trú và nhận xét của nơi cư trú trong năm (Quy định 213-QĐ/TW)")  # fmt: skip
def residence_list(
    request: HttpRequest, cell_id: int, year: int | None = None
) -> list[dict[str, Any]]:
    cell = get_cell(request, cell_id)
    year = year or timezone.localdate().year
    members = list(Member.objects.for_cell(cell).current().vietnamese_order())
    homes = {r.member_id: r for r in Residence.objects.filter(member__in=members)}
    comments = {
        c.member_id: c for c in ResidenceComment.objects.filter(member__in=members, year=year)
    }
    lines = comment_lines(members, year)
    rows = []
    for m in members:
        home, comment = homes.get(m.pk), comments.get(m.pk)
        rows.append({
            "member_id": m.pk, "full_name": m.full_name, "commune": home.commune if home else "",
            "residence_cell": home.residence_cell if home else "", "exempt": bool(home and home.exempt),
            "comment_id": comment.pk if comment else None, "comment_status": comment.status if comment else "",
            "line": lines[m.pk],
        })  # fmt: skip
    return rows


@router.post("/members/{member_id}/residence-comments", response={201: CommentOut, **WRITE},
             summary="Gửi đề nghị chi ủy nơi cư trú nhận xét đảng viên")  # fmt: skip
def comment_request(request: HttpRequest, member_id: int, payload: RequestIn) -> Status:
    member = get_member(request, member_id, edit=True)
    try:
        row = ResidenceComment.request(member=member, year=payload.year, on=payload.on, by=request.user,
                                       channel=payload.channel)  # fmt: skip
    except ResidenceError as error:
        raise HttpError(400, str(error)) from error
    return Status(201, row)


@router.post("/residence-comments/{comment_id}/answer", response={200: CommentOut, **WRITE},
             summary="Ghi nhận xét của chi ủy nơi cư trú (bản chụp: tải lên trên trang web)")  # fmt: skip
def comment_answer(request: HttpRequest, comment_id: int, payload: AnswerIn) -> ResidenceComment:
    comment = get_object_or_404(ResidenceComment, pk=comment_id)
    get_member(request, comment.member_id, edit=True)
    try:
        comment.answer(by=request.user, on=payload.on, channel=payload.channel, text=payload.text,
                       signer=payload.signer, portal_reference=payload.portal_reference,
                       expected_version=payload.version)  # fmt: skip
    except ResidenceError as error:
        raise HttpError(400, str(error)) from error
    return comment
