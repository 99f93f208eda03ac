"""The committee's view of the cells below it (like report B01/ĐP): for a quarter or a year,
each cell's members, fees collected, the share it keeps, what it must pass up and what it
passed up. Grouped queries over every cell below, whatever the depth; the page shows 100
rows at a time but the totals are over all of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Sum

from chibo.members.models import Member
from chibo.organizations.models import Cell, Committee

from .ledger import passed_up, retained
from .models import Payment, Remittance, RetentionShare, month_label, shares_for_paths

QUARTER_NAMES = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class ReportPeriod:
    year: int
    quarter: int = 0  # 0: the whole year

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, 1 if not self.quarter else 3 * self.quarter - 2, 1)

    @property
    def last(self) -> dt.date:
        return dt.date(self.year, 12 if not self.quarter else 3 * self.quarter, 1)

    @property
    def label(self) -> str:
        if self.quarter:
            return f"quý {QUARTER_NAMES[self.quarter]} năm {self.year}"
        return f"năm {self.year}"

    @property
    def months_text(self) -> str:
        return f"tháng {month_label(self.first)} – {month_label(self.last)}"


@dataclass
class CellRow:
    cell: Cell
    members: int
    collected: int
    share: RetentionShare | None
    remitted: int

    @property
    def percent(self) -> int | None:
        return self.share.percent if self.share else None

    @property
    def retained(self) -> int | None:
        return retained(self.collected, self.percent)

    @property
    def to_pass_up(self) -> int | None:
        return passed_up(self.collected, self.percent)

    @property
    def not_passed_up(self) -> int | None:
        due = self.to_pass_up
        return None if due is None else due - self.remitted


@dataclass
class CommitteeReport:
    committee: Committee
    period: ReportPeriod
    rows: list[CellRow]
    own_share: RetentionShare | None  # the share in force for the committee itself

    @property
    def members(self) -> int:
        return sum(r.members for r in self.rows)

    @property
    def collected(self) -> int:
        return sum(r.collected for r in self.rows)

    @property
    def remitted(self) -> int:
        return sum(r.remitted for r in self.rows)

    @property
    def complete(self) -> bool:
        """Every cell has a share in force, so the retained and passed-up totals exist."""
        return all(r.share is not None for r in self.rows)

    @property
    def retained(self) -> int | None:
        return sum(r.retained or 0 for r in self.rows) if self.complete else None

    @property
    def to_pass_up(self) -> int | None:
        return sum(r.to_pass_up or 0 for r in self.rows) if self.complete else None

    @property
    def not_passed_up(self) -> int | None:
        due = self.to_pass_up
        return None if due is None else due - self.remitted


def committee_report(committee: Committee, period: ReportPeriod) -> CommitteeReport:
    cells = list(Cell.objects.below(committee).select_related("committee").order_by("path", "name"))
    ids = [c.pk for c in cells]
    members = dict(
        Member.objects.filter(cell_id__in=ids, status__in=Member.ACTIVE_STATUSES)
        .values_list("cell_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    collected = dict(
        Payment.objects.filter(cell_id__in=ids, month__gte=period.first, month__lte=period.last)
        .values_list("cell_id")
        .annotate(total=Sum("amount"))
        .order_by()
    )
    remitted = dict(
        Remittance.objects.filter(cell_id__in=ids, last_month__gte=period.first,
                                  last_month__lte=period.last)
        .values_list("cell_id").annotate(total=Sum("amount")).order_by()
    )  # fmt: skip
    shares = shares_for_paths({c.path for c in cells} | {committee.path})
    rows = [CellRow(cell, members.get(cell.pk, 0), collected.get(cell.pk, 0) or 0,
                    shares[cell.path], remitted.get(cell.pk, 0) or 0) for cell in cells]  # fmt: skip
    return CommitteeReport(committee, period, rows, shares[committee.path])
