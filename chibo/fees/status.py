"""The month's fee status as the meeting's roll call shows it: who has paid, who has not, who
is flagged for three unpaid months. Names and counts only, no amounts (salaries are personal)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.utils.functional import SimpleLazyObject

from chibo.organizations.models import Cell
from chibo.rules import fees as rules

from .ledger import current_month, month_book, opened


@dataclass
class RollCallFees:
    month: dt.date
    members: int = 0
    paid: int = 0
    exempt: int = 0
    unpaid: list[str] = field(default_factory=list)
    flagged: list[tuple[str, str]] = field(default_factory=list)
    no_basis: list[str] = field(default_factory=list)


def roll_call(cell: Cell, on: dt.date, *, today: dt.date | None = None) -> RollCallFees | None:
    """The status of the month of `on` (of the current month for a meeting ahead); None when
    the cell does not keep its fee book here yet."""
    month = min(rules.first_of_month(on), current_month(today))
    start = opened(cell)
    if start is None or month < start:
        return None
    book = month_book(cell, month)
    status = RollCallFees(month, members=book.members)
    for line in book.lines:
        if not line.has_basis:
            status.no_basis.append(line.member.full_name)
        elif line.exempt and line.balance <= 0:
            status.exempt += 1
        elif line.balance <= 0:
            status.paid += 1
        else:
            status.unpaid.append(line.member.full_name)
        if line.flagged:
            status.flagged.append((line.member.full_name, line.flag_text))
    return status


def lazy_roll_call(cell: Cell, on: dt.date) -> Any:
    """`roll_call`, computed only when a page shows it (not for the roll call's own updates)."""
    return SimpleLazyObject(lambda: roll_call(cell, on))
