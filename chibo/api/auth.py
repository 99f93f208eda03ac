"""Who is calling: a bearer token (scripts, apps) or the browser session (the docs page).

Bearer comes first. The session is checked for CSRF only when it belongs to a logged-in
user, so an anonymous request gets 401, not a CSRF 403.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja.errors import HttpError
from ninja.security import HttpBearer
from ninja.security.apikey import APIKeyCookie
from ninja.utils import check_csrf

from . import limits
from .models import ApiToken

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
READ_ONLY = "Mã truy cập này chỉ có quyền đọc; hãy dùng mã có quyền ghi để thay đổi dữ liệu."


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any | None:
        found = ApiToken.find(token)
        if found is None:
            return None
        limits.check(found.key_hash[:16])
        if request.method not in SAFE_METHODS and not found.can_write:
            raise HttpError(403, READ_ONLY)
        # The same user object as a session would give, so access helpers take the request.
        request.user = found.user
        request.api_token = found  # type: ignore[attr-defined]
        return found.user


def bearer_user(request: HttpRequest) -> Any | None:
    """The user of a valid `Authorization: Bearer` header (rate-limited like the API), or None."""
    header = request.headers.get("Authorization", "")
    scheme, _, key = header.partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        return None
    found = ApiToken.find(key.strip())
    if found is None:
        return None
    limits.check(found.key_hash[:16])
    return found.user


class SessionAuth(APIKeyCookie):
    """Django's login session, with CSRF checked on unsafe methods."""

    param_name = settings.SESSION_COOKIE_NAME

    def _get_key(self, request: HttpRequest) -> str | None:
        user = getattr(request, "user", None)
        if not (user and user.is_authenticated):
            return None
        if self.csrf and check_csrf(request):
            raise HttpError(403, "Thiếu hoặc sai mã CSRF. Hãy tải lại trang rồi thử lại.")
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any | None:
        return request.user if key else None


token_auth = TokenAuth()
session_auth = SessionAuth()
