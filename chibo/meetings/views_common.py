"""Small helpers shared by the meeting views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

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
