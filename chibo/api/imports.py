"""Importing a plan file through the API: upload → the parsed plan with its marks → confirm.

The same steps as the pages of chibo.importer: the upload is read and checked by the page's
`UploadForm` (type by content, size, zip and image bombs), kept by `keep_upload` (a scan or
photos read in the task worker: 202 and a status to poll); the
confirmation goes through the page's review forms (`review_forms`, same messages) and
`confirm_import`; a discard through `PlanImport.discard`. Scoped as the pages: the cell's chi
ủy only (404 outside the cell, 403 for a read-only member); POSTs need a write-scope token, and
uploads, read by OCR when they are scans or photos, have their own lower per-token limit.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.datastructures import MultiValueDict
from ninja import Field, File, Router, Schema
from ninja.errors import HttpError
from ninja.files import UploadedFile
from ninja.responses import Status

from chibo.importer.forms import UploadForm, initial_plan, review_data, review_forms
from chibo.importer.models import EXPIRES_AFTER, PlanImport, PlanImportError, PlanImportPage
from chibo.importer.review import (
    ocr_doubts,
    page_boxes,
    plan_hints,
    targets_initial,
    topics_initial,
)
from chibo.importer.services import keep_upload, reading_state, retry_reading
from chibo.members.access import get_cell
from chibo.members.models import Member, MemberError
from chibo.plans.models import PlanError

from . import limits
from .errors import FormInvalid
from .schemas import ErrorOut

router = Router(tags=["nhập kế hoạch từ tệp"])
READ = {403: ErrorOut, 404: ErrorOut}
WRITE = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
# Uploads per token and minute: a scan or a photo costs seconds of OCR.
IMPORT_RATE_LIMIT = 6


class PlanFields(Schema):
    """The plan's fields as the review screen shows them (what the file gives, or the template)."""

    kind: Literal["thematic", "activity"] | None = None
    year: int | None = None
    title: str | None = None
    plan_date: dt.date | None = Field(None, description="Ngày kế hoạch (trống: ngày ban hành)")
    place_name: str | None = None
    legal_bases: list[str] | None = None
    signer_name: str | None = None
    recipients: list[str] | None = None
    days_before_distribution: int | None = None


class TopicFields(Schema):
    title: str = ""
    quarter: int | None = None
    month: int | None = None
    form: str = ""
    preparer_ids: list[int] = Field(default_factory=list, description="Đảng viên của chi bộ")
    preparer_note: str = Field("", description="Người thực hiện để dạng chữ")
    new_member: bool = Field(False, description="Thêm người có tên new_member_name làm đảng viên")
    new_member_name: str = ""
    new_member_gender: Literal["", "female", "male"] = ""
    content: str = ""
    outputs: str = ""


class TargetFields(Schema):
    text: str
    kind: str = "text"
    value_min: Decimal | None = None
    value_max: Decimal | None = None
    unit: str = ""
    population: str = ""
    comparison: str = ""
    section: str = ""
    group: str = ""


class MarkOut(Schema):
    field: str = Field(description="'plan.title', 'topics.0.quarter', 'cell', ...")
    kind: Literal["ocr", "parser"] = Field(
        description="ocr: máy nhận dạng chữ chưa chắc; parser: tệp thiếu hoặc mâu thuẫn"
    )
    message: str


class BoxOut(Schema):
    word: str = Field(description="Chữ máy đọc được (chưa chắc)")
    left: float = Field(description="Vị trí và cỡ khung, tính theo % chiều rộng/cao của ảnh")
    top: float
    width: float
    height: float


class PageOut(Schema):
    number: int
    width: int
    height: int
    url: str = Field(description="Ảnh PNG của trang (cùng quyền như lần nhập)")
    boxes: list[BoxOut] = Field(description="Khung các chữ máy đọc chưa chắc trên ảnh trang")


