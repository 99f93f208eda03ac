"""The fee book computed: for each member and month, what was due, what was carried over,
what was paid and what is still owed (the S01/ĐP book, Phần I), and the month's totals
(Phần II).

Closed months are read from their stored lines (`MonthlyDue`), never recomputed; the open
months after them are computed from the bases, reliefs and payments, carrying each member's
balance from one month to the next. A handful of queries for any number of members and
months.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q, Sum
from django.utils import timezone

from chibo.members.models import Member, StatusChange
from chibo.organizations.models import Cell
from chibo.rules import fees as rules

from .models import (
    FeeBasis,
    FeeBook,
    FeeMonth,
    FeeRelief,
    MonthlyDue,
    Payment,
    month_label,
    months_from,
    next_month,
)


def _money(amount: int) -> str:
    """rules.money with a no-break space before "đ": a narrow column never strands it."""
    return rules.money(amount).replace(" đ", "\u00a0đ")


def signed_text(amount: int) -> str:
    """An amount owed as "72.346 đ", one paid ahead as "nộp trước 72.346 đ"."""
    return f"nộp trước {_money(-amount)}" if amount < 0 else _money(amount)


@dataclass
class Line:
    """One member in one month."""

    member: Member
    month: dt.date
    category: str = ""
    base: int = 0
    basis_points: int = 0
    flat: int | None = None
    relief: str = ""
    due: int = 0
    carried: int = 0  # owed (+) or paid ahead (−) at the start of the month
    paid: int = 0
    balance: int = 0  # carried + due − paid
    months_unpaid: int = 0  # months of this year not covered at the end of the month
    has_basis: bool = True
    closed: bool = False

    @property
    def rate(self) -> rules.Rate | None:
        if not self.category:
            return None
        return rules.Rate(rules.CATEGORY_BY_CODE[self.category], self.basis_points, self.flat)

    @property
    def rate_text(self) -> str:
        rate = self.rate
        return rate.percent_text if rate else ""

    @property
    def rate_percent(self) -> str:
        rate = self.rate
        return rate.percent if rate else ""

    @property
    def category_label(self) -> str:
        category = rules.CATEGORY_BY_CODE.get(self.category)
        return category.label if category else "Chưa có căn cứ"

    @property
    def basis_text(self) -> str:
        """'Lương BHXH 5.562.000 đ × 1%', 'Học sinh, sinh viên: 5.000 đ/tháng'."""
        category = rules.CATEGORY_BY_CODE.get(self.category)
        if category is None:
            return "Chưa có căn cứ"
        if self.flat is not None:
            return f"{category.short}: {self.rate_text}"
        return f"{category.short} {_money(self.base)} × {self.rate_text}"

    @property
    def relief_label(self) -> str:
        return dict(rules.RELIEF_CHOICES).get(self.relief, "")

    @property
    def exempt(self) -> bool:
        return self.relief == rules.EXEMPT

    @property
    def total_due(self) -> int:
        return self.carried + self.due

    @property
    def owed(self) -> int:
        return max(self.balance, 0)

    @property
    def carried_text(self) -> str:
        return signed_text(self.carried)

    @property
    def balance_text(self) -> str:
        return signed_text(self.balance)

    @property
    def flagged(self) -> bool:
        return rules.is_flagged(self.months_unpaid)

    @property
    def flag_text(self) -> str:
        return rules.flag_text(self.months_unpaid) if self.flagged else ""

    @property
    def status(self) -> str:
        """'paid' (nothing owed), 'partial' (this month paid in part) or 'unpaid'."""
        if self.balance <= 0:
            return "paid"
        return "partial" if self.paid > 0 else "unpaid"


@dataclass
class MonthBook:
    cell: Cell
    month: dt.date
    fee_month: FeeMonth | None
    lines: list[Line] = field(default_factory=list)

    @property
    def label(self) -> str:
        return month_label(self.month)

    @property
    def closed(self) -> bool:
        return bool(self.fee_month and self.fee_month.is_closed)

    @property
    def members(self) -> int:
        return len(self.lines)

    @property
    def exempt(self) -> int:
        return sum(1 for line in self.lines if line.exempt)

    @property
    def due(self) -> int:
        return sum(line.due for line in self.lines)

    @property
    def carried(self) -> int:
        return sum(line.carried for line in self.lines)

    @property
    def total_due(self) -> int:
        return sum(line.total_due for line in self.lines)

    @property
    def paid(self) -> int:
        return sum(line.paid for line in self.lines)

    @property
    def owed(self) -> int:
        """Fees still unpaid at the end of the month (members who paid ahead not netted)."""
        return sum(line.owed for line in self.lines)

    @property
    def balance(self) -> int:
        return sum(line.balance for line in self.lines)

    @property
    def flagged(self) -> list[Line]:
        return [line for line in self.lines if line.flagged]

    @property
    def without_basis(self) -> list[Line]:
        return [line for line in self.lines if not line.has_basis]

    def retention_percent(self, current: int | None) -> int | None:
        """The share in force for this month: the one stored at closing, else today's."""
        stored = self.fee_month.retention_percent if self.closed and self.fee_month else None
        return stored if stored is not None else current


