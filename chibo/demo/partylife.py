"""Demo of the rest of Hoa Mai's Party work (seed 003, year 2022): each member's residence and the
residence chi ủy's comments for most of them (QĐ 213), three study sessions on resolutions and
directives with attendance and write-ups, and one member transferred in from Yên Hoà in January
2026 (before Hoa Mai's 2026 fee book starts, so that its book counts her from its first month).

Runs before chibo.demo.fees. Idempotent: nothing is made when Hoa Mai already has residences.
"""

from __future__ import annotations

import datetime as dt

from chibo.members.models import Member, Role
from chibo.organizations.models import Cell
from chibo.residence.models import Residence, ResidenceComment
from chibo.study.models import StudySession, StudyWriteup
from chibo.study.stats import members_in_year
from chibo.transfers.models import Transfer

HOA_MAI = "Chi bộ Trường Mầm non Hoa Mai"
YEN_HOA = "Chi bộ Trường Mầm non Yên Hoà"
YEAR = 2022  # the year of seed 003's plan and of Hoa Mai's evaluation round
MOVED = "Đinh Thị Thanh Thủy"
WARDS = ["Phường Thạch Bàn", "Phường Phúc Lợi", "Phường Long Biên", "Phường Cự Khối"]
COMMENTS = [
    "Gương mẫu chấp hành chủ trương của Đảng, pháp luật của Nhà nước và quy định nơi cư trú; tích cực "
    "tham gia các hoạt động của tổ dân phố.",
    "Giữ mối liên hệ thường xuyên với chi ủy nơi cư trú; gia đình đạt danh hiệu gia đình văn hóa.",
    "Có ý thức tham gia sinh hoạt nơi cư trú, đóng góp đầy đủ các quỹ; không có biểu hiện vi phạm.",
]
SESSIONS = [
    ("Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần "
     "thứ XIII của Đảng", dt.date(2022, 3, 10), "in_person", "committee", True),
    ("Học tập chuyên đề năm 2022 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
     "Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị", dt.date(2022, 6, 16), "in_person", "cell", False),
    ("Học tập Nghị quyết Hội nghị Trung ương 4 khóa XIII", "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành "
     "Trung ương khóa XIII", dt.date(2022, 11, 24), "combined", "committee", True),
]  # fmt: skip


def load_partylife_demo() -> None:
    cell = Cell.objects.filter(name=HOA_MAI).first()
    if cell is None or Residence.objects.filter(member__cell=cell).exists():
        return
    secretary = Member.objects.get(cell=cell, role=Role.SECRETARY)
    by = secretary.user
    members = list(Member.objects.for_cell(cell).current().vietnamese_order())
    _residences(members, {m.pk for m in members_in_year(cell, YEAR)}, by)
    _study(cell, list(members_in_year(cell, YEAR).vietnamese_order()), by)
    _transfer_in(cell, by)


def _residences(members: list[Member], then: set[int], by: object) -> None:
    for index, member in enumerate(members):
        ward = WARDS[index % len(WARDS)]
        Residence.record(member=member, by=by, commune=ward, address=f"Tổ dân phố số {index % 9 + 1}",
                         residence_cell=f"Chi bộ tổ dân phố số {index % 9 + 1}",
                         residence_committee=f"Đảng ủy {ward.lower()}")  # fmt: skip
        if index % 7 == 6 or member.pk not in then:
            continue  # two members: the comments are still missing before the review
        comment = ResidenceComment.request(member=member, year=YEAR, on=dt.date(YEAR, 11, 1), by=by,
                                           channel="portal" if index % 3 == 0 else "paper")  # fmt: skip
        if index % 3 == 0:
            comment.answer(by=by, on=dt.date(YEAR, 11, 18), channel="portal",
                           portal_reference=f"DVC-{YEAR}-{1000 + index}",
                           signer=f"Bí thư chi bộ tổ dân phố số {index % 9 + 1}")  # fmt: skip
        else:
            comment.answer(by=by, on=dt.date(YEAR, 11, 15), channel="entered", text=COMMENTS[(index // 3) % 3],
                           signer=f"Bí thư chi bộ tổ dân phố số {index % 9 + 1}")  # fmt: skip


def _study(cell: Cell, members: list[Member], by: object) -> None:
    for number, (title, documents, held_on, form, level, writeup) in enumerate(SESSIONS):
        session = StudySession.plan(cell=cell, by=by, title=title, documents=documents, held_on=held_on,
                                    form=form, level=level, place="Hội trường nhà trường",
                                    writeup_required=writeup,
                                    writeup_due=held_on + dt.timedelta(days=14) if writeup else None)  # fmt: skip
        # Everyone took part in at least one session; one or two were away from each.
        present = [m.pk for i, m in enumerate(members) if (i + number) % 9 != 4]
        session.record_attendance(by=by, member_ids=present, staff_ids=[])
        if writeup:
            for member in members[: len(members) - 2]:
                StudyWriteup.submit(session=session, member=member, by=by, on_behalf=True,
                                    text=f"Bài thu hoạch của đồng chí {member.full_name}: liên hệ bản thân, "
                                         "đăng ký việc làm cụ thể để thực hiện nghị quyết tại nhà trường.",
                                    today=held_on + dt.timedelta(days=10))  # fmt: skip


def _transfer_in(cell: Cell, by: object) -> None:
    member = Member.objects.filter(cell__name=YEN_HOA, full_name=MOVED).first()
    if member is None or Transfer.objects.filter(member=member).exists():
        return
    sender = Member.objects.get(cell=member.cell, role=Role.SECRETARY).user
    transfer = Transfer.issue(member=member, by=sender, on=dt.date(2026, 1, 5), kind=Transfer.Kind.OFFICIAL,
                              reason="Chuyển công tác về Trường Mầm non Hoa Mai theo quyết định điều động",
                              cause_on=dt.date(2025, 12, 15), to_cell=cell)  # fmt: skip
    transfer.accept(by=by, on=dt.date(2026, 1, 19))