class ImportOut(Schema):
    id: int
    cell_id: int
    status: str
    status_display: str
    filename: str
    source: str = Field(description="docx | pdf | txt | scan (bản quét, ảnh chụp)")
    created_at: dt.datetime
    expires_at: dt.datetime
    plan_id: int | None
    cell_name: str = Field(description="Tên chi bộ tệp ghi")
    committee_name: str
    plan: PlanFields
    topics: list[TopicFields]
    targets: list[TargetFields]
    warnings: list[str]
    uncertain_words: list[str] = Field(description="Chữ máy nhận dạng chưa chắc (bản quét)")
    marks: list[MarkOut] = Field(description="Những ô cần người xem lại kiểm tra")
    pages: list[PageOut]
    text: str = Field(description="Văn bản đọc được từ tệp")
    version: int = Field(description="Đổi khi thứ tự trang được sắp lại; gửi lại khi xác nhận")


class ImportStatusOut(Schema):
    """Where the reading of a scan or photos stands (read by OCR in the background)."""

    id: int
    status: str = Field(description="reading | failed | pending | confirmed | discarded")
    status_display: str
    pages_read: int
    pages_total: int
    message: str = Field(description="“Đang đọc ảnh, trang 2/3…”, hoặc vì sao không đọc được")
    error: str
    done: bool = Field(description="true khi đã đọc xong hoặc không đọc được")
    can_retry: bool
    worker_late: bool = Field(description="Chưa bắt đầu đọc sau 2 phút: bộ xử lý nền chưa chạy?")
    usual_seconds: int = Field(description="Thời gian đọc thường mất cho chừng ấy trang (giây)")
    usual: str
    status_url: str
    url: str = Field(description="Lần nhập (kế hoạch đọc được khi đã đọc xong)")


class ConfirmIn(Schema):
    """Corrections, as on the review screen. Left out: as read. `topics`/`targets`, when
    given, are the whole list to save, in order (start from the GET's lists)."""

    plan: PlanFields | None = None
    topics: list[TopicFields] | None = None
    targets: list[TargetFields] | None = None
    version: int | None = Field(
        None, description="version của lần nhập đã xem: từ chối (409) nếu trang đã được sắp lại"
    )


class ConfirmedOut(Schema):
    import_id: int
    plan_id: int
    status: str


def _batch(request: HttpRequest, import_id: int) -> PlanImport:
    batch = get_object_or_404(PlanImport.objects.select_related("cell"), pk=import_id)
    get_cell(request, batch.cell_id, edit=True)  # 404 outside the cell, 403 read-only
    return batch


def _members(batch: PlanImport) -> list[Member]:
    return list(Member.objects.for_cell(batch.cell).current())


def _topic_out(row: dict[str, Any]) -> dict[str, Any]:
    return {**{k: v for k, v in row.items() if k != "preparers"}, "preparer_ids": row["preparers"]}


def _marks(batch: PlanImport, hints: list[dict[str, Any]]) -> list[dict[str, str]]:
    marks = [
        {"field": f"plan.{name}", "kind": "parser", "message": note}
        for name, note in plan_hints(batch.parsed).items()
    ]
    doubts = ocr_doubts(batch.parsed, batch.uncertain, batch.source_text, scan=batch.is_scan)
    marks += [
        {"field": f"plan.{name}", "kind": "ocr", "message": note}
        for name, note in doubts["plan"].items()
    ]
    if doubts["cell"]:
        marks.append({"field": "cell", "kind": "ocr", "message": doubts["cell"]})
    for index, (hint, doubt) in enumerate(zip(hints, doubts["topics"], strict=False)):
        where = f"topics.{index}"
        marks += [{"field": where, "kind": "parser", "message": c} for c in hint["conflicts"]]
        marks += [
            {"field": f"{where}.{name}", "kind": "parser", "message": note}
            for name, note in hint["notes"].items()
        ]
        if hint["missing_preparer"]:
            marks.append({"field": f"{where}.preparer_ids", "kind": "parser",
                          "message": "Tệp không ghi người thực hiện."})  # fmt: skip
        for person in hint["people"]:
            if person["status"] != "sure":
                marks.append({"field": f"{where}.preparer_ids", "kind": "parser",
                              "message": _person_note(person)})  # fmt: skip
        marks += [
            {"field": f"{where}.{'preparer_ids' if name == 'preparers' else name}",
             "kind": "ocr", "message": note}
            for name, note in doubt.items()
        ]  # fmt: skip
    return marks


