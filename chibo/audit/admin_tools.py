"""The Django admin and the audit log.

- `ReadOnlyAdmin`: official records (members, assessments…) change only through the app's
  model verbs, which check the rules and write the log; the admin only shows them.
- `AuditedAdmin`: what the admin may still change (the organisation's structure, committee
  officers, user permissions, quality sheets) is logged like any other change: the fields
  that changed, with their old values, and every inline row added, changed or removed.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import models
from django.http import HttpRequest

from .models import log_action


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


def _plain(value: Any) -> Any:
    if isinstance(value, models.QuerySet | list | tuple | set):
        return sorted(str(v) for v in value)
    return value


def _scope(obj: Any) -> dict[str, Any]:
    """The cell or committee an admin change belongs to (shown on their audit pages)."""
    label = obj._meta.label_lower
    if label == "organizations.cell":
        return {"cell": obj}
    if label == "organizations.committee":
        return {"committee": obj}
    cell = getattr(obj, "cell", None)
    if cell is not None and getattr(cell, "_meta", None) is not None:
        return {"cell": cell}
    committee = getattr(obj, "committee", None)
    if committee is not None and getattr(committee, "_meta", None) is not None:
        return {"committee": committee}
    return {}


def _fields(obj: models.Model) -> dict[str, Any]:
    return {f.name: getattr(obj, f.attname) for f in obj._meta.concrete_fields if not f.primary_key}


class AuditedAdmin(admin.ModelAdmin):
    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        names = [n for n in form.changed_data if "password" not in n]
        before = {n: _plain(form.initial.get(n)) for n in names} if change else {}
        super().save_model(request, obj, form, change)
        after = {n: _plain(form.cleaned_data.get(n)) for n in names}
        if change and not names:
            return
        action = "admin.change" if change else "admin.add"
        log_action(obj, action, by=request.user, before=before, after=after, **_scope(obj))

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        log_action(obj, "admin.delete", by=request.user, before=_fields(obj), **_scope(obj))
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for obj in queryset:
            log_action(obj, "admin.delete", by=request.user, before=_fields(obj), **_scope(obj))
        super().delete_queryset(request, queryset)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        for inline in formset.deleted_forms:
            obj = inline.instance
            if obj.pk is not None:
                log_action(obj, "admin.delete", by=request.user, before=_fields(obj), **_scope(obj))
        changed_before = {
            inline.instance.pk: {n: _plain(inline.initial.get(n)) for n in inline.changed_data}
            for inline in formset.forms
            if inline.instance.pk is not None and inline.has_changed()
        }
        super().save_formset(request, form, formset, change)
        for obj in formset.new_objects:
            log_action(obj, "admin.add", by=request.user, after=_fields(obj), **_scope(obj))
        for obj, names in formset.changed_objects:
            before = changed_before.get(obj.pk, {})
            after = {n: _plain(getattr(obj, n, None)) for n in names}
            log_action(
                obj, "admin.change", by=request.user, before=before, after=after, **_scope(obj)
            )
