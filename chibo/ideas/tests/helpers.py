"""make_* helpers and the school's personas for idea-bank tests.

On top of the shared personas (chibo/conftest.py) and the feedback school (chibo/feedback/tests):
the school's principal (Ban giám hiệu, chair of the year's council, not a Party member), a teacher
who is not a Party member (the author of the ideas the helpers make), a colleague, a teacher on the
council, and a handler of another school ("staff of another school")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.test import Client

from chibo.conftest import World, make_user
from chibo.feedback.models import School, Staff
from chibo.feedback.tests.helpers import other_school_of, school_of
from chibo.ideas.models import CouncilSeat, Idea, Indicator, KpiTerm

STAFF_PERSONAS = ["teacher", "council", "manager", "other_staff"]
YEAR = 2026
IDEA = {
    "title": "Góc đọc sách cùng bố mẹ mỗi sáng thứ Sáu",
    "field": "parents",
    "problem": "Trẻ lớp Chồi ít được đọc sách cùng cha mẹ.",
    "solution": "Mỗi sáng thứ Sáu mời cha mẹ ở lại 15 phút đọc sách cùng trẻ tại góc thư viện lớp.",
    "applied_where": "Lớp Chồi B1",
    "expected_benefit": "Trẻ thích sách, cha mẹ gắn bó với lớp.",
}


def _staff(
    school: School, username: str, name: str, role: str, position: str, title: str = ""
) -> Staff:
    found = Staff.objects.filter(school=school, user__username=username).first()
    if found is not None:
        return found
    user = get_user_model().objects.filter(username=username).first() or make_user(username)
    return Staff.objects.create(school=school, user=user, full_name=name, role=role, position=position,
                                title=title)  # fmt: skip


@dataclass
class IdeasWorld:
    world: World
    school: School
    other_school: School
    manager: Staff
    teacher: Staff
    colleague: Staff
    council: Staff
    other_staff: Staff


def ideas_world(world: World, year: int = YEAR) -> IdeasWorld:
    """Idempotent: route arguments call it as well as the tests."""
    school, other = school_of(world), other_school_of(world)
    manager = _staff(school, "hieutruong", "Đỗ Thị Hạnh", Staff.Role.MANAGER, Staff.Position.MANAGEMENT,
                     "Hiệu trưởng")  # fmt: skip
    teacher = _staff(
        school,
        "giaovien",
        "Lê Thị Thu Trang",
        Staff.Role.EMPLOYEE,
        Staff.Position.TEACHER,
        "Giáo viên",
    )
    colleague = _staff(
        school, "giaovien2", "Ngô Thị Lan", Staff.Role.EMPLOYEE, Staff.Position.TEACHER, "Giáo viên"
    )
    council = _staff(school, "hoidong", "Vũ Thị Minh", Staff.Role.EMPLOYEE, Staff.Position.TEACHER,
                     "Tổ trưởng chuyên môn")  # fmt: skip
    other_staff = _staff(other, "gopy2", "Vũ Văn Tâm", Staff.Role.HANDLER, Staff.Position.EMPLOYEE)
    if not CouncilSeat.objects.filter(school=school, year=year).exists():
        CouncilSeat.objects.create(
            school=school, year=year, staff=manager, post=CouncilSeat.Post.CHAIR
        )
        CouncilSeat.objects.create(
            school=school, year=year, staff=council, post=CouncilSeat.Post.MEMBER
        )
    return IdeasWorld(world, school, other, manager, teacher, colleague, council, other_staff)


def staff_client(iw: IdeasWorld, persona: str) -> Client:
    client = Client()
    client.force_login(
        getattr(iw, persona).user, backend="django.contrib.auth.backends.ModelBackend"
    )
    return client


def register(iw: IdeasWorld, author: Staff | None = None, year: int = YEAR, **extra: Any) -> Idea:
    author = author or iw.teacher
    return Idea.register(school=iw.school, by=author.user, year=year, today=dt.date(year, 3, 1),
                         **{**IDEA, **extra})  # fmt: skip


def applying(iw: IdeasWorld, **extra: Any) -> Idea:
    idea = register(iw, **extra)
    idea.start_applying(
        by=idea.author.user, applied_from=dt.date(YEAR, 3, 2), today=dt.date(YEAR, 3, 2)
    )
    return idea


def submitted(iw: IdeasWorld, **extra: Any) -> Idea:
    idea = applying(iw, **extra)
    idea.submit(
        by=idea.author.user, write_up="Áp dụng 8 tuần ở lớp Chồi B1: 18/25 gia đình tham gia."
    )
    return idea


def scored(iw: IdeasWorld, points: tuple[int, int, int] = (25, 25, 30), **extra: Any) -> Idea:
    idea = submitted(iw, **extra)
    for staff in (iw.manager, iw.council):
        idea.score(by=staff.user, novelty=points[0], applied=points[1], benefit=points[2])
    return idea


def recognised(iw: IdeasWorld, **extra: Any) -> Idea:
    idea = scored(iw, **extra)
    idea.decide(by=iw.manager.user, recognise=True, note="Đạt cả ba tiêu chí.")
    return idea


def certified(iw: IdeasWorld, **extra: Any) -> Idea:
    idea = recognised(iw, **extra)
    idea.issue_certificate(by=iw.manager.user, today=dt.date(YEAR, 5, 20))
    return idea


def kpi_setup(iw: IdeasWorld) -> KpiTerm:
    """The suggested indicators and an open term of the year's second semester."""
    if not Indicator.objects.filter(school=iw.school).exists():
        Indicator.install_defaults(school=iw.school, by=iw.manager.user)
    term = KpiTerm.objects.filter(school=iw.school).first()
    return term or KpiTerm.open(school=iw.school, by=iw.manager.user, name="Học kỳ II năm học 2025–2026",
                                start=dt.date(YEAR, 1, 1), end=dt.date(YEAR, 5, 31))  # fmt: skip


def manual(iw: IdeasWorld, name_part: str = "Chất lượng") -> Indicator:
    return Indicator.objects.get(school=iw.school, name__contains=name_part)


def value(text: str | None) -> Decimal | None:
    return Decimal(text) if text is not None else None