def _person_note(person: dict[str, Any]) -> str:
    name = person["name"]
    return {
        "likely": f"Đoán “{name}” là {person['member_name']}: kiểm tra lại.",
        "guess": f"“{name}” có thể là {person['member_name']}: chưa chắc.",
        "ambiguous": f"“{name}”: nhiều người trùng tên ({', '.join(person['candidates'])}).",
    }.get(person["status"], f"“{name}” chưa có trong danh sách đảng viên của chi bộ.")


def _out(request: HttpRequest, batch: PlanImport) -> dict[str, Any]:
    topics, hints = topics_initial(batch.parsed, _members(batch))
    plan = initial_plan(batch)
    return {
        "id": batch.pk, "cell_id": batch.cell_id, "status": batch.status,
        "status_display": batch.get_status_display(), "filename": batch.filename,
        "source": batch.source, "created_at": batch.created_at,
        "expires_at": batch.created_at + EXPIRES_AFTER, "plan_id": batch.plan_id,
        "cell_name": batch.parsed.get("cell_name", ""),
        "committee_name": batch.parsed.get("committee_name", ""),
        "plan": plan,
        "topics": [_topic_out(row) for row in topics],
        "targets": [{k: (None if v == "" and k.startswith("value") else v) for k, v in row.items()}
                    for row in targets_initial(batch.parsed)],
        "warnings": batch.parsed.get("warnings", []), "uncertain_words": batch.uncertain,
        "marks": _marks(batch, hints),
        "pages": [{"number": p.number, "width": p.width, "height": p.height,
                   "url": request.build_absolute_uri(
                       f"/api/v1/imports/{batch.pk}/pages/{p.number}"),
                   "boxes": entry["boxes"]}
                  for entry in page_boxes(list(batch.pages.exclude(image="")), batch.uncertain)
                  for p in [entry["page"]]],
        "text": batch.source_text, "version": batch.version,
    }  # fmt: skip


def _status(request: HttpRequest, batch: PlanImport) -> dict[str, Any]:
    return reading_state(batch) | {
        "status_url": request.build_absolute_uri(f"/api/v1/imports/{batch.pk}/status"),
        "url": request.build_absolute_uri(f"/api/v1/imports/{batch.pk}"),
    }


@router.post("/cells/{cell_id}/imports",
             response={201: ImportOut, 202: ImportStatusOut, 429: ErrorOut, **WRITE},
             summary="Tải lên tệp kế hoạch (Word, PDF, bản quét) hoặc ảnh chụp các trang (nhiều phần file): tệp gõ máy trả về kế hoạch đọc được (201); bản quét, ảnh chụp được đọc sau (202, xem status_url)")  # fmt: skip
def import_upload(request: HttpRequest, cell_id: int, file: File[list[UploadedFile]]) -> Status:
    """One plan file, or several `file` parts: the photos of one plan's pages, read as one
    plan in the order sent (each a page image). Limits as the page's upload. A typed file is
    read at once (201, the plan read); a scan or photos are read by OCR in the background
    (202 with the status and its `status_url`: poll it until `done`, then GET `url`). The
    same upload sent again within minutes answers with that import, not read twice."""
    cell = get_cell(request, cell_id, edit=True)
    token = getattr(request, "api_token", None)
    if token is not None:
        limit = getattr(settings, "CHIBO_API_IMPORT_RATE_LIMIT", IMPORT_RATE_LIMIT)
        limits.check(f"{token.key_hash[:16]}:import", limit=limit)
    form = UploadForm({}, MultiValueDict({"file": list(file)}), cell=cell)
    if not form.is_valid():
        raise FormInvalid(form.errors)
    batch = keep_upload(form, cell=cell, by=request.user)
    if batch.is_reading or batch.is_failed:
        return Status(202, _status(request, batch))
    return Status(201, _out(request, PlanImport.objects.select_related("cell").get(pk=batch.pk)))


@router.get("/imports/{import_id}/status", response={200: ImportStatusOut, **READ},
            summary="Máy đã đọc bản quét, ảnh chụp đến đâu (trang 2/3…), hay không đọc được vì sao")  # fmt: skip
def import_status(request: HttpRequest, import_id: int) -> dict[str, Any]:
    return _status(request, _batch(request, import_id))


