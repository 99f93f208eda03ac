"""Who may see and change what in the portal.

- A school's staff (handlers and the management board) handle its feedback; staff of another
  school, the school's teachers and employees without a role in the portal, and everybody else,
  get 404. Staff need not be Party members and see nothing of the
  cell's Party records (they have no Member row: chibo.members.access gives them 404).
- The management board of the school and the cell's chi ủy (Bí thư, Phó Bí thư, chi ủy viên)
  manage the portal: settings, staff accounts, survey rounds. A handler, a plain member of the
  cell or a committee officer above reads but may not change (403).
- The cell's members and the committee officers above read the figures (volumes, overdue items,
  response times, the satisfaction index), never the items nor who sent them.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404

from chibo.members.access import viewer_for

from .models import Feedback, School, Staff, SurveyRound

MANAGERS_ONLY = "Chỉ Ban giám hiệu nhà trường và chi ủy chi bộ được thay đổi cổng góp ý."


def staff_of(request: Any, school: School) -> Staff | None:
    cache: dict[int, Staff | None] = getattr(request, "_chibo_staff", None) or {}
    if school.pk not in cache:
        cache[school.pk] = (
            Staff.objects.for_user(request.user)
            .filter(school=school, role__in=Staff.PORTAL_ROLES)
            .select_related("user")
            .first()
        )
        request._chibo_staff = cache
    return cache[school.pk]


def can_manage(request: Any, school: School) -> bool:
    staff = staff_of(request, school)
    return bool(staff and staff.is_manager) or viewer_for(request).can_edit_cell(school.cell)


def _school(slug: str) -> School:
    school = School.objects.select_related("cell", "cell__committee").filter(slug=slug).first()
    if school is None:
        raise Http404("Không tìm thấy trường.")
    return school


def get_school_for_staff(request: Any, slug: str) -> tuple[School, Staff]:
    """The school of a staff member; 404 for anyone else."""
    school = _school(slug)
    staff = staff_of(request, school)
    if staff is None:
        raise Http404("Không tìm thấy trường.")
    return school, staff


def get_school_to_manage(request: Any, slug: str, *, edit: bool = False) -> School:
    """Staff and the cell's readers see the management pages; only managers change them."""
    school = _school(slug)
    viewer = viewer_for(request)
    if staff_of(request, school) is None and not viewer.can_read_cell(school.cell):
        raise Http404("Không tìm thấy trường.")
    if edit and not can_manage(request, school):
        raise PermissionDenied(MANAGERS_ONLY)
    return school


def get_item(request: Any, pk: int) -> tuple[Feedback, Staff]:
    """An item for its school's staff; 404 for everyone else (staff of other schools too)."""
    item = (
        Feedback.objects.select_related("school", "school__cell", "assigned_to", "answered_by")
        .filter(pk=pk)
        .first()
    )
    if item is None:
        raise Http404("Không tìm thấy góp ý.")
    staff = staff_of(request, item.school)
    if staff is None:
        raise Http404("Không tìm thấy góp ý.")
    return item, staff


def get_survey(request: Any, pk: int, *, edit: bool = False) -> SurveyRound:
    survey = SurveyRound.objects.select_related("school", "school__cell").filter(pk=pk).first()
    if survey is None:
        raise Http404("Không tìm thấy đợt khảo sát.")
    get_school_to_manage(request, survey.school.slug, edit=edit)
    return survey
