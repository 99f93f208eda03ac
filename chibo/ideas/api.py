"""GET /api/v1/schools/{id}/ideas?year=YYYY and GET /api/v1/schools/{id}/kpi: the idea bank and
the KPI results of a school, scoped as the pages.

- The ideas: the school's staff and the readers of its cell (members, the committee officers
  above); anyone else 404.
- The KPI results: the management board and the cell's chi ủy get every person's; any other
  staff member only their own; other readers of the cell 403; anyone else 404.

Mount with `api.add_router("", chibo.ideas.api.router)` in chibo/api/api.py.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema

from .access import KPI_READERS, can_read_kpi, get_school, my_staff
from .models import Idea, KpiResult
from .stats import counted_ids

router = Router(tags=["ngân hàng ý tưởng, KPI"])


class IdeaOut(Schema):
    id: int
    year: int
    title: str
    field: str
    author: str
    status: str
    applied_from: dt.date | None
    supports: int
    counted: bool
    score_total: Decimal | None
    decided_at: dt.datetime | None
    certificate_number: str
    created_at: dt.datetime

    @staticmethod
    def resolve_author(obj: Idea) -> str:
        return obj.author.full_name

    @staticmethod
    def resolve_supports(obj: Idea) -> int:
        return int(getattr(obj, "support_count", 0))

    @staticmethod
    def resolve_counted(obj: Idea) -> bool:
        return bool(getattr(obj, "counted", False))


class IdeaFilter(Schema):
    year: int | None = Field(None, description="Năm đăng ký; mặc định năm nay")
    status: str = Field("", description="Lọc theo tình trạng (registered, applying, submitted, recognised, "
                                        "rejected, withdrawn)")  # fmt: skip


@router.get("/schools/{school_id}/ideas", response=list[IdeaOut],
            summary="Ý tưởng, sáng kiến của một trường trong một năm")  # fmt: skip
def idea_list(request: HttpRequest, school_id: int, filters: Query[IdeaFilter]) -> list[Idea]:
    school = get_school(request, school_id)
    year = filters.year or timezone.localdate().year
    ideas: list[Idea] = list(
        Idea.objects.for_school(school).filter(year=year).select_related("author")
        .annotate(support_count=Count("supports")).order_by("created_at", "pk")
    )  # fmt: skip
    counted = counted_ids(ideas)
    for idea in ideas:
        idea.counted = idea.pk in counted  # type: ignore[attr-defined]
    return [i for i in ideas if i.status == filters.status] if filters.status else ideas


class KpiOut(Schema):
    term_id: int
    term: str = Field(..., alias="term.name")
    term_status: str = Field(..., alias="term.status")
    staff: str = Field(..., alias="staff.full_name")
    total: Decimal | None
    dimensions: dict[str, str | None]
    details: list[dict[str, object]]
    computed_at: dt.datetime


class KpiFilter(Schema):
    term: int | None = Field(None, description="Mã kỳ đánh giá; mặc định mọi kỳ")


@router.get("/schools/{school_id}/kpi", response=list[KpiOut],
            summary="Kết quả KPI 4 chiều (tham khảo): cả trường cho Ban giám hiệu và chi ủy, "
                    "của chính mình cho cán bộ khác")  # fmt: skip
def kpi_results(
    request: HttpRequest, school_id: int, filters: Query[KpiFilter]
) -> QuerySet[KpiResult]:
    from django.core.exceptions import PermissionDenied

    school = get_school(request, school_id)
    results = KpiResult.objects.filter(term__school=school).select_related("term", "staff")
    if not can_read_kpi(request, school):
        staff = my_staff(request, school)
        if staff is None:
            raise PermissionDenied(KPI_READERS)
        results = results.filter(staff=staff)
    if filters.term:
        results = results.filter(term_id=filters.term)
    return results.order_by("-term__start", "staff__full_name")
