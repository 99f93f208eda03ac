import functools
from typing import Any

from django.conf import settings
from django.http import HttpRequest

from chibo.feedback.models import Staff
from chibo.members.access import viewer_for


def chibo(request: HttpRequest) -> dict[str, Any]:
    """The header's facts: the user's cell and role, or the committees they serve."""
    context: dict[str, Any] = {"demo_mode": settings.DEMO_MODE}
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        viewer = viewer_for(request)
        context["viewer"] = viewer
        # The school accounts of a user without a cell or committee (feedback handler, teacher):
        # asked (once) only by the header of such a user, so members' pages pay nothing.
        context["school_staff"] = functools.cache(
            lambda: list(
                Staff.objects.for_user(request.user)
                .select_related("school")
                .only("role", "school__slug", "school__name")
            )
        )
    return context
