from typing import Any

from django.http import HttpRequest

from .models import Notification


def unread_count(request: HttpRequest) -> int:
    """Unread notices of the request's user: one indexed COUNT, cached on the request."""
    cached = getattr(request, "_chibo_unread", None)
    if cached is None:
        cached = Notification.objects.for_user(request.user).unread().count()
        request._chibo_unread = cached  # type: ignore[attr-defined]
    return cached


def notifications(request: HttpRequest) -> dict[str, Any]:
    """The header's "Thông báo (n)". Lazy: a page that never shows the header pays nothing."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": lambda: unread_count(request)}
