"""A small rate limit kept in Django's cache, for forms that guess a secret (the activation
code). Keys are hashes, so client addresses are not stored."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache


def allow(scope: str, who: str, *, limit: int, seconds: int) -> bool:
    """Count one attempt of `who` (a client address…) at `scope`; False once over `limit`
    attempts within `seconds`."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{scope}:{who}".encode()).hexdigest()
    key = f"throttle:{scope}:{digest}"
    if cache.add(key, 1, seconds):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
        return True
    return count <= limit
