"""Upload a plan file, review what was read beside the source text, confirm to save a draft plan."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from chibo.members.access import get_cell
from chibo.members.models import Member, MemberError
from chibo.organizations.models import Cell
from chibo.plans.defaults import template_fields
from chibo.plans.models import Plan, PlanError

from .forms import PlanReviewForm, TargetFormSet, TopicFormSet, UploadForm
from .models import PlanImport, PlanImportError
from .review import TARGET_FIELDS, plan_hints, plan_initial, targets_initial, topics_initial
from .services import confirm_import, start_import


@login_required
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        name = form.cleaned_data["file"].name or ""
        batch = start_import(cell=cell, by=request.user, filename=name, read=form.read)
        return redirect("importer:review", cell_pk=cell.pk, pk=batch.pk)
    return render(request, "importer/upload.html", {"cell": cell, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, cell_pk: int, pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    batch = _get_import(cell, pk)
    if not batch.is_pending:
        return _already_done(request, batch)
    members = list(Member.objects.for_cell(cell).current())
    topic_initial, topic_hints = topics_initial(batch.parsed, members)
    data = request.POST if request.method == "POST" else None
    year = batch.parsed.get("year") or timezone.localdate().year
    defaults = template_fields(cell, year, batch.parsed.get("kind") or Plan.Kind.THEMATIC)
    form = PlanReviewForm(data, initial=plan_initial(batch.parsed, defaults), prefix="plan")
    topics = TopicFormSet(data, initial=topic_initial, prefix="t", form_kwargs={"members": members})
    targets = TargetFormSet(data, initial=targets_initial(batch.parsed), prefix="g")
    for topic_form, hints in zip(topics.forms, topic_hints, strict=False):
        topic_form.hints = hints
    if data is not None and form.is_valid() and topics.is_valid() and targets.is_valid():
        try:
            plan = confirm_import(
                batch=batch, by=request.user, plan_fields=form.cleaned_data,
                topics=[f.topic_fields() for f in _kept(topics)],
                targets=[_target_fields(f.cleaned_data) for f in _kept(targets)],
            )  # fmt: skip
        except PlanImportError as error:
            messages.error(request, str(error))
            return redirect("importer:upload", cell_pk=cell.pk)
        except (PlanError, MemberError) as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            form.add_error(None, " ".join(error.messages))
        else:
            messages.success(
                request,
                f"Đã lưu dự thảo kế hoạch từ tệp {batch.filename}. Xem lại rồi bấm “Ban hành”.",
            )
            return redirect("plans:detail", pk=plan.pk)
    return render(request, "importer/review.html", {
        "cell": cell, "batch": batch, "form": form, "topics": topics, "targets": targets,
        "plan_hints": plan_hints(batch.parsed), "warnings": batch.parsed.get("warnings", []),
        "parsed": batch.parsed, "submitted": data is not None,
    })  # fmt: skip


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
    return get_object_or_404(PlanImport.objects.select_related("created_by"), pk=pk, cell=cell)


def _already_done(request: HttpRequest, batch: PlanImport) -> HttpResponse:
    if batch.status == PlanImport.Status.CONFIRMED and batch.plan_id:
        messages.info(request, "Tệp này đã được lưu thành kế hoạch.")
        return redirect("plans:detail", pk=batch.plan_id)
    messages.info(request, "Lần nhập này đã bị hủy. Hãy tải tệp lên lại.")
    return redirect("importer:upload", cell_pk=batch.cell_id)


def _kept(formset: Any) -> list[Any]:
    """The rows to save: not marked for deletion, and not an extra row left blank."""
    return [f for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]


def _target_fields(data: dict[str, Any]) -> dict[str, Any]:
    return {
        name: data[name].strip() if isinstance(data[name], str) else data[name]
        for name in TARGET_FIELDS
    }
