"""The plan's target "100 % đảng viên và quần chúng tham gia học tập" measured from the study
records (chibo.rules.study for the reading)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db.models import Q

from chibo.members.models import Member
from chibo.organizations.models import Cell

from .models import StudyAttendance, non_party_staff


def _pct(part: int, whole: int) -> Decimal:
    if not whole:
        return Decimal(0)
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def members_in_year(cell: Cell, year: int) -> Any:
    """The cell's current members who were already members of it in `year`: admitted by its end
    and not taken in from another cell after it (chibo.transfers)."""
    end = dt.date(year, 12, 31)
    return (
        Member.objects.for_cell(cell).current()
        .filter(Q(admission_date__isnull=True) | Q(admission_date__lte=end))
        .exclude(transfers__to_cell=cell, transfers__accepted_on__gt=end)
    )  # fmt: skip


def participation(cell: Cell, year: int) -> tuple[Decimal, str]:
    """(percent, basis): the cell's members of that year and its school's non-Party staff who
    attended at least one study session of the cell in `year`."""
    members = set(members_in_year(cell, year).values_list("pk", flat=True))
    staff = set(non_party_staff(cell).values_list("pk", flat=True))
    rows = StudyAttendance.objects.filter(session__cell=cell, session__held_on__year=year)
    came_m = set(rows.filter(member_id__in=members).values_list("member_id", flat=True))
    came_s = set(rows.filter(staff_id__in=staff).values_list("staff_id", flat=True))
    sessions = rows.values("session_id").distinct().count()
    basis = (
        f"{len(came_m)}/{len(members)} đảng viên"
        + (
            f" và {len(came_s)}/{len(staff)} quần chúng (cán bộ, giáo viên, nhân viên nhà trường)"
            if staff
            else ""
        )
        + f" có mặt ít nhất một buổi học tập nghị quyết, chỉ thị năm {year} ({sessions} buổi có ghi danh sách)."
    )
    return _pct(len(came_m) + len(came_s), len(members) + len(staff)), basis
