"""Bearer tokens for the API. The plain token is shown once; only its SHA-256 is stored."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import string
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.members.access import OFFICER_FLAG, with_viewer

PREFIX_LENGTH = 8
TOUCH_INTERVAL = dt.timedelta(minutes=1)  # write last_used_at at most once a minute


class ApiTokenError(Exception):
    """The token could not be issued or revoked; the message is for the user, in Vietnamese."""


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def active(self) -> ApiTokenQuerySet:
        return self.filter(revoked_at__isnull=True)


class ApiToken(models.Model):
    class Scope(models.TextChoices):
        READ = "read", "chỉ đọc"
        WRITE = "write", "đọc và ghi"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField("tên", max_length=100, blank=True)
    prefix = models.CharField("tiền tố", max_length=PREFIX_LENGTH)
    key_hash = models.CharField(max_length=64, unique=True)  # unique = indexed lookups
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    last_used_at = models.DateTimeField("dùng lần cuối", null=True, blank=True)
    revoked_at = models.DateTimeField("thu hồi lúc", null=True, blank=True)
    # What the token may do, on top of what its user may do: a read token never writes.
    scope = models.CharField("phạm vi", max_length=5, choices=Scope.choices, default=Scope.WRITE)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "mã truy cập API"
        verbose_name_plural = "mã truy cập API"

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.name or 'không tên'})"

    @staticmethod
    def hash_key(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    @classmethod
    def issue(
        cls, user: Any, *, name: str = "", by: Any = None, scope: str = Scope.WRITE
    ) -> tuple[ApiToken, str]:
        """Create a token for `user`; the plain token is returned once and never stored."""
        if scope not in cls.Scope.values:
            raise ApiTokenError(
                "Phạm vi của mã phải là “read” (chỉ đọc) hoặc “write” (đọc và ghi)."
            )
        if not user.is_active:
            raise ApiTokenError("Tài khoản này đã bị khóa, không thể cấp mã truy cập.")
        # Never starting with "-": a prefix given on the command line must not look like an option.
        key = secrets.choice(string.ascii_letters + string.digits) + secrets.token_urlsafe(32)
        with transaction.atomic():
            token = cls.objects.create(
                user=user, name=name[:100], prefix=key[:PREFIX_LENGTH], key_hash=cls.hash_key(key),
                scope=scope,
            )  # fmt: skip
            log_action(token, "api_token.create", by=by,
                       after={"user": user.username, "name": name, "scope": scope})  # fmt: skip
        return token, key

    @classmethod
    def authenticate(cls, key: str) -> Any | None:
        """The active user owning the unrevoked token `key`, or None."""
        token = cls.find(key)
        return token.user if token is not None else None

    @classmethod
    def find(cls, key: str) -> ApiToken | None:
        """The unrevoked token `key` of an active user (its use noted), or None."""
        if not key:
            return None
        # With the user, in the same query, what the access checks need (their membership and
        # whether they serve a committee): an API request asks nothing more to know the caller.
        tokens = with_viewer(cls.objects.active().select_related("user"), "user")
        token = tokens.filter(key_hash=cls.hash_key(key)).first()
        if token is None or not token.user.is_active:
            return None
        setattr(token.user, OFFICER_FLAG, getattr(token, OFFICER_FLAG))
        token.touch()
        return token

    @property
    def can_write(self) -> bool:
        return self.scope == self.Scope.WRITE

    def touch(self, now: dt.datetime | None = None) -> None:
        now = now or timezone.now()
        if self.last_used_at and now - self.last_used_at < TOUCH_INTERVAL:
            return
        ApiToken.objects.filter(pk=self.pk).update(last_used_at=now)
        self.last_used_at = now

    def revoke(self, *, by: Any = None) -> None:
        with transaction.atomic():
            current = ApiToken.objects.select_for_update().get(pk=self.pk)
            if current.revoked_at is not None:
                raise ApiTokenError(f"Mã {current.prefix}… đã bị thu hồi từ trước.")
            current.revoked_at = timezone.now()
            current.save(update_fields=["revoked_at"])
            log_action(current, "api_token.revoke", by=by, after={"user": self.user.username})
        self.refresh_from_db()
