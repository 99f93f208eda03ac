"""The admission files' lines of "Việc hôm nay" for the chi ủy (see chibo.lib.today): deadlines
running on a file (the superior's decision, the ceremony, the end of probation and recognition)
and awareness-course certificates about to expire. One query. Deadlines from
chibo.admissions.deadlines, the same as the daily digest's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import Q
from django.urls import reverse

from chibo.lib.today import Item, Who, provider

from .deadlines import certificate_expiring_before, file_due
from .models import Candidate
from .models.records import BEFORE_VOTE, TIMED, Stage

SHOWN_DAYS = 30  # a deadline further away than this is not today's work


@provider("admissions")
def admission_items(who: Who) -> Iterable[Item]:
    if who.member is None or not who.is_editor:
        return []
    today = who.today
    files = Candidate.objects.filter(
        Q(stage__in=TIMED) | Q(stage__in=BEFORE_VOTE, certificate_date__lte=certificate_expiring_before(today)),
        cell_id=who.member.cell_id,
    ).select_related("member")  # fmt: skip
    items = []
    for candidate in files:
        due = file_due(candidate, today)
        if due is None or due.day > today + dt.timedelta(days=SHOWN_DAYS):
            continue
        probation = candidate.effective_stage == Stage.PROBATION
        items.append(Item(
            title=(f"Xét công nhận đảng viên chính thức: {candidate.full_name}" if probation
                   else f"Hồ sơ kết nạp: {candidate.full_name}"),
            url=reverse("admissions:detail", args=[candidate.pk]), why=due.text, due=due.day,
            action="Mở hồ sơ", audience="Chi ủy", kind=due.kind, rank=50,
        ))  # fmt: skip
    return items
