import functools
from typing import Any

from django.conf import settings
from django.http import HttpRequest

from chibo.feedback.models import Staff
from chibo.members.access import viewer_for


def chibo(request: HttpRequest) -> dict[str, Any]:
    """The header's facts: the user's cell and role, or the committees they serve."""
    context: dict[str, Any] = {"demo_mode": settings.DEMO_MODE, "active_tab": active_tab(request)}
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


# The tab a page belongs to: (namespace, url name or "*") → tab. No query.
_TABS = {
    ("", "home"): "today",
    ("", "more"): "more",
    ("meetings", "my_tasks"): "tasks",
    ("meetings", "cell_tasks"): "tasks",
    ("meetings", "task"): "tasks",
    ("meetings", "*"): "meetings",
    ("notifications", "*"): "notifications",
    ("organizations", "cell"): "cell",
    ("oversight", "committee"): "oversight",
}


def active_tab(request: HttpRequest) -> str:
    """Which tab of the app shell to mark as the current one (aria-current), or ""."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return ""
    namespace, name = match.namespace or "", match.url_name or ""
    return _TABS.get((namespace, name)) or _TABS.get((namespace, "*"), "")
