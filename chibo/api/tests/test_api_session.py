"""A logged-in browser uses the API with its session; unsafe methods need the CSRF token."""

from __future__ import annotations

import json

from django.test import Client

from chibo.conftest import persona_client


def _csrf_client(world) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.secretary.user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_a_logged_in_browser_reads_with_its_session(world):
    response = persona_client(world, "officer").get(f"/api/v1/cells/{world.cell.pk}/members")
    assert response.status_code == 200
    assert response.json()["count"] == 2


def test_a_session_write_without_csrf_token_is_refused(world):
    client = _csrf_client(world)
    response = client.patch(f"/api/v1/members/{world.member.pk}", json.dumps({"job": "x", "version": 1}),
                            content_type="application/json")  # fmt: skip
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    world.member.refresh_from_db()
    assert world.member.job == ""


def test_a_session_write_with_the_csrf_token_goes_through(world):
    client = _csrf_client(world)
    assert client.get("/api/v1/docs").status_code == 200  # the docs page sets the CSRF cookie
    token = client.cookies["csrftoken"].value
    response = client.patch(f"/api/v1/members/{world.member.pk}", json.dumps({"job": "Giáo viên", "version": 1}),
                            content_type="application/json", HTTP_X_CSRFTOKEN=token)  # fmt: skip
    assert response.status_code == 200, response.content
    assert response.json()["job"] == "Giáo viên"


def test_an_anonymous_write_is_401_not_a_csrf_error(world):
    response = Client(enforce_csrf_checks=True).post(
        f"/api/v1/cells/{world.cell.pk}/members", "{}", content_type="application/json")  # fmt: skip
    assert response.status_code == 401
