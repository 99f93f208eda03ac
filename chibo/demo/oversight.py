"""Demo cells under Đảng ủy xã Yên Mô, so that `danguy` sees the dashboard find things:

- Chi bộ Trường Tiểu học Yên Thành: a model year (every meeting on time);
- Chi bộ Trường THCS Yên Mô: no thematic meeting in quarter II, drafts sent late twice;
- Chi bộ Trường Mầm non Yên Thắng: tasks overdue, no report after its thematic meetings.

Idempotent: a cell that already exists is left alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from chibo.lib.vietnamese import fold, sort_key
from chibo.meetings.models import Attendance, Meeting, MeetingReport, Task
from chibo.members.models import Gender, Member, Role
from chibo.organizations.models import Cell, Committee, Term
from chibo.plans.models import Plan, Topic


@dataclass
class Spec:
    name: str
    people: list[str]
    days_before: int = 1
    no_thematic: set[int] = field(default_factory=set)
    late_months: set[int] = field(default_factory=set)
    overdue: bool = False
    no_report: bool = False


SPECS = [
    Spec("Chi bộ Trường Tiểu học Yên Thành", ["Đinh Thị Hạnh", "Vũ Văn Sơn", "Trần Thị Nga", "Lê Thị Vân",
                                              "Phạm Văn Hải", "Ngô Thị Yến"], days_before=2),
    Spec("Chi bộ Trường THCS Yên Mô", ["Bùi Văn Dũng", "Đỗ Thị Lan", "Mai Thị Hoa", "Hoàng Văn Nam",
                                        "Nguyễn Thị Dung", "Trịnh Thị Liên"], no_thematic={2}, late_months={4, 9}),
    Spec("Chi bộ Trường Mầm non Yên Thắng", ["Phan Thị Thủy", "Đào Thị Mai", "Lý Thị Ánh", "Hồ Thị Trang",
                                             "Võ Thị Quỳnh"], overdue=True, no_report=True),
]  # fmt: skip


def _at(day: dt.date, hour: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour, 0))


@transaction.atomic
def load_oversight_demo(today: dt.date | None = None) -> list[Cell]:
    today = today or timezone.localdate()
    committee = Committee.objects.filter(name="Đảng ủy xã Yên Mô").first()
    if committee is None:
        return []
    made = []
    for spec in SPECS:
        if Cell.objects.filter(name=spec.name).exists():
            continue
        cell = Cell.objects.create(name=spec.name, committee=committee, place_name="Yên Mô",
                                   days_before_distribution=spec.days_before)  # fmt: skip
        Term.objects.create(
            cell=cell, name="2025–2030", start=dt.date(2025, 7, 1), end=dt.date(2030, 6, 30)
        )
        members = [Member.objects.create(
            cell=cell, full_name=name, gender=Gender.MALE if " Văn " in name else Gender.FEMALE, job="Giáo viên",
            status=Member.Status.OFFICIAL, admission_date=dt.date(2008 + i, 5, 19), official_date=dt.date(2009 + i, 5, 19),
            role=Role.SECRETARY if i == 0 else Role.DEPUTY_SECRETARY if i == 1 else Role.MEMBER,
            sort_key=sort_key(name), search_text=fold(name),
        ) for i, name in enumerate(spec.people)]  # fmt: skip
        if not spec.no_report:
            plan = Plan.objects.create(cell=cell, year=today.year, kind=Plan.Kind.THEMATIC, status=Plan.Status.ISSUED,
                                       title=f"Thực hiện sinh hoạt theo chuyên đề năm {today.year}")  # fmt: skip
            Topic.objects.bulk_create([Topic(plan=plan, quarter=q, month=3 * q - 1, order=q,
                                             title=f"Chuyên đề quý {q}") for q in range(1, 5)])  # fmt: skip
        _year(cell, spec, members, today)
        made.append(cell)
    return made


def _year(cell: Cell, spec: Spec, members: list[Member], today: dt.date) -> None:
    for month in range(1, 13):
        regular = dt.date(today.year, month, 5)
        if regular < today:
            _held(
                cell,
                spec,
                members,
                Meeting.Kind.REGULAR,
                regular,
                f"Sinh hoạt thường kỳ tháng {month}/{today.year}",
            )
        quarter = (month - 1) // 3 + 1
        thematic = dt.date(today.year, month, 18)
        if month % 3 == 2 and quarter not in spec.no_thematic and thematic < today:
            meeting = _held(
                cell,
                spec,
                members,
                Meeting.Kind.THEMATIC,
                thematic,
                f"Sinh hoạt chuyên đề quý {quarter}",
            )
            task = Task.objects.create(cell=cell, meeting=meeting, title=f"Triển khai kết luận chuyên đề quý {quarter}",
                                       deadline=thematic + dt.timedelta(days=30),
                                       status=Task.Status.OPEN if spec.overdue else Task.Status.DONE)  # fmt: skip
            task.owners.set(members[1:3])
            if not spec.no_report:
                MeetingReport.objects.create(meeting=meeting, text="Báo cáo kết quả sinh hoạt chuyên đề.",
                                             submitted_at=_at(thematic + dt.timedelta(days=3), 9))  # fmt: skip


def _held(
    cell: Cell, spec: Spec, members: list[Member], kind: str, day: dt.date, title: str
) -> Meeting:
    late = day.month in spec.late_months
    sent = day - dt.timedelta(days=0 if late else spec.days_before + 1)
    start = _at(day, 14 if kind == Meeting.Kind.REGULAR else 8)
    closed = kind == Meeting.Kind.THEMATIC and not spec.no_report
    meeting = Meeting.objects.create(
        cell=cell, kind=kind, title=title, starts_at=start, chair=members[0], secretary=members[1],
        status=Meeting.Status.CLOSED if closed else Meeting.Status.CONCLUDED,
        distributed_at=_at(sent, 7), late_distribution_reason="Chi ủy duyệt dự thảo muộn" if late else "",
        actual_start=start, actual_end=start + dt.timedelta(minutes=120), minutes="Biên bản buổi sinh hoạt.",
        conclusion="Kết luận của Bí thư chi bộ.", concluded_at=start + dt.timedelta(minutes=120),
        minutes_signed_at=start + dt.timedelta(minutes=130),
    )  # fmt: skip
    Attendance.objects.bulk_create([
        Attendance(meeting=meeting, member=m, member_status=m.status,
                   status=Attendance.Status.EXCUSED if i == len(members) - 1 and day.month in spec.late_months else Attendance.Status.PRESENT)
        for i, m in enumerate(members)
    ])  # fmt: skip
    return meeting
