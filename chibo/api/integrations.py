"""Operations for integrations: oversight figures and findings, evaluations, notifications and
the documents register — the same scoping (members.access) and model verbs as the pages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from chibo.documents.models import CONTENT_TYPES, DocumentError, IssuedDocument
from chibo.evaluations.models import EvaluationRound
from chibo.lib.replica import read_replica
from chibo.members.access import get_cell, get_committee, viewer_for
from chibo.notifications.models import Notification
from chibo.oversight import dashboard, rules

from .pagination import Pages
from .schemas import ErrorOut

router = Router(tags=["giám sát, đánh giá, thông báo, văn bản"])
READ = {404: ErrorOut, 422: ErrorOut}
PAGE_SIZE = 100


def _year(year: int | None) -> int:
    return year or timezone.localdate().year


class QuarterOut(Schema):
    quarter: int
    over: bool
    thematic_cells: int
    missing: int | None
    late_cells: int


class FiguresOut(Schema):
    committee_id: int
    year: int
    cells: int
    regular_held: int
    thematic_held: int
    reports: int
    no_report: int
    late: int
    late_cells: int
    open: int
    overdue: int
    overdue_cells: int
    quarters: list[QuarterOut]


@router.get("/committees/{committee_id}/oversight", response={200: FiguresOut, **READ},
            summary="Số liệu bảng giám sát của Đảng ủy (tính trực tiếp, không lưu tạm)")  # fmt: skip
@read_replica
def committee_figures(
    request: HttpRequest, committee_id: int, year: int | None = Query(None, ge=2000, le=2100)
) -> dict[str, Any]:
    committee = get_committee(request, committee_id)
    year = _year(year)
    totals = dashboard.committee_totals(committee, year, timezone.localdate())
    return {**totals, "committee_id": committee.pk, "year": year}


class FindingOut(Schema):
    rule: str
    title: str
    what: str
    since: dt.date
    quarter: int | None
    fix: str
    url: str


@router.get("/cells/{cell_id}/findings", response={200: list[FindingOut], **READ},
            summary="Phát hiện giám sát của chi bộ trong năm")  # fmt: skip
def cell_findings(
    request: HttpRequest, cell_id: int, year: int | None = Query(None, ge=2000, le=2100)
) -> list[dict[str, Any]]:
    cell = get_cell(request, cell_id)
    row = dashboard.cell_rows([cell], year=_year(year), today=timezone.localdate())[0]
    return [{"rule": f.rule.code, "title": f.rule.title, "what": f.what, "since": f.since,
             "quarter": f.quarter, "fix": f.fix, "url": f.url} for f in row.findings]  # fmt: skip


class RuleOut(Schema):
    code: str
    title: str
    source: str
    fix: str


@router.get("/oversight/rules", response=list[RuleOut], summary="Các quy tắc giám sát và căn cứ")
def rule_list(request: HttpRequest) -> list[dict[str, str]]:
    return [
        {"code": r.code, "title": r.title, "source": r.source, "fix": r.fix}
        for r in rules.RULE_LIST
    ]


class RoundOut(Schema):
    id: int
    cell_id: int
    year: int
    status: str
    status_display: str
    cap_percent: int
    review_meeting_on: dt.date | None
    decided_at: dt.datetime | None

    @staticmethod
    def resolve_status_display(obj: EvaluationRound) -> str:
        return obj.get_status_display()


class SheetOut(Schema):
    id: int
    member_id: int
    member_name: str
    self_level: str
    proposed_level: str
    final_level: str

    @staticmethod
    def resolve_member_name(obj: Any) -> str:
        return obj.member.full_name


class RoundDetailOut(RoundOut):
    summary: dict[str, int] = Field(..., alias="summary_counts")
    sheets: list[SheetOut]


@router.get("/cells/{cell_id}/evaluations", response={200: list[RoundOut], **READ},
            summary="Các đợt đánh giá, xếp loại của chi bộ")  # fmt: skip
def round_list(request: HttpRequest, cell_id: int) -> QuerySet[EvaluationRound]:
    cell = get_cell(request, cell_id)
    return EvaluationRound.objects.filter(cell=cell).order_by("-year", "-pk")


@router.get("/evaluations/{round_id}", response={200: RoundDetailOut, **READ},
            summary="Một đợt đánh giá: mức xếp loại của từng đảng viên")  # fmt: skip
def round_detail(request: HttpRequest, round_id: int) -> EvaluationRound:
    round_ = EvaluationRound.objects.select_related("cell").filter(pk=round_id).first()
    if round_ is None or not viewer_for(request).can_read_cell(round_.cell):
        raise Http404("Không tìm thấy đợt đánh giá.")
    sheets = list(round_.evaluations.select_related("member").order_by("member__sort_key", "pk"))
    counts = {level: 0 for level in round_.summary()}
    for sheet in sheets:
        level = sheet.final_level or sheet.proposed_level
        if level:
            counts[level] += 1
    round_.summary_counts, round_.sheets = counts, sheets  # type: ignore[attr-defined]
    return round_  # type: ignore[return-value]


class NotificationOut(Schema):
    id: int
    kind: str
    kind_label: str
    title: str
    body: str
    url: str
    created_at: dt.datetime
    read_at: dt.datetime | None


@router.get("/notifications", response=list[NotificationOut], summary="Thông báo của tôi")
@paginate(Pages, page_size=PAGE_SIZE)
def notification_list(request: HttpRequest, unread: bool = False) -> QuerySet[Notification]:
    notices = Notification.objects.for_user(request.user)
    return notices.unread() if unread else notices


class DocumentOut(Schema):
    id: int
    cell_id: int
    type_code: str
    type_label: str
    number: int
    number_text: str
    title: str
    issued_on: dt.date
    docx_sha256: str
    pdf_sha256: str
    formats: list[str]

    @staticmethod
    def resolve_formats(obj: IssuedDocument) -> list[str]:
        return ["docx"] + (["pdf"] if obj.pdf else [])


@router.get("/cells/{cell_id}/documents", response={200: list[DocumentOut], **READ},
            summary="Sổ văn bản đã ban hành của chi bộ")  # fmt: skip
@paginate(Pages, page_size=PAGE_SIZE)
def document_register(request: HttpRequest, cell_id: int) -> QuerySet[IssuedDocument]:
    cell = get_cell(request, cell_id)
    return IssuedDocument.objects.for_cell(cell).order_by(
        "-issued_on", "type_code", "-number", "-pk"
    )


@router.get("/documents/{document_id}/download", response={200: None, **READ},
            summary="Tải văn bản đã ban hành (docx hoặc pdf), đã kiểm mã băm SHA-256")  # fmt: skip
def document_download(request: HttpRequest, document_id: int, fmt: str = "docx") -> HttpResponse:
    if fmt not in CONTENT_TYPES:
        raise Http404("Không có định dạng này.")
    document = IssuedDocument.objects.filter(pk=document_id).first()
    if document is None:
        raise Http404("Không tìm thấy văn bản.")
    get_cell(request, document.cell_id)
    try:
        filename, content_type, data = document.open_file(fmt)
    except DocumentError as error:
        raise Http404(str(error)) from error
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
