"""A fee month is typed month first (11/2026), whatever the phone's language; a script may still
send 2026-11. Impossible months are refused with the reason."""

from __future__ import annotations

import datetime as dt

import pytest
from django import forms

from chibo.fees.forms import MonthField


@pytest.mark.parametrize(
    ("typed", "month"),
    [("11/2026", dt.date(2026, 11, 1)), ("1/2027", dt.date(2027, 1, 1)),
     ("03-2026", dt.date(2026, 3, 1)), ("03.2026", dt.date(2026, 3, 1)),
     (" 12 / 2026 ", dt.date(2026, 12, 1)), ("2026-11", dt.date(2026, 11, 1))],
)  # fmt: skip
def test_a_month_is_read_month_first(typed, month):
    assert MonthField().clean(typed) == month


@pytest.mark.parametrize("typed", ["13/2026", "0/2026", "2026/11", "tháng 11", "11/26"])
def test_an_impossible_or_unreadable_month_is_refused_in_vietnamese(typed):
    with pytest.raises(forms.ValidationError) as refused:
        MonthField().clean(typed)
    assert "Tháng không hợp lệ" in refused.value.messages[0]


def test_the_box_shows_the_month_as_it_is_typed_and_asks_for_no_browser_picker():
    class Form(forms.Form):
        month = MonthField()

    html = str(Form(initial={"month": dt.date(2026, 11, 1)})["month"])
    assert 'value="11/2026"' in html
    assert 'type="text"' in html and 'inputmode="numeric"' in html
    assert 'type="month"' not in html
