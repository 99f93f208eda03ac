from typing import Any

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest

from .models import Notification

# Set on a user loaded with `unread_annotation()`: their unread notices when it was loaded.
UNREAD_FIELD = "chibo_unread"


def unread_annotation(user_ref: str = "pk") -> dict[str, Any]:
    """The unread count as an annotation of a user query (`user_ref` is the user's pk there), so
    that the header's badge costs no query of its own: the sign-in and API token queries carry it."""
    count = (
        Notification.objects.filter(user=OuterRef(user_ref), read_at__isnull=True)
        .order_by()
        .values("user")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return {UNREAD_FIELD: Coalesce(Subquery(count, output_field=IntegerField()), Value(0))}


def unread_count(request: HttpRequest) -> int:
    """Unread notices of the request's user: read with the user (see `unread_annotation`), else
    one indexed COUNT; cached on the request."""
    cached = getattr(request, "_chibo_unread", None)
    if cached is None:
        cached = getattr(request.user, UNREAD_FIELD, None)
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
