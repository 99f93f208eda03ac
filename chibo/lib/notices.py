"""A port for telling people something. A domain app (meetings, plans…) announces; the
notifications app, which reads the domain apps and so sits above them, delivers. Domain apps
never import chibo.notifications: they call `announce(...)`, and NotificationsConfig.ready()
connects the delivery. This is a side effect of a change, never part of its flow: a failed
delivery is logged by the receiver and the change stands."""

from __future__ import annotations

from typing import Any

from django.dispatch import Signal

announced = Signal()


def announce(**notice: Any) -> int:
    """Deliver a notice (recipients, kind, title, body, url, cell, dedupe_key): returns how many
    in-app notices were made, 0 when nothing delivers notices."""
    made = 0
    for _receiver, result in announced.send(sender=None, **notice):
        made += result if isinstance(result, int) else 0
    return made