def retained(collected: int, percent: int | None) -> int | None:
    """What the cell keeps of `collected` đồng; None when no share was set."""
    if percent is None:
        return None
    return (
        rules.round_half_up(collected * percent, 100)
        if collected >= 0
        else -rules.round_half_up(-collected * percent, 100)
    )


def passed_up(collected: int, percent: int | None) -> int | None:
    kept = retained(collected, percent)
    return None if kept is None else collected - kept


def current_month(today: dt.date | None = None) -> dt.date:
    return rules.first_of_month(today or timezone.localdate())


def _line_from(row: MonthlyDue, month: dt.date) -> Line:
    return Line(member=row.member, month=month, category=row.category, base=row.base_amount,
                basis_points=row.basis_points, flat=row.flat, relief=row.relief, due=row.due,
                carried=row.carried, paid=row.paid, balance=row.balance,
                months_unpaid=row.months_unpaid, closed=True)  # fmt: skip


def _last_day(month: dt.date) -> dt.date:
    return next_month(month) - dt.timedelta(days=1)


class _Inputs:
    """What the open months are computed from, loaded once."""

    def __init__(self, cell: Cell, first: dt.date, until: dt.date) -> None:
        self.cell_id = cell.pk
        # A member who moved to another cell (chibo.transfers) stays in this book for the months
        # their fee basis was recorded here: bases say in which cell each month was kept.
        kept_here = FeeBasis.objects.filter(cell=cell).values("member_id")
        self.members = list(
            Member.objects.filter(Q(cell=cell) | Q(pk__in=kept_here)).order_by("sort_key", "pk")
        )
        gone = [m.pk for m in self.members if not m.is_active]
        self.left_on: dict[int, dt.date] = {}
        if gone:
            for change in StatusChange.objects.filter(member_id__in=gone).order_by("on", "pk"):
                if change.to_status not in Member.ACTIVE_STATUSES:
                    self.left_on[change.member_id] = change.on
        self.bases: dict[int, list[FeeBasis]] = defaultdict(list)
        self.kept_in: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
        ids = [m.pk for m in self.members]
        for basis in FeeBasis.objects.filter(member_id__in=ids, valid_from__lte=until).order_by(
            "valid_from", "pk"
        ):
            self.kept_in[basis.member_id].append((basis.valid_from, basis.cell_id))
            if basis.cell_id == cell.pk:
                self.bases[basis.member_id].append(basis)
        self.reliefs: dict[int, list[FeeRelief]] = defaultdict(list)
        for relief in FeeRelief.objects.filter(cell=cell, first_month__lte=until):
            self.reliefs[relief.member_id].append(relief)
        paid = (Payment.objects.filter(cell=cell, month__gte=first, month__lte=until)
                .values("member_id", "month").annotate(total=Sum("amount")).order_by())  # fmt: skip
        self.paid = {(row["member_id"], row["month"]): row["total"] for row in paid}

    def kept_by(self, member: Member, month: dt.date) -> int:
        """The cell whose book holds the member's `month`: the cell of their latest basis from
        that month, else the cell they belong to."""
        where = member.cell_id
        for valid_from, cell_id in self.kept_in.get(member.pk, ()):
            if valid_from <= month:
                where = cell_id
        return where

    def in_cell(self, member: Member, month: dt.date) -> bool:
        if member.admission_date and member.admission_date > _last_day(month):
            return False
        if self.kept_by(member, month) != self.cell_id:
            return False
        if member.is_active:
            return True
        left = self.left_on.get(member.pk)
        return left is not None and left >= month

    def basis(self, member_id: int, month: dt.date) -> FeeBasis | None:
        chosen = None
        for basis in self.bases.get(member_id, ()):
            if basis.valid_from <= month:
                chosen = basis
        return chosen

    def relief(self, member_id: int, month: dt.date) -> str:
        for relief in self.reliefs.get(member_id, ()):
            if relief.covers(month):
                return relief.kind
        return ""


def _compute(inputs: _Inputs, member: Member, month: dt.date, carried: int,
             year_dues: list[int]) -> Line:  # fmt: skip
    line = Line(member=member, month=month, carried=carried)
    line.paid = inputs.paid.get((member.pk, month), 0)
    basis = inputs.basis(member.pk, month)
    if basis is None:
        line.has_basis = False
    else:
        rate = rules.rate_for(basis.category, month)
        line.category, line.basis_points, line.flat = basis.category, rate.basis_points, rate.flat
        line.base = basis.base_for(month)
        line.relief = inputs.relief(member.pk, month)
        line.due = rules.reduced(rate.fee(line.base), line.relief)
    line.balance = carried + line.due - line.paid
    year_dues.append(line.due)
    line.months_unpaid = rules.months_unpaid(year_dues, line.balance)
    return line


