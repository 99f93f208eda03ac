"""Transfers through the API, scoped as the pages: both cells read; the sending chi ủy issues,
the receiving chi ủy accepts. Mount with `api.add_router("", chibo.transfers.api.router)`."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema
from ninja.errors import HttpError
from ninja.responses import Status

from chibo.members.access import get_cell
from chibo.members.models import Member
from chibo.organizations.models import Cell

from .access import RECEIVING, get_transfer
from .models import Transfer, TransferError

router = Router(tags=["chuyển sinh hoạt đảng"])


class ErrorOut(Schema):
    detail: str
    errors: list[dict[str, str]] = Field(default_factory=list)


READ = {404: ErrorOut}
WRITE = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class TransferOut(Schema):
    id: int
    member_id: int
    member: str = Field(..., alias="member.full_name")
    kind: str
    status: str
    from_cell_id: int
    to_cell_id: int | None
    destination: str
    reason: str
    cause_on: dt.date
    start_due: dt.date
    issued_on: dt.date
    present_due: dt.date
    until: dt.date | None
    accepted_on: dt.date | None
    fee_text: str
    letter: str

    @staticmethod
    def resolve_letter(obj: Transfer) -> str:
        return obj.letter.number_text if obj.letter else ""


class IssueIn(Schema):
    member_id: int
    kind: Literal["official", "temporary"] = "official"
    to_cell_id: int | None = None
    destination: str = Field("", max_length=300)
    reason: str = Field(..., max_length=300)
    cause_on: dt.date
    on: dt.date
    until: dt.date | None = None


class AcceptIn(Schema):
    on: dt.date
    late_reason: str = Field("", max_length=300)


@router.get("/cells/{cell_id}/transfers", response={200: list[TransferOut], **READ},
            summary="Đảng viên chuyển đi, chuyển đến của chi bộ")  # fmt: skip
def transfer_list(request: HttpRequest, cell_id: int) -> list[Transfer]:
    cell = get_cell(request, cell_id)
    return list(Transfer.objects.touching(cell).select_related("member", "letter"))


@router.post("/cells/{cell_id}/transfers", response={201: TransferOut, **WRITE},
             summary="Giới thiệu chuyển sinh hoạt đảng (ban hành giấy giới thiệu)")  # fmt: skip
def transfer_issue(request: HttpRequest, cell_id: int, payload: IssueIn) -> Status:
    cell = get_cell(request, cell_id, edit=True)
    member = get_object_or_404(Member, pk=payload.member_id, cell=cell)
    to_cell = get_object_or_404(Cell, pk=payload.to_cell_id) if payload.to_cell_id else None
    try:
        transfer = Transfer.issue(member=member, by=request.user, on=payload.on, kind=payload.kind,
                                  reason=payload.reason, cause_on=payload.cause_on, to_cell=to_cell,
                                  destination=payload.destination, until=payload.until)  # fmt: skip
    except TransferError as error:
        raise HttpError(400, str(error)) from error
    return Status(201, transfer)


@router.post("/transfers/{transfer_id}/accept", response={200: TransferOut, **WRITE},
             summary="Chi bộ nơi đến tiếp nhận đảng viên")  # fmt: skip
def transfer_accept(request: HttpRequest, transfer_id: int, payload: AcceptIn) -> Transfer:
    transfer = get_transfer(request, transfer_id, side=RECEIVING)
    try:
        transfer.accept(by=request.user, on=payload.on, late_reason=payload.late_reason)
    except TransferError as error:
        raise HttpError(400, str(error)) from error
    return transfer
