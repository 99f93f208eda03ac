"""The parents' pages: no login, phone-first, no scripts, nothing from outside the site.

A sender follows their item through a private link holding the tracking code; the code is stored
only as a hash. Every form is CSRF-protected and rate-limited per client address (and per contact
when one is given); a honeypot field catches simple bots.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chibo.rules import feedback as rules

from . import limits
from .forms import LookupForm, ReopenForm, ReportForm, SenderReplyForm, SubmitForm, SurveyAnswerForm
from .models import Category, Feedback, FeedbackError, Message, School, SurveyClass, SurveyRound
from .stats import figures

PUBLIC_PAGE_SIZE = 20


def _school(slug: str) -> School:
    school = School.objects.filter(slug=slug).first()
    if school is None:
        raise Http404("Không tìm thấy trường.")
    return school


def _too_fast(
    request: HttpRequest, template: str, context: dict[str, object], minutes: int
) -> HttpResponse:
    context["too_fast"] = limits.too_fast_message(minutes)
    return render(request, template, context, status=429)


@require_GET
def portal_index(request: HttpRequest) -> HttpResponse:
    schools = School.objects.filter(portal_open=True).order_by("name")
    return render(request, "feedback/public/index.html", {"schools": schools})


@require_GET
def portal(request: HttpRequest, slug: str) -> HttpResponse:
    """The school's public page: answered items it chose to publish, by category."""
    school = _school(slug)
    category = request.GET.get("linh-vuc", "")
    items = Feedback.objects.for_school(school).public().order_by("-answered_at", "-pk")
    counts = dict(items.values_list("category").annotate(n=Count("pk")).order_by())
    if category in Category.values:
        items = items.filter(category=category)
    else:
        category = ""
    page = Paginator(items.only(
        "number", "kind", "category", "class_name", "visibility", "sender_name", "public_text",
        "public_answer", "created_at", "answered_at", "due_on", "status",
    ), PUBLIC_PAGE_SIZE).get_page(request.GET.get("trang"))  # fmt: skip
    return render(request, "feedback/public/portal.html", {
        "school": school, "page": page, "category": category,
        "categories": [(code, label, counts.get(code, 0)) for code, label in Category.choices],
        "figures": figures([school], timezone.localdate().year), "report_form": ReportForm(),
    })  # fmt: skip


@require_http_methods(["GET", "POST"])
def submit(request: HttpRequest, slug: str) -> HttpResponse:
    school = _school(slug)
    form = SubmitForm(request.POST or None, request.FILES or None)
    context: dict[str, object] = {"school": school, "form": form}
    if request.method != "POST":
        return render(request, "feedback/public/submit.html", context)
    address = limits.address_key(request, "submit")
    wait = limits.wait_minutes(address, limits.SUBMIT_BY_ADDRESS)
    if wait:
        return _too_fast(request, "feedback/public/submit.html", context, wait)
    if form.is_bot:
        limits.record(address)
        return render(request, "feedback/public/received.html", {"school": school})
    if not form.is_valid():
        return render(request, "feedback/public/submit.html", context, status=400)
    data = form.cleaned_data
    keys = [address]
    if data["sender_contact"]:
        keys.append(limits.contact_key(data["sender_contact"]))
        wait = limits.wait_minutes(keys[-1], limits.SUBMIT_BY_CONTACT)
        if wait:
            return _too_fast(request, "feedback/public/submit.html", context, wait)
    try:
        item, code = Feedback.submit(
            school=school, kind=data["kind"], category=data["category"], class_name=data["class_name"],
            text=data["text"], visibility=data["visibility"], sender_name=data["sender_name"],
            sender_contact=data["sender_contact"], photo=data["photo"],
        )  # fmt: skip
    except FeedbackError as error:
        form.add_error(None, str(error))
        return render(request, "feedback/public/submit.html", context, status=400)
    limits.record(*keys)
    messages.success(request, "Nhà trường đã nhận góp ý của bạn.")
    return redirect(reverse("feedback:track", args=[code]) + "?moi=1")


@require_http_methods(["GET", "POST"])
def track_lookup(request: HttpRequest) -> HttpResponse:
    form = LookupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return redirect("feedback:track", code=form.cleaned_data["code"].strip().upper())
    return render(request, "feedback/public/lookup.html", {"form": form})


def _tracked(request: HttpRequest, code: str) -> Feedback:
    """The item of a tracking code. Wrong codes count against the address: no guessing."""
    address = limits.address_key(request, "lookup")
    wait = limits.wait_minutes(address, limits.LOOKUP_BY_ADDRESS)
    if wait:
        raise _TooFast(wait)
    item = Feedback.find(code)
    if item is None:
        limits.record(address)
        raise Http404("Không tìm thấy góp ý với mã này.")
    return item


class _TooFast(Exception):
    def __init__(self, minutes: int) -> None:
        super().__init__(minutes)
        self.minutes = minutes


