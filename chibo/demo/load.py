"""The demo: two Đảng ủy with the seed cells, and a third cell matching seed 003 §I.

Idempotent: every object is found by its natural key before it is created, so running
`chibo demo` twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction

from chibo.members.models import Gender, Member, PoliticalTheory, Qualification, Role
from chibo.organizations.models import Cell, Committee, CommitteeOfficer, Term

DEMO_PASSWORD = "demo12345"
F, M = Gender.FEMALE, Gender.MALE
UNI, COL, INT, UPP = (Qualification.UNIVERSITY, Qualification.COLLEGE, Qualification.INTERMEDIATE,
                      Qualification.UPPER_SECONDARY)  # fmt: skip
OFF, PRO = Member.Status.OFFICIAL, Member.Status.PROBATIONARY


@dataclass
class P:
    """One demo person: name, gender, job, qualification, status, role, admission year."""

    name: str
    gender: str
    job: str
    qualification: str = UNI
    status: str = OFF
    role: str = Role.MEMBER
    admitted: int = 2010
    theory: str = ""
    login: str = ""


YEN_HOA = [
    P(
        "Dương Thị Huệ",
        F,
        "Hiệu trưởng",
        role=Role.SECRETARY,
        admitted=2002,
        theory=PoliticalTheory.INTERMEDIATE,
        login="bithu",
    ),
    P(
        "Nguyễn Thị Hường",
        F,
        "Phó Hiệu trưởng",
        role=Role.DEPUTY_SECRETARY,
        admitted=2006,
        theory=PoliticalTheory.INTERMEDIATE,
    ),
    P(
        "Vũ Thị Lệ",
        F,
        "Phó Hiệu trưởng",
        role=Role.COMMITTEE_MEMBER,
        admitted=2009,
        theory=PoliticalTheory.ELEMENTARY,
    ),
    P("Phạm Thị Thu Hà", F, "Giáo viên", admitted=2011, login="dangvien"),
    P("Đặng Thị Mai", F, "Giáo viên", admitted=2012),
    P("Trần Thị Ngọc Anh", F, "Giáo viên", admitted=2014),
    P("Lê Thị Hồng Nhung", F, "Giáo viên", COL, admitted=2015),
    P("Đinh Thị Thanh Thủy", F, "Giáo viên", admitted=2016),
    P("Bùi Thị Lan", F, "Kế toán", COL, admitted=2017),
    P("Hoàng Thị Yến", F, "Giáo viên", admitted=2018),
    P("Ngô Văn Đức", M, "Nhân viên bảo vệ", INT, admitted=2019),
    P("Mai Thị Phương", F, "Giáo viên", status=PRO, admitted=2026),
]
VINH_PHONG_4 = [
    P(
        "Nguyễn Hoài Thu",
        F,
        "Hiệu trưởng",
        role=Role.SECRETARY,
        admitted=2004,
        theory=PoliticalTheory.INTERMEDIATE,
        login="bithu2",
    ),
    P("Võ Thị Mỹ Ly", F, "Phó Hiệu trưởng", role=Role.DEPUTY_SECRETARY, admitted=2010),
    P("Phạm Văn Lân", M, "Giáo viên", admitted=2012),
    P("Trần Thị Kim Oanh", F, "Giáo viên", admitted=2014),
    P("Lê Văn Tùng", M, "Giáo viên", admitted=2016),
    P("Nguyễn Thị Bích Ngọc", F, "Giáo viên", admitted=2018),
    P("Hồ Thị Thanh Tâm", F, "Giáo viên", status=PRO, admitted=2026),
]
# Seed 003 §I: 20 members, 19 official + 1 probationary, 19 women; 15 university, 2 college,
# 2 intermediate, 1 upper-secondary (PTTH); 2 with intermediate political theory.
HOA_MAI = [
    P(
        "Trần Thị Nghĩa Quỳnh",
        F,
        "Hiệu trưởng",
        role=Role.SECRETARY,
        admitted=2003,
        theory=PoliticalTheory.INTERMEDIATE,
        login="bithu3",
    ),
    P(
        "Nguyễn Thị Thanh Hương",
        F,
        "Phó Hiệu trưởng",
        role=Role.DEPUTY_SECRETARY,
        admitted=2007,
        theory=PoliticalTheory.INTERMEDIATE,
    ),
    P("Lê Thị Minh Nguyệt", F, "Phó Hiệu trưởng", role=Role.COMMITTEE_MEMBER, admitted=2009),
    P("Phạm Thị Hải Yến", F, "Giáo viên", admitted=2008),
    P("Đỗ Thị Thu Trang", F, "Giáo viên", admitted=2010),
    P("Vũ Thị Hạnh", F, "Giáo viên", admitted=2011),
    P("Nguyễn Thị Hoa", F, "Giáo viên", admitted=2012),
    P("Trịnh Thị Lan Anh", F, "Giáo viên", admitted=2012),
    P("Bùi Thị Thu Hằng", F, "Giáo viên", admitted=2013),
    P("Đặng Thị Ngọc Hà", F, "Giáo viên", admitted=2014),
    P("Cao Thị Mai Phương", F, "Giáo viên", admitted=2015),
    P("Lương Thị Thảo", F, "Giáo viên", admitted=2016),
    P("Nguyễn Thị Kim Dung", F, "Giáo viên", admitted=2017),
    P("Tạ Thị Thúy Nga", F, "Giáo viên", admitted=2018),
    P("Hoàng Thị Bích Liên", F, "Giáo viên", admitted=2019),
    P("Đào Thị Hồng Vân", F, "Giáo viên", COL, admitted=2018),
    P("Phùng Thị Thu Huyền", F, "Kế toán", COL, admitted=2019),
    P("Nguyễn Thị Tuyết", F, "Nhân viên nấu ăn", INT, admitted=2016),
    P("Lê Văn Hùng", M, "Nhân viên bảo vệ", UPP, admitted=2015),
    P("Kiều Thị Ánh", F, "Nhân viên y tế", INT, status=PRO, admitted=2021),
]


def _member_fields(person: P, index: int, cell_code: str) -> dict[str, object]:
    admitted = dt.date(person.admitted, 1 + index % 12, 1 + (index * 7) % 27)
    if person.status == PRO and person.admitted == 2026:
        admitted = dt.date(2025, 12, 19)  # probation ends 19/12/2026: shows the "due" flag
    return {
        "gender": person.gender,
        "birth_date": dt.date(1970 + (index * 3) % 28, 1 + (index * 5) % 12, 1 + (index * 11) % 28),
        "phone": f"09{(12345678 + index * 7919 + len(cell_code) * 1013) % 100000000:08d}",
        "job": person.job,
        "admission_date": admitted,
        "official_date": admitted.replace(year=admitted.year + 1) if person.status == OFF else None,
        "status": person.status,
        # The Party card is issued on recognition as an official member, never before.
        "card_number": f"{cell_code}{index + 1:04d}" if person.status == OFF else "",
        "general_education": "12/12",
        "qualification": person.qualification,
        "political_theory": person.theory,
        "role": person.role,
    }


def _people(cell: Cell, people: list[P], cell_code: str) -> None:
    User = get_user_model()
    for index, person in enumerate(people):
        # A member the demo transferred to another cell (chibo/demo/partylife.py) is found there.
        member = (
            Member.objects.filter(cell=cell, full_name=person.name).first()
            or Member.objects.filter(full_name=person.name, transfers__from_cell=cell).first()
        )
        if member is None:
            member = Member(
                cell=cell, full_name=person.name, **_member_fields(person, index, cell_code)
            )
            member.save()
            if person.role != Role.MEMBER:
                member.role_history.create(role=person.role, start=dt.date(2025, 7, 1))
        if person.login and member.user_id is None:
            user = User.objects.filter(username=person.login).first() or User(username=person.login)
            family, *rest = person.name.split()
            user.first_name, user.last_name = " ".join(rest), family
            user.set_password(DEMO_PASSWORD)
            user.save()
            member.user = user
            member.save(update_fields=["user"])


@transaction.atomic
def load_demo() -> list[tuple[str, str]]:
    """Create the demo organisation; returns the demo logins as (username, description)."""
    User = get_user_model()
    province, _ = Committee.objects.get_or_create(
        name="Tỉnh ủy Ninh Bình",
        defaults={"party_organisation": "Đảng bộ tỉnh Ninh Bình", "place_name": "Ninh Bình"},
    )
    yen_mo, _ = Committee.objects.get_or_create(
        name="Đảng ủy xã Yên Mô",
        defaults={
            "parent": province,
            "party_organisation": "Đảng bộ xã Yên Mô",
            "place_name": "Yên Mô",
        },
    )
    vinh_phong, _ = Committee.objects.get_or_create(
        name="Đảng ủy xã Vĩnh Phong",
        defaults={
            "parent": province,
            "party_organisation": "Đảng bộ xã Vĩnh Phong",
            "place_name": "Vĩnh Phong",
        },
    )
    thach_ban, _ = Committee.objects.get_or_create(
        name="Đảng ủy phường Thạch Bàn",
        defaults={"party_organisation": "Đảng bộ phường Thạch Bàn", "place_name": "Thạch Bàn"},
    )
    yen_hoa, _ = Cell.objects.get_or_create(
        name="Chi bộ Trường Mầm non Yên Hoà",
        defaults={"committee": yen_mo, "place_name": "Yên Mô", "days_before_distribution": 3},
    )
    vp4, _ = Cell.objects.get_or_create(
        name="Chi bộ Trường Tiểu học Vĩnh Phong 4",
        defaults={"committee": vinh_phong, "place_name": "Vĩnh Phong"},
    )
    hoa_mai, _ = Cell.objects.get_or_create(
        name="Chi bộ Trường Mầm non Hoa Mai",
        defaults={"committee": thach_ban, "place_name": "Thạch Bàn"},
    )
    for cell, name, start, end in [
        (yen_hoa, "2025–2030", dt.date(2025, 7, 1), dt.date(2030, 6, 30)),
        (vp4, "2025–2030", dt.date(2025, 7, 1), dt.date(2030, 6, 30)),
        (hoa_mai, "2020–2025", dt.date(2020, 7, 1), dt.date(2025, 6, 30)),
        (hoa_mai, "2025–2030", dt.date(2025, 7, 1), dt.date(2030, 6, 30)),
    ]:
        Term.objects.get_or_create(cell=cell, name=name, defaults={"start": start, "end": end})
    _people(yen_hoa, YEN_HOA, "YH")
    _people(vp4, VINH_PHONG_4, "VP")
    _people(hoa_mai, HOA_MAI, "HM")

    officer = User.objects.filter(username="danguy").first()
    if officer is None:
        officer = User(username="danguy", first_name="Văn Minh", last_name="Trần")
        officer.set_password(DEMO_PASSWORD)
        officer.save()
    CommitteeOfficer.objects.get_or_create(
        committee=yen_mo, user=officer, defaults={"title": "Cán bộ Văn phòng Đảng ủy"}
    )
    # The demo officer also follows Thạch Bàn, so that one login sees Hoa Mai's year-end round.
    CommitteeOfficer.objects.get_or_create(
        committee=thach_ban, user=officer, defaults={"title": "Cán bộ theo dõi (trình diễn)"}
    )
    from chibo.demo.evaluations import load_evaluations_demo, load_targets_demo
    from chibo.demo.feedback import load_feedback_demo
    from chibo.demo.fees import load_fees_demo
    from chibo.demo.ideas import load_ideas_demo
    from chibo.demo.meetings import load_meetings_demo, load_recognition_demo
    from chibo.demo.oversight import load_oversight_demo
    from chibo.demo.plans import load_plans_demo

    load_plans_demo()
    load_meetings_demo()
    load_recognition_demo()
    load_evaluations_demo()
    load_targets_demo()
    from chibo.demo.admissions import load_admissions_demo

    load_admissions_demo()
    load_oversight_demo()  # three more cells under Yên Mô, with a year of history, for danguy
    from chibo.demo.partylife import load_partylife_demo

    load_partylife_demo()  # Hoa Mai: residence comments, study sessions, a member from Yên Hoà
    feedback_logins = load_feedback_demo()  # seed 004: Việt Hưng's parents' portal and survey
    load_fees_demo()  # Hoa Mai's đảng phí book of 2026
    from chibo.demo.inspections import load_inspections_demo

    load_inspections_demo()  # Hoa Mai's programme of kiểm tra, giám sát: one case closed, one open
    ideas_logins = load_ideas_demo()  # seed 004: Việt Hưng's idea bank, commitments and KPI
    return [
        ("bithu", "Bí thư Chi bộ Trường Mầm non Yên Hoà (Dương Thị Huệ)"),
        ("dangvien", "Đảng viên Chi bộ Trường Mầm non Yên Hoà (Phạm Thị Thu Hà)"),
        ("bithu2", "Bí thư Chi bộ Trường Tiểu học Vĩnh Phong 4 (Nguyễn Hoài Thu)"),
        (
            "danguy",
            "Cán bộ Đảng ủy xã Yên Mô (xem các chi bộ trực thuộc, chỉ đọc; theo dõi cả Thạch Bàn)",
        ),
        ("bithu3", "Bí thư Chi bộ Trường Mầm non Hoa Mai (Trần Thị Nghĩa Quỳnh)"),
        *feedback_logins,
        *ideas_logins,
    ]
