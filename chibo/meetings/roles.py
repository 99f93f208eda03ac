"""Who may press which button in a meeting's life, checked again inside each model verb
(the views check first; the model refuses anyway, so the API and scripts are covered)."""

from __future__ import annotations

from typing import Any

from chibo.members.models import Member, Role
from chibo.organizations.models import Cell

from .errors import MeetingError

LEADER_ROLES = frozenset({Role.SECRETARY, Role.DEPUTY_SECRETARY})


def member_of(user: Any, cell: Cell | int) -> Member | None:
    """The user's active membership in `cell`, or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    cell_id = cell if isinstance(cell, int) else cell.pk
    return Member.objects.filter(
        user=user, cell_id=cell_id, status__in=Member.ACTIVE_STATUSES
    ).first()


def require_member(user: Any, cell: Cell | int) -> Member:
    member = member_of(user, cell)
    if member is None:
        raise MeetingError("Chỉ đảng viên của chi bộ được làm việc này.")
    return member


def require_editor(user: Any, cell: Cell | int) -> Member:
    """Chi ủy: Bí thư, Phó Bí thư, chi ủy viên."""
    member = member_of(user, cell)
    if member is None or not member.is_editor:
        raise MeetingError("Chỉ Bí thư, Phó Bí thư và chi ủy viên được làm việc này.")
    return member


def require_leader(user: Any, cell: Cell | int) -> Member:
    """Bí thư or Phó Bí thư."""
    member = member_of(user, cell)
    if member is None or member.role not in LEADER_ROLES:
        raise MeetingError("Chỉ Bí thư hoặc Phó Bí thư chi bộ được làm việc này.")
    return member
