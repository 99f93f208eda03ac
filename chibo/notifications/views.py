from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from chibo.members.access import viewer_for
from chibo.members.models import Member

from .calendar import member_calendar
from .context_processors import unread_count
from .models import CalendarFeed, Notification

PAGE_SIZE = 50
SESSION_NEW_FEED = "notifications_new_calendar_token"


def _get_own_notification(request: HttpRequest, pk: int) -> Notification:
    """Nobody sees another person's notice: not theirs is 404, like a missing one."""
    notice = Notification.objects.for_user(request.user).filter(pk=pk).first()
    if notice is None:
        raise Http404("Không tìm thấy thông báo.")
    return notice


def _get_own_member(request: HttpRequest) -> Member:
    member = viewer_for(request).member
    if member is None:
        raise PermissionDenied("Lịch sinh hoạt chỉ dành cho đảng viên của một chi bộ.")
    return member


@login_required
@require_GET
def notification_list(request: HttpRequest) -> HttpResponse:
    notices = Notification.objects.for_user(request.user).only(
        "kind", "title", "body", "url", "created_at", "read_at"
    )
    page = Paginator(notices, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "notifications/notification_list.html",
                  {"page": page, "unread": unread_count(request)})  # fmt: skip


@login_required
@require_POST
def mark_read(request: HttpRequest, pk: int) -> HttpResponse:
    notice = _get_own_notification(request, pk)
    notice.mark_read()
    safe = url_has_allowed_host_and_scheme(
        notice.url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if request.POST.get("open") and notice.url and safe:
        return redirect(notice.url)
    return redirect("notifications:list")


@login_required
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    count = Notification.mark_all_read(request.user)
    if count:
        messages.success(request, f"Đã đánh dấu {count} thông báo là đã đọc.")
    return redirect("notifications:list")


@login_required
@require_GET
def my_calendar(request: HttpRequest) -> HttpResponse:
    member = viewer_for(request).member
    context: dict[str, Any] = {"member": member, "feed": None, "feed_url": ""}
    if member is not None:
        context["feed"] = CalendarFeed.objects.active().filter(member=member).first()
        token = request.session.pop(SESSION_NEW_FEED, "")
        if token and context["feed"] is not None:
            path = reverse("notifications:feed", args=[token])
            context["feed_url"] = request.build_absolute_uri(path)
    return render(request, "notifications/my_calendar.html", context)


@login_required
@require_POST
def calendar_issue(request: HttpRequest) -> HttpResponse:
    member = _get_own_member(request)
    _feed, token = CalendarFeed.issue(member, by=request.user)
    # Shown once on the next page, then gone: only the token's hash is stored.
    request.session[SESSION_NEW_FEED] = token
    messages.success(
        request, "Đã tạo đường dẫn lịch mới. Đường dẫn cũ (nếu có) không còn dùng được."
    )
    return redirect("notifications:calendar")


@login_required
@require_POST
def calendar_revoke(request: HttpRequest) -> HttpResponse:
    member = _get_own_member(request)
    if CalendarFeed.revoke_for(member, by=request.user):
        messages.success(request, "Đã thu hồi đường dẫn lịch. Ứng dụng lịch sẽ không cập nhật nữa.")
    return redirect("notifications:calendar")


@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """No login: calendar apps cannot log in. The long secret token is the credential."""
    feed = CalendarFeed.find(token)
    if feed is None:
        raise Http404("Không tìm thấy lịch.")
    base_url = request.build_absolute_uri("/").rstrip("/")
    body = member_calendar(feed.member, base_url=base_url, now=timezone.now())
    response = HttpResponse(body.encode(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="chibo.ics"'
    response["Cache-Control"] = "private, max-age=900"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
