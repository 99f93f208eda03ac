"""The dates Chi bộ số accepts from people and scripts: 1900–2100.

A year 0001 or 9999 is never meant, and outside this range date arithmetic (a day before,
the local time zone) overflows into a server error. Forms (every DateField and
DateTimeField, see chibo.core) and the API's date types use the same bounds and message.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.core.exceptions import ValidationError
from pydantic import AfterValidator

EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2100, 12, 31)
YEARS = range(EARLIEST.year, LATEST.year + 1)
MESSAGE = f"Ngày phải nằm trong khoảng từ năm {EARLIEST.year} đến năm {LATEST.year}."


def is_plausible(value: dt.date | dt.datetime) -> bool:
    day = value.date() if isinstance(value, dt.datetime) else value
    return EARLIEST <= day <= LATEST


def validate_plausible(value: Any) -> None:
    """A Django validator for DateField and DateTimeField."""
    if isinstance(value, dt.date) and not is_plausible(value):
        raise ValidationError(MESSAGE, code="implausible_date")


def _checked[T: dt.date](value: T) -> T:
    if not is_plausible(value):
        raise ValueError(MESSAGE)
    return value


PlausibleDate = Annotated[dt.date, AfterValidator(_checked)]
PlausibleDateTime = Annotated[dt.datetime, AfterValidator(_checked)]
