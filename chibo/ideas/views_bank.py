"""The idea bank: the school's list with its figures, registering, one idea's page and the
steps on it (the author's, colleagues', the council's, the principal's certificate)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chibo.lib.http import year_param
from chibo.members.access import viewer_for
from chibo.rules import initiatives as rules

from .access import get_idea, get_school, is_manager, my_staff, require_author
from .forms import (
    ApplyForm,
    AttachForm,
    CommentForm,
    DecideForm,
    IdeaForm,
    ScoreForm,
    SubmitForm,
    WithdrawForm,
)
from .models import Attachment, CouncilSeat, Idea, IdeaError, IdeaSettings, Score
from .stats import counted_ids, figures

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@login_required
@require_GET
def bank(request: HttpRequest, slug: str) -> HttpResponse:
    school = get_school(request, slug)
    year = year_param(request)
    status = request.GET.get("status", "")
    ideas = list(
        Idea.objects.for_school(school)
        .filter(year=year)
        .select_related("author")
        .annotate(support_count=Count("supports"))
        .order_by("-created_at", "-pk")
    )
    counted = counted_ids(ideas)
    shown = [i for i in ideas if i.status == status] if status in Idea.Status.values else ideas
    staff = my_staff(request, school)
    mine = [
        i for i in ideas if staff and i.author_id == staff.pk and i.status != Idea.Status.WITHDRAWN
    ]
    return render(request, "ideas/bank.html", {
        "school": school, "year": year, "ideas": shown, "counted": counted, "status": status,
        "statuses": Idea.Status.choices, "figures": figures([school], year), "staff": staff,
        "mine": len(mine), "quota": rules.COUNTED_PER_YEAR, "one_a_year": rules.ONE_A_YEAR,
        "manager": is_manager(request, school), "years": [year - 1, year, year + 1],
    })  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def new(request: HttpRequest, slug: str) -> HttpResponse:
    school = get_school(request, slug, staff=True)
    form = IdeaForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            idea = Idea.register(school=school, by=request.user, **data)
        except IdeaError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, "Đã đăng ký ý tưởng. Khi bắt đầu áp dụng, hãy ghi ngày áp dụng."
            )
            return redirect("ideas:detail", pk=idea.pk)
    return render(request, "ideas/idea_form.html", {"school": school, "form": form, "idea": None,
                                                    "one_a_year": rules.ONE_A_YEAR})  # fmt: skip


def _detail_context(request: HttpRequest, idea: Idea, **forms: Any) -> dict[str, Any]:
    school = idea.school
    staff = my_staff(request, school)
    options = IdeaSettings.for_school(school)
    seat = (
        CouncilSeat.objects.filter(school=school, year=idea.year, staff=staff).first()
        if staff
        else None
    )
    on_council = seat is not None or is_manager(request, school)
    means, total, count = idea.averages()
    scores = list(idea.scores.select_related("staff")) if on_council else []
    my_score = next((s for s in scores if staff and s.staff_id == staff.pk), None)
    if seat and my_score is None:
        my_score = Score.objects.filter(idea=idea, staff=staff).first()
    supporters = list(idea.supports.select_related("staff").order_by("created_at"))
    viewer = viewer_for(request)
    return {
        "idea": idea, "school": school, "staff": staff, "options": options,
        "is_author": bool(staff and staff.pk == idea.author_id), "seat": seat, "on_council": on_council,
        "is_chair": bool(seat and seat.post == CouncilSeat.Post.CHAIR), "manager": is_manager(request, school),
        "supporters": supporters, "supported": any(s.staff_id == getattr(staff, "pk", None) for s in supporters),
        "comments": list(idea.comments.select_related("author")),
        "attachments": list(idea.attachments.all()), "scores": scores, "my_score": my_score,
        "means": [(c, round(means[c.code], 1), options.max_points[c.code]) for c in rules.CRITERIA],
        "mean_total": round(total, 1), "score_count": count,
        "missing": idea.missing_scorers() if idea.status == Idea.Status.SUBMITTED and on_council else [],
        "counted": idea.pk in counted_ids(Idea.objects.filter(author_id=idea.author_id, year=idea.year)),
        "commitments": list(idea.commitments.select_related("member")) if viewer.can_read_cell(school.cell) else [],
        "definition": rules.DEFINITION, "title_use": rules.TITLE_USE,
        "apply_form": forms.get("apply_form") or ApplyForm(),
        "submit_form": forms.get("submit_form") or SubmitForm(initial={"write_up": idea.write_up}),
        "withdraw_form": WithdrawForm(), "comment_form": forms.get("comment_form") or CommentForm(),
        "attach_form": forms.get("attach_form") or AttachForm(),
        "score_form": forms.get("score_form") or ScoreForm(options=options, initial={
            "novelty": my_score.novelty, "applied": my_score.applied, "benefit": my_score.benefit,
            "comment": my_score.comment} if my_score else None),
        "decide_form": forms.get("decide_form") or DecideForm(),
    }  # fmt: skip


@login_required
@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    idea = get_idea(request, pk)
    return render(request, "ideas/idea_detail.html", _detail_context(request, idea))


def _again(request: HttpRequest, idea: Idea, form_name: str, form: Any) -> HttpResponse:
    """The page again, with the refused form and why (at the top: the form may be hidden in the
    idea's current state)."""
    context = _detail_context(request, idea, **{form_name: form})
    context["step_errors"] = [str(e) for errors in form.errors.values() for e in errors]
    return render(request, "ideas/idea_detail.html", context, status=400)


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    idea = get_idea(request, pk)
    require_author(request, idea)
    form = IdeaForm(request.POST or None, instance=Idea.objects.get(pk=idea.pk), editing=True)
    if request.method == "POST" and form.is_valid():
        try:
            idea.edit(by=request.user, **{name: form.cleaned_data[name] for name in Idea.FIELDS})
        except IdeaError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Đã lưu ý tưởng.")
            return redirect("ideas:detail", pk=idea.pk)
    return render(request, "ideas/idea_form.html", {"school": idea.school, "form": form, "idea": idea,
                                                    "one_a_year": rules.ONE_A_YEAR})  # fmt: skip


def _step(
    request: HttpRequest, idea: Idea, form: Any, form_name: str, action: Any, done: str
) -> HttpResponse:
    if not form.is_valid():
        return _again(request, idea, form_name, form)
    try:
        action(**form.cleaned_data)
    except IdeaError as error:
        form.add_error(None, str(error))
        return _again(request, idea, form_name, form)
    messages.success(request, done)
    return redirect("ideas:detail", pk=idea.pk)


@login_required
@require_POST
def apply(request: HttpRequest, pk: int) -> HttpResponse:
    idea = get_idea(request, pk)
    require_author(request, idea)
    return _step(request, idea, ApplyForm(request.POST), "apply_form",
                 lambda **d: idea.start_applying(by=request.user, **d), "Đã ghi: ý tưởng đang được áp dụng.")  # fmt: skip


@login_required
@require_POST
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    idea = get_idea(request, pk)
    require_author(request, idea)
    return _step(request, idea, SubmitForm(request.POST), "submit_form",
                 lambda **d: idea.submit(by=request.user, **d), "Đã nộp báo cáo cho Hội đồng sáng kiến.")  # fmt: skip


@login_required
@require_POST
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    idea = get_idea(request, pk)
    require_author(request, idea)
    form = WithdrawForm(request.POST)
    try:
        idea.withdraw(by=request.user, reason=form.data.get("reason", ""))
    except IdeaError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Đã rút ý tưởng.")
    return redirect("ideas:detail", pk=idea.pk)


@login_required
@require_POST
def support(request: HttpRequest, pk: int) -> HttpResponse:
    idea = get_idea(request, pk, staff=True)
    try:
        now = idea.toggle_support(by=request.user)
    except IdeaError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Đã ủng hộ ý tưởng." if now else "Đã bỏ ủng hộ.")
    return redirect("ideas:detail", pk=idea.pk)


@login_required
@require_POST
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    idea = get_idea(request, pk, staff=True)
    return _step(request, idea, CommentForm(request.POST), "comment_form",
                 lambda **d: idea.comment(by=request.user, **d), "Đã gửi góp ý.")  # fmt: skip


@login_required
@require_POST
def attach(request: HttpRequest, pk: int) -> HttpResponse:
    idea = get_idea(request, pk)
    require_author(request, idea)
    form = AttachForm(request.POST, request.FILES)
    return _step(request, idea, form, "attach_form",
                 lambda **d: idea.attach(by=request.user, upload=d["file"]), "Đã đính kèm minh chứng.")  # fmt: skip


@login_required
@require_GET
def attachment(request: HttpRequest, pk: int) -> HttpResponseBase:
    item = Attachment.objects.select_related("idea").filter(pk=pk).first()
    idea = get_idea(request, item.idea_id if item else 0)
    assert item is not None and item.idea_id == idea.pk
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.file_name)


