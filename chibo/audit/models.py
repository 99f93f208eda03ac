"""The audit log: every change to an official record, written explicitly by the model
method that makes it (never by signals), with actor, time, action, before and after.

The log is append-only: a row is never updated or deleted (the model refuses, and on
PostgreSQL a trigger refuses too), and each row carries a SHA-256 chained to the row before
(chibo/audit/chain.py), so `chibo audit-verify` finds the first row that was tampered with.
Writers take the single chain-head row FOR UPDATE, so the chain stays linear under
concurrent writers.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone

from . import chain, labels

if TYPE_CHECKING:
    from chibo.organizations.models import Cell, Committee


class AuditLogError(Exception):
    """The audit log was asked to change a row it has written."""


APPEND_ONLY = "Nhật ký thay đổi chỉ được ghi thêm, không được sửa hay xóa."


class AuditQuerySet(models.QuerySet["AuditEntry"]):
    def update(self, **kwargs: Any) -> int:
        raise AuditLogError(APPEND_ONLY)

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AuditLogError(APPEND_ONLY)

    def for_cell(self, cell: Cell) -> AuditQuerySet:
        return self.filter(cell=cell)

    def for_committee(self, committee: Committee) -> AuditQuerySet:
        """Entries of the committee itself and of every cell below it, at any depth."""
        return self.filter(
            models.Q(cell__path__startswith=committee.path)
            | models.Q(committee__path__startswith=committee.path)
        )


# NO_ROW_LOCKS: a writer holds the chain head from the moment it takes it to its commit, so
# while holding it, it must wait for no other row (seen under load on PostgreSQL, where a
# verb holding its meeting and cell FOR UPDATE waited for the head). So: the audit row's
# references carry no database constraint (Django keeps them, PROTECT), the transaction's
# deferred foreign-key checks run before the head is taken, and log_action comes last in a
# verb's transaction.
class AuditEntry(models.Model):
    at = models.DateTimeField("thời điểm", default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người thực hiện",
        null=True,
        blank=True,
        on_delete=models.PROTECT,  # deactivate an account; deleting it would rewrite the log
        related_name="+",
        db_constraint=False,  # see NO_ROW_LOCKS below
    )
    action = models.CharField("hành động", max_length=64)
    cell = models.ForeignKey(
        "organizations.Cell",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        db_constraint=False,
    )
    committee = models.ForeignKey(
        "organizations.Committee",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        db_constraint=False,
    )
    object_type = models.CharField(max_length=64)
    object_id = models.CharField(max_length=64)
    object_repr = models.CharField("đối tượng", max_length=255)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64, blank=True, editable=False)
    hash = models.CharField(max_length=64, blank=True, editable=False)

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

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AuditLogError(APPEND_ONLY)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AuditLogError(APPEND_ONLY)

    def computed_hash(self) -> str:
        return chain.digest(self.prev_hash, chain.row_of(self))

    @property
    def changes(self) -> list[tuple[str, Any, Any]]:
        keys = sorted(set(self.before) | set(self.after))
        return [
            (k, self.before.get(k), self.after.get(k))
            for k in keys
            if self.before.get(k) != self.after.get(k)
        ]

    @property
    def action_label(self) -> str:
        return labels.action_label(self.action)

    @property
    def readable_changes(self) -> list[tuple[str, str, str]]:
        """(field label, old, new) as a person reads them."""
        kind = self.object_type
        return [
            (
                labels.field_label(kind, k),
                labels.readable_value(kind, k, old),
                labels.readable_value(kind, k, new),
            )
            for k, old, new in self.changes
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
    """Write one audit entry. Call it inside the transaction that makes the change.
    For an edit, pass `changes(...)` so that only what really changed is kept."""
    actor = by if getattr(by, "is_authenticated", False) else None
    entry = AuditEntry(
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
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # Django's foreign keys are checked at COMMIT (deferred): those checks would lock
            # rows while this transaction holds the head. Run them now, before taking it.
            with connection.cursor() as cursor:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        # Everything above is ready before the head is taken: the lock is held for one INSERT
        # and one UPDATE, and its holder waits for nothing else (NO_ROW_LOCKS).
        head, _ = AuditChainHead.objects.select_for_update().get_or_create(pk=1)
        entry.at = timezone.now()
        entry.prev_hash = head.last_hash
        entry.hash = entry.computed_hash()
        entry.save()
        head.last_hash, head.last_id = entry.hash, entry.pk
        head.save(update_fields=["last_hash", "last_id"])
    return entry


class AuditChainHead(models.Model):
    """One row: the hash and id of the last audit entry, locked by every writer."""

    last_hash = models.CharField(max_length=64, blank=True)
    last_id = models.BigIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = "đầu chuỗi nhật ký"

    def __str__(self) -> str:
        return f"{self.last_id}: {self.last_hash[:12]}"


def changes(
    before: dict[str, Any], obj: models.Model, fields: list[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(before, after) of an edit, holding only the fields whose value really changed.

    `before` is `snapshot(obj, fields)` taken before the edit. Values are compared as the log
    stores them, so the same instant written in two time zones is no change."""
    after = snapshot(obj, fields)
    old = _jsonable(before)
    keys = [k for k in after if old.get(k) != after[k]]
    return {k: old.get(k) for k in keys}, {k: after[k] for k in keys}


def _value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, dt.datetime):
        # One instant, one text: a time read from the database (UTC) and the same time typed
        # in a form (+07:00) must not look like a change.
        return (
            timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
        )
    if isinstance(value, dt.date | Decimal):
        return str(value)
    if isinstance(value, set | frozenset):
        return sorted(str(_value(v)) for v in value)
    if isinstance(value, list | tuple):
        return [_value(v) for v in value]
    return str(value)


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    return {key: _value(value) for key, value in data.items()}


def snapshot(obj: models.Model, fields: list[str]) -> dict[str, Any]:
    """The current values of `fields`, for before/after in an audit entry."""
    return _jsonable({name: getattr(obj, name) for name in fields})
