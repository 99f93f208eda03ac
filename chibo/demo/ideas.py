"""Demo of the idea bank and the KPI 4 chiều (seed 004) at the Việt Hưng urban kindergarten: its
staff (the cell's members and teachers who are not Party members), ideas in every status with
support, comments, the year's council and its score sheets, certificates; the members' yearly
pair with the innovation linked to their idea; the plan's targets measured from these records;
the suggested KPI set with a finished term and an open one.

Runs after chibo.demo.feedback (which made the school, `bithu4` and `gopy`). Idempotent: nothing
is made when the teacher login already works at the school. Dates are relative to the day the
demo is loaded.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from chibo.evaluations.models import PersonalCommitment, TargetMeasurement
from chibo.feedback.models import School, Staff
from chibo.ideas.models import CouncilSeat, Idea, IdeaSettings, Indicator, KpiEntry, KpiTerm
from chibo.meetings.models import Task
from chibo.members.models import Member
from chibo.plans.models import Plan

from .feedback import SECRETARY, SLUG, _user

TEACHER_LOGIN = "giaovien"
TEACHER = "Nguyễn Thị Thanh Xuân"
LOGINS = [
    (TEACHER_LOGIN, f"Giáo viên lớp Mầm A1 ({TEACHER}), không là đảng viên: ngân hàng ý tưởng, KPI của mình; "
     "không thấy hồ sơ của chi bộ"),
]  # fmt: skip
TEACHERS_TARGET = "80% giáo viên trở lên có ít nhất 01 sáng kiến"
MEMBERS_TARGET = "100% đảng viên đăng ký"

# The cell's members at work: (name, login, role in the school's accounts, post).
MEMBERS: list[tuple[str, str, str, str]] = [
    ("Nguyễn Thị Minh Phương", "vh-phuong", Staff.Role.MANAGER, Staff.Position.MANAGEMENT),
    ("Lê Thị Thanh Hoa", "vh-hoa", Staff.Role.MANAGER, Staff.Position.MANAGEMENT),
    ("Phạm Thị Hồng Nhung", "vh-nhung", Staff.Role.EMPLOYEE, Staff.Position.TEACHER),
    ("Đỗ Thị Thu Hương", "vh-huong", Staff.Role.EMPLOYEE, Staff.Position.TEACHER),
    ("Vũ Thị Ngọc Mai", "vh-mai", Staff.Role.EMPLOYEE, Staff.Position.TEACHER),
    ("Hoàng Thị Lan Anh", "vh-lananh", Staff.Role.EMPLOYEE, Staff.Position.TEACHER),
    ("Bùi Thị Kim Oanh", "vh-oanh", Staff.Role.EMPLOYEE, Staff.Position.TEACHER),
    ("Ngô Thị Thanh Tâm", "vh-tam", Staff.Role.EMPLOYEE, Staff.Position.EMPLOYEE),
    ("Đặng Thị Bích Ngọc", "vh-ngoc", Staff.Role.EMPLOYEE, Staff.Position.TEACHER),
]
# Teachers and employees who are not Party members: (name, login, title, post).
OTHERS: list[tuple[str, str, str, str]] = [
    (TEACHER, TEACHER_LOGIN, "Giáo viên lớp Mầm A1", Staff.Position.TEACHER),
    ("Lê Thị Hồng Vân", "vh-van", "Tổ trưởng chuyên môn khối Chồi", Staff.Position.TEACHER),
    ("Trịnh Thị Mỹ Linh", "vh-linh", "Giáo viên lớp Lá C1", Staff.Position.TEACHER),
    ("Đào Thị Kim Chi", "vh-chi", "Giáo viên lớp Nhà trẻ D1", Staff.Position.TEACHER),
    ("Phạm Thị Thu Hằng", "vh-hang", "Nhân viên nấu ăn", Staff.Position.EMPLOYEE),
]
COUNCIL: list[tuple[str, str]] = [
    (SECRETARY, CouncilSeat.Post.CHAIR),
    ("Nguyễn Thị Minh Phương", CouncilSeat.Post.VICE_CHAIR),
    ("Lê Thị Thanh Hoa", CouncilSeat.Post.SECRETARY),
    ("Phạm Thị Hồng Nhung", CouncilSeat.Post.MEMBER),
    ("Lê Thị Hồng Vân", CouncilSeat.Post.MEMBER),
]
# (author, title, field, problem, solution, where, benefit, where it ends, supporters)
IDEAS: list[tuple[str, str, str, str, str, str, str, str, list[str]]] = [
    (TEACHER, "Góc đọc sách cùng bố mẹ mỗi sáng thứ Sáu", "parents",
     "Trẻ lớp Mầm ít được đọc sách cùng cha mẹ; giờ đón trả trẻ vội.",
     "Mỗi sáng thứ Sáu mời cha mẹ ở lại 15 phút đọc sách cùng trẻ ở góc thư viện lớp; sách luân chuyển giữa các gia đình.",
     "Lớp Mầm A1", "Trẻ thích sách, cha mẹ gắn bó với lớp.", "certified", ["Lê Thị Hồng Vân", "Trịnh Thị Mỹ Linh"]),
    ("Phạm Thị Hồng Nhung", "Thực đơn tuần gửi qua sổ liên lạc điện tử kèm ảnh món ăn", "care",
     "Cha mẹ hỏi nhiều về bữa ăn của trẻ; thực đơn dán ở bảng tin ít người đọc.",
     "Mỗi chiều thứ Sáu gửi thực đơn tuần sau và ảnh món ăn trong ngày qua sổ liên lạc điện tử.",
     "Toàn trường", "Cha mẹ yên tâm về bữa ăn; giảm phản ánh về thực đơn.", "certified", [TEACHER]),
    ("Đỗ Thị Thu Hương", "Bảng “Hôm nay con thấy thế nào?” đón trẻ buổi sáng", "education",
     "Giáo viên khó nhận biết trẻ buồn, mệt khi mới đến lớp.",
     "Trẻ gắn thẻ cảm xúc lên bảng khi đến lớp; cô trò chuyện riêng với trẻ chọn thẻ buồn.",
     "Lớp Chồi B1", "Phát hiện sớm trẻ mệt, trẻ có chuyện buồn.", "recognised", ["Vũ Thị Ngọc Mai"]),
    ("Vũ Thị Ngọc Mai", "Trò chơi dân gian lồng ghép giờ hoạt động ngoài trời", "education",
     "Giờ hoạt động ngoài trời đơn điệu, trẻ ít vận động.",
     "Mỗi tuần một trò chơi dân gian (ô ăn quan, rồng rắn lên mây) có luật chơi đơn giản hoá.",
     "Khối Chồi", "Trẻ vận động nhiều hơn, biết trò chơi truyền thống.", "scoring", []),
    ("Trịnh Thị Mỹ Linh", "Mã QR ở góc thư viện lớp để cha mẹ nghe truyện cùng con", "digital",
     "Cha mẹ không biết trẻ đọc sách gì ở lớp.",
     "Dán mã QR dẫn tới bản ghi âm cô kể truyện cho mỗi cuốn sách của góc thư viện.",
     "Lớp Lá C1", "Cha mẹ nghe lại truyện cùng con ở nhà.", "submitted", [TEACHER]),
    ("Hoàng Thị Lan Anh", "Vườn rau mini trên ban công lớp Lá", "education",
     "Trẻ ít được trải nghiệm trồng và chăm cây.",
     "Mỗi tổ trẻ chăm một thùng rau, ghi nhật ký bằng tranh.", "Lớp Lá", "Trẻ biết chăm sóc cây.", "applying", []),
    ("Đào Thị Kim Chi", "Sổ tay điện tử theo dõi chiều cao, cân nặng của trẻ", "care",
     "Số liệu cân đo ghi tay, khó thấy xu hướng từng trẻ.",
     "Bảng tính dùng chung, biểu đồ tăng trưởng cho từng trẻ, gửi cha mẹ mỗi quý.",
     "Lớp Nhà trẻ D1", "Phát hiện sớm trẻ suy dinh dưỡng, thừa cân.", "applying", []),
    ("Bùi Thị Kim Oanh", "Bộ học liệu tái chế từ vỏ hộp sữa", "education",
     "Học liệu mua sẵn đắt, nhanh hỏng.", "Cô và trẻ làm học liệu đếm, ghép hình từ vỏ hộp sữa.",
     "Lớp Mầm A2", "Tiết kiệm, giáo dục bảo vệ môi trường.", "registered", []),
    ("Đặng Thị Bích Ngọc", "Giờ kể chuyện song ngữ cuối tuần", "education",
     "Trẻ ít tiếp xúc tiếng Anh.", "Chiều thứ Sáu cô kể một truyện ngắn bằng hai thứ tiếng.",
     "Lớp Lá C2", "Trẻ làm quen tiếng Anh.", "rejected", []),
    ("Lê Thị Hồng Vân", "Lịch trực đón trẻ linh hoạt theo ca", "management",
     "Giờ đón trẻ buổi chiều đông, cô trực vất vả.", "Chia ca đón trẻ theo khối, có lịch trên bảng tin.",
     "Toàn trường", "Đón trẻ trật tự, an toàn.", "registered", []),
    ("Lê Thị Hồng Vân", "Nhóm Zalo phụ huynh theo tổ", "parents",
     "Nhóm Zalo của lớp quá đông.", "Chia nhóm nhỏ theo tổ.", "Khối Chồi", "Trao đổi nhanh hơn.", "withdrawn", []),
    ("Ngô Thị Thanh Tâm", "Bảng công khai các khoản thu trên cổng thông tin của trường", "management",
     "Cha mẹ hỏi nhiều về các khoản thu.", "Đăng bảng thu chi hằng tháng, có giải thích từng khoản.",
     "Toàn trường", "Minh bạch tài chính.", "registered", []),
    (TEACHER, "Hộp thư “Điều con muốn nói” ở cửa lớp", "parents",
     "Trẻ nhút nhát ít chia sẻ với cô.", "Trẻ vẽ tranh bỏ hộp thư, cô đọc cùng cha mẹ cuối tuần.",
     "Lớp Mầm A1", "Hiểu trẻ hơn.", "registered", []),
]  # fmt: skip
SCORES = {
    "certified": (26, 25, 34),
    "recognised": (22, 24, 30),
    "scoring": (24, 22, 30),
    "rejected": (12, 5, 14),
}


@transaction.atomic
def load_ideas_demo(today: dt.date | None = None) -> list[tuple[str, str]]:
    today = today or timezone.localdate()
    school = School.objects.filter(slug=SLUG).first()
    if school is None or Staff.objects.filter(school=school, user__username=TEACHER_LOGIN).exists():
        return LOGINS
    principal = Member.objects.get(cell=school.cell, full_name=SECRETARY).user
    staff = _staff(school, principal)
    IdeaSettings.for_school(school).change(
        by=principal, governing_body="UBND phường Việt Hưng", short_name="MNĐTVH", place_name="Việt Hưng",
        signer_name=SECRETARY, target_percent=Decimal(80),
    )  # fmt: skip
    year = today.year
    for name, post in COUNCIL:
        CouncilSeat.appoint(school=school, year=year, staff=staff[name], post=post, by=principal)
    ideas = {spec[1]: _idea(school, staff, principal, today, *spec) for spec in IDEAS}
    _commitments(school, staff, ideas, principal, year)
    _targets(school, principal)
    _kpi(school, staff, principal, today)
    return LOGINS


def _staff(school: School, principal: Any) -> dict[str, Staff]:
    """Every person's school account (the members' linked to their Member row)."""
    accounts = {s.full_name: s for s in Staff.objects.filter(school=school)}
    for name, login, role, position in MEMBERS:
        member = Member.objects.get(cell=school.cell, full_name=name)
        family, *rest = name.split()
        user = _user(login, " ".join(rest), family)
        if member.user_id is None:
            member.user = user
            member.save(update_fields=["user"])
        accounts[name], _ = school.appoint(by=principal, username=login, full_name=name, role=role,
                                           position=position, title=member.job)  # fmt: skip
    for name, login, title, position in OTHERS:
        family, *rest = name.split()
        _user(login, " ".join(rest), family)
        accounts[name], _ = school.appoint(by=principal, username=login, full_name=name, title=title,
                                           role=Staff.Role.EMPLOYEE, position=position)  # fmt: skip
    return accounts


def _idea(school: School, staff: dict[str, Staff], principal: Any, today: dt.date, author: str, title: str,
          field: str, problem: str, solution: str, where: str, benefit: str, then: str,
          supporters: list[str]) -> Idea:  # fmt: skip
    writer = staff[author].user
    idea = Idea.register(school=school, by=writer, year=today.year, today=today, title=title, field=field,
                         problem=problem, solution=solution, applied_where=where, expected_benefit=benefit)  # fmt: skip
    for name in supporters:
        idea.toggle_support(by=staff[name].user)
    if supporters:
        idea.comment(
            by=staff[supporters[0]].user, text="Ý tưởng hay, lớp mình áp dụng thử được không chị?"
        )
    if then == "withdrawn":
        idea.withdraw(by=writer, reason="Gộp vào ý tưởng lịch trực đón trẻ.")
    if then in ("registered", "withdrawn"):
        return idea
    idea.start_applying(by=writer, applied_from=today - dt.timedelta(days=70), today=today)
    if then == "applying":
        return idea
    idea.submit(by=writer, write_up=f"Đã áp dụng tại {where} từ {(today - dt.timedelta(days=70)):%d/%m/%Y}. "
                                    "Kết quả trước và sau áp dụng ghi trong sổ theo dõi của lớp.")  # fmt: skip
    if then == "submitted":
        return idea
    novelty, applied, benefit_points = SCORES[then]
    seats = CouncilSeat.objects.filter(school=school, year=idea.year).select_related("staff")
    for index, seat in enumerate(seats):
        if seat.staff_id == idea.author_id or (
            then == "scoring" and seat.post == CouncilSeat.Post.CHAIR
        ):
            continue
        idea.score(by=seat.staff.user, novelty=novelty - index % 2, applied=applied, benefit=benefit_points + index % 3,
                   comment="Có số liệu trước và sau áp dụng." if index == 0 else "")  # fmt: skip
    if then == "scoring":
        return idea
    if then == "rejected":
        idea.decide(by=principal, recognise=False,
                    note="Chưa áp dụng đủ thời gian để thấy lợi ích; đề nghị tiếp tục áp dụng và nộp lại năm sau.")  # fmt: skip
        return idea
    idea.decide(
        by=principal,
        recognise=True,
        note="Đáp ứng cả ba điều kiện; đề nghị nhân rộng trong toàn trường.",
    )
    if then == "certified":
        idea.issue_certificate(by=principal, today=today)
    return idea


def _commitments(
    school: School, staff: dict[str, Staff], ideas: dict[str, Idea], principal: Any, year: int
) -> None:
    """Every member's yearly pair but one innovation (9 of 10 members registered both)."""
    own_idea = {
        idea.author.full_name: idea
        for idea in ideas.values()
        if idea.status != Idea.Status.WITHDRAWN
    }
    members = list(Member.objects.for_cell(school.cell).current())
    for index, member in enumerate(members):
        by = member.user
        PersonalCommitment.register(member=member, by=by, year=year, kind="exemplary",
                                    text="Đến lớp trước 15 phút, đón trẻ tận tình; không sử dụng điện thoại khi trông trẻ.",
                                    measure="Không có phản ánh của cha mẹ về thái độ đón trẻ")  # fmt: skip
        if member.full_name == "Đặng Thị Bích Ngọc":
            continue  # has not registered the innovation yet: the target shows 90 %
        idea = own_idea.get(member.full_name)
        innovation = PersonalCommitment.register(
            member=member, by=by, year=year, kind="innovation", idea=idea,
            text=idea.title if idea else "Ứng dụng phần mềm quản lý để công khai hồ sơ, kế hoạch của tổ",
            measure="01 sáng kiến được Hội đồng sáng kiến nhà trường công nhận",
        )  # fmt: skip
        if index % 4 != 3:
            for commitment in PersonalCommitment.objects.filter(member=member, year=year):
                commitment.approve(by=principal)
            if index % 2 == 0:
                innovation.report(
                    by=by, stage="mid_year", text="Đã áp dụng ở lớp; đang ghi số liệu để báo cáo."
                )


