"""Synthetic data at province scale, for benchmarks: deterministic for a seed, bulk inserts.

`chibo gen-data --cells 10000 --members-per-cell 25 --years 3` builds a province committee with
wards below it (about 100 cells each), the cells with their terms and members. Plans, meetings,
attendance, tasks and reports are added by `generate_meetings.add_meetings`.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from django.db import transaction

from chibo.lib.vietnamese import fold, sort_key
from chibo.meetings.summary import rebuild as rebuild_summary
from chibo.members.models import Gender, Member, PoliticalTheory, Qualification, Role
from chibo.organizations.models import PATH_STEP, Cell, Committee, Term

from .generate_meetings import add_meetings

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Mai", "Trịnh", "Đào"]  # fmt: skip
MIDDLE_F = [
    "Thị",
    "Thị Thu",
    "Thị Ngọc",
    "Thị Thanh",
    "Thị Minh",
    "Thị Kim",
    "Thị Hồng",
    "Thị Bích",
]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Thanh"]
GIVEN_F = ["Huệ", "Hường", "Lệ", "Hà", "Mai", "Lan", "Yến", "Nhung", "Thủy", "Phương", "Ánh", "Hoa",
           "Trang", "Hạnh", "Ngọc", "Dung", "Nga", "Liên", "Vân", "Huyền", "Tuyết", "Quỳnh", "Oanh"]  # fmt: skip
GIVEN_M = ["Đức", "Lân", "Tùng", "Hùng", "Minh", "Nam", "Sơn", "Dũng", "Hải", "Long", "Thắng"]
SCHOOLS = ["Trường Mầm non", "Trường Tiểu học", "Trường THCS"]
CELLS_PER_WARD = 100


@dataclass
class Generated:
    committees: int
    cells: int
    members: int


def generate(*, cells: int, members_per_cell: int, years: int, seed: int = 1) -> Generated:
    rng = random.Random(seed)
    with transaction.atomic():
        province = Committee.objects.create(name=f"Tỉnh ủy Mẫu {seed}", place_name="Mẫu")
        wards = _wards(province, (cells + CELLS_PER_WARD - 1) // CELLS_PER_WARD)
        new_cells = _cells(wards, cells, rng)
        member_count = _members(new_cells, members_per_cell, rng)
    add_meetings(new_cells, years, rng)
    # Meetings, reports and tasks went in by bulk insert, past the verbs that keep the
    # dashboards' counts: recompute them from the records once.
    rebuild_summary()
    return Generated(committees=len(wards) + 1, cells=len(new_cells), members=member_count)


def _wards(province: Committee, count: int) -> list[Committee]:
    wards = [
        Committee(
            name=f"Đảng ủy xã Mẫu {i + 1}",
            parent=province,
            place_name=f"Mẫu {i + 1}",
            path=f"{province.path}{i + 1:0{PATH_STEP}d}.",
        )  # fmt: skip
        for i in range(count)
    ]
    Committee.objects.bulk_create(wards, batch_size=1000)
    return list(Committee.objects.filter(parent=province).order_by("path"))


def _cells(wards: list[Committee], count: int, rng: random.Random) -> list[Cell]:
    objs = []
    for i in range(count):
        ward = wards[i // CELLS_PER_WARD]
        name = f"Chi bộ {rng.choice(SCHOOLS)} Mẫu {i + 1}"
        objs.append(Cell(name=name, committee=ward, path=ward.path, place_name=ward.place_name,
                         days_before_distribution=rng.choice([1, 1, 2, 3])))  # fmt: skip
    Cell.objects.bulk_create(objs, batch_size=2000)
    created = list(Cell.objects.filter(path__startswith=wards[0].path[: -PATH_STEP - 1]).filter(
        committee__in=wards).order_by("pk"))  # fmt: skip
    Term.objects.bulk_create(
        [
            Term(cell=c, name="2025–2030", start=dt.date(2025, 7, 1), end=dt.date(2030, 6, 30))
            for c in created
        ],
        batch_size=5000,
    )
    return created


def _person(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.8:
        return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_F)} {rng.choice(GIVEN_F)}", Gender.FEMALE
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_M)} {rng.choice(GIVEN_M)}", Gender.MALE


def _members(cells: list[Cell], per_cell: int, rng: random.Random) -> int:
    batch: list[Member] = []
    total = 0
    for cell in cells:
        for index in range(per_cell):
            name, gender = _person(rng)
            probationary = index == per_cell - 1 and rng.random() < 0.3
            admitted = dt.date(rng.randint(1995, 2024), rng.randint(1, 12), rng.randint(1, 28))
            role = (
                Role.SECRETARY
                if index == 0
                else Role.DEPUTY_SECRETARY
                if index == 1
                else Role.MEMBER
            )
            batch.append(Member(
                cell=cell, full_name=name, gender=gender, job="Giáo viên",
                admission_date=admitted,
                official_date=None if probationary else admitted.replace(year=admitted.year + 1),
                status=Member.Status.PROBATIONARY if probationary else Member.Status.OFFICIAL,
                qualification=rng.choice([Qualification.UNIVERSITY] * 6 + [Qualification.COLLEGE, Qualification.MASTER]),
                political_theory=rng.choice([PoliticalTheory.NONE] * 4 + [PoliticalTheory.ELEMENTARY, PoliticalTheory.INTERMEDIATE]),
                role=role, sort_key=sort_key(name), search_text=fold(name),
            ))  # fmt: skip
            if len(batch) >= 5000:
                Member.objects.bulk_create(batch)
                total += len(batch)
                batch = []
    Member.objects.bulk_create(batch)
    return total + len(batch)
