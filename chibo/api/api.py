"""/api/v1/ — django-ninja, token auth, the same scoping as the UI.

Authenticate with `Authorization: Bearer <token>` (tokens from `chibo api-token USERNAME`)
or, in a browser, with the login session (CSRF checked). Docs: /api/v1/docs (logged in);
the schema /api/v1/openapi.json also answers a bearer token, for integrations.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial, wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja.openapi.views import openapi_json
from ninja.renderers import JSONRenderer

from chibo.admissions.api import router as admissions_router
from chibo.feedback.api import router as feedback_router
from chibo.ideas.api import router as ideas_router
from chibo.inspections.api import router as inspections_router
from chibo.meetings.api import router as meetings_router
from chibo.plans.api import router as plans_router
from chibo.residence.api import router as residence_router
from chibo.room.api import router as room_router
from chibo.study.api import router as study_router
from chibo.transfers.api import router as transfers_router

from . import cells, errors, fees, imports, integrations, members
from .auth import bearer_user, session_auth, token_auth
from .limits import RateLimited


class UTF8JSONRenderer(JSONRenderer):
    """Vietnamese as UTF-8 text, not \\u escapes."""

    json_dumps_params = {"ensure_ascii": False}


def docs_access(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The docs and the schema: a valid bearer token, or else a logged-in session. The schema's
    JSON is the same for every caller: serialised once per process and path."""
    if isinstance(view, partial) and view.func is openapi_json:
        view = _once_per_path(view)
    session_view = login_required(view)

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            user = bearer_user(request)
        except RateLimited as error:
            response = JsonResponse({"detail": str(error), "errors": []}, status=429,
                                    json_dumps_params={"ensure_ascii": False})  # fmt: skip
            response["Retry-After"] = str(error.retry_after)
            return response
        if user is not None:
            request.user = user
            return view(request, *args, **kwargs)
        return session_view(request, *args, **kwargs)

    return wrapper


class ChiboAPI(NinjaAPI):
    """The schema is built once per process and path prefix (it is the same for every caller):
    building it walks every operation and costs over a second on a loaded server. The dict
    returned is shared: callers that change it must copy it first."""

    _schemas: dict[str, Any]

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> Any:
        if path_prefix is None:
            path_prefix = self.get_root_path(path_params or {})
        cached = self.__dict__.setdefault("_schemas", {})
        if path_prefix not in cached:
            cached[path_prefix] = super().get_openapi_schema(path_prefix=path_prefix)
        return cached[path_prefix]


def _once_per_path(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    bodies: dict[str, tuple[bytes, str]] = {}

    def cached(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.path not in bodies:
            response = view(request, *args, **kwargs)
            if response.status_code != 200:
                return response
            bodies[request.path] = (response.content, response["Content-Type"])
        content, content_type = bodies[request.path]
        return HttpResponse(content, content_type=content_type)

    return cached


api = ChiboAPI(
    title="Chi bộ số API",
    version="1",
    description=(
        "Chi bộ, đảng viên, kế hoạch, sinh hoạt và nhiệm vụ, phát triển đảng viên, giám sát, đánh "
        "giá xếp loại, thông báo, sổ văn bản, nhập kế hoạch từ tệp, cùng phạm vi quyền như giao diện web. Mã truy cập "
        "có phạm vi chỉ đọc hoặc đọc và ghi, và giới hạn số yêu cầu mỗi phút."
    ),
    urls_namespace="api",
    auth=[token_auth, session_auth],
    renderer=UTF8JSONRenderer(),
    docs_decorator=docs_access,
)
errors.install(api)
api.add_router("", cells.router)
api.add_router("", members.router)
api.add_router("", plans_router)
api.add_router("", meetings_router)
api.add_router("", feedback_router)
api.add_router("", fees.router)
api.add_router("", admissions_router)
api.add_router("", ideas_router)
api.add_router("", residence_router)
api.add_router("", study_router)
api.add_router("", transfers_router)
api.add_router("", room_router)
api.add_router("", integrations.router)
api.add_router("", inspections_router)
api.add_router("", imports.router)
