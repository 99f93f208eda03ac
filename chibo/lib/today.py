"""A port for "Việc hôm nay": what each person has to do, most urgent first.

The home page (chibo.core) lists the items; it imports no domain app. Each domain app that knows
something due writes a `today.py` with a provider and registers it in its AppConfig.ready():

    from chibo.lib.today import provider

    @provider("meetings")
    def meeting_items(who: Who) -> Iterable[Item]: ...

A provider gets the person (their membership, the committees they serve, today's date) and
returns items; it must cost a fixed number of SQL queries whatever the size of the data (no query
per row): the home page's query count is pinned in a test with two data sizes. A provider that
fails is logged and skipped, so one broken app never takes the home page down.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)

# How urgent an item is, from its due date (or set by the provider).
OVERDUE, TODAY, SOON, LATER, INFO = 0, 1, 2, 3, 4
URGENCY_LABELS = {OVERDUE: "Quá hạn", TODAY: "Hôm nay", SOON: "Sắp đến hạn", LATER: "", INFO: ""}
SOON_DAYS = 7


def urgency_of(due: dt.date | None, today: dt.date) -> int:
    if due is None:
        return LATER
    if due < today:
        return OVERDUE
    if due <= today + dt.timedelta(days=1):
        return TODAY
    if due <= today + dt.timedelta(days=SOON_DAYS):
        return SOON
    return LATER


@dataclass(frozen=True)
class Who:
    """The person the list is for."""

    user: Any
    member: Any | None  # their active membership (chibo.members.Member), if any
    committees: list[Any]  # the committees they serve as an officer
    today: dt.date

    @property
    def is_editor(self) -> bool:
        return bool(self.member is not None and self.member.is_editor)


@dataclass(frozen=True)
class Item:
    """One line of the list: what to do, why, by when, and the screen where it is done."""

    title: str
    url: str
    why: str = ""
    due: dt.date | None = None
    urgency: int | None = None  # None: derived from `due`
    action: str = "Mở"  # the button's label
    audience: str = ""  # who it is for, when not the person themself ("Chi ủy", "Bí thư")
    kind: str = ""  # machine name, for tests and the offline cache
    rank: int = 50  # tie-break among items of one urgency: lower first
    facts: tuple[str, ...] = field(default=())  # short facts shown under the title (date, status)
    pinned: bool = False  # shown first whatever its urgency: the cell's next meeting

    def level(self, today: dt.date) -> int:
        return self.urgency if self.urgency is not None else urgency_of(self.due, today)

    def label(self, today: dt.date) -> str:
        """ "Quá hạn", "Hôm nay", "Sắp đến hạn": only for an item with a due date."""
        if self.due is None:
            return ""
        if self.due == today + dt.timedelta(days=1):
            return "Ngày mai"
        return URGENCY_LABELS[self.level(today)]


Provider = Callable[[Who], Iterable[Item]]
_providers: dict[str, Provider] = {}


def provider(name: str) -> Callable[[Provider], Provider]:
    """Register a provider under a unique name (registering the same name again replaces it)."""

    def register(fn: Provider) -> Provider:
        _providers[name] = fn
        return fn

    return register


def providers() -> dict[str, Provider]:
    return dict(_providers)


def items_for(who: Who) -> list[Item]:
    """Every registered provider's items for `who`: the pinned ones (the next meeting) first,
    then the most urgent, then by due date."""
    found: list[Item] = []
    for name, fn in _providers.items():
        try:
            found.extend(fn(who))
        except Exception:  # one broken provider must not take the home page down
            logger.exception("today provider %s failed", name)
    far = dt.date.max
    return sorted(
        found, key=lambda i: (not i.pinned, i.level(who.today), i.rank, i.due or far, i.title)
    )