def opened(cell: Cell) -> dt.date | None:
    """The first month of the cell's book; None before any basis was recorded."""
    return FeeBook.objects.filter(cell=cell).values_list("first_month", flat=True).first()


def start_of_book(cell: Cell, until: dt.date) -> dt.date:
    """Where the book's months begin. A book not started yet shows its last month only, every
    member "without a basis" there."""
    return max(opened(cell) or rules.first_of_month(until), rules.IN_FORCE)


def ledger(cell: Cell, until: dt.date, *, since: dt.date | None = None) -> list[MonthBook]:
    """The months from `since` (default: January of `until`'s year) to `until`, each with its
    lines in Vietnamese name order. Months before the cell's book starts (`FeeBook.first_month`,
    never before 02/2026) are left out."""
    until = rules.first_of_month(until)
    since = rules.first_of_month(since or until.replace(month=1))
    book_start = start_of_book(cell, until)
    start = max(book_start, since.replace(month=1))  # the year's dues count the unpaid months
    if until < start:
        return []
    fee_months = {fm.month: fm for fm in FeeMonth.objects.filter(cell=cell, month__lte=until)}
    everything = months_from(book_start, until)
    closed_prefix = []
    for month in everything:
        if not (fee_months.get(month) and fee_months[month].is_closed):
            break
        closed_prefix.append(month)
    first_open = everything[len(closed_prefix)] if len(closed_prefix) < len(everything) else None
    loop_start = min(start, first_open) if first_open else start
    # The month whose balances open the loop (none at the book's start).
    before = months_from(book_start, loop_start)[-2:-1]
    wanted = [m for m in closed_prefix if m >= loop_start] + [
        m for m in before if m in closed_prefix
    ]
    stored: dict[dt.date, list[MonthlyDue]] = defaultdict(list)
    if wanted:
        rows = (MonthlyDue.objects.filter(fee_month__cell=cell, fee_month__month__in=wanted)
                .select_related("member", "fee_month").order_by("member__sort_key", "member_id"))  # fmt: skip
        for row in rows:
            stored[row.fee_month.month].append(row)
    balances: dict[int, int] = {
        row.member_id: row.balance for m in before for row in stored.get(m, [])
    }
    inputs = _Inputs(cell, first_open, until) if first_open else None
    books: list[MonthBook] = []
    year_dues: dict[int, list[int]] = defaultdict(list)
    for month in months_from(loop_start, until):
        if month.month == 1:
            year_dues = defaultdict(list)
        book = MonthBook(cell, month, fee_months.get(month))
        if month in closed_prefix:
            book.lines = [_line_from(row, month) for row in stored.get(month, [])]
        else:
            assert inputs is not None
            for member in inputs.members:
                carried = balances.get(member.pk, 0)
                if inputs.in_cell(member, month) or (member.pk, month) in inputs.paid:
                    book.lines.append(
                        _compute(inputs, member, month, carried, year_dues[member.pk])
                    )
        for line in book.lines:
            balances[line.member.pk] = line.balance
            if line.closed:
                year_dues[line.member.pk].append(line.due)
        if month >= since:
            books.append(book)
    return books


def month_book(cell: Cell, month: dt.date) -> MonthBook:
    books = ledger(cell, month, since=month)
    return books[-1] if books else MonthBook(cell, rules.first_of_month(month), None)


def month_lines(cell: Cell, month: dt.date) -> list[Line]:
    books = ledger(cell, month, since=month)
    return books[-1].lines if books else []


def member_history(member: Member, *, today: dt.date | None = None) -> list[Line]:
    """Every month of the member's fee book, newest first."""
    books = ledger(member.cell, current_month(today), since=rules.IN_FORCE)  # from the book's start
    return [line for book in reversed(books) for line in book.lines if line.member.pk == member.pk]


@dataclass
class Period:
    """A run of fee months with its totals (S01/ĐP Phần II: a quarter or the year)."""

    label: str
    books: list[MonthBook]

    @property
    def due(self) -> int:
        return sum(b.due for b in self.books)

    @property
    def paid(self) -> int:
        return sum(b.paid for b in self.books)

    @property
    def owed(self) -> int:
        return self.books[-1].owed if self.books else 0


def quarters(books: list[MonthBook]) -> list[Period]:
    out = []
    for quarter in range(1, 5):
        months = [b for b in books if (b.month.month - 1) // 3 + 1 == quarter]
        if months:
            out.append(Period(f"quý {['I', 'II', 'III', 'IV'][quarter - 1]}", months))
    return out


def retained_total(books: list[MonthBook], current: int | None) -> int | None:
    """What the cell keeps over several months, each at its own share; None when one of them
    has no share."""
    parts = [retained(b.paid, b.retention_percent(current)) for b in books]
    return None if any(p is None for p in parts) else sum(p or 0 for p in parts)


def passed_up_total(books: list[MonthBook], current: int | None) -> int | None:
    kept = retained_total(books, current)
    return None if kept is None else sum(b.paid for b in books) - kept