def _track_page(request: HttpRequest, item: Feedback, code: str, status: int = 200,
                **forms: object) -> HttpResponse:  # fmt: skip
    thread = item.messages.exclude(kind=Message.Kind.NOTE)
    response = render(request, "feedback/public/track.html", {
        "item": item, "school": item.school, "code": code, "thread": thread,
        "new": request.GET.get("moi") == "1", "can_reopen": item.can_reopen(),
        "reply_form": forms.get("reply_form") or SenderReplyForm(),
        "reopen_form": forms.get("reopen_form") or ReopenForm(),
    }, status=status)  # fmt: skip
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@require_GET
def track(request: HttpRequest, code: str) -> HttpResponse:
    try:
        item = _tracked(request, code)
    except _TooFast as slow:
        return _too_fast(
            request, "feedback/public/lookup.html", {"form": LookupForm()}, slow.minutes
        )
    return _track_page(request, item, code)


def _sender_action(request: HttpRequest, code: str) -> Feedback | HttpResponse:
    try:
        item = _tracked(request, code)
    except _TooFast as slow:
        return _too_fast(
            request, "feedback/public/lookup.html", {"form": LookupForm()}, slow.minutes
        )
    address = limits.address_key(request, "reply")
    wait = limits.wait_minutes(address, limits.REPLY_BY_ADDRESS)
    if wait:
        return _too_fast(request, "feedback/public/lookup.html", {"form": LookupForm()}, wait)
    limits.record(address)
    return item


@require_POST
def track_reply(request: HttpRequest, code: str) -> HttpResponse:
    item = _sender_action(request, code)
    if isinstance(item, HttpResponse):
        return item
    form = SenderReplyForm(request.POST)
    if not form.is_valid() or form.cleaned_data.get("website"):
        return _track_page(request, item, code, status=400, reply_form=form)
    item.sender_reply(text=form.cleaned_data["text"])
    messages.success(request, "Đã gửi lời nhắn cho nhà trường.")
    return redirect("feedback:track", code=code)


@require_POST
def track_reopen(request: HttpRequest, code: str) -> HttpResponse:
    item = _sender_action(request, code)
    if isinstance(item, HttpResponse):
        return item
    form = ReopenForm(request.POST)
    if form.is_valid():
        try:
            item.reopen(reason=form.cleaned_data["reason"])
        except FeedbackError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Đã mở lại góp ý. Nhà trường sẽ xem xét và trả lời lại.")
            return redirect("feedback:track", code=code)
    return _track_page(request, item, code, status=400, reopen_form=form)


@require_POST
def track_resolved(request: HttpRequest, code: str) -> HttpResponse:
    item = _sender_action(request, code)
    if isinstance(item, HttpResponse):
        return item
    try:
        item.confirm_resolved()
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Cảm ơn bạn đã xác nhận. Góp ý đã được đóng.")
    return redirect("feedback:track", code=code)


@never_cache
@require_GET
def track_photo(request: HttpRequest, code: str) -> HttpResponseBase:
    try:
        item = _tracked(request, code)
    except _TooFast:
        raise Http404("Không tìm thấy ảnh.") from None
    if not item.photo:
        raise Http404("Góp ý này không có ảnh.")
    return FileResponse(item.photo.open("rb"), content_type="image/jpeg")


@require_POST
def report(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    """Anyone may report a public item; enough reports from different addresses hide it."""
    school = _school(slug)
    item = Feedback.objects.for_school(school).public().filter(number=number).first()
    if item is None:
        raise Http404("Không tìm thấy góp ý.")
    address = limits.address_key(request, "report")
    wait = limits.wait_minutes(address, limits.REPORT_BY_ADDRESS)
    form = ReportForm(request.POST)
    if wait:
        messages.error(request, limits.too_fast_message(wait))
    elif form.is_valid():
        limits.record(address)
        item.report(reason=form.cleaned_data["reason"], reporter_key=limits.address_key(request))
        messages.success(request, "Cảm ơn bạn. Nhà trường sẽ xem lại nội dung này.")
    return redirect("feedback:portal", slug=school.slug)


@require_http_methods(["GET", "POST"])
def survey_form(request: HttpRequest, token: str) -> HttpResponse:
    """One class's link of a survey round; a family answers once with the code on its slip."""
    survey_class = (
        SurveyClass.objects.select_related("round", "round__school").filter(token=token).first()
    )
    if survey_class is None:
        raise Http404("Không tìm thấy phiếu khảo sát.")
    survey = survey_class.round
    form = SurveyAnswerForm(request.POST or None, survey=survey)
    context = {"survey": survey, "survey_class": survey_class, "school": survey.school, "form": form,
               "scale": rules.SCALE, "done": request.GET.get("da-gui") == "1",
               "is_open": survey.status == SurveyRound.Status.OPEN}  # fmt: skip
    if request.method == "POST":
        address = limits.address_key(request, "survey")
        wait = limits.wait_minutes(address, limits.SURVEY_BY_ADDRESS)
        if wait:
            return _too_fast(request, "feedback/public/survey.html", context, wait)
        limits.record(address)
        if form.is_valid():
            try:
                survey_class.submit(code=form.cleaned_data["code"], scores=form.scores(),
                                    suggestion=form.cleaned_data["suggestion"])  # fmt: skip
            except FeedbackError as error:
                form.add_error(None, str(error))
            else:
                return redirect(f"{request.path}?da-gui=1")
        return render(request, "feedback/public/survey.html", context, status=400)
    return render(request, "feedback/public/survey.html", context)
