"""Abuse resistance without outside services: the same address (or contact) is slowed down."""

from __future__ import annotations

import time_machine
from django.test import Client
from django.urls import reverse

from chibo.feedback.models import Feedback

from .test_submit_feedback import FORM


def _send(client: Client, slug: str, n: int, **extra) -> list[int]:
    codes = []
    for i in range(n):
        data = {**FORM, "sender_contact": f"09000000{i:02d}", **extra}
        codes.append(client.post(reverse("feedback:submit", args=[slug]), data).status_code)
    return codes


def test_thirty_submissions_in_a_minute_from_one_address_are_slowed_down(sw):
    client = Client(REMOTE_ADDR="203.0.113.7")
    with time_machine.travel("2026-03-02 08:00 +0700", tick=False):
        codes = _send(client, sw.school.slug, 30)
        assert codes[:5] == [302] * 5
        assert set(codes[5:]) == {429}
        response = client.post(reverse("feedback:submit", args=[sw.school.slug]), FORM)
    assert "Bạn gửi quá nhanh. Xin đợi khoảng" in response.content.decode()
    assert Feedback.objects.count() == 5
    # Another parent is not affected.
    with time_machine.travel("2026-03-02 08:00 +0700", tick=False):
        assert _send(Client(REMOTE_ADDR="198.51.100.2"), sw.school.slug, 1) == [302]
    # Ten minutes later the address may send again.
    with time_machine.travel("2026-03-02 08:11 +0700", tick=False):
        assert _send(client, sw.school.slug, 1) == [302]


def test_a_forged_forwarded_for_header_does_not_escape_the_limit(sw):
    with time_machine.travel("2026-03-02 08:00 +0700", tick=False):
        codes = [
            Client(REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=f"10.0.0.{i}")
            .post(
                reverse("feedback:submit", args=[sw.school.slug]),
                {**FORM, "sender_contact": f"09{i:08d}"},
            )
            .status_code
            for i in range(7)
        ]
    assert codes == [302] * 5 + [429] * 2


def test_one_contact_from_many_addresses_is_slowed_down(sw):
    with time_machine.travel("2026-03-02 08:00 +0700", tick=False):
        codes = [
            Client(REMOTE_ADDR=f"203.0.113.{i}")
            .post(
                reverse("feedback:submit", args=[sw.school.slug]),
                {**FORM, "sender_contact": "0912 345 678"},
            )
            .status_code
            for i in range(5)
        ]
    assert codes == [302, 302, 302, 429, 429]


def test_guessing_tracking_codes_is_slowed_down(sw):
    client = Client(REMOTE_ADDR="203.0.113.9")
    with time_machine.travel("2026-03-02 08:00 +0700", tick=False):
        codes = [
            client.get(reverse("feedback:track", args=[f"AAAA-BBBB-{i:04d}"])).status_code
            for i in range(25)
        ]
    assert codes[:20] == [404] * 20 and set(codes[20:]) == {429}


def test_addresses_are_stored_only_as_keyed_hashes(sw):
    from chibo.feedback.models import Hit

    _send(Client(REMOTE_ADDR="203.0.113.7"), sw.school.slug, 1)
    keys = list(Hit.objects.values_list("key", flat=True))
    assert keys and all("203.0.113.7" not in k and "0900000000" not in k for k in keys)
