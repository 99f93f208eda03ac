"""Download an issued document; list a cell's number register."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET

from chibo.documents.models import CONTENT_TYPES, DocumentError, IssuedDocument
from chibo.members.access import get_cell

REGISTER_LIMIT = 500


def _get_document_for_reader(request: HttpRequest, pk: int) -> IssuedDocument:
    """The document if the user may read its cell; 404 otherwise (get_cell decides)."""
    document = get_object_or_404(IssuedDocument.objects.select_related("cell"), pk=pk)
    get_cell(request, document.cell_id)
    return document


@login_required
@require_GET
def download(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in CONTENT_TYPES:
        raise Http404("Không có định dạng này.")
    document = _get_document_for_reader(request, pk)
    try:
        filename, content_type, data = document.open_file(fmt)
    except DocumentError as exc:
        context = {"document": document, "cell": document.cell, "reason": str(exc), "fmt": fmt}
        return render(request, "documents/unavailable.html", context, status=404)
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_GET
def view_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The PDF opened in the browser (a phone shows it at once), not saved as a file."""
    document = _get_document_for_reader(request, pk)
    try:
        filename, content_type, data = document.open_file("pdf")
    except DocumentError as exc:
        context = {"document": document, "cell": document.cell, "reason": str(exc), "fmt": "pdf"}
        return render(request, "documents/unavailable.html", context, status=404)
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(False, filename) or "inline"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_GET
def preview(request: HttpRequest, pk: int) -> HttpResponse:
    """A PNG of the first page (made once from the stored PDF, then kept)."""
    from .previews import first_page_png

    document = _get_document_for_reader(request, pk)
    try:
        png = first_page_png(document)
    except DocumentError as exc:
        raise Http404(str(exc)) from exc
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = "private, max-age=86400"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_GET
def register(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk)
    documents = (
        IssuedDocument.objects.for_cell(cell)
        .select_related("term", "issued_by__member")
        .order_by("-issued_on", "type_code", "-number")[:REGISTER_LIMIT]
    )
    return render(request, "documents/register.html", {"cell": cell, "documents": documents})
