"""The signed-in user and everything the layout needs of them, in one query.

Django's AuthenticationMiddleware loads the user with `SELECT … FROM auth_user WHERE id = …`;
the layout then asked for the viewer's membership, whether they serve a committee and their
unread notices: four queries on every page. `AuthenticationMiddleware` here loads the same user
row with the membership (cell and committee joined), the officer flag and the unread count in
that one query (chibo.members.access.with_viewer, chibo.notifications unread_annotation).

Everything else is Django's own `django.contrib.auth.get_user`: the session's user id and backend,
the backend's `user_can_authenticate` (inactive users are refused), and the session hash check
that logs a session out when the password changed (with the SECRET_KEY fallbacks). A backend
other than Django's ModelBackend loads its user its own way.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import auth
from django.contrib.auth import get_user_model, load_backend
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.middleware import AuthenticationMiddleware as DjangoAuthentication
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.utils.crypto import constant_time_compare
from django.utils.functional import SimpleLazyObject

from chibo.members.access import with_viewer
from chibo.notifications.context_processors import unread_annotation


def layout_users() -> Any:
    """Users with what the layout and the access checks need (see the module's docstring)."""
    return with_viewer(get_user_model()._default_manager.all()).annotate(**unread_annotation())


def _load(backend: Any, user_id: Any) -> Any:
    if type(backend) is not ModelBackend:
        return backend.get_user(user_id)
    user = layout_users().filter(pk=user_id).first()
    return user if user is not None and backend.user_can_authenticate(user) else None


def get_user(request: HttpRequest) -> Any:
    """django.contrib.auth.get_user, loading the user with `layout_users()`."""
    user = None
    try:
        user_id = auth._get_user_session_key(request)  # type: ignore[attr-defined]
        backend_path = request.session[auth.BACKEND_SESSION_KEY]
    except KeyError:
        pass
    else:
        if backend_path in settings.AUTHENTICATION_BACKENDS:
            user = _load(load_backend(backend_path), user_id)
            if hasattr(user, "get_session_auth_hash"):
                session_hash = request.session.get(auth.HASH_SESSION_KEY)
                verified = bool(session_hash) and constant_time_compare(
                    session_hash or "", user.get_session_auth_hash()
                )
                if not verified:
                    if session_hash and any(
                        constant_time_compare(session_hash, fallback)
                        for fallback in user.get_session_auth_fallback_hash()
                    ):
                        request.session.cycle_key()
                        request.session[auth.HASH_SESSION_KEY] = user.get_session_auth_hash()
                    else:
                        request.session.flush()
                        user = None
    return user or AnonymousUser()


def _cached_user(request: HttpRequest) -> Any:
    if not hasattr(request, "_cached_user"):
        request._cached_user = get_user(request)  # type: ignore[attr-defined]
    return request._cached_user  # type: ignore[attr-defined]


class AuthenticationMiddleware(DjangoAuthentication):
    """Django's, with the user loaded by `get_user` above (one query for the layout's facts)."""

    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)  # its checks, and request.auser (async, unused here)
        request.user = SimpleLazyObject(lambda: _cached_user(request))  # type: ignore[assignment]
