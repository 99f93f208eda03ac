"""The audit log: every change to an official record, written explicitly by the model
method that makes it (never by signals), with actor, time, action, before and after."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.utils import timezone

if TYPE_CHECKING:
    from chibo.organizations.models import Cell, Committee


class AuditQuerySet(models.QuerySet["AuditEntry"]):
    def for_cell(self, cell: Cell) -> AuditQuerySet:
        return self.filter(cell=cell)

    def for_committee(self, committee: Committee) -> AuditQuerySet:
        """Entries of the committee itself and of every cell below it, at any depth."""
        return self.filter(
            models.Q(cell__path__startswith=committee.path)
            | models.Q(committee__path__startswith=committee.path)
        )


class AuditEntry(models.Model):
    at = models.DateTimeField("thời điểm", default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người thực hiện",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField("hành động", max_length=64)
    cell = models.ForeignKey(
        "organizations.Cell", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    committee = models.ForeignKey(
        "organizations.Committee",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    object_type = models.CharField(max_length=64)
    object_id = models.CharField(max_length=64)
    object_repr = models.CharField("đối tượng", max_length=255)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["cell", "-at"]),
            models.Index(fields=["object_type", "object_id"]),
        ]
        verbose_name = "mục nhật ký"
        verbose_name_plural = "nhật ký thay đổi"

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} {self.action} {self.object_repr}"

    @property
    def changes(self) -> list[tuple[str, Any, Any]]:
        keys = sorted(set(self.before) | set(self.after))
        return [
            (k, self.before.get(k), self.after.get(k))
            for k in keys
            if self.before.get(k) != self.after.get(k)
        ]


def log_action(
    obj: models.Model,
    action: str,
    *,
    by: Any,
    cell: Cell | None = None,
    committee: Committee | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Write one audit entry. Call it inside the transaction that makes the change."""
    actor = by if getattr(by, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        actor=actor,
        action=action,
        cell=cell,
        committee=committee,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=str(obj)[:255],
        before=_jsonable(before or {}),
        after=_jsonable(after or {}),
    )


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if value is None or isinstance(value, bool | int | float | str):
            out[key] = value
        elif isinstance(value, models.Model):
            out[key] = str(value)
        else:
            out[key] = str(value)
    return out


def snapshot(obj: models.Model, fields: list[str]) -> dict[str, Any]:
    """The current values of `fields`, for before/after in an audit entry."""
    return _jsonable({name: getattr(obj, name) for name in fields})
