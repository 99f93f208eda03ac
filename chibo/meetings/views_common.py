"""Small helpers shared by the meeting views."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from chibo.lib.swap import swapping

from .errors import MeetingError


def act(
    request: HttpRequest, action: Callable[[], Any], success: str, *, to: str, **kwargs: Any
) -> HttpResponse:
    """Run one model verb; show its success or its refusal; redirect (POST-redirect-GET)."""
    try:
        result = action()
    except (MeetingError, ValidationError) as error:
        messages.error(request, _message(error))
    else:
        if isinstance(result, str) and result:
            messages.warning(request, result)
        messages.success(request, success)
    return redirect(to, **kwargs)


def form_errors(request: HttpRequest, form: Form) -> None:
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, str(error))


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


@dataclass(frozen=True)
class Notice:
    """What a swapped part says about the verb just run (shown inside that part)."""

    part: str
    error: str = ""
    warning: str = ""
    success: str = ""


def outcome(action: Callable[[], Any], success: str, part: str) -> Notice:
    """Run one model verb and say how it went, for the part that sent it."""
    try:
        result = action()
    except (MeetingError, ValidationError) as error:
        return Notice(part, error=_message(error))
    warning = result if isinstance(result, str) else ""
    return Notice(part, warning=warning, success=success)


def invalid(form: Form, part: str) -> Notice:
    """A form the fields refused: its errors stand next to the fields, the part says so."""
    return Notice(part, error="Chưa ghi được: hãy sửa các ô có báo lỗi.")


def answer(
    request: HttpRequest,
    notice: Notice,
    parts: Callable[[Notice], HttpResponse],
    *,
    to: str,
    form: Form | None = None,
    **kwargs: Any,
) -> HttpResponse:
    """The changed parts when swap.js asked for them; otherwise the messages and a redirect."""
    if swapping(request):
        return parts(notice)
    if form is not None and form.errors:
        form_errors(request, form)
    elif notice.error:
        messages.error(request, notice.error)
    else:
        if notice.warning:
            messages.warning(request, notice.warning)
        if notice.success:
            messages.success(request, notice.success)
    return redirect(to, **kwargs)
