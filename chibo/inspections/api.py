"""/api/v1/ — the cell's inspection and supervision: programmes and their items, cases and their
steps, and the committee's list of overdue cases, with the pages' scoping (404 cannot see, 403
read-only) and the same model verbs. Mount with `api.add_router("", chibo.inspections.api.router)`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.responses import Status
from pydantic import Field

from chibo.meetings.models import Vote
from chibo.members.access import get_cell, get_committee
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.rules import inspection as rules

from .models import Case, InspectionError, Item, Programme

Verb = Literal["findings", "explanation", "propose", "adopt", "issue", "close", "discipline"]
KIND = Literal["inspection", "supervision"]
MODE = Literal["regular", "thematic"]
SUBJECT = Literal["member", "fee_book", "mass_org"]


class ErrorOut(Schema):
    detail: str
    errors: list[dict[str, str]] = Field(default_factory=list)


class ItemOut(Schema):
    id: int
    kind: str
    mode: str
    subject_kind: str
    subject_member_id: int | None
    subject_org: str
    subject: str
    content: str
    starts_on: dt.date
    ends_on: dt.date
    performer_ids: list[int]

    @staticmethod
    def resolve_subject(obj: Item) -> str:
        return obj.subject_text

    @staticmethod
    def resolve_performer_ids(obj: Item) -> list[int]:
        return [m.pk for m in obj.performers.all()]


class ProgrammeOut(Schema):
    id: int
    cell_id: int
    year: int
    purpose: str
    document_id: int | None
    document_number: str
    version: int
    items: list[ItemOut]

    @staticmethod
    def resolve_document_number(obj: Programme) -> str:
        return obj.document.number_text if obj.document else ""

    @staticmethod
    def resolve_items(obj: Programme) -> list[Item]:
        return list(obj.items.all())


class CaseOut(Schema):
    id: int
    cell_id: int
    item_id: int | None
    kind: str
    mode: str
    subject_kind: str
    subject_member_id: int | None
    subject_org: str
    subject: str
    title: str
    opened_on: dt.date
    due_on: dt.date
    status: str
    status_display: str
    overdue: bool
    findings: str
    findings_on: dt.date | None
    explanation: str
    explanation_on: dt.date | None
    conclusion: str
    adopted_on: dt.date | None
    votes_for: int | None
    votes_against: int | None
    denominator: int | None
    document_id: int | None
    closed_on: dt.date | None
    version: int

    @staticmethod
    def resolve_subject(obj: Case) -> str:
        return obj.subject_text

    @staticmethod
    def resolve_status_display(obj: Case) -> str:
        return obj.get_status_display()

    @staticmethod
    def resolve_overdue(obj: Case) -> bool:
        return obj.overdue(timezone.localdate())


class ProgrammeIn(Schema):
    year: int = Field(ge=2000, le=2100)
    purpose: str = ""


class ItemIn(Schema):
    kind: KIND
    mode: MODE
    subject_kind: SUBJECT
    subject_member_id: int | None = None
    subject_org: str = ""
    content: str = Field(min_length=1)
    starts_on: dt.date
    ends_on: dt.date
    performer_ids: list[int] = Field(min_length=1)
    version: int | None = None


class IssueIn(Schema):
    on: dt.date | None = None
    version: int | None = None


class CaseIn(Schema):
    item_id: int | None = None
    kind: KIND | Literal[""] = ""
    mode: MODE | Literal[""] = ""
    subject_kind: SUBJECT | Literal[""] = ""
    subject_member_id: int | None = None
    subject_org: str = ""
    title: str = ""
    opened_on: dt.date | None = None
    due_on: dt.date | None = None


class StepIn(Schema):
    """The fields of the step; only those the step needs are read."""

    version: int | None = None
    text: str = ""
    on: dt.date | None = None
    meeting_vote_id: int | None = Field(
        None, description="adopt: a vote recorded at one of the cell's meetings"
    )
    votes_for: int | None = Field(None, ge=0)
    votes_against: int | None = Field(None, ge=0)
    votes_abstain: int = Field(0, ge=0)
    excluded: int = Field(0, ge=0)
    member_id: int | None = None
    form: Literal["", "reprimand", "warning", "dismissal", "expulsion"] = ""
    body: Literal["", "cell", "upper"] = ""
    body_name: str = ""
    decision_number: str = ""
    decided_on: dt.date | None = None


READ = {404: ErrorOut}
WRITE = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


def _domain[T](action: Callable[[], T]) -> T:
    try:
        return action()
    except InspectionError as error:
        raise HttpError(400, str(error)) from error


def _member(cell: Cell, member_id: int | None) -> Member | None:
    if member_id is None:
        return None
    member = Member.objects.filter(pk=member_id, cell=cell).first()
    if member is None:
        raise HttpError(400, "Đảng viên không thuộc chi bộ.")
    return member


def _programme(request: HttpRequest, programme_id: int, *, edit: bool = False) -> Programme:
    programme = get_object_or_404(
        Programme.objects.select_related("cell", "document"), pk=programme_id
    )
    get_cell(request, programme.cell_id, edit=edit)
    return programme


def _case(request: HttpRequest, case_id: int, *, edit: bool = False) -> Case:
    case = get_object_or_404(Case.objects.select_related("cell", "subject_member"), pk=case_id)
    get_cell(request, case.cell_id, edit=edit)
    return case


def _programmes() -> QuerySet[Programme]:
    return Programme.objects.select_related("document").prefetch_related(
        "items__performers", "items__subject_member"
    )


def _run_step(case: Case, verb: str, p: StepIn, by: Any) -> None:
    if verb == "findings":
        case.record_findings(by=by, text=p.text, on=p.on, expected_version=p.version)
    elif verb == "explanation":
        case.record_explanation(by=by, text=p.text, on=p.on, expected_version=p.version)
    elif verb == "propose":
        case.propose(by=by, text=p.text, expected_version=p.version)
    elif verb == "adopt":
        vote = None
        if p.meeting_vote_id is not None:
            vote = (
                Vote.objects.select_related("meeting")
                .filter(pk=p.meeting_vote_id, meeting__cell=case.cell)
                .first()
            )
            if vote is None:
                raise HttpError(404, "Không tìm thấy biểu quyết của chi bộ.")
        case.adopt(by=by, on=p.on, votes_for=p.votes_for, votes_against=p.votes_against, meeting_vote=vote,
                   votes_abstain=p.votes_abstain, excluded=p.excluded, expected_version=p.version)  # fmt: skip
    elif verb == "issue":
        case.issue_conclusion(by=by, on=p.on, expected_version=p.version)
    elif verb == "close":
        case.close(by=by, on=p.on, expected_version=p.version)
    else:
        member = _member(case.cell, p.member_id)
        if member is None or not p.form or not p.body or p.decided_on is None:
            raise HttpError(
                422, "Hãy ghi đảng viên, hình thức, tổ chức quyết định, số và ngày quyết định."
            )
        case.record_discipline(by=by, member=member, form=p.form, body=p.body, body_name=p.body_name,
                               decision_number=p.decision_number, decided_on=p.decided_on, votes_for=p.votes_for,
                               votes_against=p.votes_against, votes_abstain=p.votes_abstain)  # fmt: skip


def build_router() -> Router:
    router = Router(tags=["kiểm tra, giám sát"])

    @router.get("/cells/{cell_id}/inspection-programmes", response={200: list[ProgrammeOut], **READ},
                summary="Kế hoạch kiểm tra, giám sát các năm của chi bộ, với từng nội dung")  # fmt: skip
    def programme_list(request: HttpRequest, cell_id: int) -> QuerySet[Programme]:
        return _programmes().filter(cell=get_cell(request, cell_id))

    @router.post("/cells/{cell_id}/inspection-programmes", response={201: ProgrammeOut, **WRITE},
                 summary="Lập kế hoạch kiểm tra, giám sát năm (chi ủy)")  # fmt: skip
    def programme_create(request: HttpRequest, cell_id: int, payload: ProgrammeIn) -> Status:
        cell = get_cell(request, cell_id, edit=True)
        programme = _domain(
            lambda: Programme.create(cell=cell, by=request.user, **payload.model_dump())
        )
        return Status(201, _programmes().get(pk=programme.pk))

    @router.post("/inspection-programmes/{programme_id}/items", response={201: ProgrammeOut, **WRITE},
                 summary="Thêm một nội dung vào kế hoạch chưa ban hành (chi ủy)")  # fmt: skip
    def item_add(request: HttpRequest, programme_id: int, payload: ItemIn) -> Status:
        programme = _programme(request, programme_id, edit=True)
        cell = programme.cell
        performers = [
            m for m in (_member(cell, pk) for pk in payload.performer_ids) if m is not None
        ]
        data = payload.model_dump(exclude={"performer_ids", "version", "subject_member_id"})
        subject = _member(cell, payload.subject_member_id)
        _domain(lambda: programme.add_item(by=request.user, expected_version=payload.version, performers=performers,
                                           subject_member=subject, **data))  # fmt: skip
        return Status(201, _programmes().get(pk=programme.pk))

    @router.post("/inspection-programmes/{programme_id}/issue", response={200: ProgrammeOut, **WRITE},
                 summary="Ban hành kế hoạch: lấy số, lưu DOCX và PDF (chi ủy)")  # fmt: skip
    def programme_issue(request: HttpRequest, programme_id: int, payload: IssueIn) -> Programme:
        programme = _programme(request, programme_id, edit=True)
        on = payload.on or timezone.localdate()
        _domain(lambda: programme.issue(by=request.user, on=on, expected_version=payload.version))
        return _programmes().get(pk=programme.pk)

    @router.get("/cells/{cell_id}/inspection-cases", response={200: list[CaseOut], **READ},
                summary="Các cuộc kiểm tra, giám sát của chi bộ (open=true: chưa kết thúc)")  # fmt: skip
    def case_list(request: HttpRequest, cell_id: int, open: bool = False) -> QuerySet[Case]:
        cases = Case.objects.filter(cell=get_cell(request, cell_id)).select_related(
            "subject_member"
        )
        return cases.open() if open else cases

    @router.post("/cells/{cell_id}/inspection-cases", response={201: CaseOut, **WRITE},
                 summary="Mở cuộc kiểm tra, giám sát theo kế hoạch (item_id) hoặc đột xuất (chi ủy)")  # fmt: skip
    def case_open(request: HttpRequest, cell_id: int, payload: CaseIn) -> Status:
        cell = get_cell(request, cell_id, edit=True)
        item = None
        if payload.item_id is not None:
            item = (
                Item.objects.select_related("programme")
                .filter(pk=payload.item_id, programme__cell=cell)
                .first()
            )
            if item is None:
                raise HttpError(404, "Không tìm thấy nội dung kế hoạch.")
        subject = _member(cell, payload.subject_member_id)
        data = payload.model_dump(exclude={"item_id", "subject_member_id"})
        case = _domain(
            lambda: Case.open_case(
                cell=cell, by=request.user, item=item, subject_member=subject, **data
            )
        )
        return Status(201, case)

    @router.get(
        "/inspection-cases/{case_id}",
        response={200: CaseOut, **READ},
        summary="Một cuộc kiểm tra, giám sát",
    )
    def case_detail(request: HttpRequest, case_id: int) -> Case:
        return _case(request, case_id)

    @router.post("/inspection-cases/{case_id}/steps/{verb}", response={200: CaseOut, **WRITE},
                 summary="Ghi một bước (chi ủy): findings, explanation, propose, adopt, issue, close, discipline "
                         "(kỷ luật: chỉ ghi quyết định của tổ chức có thẩm quyền)")  # fmt: skip
    def case_step(request: HttpRequest, case_id: int, verb: Verb, payload: StepIn) -> Case:
        case = _case(request, case_id, edit=True)
        _domain(lambda: _run_step(case, verb, payload, request.user))
        return Case.objects.select_related("subject_member").get(pk=case.pk)

    @router.get("/committees/{committee_id}/inspection-cases/overdue", response={200: list[CaseOut], **READ},
                summary=f"Cuộc kiểm tra, giám sát quá hạn ở các chi bộ trực thuộc ({rules.SOURCE_DUE.text})")  # fmt: skip
    def committee_overdue(request: HttpRequest, committee_id: int) -> QuerySet[Case]:
        committee = get_committee(request, committee_id)
        return (
            Case.objects.overdue()
            .filter(cell__path__startswith=committee.path)
            .select_related("subject_member")
        )

    return router


router = build_router()
__all__ = ["build_router", "router"]
