"""Locked log-ins of a cell's members, and unlocking them (the Bí thư or an administrator).

django-axes counts failures per (username, address) pair; unlocking clears every pair of
the username and is written to the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from axes.models import AccessAttempt
from django.conf import settings
from django.db import transaction

from chibo.audit.models import log_action
from chibo.members.models import Member
from chibo.organizations.models import Cell


@dataclass
class LoginFailures:
    member: Member
    failures: int
    locked: bool
    last_attempt: Any


def failures_in(cell: Cell) -> list[LoginFailures]:
    members = {
        m.user.get_username(): m  # type: ignore[union-attr]
        for m in Member.objects.for_cell(cell).filter(user__isnull=False).select_related("user")
    }
    totals: dict[str, LoginFailures] = {}
    for attempt in AccessAttempt.objects.filter(username__in=list(members)):
        row = totals.setdefault(
            attempt.username,
            LoginFailures(members[attempt.username], 0, False, attempt.attempt_time),
        )
        row.failures += attempt.failures_since_start
        row.locked |= attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT
        row.last_attempt = max(row.last_attempt, attempt.attempt_time)
    return sorted(totals.values(), key=lambda r: r.member.sort_key)


def unlock(member: Member, *, by: Any) -> int:
    """Clear the member's failed log-ins from every address; returns how many were cleared."""
    username = member.user.get_username()  # type: ignore[union-attr]
    with transaction.atomic():
        attempts = AccessAttempt.objects.select_for_update().filter(username=username)
        failures = sum(a.failures_since_start for a in attempts)
        addresses = sorted({a.ip_address or "" for a in attempts})
        attempts.delete()
        log_action(member, "login.unlock", by=by, cell=member.cell,
                   before={"failures": failures, "addresses": ", ".join(addresses)},
                   after={"failures": 0})  # fmt: skip
    return failures
