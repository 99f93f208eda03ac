"""No page or API answer shows the contact of a sender who chose anonymity, for any role; the
contact of a sender known to the school appears only in the audited answer to a handler who asked.

Every persona (the shared five and the school's three) opens every page of the portal, the item's
own pages, the Party's figures and the API."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.urls import reverse

from chibo.api.models import ApiToken
from chibo.conftest import PERSONAS, persona_client
from chibo.feedback.models import Feedback

from .helpers import STAFF_PERSONAS, staff_client
from .routes import ROUTES

NAME = "Hoàng Thị Bí Mật"
PHONE = "0987 654 321"
EMAIL = "bimat@example.vn"
SECRETS = (NAME, PHONE, PHONE.replace(" ", ""), EMAIL)


def _send(sw, visibility: str) -> tuple[Feedback, str]:
    response = Client().post(reverse("feedback:submit", args=[sw.school.slug]), {
        "kind": "report", "category": "conduct", "text": "Một nhân viên nói nặng lời với trẻ.",
        "visibility": visibility, "sender_name": NAME, "sender_contact": f"{PHONE} / {EMAIL}",
    })  # fmt: skip
    assert response.status_code == 302
    code = response["Location"].split("/")[-2]
    return Feedback.objects.latest("pk"), code


def _body(response) -> str:
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    return raw.decode(errors="replace")


def _client(sw, persona: str) -> Client:
    return (
        staff_client(sw, persona)
        if persona in STAFF_PERSONAS
        else persona_client(sw.world, persona)
    )


def _pages(sw, item: Feedback, code: str) -> list[tuple[str, str]]:
    pages = [
        ("get", reverse(r.name, args=r.args(sw.world)) + r.query)
        for r in ROUTES
        if r.method == "get"
    ]
    return pages + [
        ("get", reverse("feedback:detail", args=[item.pk])),
        ("post", reverse("feedback:identity", args=[item.pk])),
        ("get", reverse("feedback:queue", args=[sw.school.slug]) + "?show=all"),
        ("get", reverse("feedback:moderation", args=[sw.school.slug])),
        ("get", reverse("feedback:portal", args=[sw.school.slug])),
        ("get", reverse("feedback:track", args=[code])),
        ("get", reverse("feedback:cell", args=[sw.school.cell_id])),
        ("get", reverse("feedback:committee", args=[sw.world.committee.pk])),
        ("get", reverse("notifications:list")),
        ("get", "/api/v1/feedback"),
        ("get", "/api/v1/feedback?status=in_progress&status=answered"),
    ]


def _published(sw, item: Feedback) -> None:
    item.take(staff=sw.handler)
    item.answer(text="Nhà trường đã làm việc với nhân viên.", by=sw.handler.user)
    item.moderate(publish=True, public_text=item.text, by=sw.handler.user)


@pytest.mark.parametrize("persona", PERSONAS + STAFF_PERSONAS)
def test_no_page_shows_anything_of_an_anonymous_sender(sw, persona):
    item, code = _send(sw, "anonymous")
    _published(sw, item)
    client = _client(sw, persona)
    for method, url in _pages(sw, item, code):
        body = _body(getattr(client, method)(url))
        for secret in SECRETS:
            assert secret not in body, (persona, url, secret)
    assert all(
        secret not in json.dumps(list(Feedback.objects.values()), default=str) for secret in SECRETS
    )


@pytest.mark.parametrize("persona", PERSONAS + STAFF_PERSONAS)
def test_the_contact_of_a_sender_known_to_the_school_only_reaches_a_handler_who_asks(sw, persona):
    item, code = _send(sw, "school")
    _published(sw, item)
    client = _client(sw, persona)
    for method, url in _pages(sw, item, code):
        body = _body(getattr(client, method)(url))
        may_see = method == "post" and "identity" in url and persona in ("handler", "manager")
        for secret in (PHONE, EMAIL):
            assert (secret in body) == may_see, (persona, url, secret)


@pytest.mark.parametrize("persona", PERSONAS + STAFF_PERSONAS)
def test_the_api_never_answers_with_a_senders_identity(sw, persona):
    _published(sw, _send(sw, "school")[0])
    user = None if persona == "anonymous" else _client(sw, persona).session and (
        getattr(sw, persona).user if persona in STAFF_PERSONAS else
        {"member": sw.world.member.user, "secretary": sw.world.secretary.user,
         "other_cell": sw.world.other_secretary.user, "officer": sw.world.officer}[persona])  # fmt: skip
    headers = {}
    if user is not None:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {ApiToken.issue(user, name='test')[1]}"
    response = Client().get("/api/v1/feedback", **headers)
    assert response.status_code in (200, 401, 403)
    for secret in SECRETS:
        assert secret not in response.content.decode()
