"""{% load people %}{{ user|vn_name }}: a login's name in Vietnamese order (Trần Văn Minh)."""

from typing import Any

from django import template

from chibo.lib.vietnamese import person_name

register = template.Library()


@register.filter
def vn_name(user: Any) -> str:
    return person_name(user)
