"""API bodies are checked for control characters and overlong texts before any operation reads
them (the same rules and messages as the forms: chibo.lib.text)."""

from __future__ import annotations

import json
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse

from chibo.lib.text import text_problems

from .errors import INVALID

API_PREFIX = "/api/"


class RefuseControlCharacters:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            request.path.startswith(API_PREFIX)
            and request.method in {"POST", "PUT", "PATCH"}
            and request.content_type == "application/json"
        ):
            try:
                data = json.loads(request.body or b"null")
            except (ValueError, UnicodeDecodeError):
                data = None  # the API answers malformed JSON itself
            problems = text_problems(data)
            if problems:
                errors = [{"field": path, "message": message} for path, message in problems]
                return JsonResponse(
                    {"detail": INVALID, "errors": errors},
                    status=422,
                    json_dumps_params={"ensure_ascii": False},
                )
        return self.get_response(request)