@router.post("/imports/{import_id}/retry", response={202: ImportStatusOut, **WRITE},
             summary="Cho máy đọc lại bản quét, ảnh chụp không đọc được")  # fmt: skip
def import_retry(request: HttpRequest, import_id: int) -> Status:
    batch = _batch(request, import_id)
    try:
        retry_reading(batch, by=request.user)
    except PlanImportError as error:
        raise HttpError(409, str(error)) from None
    return Status(202, _status(request, batch))


@router.get("/imports/{import_id}", response={200: ImportOut, **READ},
            summary="Một lần nhập: kế hoạch đọc được, những ô cần kiểm tra, trạng thái")  # fmt: skip
def import_detail(request: HttpRequest, import_id: int) -> dict[str, Any]:
    return _out(request, _batch(request, import_id))


@router.get("/imports/{import_id}/pages/{number}", response={200: None, **READ},
            summary="Ảnh một trang của bản quét hoặc ảnh chụp (PNG)")  # fmt: skip
def import_page(request: HttpRequest, import_id: int, number: int) -> HttpResponse:
    batch = _batch(request, import_id)
    page = PlanImportPage.objects.filter(batch=batch, number=number).first()
    if page is None or not page.image:
        raise Http404("Không có ảnh trang này.")
    with page.image.open("rb") as handle:
        return HttpResponse(handle.read(), content_type="image/png")


@router.post("/imports/{import_id}/confirm", response={201: ConfirmedOut, **WRITE},
             summary="Xác nhận (kèm chỗ sửa nếu có): lưu thành dự thảo kế hoạch")  # fmt: skip
def import_confirm(request: HttpRequest, import_id: int, payload: ConfirmIn) -> Status:
    batch = _batch(request, import_id)
    if not batch.is_pending:
        raise HttpError(409, _done_message(batch))
    members = _members(batch)
    plan = initial_plan(batch)
    if payload.plan is not None:
        plan |= payload.plan.model_dump(exclude_unset=True)
    if payload.topics is not None:
        topics = [_topic_in(t.model_dump()) for t in payload.topics]
    else:
        topics = topics_initial(batch.parsed, members)[0]
    if payload.targets is not None:
        targets = [t.model_dump() for t in payload.targets]
    else:
        targets = targets_initial(batch.parsed)
    forms = review_forms(batch, review_data(plan, topics, targets))
    if not forms.is_valid():
        raise FormInvalid(forms.errors())  # type: ignore[arg-type]
    try:
        saved = forms.confirm(request.user, version=payload.version)
    except PlanImportError as error:
        raise HttpError(409, str(error)) from None
    except (PlanError, MemberError) as error:
        raise HttpError(400, str(error)) from None
    except ValidationError as error:
        raise HttpError(400, " ".join(error.messages)) from None
    return Status(201, {"import_id": batch.pk, "plan_id": saved.pk, "status": "confirmed"})


@router.post("/imports/{import_id}/discard", response={200: ImportOut, **WRITE},
             summary="Hủy lần nhập: không lưu gì, xóa ảnh trang")  # fmt: skip
def import_discard(request: HttpRequest, import_id: int) -> dict[str, Any]:
    batch = _batch(request, import_id)
    try:
        batch.discard(by=request.user)
    except PlanImportError as error:
        raise HttpError(409, str(error)) from None
    return _out(request, batch)


def _topic_in(row: dict[str, Any]) -> dict[str, Any]:
    return {
        **{k: v for k, v in row.items() if k != "preparer_ids"},
        "preparers": row["preparer_ids"],
    }


def _done_message(batch: PlanImport) -> str:
    if batch.is_reading:
        return "Máy đang đọc ảnh của lần nhập này; chờ đọc xong (xem status) rồi lưu."
    if batch.is_failed:
        return "Lần nhập này chưa đọc được ảnh nên chưa có gì để lưu: đọc lại (retry) hoặc hủy."
    if batch.status == PlanImport.Status.CONFIRMED:
        return "Tệp này đã được lưu thành kế hoạch rồi; không lưu lần nữa."
    return "Lần nhập này đã bị hủy. Hãy tải tệp lên lại."
