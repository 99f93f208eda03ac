"""Helpers that build a programme and walk a case through its steps for tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from chibo.conftest import World
from chibo.inspections.models import Case, Programme
from chibo.rules import inspection as rules


def ago(days: int) -> dt.date:
    return timezone.localdate() - dt.timedelta(days=days)


def make_programme(world: World, *, issued: bool = True) -> Programme:
    by = world.secretary.user
    # The first year without a programme: route matrices build several on one world.
    year = timezone.localdate().year
    while Programme.objects.filter(cell=world.cell, year=year).exists():
        year += 1
    programme = Programme.create(cell=world.cell, year=year, by=by)
    programme.add_item(by=by, kind=rules.INSPECTION, mode=rules.THEMATIC, subject_kind=rules.FEE_BOOK,
                       subject_member=None, subject_org="", content="Kiểm tra việc thu, nộp đảng phí 6 tháng đầu năm",
                       starts_on=dt.date(year, 1, 1), ends_on=dt.date(year, 12, 31), performers=[world.secretary])  # fmt: skip
    if issued:
        programme.issue(by=by, on=timezone.localdate())
    return programme


def open_member_case(world: World, **extra: Any) -> Case:
    fields: dict[str, Any] = {"kind": rules.INSPECTION, "mode": rules.THEMATIC, "subject_kind": rules.MEMBER,
                              "subject_member": world.member, "title": "Chấp hành Điều lệ Đảng",
                              "opened_on": ago(30), "due_on": ago(-30)}  # fmt: skip
    fields.update(extra)
    return Case.open_case(cell=world.cell, by=world.secretary.user, **fields)


def to_proposed(world: World, case: Case) -> Case:
    by = world.secretary.user
    case.record_findings(by=by, text="Đảng viên chấp hành tốt.", on=ago(20))
    if case.subject_member_id:
        case.record_explanation(by=by, text="Tôi nhất trí với kết quả.", on=ago(15))
    case.propose(by=by, text="Đồng chí chấp hành tốt Điều lệ Đảng.")
    return case
