from __future__ import annotations

from itertools import groupby
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_http_methods, require_POST

from chibo.lib.http import posted_version
from chibo.members.access import get_cell, viewer_for

from .access import can_issue, can_see_drafts, get_plan
from .checks import plan_findings, year_warning
from .forms import NewPlanForm, PlanForm, SectionFormSet, TargetForm, TopicForm, sections_from
from .models import Plan, PlanError

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@login_required
def plan_list(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk)
    plans = Plan.objects.for_cell(cell).select_related("issued_document", "revision_of")
    if not can_see_drafts(request, cell.pk):
        plans = plans.issued()
    years = [
        (year, list(group))
        for year, group in groupby(plans.order_by("-year", "kind", "-pk"), key=lambda p: p.year)
    ]
    return render(request, "plans/plan_list.html", {
        "cell": cell, "years": years, "can_edit": viewer_for(request).can_edit_cell(cell),
    })  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def plan_create(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    form = NewPlanForm(
        request.POST or None,
        cell=cell,
        initial={"kind": request.GET.get("kind", Plan.Kind.THEMATIC)},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        year, kind = data["year"], data["kind"]
        try:
            if data["start"] == "template":
                plan = Plan.from_template(cell=cell, year=year, kind=kind, by=request.user)
            elif data["start"] == "copy":
                plan = data["source"].copy_to_year(year, by=request.user)
            else:
                title = (
                    "Tổ chức sinh hoạt chuyên đề năm"
                    if kind == Plan.Kind.THEMATIC
                    else "Hoạt động của chi bộ năm"
                )
                plan = Plan.create(
                    cell=cell, by=request.user, year=year, kind=kind, title=f"{title} {year}"
                )
        except PlanError as error:
            form.add_error(None, str(error))
        else:
            warning = year_warning(year)
            if warning:
                messages.warning(request, warning.message)
            messages.success(request, "Đã tạo dự thảo kế hoạch.")
            return redirect("plans:detail", pk=plan.pk)
    return render(request, "plans/plan_create.html", {"cell": cell, "form": form})


def detail_context(request: HttpRequest, plan: Plan) -> dict[str, Any]:
    from chibo.documents.party import render_html

    from .documents import plan_document
    from .originals import originals_of

    prefetch_related_objects([plan], "topics__preparers", "targets")
    number = plan.number_text
    can_edit = plan.is_draft and viewer_for(request).can_edit_cell(plan.cell)
    return {
        "plan": plan, "cell": plan.cell, "topics": list(plan.topics.all()), "targets": list(plan.targets.all()),
        "findings": plan_findings(plan), "preview": render_html(plan_document(plan, number)),
        "can_edit": can_edit, "can_issue": plan.is_draft and can_issue(request, plan.cell_id),
        "can_revise": plan.status == Plan.Status.ISSUED and viewer_for(request).can_edit_cell(plan.cell),
        "originals": originals_of(plan),
    }  # fmt: skip


@login_required
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_plan(request, pk)
    context = detail_context(request, plan)
    revisions = plan.revisions.all()
    if not can_see_drafts(request, plan.cell_id):
        revisions = revisions.issued()
    context["revisions"] = list(revisions)
    return render(request, "plans/plan_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def plan_edit(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_plan(request, pk, edit=True)
    if not plan.is_draft:
        messages.error(
            request, "Kế hoạch đã ban hành nên không sửa được nữa; hãy tạo bản điều chỉnh."
        )
        return redirect("plans:detail", pk=plan.pk)
    version = plan.version
    form = PlanForm(request.POST or None, instance=Plan.objects.get(pk=plan.pk))
    sections = SectionFormSet(request.POST or None, prefix="s", initial=plan.sections)
    if request.method == "POST":
        version = posted_version(request)
        if form.is_valid() and sections.is_valid():
            try:
                plan.update(by=request.user, expected_version=version, sections=sections_from(sections),
                            **form.cleaned_data)  # fmt: skip
            except PlanError as error:
                form.add_error(None, str(error))
            except ValidationError as error:
                form.add_error(None, "; ".join(error.messages))
            else:
                messages.success(request, "Đã lưu kế hoạch.")
                return redirect("plans:detail", pk=plan.pk)
    return render(request, "plans/plan_edit.html", {
        "plan": plan, "cell": plan.cell, "form": form, "sections": sections, "version": version,
    })  # fmt: skip


@login_required
@require_POST
def plan_issue(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_plan(request, pk, issue=True)
    if not request.POST.get("confirm"):
        messages.error(request, "Hãy đánh dấu ô xác nhận trước khi ban hành.")
        return redirect("plans:detail", pk=plan.pk)
    try:
        document = plan.issue(by=request.user)
    except PlanError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Đã ban hành kế hoạch, {document.number_text}.")
        if document.pdf_error:
            messages.warning(request, document.pdf_error)
    return redirect("plans:detail", pk=plan.pk)


@login_required
@require_POST
def plan_revise(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_plan(request, pk, edit=True)
    try:
        revision = plan.revise(by=request.user)
    except PlanError as error:
        messages.error(request, str(error))
        return redirect("plans:detail", pk=plan.pk)
    messages.success(
        request,
        "Đã tạo bản điều chỉnh (dự thảo). Kế hoạch cũ còn hiệu lực đến khi bản này được ban hành.",
    )
    return redirect("plans:detail", pk=revision.pk)


@login_required
@require_POST
def plan_delete(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_plan(request, pk, edit=True)
    cell_pk = plan.cell_id
    if not request.POST.get("confirm"):
        messages.error(request, "Hãy đánh dấu ô xác nhận trước khi xóa.")
        return redirect("plans:detail", pk=plan.pk)
    try:
        plan.delete_draft(by=request.user)
    except PlanError as error:
        messages.error(request, str(error))
        return redirect("plans:detail", pk=plan.pk)
    messages.success(request, "Đã xóa dự thảo kế hoạch.")
    return redirect("plans:list", cell_pk=cell_pk)


@login_required
def plan_draft_docx(request: HttpRequest, pk: int) -> HttpResponse:
    """A draft rendered on the fly (marked DỰ THẢO, no number). Issued plans download the stored file."""
    from chibo.documents.party import render_docx

    from .documents import plan_document

    plan = get_plan(request, pk)
    if not plan.is_draft and plan.issued_document_id:
        return redirect("documents:download", pk=plan.issued_document_id, fmt="docx")
    response = HttpResponse(render_docx(plan_document(plan)), content_type=DOCX)
    response["Content-Disposition"] = (
        f'attachment; filename="du-thao-ke-hoach-{plan.year}-{plan.pk}.docx"'
    )
    return response


# -- topics and targets, edited inline with htmx --------------------------------------------

PARTS: dict[str, dict[str, Any]] = {
    "topic": {"form": TopicForm, "related": "topics", "partial": "topics", "add": "add_topic",
              "label": "chuyên đề"},
    "target": {"form": TargetForm, "related": "targets", "partial": "targets", "add": "add_target",
               "label": "chỉ tiêu"},
}  # fmt: skip


def _part_form(kind: str, plan: Plan, data: Any = None, instance: Any = None) -> Any:
    extra = {"cell": plan.cell} if kind == "topic" else {"plan": plan}
    return PARTS[kind]["form"](data, instance=instance, **extra)


def _render_part_form(request: HttpRequest, kind: str, plan: Plan, form: Any, part: Any, version: int | None,
                      status: int = 200) -> HttpResponse:  # fmt: skip
    context = {"plan": plan, "cell": plan.cell, "form": form, "part": part, "kind": kind, "version": version,
               "label": PARTS[kind]["label"]}  # fmt: skip
    is_htmx = bool(request.headers.get("HX-Request"))
    template = "plans/part_form.html#form" if is_htmx else "plans/part_form.html"
    response = render(request, template, context, status=status)
    if is_htmx and request.method == "POST":
        response["HX-Retarget"] = f"#{kind}-{part.pk if part else 'new'}"
        response["HX-Reswap"] = "outerHTML"
    return response


def _after_change(request: HttpRequest, kind: str, plan: Plan) -> HttpResponse:
    if not request.headers.get("HX-Request"):
        return redirect("plans:detail", pk=plan.pk)
    plan = get_plan(request, plan.pk)
    context = detail_context(request, plan) | {"oob": True}
    html = render_to_string(
        f"plans/plan_detail.html#{PARTS[kind]['partial']}", context, request=request
    )
    html += render_to_string("plans/plan_detail.html#live", context, request=request)
    return HttpResponse(html)


def _cleaned(form: Any, kind: str) -> dict[str, Any]:
    data = dict(form.cleaned_data)
    if not data.get("order"):
        data.pop("order", None)
    return data


@login_required
@require_http_methods(["GET", "POST"])
def part_new(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    plan = get_plan(request, pk, edit=True)
    if not plan.is_draft:
        messages.error(
            request, "Kế hoạch đã ban hành nên không sửa được nữa; hãy tạo bản điều chỉnh."
        )
        return redirect("plans:detail", pk=plan.pk)
    form = _part_form(kind, plan, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            getattr(plan, PARTS[kind]["add"])(by=request.user, **_cleaned(form, kind))
        except PlanError as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            form.add_error(None, "; ".join(error.messages))
        else:
            return _after_change(request, kind, plan)
    return _render_part_form(request, kind, plan, form, None, None, status=200)


@login_required
@require_http_methods(["GET", "POST"])
def part_edit(request: HttpRequest, pk: int, kind: str, part_pk: int) -> HttpResponse:
    plan = get_plan(request, pk, edit=True)
    part = _get_part(plan, kind, part_pk)
    if not plan.is_draft:
        messages.error(
            request, "Kế hoạch đã ban hành nên không sửa được nữa; hãy tạo bản điều chỉnh."
        )
        return redirect("plans:detail", pk=plan.pk)
    version = part.version
    form = _part_form(kind, plan, request.POST or None, instance=type(part).objects.get(pk=part.pk))
    if request.method == "POST":
        version = posted_version(request)
        if form.is_valid():
            try:
                part.update(by=request.user, expected_version=version, **_cleaned(form, kind))
            except PlanError as error:
                form.add_error(None, str(error))
            except ValidationError as error:
                form.add_error(None, "; ".join(error.messages))
            else:
                return _after_change(request, kind, plan)
    return _render_part_form(request, kind, plan, form, part, version)


@login_required
@require_POST
def part_delete(request: HttpRequest, pk: int, kind: str, part_pk: int) -> HttpResponse:
    plan = get_plan(request, pk, edit=True)
    part = _get_part(plan, kind, part_pk)
    try:
        part.delete_by(by=request.user)
    except PlanError as error:
        messages.error(request, str(error))
        return redirect("plans:detail", pk=plan.pk)
    return _after_change(request, kind, plan)


def _get_part(plan: Plan, kind: str, part_pk: int) -> Any:
    from django.http import Http404

    part = getattr(plan, PARTS[kind]["related"]).filter(pk=part_pk).first()
    if part is None:
        raise Http404("Không tìm thấy mục này trong kế hoạch.")
    return part
