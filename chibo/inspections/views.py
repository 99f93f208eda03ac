"""The cell's programme and cases. Thin views: access helper, form, one model verb, redirect."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from chibo.members.access import get_cell, viewer_for
from chibo.rules import inspection as rules
from chibo.rules import votes as vote_rules

from .forms import (
    AdoptForm,
    CaseForm,
    DisciplineForm,
    IssueForm,
    ItemForm,
    ProgrammeForm,
    ProposeForm,
    TextStepForm,
)
from .models import Case, InspectionError, Item, Programme


def _version(request: HttpRequest) -> int | None:
    value = request.POST.get("version", "")
    return int(value) if value.isdigit() else None


def _programme(request: HttpRequest, pk: int, *, edit: bool = False) -> Programme:
    programme = get_object_or_404(
        Programme.objects.select_related("cell", "cell__committee", "document"), pk=pk
    )
    get_cell(request, programme.cell_id, edit=edit)
    return programme


def _case(request: HttpRequest, pk: int, *, edit: bool = False) -> Case:
    case = get_object_or_404(
        Case.objects.select_related(
            "cell", "cell__committee", "subject_member", "document", "item__programme"
        ),
        pk=pk,
    )
    get_cell(request, case.cell_id, edit=edit)
    return case


@login_required
def overview(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk)
    today = timezone.localdate()
    cases = list(
        Case.objects.filter(cell=cell)
        .select_related("subject_member")
        .order_by("-opened_on", "-pk")
    )
    return render(request, "inspections/overview.html", {
        "cell": cell, "today": today, "programmes": Programme.objects.filter(cell=cell).select_related("document"),
        "open_cases": [c for c in cases if c.is_open], "closed_cases": [c for c in cases if not c.is_open],
        "can_edit": viewer_for(request).can_edit_cell(cell), "duty": rules.SOURCE_DUTY.full,
        "regulation": rules.SOURCE_REGULATION.full, "guide": rules.SOURCE_GUIDE,
    })  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def programme_create(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    form = ProgrammeForm(request.POST or None, initial={"year": timezone.localdate().year})
    if request.method == "POST" and form.is_valid():
        try:
            programme = Programme.create(cell=cell, by=request.user, **form.cleaned_data)
        except InspectionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Đã lập {programme}.")
            return redirect("inspections:programme", pk=programme.pk)
    return render(request, "inspections/form.html", {"form": form, "cell": cell, "title": "Lập kế hoạch kiểm tra, "
                                                     "giám sát", "back": ("inspections:list", cell.pk)})  # fmt: skip


@login_required
def programme_detail(request: HttpRequest, pk: int) -> HttpResponse:
    programme = _programme(request, pk)
    can_edit = viewer_for(request).can_edit_cell(programme.cell)
    items = programme.items.select_related("subject_member").prefetch_related("performers", "cases")
    return render(request, "inspections/programme.html", {
        "programme": programme, "cell": programme.cell, "items": items, "can_edit": can_edit,
        "item_form": ItemForm(cell=programme.cell) if can_edit and not programme.issued else None,
        "issue_form": IssueForm() if can_edit and not programme.issued else None,
        "source": rules.SOURCE_PROGRAMME.full,
    })  # fmt: skip


@login_required
@require_POST
def item_add(request: HttpRequest, pk: int) -> HttpResponse:
    programme = _programme(request, pk, edit=True)
    form = ItemForm(request.POST, cell=programme.cell)
    if form.is_valid():
        data = dict(form.cleaned_data)
        performers = list(data.pop("performers"))
        try:
            programme.add_item(
                by=request.user, expected_version=_version(request), performers=performers, **data
            )
        except InspectionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, "Đã thêm nội dung vào kế hoạch.")
    else:
        messages.error(request, _form_errors(form))
    return redirect("inspections:programme", pk=programme.pk)


@login_required
@require_POST
def programme_issue(request: HttpRequest, pk: int) -> HttpResponse:
    programme = _programme(request, pk, edit=True)
    form = IssueForm(request.POST)
    if form.is_valid():
        try:
            doc = programme.issue(
                by=request.user, on=form.cleaned_data["on"], expected_version=_version(request)
            )
        except InspectionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"Đã ban hành kế hoạch, số {doc.number_text}.")
    else:
        messages.error(request, _form_errors(form))
    return redirect("inspections:programme", pk=programme.pk)


@login_required
@require_http_methods(["GET", "POST"])
def case_create(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=True)
    item = None
    item_pk = request.GET.get("item") or request.POST.get("item")
    if item_pk:
        if not str(item_pk).isdigit():
            raise Http404("Không tìm thấy nội dung kế hoạch.")
        item = get_object_or_404(Item.objects.select_related("programme", "subject_member"), pk=item_pk,
                                 programme__cell=cell)  # fmt: skip
    today = timezone.localdate()
    initial: dict[str, Any] = {"opened_on": today}
    if item:
        initial.update(kind=item.kind, mode=item.mode, subject_kind=item.subject_kind, subject_member=item.subject_member,
                       subject_org=item.subject_org, title=item.content, due_on=item.ends_on)  # fmt: skip
    form = CaseForm(request.POST or None, cell=cell, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            case = Case.open_case(cell=cell, by=request.user, item=item, **data)
        except InspectionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Đã mở cuộc kiểm tra, giám sát.")
            return redirect("inspections:case", pk=case.pk)
    return render(request, "inspections/form.html", {"form": form, "cell": cell, "item": item,
                                                     "title": "Mở cuộc kiểm tra, giám sát",
                                                     "back": ("inspections:list", cell.pk)})  # fmt: skip


@login_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk)
    can_edit = viewer_for(request).can_edit_cell(case.cell)
    forms: dict[str, Any] = {}
    if can_edit:
        forms = {"findings": TextStepForm(initial={"text": case.findings}, prefix="findings"),
                 "explanation": TextStepForm(initial={"text": case.explanation}, prefix="explanation"),
                 "propose": ProposeForm(initial={"text": case.conclusion}), "adopt": AdoptForm(cell=case.cell),
                 "issue": IssueForm(), "close": IssueForm(prefix="close"), "discipline": DisciplineForm(cell=case.cell)}  # fmt: skip
    return render(request, "inspections/case.html", {
        "case": case, "cell": case.cell, "can_edit": can_edit, "forms": forms, "today": timezone.localdate(),
        "disciplines": case.disciplines.select_related("member"), "vote_rule": vote_rules.rule_text(rules.CONCLUSION_VOTE_KIND),
        "sources": {"explanation": rules.SOURCE_EXPLANATION.full, "conclusion": rules.SOURCE_CONCLUSION.full,
                    "authority": rules.SOURCE_CELL_AUTHORITY.full, "due": case.due_source},
    })  # fmt: skip


VERBS = {
    "findings": "Đã ghi kết quả thẩm tra, xác minh.",
    "explanation": "Đã ghi giải trình của đảng viên.",
    "propose": "Đã lưu dự thảo kết luận.",
    "adopt": "Chi bộ đã thông qua kết luận.",
    "issue": "Đã ban hành thông báo kết luận.",
    "close": "Đã kết thúc cuộc kiểm tra, giám sát.",
    "discipline": "Đã ghi quyết định kỷ luật của tổ chức có thẩm quyền.",
}


@login_required
@require_POST
def case_verb(request: HttpRequest, pk: int, verb: str) -> HttpResponse:
    case = _case(request, pk, edit=True)
    if verb not in VERBS:
        raise Http404("Không có thao tác này.")
    version = _version(request)
    form: Any
    try:
        if verb in ("findings", "explanation"):
            form = TextStepForm(request.POST, prefix=verb)
            if form.is_valid():
                method = case.record_findings if verb == "findings" else case.record_explanation
                method(by=request.user, text=form.cleaned_data["text"], on=form.cleaned_data["on"],
                       expected_version=version)  # fmt: skip
        elif verb == "propose":
            form = ProposeForm(request.POST)
            if form.is_valid():
                case.propose(
                    by=request.user, text=form.cleaned_data["text"], expected_version=version
                )
        elif verb == "adopt":
            form = AdoptForm(request.POST, cell=case.cell)
            if form.is_valid():
                d = form.cleaned_data
                case.adopt(by=request.user, on=d["on"], votes_for=d["votes_for"], votes_against=d["votes_against"],
                           votes_abstain=d["votes_abstain"] or 0, excluded=d["excluded"] or 0,
                           meeting_vote=d["meeting_vote"], expected_version=version)  # fmt: skip
        elif verb in ("issue", "close"):
            form = IssueForm(request.POST, prefix="close" if verb == "close" else None)
            if form.is_valid():
                if verb == "issue":
                    case.issue_conclusion(
                        by=request.user, on=form.cleaned_data["on"], expected_version=version
                    )
                else:
                    case.close(
                        by=request.user, on=form.cleaned_data["on"], expected_version=version
                    )
        else:
            form = DisciplineForm(request.POST, cell=case.cell)
            if form.is_valid():
                case.record_discipline(by=request.user, votes_abstain=0, **form.cleaned_data)
    except InspectionError as error:
        messages.error(request, str(error))
        return redirect("inspections:case", pk=case.pk)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
    else:
        messages.success(request, VERBS[verb])
    return redirect("inspections:case", pk=case.pk)


def _form_errors(form: Any) -> str:
    parts = [str(e) for e in form.non_field_errors()]
    parts += [
        f"{form.fields[name].label}: {' '.join(errors)}"
        for name, errors in form.errors.items()
        if name != "__all__"
    ]
    return "Chưa lưu được. " + "; ".join(parts)
