"""Upload a plan file, review what was read beside the source text, confirm to save a draft plan."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from chibo.members.access import get_cell
from chibo.members.models import MemberError
from chibo.organizations.models import Cell
from chibo.plans.access import get_plan
from chibo.plans.models import PlanError

from .forms import UploadForm, page_order, review_forms
from .models import PlanImport, PlanImportError, PlanImportPage, StaleReview
from .review import (
    cell_note,
    doubt_links,
    highlight,
    ocr_doubts,
    order_rows,
    page_boxes,
    plan_hints,
    tie_doubts,
)
from .services import keep_upload, open_imports, reading_state, reorder_pages, retry_reading


@login_required
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest, cell_pk: int) -> HttpResponse:
    """A typed file is read here and reviewed next; a scan or photos are stored and read in the
    task worker while the import's page says how far it got (no OCR in this request)."""
    cell = get_cell(request, cell_pk, edit=True)
    form = UploadForm(request.POST or None, request.FILES or None, cell=cell)
    if request.method == "POST" and form.is_valid():
        batch = keep_upload(form, cell=cell, by=request.user)
        if form.existing is not None:
            messages.info(request, "Tệp này vừa được tải lên; đây là lần nhập đó, không đọc lại.")
        return redirect("importer:review", cell_pk=cell.pk, pk=batch.pk)
    return render(request, "importer/upload.html", {
        "cell": cell, "form": form, "open_imports": open_imports(cell),
    })  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, cell_pk: int, pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    batch = _get_import(cell, pk)
    if batch.is_reading or batch.is_failed:
        return render(request, "importer/reading.html", {
            "cell": cell, "batch": batch, "state": reading_state(batch),
        })  # fmt: skip
    if not batch.is_pending:
        return _already_done(request, batch)
    data = request.POST if request.method == "POST" else None
    forms = review_forms(batch, data)
    doubts = ocr_doubts(batch.parsed, batch.uncertain, batch.source_text, scan=batch.is_scan)
    pages = page_boxes(list(batch.pages.all()), batch.uncertain) if batch.is_scan else []
    tie_doubts(doubts, pages)
    for topic_form, hints, marks in zip(
        forms.topics.forms, forms.topic_hints, doubts["topics"], strict=False
    ):
        topic_form.hints = hints | {"doubt": marks}
    if data is not None and forms.is_valid():
        try:
            plan = forms.confirm(request.user, version=_version(data))
        except StaleReview as error:
            messages.error(request, str(error))
            return redirect("importer:review", cell_pk=cell.pk, pk=batch.pk)
        except PlanImportError as error:
            messages.error(request, str(error))
            return redirect("importer:upload", cell_pk=cell.pk)
        except (PlanError, MemberError) as error:
            forms.form.add_error(None, str(error))
        except ValidationError as error:
            forms.form.add_error(None, " ".join(error.messages))
        else:
            messages.success(
                request,
                f"Đã lưu dự thảo kế hoạch từ tệp {batch.filename}. Xem lại rồi bấm “Ban hành”.",
            )
            return redirect("plans:detail", pk=plan.pk)
    return render(request, "importer/review.html", {
        "cell": cell, "batch": batch, "form": forms.form, "topics": forms.topics,
        "targets": forms.targets, "plan_hints": plan_hints(batch.parsed),
        "warnings": batch.parsed.get("warnings", []), "parsed": batch.parsed,
        "submitted": data is not None, "doubts": doubts, "pages": pages,
        "boxed": sum(len(entry["boxes"]) for entry in pages), "doubt_links": doubt_links(doubts),
        "source_html": highlight(batch.source_text, batch.uncertain, scan=batch.is_scan),
        "cell_note": cell_note(batch.parsed, cell.name),
        "order_rows": order_rows(pages) if _reorderable(batch, pages) else [],
        "order_open": request.GET.get("pages") == "1",
    })  # fmt: skip


def _reorderable(batch: PlanImport, pages: list[dict[str, Any]]) -> bool:
    """Two pages or more, each with its text kept (read in the worker): they can be reordered."""
    return batch.can_reorder and len(pages) > 1 and all(e["page"].blocks for e in pages)


def _version(data: Any) -> int | None:
    try:
        return int(data.get("import_version", ""))
    except ValueError:
        return None


