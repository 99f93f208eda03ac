"""/api/v1/ — candidates and their admission files: the list with each file's stage, the steps,
and the transitions, with the pages' scoping (404 cannot see, 403 read-only) and the pages'
forms and verbs. Mount with `api.add_router("", chibo.admissions.api.router)`."""

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

from chibo.members.access import get_cell, get_committee
from chibo.rules import admission as rules

from .deadlines import due_for
from .forms import CandidateForm
from .models import AdmissionError, Candidate, Stage, Step
from .transitions import TRANSITIONS, form_for, outcome_warning

Verb = Literal["course", "application", "life_history", "background_check", "sponsor", "remove_sponsor",
               "comments", "review", "vote", "propose", "decision", "ceremony", "self_review",
               "helper_review", "recognition_vote", "propose_recognition", "recognise", "stop"]  # fmt: skip


class ErrorOut(Schema):
    detail: str
    errors: list[dict[str, str]] = Field(default_factory=list)


class CandidateOut(Schema):
    id: int
    cell_id: int
    full_name: str
    gender: str
    birth_date: dt.date | None
    job: str
    education: str
    stage: str = Field(description="source, course, file, ready, proposed, decided, probation, "
                                   "recognition, official, stopped")  # fmt: skip
    stage_display: str
    stage_since: dt.date | None
    rule_set: str = Field(description="Bộ quy định đã ghi khi chi bộ biểu quyết ('' trước đó)")
    helper_id: int | None
    member_id: int | None
    certificate_date: dt.date | None
    next_deadline: dt.date | None
    next_step: str
    late: bool
    version: int

    @staticmethod
    def resolve_stage(obj: Candidate) -> str:
        return obj.effective_stage

    @staticmethod
    def resolve_stage_display(obj: Candidate) -> str:
        return obj.effective_stage_display

    @staticmethod
    def resolve_next_deadline(obj: Candidate) -> dt.date | None:
        due = _due(obj)
        return due.due if due else None

    @staticmethod
    def resolve_next_step(obj: Candidate) -> str:
        due = _due(obj)
        return due.what if due else ""

    @staticmethod
    def resolve_late(obj: Candidate) -> bool:
        due = _due(obj)
        return bool(due and due.late(timezone.localdate()))


class CandidateIn(Schema):
    full_name: str = Field(min_length=1, max_length=120)
    gender: Literal["female", "male"]
    birth_date: dt.date | None = None
    job: str = ""
    phone: str = ""
    education: Literal["", "primary", "lower_secondary", "upper_secondary"] = ""
    qualification: str = ""
    proposed_by: str = ""
    unit_has_youth_union: bool = True
    youth_union_member: bool = False
    sponsor_route: Literal["", "two_members", "youth_union", "trade_union"] = ""
    route_reason: str = ""
    helper_id: int | None = None
    listed_on: dt.date | None = None
    notes: str = ""


class StepOut(Schema):
    id: int
    kind: str
    kind_display: str
    on: dt.date
    received_on: dt.date | None
    reference: str
    actor: str
    note: str
    form_code: str
    vote_id: int | None
    document_id: int | None

    @staticmethod
    def resolve_kind_display(obj: Step) -> str:
        return obj.get_kind_display()


class TransitionIn(Schema):
    """The fields of the verb's form; only those the verb needs are read."""

    on: dt.date | None = None
    note: str = ""
    number: str = ""
    issued_on: dt.date | None = None
    issuer: str = ""
    kind: str = ""
    member_id: int | None = None
    organisation: str = ""
    reference: str = ""
    together_since: dt.date | None = None
    relation: str = ""
    sponsor_id: int | None = None
    residence: str = ""
    meeting_id: int | None = None
    votes_for: int | None = Field(None, ge=0)
    votes_against: int | None = Field(None, ge=0)
    votes_abstain: int = Field(0, ge=0)
    assessment: str = ""
    decision_date: dt.date | None = None
    received_on: dt.date | None = None
    decider: str = ""
    consent: str = ""
    reason: str = ""


class TransitionOut(Schema):
    candidate: CandidateOut
    warning: str = ""


READ = {404: ErrorOut}
WRITE = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


def _due(candidate: Candidate) -> Any:
    return due_for(stage=candidate.effective_stage, since=candidate.stage_since,
                   rule_set=candidate.rule_set or rules.DEFAULT_RULE_SET)  # fmt: skip


