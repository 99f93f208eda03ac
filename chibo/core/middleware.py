"""Vietnamese error pages in every mode.

With DEBUG off Django already serves templates/404.html and 500.html. With DEBUG on (the demo, a
developer's machine) it shows its own English technical pages instead; a demo user must never
see them. This middleware swaps them for the Vietnamese pages. The traceback of a 500 is still
logged by Django (the "django.request" logger) before the page is swapped. Set
CHIBO_TECHNICAL_ERRORS=1 to keep Django's technical pages while debugging.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader

_TECHNICAL = b"DEBUG = True"  # a sentence of both Django technical pages (404 and 500)


class VietnameseErrorPages:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            not settings.DEBUG
            or response.status_code not in (404, 500)
            or os.environ.get("CHIBO_TECHNICAL_ERRORS") == "1"
            or "text/html" not in response.get("Content-Type", "")
            or getattr(response, "streaming", False)
            or _TECHNICAL not in response.content
        ):
            return response
        if response.status_code == 404:
            return render(request, "404.html", status=404)
        # The 500 page stands alone (no context processors): the error may come from them.
        return HttpResponse(loader.get_template("500.html").render(), status=500)
