"""/api/v1/ — django-ninja, token auth, the same scoping as the UI.

Authenticate with `Authorization: Bearer <token>` (tokens from `chibo api-token USERNAME`)
or, in a browser, with the login session (CSRF checked). Docs: /api/v1/docs (logged in).
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from ninja import NinjaAPI
from ninja.renderers import JSONRenderer

from chibo.admissions.api import router as admissions_router
from chibo.feedback.api import router as feedback_router
from chibo.ideas.api import router as ideas_router
from chibo.inspections.api import router as inspections_router
from chibo.meetings.api import router as meetings_router
from chibo.plans.api import router as plans_router

from . import cells, errors, fees, members
from .auth import session_auth, token_auth


class UTF8JSONRenderer(JSONRenderer):
    """Vietnamese as UTF-8 text, not \\u escapes."""

    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    title="Chi bộ số API",
    version="1",
    description=(
        "Chi bộ, đảng viên, kế hoạch, sinh hoạt và nhiệm vụ, phát triển đảng viên, cùng phạm vi "
        "quyền như giao diện web."
    ),
    urls_namespace="api",
    auth=[token_auth, session_auth],
    renderer=UTF8JSONRenderer(),
    docs_decorator=login_required,
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
api.add_router("", inspections_router)
