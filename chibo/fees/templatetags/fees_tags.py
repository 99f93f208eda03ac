"""{{ amount|money }} → "1.234.000 đ"; {{ month|month_label }} → "11/2026"."""

from __future__ import annotations

import datetime as dt

from django import template

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
