"""The cell's fee book: the month (Phần I) with the year so far (Phần II), payments, bases,
reliefs, remittances, closing the month, and each member's own dues."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from chibo.documents.party import render_docx
from chibo.lib.vietnamese import fold
from chibo.members.access import viewer_for
from chibo.organizations.models import Cell
from chibo.rules import fees as rules

from . import exports
from .access import can_record, get_book_cell, get_fee_member
from .documents import book_document
from .forms import (
    BasisForm,
    CloseForm,
    CorrectionForm,
    ImportDecisionForm,
    PaymentForm,
    PayrollForm,
    ReliefForm,
    RemittanceForm,
    TreasurerForm,
)
from .ledger import (
    MonthBook,
    current_month,
    ledger,
    member_history,
    passed_up,
    retained,
    start_of_book,
)
from .models import (
    NO_SHARE,
    BasisImport,
    FeeBasis,
    FeeBook,
    FeeError,
    FeeMonth,
    FeeRelief,
    Payment,
    Remittance,
    month_label,
    next_month,
    share_for_cell,
)
from .payroll import start_import

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _month_param(request: HttpRequest, start: dt.date) -> dt.date:
    """?month=2026-11; the current month when absent or invalid, never before the book."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", request.GET.get("month", ""))
    month = current_month()
    if match and 1 <= int(match.group(2)) <= 12:
        month = dt.date(int(match.group(1)), int(match.group(2)), 1)
    return min(max(month, start), current_month())


def _month_from(year: int, month: int) -> dt.date:
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise Http404("Không có tháng này.")
    return dt.date(year, month, 1)


def _book_url(cell: Cell, month: dt.date) -> str:
    return reverse("fees:book", args=[cell.pk]) + f"?month={month:%Y-%m}"


def _act(request: HttpRequest, action: Callable[[], Any], success: str) -> bool:
    """Run one verb; show its success or its refusal."""
    try:
        action()
    except FeeError as error:
        messages.error(request, str(error))
        return False
    messages.success(request, success)
    return True


def _download(filename: str, content_type: str, content: bytes) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    fallback = re.sub(r"[^a-z0-9.]+", "-", fold(filename)).strip("-") or "tep"
    response["Content-Disposition"] = (
        f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"
    )
    return response


def _year_books(cell: Cell, month: dt.date) -> list[MonthBook]:
    books = ledger(cell, month)
    if not books:
        raise Http404("Sổ đảng phí của chi bộ chưa có tháng này.")
    return books


@login_required
def book(request: HttpRequest, pk: int) -> HttpResponse:
    cell = get_book_cell(request, pk)
    start = start_of_book(cell, current_month())
    month = _month_param(request, start)
    year = _year_books(cell, month)
    this = year[-1]
    share = share_for_cell(cell)
    current = share.percent if share else None
    percent = this.retention_percent(current)
    recorder = can_record(request, cell)
    fee_book = FeeBook.objects.filter(cell=cell).select_related("treasurer").first()
    summary = [(b, retained(b.paid, b.retention_percent(current)),
                passed_up(b.paid, b.retention_percent(current))) for b in year]  # fmt: skip
    return render(request, "fees/book.html", {
        "cell": cell, "book": this, "year": summary, "share": share, "percent": percent,
        "retained": retained(this.paid, percent), "passed_up": passed_up(this.paid, percent),
        "no_share": NO_SHARE, "payments": Payment.objects.filter(cell=cell, month=month)
        .select_related("member", "recorded_by", "correction").order_by("paid_on", "pk"),
        "can_record": recorder, "can_edit": viewer_for(request).can_edit_cell(cell),
        "fee_book": fee_book, "treasurer_form": TreasurerForm(cell=cell, initial={"member": fee_book and fee_book.treasurer_id}),
        "close_form": CloseForm() if recorder and not this.closed else None,
        "previous": (month - dt.timedelta(days=1)).replace(day=1) if month > start else None,
        "next": next_month(month) if month < current_month() else None,
        "rules": rules,
    })  # fmt: skip


@login_required
def book_xlsx(request: HttpRequest, pk: int, year: int, month: int) -> HttpResponse:
    cell = get_book_cell(request, pk)
    first = _month_from(year, month)
    books = _year_books(cell, first)
    share = share_for_cell(cell)
    payments = Payment.objects.filter(cell=cell, month=first).select_related(
        "member", "recorded_by__member"
    )
    return _download(*exports.book_workbook(books[-1], books, list(payments.order_by("paid_on", "pk")),
                                            share.percent if share else None))  # fmt: skip


