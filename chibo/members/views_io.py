"""Statistics, Excel export and Excel import of the member register."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from chibo.lib.vietnamese import fold
from chibo.members.access import get_cell
from chibo.organizations.models import Cell

from . import excel
from .forms import MemberFilterForm
from .forms_io import ImportDecisionForm, MemberImportForm
from .imports import start_import
from .models import Member, MemberError, MemberImport, MemberQuerySet
from .stats import member_statistics


def filtered_members(cell: Cell, form: MemberFilterForm) -> MemberQuerySet:
    """The cell's members as the list page filters them (q, status, role), Vietnamese order."""
    data: dict[str, Any] = form.cleaned_data if form.is_valid() else {}
    members = Member.objects.for_cell(cell)
    status = data.get("status", "")
    if status == "":
        members = members.current()
    elif status != "all":
        members = members.filter(status=status)
    if data.get("role"):
        members = members.filter(role=data["role"])
    return members.search(data.get("q", "")).vietnamese_order()


@login_required
def member_stats(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk)
    stats = member_statistics(cell)
    return render(request, "members/stats.html", {"cell": cell, "stats": stats})


@login_required
def export_members(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk)
    members = filtered_members(cell, MemberFilterForm(request.GET or None))
    return _download(*excel.members_workbook(cell, members))


@login_required
def export_stats(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk)
    return _download(*excel.stats_workbook(member_statistics(cell)))


@login_required
def import_template(request: HttpRequest, cell_pk: int) -> HttpResponse:
    get_cell(request, cell_pk, edit=True)
    return _download(*excel.import_template())


@login_required
@require_http_methods(["GET", "POST"])
def import_upload(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    form = MemberImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        batch = start_import(
            cell=cell, by=request.user, filename=upload.name or "", table=form.table
        )
        return redirect("members:import_preview", cell_pk=cell.pk, batch_pk=batch.pk)
    return render(request, "members/import_upload.html", {"cell": cell, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def import_preview(request: HttpRequest, cell_pk: int, batch_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    batch = get_object_or_404(MemberImport, pk=batch_pk, cell=cell)
    if request.method == "POST":
        form = ImportDecisionForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Thao tác không hợp lệ.")
            return redirect("members:import_preview", cell_pk=cell.pk, batch_pk=batch.pk)
        try:
            if form.cleaned_data["action"] == "commit":
                created = batch.commit(by=request.user)
                messages.success(
                    request, f"Đã nhập {len(created)} đảng viên từ tệp {batch.filename}."
                )
                return redirect("members:list", cell_pk=cell.pk)
            batch.discard(by=request.user)
            messages.success(request, "Đã hủy lần nhập này; danh sách đảng viên không thay đổi.")
            return redirect("members:import", cell_pk=cell.pk)
        except MemberError as error:
            messages.error(request, str(error))
            return redirect("members:import_preview", cell_pk=cell.pk, batch_pk=batch.pk)
    return render(request, "members/import_preview.html", {
        "cell": cell, "batch": batch, "rows": [_preview_row(row) for row in batch.rows],
    })  # fmt: skip


def _preview_row(row: dict[str, Any]) -> dict[str, Any]:
    """A stored row with its values as a reader sees them (labels, dd/mm/yyyy)."""
    fields = row["fields"]
    shown: dict[str, str] = {}
    for name, value in fields.items():
        model_field = Member._meta.get_field(name)
        choices = dict(getattr(model_field, "choices", None) or [])
        if name.endswith("_date") and value:
            year, month, day = value.split("-")
            shown[name] = f"{day}/{month}/{year}"
        elif choices and value:
            shown[name] = str(choices.get(value, value))
        else:
            shown[name] = value or ""
    return {"line": row["line"], "fields": shown, "errors": row["errors"]}


def _download(filename: str, content_type: str, content: bytes) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    # An ASCII name for old clients, the real one in UTF-8 for the rest (RFC 6266, RFC 5987).
    fallback = re.sub(r"[^a-z0-9.]+", "-", fold(filename)).strip("-") or "tep.xlsx"
    response["Content-Disposition"] = (
        f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"
    )
    return response
