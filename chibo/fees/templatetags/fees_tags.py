"""{{ amount|money }} → "1.234.000 đ"; {{ month|month_label }} → "11/2026"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template

from chibo.organizations.models import Cell
from chibo.rules.fees import money as _money

from ..models import month_label as _month_label

register = template.Library()


@register.filter
def money(value: int | None) -> str:
    """The amount with a no-break space before "đ", so a narrow column never strands it."""
    return "" if value is None or value == "" else _money(int(value)).replace(" đ", "\u00a0đ")


@register.filter
def month_label(value: dt.date | None) -> str:
    return _month_label(value) if value else ""


@register.simple_tag(takes_context=True)
def can_read_fee_book(context: dict[str, Any], cell: Cell) -> bool:
    """For the cell page: does the viewer keep or oversee this cell's fee book?"""
    from ..access import can_read_book

    request = context.get("request")
    return bool(request is not None and can_read_book(request, cell))
