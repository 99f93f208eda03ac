"""GET /api/v1/feedback: the items of the schools the caller handles, with status filters.

Read-only and for the school's staff only (a token of a staff account): anyone else gets 403.
The sender's name and contact are never part of an API answer; submitting stays a public form.

Mount with `api.add_router("", chibo.feedback.api.router)` in chibo/api/api.py.
"""

import datetime as dt
from typing import Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import PageNumberPagination, paginate

from .models import Feedback, School

router = Router(tags=["góp ý của phụ huynh"])
PAGE_SIZE = 100
NOT_STAFF = "Chỉ cán bộ nhà trường được giao xử lý góp ý mới xem được danh sách góp ý."


class FeedbackOut(Schema):
    id: int
    number: int
    school: str = Field(..., alias="school.slug")
    kind: str
    category: str
    class_name: str
    text: str
    status: str
    publication: str
    visibility: str
    created_at: dt.datetime
    due_on: dt.date
    overdue: bool
    answered_at: dt.datetime | None
    public_answer: str
    assigned_to: str | None

    @staticmethod
    def resolve_overdue(obj: Feedback) -> bool:
        return obj.is_overdue(timezone.localdate())

    @staticmethod
    def resolve_assigned_to(obj: Feedback) -> str | None:
        return obj.assigned_to.full_name if obj.assigned_to else None


class FeedbackFilter(Schema):
    status: list[Literal["new", "in_progress", "answered", "closed", "redirected"]] = Field(
        default_factory=list, description="Lọc theo tình trạng; lặp lại tham số để chọn nhiều."
    )
    overdue: bool | None = Field(None, description="true: chỉ góp ý quá hạn trả lời")
    school: str = Field(
        "", description="Địa chỉ (slug) của trường, khi xử lý góp ý cho nhiều trường"
    )


@router.get("/feedback", response=list[FeedbackOut],
            summary="Góp ý của phụ huynh gửi các trường mà người gọi xử lý")  # fmt: skip
@paginate(PageNumberPagination, page_size=PAGE_SIZE)
def feedback_list(request: HttpRequest, filters: Query[FeedbackFilter]) -> QuerySet[Feedback]:
    schools = School.objects.for_handler(request.user)
    if not schools.exists():
        raise HttpError(403, NOT_STAFF)
    items = Feedback.objects.filter(school__in=schools).select_related("school", "assigned_to")
    if filters.school:
        items = items.filter(school__slug=filters.school)
    if filters.status:
        items = items.filter(status__in=filters.status)
    if filters.overdue is not None:
        overdue = Feedback.objects.overdue(timezone.localdate()).values("pk")
        items = items.filter(pk__in=overdue) if filters.overdue else items.exclude(pk__in=overdue)
    return items.order_by("due_on", "pk")