@login_required
def book_docx(request: HttpRequest, pk: int, year: int, month: int) -> HttpResponse:
    cell = get_book_cell(request, pk)
    first = _month_from(year, month)
    this = _year_books(cell, first)[-1]
    share = share_for_cell(cell)
    content = render_docx(book_document(this, share.percent if share else None))
    return _download(f"Sổ thu nộp đảng phí {first:%m-%Y} - {cell.name}.docx", DOCX, content)


@login_required
@require_http_methods(["GET", "POST"])
def payment_new(request: HttpRequest, pk: int) -> HttpResponse:
    cell = get_book_cell(request, pk, record=True)
    form = PaymentForm(
        request.POST or None, cell=cell, initial={"member": request.GET.get("member")}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            payment = Payment.record(member=data["member"], paid_on=data["paid_on"], amount=data["amount"],
                                     method=data["method"], reference=data["reference"],
                                     note=data["note"], by=request.user)  # fmt: skip
        except FeeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Đã ghi {rules.money(payment.amount)} của đồng chí "
                                      f"{payment.member.full_name} vào sổ tháng {month_label(payment.month)}.")  # fmt: skip
            if "again" in request.POST:
                return redirect("fees:payment_new", pk=cell.pk)
            return redirect(_book_url(cell, payment.month))
    return render(request, "fees/payment_form.html", {"cell": cell, "form": form, "rules": rules})


@login_required
@require_POST
def payment_correct(request: HttpRequest, pk: int) -> HttpResponse:
    payment = get_object_or_404(Payment.objects.select_related("cell", "member"), pk=pk)
    cell = get_book_cell(request, payment.cell_id, record=True)
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Cần ghi lý do điều chỉnh.")
    else:
        _act(request, lambda: payment.correct(reason=form.cleaned_data["reason"], by=request.user),
             f"Đã ghi bút toán điều chỉnh khoản {rules.money(payment.amount)} của đồng chí "
             f"{payment.member.full_name}.")  # fmt: skip
    return redirect(_book_url(cell, current_month()))


@login_required
@require_POST
def month_close(request: HttpRequest, pk: int, year: int, month: int) -> HttpResponse:
    cell = get_book_cell(request, pk, record=True)
    first = _month_from(year, month)
    form = CloseForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy đánh dấu xác nhận trước khi khóa sổ.")
    else:
        fee_month = FeeMonth.objects.get_or_create(cell=cell, month=first)[0]
        _act(request, lambda: fee_month.close(by=request.user),
             f"Đã khóa sổ tháng {month_label(first)}. Các khoản thu sau đây ghi vào tháng đang mở.")  # fmt: skip
    return redirect(_book_url(cell, first))


@login_required
@require_POST
def treasurer(request: HttpRequest, pk: int) -> HttpResponse:
    cell = get_book_cell(request, pk)
    if not viewer_for(request).can_edit_cell(cell):
        raise PermissionDenied(
            "Chỉ Bí thư, Phó Bí thư và chi ủy viên được giao người thu đảng phí."
        )
    form = TreasurerForm(request.POST, cell=cell)
    if not form.is_valid():
        messages.error(request, "Người được chọn không thuộc chi bộ.")
    else:
        member = form.cleaned_data["member"]
        _act(request, lambda: FeeBook.designate(cell=cell, member=member, by=request.user),
             f"Đã giao đồng chí {member.full_name} thu đảng phí." if member else "Đã bỏ giao người thu đảng phí.")  # fmt: skip
    return redirect("fees:book", pk=cell.pk)


