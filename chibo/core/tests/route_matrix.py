"""The persona matrix: every route, tried with every persona.

Each app lists its routes in `<app>/tests/routes.py` as `ROUTES = [Route(...), ...]`.
`test_route_matrix.py` fails when a URL pattern of the project is in no list, so a new
route cannot be added without saying who may use it.

Expected outcomes per persona: an HTTP status code, or "login" for a redirect to the
login page. `args` builds the URL arguments from the `World` fixture.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

LOGIN = "login"


@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name" as in reverse()
    args: Callable[[Any], list[Any]] = lambda world: []
    method: str = "get"
    expect: dict[str, int | str] = field(default_factory=dict)
    data: Callable[[Any], dict[str, Any]] | None = None
    query: str = ""


def reader_route(name: str, args: Callable[[Any], list[Any]], **kw: Any) -> Route:
    """Readable by the cell's members and by the committee officer above; 404 for others."""
    return Route(name, args, expect={"anonymous": LOGIN, "member": 200, "secretary": 200,
                                     "other_cell": 404, "officer": 200}, **kw)  # fmt: skip


def editor_route(name: str, args: Callable[[Any], list[Any]], *, ok: int = 200, **kw: Any) -> Route:
    """Only the cell's chi ủy edits: members and officers 403, others 404."""
    return Route(name, args, expect={"anonymous": LOGIN, "member": 403, "secretary": ok,
                                     "other_cell": 404, "officer": 403}, **kw)  # fmt: skip