def _require_seat(request: HttpRequest, idea: Idea, *, chair: bool = False) -> CouncilSeat:
    staff = my_staff(request, idea.school)
    seat = (
        CouncilSeat.objects.filter(school=idea.school, year=idea.year, staff=staff).first()
        if staff
        else None
    )
    if seat is None or (chair and seat.post != CouncilSeat.Post.CHAIR):
        who = "Chủ tịch Hội đồng sáng kiến" if chair else "thành viên Hội đồng sáng kiến"
        raise PermissionDenied(f"Chỉ {who} năm {idea.year} làm được việc này.")
    return seat


@login_required
@require_POST
def score(request: HttpRequest, pk: int) -> HttpResponse:
    idea = get_idea(request, pk, staff=True)
    _require_seat(request, idea)
    form = ScoreForm(request.POST, options=IdeaSettings.for_school(idea.school))
    return _step(request, idea, form, "score_form",
                 lambda **d: idea.score(by=request.user, **d), "Đã ghi phiếu chấm.")  # fmt: skip


@login_required
@require_POST
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    idea = get_idea(request, pk, staff=True)
    _require_seat(request, idea, chair=True)
    form = DecideForm(request.POST)
    return _step(request, idea, form, "decide_form",
                 lambda **d: idea.decide(by=request.user, recognise=d["decision"] == "recognise", note=d["note"]),
                 "Hội đồng đã kết luận.")  # fmt: skip


@login_required
@require_POST
def certificate_issue(request: HttpRequest, pk: int) -> HttpResponse:
    idea = get_idea(request, pk, manage=True)
    try:
        idea.issue_certificate(by=request.user)
    except IdeaError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Đã cấp giấy chứng nhận số {idea.certificate_number}.")
    return redirect("ideas:detail", pk=idea.pk)


@login_required
@require_GET
def certificate(request: HttpRequest, pk: int) -> HttpResponseBase:
    """The stored certificate, as issued (DOCX), or converted to PDF on the way out."""
    idea = get_idea(request, pk)
    if not idea.certificate:
        messages.error(request, "Sáng kiến này chưa có giấy chứng nhận.")
        return redirect("ideas:detail", pk=idea.pk)
    data = idea.certificate.open("rb").read()
    name = f"giay-chung-nhan-sang-kien-{idea.pk}"
    if request.GET.get("format") == "pdf":
        from chibo.documents.pdf import PdfUnavailable, docx_to_pdf

        try:
            pdf = docx_to_pdf(data)
        except PdfUnavailable as error:
            messages.error(request, str(error))
            return redirect(reverse("ideas:detail", args=[idea.pk]))
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
        return response
    response = HttpResponse(data, content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="{name}.docx"'
    return response