@login_required
@require_http_methods(["GET", "POST"])
def bases(request: HttpRequest, pk: int) -> HttpResponse:
    cell = get_book_cell(request, pk, record=request.method == "POST")
    recorder = can_record(request, cell)
    form = BasisForm(request.POST or None, cell=cell, initial={"member": request.GET.get("member"),
                                                               "valid_from": current_month()})  # fmt: skip
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            FeeBasis.record(member=data["member"], category=data["category"], amount=data["amount"],
                            region=data["region"], valid_from=data["valid_from"], note=data["note"],
                            by=request.user)  # fmt: skip
        except FeeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Đã ghi căn cứ tính đảng phí của đồng chí {data['member'].full_name} "
                                      f"từ tháng {month_label(data['valid_from'])}.")  # fmt: skip
            return redirect("fees:bases", pk=cell.pk)
    history = FeeBasis.objects.filter(cell=cell).select_related("member", "recorded_by").order_by(
        "member__sort_key", "member_id", "-valid_from", "-pk")  # fmt: skip
    latest: dict[int, FeeBasis] = {}
    for basis in history:
        latest.setdefault(basis.member_id, basis)
    return render(request, "fees/bases.html", {
        "cell": cell, "form": form if recorder else None, "history": history,
        "current": list(latest.values()), "can_record": recorder, "rules": rules,
    })  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def payroll_upload(request: HttpRequest, pk: int) -> HttpResponse:
    cell = get_book_cell(request, pk, record=True)
    previous = current_month().replace(day=1) - dt.timedelta(days=1)
    form = PayrollForm(request.POST or None, request.FILES or None,
                       initial={"salary_month": previous.replace(day=1)})  # fmt: skip
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        batch = start_import(cell=cell, by=request.user, filename=upload.name or "",
                             payroll=form.payroll, salary_month=form.cleaned_data["salary_month"])  # fmt: skip
        return redirect("fees:payroll_preview", pk=cell.pk, batch_pk=batch.pk)
    return render(request, "fees/payroll_upload.html", {"cell": cell, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def payroll_preview(request: HttpRequest, pk: int, batch_pk: int) -> HttpResponse:
    cell = get_book_cell(request, pk, record=True)
    batch = get_object_or_404(BasisImport, pk=batch_pk, cell=cell)
    if request.method == "POST":
        form = ImportDecisionForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Thao tác không hợp lệ.")
        elif form.cleaned_data["action"] == "commit":
            if _act(request, lambda: batch.commit(by=request.user),
                    f"Đã nhập lương đóng BHXH của {len(batch.rows)} đảng viên, áp dụng cho đảng phí "
                    f"từ tháng {month_label(batch.valid_from)}."):  # fmt: skip
                return redirect("fees:bases", pk=cell.pk)
        elif _act(request, lambda: batch.discard(by=request.user),
                  "Đã hủy lần nhập này; căn cứ tính đảng phí không thay đổi."):  # fmt: skip
            return redirect("fees:payroll_upload", pk=cell.pk)
        return redirect("fees:payroll_preview", pk=cell.pk, batch_pk=batch.pk)
    return render(request, "fees/payroll_preview.html", {"cell": cell, "batch": batch})


@login_required
@require_http_methods(["GET", "POST"])
def reliefs(request: HttpRequest, pk: int) -> HttpResponse:
    cell = get_book_cell(request, pk, record=request.method == "POST")
    recorder = can_record(request, cell)
    form = ReliefForm(request.POST or None, cell=cell, initial={"first_month": current_month()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            FeeRelief.grant(member=data["member"], kind=data["kind"], reason=data["reason"],
                            first_month=data["first_month"], last_month=data["last_month"],
                            decision=data["decision"], decided_on=data["decided_on"], by=request.user)  # fmt: skip
        except FeeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, f"Đã ghi miễn, giảm đảng phí của đồng chí {data['member'].full_name}."
            )
            return redirect("fees:reliefs", pk=cell.pk)
    return render(request, "fees/reliefs.html", {
        "cell": cell, "form": form if recorder else None, "can_record": recorder, "rules": rules,
        "reliefs": FeeRelief.objects.filter(cell=cell).select_related("member").order_by("-first_month", "-pk"),
    })  # fmt: skip


@login_required
@require_http_methods(["GET", "POST"])
def remittances(request: HttpRequest, pk: int) -> HttpResponse:
    cell = get_book_cell(request, pk, record=request.method == "POST")
    recorder = can_record(request, cell)
    form = RemittanceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            Remittance.record(cell=cell, first_month=data["first_month"], last_month=data["last_month"],
                              paid_on=data["paid_on"], amount=data["amount"], method=data["method"],
                              voucher=data["voucher"], note=data["note"], by=request.user)  # fmt: skip
        except FeeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Đã ghi {rules.money(data['amount'])} nộp lên cấp trên.")
            return redirect("fees:remittances", pk=cell.pk)
    share = share_for_cell(cell)
    return render(request, "fees/remittances.html", {
        "cell": cell, "form": form if recorder else None, "can_record": recorder, "share": share,
        "no_share": NO_SHARE, "remittances": Remittance.objects.filter(cell=cell).order_by("-paid_on", "-pk"),
    })  # fmt: skip


@login_required
def member_fees(request: HttpRequest, pk: int) -> HttpResponse:
    member = get_fee_member(request, pk)
    lines = member_history(member)
    viewer = viewer_for(request)
    return render(request, "fees/member.html", {
        "member": member, "cell": member.cell, "lines": lines, "latest": lines[0] if lines else None,
        "own": viewer.member is not None and viewer.member.pk == member.pk,
        "can_record": can_record(request, member.cell),
        "payments": Payment.objects.filter(member=member).order_by("-paid_on", "-pk"),
        "reliefs": FeeRelief.objects.filter(member=member).order_by("-first_month"),
        "rules": rules, "today": timezone.localdate(),
    })  # fmt: skip


@login_required
def my_fees(request: HttpRequest) -> HttpResponse:
    member = viewer_for(request).member
    if member is None:
        raise Http404("Tài khoản này không gắn với đảng viên nào.")
    return redirect("fees:member", pk=member.pk)
