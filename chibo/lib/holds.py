"""A port for what holds a member in the cell: an app that must refuse a change of cell (a
transfer) asks `holds_on(member)`; the apps that can hold a member (inspections: an open
inspection case) register a check in their AppConfig.ready(). The asking app never imports
them, whatever its layer.

A check returns '' when it does not hold the member, else the reason with its rule, in
Vietnamese, ready to show to the user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Check = Callable[[Any], str]
_CHECKS: dict[str, Check] = {}


def register(name: str, check: Check) -> None:
    """Register (or replace) the check called `name`."""
    _CHECKS[name] = check


def unregister(name: str) -> None:
    _CHECKS.pop(name, None)


def holds_on(member: Any) -> list[str]:
    """Every reason that holds the member now, in registration order; [] when none."""
    return [reason for check in _CHECKS.values() if (reason := check(member))]