def _targets(school: School, principal: Any) -> None:
    plan = Plan.objects.filter(cell=school.cell, year=2026, kind="activity").first()
    if plan is None:
        return
    for target in plan.targets.all():
        if target.text.startswith(TEACHERS_TARGET):
            TargetMeasurement.record(target=target, by=principal, metric="teachers_with_initiative")
        elif target.text.startswith(MEMBERS_TARGET):
            TargetMeasurement.record(target=target, by=principal, metric="commitments_registered")


def _kpi(school: School, staff: dict[str, Staff], principal: Any, today: dt.date) -> None:
    """The suggested set; last finished semester with tasks, survey, ideas and the board's marks;
    the current semester open."""
    Indicator.install_defaults(school=school, by=principal)
    if today >= dt.date(today.year, 6, 1):
        done = ("Học kỳ II", dt.date(today.year, 1, 16), dt.date(today.year, 5, 31), today.year - 1)
        now = ("Học kỳ I", dt.date(today.year, 9, 5), dt.date(today.year + 1, 1, 15), today.year)
    else:
        done = (
            "Học kỳ I",
            dt.date(today.year - 1, 9, 5),
            dt.date(today.year, 1, 15),
            today.year - 1,
        )
        now = ("Học kỳ II", dt.date(today.year, 1, 16), dt.date(today.year, 5, 31), today.year - 1)
    _tasks(school, principal, done[1], done[2])
    finished = KpiTerm.open(school=school, by=principal, name=f"{done[0]} năm học {done[3]}–{done[3] + 1}",
                            start=done[1], end=done[2])  # fmt: skip
    quality = Indicator.objects.get(school=school, source="manual", dimension="performance")
    service = Indicator.objects.get(school=school, source="manual", dimension="service")
    for index, person in enumerate(sorted(staff.values(), key=lambda s: s.full_name)):
        KpiEntry.record(term=finished, indicator=quality, staff=person, value=Decimal(78 + (index * 7) % 20),
                        evidence="Kết quả kiểm tra chuyên môn học kỳ, biên bản dự giờ của Ban giám hiệu.", by=principal)  # fmt: skip
        KpiEntry.record(term=finished, indicator=service, staff=person, value=Decimal(80 + (index * 5) % 18),
                        evidence="Nhận xét của tổ chuyên môn; không có phản ánh của cha mẹ trẻ.", by=principal)  # fmt: skip
    finished.finish(by=principal)
    current = KpiTerm.open(school=school, by=principal, name=f"{now[0]} năm học {now[3]}–{now[3] + 1}",
                           start=now[1], end=now[2])  # fmt: skip
    KpiEntry.record(term=current, indicator=quality, staff=staff[TEACHER], value=Decimal(88),
                    evidence="Dự giờ hoạt động làm quen văn học tháng 10, xếp loại tốt.", by=principal)  # fmt: skip


