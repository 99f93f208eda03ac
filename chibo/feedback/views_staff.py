"""The school's handling desk: the queue, the moderation queue and one item's page.

Only the school's staff reach these pages (404 for everyone else). The sender's identity is never
on a page by default: a handler who needs it asks for it (a POST), the view is written to the
audit log, and it is shown in that one response, which is not cached.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from .access import can_manage, get_item, get_school_for_staff
from .forms import (
    AnswerForm,
    AssignForm,
    ExtendForm,
    ModerateForm,
    NoteForm,
    RedirectForm,
    StatusFilterForm,
)
from .models import Feedback, FeedbackError, Staff, may_see_identity
from .stats import figures

PAGE_SIZE = 50
LIST_FIELDS = ["number", "kind", "category", "class_name", "status", "publication", "created_at",
               "due_on", "answered_at", "assigned_to__full_name", "school_id"]  # fmt: skip


@login_required
@require_GET
def queue(request: HttpRequest, slug: str) -> HttpResponse:
    school, staff = get_school_for_staff(request, slug)
    today = timezone.localdate()
    form = StatusFilterForm(request.GET)
    valid = form.is_valid()
    show = form.cleaned_data.get("show", "") if valid else ""
    category = form.cleaned_data.get("category", "") if valid else ""
    items = Feedback.objects.for_school(school).select_related("assigned_to")
    if show == "overdue":
        items = items.overdue(today)
    elif show in ("answered", "closed", "redirected"):
        items = items.filter(status=show)
    elif show != "all":
        items = items.open()
    if category:
        items = items.filter(category=category)
    items = (
        items.order_by("due_on", "pk")
        if show in ("", "overdue")
        else items.order_by("-created_at", "-pk")
    )
    page = Paginator(items.only(*LIST_FIELDS), PAGE_SIZE).get_page(request.GET.get("page"))
    counts = Feedback.objects.for_school(school).aggregate(
        open=Count("pk", filter=Q(status__in=Feedback.OPEN)),
        overdue=Count("pk", filter=Q(status__in=Feedback.OPEN, due_on__lt=today)),
        moderation=Count("pk", filter=Q(publication__in=[Feedback.Publication.PENDING,
                                                         Feedback.Publication.HIDDEN])),
    )  # fmt: skip
    return render(request, "feedback/staff/queue.html", {
        "school": school, "staff": staff, "form": form, "page": page, "counts": counts, "today": today,
        "show": show, "can_manage": can_manage(request, school),
        "figures": figures([school], today.year, today),
    })  # fmt: skip


@login_required
@require_GET
def moderation(request: HttpRequest, slug: str) -> HttpResponse:
    school, staff = get_school_for_staff(request, slug)
    items = (
        Feedback.objects.for_school(school)
        .awaiting_moderation()
        .annotate(report_count=Count("reports"))
        .order_by("-report_count", "created_at")
        .only(*LIST_FIELDS, "public_text")
    )
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "feedback/staff/moderation.html",
                  {"school": school, "staff": staff, "page": page, "today": timezone.localdate(),
                   "can_manage": can_manage(request, school)})  # fmt: skip


def _detail(request: HttpRequest, item: Feedback, staff: Staff, *, status: int = 200,
            identity: dict[str, str] | None = None, **forms: Any) -> HttpResponse:  # fmt: skip
    school = item.school
    response = render(request, "feedback/staff/detail.html", {
        "item": item, "school": school, "staff": staff, "today": timezone.localdate(),
        "thread": list(item.messages.select_related("author")),
        "reports": list(item.reports.values_list("reason", flat=True)),
        "may_see_identity": may_see_identity(staff, item), "identity": identity,
        "answer_form": forms.get("answer_form") or AnswerForm(initial={"text": item.public_answer}),
        "note_form": forms.get("note_form") or NoteForm(),
        "redirect_form": forms.get("redirect_form") or RedirectForm(),
        "extend_form": forms.get("extend_form") or ExtendForm(),
        "moderate_form": forms.get("moderate_form") or ModerateForm(
            initial={"public_text": item.public_text or item.text, "decision": "publish"}),
        "assign_form": (forms.get("assign_form") or AssignForm(school=school)) if staff.is_manager else None,
    }, status=status)  # fmt: skip
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    item, staff = get_item(request, pk)
    return _detail(request, item, staff)


@never_cache
@login_required
@require_POST
def identity(request: HttpRequest, pk: int) -> HttpResponse:
    item, staff = get_item(request, pk)
    if not item.has_identity:
        messages.info(request, "Người gửi chọn ẩn danh: nhà trường không có thông tin người gửi.")
        return redirect("feedback:detail", pk=item.pk)
    try:
        shown = item.reveal_identity(staff=staff)
    except FeedbackError as error:
        raise PermissionDenied(str(error)) from None
    return _detail(request, item, staff, identity=shown)


def _act(request: HttpRequest, item: Feedback, staff: Staff, action: Any, done: str,
         **failed_forms: Any) -> HttpResponse:  # fmt: skip
    try:
        action()
    except FeedbackError as error:
        messages.error(request, str(error))
        return _detail(request, item, staff, status=400, **failed_forms)
    messages.success(request, done)
    return redirect("feedback:detail", pk=item.pk)


@login_required
@require_POST
def take(request: HttpRequest, pk: int) -> HttpResponse:
    item, staff = get_item(request, pk)
    return _act(
        request, item, staff, lambda: item.take(staff=staff), "Đồng chí đã nhận xử lý góp ý này."
    )


@login_required
@require_POST
def assign(request: HttpRequest, pk: int) -> HttpResponse:
    item, staff = get_item(request, pk)
    if not staff.is_manager:
        raise PermissionDenied("Chỉ Ban giám hiệu giao việc xử lý góp ý.")
    form = AssignForm(request.POST, school=item.school)
    if not form.is_valid():
        return _detail(request, item, staff, status=400, assign_form=form)
    to = form.cleaned_data["staff"]
    return _act(request, item, staff, lambda: item.assign(to=to, by=request.user),
                f"Đã giao cho {to.full_name}.", assign_form=form)  # fmt: skip


@login_required
@require_POST
def note(request: HttpRequest, pk: int) -> HttpResponse:
    item, staff = get_item(request, pk)
    form = NoteForm(request.POST)
    if not form.is_valid():
        return _detail(request, item, staff, status=400, note_form=form)
    data = form.cleaned_data
    return _act(request, item, staff,
                lambda: item.add_message(kind=data["kind"], text=data["text"], by=request.user),
                "Đã ghi.", note_form=form)  # fmt: skip


@login_required
@require_POST
def answer(request: HttpRequest, pk: int) -> HttpResponse:
    item, staff = get_item(request, pk)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return _detail(request, item, staff, status=400, answer_form=form)
    data = form.cleaned_data
    return _act(request, item, staff,
                lambda: item.answer(text=data["text"], by=request.user, close=data["close"]),
                "Đã trả lời. Người gửi xem được ngay qua đường dẫn riêng.", answer_form=form)  # fmt: skip


@login_required
@require_POST
def close(request: HttpRequest, pk: int) -> HttpResponse:
    item, staff = get_item(request, pk)
    return _act(request, item, staff, lambda: item.close(by=request.user), "Đã đóng góp ý.")


@login_required
@require_POST
def redirect_item(request: HttpRequest, pk: int) -> HttpResponse:
    item, staff = get_item(request, pk)
    form = RedirectForm(request.POST)
    if not form.is_valid():
        return _detail(request, item, staff, status=400, redirect_form=form)
    data = form.cleaned_data
    return _act(request, item, staff,
                lambda: item.redirect(channel=data["channel"], note=data["note"], by=request.user),
                "Đã chuyển kênh; người gửi thấy hướng dẫn qua đường dẫn riêng.", redirect_form=form)  # fmt: skip


@login_required
@require_POST
def extend(request: HttpRequest, pk: int) -> HttpResponse:
    item, staff = get_item(request, pk)
    form = ExtendForm(request.POST)
    if not form.is_valid():
        return _detail(request, item, staff, status=400, extend_form=form)
    data = form.cleaned_data
    return _act(request, item, staff,
                lambda: item.extend(until=data["until"], reason=data["reason"], by=request.user),
                "Đã gia hạn.", extend_form=form)  # fmt: skip


@login_required
@require_POST
def moderate(request: HttpRequest, pk: int) -> HttpResponse:
    item, staff = get_item(request, pk)
    form = ModerateForm(request.POST)
    if not form.is_valid():
        return _detail(request, item, staff, status=400, moderate_form=form)
    data = form.cleaned_data
    publish = data["decision"] == "publish"
    return _act(request, item, staff,
                lambda: item.moderate(publish=publish, public_text=data["public_text"], note=data["note"],
                                      by=request.user),
                "Đã duyệt công khai." if publish else "Đã để không công khai.", moderate_form=form)  # fmt: skip


@never_cache
@login_required
@require_GET
def photo(request: HttpRequest, pk: int) -> HttpResponseBase:
    item, _staff = get_item(request, pk)
    if not item.photo:
        raise Http404("Góp ý này không có ảnh.")
    return FileResponse(item.photo.open("rb"), content_type="image/jpeg")
