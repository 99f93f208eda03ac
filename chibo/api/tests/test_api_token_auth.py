"""Bearer tokens: checked by hash, refused when revoked or when the user is inactive."""

from __future__ import annotations

import datetime as dt

import time_machine
from django.utils import timezone

from chibo.api.models import ApiToken

from .conftest import ApiClient


def test_a_request_without_credentials_gets_401(world):
    response = ApiClient().get("cells")
    assert response.status_code == 401
    assert response.json()["detail"].startswith("Cần đăng nhập")


def test_an_unknown_token_gets_401(world):
    assert ApiClient("not-a-real-token").get("cells").status_code == 401


def test_a_token_sent_with_another_scheme_gets_401(world, client):
    _, key = ApiToken.issue(world.secretary.user)
    response = client.get("/api/v1/cells", HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 401


def test_a_revoked_token_gets_401(world):
    token, key = ApiToken.issue(world.secretary.user)
    token.revoke()
    assert ApiClient(key).get("cells").status_code == 401


def test_the_token_of_an_inactive_user_gets_401(world):
    _, key = ApiToken.issue(world.secretary.user)
    user = world.secretary.user
    user.is_active = False
    user.save()
    assert ApiClient(key).get("cells").status_code == 401


def test_the_token_acts_as_its_user_only(world):
    _, key = ApiToken.issue(world.other_secretary.user)
    api = ApiClient(key)
    assert api.get(f"cells/{world.other_cell.pk}").status_code == 200
    assert api.get(f"cells/{world.cell.pk}").status_code == 404


def test_last_used_is_written_at_most_once_a_minute(world):
    token, key = ApiToken.issue(world.secretary.user)
    api = ApiClient(key)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        api.get("me")
        token.refresh_from_db()
        assert token.last_used_at == start
    with time_machine.travel(start + dt.timedelta(seconds=59), tick=False):
        api.get("me")
        token.refresh_from_db()
        assert token.last_used_at == start
    with time_machine.travel(start + dt.timedelta(seconds=61), tick=False):
        api.get("me")
        token.refresh_from_db()
        assert token.last_used_at == start + dt.timedelta(seconds=61)
