"""Who sees and who keeps the fee book.

- The chi ủy (Bí thư, Phó Bí thư, chi ủy viên) and the member designated as treasurer of the
  cell record bases, reliefs, payments and remittances, and close months.
- Officers of the committees above read the book and the reports.
- Every member sees their own dues and history, and no one else's (salaries are personal).
- Anyone else: the cell does not exist (404).
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404

from chibo.members.access import get_cell, viewer_for
from chibo.members.models import Member
from chibo.organizations.models import Cell

from .models import FeeBook

RECORDERS = "Chỉ chi ủy và người được giao thu đảng phí của chi bộ được ghi sổ đảng phí."
READERS = (
    "Sổ đảng phí của chi bộ chỉ chi ủy, người thu đảng phí và cán bộ Đảng ủy cấp trên được xem."
)


def is_treasurer(request: Any, cell: Cell) -> bool:
    member = viewer_for(request).member
    if member is None or member.cell_id != cell.pk:
        return False
    treasurer_id = FeeBook.objects.filter(cell=cell).values_list("treasurer_id", flat=True).first()
    return treasurer_id == member.pk


def can_record(request: Any, cell: Cell) -> bool:
    return viewer_for(request).can_edit_cell(cell) or is_treasurer(request, cell)


def can_read_book(request: Any, cell: Cell) -> bool:
    viewer = viewer_for(request)
    if any(cell.path.startswith(c.path) for c in viewer.committees):
        return True
    return can_record(request, cell)


def get_book_cell(request: Any, pk: int, *, record: bool = False) -> Cell:
    """The cell whose book the user reads (or records in): 404 outside it, 403 when they may
    only see their own dues."""
    cell = get_cell(request, pk)
    if record and not can_record(request, cell):
        raise PermissionDenied(RECORDERS)
    if not can_read_book(request, cell):
        raise PermissionDenied(READERS)
    return cell


def get_fee_member(request: Any, pk: int) -> Member:
    """A member's dues: the member themself, the book's keepers and the officers above."""
    member = Member.objects.select_related("cell", "cell__committee").filter(pk=pk).first()
    viewer = viewer_for(request)
    if member is None or not viewer.can_read_cell(member.cell):
        raise Http404("Không tìm thấy đảng viên.")
    own = viewer.member is not None and viewer.member.pk == member.pk
    if not own and not can_read_book(request, member.cell):
        raise PermissionDenied("Mỗi đảng viên chỉ xem được đảng phí của mình.")
    return member
