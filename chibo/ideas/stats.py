"""The idea bank's figures for a school, a cell and the plan's target.

"80 % giáo viên trở lên có ít nhất 01 sáng kiến": the teachers of the school (active staff whose
post is giáo viên) with at least one idea of the year recognised by the school's council, out
of all its teachers; registrations are counted the same way (a person once, however many ideas:
one registration a person a year counts toward the target, more are allowed).
`initiative_measure(cell, year)` is what the cell's plan target reads (the evaluations metric
"teachers_with_initiative").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from chibo.feedback.models import School, Staff
from chibo.organizations.models import Cell

from .models import Idea, IdeaSettings


def pct(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class Figures:
    year: int
    teachers: int = 0
    registered: int = 0  # teachers with at least one idea of the year (not withdrawn)
    recognised: int = 0  # teachers with at least one idea of the year recognised
    ideas: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    target: Decimal | None = None

    @property
    def registered_pct(self) -> Decimal | None:
        return pct(self.registered, self.teachers)

    @property
    def recognised_pct(self) -> Decimal | None:
        return pct(self.recognised, self.teachers)

    @property
    def reached(self) -> bool | None:
        value = self.recognised_pct
        return None if self.target is None or value is None else value >= self.target

    def status_rows(self) -> list[tuple[str, str, int]]:
        return [(code, label, self.statuses.get(code, 0)) for code, label in Idea.Status.choices]


def figures(schools: Iterable[School], year: int) -> Figures:
    """Three queries, however many schools and ideas."""
    schools = list(schools)
    result = Figures(year=year)
    teachers = set(Staff.objects.teachers().filter(school__in=schools).values_list("pk", flat=True))
    result.teachers = len(teachers)
    registered: set[int] = set()
    recognised: set[int] = set()
    for author_id, status in Idea.objects.filter(school__in=schools, year=year).values_list(
        "author_id", "status"
    ):
        result.ideas += 1
        result.statuses[status] += 1
        if author_id not in teachers or status == Idea.Status.WITHDRAWN:
            continue
        registered.add(author_id)
        if status == Idea.Status.RECOGNISED:
            recognised.add(author_id)
    result.registered, result.recognised = len(registered), len(recognised)
    targets = [t for t in IdeaSettings.objects.filter(school__in=schools).values_list("target_percent", flat=True)
               if t is not None]  # fmt: skip
    result.target = max(targets) if targets else None
    return result


def counted_ids(ideas: Iterable[Idea]) -> set[int]:
    """Of these ideas, the registration counted toward the target for each person and year: the
    first one not withdrawn (the others are extra, welcome but not counted twice)."""
    first: dict[tuple[int, int], Idea] = {}
    for idea in ideas:
        if idea.status == Idea.Status.WITHDRAWN:
            continue
        key = (idea.author_id, idea.year)
        if key not in first or (idea.created_at, idea.pk) < (first[key].created_at, first[key].pk):
            first[key] = idea
    return {idea.pk for idea in first.values()}


def initiative_measure(cell: Cell, year: int) -> tuple[Decimal | None, str]:
    """(value in %, where it comes from) for the plan's target, over the cell's schools."""
    schools = list(School.objects.for_cell(cell))
    if not schools:
        return None, "Chi bộ chưa gắn với trường nào có ngân hàng ý tưởng."
    found = figures(schools, year)
    if not found.teachers:
        return (
            None,
            "Trường chưa có danh sách giáo viên trên hệ thống (tài khoản cán bộ nhà trường).",
        )
    names = ", ".join(s.name for s in schools)
    return found.recognised_pct, (
        f"{found.recognised}/{found.teachers} giáo viên có ít nhất 01 sáng kiến được Hội đồng sáng kiến "
        f"nhà trường công nhận năm {year} ({names}); {found.registered}/{found.teachers} giáo viên đã đăng ký."
    )
