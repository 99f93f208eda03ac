"""The hash chain of the audit log: each row's hash covers the previous row's hash and the
row's own content, so an edited, deleted or inserted row breaks every hash after it.

Pure functions over plain values: the model, the verifier and the migration that hashed the
rows written before the chain existed all use these, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

GENESIS = ""  # the previous hash of the first row


def canonical(row: dict[str, Any]) -> bytes:
    """Canonical JSON of one row's content (keys sorted, times in UTC to the microsecond)."""
    at = row["at"]
    data = {
        "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor": row["actor_id"],
        "action": row["action"],
        "cell": row["cell_id"],
        "committee": row["committee_id"],
        "object_type": row["object_type"],
        "object_id": row["object_id"],
        "object_repr": row["object_repr"],
        "before": row["before"],
        "after": row["after"],
    }
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def digest(previous: str, row: dict[str, Any]) -> str:
    return hashlib.sha256(previous.encode() + canonical(row)).hexdigest()


FIELDS = ["at", "actor_id", "action", "cell_id", "committee_id", "object_type", "object_id",
          "object_repr", "before", "after"]  # fmt: skip


def row_of(entry: Any) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in FIELDS}
