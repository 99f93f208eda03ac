"""Who may see and change a plan.

Members of the cell read every plan of their cell (drafts included); the chi ủy edits drafts;
the Bí thư and Phó Bí thư issue. Committee officers above read issued plans only: for them a
draft does not exist (404).
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404

from chibo.members.access import viewer_for

from .models import ISSUER_ROLES, Plan


def can_see_drafts(request: Any, cell_id: int) -> bool:
    member = viewer_for(request).member
    return bool(member and member.cell_id == cell_id)


def can_issue(request: Any, cell_id: int) -> bool:
    member = viewer_for(request).member
    return bool(member and member.cell_id == cell_id and member.role in ISSUER_ROLES)


def get_plan(request: Any, pk: int, *, edit: bool = False, issue: bool = False) -> Plan:
    viewer = viewer_for(request)
    plan = (
        Plan.objects.select_related(
            "cell", "cell__committee", "signer", "issued_document", "revision_of"
        )
        .filter(pk=pk)
        .first()
    )
    if plan is None or not viewer.can_read_cell(plan.cell):
        raise Http404("Không tìm thấy kế hoạch.")
    if plan.is_draft and not can_see_drafts(request, plan.cell_id):
        raise Http404("Không tìm thấy kế hoạch.")
    if (edit or issue) and not viewer.can_edit_cell(plan.cell):
        raise PermissionDenied("Chỉ Bí thư, Phó Bí thư và chi ủy viên được sửa kế hoạch.")
    if issue and not can_issue(request, plan.cell_id):
        raise PermissionDenied(
            "Chỉ Bí thư hoặc Phó Bí thư chi bộ được ban hành, điều chỉnh kế hoạch."
        )
    return plan
