"""Forms that update in place: the server half of `static/chibo/swap.js`.

A form marked ``data-swap="#part"`` is sent by the script with the header ``X-Chibo-Swap``
(``HX-Request`` is understood too).
The view runs its one verb as usual and, when :func:`swapping` is true, answers the parts of
the page that changed (template partials, ``{% partialdef %}``) instead of redirecting: status
200 when the verb succeeded, 422 when the input was refused (the part then shows the errors next
to the fields). Without the script the same view redirects, so every page still works.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

HEADER = "X-Chibo-Swap"
REFUSED = 422


def swapping(request: HttpRequest) -> bool:
    """The request came from swap.js and wants the changed parts, not a redirect."""
    return bool(request.headers.get(HEADER) or request.headers.get("HX-Request"))


def render_parts(
    request: HttpRequest,
    template: str,
    parts: Iterable[str],
    context: dict[str, Any],
    *,
    refused: bool = False,
) -> HttpResponse:
    """The named partials of ``template``, one after the other; each carries its own id."""
    rendered = [render_to_string(f"{template}#{name}", context, request=request) for name in parts]
    # Several parts each go in their own <template>, so that each is parsed on its own: a table
    # row (<tr>) after a <div> would otherwise be dropped by the HTML parser, and a <form> after
    # a <tr>.
    html = (
        rendered[0]
        if len(rendered) == 1
        else "".join(f"<template>{r}</template>" for r in rendered)
    )
    response = HttpResponse(html, status=REFUSED if refused else 200)
    response["Cache-Control"] = "no-store"
    response["Vary"] = HEADER
    return response