def _candidate(request: HttpRequest, candidate_id: int, *, edit: bool = False) -> Candidate:
    candidate = get_object_or_404(
        Candidate.objects.select_related("cell", "member"), pk=candidate_id
    )
    get_cell(request, candidate.cell_id, edit=edit)
    return candidate


def _domain[T](action: Callable[[], T]) -> T:
    try:
        return action()
    except AdmissionError as error:
        raise HttpError(400, str(error)) from error


def _invalid(errors: Any) -> HttpError:
    text = " ".join(
        f"{name}: {' '.join(str(m) for m in messages)}" for name, messages in errors.items()
    )
    return HttpError(422, f"Dữ liệu gửi lên không hợp lệ. {text}")


def _form_data(payload: TransitionIn) -> dict[str, Any]:
    data = payload.model_dump(exclude_none=True)
    renames = {"member_id": "member", "meeting_id": "meeting", "sponsor_id": "sponsor"}
    return {renames.get(k, k): v for k, v in data.items()}


def build_router() -> Router:
    router = Router(tags=["phát triển đảng viên"])

    @router.get("/cells/{cell_id}/candidates", response={200: list[CandidateOut], **READ},
                summary="Quần chúng ưu tú của chi bộ, mỗi người với giai đoạn hồ sơ (stage)")  # fmt: skip
    def candidate_list(request: HttpRequest, cell_id: int, stage: str = "") -> QuerySet[Candidate]:
        cell = get_cell(request, cell_id)
        candidates = Candidate.objects.for_cell(cell).select_related("member").vietnamese_order()
        return candidates.filter(stage=stage) if stage in Stage.values else candidates

    @router.post("/cells/{cell_id}/candidates", response={201: CandidateOut, **WRITE},
                 summary="Thêm quần chúng ưu tú vào danh sách (chi ủy)")  # fmt: skip
    def candidate_create(request: HttpRequest, cell_id: int, payload: CandidateIn) -> Status:
        cell = get_cell(request, cell_id, edit=True)
        data = payload.model_dump()
        data["helper"] = data.pop("helper_id")
        form = CandidateForm({k: v for k, v in data.items() if v is not None}, cell=cell)
        if not form.is_valid():
            raise _invalid(form.errors)
        return Status(
            201, _domain(lambda: Candidate.add(cell=cell, by=request.user, **form.cleaned_data))
        )

    @router.get(
        "/candidates/{candidate_id}", response={200: CandidateOut, **READ}, summary="Một hồ sơ"
    )
    def candidate_detail(request: HttpRequest, candidate_id: int) -> Candidate:
        return _candidate(request, candidate_id)

    @router.get("/candidates/{candidate_id}/steps", response={200: list[StepOut], **READ},
                summary="Các bước đã ghi của hồ sơ: ngày, số văn bản, mẫu, biểu quyết")  # fmt: skip
    def candidate_steps(request: HttpRequest, candidate_id: int) -> QuerySet[Step]:
        return _candidate(request, candidate_id).steps.all()

    @router.post("/candidates/{candidate_id}/transitions/{verb}", response={200: TransitionOut, **WRITE},
                 summary="Ghi một bước của hồ sơ (chi ủy): " + ", ".join(TRANSITIONS))  # fmt: skip
    def transition(
        request: HttpRequest, candidate_id: int, verb: Verb, payload: TransitionIn
    ) -> dict[str, Any]:
        candidate = _candidate(request, candidate_id, edit=True)
        form = form_for(verb, candidate, _form_data(payload))
        if not form.is_valid():
            raise _invalid(form.errors)
        result = _domain(lambda: TRANSITIONS[verb].run(candidate, form.cleaned_data, request.user))
        return {"candidate": Candidate.objects.select_related("member").get(pk=candidate.pk),
                "warning": outcome_warning(result)}  # fmt: skip

    @router.get("/committees/{committee_id}/candidates", response={200: list[CandidateOut], **READ},
                summary="Hồ sơ kết nạp của các chi bộ trực thuộc (cán bộ Đảng ủy)")  # fmt: skip
    def committee_candidates(
        request: HttpRequest, committee_id: int, stage: str = ""
    ) -> QuerySet[Candidate]:
        committee = get_committee(request, committee_id)
        candidates = Candidate.objects.below(committee).select_related("member").vietnamese_order()
        return candidates.filter(stage=stage) if stage in Stage.values else candidates

    return router


router = build_router()
__all__ = ["build_router", "router"]
