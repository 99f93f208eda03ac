"""Demo of the parents' feedback portal (seed 004): the Việt Hưng urban kindergarten as a cell of
its own under the ward's Đảng ủy, its 2026 plan carrying the programme's targets (satisfaction
≥ 90 % read from the survey), the portal with answered, open, overdue, redirected and pending
items, and one finished survey round.

Idempotent: nothing is made when the school's portal already exists. Dates are relative to the
day the demo is loaded, so that "overdue" stays true on a fresh demo.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from chibo.feedback.models import Feedback, School, Staff, SurveyRound
from chibo.members.models import Gender, Member, PoliticalTheory, Role
from chibo.organizations.models import Cell, Committee, CommitteeOfficer, Term

from .plan_seeds import _t

DEMO_PASSWORD = "demo12345"
CELL = "Chi bộ Trường Mầm non Đô Thị Việt Hưng"
SCHOOL = "Trường Mầm non Đô Thị Việt Hưng"
SLUG = "mn-do-thi-viet-hung"
SECRETARY = "Trần Thị Hoàng Lâm"
LOGINS = [
    ("bithu4", f"Bí thư {CELL}, Hiệu trưởng ({SECRETARY}); quản lý cổng góp ý của trường"),
    ("gopy", f"Cán bộ xử lý góp ý của {SCHOOL}, không là đảng viên; cổng công khai /gop-y/{SLUG}/"),
]
F = Gender.FEMALE
PEOPLE: list[tuple[str, str, str, int]] = [  # name, job, role, admitted
    (SECRETARY, "Hiệu trưởng", Role.SECRETARY, 2001),
    ("Nguyễn Thị Minh Phương", "Phó Hiệu trưởng", Role.DEPUTY_SECRETARY, 2006),
    ("Lê Thị Thanh Hoa", "Phó Hiệu trưởng", Role.COMMITTEE_MEMBER, 2009),
    ("Phạm Thị Hồng Nhung", "Giáo viên", Role.MEMBER, 2011),
    ("Đỗ Thị Thu Hương", "Giáo viên", Role.MEMBER, 2012),
    ("Vũ Thị Ngọc Mai", "Giáo viên", Role.MEMBER, 2013),
    ("Hoàng Thị Lan Anh", "Giáo viên", Role.MEMBER, 2015),
    ("Bùi Thị Kim Oanh", "Giáo viên", Role.MEMBER, 2016),
    ("Ngô Thị Thanh Tâm", "Kế toán", Role.MEMBER, 2017),
    ("Đặng Thị Bích Ngọc", "Giáo viên", Role.MEMBER, 2019),
]
SECTION = "II. CÁC CHỈ TIÊU CỤ THỂ"
SATISFACTION = "Chỉ số hài lòng của phụ huynh (SISPAS) đạt từ 90% trở lên."
STAFF_POP = "đảng viên, giáo viên, nhân viên"
PLAN_2026: dict[str, Any] = {
    "year": 2026,
    "kind": "activity",
    "title": "Thực hiện Chương trình 01-CTr/ĐU của Đảng ủy phường Việt Hưng năm 2026",
    "plan_date": "2026-01-05",
    "place_name": "Việt Hưng",
    "legal_bases": ["Căn cứ Chương trình số 01-CTr/ĐU của Đảng ủy phường Việt Hưng nhiệm kỳ 2025 - 2027;"],
    "intro": "Chi bộ Trường Mầm non Đô Thị Việt Hưng xây dựng kế hoạch năm 2026 như sau:",
    "sections": [
        {"heading": "I. MỤC TIÊU CHUNG", "body": "- Xây dựng Chi bộ trong sạch, vững mạnh toàn diện; "
         "lấy sự hài lòng của phụ huynh làm thước đo."},
        {"heading": SECTION, "body": "", "list": True},
    ],
    "closing": "Chi bộ quyết tâm thực hiện thắng lợi các mục tiêu, chỉ tiêu đề ra./.",
    "recipients": ["Đảng ủy phường Việt Hưng (để báo cáo)", "Đảng viên trong chi bộ", "Lưu Chi bộ"],
    "signing_capacity": "T/M CHI ỦY",
    "signer": SECRETARY,
    "targets": [
        _t("Chi bộ đạt danh hiệu “Hoàn thành xuất sắc nhiệm vụ”, “chi bộ 4 tốt”.", "yes_no", SECTION),
        _t("100% đảng viên tham gia đầy đủ sinh hoạt chi bộ định kỳ.", "percent", SECTION,
           population="đảng viên", value_min=100, unit="%", comparison=">="),
        _t("Kết nạp ít nhất 03 đảng viên mới là giáo viên, nhân viên có năng lực, phẩm chất tốt.", "count",
           SECTION, population="quần chúng ưu tú", value_min=3, unit="đảng viên mới", comparison=">="),
        _t("100% đảng viên được đánh giá, phân loại hằng năm đạt mức hoàn thành tốt nhiệm vụ trở lên.",
           "percent", SECTION, population="đảng viên", value_min=100, unit="%", comparison=">="),
        _t("100% cán bộ, giáo viên, nhân viên được tập huấn về chuyển đổi số, trí tuệ nhân tạo (AI) trong "
           "giáo dục mầm non.", "percent", SECTION, population=STAFF_POP, value_min=100, unit="%", comparison=">="),
        _t(SATISFACTION, "percent", SECTION, population="phụ huynh", value_min=90, unit="%", comparison=">=",
           measured_by="Khảo sát sự hài lòng của cha mẹ trẻ trên cổng góp ý của trường"),
        _t("80% giáo viên trở lên có ít nhất 01 sáng kiến hoặc giải pháp đổi mới trong chăm sóc, giáo dục trẻ.",
           "percent", SECTION, population="giáo viên", value_min=80, unit="%", comparison=">=",
           measured_by="Ngân hàng ý tưởng của trường: sáng kiến được Hội đồng sáng kiến nhà trường công nhận"),
        _t("100% đảng viên đăng ký “một việc làm nêu gương – một việc đổi mới sáng tạo” gắn với nhiệm vụ chuyên "
           "môn hoặc phong trào thi đua của trường.", "percent", SECTION, population="đảng viên", value_min=100,
           unit="%", comparison=">="),
        _t("Tỷ lệ trẻ phát triển toàn diện theo độ tuổi đạt trên 98%.", "percent", SECTION,
           population="trẻ", value_min=98, unit="%", comparison=">"),
    ],
}  # fmt: skip

# (days ago, category, kind, visibility, text, answer after days or None, then what)
ITEMS: list[tuple[int, str, str, str, str, int | None, str]] = [
    (40, "meals", "report", "school", "Bữa trưa thứ Hai lớp Mầm A1 cơm bị nguội, các con ăn ít.", 3, "publish"),
    (30, "facilities", "request", "public", "Đề nghị nhà trường lắp thêm mái che ở cổng để phụ huynh "
     "đón trẻ những hôm mưa.", 6, "publish"),
    (26, "care", "suggestion", "anonymous", "Mong các cô cho trẻ ra sân chơi nhiều hơn vào buổi chiều.", 4, "publish"),
    (18, "fees", "request", "school", "Xin nhà trường công khai chi tiết khoản thu tiền ăn tháng này.", 2, "close"),
    (20, "care", "report", "school", "Con tôi lớp Chồi B1 hay bị muỗi đốt ở lớp, đề nghị nhà trường "
     "phun thuốc muỗi.", None, "overdue"),
    (5, "conduct", "report", "anonymous", "Một nhân viên bảo vệ nói to, làm các con sợ khi đến trường.", None, "take"),
    (3, "safety", "report", "school", "Sáng nay cổng phụ không khóa, trẻ có thể tự đi ra ngoài.", None, "redirect"),
    (1, "other", "suggestion", "anonymous", "Nhà trường có thể gửi thực đơn tuần qua nhóm Zalo của lớp không?",
     None, "new"),
]  # fmt: skip
ANSWERS = {
    "meals": "Nhà trường đã kiểm tra, thay tủ giữ nhiệt và chia cơm muộn hơn 15 phút; từ thứ Ba các con "
    "ăn cơm nóng. Cảm ơn phụ huynh đã phản ánh.",
    "facilities": "Nhà trường đã đưa việc lắp mái che vào kế hoạch sửa chữa hè; trong thời gian chờ, bảo vệ "
    "mở thêm sảnh trong những hôm mưa.",
    "care": "Từ tuần này các lớp tăng 20 phút hoạt động ngoài trời buổi chiều khi thời tiết cho phép.",
    "fees": "Bảng chi tiết khoản thu tiền ăn đã được dán ở bảng tin và gửi qua sổ liên lạc điện tử.",
}
CLASSES = ["Nhà trẻ D1", "Mầm A1", "Chồi B1", "Lá C1"]
FAMILIES = 20


def _user(username: str, first: str, last: str) -> Any:
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username, first_name=first, last_name=last)
        user.set_password(DEMO_PASSWORD)
        user.save()
    return user


def _at(day: dt.date, hour: int = 9) -> dt.datetime:
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour, 0))


@transaction.atomic
def load_feedback_demo(today: dt.date | None = None) -> list[tuple[str, str]]:
    today = today or timezone.localdate()
    if School.objects.filter(slug=SLUG).exists():
        return LOGINS
    ward, _ = Committee.objects.get_or_create(
        name="Đảng ủy phường Việt Hưng",
        defaults={"party_organisation": "Đảng bộ phường Việt Hưng", "place_name": "Việt Hưng"},
    )
    officer = get_user_model().objects.filter(username="danguy").first()
    if officer is not None:
        CommitteeOfficer.objects.get_or_create(committee=ward, user=officer,
                                               defaults={"title": "Cán bộ theo dõi (trình diễn)"})  # fmt: skip
    cell = _cell(ward)
    secretary = Member.objects.get(cell=cell, full_name=SECRETARY)
    _plan(cell)
    school = School.create(cell=cell, by=secretary.user, name=SCHOOL, slug=SLUG, phone="024 3000 0004",
                           intro="Cha mẹ gửi phản ánh, kiến nghị, góp ý; nhà trường trả lời công khai tại đây.",
                           satisfaction_target=Decimal(90))  # fmt: skip
    manager, _ = school.appoint(by=secretary.user, username="bithu4", full_name=SECRETARY,
                                role=Staff.Role.MANAGER, title="Hiệu trưởng")  # fmt: skip
    handler_user = _user("gopy", "Thu Trang", "Nguyễn")
    handler, _ = school.appoint(by=secretary.user, username="gopy", full_name="Nguyễn Thu Trang",
                                role=Staff.Role.HANDLER, title="Văn thư", position=Staff.Position.EMPLOYEE)  # fmt: skip
    assert handler.user == handler_user
    for spec in ITEMS:
        _item(school, handler, manager, today, *spec)
    _survey(school, manager, today)
    return LOGINS


def _cell(ward: Committee) -> Cell:
    cell = Cell.objects.create(name=CELL, committee=ward, place_name="Việt Hưng")
    Term.objects.create(
        cell=cell, name="2025–2030", start=dt.date(2025, 7, 1), end=dt.date(2030, 6, 30)
    )
    for index, (name, job, role, admitted) in enumerate(PEOPLE):
        member = Member(
            cell=cell, full_name=name, gender=F, job=job, role=role, status=Member.Status.OFFICIAL,
            birth_date=dt.date(1975 + index * 2, 1 + index, 3 + index), card_number=f"VH{index + 1:04d}",
            admission_date=dt.date(admitted, 5, 19), official_date=dt.date(admitted + 1, 5, 19),
            general_education="12/12", qualification="university",
            political_theory=PoliticalTheory.INTERMEDIATE if role != Role.MEMBER else "",
        )  # fmt: skip
        member.save()
        if role != Role.MEMBER:
            member.role_history.create(role=role, start=dt.date(2025, 7, 1))
    secretary = Member.objects.get(cell=cell, full_name=SECRETARY)
    secretary.user = _user("bithu4", "Thị Hoàng Lâm", "Trần")
    secretary.save(update_fields=["user"])
    return cell


def _plan(cell: Cell) -> None:
    from chibo.evaluations.models import TargetMeasurement

    from .plans import _load

    plan = _load(cell, PLAN_2026)
    target = plan.targets.get(text=SATISFACTION)
    secretary = Member.objects.get(cell=cell, full_name=SECRETARY)
    TargetMeasurement.record(target=target, by=secretary.user, metric="parent_satisfaction")


def _item(school: School, handler: Staff, manager: Staff, today: dt.date, days_ago: int, category: str, kind: str,
          visibility: str, text: str, answer_after: int | None, then: str) -> None:  # fmt: skip
    sent = today - dt.timedelta(days=days_ago)
    named = visibility != Feedback.Visibility.ANONYMOUS
    item, _code = Feedback.submit(
        school=school, category=category, kind=kind, visibility=visibility, text=text,
        class_name="Chồi B1" if category == "care" and then == "overdue" else "",
        sender_name="Phạm Văn Hùng" if visibility == "public" else ("Phụ huynh lớp Mầm A1" if named else ""),
        sender_contact="0900 000 004" if named else "",
    )  # fmt: skip
    due = sent + dt.timedelta(days=school.due_days_for(category))
    Feedback.objects.filter(pk=item.pk).update(created_at=_at(sent), due_on=due)
    item.refresh_from_db()
    if then == "new":
        return
    item.take(staff=handler)
    if then == "take" or then == "overdue":
        if then == "overdue":
            item.add_message(
                kind="note",
                text="Đã báo tổ bảo vệ; chờ lịch phun thuốc của phường.",
                by=handler.user,
            )
        return
    if then == "redirect":
        item.redirect(
            channel="urgent",
            note="Nhà trường đã khóa cổng phụ ngay trong sáng nay.",
            by=manager.user,
        )
        return
    item.answer(text=ANSWERS[category], by=handler.user, close=then == "close")
    answered = _at(sent + dt.timedelta(days=answer_after or 0), 15)
    Feedback.objects.filter(pk=item.pk).update(answered_at=answered, acknowledged_at=answered)
    item.refresh_from_db()
    if then == "publish":
        item.moderate(publish=True, public_text=item.text, by=manager.user)


def _survey(school: School, manager: Staff, today: dt.date) -> None:
    """A finished round: 4 classes, most families answered, mostly satisfied (about 92 %)."""
    survey = SurveyRound.create(
        school=school, by=manager.user, title=f"Khảo sát sự hài lòng của cha mẹ trẻ năm {today.year}",
        year=today.year, classes=CLASSES, families_per_class=FAMILIES,
    )  # fmt: skip
    survey.open(by=manager.user)
    questions = list(survey.questions.all())
    for c_index, survey_class in enumerate(survey.classes.all()):
        for f_index, family in enumerate(list(survey_class.codes.all())[: FAMILIES - 3 - c_index]):
            scores: dict[int, int | None] = {}
            for q_index, question in enumerate(questions):
                turn = (f_index * 7 + q_index * 3 + c_index * 5) % 25
                scores[question.pk] = 5 if turn < 12 else 4 if turn < 23 else 3 if turn < 24 else 2
            survey_class.submit(code=family.code, scores=scores)
    survey.close(by=manager.user)
