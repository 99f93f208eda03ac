"""Counts of the cell's current members, as the "Đặc điểm tình hình" of an annual plan
writes them (seed 003 §I): status, women, qualification, political theory, role, age."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from chibo.organizations.models import Cell

from .models import Gender, Member, PoliticalTheory, Qualification, Role

# Highest first, as plans list them ("15 Đại học; Cao đẳng: 02; Trung cấp: 02; PTTH: 01").
QUALIFICATION_ORDER = [
    Qualification.DOCTOR, Qualification.MASTER, Qualification.UNIVERSITY, Qualification.COLLEGE,
    Qualification.INTERMEDIATE, Qualification.UPPER_SECONDARY, Qualification.NONE,
]  # fmt: skip
THEORY_ORDER = [
    PoliticalTheory.BACHELOR, PoliticalTheory.ADVANCED, PoliticalTheory.INTERMEDIATE,
    PoliticalTheory.ELEMENTARY, PoliticalTheory.NONE,
]  # fmt: skip
ROLE_ORDER = [Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.COMMITTEE_MEMBER, Role.MEMBER]
# (label, lowest age, highest age); None = open end.
AGE_BANDS: list[tuple[str, int, int | None]] = [
    ("Dưới 30 tuổi", 0, 29),
    ("Từ 30 đến 39 tuổi", 30, 39),
    ("Từ 40 đến 49 tuổi", 40, 49),
    ("Từ 50 đến 59 tuổi", 50, 59),
    ("Từ 60 tuổi trở lên", 60, None),
]
NO_BIRTH_DATE = "Chưa có ngày sinh"


@dataclass(frozen=True)
class Line:
    label: str
    count: int
    total: int

    @property
    def ratio(self) -> float:
        """Percentage of all current members, one decimal."""
        return round(100 * self.count / self.total, 1) if self.total else 0.0

    @property
    def percent(self) -> str:
        """'12,5%' — Vietnamese decimal comma."""
        return f"{self.ratio:.1f}%".replace(".", ",")


@dataclass(frozen=True)
class MemberStatistics:
    cell_name: str
    on: dt.date
    total: int
    official: int
    probationary: int
    female: int
    male: int
    qualifications: list[Line]
    political_theory: list[Line]
    roles: list[Line]
    ages: list[Line]

    @property
    def status_lines(self) -> list[Line]:
        return [
            Line("Đảng viên chính thức", self.official, self.total),
            Line("Đảng viên dự bị", self.probationary, self.total),
            Line("Đảng viên nữ", self.female, self.total),
            Line("Đảng viên nam", self.male, self.total),
        ]

    def sections(self) -> list[tuple[str, list[Line]]]:
        return [
            ("Tình trạng, giới tính", self.status_lines),
            ("Trình độ chuyên môn", self.qualifications),
            ("Lý luận chính trị", self.political_theory),
            ("Chức vụ trong chi bộ", self.roles),
            ("Độ tuổi", self.ages),
        ]

    def sentence(self) -> str:
        """The paragraph a plan's "Đặc điểm tình hình" starts with, ready to paste."""
        parts = [
            f"Chi bộ có {self.total} đảng viên. Trong đó: đảng viên chính thức: {_n(self.official)}; "
            f"đảng viên dự bị: {_n(self.probationary)}; đảng viên nữ: {_n(self.female)}."
        ]
        trained = [
            x for x in self.qualifications if x.count and x.label != Qualification.NONE.label
        ]
        if trained:
            parts.append("Trình độ chuyên môn: " + "; ".join(_item(x) for x in trained) + ".")
        theory = [
            x for x in self.political_theory if x.count and x.label != PoliticalTheory.NONE.label
        ]
        if theory:
            parts.append("Về trình độ chính trị: " + "; ".join(_item(x) for x in theory) + ".")
        elif self.total:
            parts.append("Về trình độ chính trị: chưa có đảng viên qua đào tạo lý luận chính trị.")
        return " ".join(parts)


def member_statistics(cell: Cell, *, today: dt.date | None = None) -> MemberStatistics:
    """Counts of the cell's current members, in one SQL query whatever the cell's size."""
    today = today or timezone.localdate()
    counts: dict[str, Q] = {
        "official": Q(status=Member.Status.OFFICIAL),
        "probationary": Q(status=Member.Status.PROBATIONARY),
        "female": Q(gender=Gender.FEMALE),
        "male": Q(gender=Gender.MALE),
        "no_birth_date": Q(birth_date__isnull=True),
    }
    counts |= {f"q_{value}": Q(qualification=value) for value in QUALIFICATION_ORDER}
    counts |= {f"t_{value}": Q(political_theory=value) for value in THEORY_ORDER}
    counts |= {f"r_{value}": Q(role=value) for value in ROLE_ORDER}
    counts |= {
        f"a_{i}": _age_filter(low, high, today) for i, (_, low, high) in enumerate(AGE_BANDS)
    }
    row = (
        Member.objects.for_cell(cell)
        .current()
        .aggregate(total=Count("pk"), **{k: Count("pk", filter=q) for k, q in counts.items()})
    )
    total = row["total"]
    ages = [Line(label, row[f"a_{i}"], total) for i, (label, _, _) in enumerate(AGE_BANDS)]
    return MemberStatistics(
        cell_name=cell.name,
        on=today,
        total=total,
        official=row["official"],
        probationary=row["probationary"],
        female=row["female"],
        male=row["male"],
        qualifications=[Line(v.label, row[f"q_{v}"], total) for v in QUALIFICATION_ORDER],
        political_theory=[Line(v.label, row[f"t_{v}"], total) for v in THEORY_ORDER],
        roles=[Line(v.label, row[f"r_{v}"], total) for v in ROLE_ORDER],
        ages=[*ages, Line(NO_BIRTH_DATE, row["no_birth_date"], total)],
    )


def _age_filter(low: int, high: int | None, today: dt.date) -> Q:
    """Members aged low..high (whole years) on `today`."""
    q = Q(birth_date__lte=_years_before(today, low))
    if high is not None:
        q &= Q(birth_date__gt=_years_before(today, high + 1))
    return q


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _n(count: int) -> str:
    """Counts in plans are written with two digits: 01, 02 ... 19."""
    return f"{count:02d}"


def _item(line: Line) -> str:
    return f"{line.label}: {_n(line.count)}"
