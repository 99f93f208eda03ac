"""The dates Chi bộ số accepts from people and scripts: 1900–2100.

A year 0001 or 9999 is never meant, and outside this range date arithmetic (a day before,
the local time zone) overflows into a server error. Forms (every DateField and
DateTimeField, see chibo.core) and the API's date types use the same bounds and message.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Annotated, Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
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


# -- a date typed as day/month/year, whatever the browser's language ---------------------------
# `<input type=date>` shows mm/dd/yyyy on a phone set to English and sends "" for 31/02, so the
# server saved a blank. This field is a plain text box read the Vietnamese way, day first; it
# refuses a date that does not exist with the reason. The API passes its strings through the
# same field (ISO "1985-02-28" is accepted too), so both say the same thing.

FORMAT_HELP = "Ghi theo thứ tự ngày/tháng/năm, ví dụ 05/01/1985."
_DAY_FIRST = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")  # 05011985: a numeric keypad has no "/"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_day_month_year(text: str) -> dt.date:
    """'31/1/1985', '31.01.1985', '31-01-1985', '31011985' or ISO '1985-01-31' → a date;
    ValidationError with a Vietnamese reason otherwise."""
    text = text.strip()
    match = _ISO.match(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = _DAY_FIRST.match(text) or _DIGITS.match(text)
        if not match:
            raise ValidationError(f"“{text[:20]}” không đọc được là ngày. {FORMAT_HELP}",
                                  code="invalid")  # fmt: skip
        day, month, year = (int(part) for part in match.groups())
    if year < 1:
        raise ValidationError(f"Năm {year} không có thật. {FORMAT_HELP}", code="invalid")
    if not 1 <= month <= 12:
        raise ValidationError(
            f"Tháng {month} không có thật: tháng chỉ từ 1 đến 12.", code="invalid"
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValidationError(
            f"Ngày {day:02d}/{month:02d}/{year} không có thật: tháng {month} năm {year} "
            f"chỉ có {last} ngày.",
            code="invalid",
        )
    return dt.date(year, month, day)


class DayMonthYearInput(forms.TextInput):
    """A text box for dd/mm/yyyy: digits keypad on phones, day first on every phone."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__({"inputmode": "numeric", "autocomplete": "off", "placeholder": "ngày/tháng/năm",
                          "data-date": "dmy", "maxlength": "10", **(attrs or {})})  # fmt: skip

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, dt.date):
            return f"{value:%d/%m/%Y}"
        return super().format_value(value)


class DayMonthYearField(forms.DateField):
    """A DateField typed as day/month/year: impossible dates are refused, never dropped."""

    widget = DayMonthYearInput

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("help_text", FORMAT_HELP)
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> dt.date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        return parse_day_month_year(str(value))


# -- a moment typed as a day and a time of day ---------------------------------------------------
# `<input type=datetime-local>` has the same fault as the date box (US order on an English phone,
# a blank sent for an impossible day), and a one-box "05/01/2026 14:00" needs a space and a colon
# that a numeric keypad lacks. So: two boxes, the day as above and the time typed "14:00", "14h",
# "14h30", "14 30" or "1430". A script may still send one ISO value under the field's own name.

TIME_HELP = "Giờ ghi theo 24 giờ, ví dụ 14:00 hoặc 14h30."
_DAY_FIRST_TIME = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\s+\d{1,2}\s*[:hH]\s*\d{0,2}$")
_TIME = re.compile(r"^(\d{1,2})\s*(?:[:hHgG.]|\s)?\s*(\d{2})?\s*(?:phút|p)?$")


def parse_time_of_day(text: str) -> dt.time:
    """'14:00', '14h', '14h30', '14 30', '1430', '7:05' → a time; ValidationError otherwise."""
    text = text.strip().lower().replace("giờ", "h")
    match = _TIME.match(text)
    if not match:
        raise ValidationError(f"“{text[:12]}” không đọc được là giờ. {TIME_HELP}", code="invalid")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if len(match.group(1)) > 2 or hour > 23 or minute > 59:
        raise ValidationError(f"Giờ “{text[:12]}” không có thật. {TIME_HELP}", code="invalid")
    return dt.time(hour, minute)


class TimeOfDayInput(forms.TextInput):
    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__({"inputmode": "numeric", "autocomplete": "off", "placeholder": "giờ:phút",
                          "data-time": "hm", "maxlength": "8", **(attrs or {})})  # fmt: skip

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, dt.time):
            return f"{value:%H:%M}"
        return super().format_value(value)


class DayMonthYearTimeInput(forms.MultiWidget):
    """Two boxes, ngày/tháng/năm and giờ:phút, posted as NAME_0 and NAME_1."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        day = DayMonthYearInput({"aria-label": "Ngày", "class": "day-box"})
        time = TimeOfDayInput({"aria-label": "Giờ", "class": "time-box"})
        super().__init__((day, time), attrs)

    def id_for_label(self, id_: str) -> str:
        return f"{id_}_0" if id_ else ""  # a label names the day box, where typing starts

    def decompress(self, value: Any) -> list[Any]:
        if isinstance(value, dt.datetime):
            local = timezone.localtime(value) if timezone.is_aware(value) else value
            return [local.date(), local.time()]
        return [None, None]

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        if name in data:  # one ISO value from a script: read by the field as text
            return data.get(name)
        return super().value_from_datadict(data, files, name)

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return name not in data and super().value_omitted_from_data(data, files, name)


class DayMonthYearTimeField(forms.DateTimeField):
    """A DateTimeField typed as a day (dd/mm/yyyy) and a time (14:00) in the cell's time zone."""

    widget = DayMonthYearTimeInput

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("help_text", f"{FORMAT_HELP} {TIME_HELP}")
        super().__init__(**kwargs)
        # Each box says whose day and whose time it is ("Bắt đầu — ngày"), read aloud and found
        # by its label, whether the form is drawn by as_p (a fieldset) or by a template.
        if self.label and isinstance(self.widget, forms.MultiWidget):
            day, time = self.widget.widgets
            day.attrs["aria-label"] = f"{self.label} — ngày"
            time.attrs["aria-label"] = f"{self.label} — giờ"

    def to_python(self, value: Any) -> dt.datetime | None:
        if isinstance(value, (list, tuple)):
            day_text, time_text = (str(part or "").strip() for part in (list(value) + ["", ""])[:2])
            if not day_text and not time_text:
                return None
            if not day_text:
                raise ValidationError(f"Thiếu ngày. {FORMAT_HELP}", code="invalid")
            if not time_text:
                raise ValidationError(f"Thiếu giờ. {TIME_HELP}", code="invalid")
            moment = dt.datetime.combine(
                parse_day_month_year(day_text), parse_time_of_day(time_text)
            )
            return timezone.make_aware(moment)
        if isinstance(value, str) and _DAY_FIRST_TIME.match(value.strip()):
            day_text, time_text = value.strip().split(None, 1)
            return self.to_python([day_text, time_text])
        return super().to_python(value)
