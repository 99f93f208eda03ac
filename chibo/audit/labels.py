"""How the audit log reads to a person: actions, field names and values in Vietnamese.

An action code ("meeting.distribute") is written by the model verb that makes the change; its
label lives beside that verb, in the app's own ``audit_labels.py`` (``LABELS = {code: label}``),
found here by app name, so the audit app knows no other app. A test walks every code written
by the code base and by the demo and fails on a code without a label.

Field names come from the model's own verbose names, and values are written as a person
reads them: dates "05/01/2026", times "05/01/2026 07:30", choices by their label, yes/no.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from importlib import import_module
from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


@cache
def action_labels() -> dict[str, str]:
    """Every app's ``audit_labels.LABELS``, merged."""
    labels: dict[str, str] = {}
    for config in apps.get_app_configs():
        try:
            module = import_module(f"{config.name}.audit_labels")
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.audit_labels":
                raise
            continue
        labels.update(module.LABELS)
    return labels


def action_label(code: str) -> str:
    """The Vietnamese label of an action code; the code itself if none is written."""
    return action_labels().get(code, code)


def _model(object_type: str) -> type[models.Model] | None:
    try:
        return apps.get_model(object_type)
    except (LookupError, ValueError):
        return None


def field_label(object_type: str, name: str) -> str:
    model = _model(object_type)
    if model is not None:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            pass
        else:
            verbose = getattr(field, "verbose_name", "")
            if verbose:
                text = str(verbose)
                return text[:1].upper() + text[1:]
    return name.replace("_", " ")


def readable_value(object_type: str, name: str, value: Any) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, list):  # the audit log keeps sets and lists as lists (never a choice key)
        return ", ".join(readable_value(object_type, name, v) for v in value)
    model = _model(object_type)
    if model is not None:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            field = None
        choices = dict(getattr(field, "flatchoices", None) or ())
        if value in choices:
            return str(choices[value])
    if isinstance(value, str):
        if _DATE.match(value):
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        if _DATETIME.match(value):
            try:
                when = dt.datetime.fromisoformat(value)
            except ValueError:
                return value
            if timezone.is_aware(when):
                when = timezone.localtime(when)
            return when.strftime("%d/%m/%Y %H:%M")
    return str(value)
