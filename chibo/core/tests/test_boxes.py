"""{% box %} draws a field's own widget with a page-chosen id and value: a per-row date box keeps
the day-first widget's keyboard, placeholder and format instead of a hand-copied <input>."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.template import Context, Template

from chibo.lib.dates import DayMonthYearField


class _Form(forms.Form):
    on = DayMonthYearField(label="Ngày", initial=dt.date(2026, 12, 2))


def _draw(snippet: str, **context) -> str:
    return Template("{% load boxes %}" + snippet).render(Context({"form": _Form(), **context}))


def test_the_box_is_the_field_widget_with_the_id_its_parts_make():
    html = _draw('{% box form.on "on" pk %}', pk=12)
    assert 'id="on12"' in html and 'name="on"' in html
    assert 'inputmode="numeric"' in html and "required" in html
    assert 'value="02/12/2026"' in html  # the form's initial, typed day first


def test_a_value_given_is_shown_day_first_and_none_draws_an_empty_box():
    assert 'value="05/01/2026"' in _draw('{% box form.on "ad" 3 value=d %}', d=dt.date(2026, 1, 5))
    empty = _draw('{% box form.on "ad" 3 value=d %}', d=None)
    assert 'id="ad3"' in empty and "value=" not in empty
