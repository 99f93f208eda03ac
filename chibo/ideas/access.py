"""Who may see and change what in the idea bank and the KPI.

- The idea bank of a school is read by its staff (any role: teachers, employees, handlers, the
  management board) and by the readers of its cell (the cell's members, the committee officers
  above). Anyone else gets 404, staff of another school too.
- Registering, supporting and commenting need a staff account of the school (403 for a reader
  without one). Author's steps: the author only; scoring: the year's council; concluding: its
  chair; the council, the settings and the certificate: the management board (403 otherwise).
- The KPI: a person sees their own results; the school's results are seen by the management
  board and the cell's chi ủy (403 for other readers); only the management board changes it.
- Staff have no Member row: every Party page stays 404 for them (chibo.members.access).
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404

from chibo.feedback.models import School, Staff
from chibo.members.access import viewer_for

from .models import Idea, KpiTerm, staff_of

NOT_STAFF = "Chỉ cán bộ, giáo viên, nhân viên của trường làm được việc này."
MANAGERS_ONLY = "Chỉ Ban giám hiệu nhà trường được thay đổi việc này."
KPI_READERS = (
    "Kết quả KPI của trường chỉ Ban giám hiệu và chi ủy chi bộ xem; mỗi người xem kết quả của mình."
)


def my_staff(request: Any, school: School) -> Staff | None:
    cache: dict[int, Staff | None] = getattr(request, "_chibo_school_staff", None) or {}
    if school.pk not in cache:
        cache[school.pk] = staff_of(request.user, school)
        request._chibo_school_staff = cache
    return cache[school.pk]


def _school(slug: str | int) -> School:
    lookup = {"pk": slug} if isinstance(slug, int) else {"slug": slug}
    school = School.objects.select_related("cell", "cell__committee").filter(**lookup).first()
    if school is None:
        raise Http404("Không tìm thấy trường.")
    return school


def can_read(request: Any, school: School) -> bool:
    return my_staff(request, school) is not None or viewer_for(request).can_read_cell(school.cell)


def is_manager(request: Any, school: School) -> bool:
    staff = my_staff(request, school)
    return bool(staff and staff.is_manager)


def can_read_kpi(request: Any, school: School) -> bool:
    return is_manager(request, school) or viewer_for(request).can_edit_cell(school.cell)


def get_school(
    request: Any, slug: str | int, *, staff: bool = False, manage: bool = False
) -> School:
    """The school (by slug, or by id for the API) for its readers (404 for others); `staff`:
    403 unless the user works there; `manage`: 403 unless on its management board."""
    school = _school(slug)
    if not can_read(request, school):
        raise Http404("Không tìm thấy trường.")
    if manage and not is_manager(request, school):
        raise PermissionDenied(MANAGERS_ONLY)
    if staff and my_staff(request, school) is None:
        raise PermissionDenied(NOT_STAFF)
    return school


def get_idea(request: Any, pk: int, *, staff: bool = False, manage: bool = False) -> Idea:
    idea = (
        Idea.objects.select_related(
            "school", "school__cell", "school__cell__committee", "author", "author__user"
        )
        .filter(pk=pk)
        .first()
    )
    if idea is None or not can_read(request, idea.school):
        raise Http404("Không tìm thấy ý tưởng.")
    if manage and not is_manager(request, idea.school):
        raise PermissionDenied(MANAGERS_ONLY)
    if staff and my_staff(request, idea.school) is None:
        raise PermissionDenied(NOT_STAFF)
    return idea


def require_author(request: Any, idea: Idea) -> Staff:
    staff = my_staff(request, idea.school)
    if staff is None or staff.pk != idea.author_id:
        raise PermissionDenied("Chỉ tác giả làm được việc này.")
    return staff


def get_kpi_school(request: Any, slug: str, *, manage: bool = False) -> School:
    school = get_school(request, slug)
    if not can_read_kpi(request, school):
        raise PermissionDenied(KPI_READERS)
    if manage and not is_manager(request, school):
        raise PermissionDenied(MANAGERS_ONLY)
    return school


def get_term(request: Any, pk: int, *, manage: bool = False) -> KpiTerm:
    term = KpiTerm.objects.select_related("school", "school__cell").filter(pk=pk).first()
    if term is None or not can_read(request, term.school):
        raise Http404("Không tìm thấy kỳ đánh giá.")
    if not can_read_kpi(request, term.school):
        raise PermissionDenied(KPI_READERS)
    if manage and not is_manager(request, term.school):
        raise PermissionDenied(MANAGERS_ONLY)
    return term
