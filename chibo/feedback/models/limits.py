"""One request counted against a rate limit: a keyed hash of an address or a contact, and when."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class Hit(models.Model):
    key = models.CharField(max_length=64)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["key", "at"])]
        verbose_name = "lượt gửi (giới hạn tần suất)"
        verbose_name_plural = "lượt gửi (giới hạn tần suất)"

    def __str__(self) -> str:
        return f"{self.key[:8]}… {self.at:%d/%m/%Y %H:%M}"
