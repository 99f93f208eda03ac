"""A bearer token for each persona of chibo/conftest.py, and a small JSON client."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from chibo.api.models import ApiToken
from chibo.conftest import World


def persona_user(world: World, persona: str) -> Any:
    return {
        "anonymous": None,
        "member": world.member.user,
        "secretary": world.secretary.user,
        "other_cell": world.other_secretary.user,
        "officer": world.officer,
    }[persona]


class ApiClient:
    """Calls /api/v1/ with `Authorization: Bearer <key>` (or none) and JSON bodies."""

    def __init__(self, key: str | None = None, client: Client | None = None) -> None:
        self.key = key
        self.client = client or Client()

    def call(self, method: str, path: str, data: dict[str, Any] | None = None) -> Any:
        extra = {"HTTP_AUTHORIZATION": f"Bearer {self.key}"} if self.key else {}
        url = path if path.startswith("/") else f"/api/v1/{path}"
        if method.lower() == "get":
            return self.client.get(url, data or {}, **extra)
        return getattr(self.client, method.lower())(
            url, json.dumps(data or {}), content_type="application/json", **extra
        )

    def upload(self, path: str, data: dict[str, Any]) -> Any:
        """POST multipart/form-data (files as django.core.files.uploadedfile objects)."""
        extra = {"HTTP_AUTHORIZATION": f"Bearer {self.key}"} if self.key else {}
        url = path if path.startswith("/") else f"/api/v1/{path}"
        return self.client.post(url, data, **extra)

    def get(self, path: str, data: dict[str, Any] | None = None) -> Any:
        return self.call("get", path, data)

    def post(self, path: str, data: dict[str, Any] | None = None) -> Any:
        return self.call("post", path, data)

    def patch(self, path: str, data: dict[str, Any] | None = None) -> Any:
        return self.call("patch", path, data)


def api_client_for(world: World, persona: str) -> ApiClient:
    user = persona_user(world, persona)
    if user is None:
        return ApiClient()
    _, key = ApiToken.issue(user, name=f"test {persona}")
    return ApiClient(key)


@pytest.fixture
def secretary_api(world: World) -> ApiClient:
    return api_client_for(world, "secretary")


@pytest.fixture
def member_api(world: World) -> ApiClient:
    return api_client_for(world, "member")


@pytest.fixture
def officer_api(world: World) -> ApiClient:
    return api_client_for(world, "officer")
