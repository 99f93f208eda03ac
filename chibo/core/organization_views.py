from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from chibo.audit.models import AuditEntry
from chibo.members.access import get_cell, get_committee, viewer_for
from chibo.members.models import Member, Role
from chibo.organizations.models import Cell
from chibo.rules.organization import SOURCE_CHI_UY, elects_committee

AUDIT_PAGE_SIZE = 50


@login_required
def cell_detail(request: HttpRequest, pk: int) -> HttpResponse:
    cell = get_cell(request, pk)
    viewer = viewer_for(request)
    counts = Member.objects.for_cell(cell).aggregate(
        official=Count("pk", filter=Q(status=Member.Status.OFFICIAL)),
        probationary=Count("pk", filter=Q(status=Member.Status.PROBATIONARY)),
    )
    officers = list(
        Member.objects.for_cell(cell)
        .current()
        .exclude(role=Role.MEMBER)
        .order_by("role", "sort_key")
    )
    return render(request, "organizations/cell_detail.html", {
        "cell": cell,
        "counts": counts,
        "has_chi_uy": elects_committee(counts["official"]),
        "chi_uy_rule": SOURCE_CHI_UY.full,
        "officers": officers,
        "term": cell.current_term(),
        "can_edit": viewer.can_edit_cell(cell),
    })  # fmt: skip


def _member_count(status: str) -> Subquery:
    members = (
        Member.objects.filter(cell=OuterRef("pk"), status=status)
        .order_by()
        .values("cell")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(members), 0)  # type: ignore[return-value]


@login_required
def committee_detail(request: HttpRequest, pk: int) -> HttpResponse:
    committee = get_committee(request, pk)
    # Correlated subqueries count members for the 100 cells of the page only; a join with
    # GROUP BY would count every member below a province before paginating.
    cells = (
        Cell.objects.below(committee)
        .select_related("committee")
        .annotate(
            official=_member_count(Member.Status.OFFICIAL),
            probationary=_member_count(Member.Status.PROBATIONARY),
        )
        .order_by("path", "name")
    )
    page = Paginator(cells, 100).get_page(request.GET.get("page"))
    return render(
        request, "organizations/committee_detail.html", {"committee": committee, "page": page}
    )


@login_required
def cell_audit(request: HttpRequest, pk: int) -> HttpResponse:
    cell = get_cell(request, pk, edit=True)
    entries = AuditEntry.objects.for_cell(cell).select_related("actor")
    page = Paginator(entries, AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "organizations/audit.html", {"owner": cell, "page": page})


@login_required
def committee_audit(request: HttpRequest, pk: int) -> HttpResponse:
    committee = get_committee(request, pk)
    entries = AuditEntry.objects.for_committee(committee).select_related("actor", "cell")
    page = Paginator(entries, AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request, "organizations/audit.html", {"owner": committee, "page": page, "show_cell": True}
    )
