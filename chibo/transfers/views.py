"""Transfers of a cell (out and in), one transfer with its deadlines, letter and — for whoever
may read the member today — the history that moved with them."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from chibo.documents.models import CONTENT_TYPES, DocumentError
from chibo.members.access import get_cell, viewer_for
from chibo.rules import transfers as rules

from .access import RECEIVING, SENDING, get_transfer
from .forms import AcceptForm, CancelForm, IssueForm
from .history import dossier
from .models import Transfer, TransferError

SOURCES = [
    rules.SOURCE_START,
    rules.SOURCE_PRESENT,
    rules.SOURCE_TEMPORARY,
    rules.SOURCE_NO_TRANSFER,
]


def _errors(form: object) -> str:
    errors = getattr(form, "errors", {})
    return " ".join(str(e) for field in errors.values() for e in field) or "Dữ liệu không hợp lệ."


@login_required
@require_http_methods(["GET", "POST"])
def cell_transfers(request: HttpRequest, cell_pk: int) -> HttpResponse:
    cell = get_cell(request, cell_pk, edit=request.method == "POST")
    form = IssueForm(request.POST or None, cell=cell)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                transfer = Transfer.issue(
                    member=data["member"], by=request.user, on=data["on"], kind=data["kind"],
                    reason=data["reason"], cause_on=data["cause_on"], to_cell=data["to_cell"],
                    destination=data["destination"], until=data["until"],
                )  # fmt: skip
            except TransferError as error:
                messages.error(request, str(error))
            else:
                number = transfer.letter.number_text if transfer.letter else ""
                messages.success(request, f"Đã ban hành giấy giới thiệu {number}.")
                return redirect("transfers:detail", transfer.pk)
        else:
            messages.error(request, _errors(form))
    transfers = Transfer.objects.touching(cell).select_related(
        "member", "from_cell", "to_cell", "letter"
    )
    today = timezone.localdate()
    return render(request, "transfers/cell.html", {
        "cell": cell, "form": form, "today": today, "sources": SOURCES,
        "outgoing": [t for t in transfers if t.from_cell_id == cell.pk],
        "incoming": [t for t in transfers if t.to_cell_id == cell.pk],
        "can_edit": viewer_for(request).can_edit_cell(cell),
    })  # fmt: skip


@login_required
def transfer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    transfer = get_transfer(request, pk)
    viewer = viewer_for(request)
    member = transfer.member
    sees_member = viewer.can_read_cell(member.cell)
    can_accept = (transfer.status == Transfer.Status.ISSUED and transfer.to_cell is not None
                  and viewer.can_edit_cell(transfer.to_cell))  # fmt: skip
    can_cancel = transfer.status == Transfer.Status.ISSUED and viewer.can_edit_cell(
        transfer.from_cell
    )
    return render(request, "transfers/detail.html", {
        "transfer": transfer, "cell": transfer.to_cell if sees_member and transfer.to_cell else transfer.from_cell,
        "dossier": dossier(member) if sees_member else None, "sees_member": sees_member,
        "can_accept": can_accept, "can_cancel": can_cancel, "overdue": transfer.present_overdue(),
        "accept_form": AcceptForm(initial={"on": timezone.localdate()}), "cancel_form": CancelForm(),
        "sources": SOURCES,
    })  # fmt: skip


@login_required
@require_POST
def transfer_accept(request: HttpRequest, pk: int) -> HttpResponse:
    transfer = get_transfer(request, pk, side=RECEIVING)
    form = AcceptForm(request.POST)
    if not form.is_valid():
        messages.error(request, _errors(form))
        return redirect("transfers:detail", pk)
    try:
        transfer.accept(
            by=request.user,
            on=form.cleaned_data["on"],
            late_reason=form.cleaned_data["late_reason"],
        )
    except TransferError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Đã tiếp nhận đồng chí {transfer.member.full_name}.")
    return redirect("transfers:detail", pk)


@login_required
@require_POST
def transfer_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    transfer = get_transfer(request, pk, side=SENDING)
    form = CancelForm(request.POST)
    if not form.is_valid():
        messages.error(request, _errors(form))
        return redirect("transfers:detail", pk)
    try:
        transfer.cancel(by=request.user, reason=form.cleaned_data["reason"])
    except TransferError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Đã hủy giấy giới thiệu.")
    return redirect("transfers:detail", pk)


@login_required
def transfer_letter(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The stored letter, for both cells (the documents register serves the sending cell only)."""
    if fmt not in CONTENT_TYPES:
        raise Http404("Không có định dạng này.")
    transfer = get_transfer(request, pk)
    if transfer.letter is None:
        raise Http404("Chưa có giấy giới thiệu.")
    try:
        filename, content_type, data = transfer.letter.open_file(fmt)
    except DocumentError as error:
        raise Http404(str(error)) from None
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
