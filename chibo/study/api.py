"""Study sessions through the API, scoped as the pages. Mount with
`api.add_router("", chibo.study.api.router)`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.responses import Status

from chibo.members.access import get_cell

from .models import StudyError, StudySession
from .stats import participation

router = Router(tags=["học tập nghị quyết"])


class ErrorOut(Schema):
    detail: str
    errors: list[dict[str, str]] = Field(default_factory=list)


READ = {404: ErrorOut}
WRITE = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class SessionOut(Schema):
    id: int
    title: str
    documents: str
    held_on: dt.date
    form: str
    level: str
    writeup_required: bool
    writeup_due: dt.date | None
    member_ids: list[int]
    staff_ids: list[int]
    version: int

    @staticmethod
    def resolve_member_ids(obj: StudySession) -> list[int]:
        return sorted(a.member_id for a in obj.attendance.all() if a.member_id)

    @staticmethod
    def resolve_staff_ids(obj: StudySession) -> list[int]:
        return sorted(a.staff_id for a in obj.attendance.all() if a.staff_id)


class StudyYearOut(Schema):
    year: int
    participation: Decimal
    basis: str
    sessions: list[SessionOut]


class SessionIn(Schema):
    title: str = Field(..., max_length=300)
    documents: str = Field(..., max_length=500)
    held_on: dt.date
    form: Literal["in_person", "online", "combined"] = "in_person"
    level: Literal["cell", "committee"] = "cell"
    place: str = Field("", max_length=200)
    writeup_required: bool = False
    writeup_due: dt.date | None = None


class AttendanceIn(Schema):
    member_ids: list[int] = Field(default_factory=list, max_length=500)
    staff_ids: list[int] = Field(default_factory=list, max_length=500)


@router.get("/cells/{cell_id}/study-sessions", response={200: StudyYearOut, **READ},
            summary="Các buổi học tập nghị quyết, chỉ thị trong năm và tỷ lệ tham gia")  # fmt: skip
def session_list(
    request: HttpRequest, cell_id: int, year: int | None = Query(None, ge=2000, le=2100)
) -> dict[str, object]:
    cell = get_cell(request, cell_id)
    year = year or timezone.localdate().year
    value, basis = participation(cell, year)
    sessions = list(
        StudySession.objects.for_cell(cell).in_year(year).prefetch_related("attendance")
    )
    return {"year": year, "participation": value, "basis": basis, "sessions": sessions}


@router.post("/cells/{cell_id}/study-sessions", response={201: SessionOut, **WRITE},
             summary="Ghi một buổi học tập nghị quyết, chỉ thị")  # fmt: skip
def session_create(request: HttpRequest, cell_id: int, payload: SessionIn) -> Status:
    cell = get_cell(request, cell_id, edit=True)
    try:
        session = StudySession.plan(cell=cell, by=request.user, **payload.model_dump())
    except StudyError as error:
        raise HttpError(400, str(error)) from error
    return Status(201, session)


@router.put("/study-sessions/{session_id}/attendance", response={200: SessionOut, **WRITE},
            summary="Ghi danh sách tham dự (đảng viên và quần chúng được mời)")  # fmt: skip
def session_attendance(
    request: HttpRequest, session_id: int, payload: AttendanceIn
) -> StudySession:
    session = get_object_or_404(StudySession, pk=session_id)
    get_cell(request, session.cell_id, edit=True)
    try:
        session.record_attendance(
            by=request.user, member_ids=payload.member_ids, staff_ids=payload.staff_ids
        )
    except StudyError as error:
        raise HttpError(400, str(error)) from error
    return session
