"""Who sees a transfer: the readers of the sending cell and of the receiving cell. The sending
cell's chi ủy issues and cancels; the receiving cell's chi ủy accepts. The member's own history
shows only to those who may read the member today (chibo.members.access)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404

from chibo.members.access import viewer_for

from .models import Transfer

SENDING, RECEIVING = "sending", "receiving"


def get_transfer(request: Any, pk: int, *, side: str = "") -> Transfer:
    transfer = (
        Transfer.objects.select_related("member", "from_cell__committee", "to_cell__committee", "letter")
        .filter(pk=pk).first()
    )  # fmt: skip
    viewer = viewer_for(request)
    if transfer is None or not (
        viewer.can_read_cell(transfer.from_cell)
        or (transfer.to_cell is not None and viewer.can_read_cell(transfer.to_cell))
    ):
        raise Http404("Không tìm thấy giấy giới thiệu sinh hoạt đảng.")
    if side == SENDING and not viewer.can_edit_cell(transfer.from_cell):
        raise PermissionDenied("Chỉ chi ủy nơi đi được hủy giấy giới thiệu.")
    if side == RECEIVING and not (
        transfer.to_cell is not None and viewer.can_edit_cell(transfer.to_cell)
    ):
        raise PermissionDenied("Chỉ chi ủy nơi đến được tiếp nhận đảng viên.")
    return transfer
