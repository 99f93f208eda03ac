"""Đảng phí: the fee book by member and month, and recording a payment — the page's checks.

The book's keepers (chi ủy, the cell's treasurer) and the officers above read every member's
rows; any other member of the cell reads their own rows only.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from ninja.responses import Status
from pydantic import Field

from chibo.fees.access import can_read_book, can_record
from chibo.fees.forms import PaymentForm
from chibo.fees.ledger import current_month, ledger
from chibo.fees.models import FeeError, Payment
from chibo.members.access import get_cell, viewer_for

from .errors import FormInvalid
from .schemas import ErrorOut

router = Router(tags=["đảng phí"])
READ = {404: ErrorOut, 422: ErrorOut}
WRITE = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class YearFilter(Schema):
    year: int | None = Field(None, ge=2026, le=2100, description="Năm; mặc định năm nay")


class FeeRowOut(Schema):
    member_id: int
    full_name: str
    month: str = Field(description="Tháng đảng phí, dạng YYYY-MM")
    category: str = Field(description="Đối tượng; '' khi chưa có căn cứ")
    category_display: str
    base_amount: int = Field(description="Thu nhập làm căn cứ (đồng); 0 với mức cố định")
    rate_percent: Decimal | None = Field(description="Tỷ lệ %; null với mức cố định")
    flat_amount: int | None = Field(
        description="Mức cố định (đồng/tháng), ví dụ học sinh, sinh viên"
    )
    relief: str = Field(description="'', 'exempt', 'reduce_30', 'reduce_50' hoặc 'reduce_70'")
    due: int = Field(description="Phải đóng trong tháng (đồng)")
    carried: int = Field(description="Tháng trước chuyển sang: nợ (+) hoặc nộp trước (−)")
    paid: int = Field(description="Đã nộp trong tháng (đồng)")
    balance: int = Field(description="Còn nợ cuối tháng (+) hoặc nộp trước (−)")
    months_unpaid: int = Field(description="Số tháng trong năm chưa đóng tính đến cuối tháng")
    flagged: bool = Field(description="Chưa đóng từ 3 tháng trong năm (QĐ 01-QĐ/TW)")
    closed: bool = Field(description="Tháng đã khóa sổ")


class PaymentIn(Schema):
    member_id: int
    paid_on: dt.date
    amount: int = Field(description="Số tiền (đồng), lớn hơn 0")
    method: Literal["cash", "portal"] = "cash"
    reference: str = Field("", max_length=60, description="Số biên lai hoặc mã giao dịch")
    note: str = Field("", max_length=255)


class PaymentOut(Schema):
    id: int
    member_id: int
    month: str
    paid_on: dt.date
    amount: int
    method: str
    reference: str
    note: str


@router.get("/cells/{cell_id}/fees", response={200: list[FeeRowOut], **READ},
            summary="Sổ đảng phí: mỗi đảng viên, mỗi tháng của năm")  # fmt: skip
def fee_rows(
    request: HttpRequest, cell_id: int, filters: Query[YearFilter]
) -> list[dict[str, object]]:
    cell = get_cell(request, cell_id)
    own = None if can_read_book(request, cell) else viewer_for(request).member
    year = filters.year or timezone.localdate().year
    until = min(dt.date(year, 12, 1), current_month())
    rows = []
    for book in ledger(cell, until, since=dt.date(year, 1, 1)) if until.year == year else []:
        for line in book.lines:
            if own is not None and line.member.pk != own.pk:
                continue
            rows.append({
                "member_id": line.member.pk, "full_name": line.member.full_name,
                "month": f"{line.month:%Y-%m}", "category": line.category,
                "category_display": line.category_label, "base_amount": line.base,
                "rate_percent": Decimal(line.rate_percent) if line.rate_percent else None,
                "flat_amount": line.flat, "relief": line.relief, "due": line.due,
                "carried": line.carried, "paid": line.paid, "balance": line.balance,
                "months_unpaid": line.months_unpaid, "flagged": line.flagged, "closed": line.closed,
            })  # fmt: skip
    return rows


@router.post("/cells/{cell_id}/fees/payments", response={201: PaymentOut, **WRITE},
             summary="Ghi một khoản đảng phí đã thu (chi ủy, người thu đảng phí)")  # fmt: skip
def payment_create(request: HttpRequest, cell_id: int, payload: PaymentIn) -> Status:
    cell = get_cell(request, cell_id)
    if not can_record(request, cell):
        raise PermissionDenied(
            "Chỉ chi ủy và người được giao thu đảng phí của chi bộ được ghi sổ đảng phí."
        )
    data = payload.model_dump()
    form = PaymentForm({**data, "member": data.pop("member_id")}, cell=cell)
    if not form.is_valid():
        raise FormInvalid(form.errors)
    clean = form.cleaned_data
    try:
        payment = Payment.record(member=clean["member"], paid_on=clean["paid_on"], amount=clean["amount"],
                                 method=clean["method"], reference=clean["reference"],
                                 note=clean["note"], by=request.user)  # fmt: skip
    except FeeError as error:
        raise HttpError(400, str(error)) from None
    return Status(201, {
        "id": payment.pk, "member_id": payment.member_id, "month": f"{payment.month:%Y-%m}",
        "paid_on": payment.paid_on, "amount": payment.amount, "method": payment.method,
        "reference": payment.reference, "note": payment.note,
    })  # fmt: skip
