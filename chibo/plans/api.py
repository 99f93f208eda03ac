"""Read-only plan endpoints, same scoping as the UI (officers see issued plans only).

The document of an issued plan is its stored file, never re-rendered; a draft is rendered
on the fly and marked DỰ THẢO, without a number.

Mount with `api.add_router("", chibo.plans.api.router)` in chibo/api/api.py.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from ninja import Router, Schema
from ninja.errors import HttpError

from chibo.members.access import get_cell

from .access import can_see_drafts, get_plan
from .checks import plan_findings
from .models import Plan, PlanQuerySet

router = Router(tags=["kế hoạch"])


class TopicOut(Schema):
    id: int
    order: int
    title: str
    content: str
    quarter: int
    month: int | None
    form: str
    preparer_ids: list[int]
    preparer_note: str
    outputs: str


class TargetOut(Schema):
    id: int
    order: int
    text: str
    kind: str
    population: str
    value_min: Decimal | None
    value_max: Decimal | None
    unit: str
    comparison: str
    measured_by: str
    section: str
    group: str


class FindingOut(Schema):
    level: str
    message: str
    source: str
    topic_id: int | None


class PlanOut(Schema):
    id: int
    cell_id: int
    year: int
    kind: str
    kind_display: str
    title: str
    status: str
    status_display: str
    number_text: str | None
    plan_date: dt.date | None
    revision_of_id: int | None
    version: int


class PlanDetailOut(PlanOut):
    legal_bases: list[str]
    intro: str
    sections: list[dict[str, Any]]
    closing: str
    recipients: list[str]
    signing_capacity: str
    signer_title: str
    signer_name: str
    days_before_distribution: int | None
    topics: list[TopicOut]
    targets: list[TargetOut]
    findings: list[FindingOut]


def _plan_out(plan: Plan) -> dict[str, Any]:
    return {
        "id": plan.pk, "cell_id": plan.cell_id, "year": plan.year, "kind": plan.kind,
        "kind_display": plan.get_kind_display(), "title": plan.title, "status": plan.status,
        "status_display": plan.get_status_display(),
        "number_text": plan.number_text,
        "plan_date": plan.plan_date, "revision_of_id": plan.revision_of_id, "version": plan.version,
    }  # fmt: skip


@router.get("/cells/{cell_id}/plans", response=list[PlanOut], summary="Kế hoạch của chi bộ")
def plan_list(request: HttpRequest, cell_id: int) -> list[dict[str, Any]]:
    cell = get_cell(request, cell_id)
    plans: PlanQuerySet = Plan.objects.for_cell(cell).select_related("issued_document")
    if not can_see_drafts(request, cell.pk):
        plans = plans.issued()
    return [_plan_out(p) for p in plans.order_by("-year", "kind", "-pk")]


@router.get(
    "/plans/{plan_id}",
    response=PlanDetailOut,
    summary="Một kế hoạch, với chuyên đề, chỉ tiêu và các lưu ý",
)
def plan_detail(request: HttpRequest, plan_id: int) -> dict[str, Any]:
    plan = get_plan(request, plan_id)
    topics = list(plan.topics.prefetch_related("preparers"))
    return _plan_out(plan) | {
        "legal_bases": plan.legal_bases, "intro": plan.intro, "sections": plan.sections, "closing": plan.closing,
        "recipients": plan.recipients, "signing_capacity": plan.signing_capacity, "signer_title": plan.signer_title,
        "signer_name": plan.signature_name, "days_before_distribution": plan.days_before_distribution,
        "topics": [{**{f: getattr(t, f) for f in ("id", "order", "title", "content", "quarter", "month", "form",
                                                  "preparer_note", "outputs")},
                    "preparer_ids": [m.pk for m in t.preparers.all()]} for t in topics],
        "targets": list(plan.targets.values()),
        "findings": [vars(f) for f in plan_findings(plan)],
    }  # fmt: skip


@router.get(
    "/plans/{plan_id}/document",
    response={200: bytes},
    summary="Văn bản kế hoạch (DOCX hoặc PDF): bản đã ban hành, hoặc bản dự thảo",
)
def plan_document_file(
    request: HttpRequest, plan_id: int, format: Literal["docx", "pdf"] = "docx"
) -> HttpResponse:
    from chibo.documents.models import CONTENT_TYPES, DocumentError

    plan = get_plan(request, plan_id)
    if not plan.is_draft and plan.issued_document is not None:
        try:
            filename, content_type, data = plan.issued_document.open_file(format)
        except DocumentError as error:
            raise HttpError(404, str(error)) from error
    else:
        filename, content_type = (
            f"du-thao-ke-hoach-{plan.year}-{plan.pk}.{format}",
            CONTENT_TYPES[format],
        )
        data = _draft_docx(plan)
        if format == "pdf":
            data = _draft_pdf(data)
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _draft_docx(plan: Plan) -> bytes:
    from chibo.documents.party import render_docx

    from .documents import plan_document

    return render_docx(plan_document(plan))


def _draft_pdf(docx: bytes) -> bytes:
    from chibo.documents.models import PDF_DISABLED
    from chibo.documents.pdf import PdfUnavailable, docx_to_pdf

    if not getattr(settings, "DOCUMENTS_PDF", True):
        raise HttpError(404, PDF_DISABLED)
    try:
        return docx_to_pdf(docx)
    except PdfUnavailable as error:
        raise HttpError(404, str(error)) from error
