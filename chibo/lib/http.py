"""Small helpers for reading request parameters the same way in every view."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils import timezone


def posted_version(request: HttpRequest) -> int:
    """The `version` a form was rendered with; -1 when absent or garbled, so that a stale or
    forged form is always treated as a concurrent edit and never overwrites anything."""
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return -1


def year_param(request: HttpRequest) -> int:
    """The `year` asked for in the query string (or the form), this year when absent or invalid."""
    raw = request.GET.get("year") or request.POST.get("year") or ""
    try:
        return int(raw)
    except ValueError:
        return timezone.localdate().year
