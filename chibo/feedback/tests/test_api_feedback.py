"""GET /api/v1/feedback: a staff token lists its school's items, with status filters."""

from __future__ import annotations

import time_machine
from django.test import Client

from chibo.api.models import ApiToken

from .helpers import answered, submit


def _get(user, query: str = ""):
    _, key = ApiToken.issue(user, name="test")
    return Client().get(f"/api/v1/feedback{query}", HTTP_AUTHORIZATION=f"Bearer {key}")


def test_a_handler_lists_only_their_schools_items(sw):
    submit(sw.school)
    answered(sw.school, sw.handler.user)
    submit(sw.other_school)
    response = _get(sw.handler.user)
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    assert {row["school"] for row in body["items"]} == {sw.school.slug}
    assert set(body["items"][0]) >= {
        "number",
        "status",
        "due_on",
        "overdue",
        "text",
        "public_answer",
    }
    assert not {"sender_name", "sender_contact", "code_hash"} & set(body["items"][0])


def test_status_and_overdue_filters(sw):
    with time_machine.travel("2026-03-02 09:00 +0700", tick=False):
        submit(sw.school)
        answered(sw.school, sw.handler.user)
    with time_machine.travel("2026-03-20 09:00 +0700", tick=False):
        submit(sw.school)
        assert _get(sw.handler.user, "?status=answered").json()["count"] == 1
        assert _get(sw.handler.user, "?status=new&status=answered").json()["count"] == 3
        overdue = _get(sw.handler.user, "?overdue=true").json()
        assert overdue["count"] == 1 and overdue["items"][0]["overdue"] is True
        assert _get(sw.handler.user, "?overdue=false").json()["count"] == 2


def test_someone_who_is_no_schools_staff_gets_403_in_vietnamese(sw):
    response = _get(sw.world.secretary.user)
    assert response.status_code == 403
    assert "Chỉ cán bộ nhà trường" in response.json()["detail"]


def test_staff_of_another_school_see_nothing_of_this_one(sw):
    submit(sw.school)
    body = _get(sw.other_staff.user).json()
    assert body["count"] == 0
