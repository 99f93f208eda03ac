"""Per-token rate limit of the API: a fixed one-minute window counted in Django's cache.

The limit is the setting CHIBO_API_RATE_LIMIT (requests per minute per token; 0 turns it off).
With the default local-memory cache each server process counts on its own, so the effective
limit is the setting times the number of processes; with a shared cache (CACHES) it is exact.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60


class RateLimited(Exception):
    """The token sent more requests this minute than the limit allows."""

    def __init__(self, limit: int, retry_after: int) -> None:
        super().__init__(
            f"Quá nhiều yêu cầu: mỗi mã truy cập được gửi tối đa {limit} yêu cầu mỗi phút. "
            f"Hãy thử lại sau {retry_after} giây."
        )
        self.retry_after = retry_after


def check(token_id: str, *, now: float | None = None, limit: int | None = None) -> None:
    """Count one request of token `token_id` (part of its hash); raise RateLimited past the limit.

    `limit` overrides the setting for a costlier kind of request counted apart (its own
    `token_id`, such as the uploads read by OCR)."""
    if limit is None:
        limit = int(getattr(settings, "CHIBO_API_RATE_LIMIT", 0) or 0)
    if limit <= 0:
        return
    now = time.time() if now is None else now
    window = int(now // WINDOW_SECONDS)
    key = f"api:rate:{token_id}:{window}"
    if cache.add(key, 1, WINDOW_SECONDS + 5):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, WINDOW_SECONDS + 5)
            count = 1
    if count > limit:
        raise RateLimited(limit, WINDOW_SECONDS - int(now % WINDOW_SECONDS))
