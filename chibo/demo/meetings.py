"""Demo meetings for Chi bộ Trường Mầm non Yên Hoà (seed 000).

- Quarter I thematic meeting (topic 1), held in March 2026 and closed with its whole dossier:
  minutes, resolution, report to the Đảng ủy acknowledged by the officer (danguy);
- Quarter II thematic meeting (topic 2), draft approved and sent, waiting for the day;
- last month's regular meeting, prepared on paper by its secretary (a member not on the chi ủy)
  and recorded after the fact: preparation dates, a late sending shown as a finding, no vote on
  a resolution, so a Thông báo kết luận;
- the next monthly regular meeting, being prepared;
- tasks in every state: open, in progress, done (with a progress note), overdue, dropped;
- Chi bộ Trường Mầm non Hoa Mai (seed 003): the September 2022 regular meeting, where the cell
  voted to recognise its probationary member as official; the superior's decision is pending,
  so the Bí thư (bithu3) can enter it on the member's page.

Idempotent: meetings are found by (cell, topic) or (cell, title) before they are created.
Runs after the plans demo (it needs the issued 2026 thematic plan's topics).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from chibo.meetings import services
from chibo.meetings.models import (
    Attendance,
    Commitment,
    Contribution,
    Meeting,
    MeetingReport,
    Task,
    Vote,
)
from chibo.members.models import Member
from chibo.organizations.models import Cell

CELL = "Chi bộ Trường Mầm non Yên Hoà"
Q1_DRAFT = """BÁO CÁO CHUYÊN ĐỀ
Xây dựng, triển khai thực hiện các giải pháp nhằm đẩy mạnh, nâng cao chất lượng chăm sóc, nuôi dưỡng và giáo dục trẻ trong nhà trường, gắn với nội dung các cuộc vận động và các phong trào thi đua năm học 2025 - 2026.

I. THỰC TRẠNG
Nhà trường có 12 nhóm, lớp với 356 trẻ; tỷ lệ trẻ suy dinh dưỡng giảm còn 2,1%. Đội ngũ giáo viên đạt chuẩn 100%, trên chuẩn 85%.

II. GIẢI PHÁP
- Đổi mới tổ chức hoạt động giáo dục lấy trẻ làm trung tâm.
- Nâng cao chất lượng bữa ăn bán trú, bảo đảm an toàn thực phẩm.
- Gắn các phong trào thi đua với đánh giá xếp loại cuối năm."""
Q2_DRAFT = """BÁO CÁO CHUYÊN ĐỀ
Xây dựng và tổ chức triển khai các giải pháp nhằm tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn số 42-HD/BTCTW.

I. ĐÁNH GIÁ THỰC TRẠNG
Chi bộ duy trì sinh hoạt thường kỳ đúng ngày mồng 3 hằng tháng; tài liệu gửi trước 03 ngày.

