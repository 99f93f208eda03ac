"""{% load boxes %}{% box form.on "on" member.pk value=comment.answered_on %}: a form field's own widget
drawn with an id (its parts joined: "on" and 12 give "on12") and a value of the page's choosing — for pages that show one small form per row
(one per member), so that the box keeps the field's widget (its keyboard, placeholder, format)
instead of a hand-copied <input>."""

from __future__ import annotations

from typing import Any

from django import template
from django.forms import BoundField
from django.utils.safestring import SafeString

register = template.Library()
_FORM_VALUE = object()


@register.simple_tag
def box(field: BoundField, *id_parts: Any, value: Any = _FORM_VALUE) -> SafeString:
    """The value given (None draws an empty box), else the form's own (initial or typed)."""
    shown = field.value() if value is _FORM_VALUE else value
    attrs = {**field.build_widget_attrs({}), "id": "".join(map(str, id_parts))}
    return field.field.widget.render(field.html_name, field.field.prepare_value(shown), attrs=attrs)
