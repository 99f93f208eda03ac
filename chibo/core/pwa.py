"""The installable web app: its manifest and its service worker.

The service worker (core/sw.js) keeps what a member needs on a weak network readable offline:
"Việc hôm nay", her tasks, and the last distributed drafts she opened. Those pages are fetched
network-first; the last copy is shown, marked with the time it was saved, when the network is
gone or too slow. Nothing else is cached but the static files, and the pages are forgotten at
logout (chibo/static/chibo/offline.js) and whenever the login page is shown.
It is served from the site root so that its scope is the whole site, with no inline script.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_safe

NAME = "Chi bộ số"
THEME_COLOUR = "#b3141b"  # --red of chibo/static/chibo/app.css
BACKGROUND = "#ffffff"
ICONS = (("chibo/icons/icon-192.png", "192x192", "any"), ("chibo/icons/icon-512.png", "512x512", "any"),
         ("chibo/icons/maskable-512.png", "512x512", "maskable"))  # fmt: skip
# The pages kept for reading offline: URL name → how many of them are kept (0 = no limit).
KEPT = {"home": 0, "organizations:cell": 0, "meetings:my_tasks": 0, "meetings:task": 20,
        "meetings:read": 5}  # fmt: skip
PATIENCE_MS = 6000  # on a weak network, show the saved copy after this long; the new one follows
PRECACHE = ("chibo/app.css", "chibo/app.js", "chibo/offline.js", "meetings/meetings.css",
            "chibo/icons/icon-192.png")  # fmt: skip


def _path_pattern(name: str) -> str:
    """A regular expression for the paths of a URL name: its numbers become \\d+."""
    try:
        path = reverse(name)
    except Exception:  # noqa: BLE001 (a URL with arguments)
        path = reverse(name, args=[987654321])
    return "^" + re.escape(path).replace("987654321", r"\d+") + "$"


@cache
def _worker() -> tuple[str, str]:
    config: dict[str, Any] = {
        "pages": [{"pattern": _path_pattern(name), "keep": keep} for name, keep in KEPT.items()],
        "login": reverse("login"),
        "staticUrl": static(""),
        "css": static("chibo/app.css"),
        "precache": [static(path) for path in PRECACHE],
        "patienceMs": PATIENCE_MS,
    }
    body = render_to_string("core/sw.js", {"config": json.dumps(config, ensure_ascii=False)})
    version = hashlib.sha256(body.encode()).hexdigest()[:12]
    return body.replace("__VERSION__", version), version


@require_safe
def service_worker(request: HttpRequest) -> HttpResponse:
    body, _version = _worker()
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"  # a new version reaches phones at the next visit
    return response


@require_safe
def manifest(request: HttpRequest) -> JsonResponse:
    data = {
        "name": NAME,
        "short_name": NAME,
        "description": "Sinh hoạt chi bộ trên điện thoại: việc hôm nay, tài liệu họp, nhiệm vụ.",
        "lang": "vi",
        "dir": "ltr",
        "start_url": reverse("home"),
        "scope": "/",
        "id": reverse("home"),
        "display": "standalone",
        "orientation": "portrait",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND,
        "icons": [
            {"src": static(path), "sizes": sizes, "type": "image/png", "purpose": purpose}
            for path, sizes, purpose in ICONS
        ],  # fmt: skip
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json; charset=utf-8"
    return response
