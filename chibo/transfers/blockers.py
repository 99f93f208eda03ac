"""A port: what keeps a member from being transferred. Apps that know of such a state (an open
inspection case) add a function here; the transfer asks them all before it is issued.

A blocker takes the member and returns '' or the reason, in Vietnamese, with its rule cited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Blocker = Callable[[Any], str]
_BLOCKERS: dict[str, Blocker] = {}


def register(name: str, blocker: Blocker) -> None:
    """Add (or replace) the blocker called `name`."""
    _BLOCKERS[name] = blocker


def unregister(name: str) -> None:
    _BLOCKERS.pop(name, None)


def problems(member: Any) -> list[str]:
    return [reason for blocker in _BLOCKERS.values() if (reason := blocker(member))]
