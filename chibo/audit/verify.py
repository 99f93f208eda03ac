"""Walk the audit log in the order it was written and find the first row that breaks the chain."""

from __future__ import annotations

from dataclasses import dataclass

from . import chain
from .models import AuditChainHead, AuditEntry


@dataclass
class Verdict:
    checked: int
    broken_id: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_id is None and not self.reason


def verify() -> Verdict:
    previous, checked, last_id = chain.GENESIS, 0, None
    for entry in AuditEntry.objects.order_by("id").iterator(chunk_size=2000):
        if entry.prev_hash != previous:
            return Verdict(checked, entry.pk, "mục trước nó đã bị xóa, chèn thêm hoặc sửa")
        if entry.computed_hash() != entry.hash:
            return Verdict(checked, entry.pk, "nội dung của mục đã bị sửa")
        previous, last_id, checked = entry.hash, entry.pk, checked + 1
    head = AuditChainHead.objects.filter(pk=1).first()
    if head is not None and (head.last_hash, head.last_id) != (previous, last_id):
        return Verdict(checked, None, f"các mục sau mục {last_id} đã bị xóa")
    return Verdict(checked)
