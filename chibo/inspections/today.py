"""The inspection cases' lines of "Việc hôm nay" for the chi ủy (see chibo.lib.today): open
cases past their due date or due within the week, soonest first. One query."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.urls import reverse

from chibo.lib.today import SOON_DAYS, Item, Who, provider

from .models import Case


@provider("inspections")
def inspection_items(who: Who) -> Iterable[Item]:
    if who.member is None or not who.is_editor:
        return []
    horizon = who.today + dt.timedelta(days=SOON_DAYS)
    cases = (
        Case.objects.open()
        .filter(cell_id=who.member.cell_id, due_on__lte=horizon)
        .order_by("due_on", "pk")
    )
    return [
        Item(
            title=f"Kiểm tra, giám sát: {case.title}",
            url=reverse("inspections:case", args=[case.pk]),
            why=f"{case.get_status_display()} · hạn kết thúc {case.due_on:%d/%m/%Y}",
            due=case.due_on,
            action="Mở cuộc kiểm tra",
            audience="Chi ủy",
            kind="inspection_case",
            rank=40,
        )
        for case in cases
    ]