II. GIẢI PHÁP
- Chuẩn bị kỹ nội dung, gửi tài liệu sớm cho đảng viên.
- Dành thời gian cho tự phê bình và phê bình.
- Theo dõi việc thực hiện nghị quyết hằng tháng."""


def _aware(day: dt.date, hour: int = 8) -> dt.datetime:
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour, 0))


@transaction.atomic
def load_meetings_demo() -> list[Meeting]:
    cell = Cell.objects.filter(name=CELL).first()
    if cell is None:
        return []
    people = {m.full_name: m for m in Member.objects.filter(cell=cell).current()}
    secretary = people["Dương Thị Huệ"]
    if secretary.user is None:
        return []
    topics = {t.quarter: t for t in _topics(cell)}
    return [
        m
        for m in (
            _q1(cell, people, topics.get(1)),
            _q2(cell, people, topics.get(2)),
            _recorded_regular(cell, people),
            _regular(cell, people),
        )
        if m
    ]


def _topics(cell: Cell) -> list[Any]:
    from chibo.plans.models import Topic

    return list(Topic.objects.filter(plan__cell=cell, plan__year=2026, plan__kind="thematic",
                                     plan__status="issued").select_related("plan"))  # fmt: skip


def _q1(cell: Cell, people: dict[str, Member], topic: Any) -> Meeting | None:
    if topic is None:
        return None
    existing = Meeting.objects.filter(cell=cell, topic=topic).first()
    if existing is not None:
        return existing
    by = people["Dương Thị Huệ"].user
    starts = _aware(dt.date(2026, 3, 13))
    meeting = Meeting.plan(cell=cell, by=by, kind=Meeting.Kind.THEMATIC, topic=topic, title=topic.title,
                           starts_at=starts, ends_at=starts + dt.timedelta(hours=2), place="Phòng họp nhà trường",
                           chair=people["Dương Thị Huệ"], secretary=people["Vũ Thị Lệ"],
                           preparers=list(topic.preparers.all()), draft_due=dt.date(2026, 3, 2),
                           review_due=dt.date(2026, 3, 6))  # fmt: skip
    meeting.save_draft(by=by, text=Q1_DRAFT.replace("356 trẻ", "350 trẻ"), note="Bản đầu")
    meeting.submit_draft(by=by)
    from chibo.meetings.models import ReviewComment

    first = meeting.versions.get(number=1)
    ReviewComment.add(first, by=by, text="Bổ sung số liệu trẻ năm học này.")
    meeting.request_changes(by=by, note="Cập nhật số liệu")
    meeting.save_draft(by=by, text=Q1_DRAFT, note="Cập nhật số liệu trẻ")
    meeting.submit_draft(by=by)
    meeting.approve_draft(by=by)
    meeting.distribute(by=by, at=starts - dt.timedelta(days=4))
    for name, member in people.items():
        status, reason = Attendance.Status.PRESENT, ""
        if name == "Ngô Văn Đức":
            status, reason = Attendance.Status.EXCUSED, "Đi công tác"
        meeting.record_attendance(member, status, by=by, reason=reason)
    for name, summary in [
        ("Phạm Thị Thu Hà", "Đề nghị tăng cường trao đổi với cha mẹ trẻ qua nhóm lớp."),
        ("Đặng Thị Mai", "Cần bổ sung đồ dùng tự làm cho góc hoạt động."),
        ("Trần Thị Ngọc Anh", "Nhất trí các giải pháp; đăng ký tiết dạy mẫu."),
        ("Bùi Thị Lan", "Đề nghị công khai thực đơn, thu chi bán trú hằng tháng."),
    ]:
        Contribution.add(meeting, by=by, speaker=people[name], summary=summary)
    # The resolution is voted on: without a passing vote on it no Nghị quyết can be issued.
    Vote.record(meeting, by=by, subject="Thông qua Nghị quyết chuyên đề quý I", kind=Vote.Kind.ORDINARY,
                subject_kind=Vote.SubjectKind.RESOLUTION, votes_for=10, votes_against=0)  # fmt: skip
    meeting.hold(by=by, actual_start=starts, actual_end=starts + dt.timedelta(minutes=125))
    meeting.conclude(by=by, text="Chi bộ thống nhất ba nhóm giải pháp nâng cao chất lượng chăm sóc, nuôi dưỡng, "
                                 "giáo dục trẻ.\n\nGiao các đồng chí đảng viên thực hiện theo phân công, chi ủy "
                                 "kiểm tra hằng tháng.")  # fmt: skip
    today = timezone.localdate()
    tasks = [
        ("Xây dựng kế hoạch đổi mới hoạt động lấy trẻ làm trung tâm", "Nguyễn Thị Hường", dt.date(2026, 4, 15), "done"),
        ("Tổ chức tiết dạy mẫu cho tổ chuyên môn", "Trần Thị Ngọc Anh", today + dt.timedelta(days=20), "in_progress"),
        ("Công khai thực đơn và thu chi bán trú hằng tháng", "Bùi Thị Lan", today - dt.timedelta(days=10), "open"),
        ("Làm đồ dùng tự tạo cho các góc hoạt động", "Đặng Thị Mai", today + dt.timedelta(days=45), "open"),
        ("Mua sắm thiết bị nhà bếp mới", "Ngô Văn Đức", dt.date(2026, 5, 30), "dropped"),
    ]  # fmt: skip
    for title, owner, deadline, state in tasks:
        task = Task.assign(
            cell=cell,
            by=by,
            meeting=meeting,
            title=title,
            owners=[people[owner]],
            deadline=deadline,
        )
        if state == "done":
            task.mark_done(
                by=by, note="Kế hoạch đã được Hiệu trưởng phê duyệt, triển khai ở 12 lớp."
            )
        elif state == "in_progress":
            task.report_progress(
                by=by, note="Đã đăng ký lịch dạy mẫu.", status=Task.Status.IN_PROGRESS
            )
        elif state == "dropped":
            task.drop(by=by, reason="Nhà trường được cấp thiết bị từ nguồn ngân sách huyện.")
    for name, text in [("Phạm Thị Thu Hà", "Rèn luyện kỹ năng tổ chức hoạt động trải nghiệm cho trẻ."),
                       ("Hoàng Thị Yến", "Khắc phục việc chuẩn bị đồ dùng dạy học chưa kịp thời.")]:  # fmt: skip
        Commitment.objects.get_or_create(
            meeting=meeting, member=people[name], defaults={"text": text}
        )
    meeting.edit_minutes(by=by, expected_version=meeting.minutes_version, text=(
        "Đồng chí Dương Thị Huệ, Bí thư chi bộ, nêu lý do, mục đích buổi sinh hoạt chuyên đề.\n\n"
        "Đồng chí Dương Thị Huệ trình bày tóm tắt dự thảo báo cáo chuyên đề.\n\n"
        "Các đồng chí đảng viên thảo luận, liên hệ bản thân và đơn vị."))  # fmt: skip
    services.issue_minutes(meeting, by=by)
    services.issue_resolution(meeting, by=by, type_code="NQ")
    services.submit_report(
        meeting, by=by, text="Sau sinh hoạt, 12/12 lớp đã triển khai kế hoạch đổi mới."
    )
    officer = get_user_model().objects.filter(username="danguy").first()
    if officer is not None:
        MeetingReport.objects.get(meeting=meeting).acknowledge(
            by=officer, comment="Chi bộ chuẩn bị chu đáo, đúng quy trình. Tiếp tục theo dõi việc thực hiện.")  # fmt: skip
    meeting.close(by=by)
    return meeting


def _q2(cell: Cell, people: dict[str, Member], topic: Any) -> Meeting | None:
    if topic is None:
        return None
    existing = Meeting.objects.filter(cell=cell, topic=topic).first()
    if existing is not None:
        return existing
    by = people["Dương Thị Huệ"].user
    now = timezone.now()
    # The plan says June 2026; when the demo is loaded later, the meeting is kept ahead so that
    # "sent and waiting" still makes sense.
    starts = max(
        _aware(dt.date(2026, 6, 12), 14), _aware(timezone.localdate() + dt.timedelta(days=6), 14)
    )
    meeting = Meeting.plan(cell=cell, by=by, kind=Meeting.Kind.THEMATIC, topic=topic, title=topic.title,
                           starts_at=starts, place="Phòng họp nhà trường", chair=people["Dương Thị Huệ"],
                           secretary=people["Vũ Thị Lệ"], preparers=list(topic.preparers.all()))  # fmt: skip
    meeting.save_draft(by=by, text=Q2_DRAFT, note="Bản trình chi ủy")
    meeting.submit_draft(by=by)
    meeting.approve_draft(by=by)
    meeting.distribute(by=by, at=min(now, starts - dt.timedelta(days=4)))
    return meeting


def _recorded_regular(cell: Cell, people: dict[str, Member]) -> Meeting:
    day = (timezone.localdate().replace(day=1) - dt.timedelta(days=1)).replace(day=3)
    title = f"Sinh hoạt chi bộ thường kỳ tháng {day.month:02d}/{day.year}"
    existing = Meeting.objects.filter(cell=cell, kind=Meeting.Kind.REGULAR, title=title).first()
    if existing is not None:
        return existing
    by = people["Dương Thị Huệ"].user
    clerk = people["Phạm Thị Thu Hà"]
    writer = clerk.user or by  # the meeting's secretary takes the roll call and the minutes
    starts = _aware(day, 14)
    meeting = Meeting.plan(cell=cell, by=by, kind=Meeting.Kind.REGULAR, title=title, starts_at=starts,
                           ends_at=starts + dt.timedelta(hours=2), place="Phòng họp nhà trường",
                           chair=people["Dương Thị Huệ"], secretary=clerk)  # fmt: skip
    meeting.record_preparation(by=by, draft_prepared_on=day - dt.timedelta(days=5),
                               draft_reviewed_on=day - dt.timedelta(days=4),
                               documents_sent_on=day - dt.timedelta(days=2),
                               note="Dự thảo nghị quyết tháng do đồng chí Phạm Thị Thu Hà chuẩn bị trên giấy.",
                               late_reason="Chờ số liệu thu chi bán trú của tháng.")  # fmt: skip
    for name, member in people.items():
        status, reason = Attendance.Status.PRESENT, ""
        if name == "Bùi Thị Lan":
            status, reason = Attendance.Status.EXCUSED, "Nghỉ ốm"
        meeting.record_attendance(member, status, by=writer, reason=reason)
    for name, summary in [
        ("Nguyễn Thị Hường", "Báo cáo kết quả thu nộp đảng phí tháng: 11/11 đảng viên nộp đủ."),
        ("Hoàng Thị Yến", "Đề nghị phân công đảng viên kèm cặp giáo viên mới."),
    ]:
        Contribution.add(meeting, by=writer, speaker=people[name], summary=summary)
    meeting.hold(by=by, actual_start=starts, actual_end=starts + dt.timedelta(minutes=100))
    meeting.conclude(by=by, text="Chi bộ hoàn thành nhiệm vụ tháng; tháng tới tập trung kiểm tra nề nếp "
                                 "chuyên môn và thu nộp đảng phí đúng hạn.")  # fmt: skip
    meeting.edit_minutes(by=writer, expected_version=meeting.minutes_version, text=(
        "Đồng chí Dương Thị Huệ, Bí thư chi bộ, đánh giá kết quả tháng và triển khai nhiệm vụ tháng tới.\n\n"
        "Các đồng chí đảng viên thảo luận."))  # fmt: skip
    services.issue_minutes(meeting, by=by)
    services.issue_resolution(meeting, by=by, type_code="TB")  # concluded, no resolution voted
    return meeting


def _regular(cell: Cell, people: dict[str, Member]) -> Meeting:
    today = timezone.localdate()
    first = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=3)
    title = f"Sinh hoạt chi bộ thường kỳ tháng {first.month:02d}/{first.year}"
    existing = Meeting.objects.filter(cell=cell, kind=Meeting.Kind.REGULAR, title=title).first()
    if existing is not None:
        return existing
    by = people["Dương Thị Huệ"].user
    meeting = Meeting.plan(cell=cell, by=by, kind=Meeting.Kind.REGULAR, title=title, starts_at=_aware(first),
                           place="Phòng họp nhà trường", chair=people["Dương Thị Huệ"],
                           secretary=people["Vũ Thị Lệ"], preparers=[people["Nguyễn Thị Hường"]])  # fmt: skip
    meeting.save_draft(by=by, text="DỰ THẢO NGHỊ QUYẾT THÁNG\n\nI. Đánh giá kết quả tháng trước\n\n"
                                   "II. Nhiệm vụ tháng tới\n\n- Thu nộp đảng phí đầy đủ.")  # fmt: skip
    return meeting


HOA_MAI = "Chi bộ Trường Mầm non Hoa Mai"
RECOGNITION_MEETING = "Sinh hoạt chi bộ thường kỳ tháng 09/2022"


@transaction.atomic
def load_recognition_demo() -> Meeting | None:
    """Hoa Mai's probationary member, whose probation ended in August 2022: the cell's passing
    vote in a held meeting, the superior's decision still to be entered."""
    cell = Cell.objects.filter(name=HOA_MAI).first()
    if cell is None:
        return None
    existing = Meeting.objects.filter(cell=cell, title=RECOGNITION_MEETING).first()
    if existing is not None:
        return existing
    people = {m.full_name: m for m in Member.objects.filter(cell=cell).current()}
    chair, secretary = people.get("Trần Thị Nghĩa Quỳnh"), people.get("Nguyễn Thị Thanh Hương")
    candidate = people.get("Kiều Thị Ánh")
    if chair is None or secretary is None or chair.user is None or candidate is None:
        return None
    ends = candidate.probation_ends
    if ends is None:  # already official in this database
        return None
    by = chair.user
    starts = _aware(max(dt.date(2022, 9, 5), ends), 14)
    meeting = Meeting.plan(cell=cell, by=by, kind=Meeting.Kind.REGULAR, title=RECOGNITION_MEETING,
                           starts_at=starts, place="Phòng họp nhà trường", chair=chair,
                           secretary=secretary, preparers=[secretary])  # fmt: skip
    meeting.save_draft(by=by, text="DỰ THẢO NGHỊ QUYẾT THÁNG 9/2022\n\nI. Đánh giá kết quả tháng 8\n\n"
                                   "II. Nhiệm vụ tháng 9\n\n- Xét công nhận đảng viên chính thức đối với "
                                   f"đồng chí {candidate.full_name}.")  # fmt: skip
    meeting.submit_draft(by=by)
    meeting.approve_draft(by=by)
    meeting.distribute(by=by, at=starts - dt.timedelta(days=3))
    for member in people.values():
        meeting.record_attendance(member, Attendance.Status.PRESENT, by=by)
    Contribution.add(meeting, by=by, speaker=secretary, summary=(
        f"Đồng chí {candidate.full_name} chấp hành tốt nhiệm vụ trong thời kỳ dự bị; đề nghị chi bộ "
        "xét công nhận đảng viên chính thức."))  # fmt: skip
    Vote.record_recognition(meeting, by=by, member=candidate, votes_for=17, votes_against=1,
                            votes_abstain=1)  # fmt: skip
    meeting.hold(by=by, actual_start=starts, actual_end=starts + dt.timedelta(minutes=100))
    meeting.conclude(by=by, text=(
        f"Chi bộ biểu quyết đề nghị Đảng ủy phường công nhận đồng chí {candidate.full_name} là đảng "
        "viên chính thức; chi ủy hoàn thiện hồ sơ gửi Đảng ủy phường."))  # fmt: skip
    # The verbs stamp "now"; a 2022 meeting's draft, vote and conclusion are dated as they happened.
    meeting.versions.update(created_at=starts - dt.timedelta(days=5))
    meeting.votes.update(created_at=starts + dt.timedelta(minutes=60))
    Meeting.objects.filter(pk=meeting.pk).update(approved_at=starts - dt.timedelta(days=4),
                                                 concluded_at=starts + dt.timedelta(minutes=100))  # fmt: skip
    meeting.refresh_from_db()
    return meeting
