"""Who may see and change what. One helper per object kind, used by views and API alike.

- A member of a cell sees that cell; its Bí thư, Phó Bí thư and chi ủy viên edit it.
- A committee officer sees every cell below the committee, at any depth, read-only.
- Anything else does not exist for the user (404); seeing without the right to edit is 403.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from chibo.members.models import Member
from chibo.organizations.models import Cell, Committee, CommitteeOfficer

# Set on a user loaded through `with_viewer`: whether they serve any committee (a bool).
OFFICER_FLAG = "chibo_is_officer"


def with_viewer(queryset: QuerySet[Any], user_field: str = "") -> QuerySet[Any]:
    """`queryset` (of users, or of rows whose `user_field` is a user) loading in the same query
    what a Viewer needs: the user's membership with its cell and committee, and whether they
    serve a committee. The layout and every access check then ask nothing more of a plain
    member; an officer's committees are one more query, asked only when the flag is set."""
    prefix = f"{user_field}__" if user_field else ""
    return queryset.select_related(f"{prefix}member__cell__committee").annotate(
        **{OFFICER_FLAG: Exists(CommitteeOfficer.objects.filter(user=OuterRef(f"{prefix}pk")))}
    )


@dataclass
class Viewer:
    """What one user is in the organisation: their own membership and the committees they serve."""

    user: Any

    @cached_property
    def member(self) -> Member | None:
        if not getattr(self.user, "is_authenticated", False):
            return None
        descriptor = getattr(self.user.__class__, "member", None)  # through a lazy user too
        if descriptor is not None and descriptor.is_cached(self.user):  # loaded by with_viewer
            found = getattr(self.user, "member", None)
            return found if found is not None and found.is_active else None
        member = (
            Member.objects.select_related("cell", "cell__committee")
            .filter(user=self.user, status__in=Member.ACTIVE_STATUSES)
            .first()
        )
        return member

    @cached_property
    def committees(self) -> list[Committee]:
        if not getattr(self.user, "is_authenticated", False):
            return []
        if getattr(self.user, OFFICER_FLAG, None) is False:  # loaded by with_viewer
            return []
        return list(Committee.objects.filter(committeeofficer__user=self.user))

    @property
    def is_officer(self) -> bool:
        return bool(self.committees)

    def cell_filter(self, prefix: str = "") -> Q:
        """A Q object selecting the cells this viewer may read; `prefix` is the path to Cell."""
        q = Q(pk__in=[])
        if self.member:
            q |= Q(**{f"{prefix}pk" if prefix else "pk": self.member.cell_id})
        for committee in self.committees:
            q |= Q(**{f"{prefix}path__startswith": committee.path})
        return q

    def visible_cells(self) -> Any:
        return Cell.objects.filter(self.cell_filter())

    def can_read_cell(self, cell: Cell) -> bool:
        if self.member and self.member.cell_id == cell.pk:
            return True
        return any(cell.path.startswith(c.path) for c in self.committees)

    def can_edit_cell(self, cell: Cell) -> bool:
        return bool(self.member and self.member.cell_id == cell.pk and self.member.is_editor)

    def can_read_committee(self, committee: Committee) -> bool:
        return any(committee.path.startswith(c.path) for c in self.committees)


def viewer_for(request_or_user: Any) -> Viewer:
    """The Viewer of a request (cached on it) or of a user."""
    user = getattr(request_or_user, "user", request_or_user)
    cache_owner = request_or_user if hasattr(request_or_user, "user") else None
    if cache_owner is not None:
        cached = getattr(cache_owner, "_chibo_viewer", None)
        if cached is not None and cached.user == user:
            return cached
    viewer = Viewer(user)
    if cache_owner is not None:
        cache_owner._chibo_viewer = viewer
    return viewer


def get_cell(
    request_or_user: Any, pk: int, *, edit: bool = False, queryset: QuerySet[Cell] | None = None
) -> Cell:
    """The cell `pk` if the viewer may read it (edit it), else 404 (403); `queryset` lets a caller
    load what it needs of the cell (counts, say) in the same query."""
    viewer = viewer_for(request_or_user)
    cells = Cell.objects.select_related("committee") if queryset is None else queryset
    cell = cells.filter(pk=pk).first()
    if cell is None or not viewer.can_read_cell(cell):
        raise Http404("Không tìm thấy chi bộ.")
    if edit and not viewer.can_edit_cell(cell):
        raise PermissionDenied("Chỉ Bí thư, Phó Bí thư và chi ủy viên được sửa.")
    return cell


def get_member(request_or_user: Any, pk: int, *, edit: bool = False) -> Member:
    viewer = viewer_for(request_or_user)
    member = Member.objects.select_related("cell", "cell__committee", "user").filter(pk=pk).first()
    if member is None or not viewer.can_read_cell(member.cell):
        raise Http404("Không tìm thấy đảng viên.")
    if edit and not viewer.can_edit_cell(member.cell):
        raise PermissionDenied("Chỉ Bí thư, Phó Bí thư và chi ủy viên được sửa.")
    return member


def get_committee(request_or_user: Any, pk: int) -> Committee:
    viewer = viewer_for(request_or_user)
    committee = Committee.objects.filter(pk=pk).first()
    if committee is None or not viewer.can_read_committee(committee):
        raise Http404("Không tìm thấy Đảng ủy.")
    return committee
