"""Cells the caller can see, and the cells below a committee for its officers."""

from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest
from ninja import Router
from ninja.pagination import paginate

from chibo.members.access import get_cell, get_committee, viewer_for
from chibo.members.models import Member
from chibo.organizations.models import Cell

from .pagination import Pages
from .schemas import CellOut, CommitteeOut, ErrorOut, MeOut

router = Router(tags=["chi bộ"])
PAGE_SIZE = 100


def _with_counts(cells: QuerySet[Cell]) -> QuerySet[Cell]:
    active = Q(members__status__in=Member.ACTIVE_STATUSES)
    return cells.select_related("committee").annotate(member_count=Count("members", filter=active))


@router.get("/me", response=MeOut, summary="Tài khoản đang gọi API")
def me(request: HttpRequest) -> dict[str, object]:
    viewer = viewer_for(request)
    member = viewer.member
    return {
        "username": request.user.get_username(),
        "member_id": member.pk if member else None,
        "cell_id": member.cell_id if member else None,
        "role": member.role if member else None,
        "role_display": member.get_role_display() if member else None,
        "committees": [CommitteeOut.from_orm(c) for c in viewer.committees],
    }


@router.get("/cells", response=list[CellOut], summary="Các chi bộ được xem")
@paginate(Pages, page_size=PAGE_SIZE)
def cell_list(request: HttpRequest) -> QuerySet[Cell]:
    return _with_counts(viewer_for(request).visible_cells()).order_by("name", "pk")


@router.get("/cells/{cell_id}", response={200: CellOut, 404: ErrorOut}, summary="Một chi bộ")
def cell_detail(request: HttpRequest, cell_id: int) -> Cell:
    return get_cell(request, cell_id, queryset=_with_counts(Cell.objects.all()))


@router.get(
    "/committees/{committee_id}/cells",
    response={200: list[CellOut], 404: ErrorOut},
    summary="Mọi chi bộ trực thuộc Đảng ủy (cán bộ Đảng ủy)",
)
@paginate(Pages, page_size=PAGE_SIZE)
def committee_cells(request: HttpRequest, committee_id: int) -> QuerySet[Cell]:
    committee = get_committee(request, committee_id)
    return _with_counts(Cell.objects.below(committee)).order_by("name", "pk")