@login_required
@require_POST
def reorder(request: HttpRequest, cell_pk: int, pk: int) -> HttpResponse:
    """Move a page up or down, or give each page its place: the plan is read again from the
    pages' stored text (no new OCR); refused if someone else reordered meanwhile."""
    cell = get_cell(request, cell_pk, edit=True)
    batch = _get_import(cell, pk)
    numbers = list(batch.pages.order_by("number").values_list("number", flat=True))
    try:
        order = page_order(request.POST, numbers)
        version = _version(request.POST)
        if version is None:
            raise PlanImportError("Thiếu phiên bản của trang xem lại; hãy tải lại trang.")
        reorder_pages(batch, order, version=version, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    except PlanImportError as error:
        messages.error(request, str(error))
    else:
        if order != numbers:
            messages.success(
                request, "Đã sắp lại thứ tự trang và đọc lại kế hoạch theo thứ tự mới."
            )
    return redirect(reverse("importer:review", args=[cell.pk, batch.pk]) + "?pages=1#page-order")


@login_required
@require_http_methods(["GET", "HEAD"])
def page_image(request: HttpRequest, cell_pk: int, pk: int, number: int) -> FileResponse:
    """One page image of a scan or photo: only the cell's chi ủy, who review its imports."""
    cell = get_cell(request, cell_pk, edit=True)
    page = PlanImportPage.objects.filter(batch__cell=cell, batch_id=pk, number=number).first()
    if page is None or not page.image:
        raise Http404("Không có ảnh trang này.")
    try:
        handle = page.image.open("rb")
    except FileNotFoundError as error:
        raise Http404("Không có ảnh trang này.") from error
    response = FileResponse(handle, content_type="image/png")
    response["Cache-Control"] = "private, max-age=3600"
    return response


@login_required
@require_http_methods(["GET", "HEAD"])
def status(request: HttpRequest, cell_pk: int, pk: int) -> JsonResponse:
    """How far the reading of a scan got, for the waiting page's poll (reading.js)."""
    cell = get_cell(request, cell_pk, edit=True)
    batch = get_object_or_404(PlanImport, pk=pk, cell=cell)
    state = reading_state(batch)
    state["next"] = reverse("importer:review", args=[cell.pk, batch.pk])
    response = JsonResponse(state, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def retry(request: HttpRequest, cell_pk: int, pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    batch = _get_import(cell, pk)
    try:
        retry_reading(batch, by=request.user)
    except PlanImportError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Đã cho máy đọc lại ảnh.")
    return redirect("importer:review", cell_pk=cell.pk, pk=batch.pk)


@login_required
@require_http_methods(["GET", "HEAD"])
def original(request: HttpRequest, plan_pk: int, number: int) -> FileResponse:
    """A page of the scan or photos a plan was made from: whoever may read the plan (the
    cell's members, the committee above once issued); 404 otherwise."""
    plan = get_plan(request, plan_pk)
    page = PlanImportPage.objects.filter(
        batch__plan=plan, batch__status=PlanImport.Status.CONFIRMED, number=number
    ).first()
    if page is None or not page.image:
        raise Http404("Không có ảnh trang này.")
    try:
        handle = page.image.open("rb")
    except FileNotFoundError as error:
        raise Http404("Không có ảnh trang này.") from error
    response = FileResponse(handle, content_type="image/png")
    response["Cache-Control"] = "private, max-age=3600"
    return response


@login_required
@require_POST
def discard(request: HttpRequest, cell_pk: int, pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    batch = _get_import(cell, pk)
    try:
        batch.discard(by=request.user)
    except PlanImportError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Đã hủy lần nhập này; chưa có gì được lưu.")
    return redirect("importer:upload", cell_pk=cell.pk)


def _get_import(cell: Cell, pk: int) -> PlanImport:
    return get_object_or_404(
        PlanImport.objects.select_related("created_by", "cell"), pk=pk, cell=cell
    )


def _already_done(request: HttpRequest, batch: PlanImport) -> HttpResponse:
    if batch.status == PlanImport.Status.CONFIRMED and batch.plan_id:
        messages.info(request, "Tệp này đã được lưu thành kế hoạch.")
        return redirect("plans:detail", pk=batch.plan_id)
    messages.info(request, "Lần nhập này đã bị hủy. Hãy tải tệp lên lại.")
    return redirect("importer:upload", cell_pk=batch.cell_id)