def _tasks(school: School, principal: Any, start: dt.date, end: dt.date) -> None:
    """Tasks the cell gave its members in the finished semester, most done on time."""
    members = {m.full_name: m for m in Member.objects.for_cell(school.cell).current()}
    span = (end - start).days
    plan = [("Phạm Thị Hồng Nhung", 0.3, 0), ("Phạm Thị Hồng Nhung", 0.7, -2), ("Đỗ Thị Thu Hương", 0.4, 3),
            ("Vũ Thị Ngọc Mai", 0.5, -1), ("Hoàng Thị Lan Anh", 0.6, 0), ("Bùi Thị Kim Oanh", 0.8, 5),
            ("Nguyễn Thị Minh Phương", 0.5, -4)]  # fmt: skip
    for name, at, late in plan:
        deadline = start + dt.timedelta(days=int(span * at))
        task = Task.assign(cell=school.cell, by=principal, owners=[members[name]], deadline=deadline,
                           title=f"Hoàn thành hồ sơ chuyên đề tháng {deadline.month}")  # fmt: skip
        task.mark_done(by=principal, note="Đã nộp hồ sơ.")
        done = deadline + dt.timedelta(days=late)
        Task.objects.filter(pk=task.pk).update(
            done_at=timezone.make_aware(dt.datetime(done.year, done.month, done.day, 16))
        )
