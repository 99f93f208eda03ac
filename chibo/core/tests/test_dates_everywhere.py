"""Every date a person types in Chi bộ số is typed day first, whatever the phone's language:
no form date field outside chibo.lib.dates, no browser date box in any template."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

from django import forms

import chibo
from chibo.lib.dates import DayMonthYearField, DayMonthYearTimeField

ROOT = Path(chibo.__file__).resolve().parent


def _product_forms():
    for module in pkgutil.iter_modules(chibo.__path__):
        try:
            found = importlib.import_module(f"chibo.{module.name}.forms")
        except ModuleNotFoundError:
            continue
        for _, cls in inspect.getmembers(found, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == found.__name__:
                yield cls


def test_every_form_date_is_typed_day_first():
    checked, wrong = 0, []
    for cls in _product_forms():
        for name, field in getattr(cls, "base_fields", {}).items():
            if isinstance(field, forms.DateField | forms.DateTimeField):
                checked += 1
                if not isinstance(field, DayMonthYearField | DayMonthYearTimeField):
                    wrong.append(f"{cls.__module__}.{cls.__name__}.{name}")
    assert checked >= 40  # the walk found the product's forms
    assert wrong == []


def test_no_template_draws_a_browser_date_box():
    boxes = ('type="date"', "type=date", 'type="datetime-local"', 'type="time"', 'type="month"')
    wrong = [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("templates/**/*.html")
        if any(box in path.read_text(encoding="utf-8") for box in boxes)
    ]
    assert wrong == []


def test_no_form_widget_asks_the_browser_for_a_date_box():
    """A widget drawn by Python (not a template) may not ask for the browser's own picker either:
    its format follows the phone's language, not ours."""
    browser_boxes = {"date", "datetime-local", "time", "month", "week"}
    checked, wrong = 0, []
    for cls in _product_forms():
        for name, field in getattr(cls, "base_fields", {}).items():
            checked += 1
            kinds = {getattr(widget, "input_type", None) for widget in _widgets(field.widget)}
            kinds |= {str(widget.attrs.get("type")) for widget in _widgets(field.widget)}
            if kinds & browser_boxes:
                wrong.append(f"{cls.__module__}.{cls.__name__}.{name}")
    assert checked >= 200
    assert wrong == []


def _widgets(widget: forms.Widget) -> list[forms.Widget]:
    return [widget, *getattr(widget, "widgets", [])]
