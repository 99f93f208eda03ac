"""The fee book's lines of "Việc hôm nay" (see chibo.lib.today).

- The book's keepers (chi ủy and the designated treasurer): the month still to close once it
  has ended, and every member with three or more unpaid months, with the rule (QĐ 01-QĐ/TW)
  that asks the cell to consider them.
- Every member: what they still owe, if anything (their own amount only: salaries are personal).
A cell that keeps no fee book here sees nothing. A fixed number of queries: the book's row, then
the month's book as the book pages compute it (chibo.fees.ledger), whatever the cell's size.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.urls import reverse

from chibo.lib.today import INFO, SOON, Item, Who, provider
from chibo.rules import fees as rules

from .ledger import current_month, ledger
from .models import FeeBook, month_label


@provider("fees")
def fee_items(who: Who) -> Iterable[Item]:
    member = who.member
    if member is None:
        return []
    book = (
        FeeBook.objects.filter(cell_id=member.cell_id).values("first_month", "treasurer_id").first()
    )
    month = current_month(who.today)
    if book is None or book["first_month"] is None or month < book["first_month"]:
        return []
    keeper = who.is_editor or book["treasurer_id"] == member.pk
    previous = rules.first_of_month(month - dt.timedelta(days=1))
    # The month just ended and this one, in one computation (the book's months from `previous`).
    books = {b.month: b for b in ledger(member.cell, month, since=previous)}
    this_month = books.get(month)
    if this_month is None:
        return []
    items: list[Item] = []
    mine = next((line for line in this_month.lines if line.member.pk == member.pk), None)
    if mine is not None and mine.has_basis and mine.balance > 0:
        items.append(Item(
            title=f"Đảng phí của đồng chí: còn phải đóng {rules.money(mine.balance)}",
            url=reverse("fees:mine"),
            why=f"Tính đến hết tháng {month_label(month)}" + (f"; {mine.flag_text}" if mine.flagged else ""),
            urgency=SOON if mine.flagged else INFO, action="Xem sổ của tôi", kind="fees.mine", rank=70,
        ))  # fmt: skip
    if not keeper:
        return items
    book_url = reverse("fees:book", args=[member.cell_id])
    flagged = [line for line in this_month.lines if line.flagged]
    if flagged:
        names = ", ".join(line.member.full_name for line in flagged)
        items.append(Item(
            title=f"Đảng viên chưa đóng đảng phí từ {rules.UNPAID_MONTHS_FLAG} tháng: {names}",
            url=f"{book_url}?month={month:%Y-%m}",
            why=rules.SOURCE_UNPAID.full, urgency=SOON, action="Mở sổ đảng phí",
            audience="Chi ủy", kind="fees.flagged", rank=60,
        ))  # fmt: skip
    last_month = books.get(previous)
    if last_month is not None and not last_month.closed:
        owing = sum(1 for line in last_month.lines if line.has_basis and line.balance > 0)
        items.append(Item(
            title=f"Khóa sổ đảng phí tháng {month_label(previous)}",
            url=f"{book_url}?month={previous:%Y-%m}",
            why=f"Tháng đã hết; {owing} đồng chí còn nợ" if owing else "Tháng đã hết; mọi đồng chí đã đóng",
            urgency=INFO, action="Mở sổ tháng", audience="Chi ủy", kind="fees.close", rank=65,
        ))  # fmt: skip
    return items
