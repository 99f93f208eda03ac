"""Persona expectations for every fees route (see chibo/core/tests/route_matrix.py).

The book is the chi ủy's, the treasurer's and the officers' above: a plain member of the cell
gets 403 there and reads their own dues only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from chibo.core.tests.route_matrix import LOGIN, Route, editor_route
from chibo.fees.models import BasisImport, Payment
from chibo.rules import fees as rules

BOOK_READER = {
    "anonymous": LOGIN,
    "member": 403,
    "secretary": 200,
    "other_cell": 404,
    "officer": 200,
}
OFFICER = {"anonymous": LOGIN, "member": 404, "secretary": 404, "other_cell": 404, "officer": 200}


def recorder(ok: int = 200) -> dict[str, int | str]:
    return {"anonymous": LOGIN, "member": 403, "secretary": ok, "other_cell": 404, "officer": 403}


def _today() -> dt.date:
    return timezone.localdate()


def _month(w: Any) -> list[int]:
    return [w.cell.pk, _today().year, _today().month]


def _payment(w: Any) -> Payment:
    from .helpers import basis

    basis(w.member)
    return Payment.record(member=w.member, paid_on=_today(), amount=70_000, method=rules.CASH,
                          by=w.secretary.user)  # fmt: skip


def _book(w: Any) -> list[int]:
    """The cell with a basis for the member, so that a payment for them can be recorded."""
    from .helpers import basis

    basis(w.member)
    return [w.cell.pk]


def _batch(w: Any) -> BasisImport:
    return BasisImport.objects.create(cell=w.cell, filename="luong.xlsx", salary_month=_today().replace(day=1),
                                      valid_from=_today().replace(day=1), rows=[], errors=[])  # fmt: skip


PAYMENT = {"member": "", "paid_on": "", "amount": "70.000", "method": "cash", "reference": "BL-01"}

ROUTES: list[Route] = [
    Route("fees:book", lambda w: [w.cell.pk], expect=BOOK_READER),
    Route("fees:book", lambda w: [w.cell.pk], expect=BOOK_READER, query="?month=2026-02"),
    Route("fees:book_xlsx", _month, expect=BOOK_READER),
    Route("fees:book_docx", _month, expect=BOOK_READER),
    Route("fees:close", _month, method="post", expect=recorder(302), data=lambda w: {"confirm": "on"}),
    Route("fees:payment_new", lambda w: [w.cell.pk], expect=recorder()),
    Route("fees:payment_new", _book, method="post", expect=recorder(302),
          data=lambda w: {**PAYMENT, "member": w.member.pk, "paid_on": _today().isoformat()}),
    Route("fees:payment_correct", lambda w: [_payment(w).pk], method="post", expect=recorder(302),
          data=lambda w: {"reason": "Ghi nhầm người nộp"}),
    editor_route("fees:treasurer", lambda w: [w.cell.pk], method="post", ok=302,
                 data=lambda w: {"member": w.member.pk}),
    Route("fees:bases", lambda w: [w.cell.pk], expect=BOOK_READER),
    Route("fees:bases", lambda w: [w.cell.pk], method="post", expect=recorder(302),
          data=lambda w: {"member": w.member.pk, "category": "insured", "amount": "7.000.000",
                          "valid_from": f"{_today():%Y-%m}"}),
    Route("fees:payroll_upload", lambda w: [w.cell.pk], expect=recorder()),
    Route("fees:payroll_preview", lambda w: [w.cell.pk, _batch(w).pk], expect=recorder()),
    Route("fees:reliefs", lambda w: [w.cell.pk], expect=BOOK_READER),
    Route("fees:reliefs", lambda w: [w.cell.pk], method="post", expect=recorder(302),
          data=lambda w: {"member": w.member.pk, "kind": "reduce_50", "reason": "hardship",
                          "first_month": f"{_today():%Y-%m}", "last_month": f"{_today():%Y-%m}",
                          "decision": "Nghị quyết chi bộ số 05-NQ/CB", "decided_on": _today().isoformat()}),
    Route("fees:remittances", lambda w: [w.cell.pk], expect=BOOK_READER),
    Route("fees:remittances", lambda w: [w.cell.pk], method="post", expect=recorder(302),
          data=lambda w: {"first_month": f"{_today():%Y-%m}", "last_month": f"{_today():%Y-%m}",
                          "paid_on": _today().isoformat(), "amount": "100.000", "method": "portal",
                          "voucher": "CT-01"}),
    Route("fees:member", lambda w: [w.member.pk],
          expect={"anonymous": LOGIN, "member": 200, "secretary": 200, "other_cell": 404, "officer": 200}),
    Route("fees:member", lambda w: [w.secretary.pk],
          expect={"anonymous": LOGIN, "member": 403, "secretary": 200, "other_cell": 404, "officer": 200}),
    Route("fees:mine", expect={"anonymous": LOGIN, "member": 302, "secretary": 302, "other_cell": 302,
                               "officer": 404}),
    Route("fees:committee", lambda w: [w.committee.pk], expect=OFFICER),
    Route("fees:committee_xlsx", lambda w: [w.committee.pk], expect=OFFICER, query="?year=2026&quarter=4"),
    Route("fees:committee_docx", lambda w: [w.committee.pk], expect=OFFICER, query="?year=2026&quarter=0"),
    Route("fees:share", lambda w: [w.committee.pk], method="post",
          expect={**OFFICER, "officer": 302},
          data=lambda w: {"percent": "30", "decision": "Quyết định số 12-QĐ/ĐU", "decided_on": "2026-02-05"}),
]  # fmt: skip
