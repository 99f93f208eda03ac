"""Small helpers for reading request parameters the same way in every view."""

from __future__ import annotations

from django.core.exceptions import BadRequest
from django.http import HttpRequest
from django.utils import timezone

from .dates import YEARS


class InputError(BadRequest):
    """Input that cannot be served: a 400 whose message (Vietnamese) the page shows."""


def posted_version(request: HttpRequest) -> int:
    """The `version` a form was rendered with; -1 when absent or garbled, so that a stale or
    forged form is always treated as a concurrent edit and never overwrites anything."""
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return -1


def year_param(request: HttpRequest) -> int:
    """The `year` asked for in the query string (or the form), this year when absent or not a
    number; a number outside 1900–2100 is a 400 with a Vietnamese message, not a server error."""
    raw = request.GET.get("year") or request.POST.get("year") or ""
    try:
        year = int(raw)
    except ValueError:
        return timezone.localdate().year
    if year not in YEARS:
        raise InputError(
            f"Năm {year} không hợp lệ: chỉ xem được từ năm {YEARS[0]} đến {YEARS[-1]}."
        )
    return year
