"""The committee's side: what the cells below collected and passed up (B01/ĐP), as a page,
an Excel workbook and a Party document; and the share the cells keep, which only a committee
sets (no default)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from chibo.documents.party import render_docx
from chibo.members.access import get_committee

from . import exports
from .documents import report_document
from .forms import PeriodForm, ShareForm
from .models import NO_SHARE, FeeError, RetentionShare
from .reports import ReportPeriod, committee_report
from .views import DOCX, _download


def _period(request: HttpRequest) -> ReportPeriod:
    form = PeriodForm(request.GET)
    today = timezone.localdate()
    if not form.is_valid():
        return ReportPeriod(today.year, (today.month - 1) // 3 + 1)
    year = form.cleaned_data["year"] or today.year
    quarter = (
        form.cleaned_data["quarter"] if "quarter" in request.GET else (today.month - 1) // 3 + 1
    )
    return ReportPeriod(year, quarter)


@login_required
def committee_fees(request: HttpRequest, pk: int) -> HttpResponse:
    committee = get_committee(request, pk)
    period = _period(request)
    report = committee_report(committee, period)
    page = Paginator(report.rows, 100).get_page(request.GET.get("page"))
    share = RetentionShare.objects.filter(committee=committee).first()
    initial = (
        {"percent": share.percent, "decision": share.decision, "decided_on": share.decided_on}
        if share
        else {}
    )
    return render(request, "fees/committee.html", {
        "committee": committee, "report": report, "period": period, "page": page,
        "own_share": share, "share_in_force": report.own_share, "no_share": NO_SHARE,
        "share_form": ShareForm(initial=initial), "years": range(2026, timezone.localdate().year + 1),
        "quarters": [(0, "Cả năm"), (1, "Quý I"), (2, "Quý II"), (3, "Quý III"), (4, "Quý IV")],
    })  # fmt: skip


@login_required
def committee_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    committee = get_committee(request, pk)
    return _download(*exports.report_workbook(committee_report(committee, _period(request))))


@login_required
def committee_docx(request: HttpRequest, pk: int) -> HttpResponse:
    committee = get_committee(request, pk)
    report = committee_report(committee, _period(request))
    content = render_docx(report_document(report))
    return _download(
        f"Báo cáo thu nộp đảng phí {report.period.label} - {committee.name}.docx", DOCX, content
    )


@login_required
@require_POST
def share(request: HttpRequest, pk: int) -> HttpResponse:
    """An officer of the committee (or above) sets the share the cells below it keep."""
    committee = get_committee(request, pk)
    form = ShareForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
    else:
        data = form.cleaned_data
        try:
            RetentionShare.decide(committee=committee, percent=data["percent"], decision=data["decision"],
                                  decided_on=data["decided_on"], by=request.user)  # fmt: skip
        except FeeError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"Đã lưu: các chi bộ trực thuộc {committee.name} trích giữ lại "
                                      f"{data['percent']}% đảng phí thu được.")  # fmt: skip
    return redirect("fees:committee", pk=committee.pk)
