"""/api/v1/ — meetings, attendance, contributions, votes, tasks and documents.

The same access helpers as the pages (404 cannot see, 403 read-only) and the same model
verbs for every change. Mount with `api.add_router("", chibo.meetings.api.router)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any, Literal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, reverse
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.responses import Status
from pydantic import Field

from chibo.lib.dates import YEARS, PlausibleDate, PlausibleDateTime
from chibo.members.access import get_cell, viewer_for
from chibo.members.models import Member

from .access import EDIT, MEMBER, PREPARE, get_task, meeting_access
from .errors import MeetingError
from .forms import MeetingForm
from .models import Attendance, Contribution, Meeting, Task, Vote
from .services import issued_documents

Verb = Literal["submit_draft", "approve_draft", "request_changes", "distribute", "hold", "conclude",
               "close", "postpone", "cancel", "reschedule"]  # fmt: skip
# Which access each verb needs before the model checks the finer role (Bí thư/Phó…).
_VERB_ACCESS = {"submit_draft": PREPARE}
# Ids sent in lists: bounded like a database key, so a huge number is a 422, not an overflow.
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]


class ErrorOut(Schema):
    detail: str
    errors: list[dict[str, str]] = Field(default_factory=list)


class MeetingOut(Schema):
    id: int
    cell_id: int
    kind: str
    kind_display: str
    title: str
    topic_id: int | None
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    place: str
    status: str
    status_display: str
    chair_id: int | None
    secretary_id: int | None
    distributed_at: dt.datetime | None
    late_distribution_reason: str
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    duration_finding: str
    conclusion: str
    required_days_before: int
    version: int

    @staticmethod
    def resolve_kind_display(obj: Meeting) -> str:
        return obj.get_kind_display()

    @staticmethod
    def resolve_status_display(obj: Meeting) -> str:
        return obj.get_status_display()


class MeetingIn(Schema):
    kind: Literal["regular", "thematic"] = "regular"
    title: str = Field(min_length=1, max_length=500)
    starts_at: PlausibleDateTime
    ends_at: PlausibleDateTime | None = None
    place: str = ""
    chair_id: int | None = None
    secretary_id: int | None = None
    topic_id: int | None = None
    preparer_ids: list[Id] = Field(default_factory=list)


class TransitionIn(Schema):
    reason: str = ""
    text: str = ""
    actual_start: PlausibleDateTime | None = None
    actual_end: PlausibleDateTime | None = None
    starts_at: PlausibleDateTime | None = None
    confirm_early: bool = Field(
        False, description="hold: xác nhận chi bộ đã họp sớm hơn ngày dự kiến"
    )


class TransitionOut(Schema):
    meeting: MeetingOut
    warning: str = ""


class AttendanceOut(Schema):
    member_id: int
    full_name: str
    member_status: str
    status: str | None
    status_display: str | None
    reason: str


class AttendanceIn(Schema):
    status: Literal["present", "late", "excused", "absent"]
    reason: str = ""


class ContributionOut(Schema):
    id: int
    speaker_id: int
    summary: str
    order: int


class ContributionIn(Schema):
    speaker_id: int
    summary: str = Field(min_length=1)


class VoteOut(Schema):
    id: int
    subject: str
    subject_kind: str
    kind: str
    votes_for: int
    votes_against: int
    votes_abstain: int
    excused: int
    excluded: int
    denominator: int
    passed: bool
    rule_text: str


class VoteIn(Schema):
    subject: str = Field(min_length=1, max_length=300)
    subject_kind: Literal["resolution", "other"] = Field(
        "other",
        description="resolution: biểu quyết thông qua nghị quyết của buổi (cần để ban hành NQ)",
    )
    kind: Literal["ordinary", "admission"] = "ordinary"
    votes_for: int = Field(ge=0)
    votes_against: int = Field(ge=0)
    votes_abstain: int = Field(0, ge=0)
    excluded: int = Field(0, ge=0)


class TaskOut(Schema):
    id: int
    cell_id: int
    meeting_id: int | None
    title: str
    description: str
    owner_ids: list[int]
    deadline: dt.date
    status: str = Field(
        description="open, in_progress, done, dropped; 'overdue' when past the deadline"
    )
    status_display: str

    @staticmethod
    def resolve_owner_ids(obj: Task) -> list[int]:
        return [m.pk for m in obj.owners.all()]

    @staticmethod
    def resolve_status(obj: Task) -> str:
        return obj.display_status()

    @staticmethod
    def resolve_status_display(obj: Task) -> str:
        return obj.display_label()


class TaskIn(Schema):
    title: str = Field(min_length=1, max_length=300)
    description: str = ""
    owner_ids: list[Id] = Field(min_length=1)
    deadline: PlausibleDate


class ProgressIn(Schema):
    note: str = ""
    status: Literal["open", "in_progress", "done"] | None = None


class AcknowledgeIn(Schema):
    comment: str = ""


class ReportOut(Schema):
    meeting_id: int
    submitted_at: dt.datetime | None
    acknowledged_at: dt.datetime | None
    committee_comment: str


class DocumentOut(Schema):
    type_code: str
    number_text: str
    title: str
    issued_on: dt.date
    docx_url: str
    pdf_url: str


READ = {403: ErrorOut, 404: ErrorOut}
WRITE = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


def _domain[T](action: Callable[[], T]) -> T:
    """A refused domain rule becomes a 400 with its Vietnamese message."""
    try:
        return action()
    except MeetingError as error:
        raise HttpError(400, str(error)) from error
    except ValidationError as error:
        raise HttpError(400, " ".join(error.messages)) from error


def _members(cell_id: int, ids: list[int]) -> list[Member]:
    members = list(Member.objects.filter(cell_id=cell_id, pk__in=ids))
    if len(members) != len(set(ids)):
        raise HttpError(400, "Có đảng viên không thuộc chi bộ.")
    return members


def build_router() -> Router:
    router = Router(tags=["sinh hoạt chi bộ"])

    @router.get("/cells/{cell_id}/meetings", response={200: list[MeetingOut], **READ},
                summary="Các buổi sinh hoạt của chi bộ (lọc theo năm)")  # fmt: skip
    def meeting_list(
        request: HttpRequest,
        cell_id: int,
        year: Annotated[int | None, Field(ge=YEARS[0], le=YEARS[-1])] = None,
    ) -> list[Meeting]:
        cell = get_cell(request, cell_id)
        meetings = (
            Meeting.objects.for_cell(cell)
            .select_related("cell", "topic__plan")
            .order_by("starts_at")
        )
        if year:
            meetings = meetings.filter(starts_at__year=year)
        return Meeting.attach_params(list(meetings))

    @router.post("/cells/{cell_id}/meetings", response={201: MeetingOut, **WRITE},
                 summary="Lên lịch buổi sinh hoạt (chi ủy)")  # fmt: skip
    def meeting_create(request: HttpRequest, cell_id: int, payload: MeetingIn) -> Status:
        cell = get_cell(request, cell_id, edit=True)
        for person in (payload.chair_id, payload.secretary_id):
            if person:
                _members(cell.pk, [person])
        preparers = _members(cell.pk, payload.preparer_ids)
        if payload.topic_id:
            from chibo.plans.models import Topic

            get_object_or_404(Topic, pk=payload.topic_id, plan__cell=cell)
        # The page's form checks the API's input too: one validation path (ends after start…).
        form = MeetingForm(_form_data(payload), cell=cell)
        if not form.is_valid():
            raise ValidationError(form.errors.as_data())
        meeting = _domain(
            lambda: Meeting.plan(
                cell=cell, by=request.user, preparers=preparers, **form.cleaned_data
            )
        )
        return Status(201, meeting)

    @router.get(
        "/meetings/{meeting_id}", response={200: MeetingOut, **READ}, summary="Một buổi sinh hoạt"
    )
    def meeting_detail(request: HttpRequest, meeting_id: int) -> Meeting:
        return meeting_access(request, meeting_id).meeting

    @router.post("/meetings/{meeting_id}/transitions/{verb}", response={200: TransitionOut, **WRITE},
                 summary="Chuyển bước: submit_draft, approve_draft, request_changes, distribute, hold, "
                         "conclude, close, postpone, reschedule, cancel")  # fmt: skip
    def transition(
        request: HttpRequest, meeting_id: int, verb: Verb, payload: TransitionIn
    ) -> dict[str, Any]:
        meeting = meeting_access(request, meeting_id, need=_VERB_ACCESS.get(verb, EDIT)).meeting
        by, p = request.user, payload
        verbs: dict[str, Callable[[], Any]] = {
            "submit_draft": lambda: meeting.submit_draft(by=by),
            "approve_draft": lambda: meeting.approve_draft(by=by),
            "request_changes": lambda: meeting.request_changes(by=by, note=p.reason),
            "distribute": lambda: meeting.distribute(by=by, reason=p.reason),
            "hold": lambda: meeting.hold(by=by, actual_start=_required(p.actual_start), actual_end=_required(p.actual_end),
                                         confirm_early=p.confirm_early),
            "conclude": lambda: meeting.conclude(by=by, text=p.text),
            "close": lambda: meeting.close(by=by),
            "postpone": lambda: meeting.postpone(by=by, reason=p.reason),
            "reschedule": lambda: meeting.reschedule(by=by, starts_at=_required(p.starts_at)),
            "cancel": lambda: meeting.cancel(by=by, reason=p.reason),
        }  # fmt: skip
        result = _domain(verbs[verb])
        meeting.refresh_from_db()
        return {"meeting": meeting, "warning": result if isinstance(result, str) else ""}

    @router.get("/meetings/{meeting_id}/attendance", response={200: list[AttendanceOut], **READ},
                summary="Điểm danh (mọi đảng viên của chi bộ)")  # fmt: skip
    def attendance_list(request: HttpRequest, meeting_id: int) -> list[dict[str, Any]]:
        meeting = meeting_access(request, meeting_id).meeting
        marks = {a.member_id: a for a in meeting.attendances.all()}
        rows = []
        for member in Member.objects.filter(cell_id=meeting.cell_id).current().vietnamese_order():
            mark = marks.get(member.pk)
            rows.append({"member_id": member.pk, "full_name": member.full_name, "member_status": member.status,
                         "status": mark.status if mark else None,
                         "status_display": mark.get_status_display() if mark else None,
                         "reason": mark.reason if mark else ""})  # fmt: skip
        return rows

    @router.put("/meetings/{meeting_id}/attendance/{member_id}", response={200: AttendanceOut, **WRITE},
                summary="Ghi điểm danh một đảng viên (chi ủy)")  # fmt: skip
    def attendance_set(
        request: HttpRequest, meeting_id: int, member_id: int, payload: AttendanceIn
    ) -> dict[str, Any]:
        meeting = meeting_access(request, meeting_id, need=EDIT).meeting
        member = get_object_or_404(Member, pk=member_id, cell_id=meeting.cell_id)
        row: Attendance = _domain(lambda: meeting.record_attendance(member, payload.status, by=request.user,
                                                                    reason=payload.reason))  # fmt: skip
        return {"member_id": member.pk, "full_name": member.full_name, "member_status": row.member_status,
                "status": row.status, "status_display": row.get_status_display(), "reason": row.reason}  # fmt: skip

    @router.get("/meetings/{meeting_id}/contributions", response={200: list[ContributionOut], **READ},
                summary="Ý kiến phát biểu")  # fmt: skip
    def contribution_list(request: HttpRequest, meeting_id: int) -> QuerySet[Contribution]:
        return meeting_access(request, meeting_id).meeting.contributions.all()

    @router.post("/meetings/{meeting_id}/contributions", response={201: ContributionOut, **WRITE},
                 summary="Ghi ý kiến phát biểu (chi ủy)")  # fmt: skip
    def contribution_add(request: HttpRequest, meeting_id: int, payload: ContributionIn) -> Status:
        meeting = meeting_access(request, meeting_id, need=EDIT).meeting
        speaker = _members(meeting.cell_id, [payload.speaker_id])[0]
        return Status(201, _domain(lambda: Contribution.add(meeting, by=request.user, speaker=speaker,
                                                            summary=payload.summary)))  # fmt: skip

    @router.get(
        "/meetings/{meeting_id}/votes", response={200: list[VoteOut], **READ}, summary="Biểu quyết"
    )
    def vote_list(request: HttpRequest, meeting_id: int) -> QuerySet[Vote]:
        return meeting_access(request, meeting_id).meeting.votes.all()

    @router.post("/meetings/{meeting_id}/votes", response={201: VoteOut, **WRITE},
                 summary="Ghi kết quả biểu quyết (chỉ đảng viên chính thức)")  # fmt: skip
    def vote_add(request: HttpRequest, meeting_id: int, payload: VoteIn) -> Status:
        meeting = meeting_access(request, meeting_id, need=EDIT).meeting
        return Status(
            201, _domain(lambda: Vote.record(meeting, by=request.user, **payload.model_dump()))
        )

    @router.get(
        "/meetings/{meeting_id}/tasks",
        response={200: list[TaskOut], **READ},
        summary="Nhiệm vụ của buổi",
    )
    def meeting_tasks(request: HttpRequest, meeting_id: int) -> QuerySet[Task]:
        return meeting_access(request, meeting_id).meeting.tasks.prefetch_related("owners")

    @router.post(
        "/meetings/{meeting_id}/tasks",
        response={201: TaskOut, **WRITE},
        summary="Giao nhiệm vụ (chi ủy)",
    )
    def task_add(request: HttpRequest, meeting_id: int, payload: TaskIn) -> Status:
        meeting = meeting_access(request, meeting_id, need=EDIT).meeting
        owners = _members(meeting.cell_id, payload.owner_ids)
        return Status(201, _domain(lambda: Task.assign(cell=meeting.cell, by=request.user, meeting=meeting,
                                                       title=payload.title, description=payload.description,
                                                       owners=owners, deadline=payload.deadline)))  # fmt: skip

    @router.get("/tasks/mine", response={200: list[TaskOut]}, summary="Nhiệm vụ của tôi")
    def my_tasks(request: HttpRequest) -> Any:
        member = viewer_for(request).member
        if member is None:
            return Task.objects.none()
        return (
            Task.objects.for_member(member)
            .prefetch_related("owners")
            .order_by("status", "deadline")
        )

    @router.get("/tasks/{task_id}", response={200: TaskOut, **READ}, summary="Một nhiệm vụ")
    def task_detail(request: HttpRequest, task_id: int) -> Task:
        return get_task(request, task_id)[0]

    @router.post("/tasks/{task_id}/progress", response={200: TaskOut, **WRITE},
                 summary="Cập nhật tiến độ (người được giao hoặc chi ủy)")  # fmt: skip
    def task_progress(request: HttpRequest, task_id: int, payload: ProgressIn) -> Task:
        task = get_task(request, task_id, edit=True)[0]
        _domain(
            lambda: task.report_progress(by=request.user, note=payload.note, status=payload.status)
        )
        return task

    @router.get("/meetings/{meeting_id}/documents", response={200: list[DocumentOut], **READ},
                summary="Văn bản đã ban hành: biên bản, nghị quyết hoặc thông báo kết luận, báo cáo")  # fmt: skip
    def documents(request: HttpRequest, meeting_id: int) -> list[dict[str, Any]]:
        meeting = meeting_access(request, meeting_id).meeting
        return [{"type_code": code, "number_text": doc.number_text, "title": doc.title, "issued_on": doc.issued_on,
                 "docx_url": _download(doc.pk, "docx"), "pdf_url": _download(doc.pk, "pdf") if doc.pdf else ""}
                for code, doc in issued_documents(meeting).items()]  # fmt: skip

    @router.post("/meetings/{meeting_id}/commitments", response={200: dict, **WRITE},
                 summary="Đăng ký nội dung khắc phục, rèn luyện (đảng viên)")  # fmt: skip
    def commitment(request: HttpRequest, meeting_id: int, payload: TransitionIn) -> dict[str, Any]:
        from .models import Commitment

        meeting = meeting_access(request, meeting_id, need=MEMBER).meeting
        item = _domain(lambda: Commitment.register(meeting, by=request.user, text=payload.text))
        return {"id": item.pk, "text": item.text}

    @router.post("/meetings/{meeting_id}/report/acknowledge", response={200: ReportOut, **WRITE},
                 summary="Xác nhận đã nhận báo cáo của chi bộ (cán bộ Đảng ủy cấp trên)")  # fmt: skip
    def acknowledge(request: HttpRequest, meeting_id: int, payload: AcknowledgeIn) -> Any:
        from .models import MeetingReport

        access = meeting_access(request, meeting_id)
        if access.member is not None or not access.viewer.is_officer:
            raise PermissionDenied("Chỉ cán bộ Đảng ủy cấp trên xác nhận báo cáo.")
        report = MeetingReport.objects.filter(meeting=access.meeting).first()
        if report is None:
            raise HttpError(400, "Chi bộ chưa gửi báo cáo.")
        _domain(lambda: report.acknowledge(by=request.user, comment=payload.comment))
        return report

    return router


def _form_data(payload: MeetingIn) -> dict[str, Any]:
    data = payload.model_dump(exclude={"preparer_ids", "chair_id", "secretary_id", "topic_id"})
    return {**data, "chair": payload.chair_id, "secretary": payload.secretary_id,
            "topic": payload.topic_id}  # fmt: skip


def _required[T](value: T | None) -> T:
    if value is None:
        raise MeetingError("Thiếu thời gian.")
    return value


def _download(pk: int, fmt: str) -> str:
    try:
        return reverse("documents:download", args=[pk, fmt])
    except NoReverseMatch:
        return ""


router = build_router()
__all__ = ["build_router", "router"]
