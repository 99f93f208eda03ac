"""Read-only pages on a PostgreSQL read replica (optional; see docs/scale.md).

With CHIBO_REPLICA_DATABASE_URL set, settings add the database alias "replica" and this router.
Only code running inside `reading_replica()` (or a view decorated with `read_replica`) reads
from it, and never inside a transaction on the primary: a page that writes, a model verb with
select_for_update, or the page right after a write (which must see it) stay on "default".
Without the alias every read goes to "default", as before.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator
from functools import wraps
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

REPLICA = "replica"
_reading: contextvars.ContextVar[bool] = contextvars.ContextVar("chibo_replica", default=False)


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


@contextlib.contextmanager
def reading_replica() -> Iterator[None]:
    token = _reading.set(True)
    try:
        yield
    finally:
        _reading.reset(token)


def read_replica(view: Callable[..., Any]) -> Callable[..., Any]:
    """Serve a read-only view's queries from the replica when one is configured."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not replica_configured():
            return view(*args, **kwargs)
        with reading_replica():
            return view(*args, **kwargs)

    return wrapper


class ReplicaRouter:
    def db_for_read(self, model: Any, **hints: Any) -> str | None:
        if not _reading.get() or not replica_configured():
            return None
        if connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return None  # reads inside a write transaction must see its own writes
        return REPLICA

    def db_for_write(self, model: Any, **hints: Any) -> str | None:
        return None  # always the primary

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool | None:
        return True  # the replica holds the same rows as the primary

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool | None:
        return db != REPLICA  # the replica follows the primary's schema by replication
