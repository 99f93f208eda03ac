"""Hoa Mai's party development (seed 003 §II, "Kết nạp 1-2 Đảng viên mới"), told through the
admission files, with dates counted back from today:

- Lại Thị Thu Thủy: admitted some 16 months ago, recognised as an official member (the cell's
  vote, its resolution 13-KNĐ and the ward's decision: the new path, end to end);
- Hà Thị Minh Châu: admitted this year through the Đoàn route, now on probation;
- four outstanding non-members at four stages: a decision received and the ceremony due (Phan
  Thị Diệu Linh), proposed by the cell and waiting for the ward's decision, which is late (Chu
  Thị Bảo Ngọc), the file in progress (Tô Thị Hà My), the awareness course done (Mạc Văn Quân).

Every step goes through the admissions verbs, the votes through the meetings' vote. Events run
in date order, so each vote counts the members the cell had that day. Idempotent: a candidate
already on the list is left as it is.

Seed 003's member statistics describe the cell at the start of 2022; these two admissions come
later and add two members to today's register (chibo/core/tests/test_demo.py says so).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.utils import timezone

from chibo.admissions.models import Candidate, Sponsor
from chibo.meetings.models import Attendance, Meeting
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.rules import admission as rules
from chibo.rules import organization

HOA_MAI = "Chi bộ Trường Mầm non Hoa Mai"
WARD = "Đảng ủy phường Thạch Bàn"
SECRETARY, DEPUTY = "Trần Thị Nghĩa Quỳnh", "Nguyễn Thị Thanh Hương"
SCHOOL_YEAR = dt.date(2019, 8, 15)
Event = tuple[dt.date, int, Callable[[], Any]]


def _aware(day: dt.date, hour: int = 14) -> dt.datetime:
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour, 0))


def _weekday(day: dt.date) -> dt.date:
    """The Friday before a Saturday or Sunday: meetings and decisions fall on working days."""
    return day - dt.timedelta(days=max(day.weekday() - 4, 0))


class _Story:
    def __init__(self, cell: Cell, today: dt.date) -> None:
        self.cell, self.today = cell, today
        self.people = {m.full_name: m for m in Member.objects.filter(cell=cell).current()}
        self.by = self.people[SECRETARY].user
        self.events: list[Event] = []

    def at(self, day: dt.date, action: Callable[[], Any]) -> None:
        self.events.append((day, len(self.events), action))

    def run(self) -> None:
        for _day, _order, action in sorted(self.events, key=lambda e: (e[0], e[1])):
            action()

    # -- a meeting of the cell that votes on one person ---------------------------------------
    def vote_meeting(self, day: dt.date, subject: str, vote: Callable[[Meeting], Any]) -> None:
        starts = _aware(day)
        chair, secretary = self.people[SECRETARY], self.people[DEPUTY]
        meeting = Meeting.plan(cell=self.cell, by=self.by, kind=Meeting.Kind.REGULAR, starts_at=starts,
                               title=f"Sinh hoạt chi bộ ngày {day:%d/%m/%Y}: {subject}", place="Phòng họp nhà trường",
                               chair=chair, secretary=secretary, preparers=[secretary])  # fmt: skip
        meeting.save_draft(by=self.by, text=f"DỰ THẢO NỘI DUNG SINH HOẠT\n\n- {subject}.")
        meeting.submit_draft(by=self.by)
        meeting.approve_draft(by=self.by)
        meeting.distribute(by=self.by, at=starts - dt.timedelta(days=3))
        for member in Member.objects.filter(cell=self.cell).current():
            meeting.record_attendance(member, Attendance.Status.PRESENT, by=self.by)
        vote(meeting)
        meeting.hold(by=self.by, actual_start=starts, actual_end=starts + dt.timedelta(minutes=100))
        meeting.conclude(by=self.by, text=f"Chi bộ thống nhất {subject[:1].lower()}{subject[1:]}; chi ủy hoàn "
                                          "thiện hồ sơ gửi Đảng ủy phường.")  # fmt: skip
        meeting.edit_minutes(by=self.by, expected_version=meeting.minutes_version,
                             text=f"Chi bộ họp xét: {subject}. Đảng viên phát biểu nhận xét; chi bộ biểu "
                                  "quyết từng người.")  # fmt: skip
        # The verbs stamp "now"; a past meeting's draft, vote and conclusion are dated as they happened.
        meeting.versions.update(created_at=starts - dt.timedelta(days=5))
        meeting.votes.update(created_at=starts + dt.timedelta(minutes=60))
        Meeting.objects.filter(pk=meeting.pk).update(approved_at=starts - dt.timedelta(days=4),
                                                     concluded_at=starts + dt.timedelta(minutes=100))  # fmt: skip

    # -- one candidate's file -------------------------------------------------------------------
    def candidate(self, name: str, *, born: dt.date, job: str, helper: str, gender: str = "female",
                  listed: dt.date, qualification: str = "university") -> Candidate:  # fmt: skip
        return Candidate.add(cell=self.cell, by=self.by, full_name=name, gender=gender, birth_date=born, job=job,
                             education=rules.UPPER_SECONDARY, qualification=qualification,
                             proposed_by="Công đoàn Trường Mầm non Hoa Mai", helper=self.people[helper],
                             listed_on=listed, phone="")  # fmt: skip

    def file(self, c: Candidate, start: dt.date, sponsors: list[str], *, youth: bool = False,
             until: str = "review") -> dt.date:  # fmt: skip
        """The steps before the vote, from `start` on; returns the day of the chi ủy's review."""
        by, days = self.by, [start + dt.timedelta(days=n) for n in (0, 10, 15, 30, 35, 40, 45)]
        self.at(days[0], lambda: c.record_course(by=by, number=f"{c.pk:03d}/GCN-ĐU", issued_on=days[0],
                                                 issuer=WARD))  # fmt: skip
        self.at(days[1], lambda: c.record_step("application", by=by, on=days[1]))
        self.at(days[2], lambda: c.record_step("life_history", by=by, on=days[2]))
        if until == "life_history":
            self.at(days[4], lambda: c.add_sponsor(by=by, kind=Sponsor.Kind.YOUTH_UNION, on=days[4],
                                                   organisation="Ban Chấp hành Chi đoàn Trường Mầm non Hoa Mai",
                                                   reference=f"{c.pk:02d}-NQ/CĐ"))  # fmt: skip
            return days[2]
        self.at(days[3], lambda: c.record_step("background_check", by=by, on=days[3],
                                               note="Lý lịch khai đầy đủ, trung thực; gia đình chấp hành tốt "
                                                    "chủ trương của Đảng, pháp luật của Nhà nước."))  # fmt: skip
        if youth:
            self.at(days[4], lambda: c.add_sponsor(by=by, kind=Sponsor.Kind.YOUTH_UNION, on=days[4],
                                                   organisation="Ban Chấp hành Chi đoàn Trường Mầm non Hoa Mai",
                                                   reference=f"{c.pk:02d}-NQ/CĐ"))  # fmt: skip
        for name in sponsors:
            self.at(days[4], self._sponsor(c, self.people[name], days[4]))
        self.at(days[5], lambda: c.record_comments(by=by, on=days[5], organisation=(
            "Quần chúng gương mẫu, nhiệt tình trong công tác chăm sóc, giáo dục trẻ; tích cực tham gia "
            "hoạt động công đoàn."), residence="Chấp hành tốt quy định nơi cư trú, quan hệ tốt với nhân dân."))  # fmt: skip
        self.at(days[6], lambda: c.review(by=by, on=days[6]))
        return days[6]

    def _sponsor(self, c: Candidate, member: Member, day: dt.date) -> Callable[[], Any]:
        return lambda: c.add_sponsor(by=self.by, kind=Sponsor.Kind.MEMBER, on=day, member=member,
                                     together_since=SCHOOL_YEAR, relation="Cùng công tác tại nhà trường")  # fmt: skip

    def vote_and_propose(self, c: Candidate, day: dt.date) -> None:
        def vote(meeting: Meeting) -> None:
            c.record_vote(meeting, by=self.by, votes_for=_officials_voting(self.cell), votes_against=0,
                          votes_abstain=1)  # fmt: skip

        self.at(
            day,
            lambda: self.vote_meeting(
                day, f"Xét đề nghị kết nạp quần chúng {c.full_name} vào Đảng", vote
            ),
        )
        self.at(day, lambda: c.propose(by=self.by, on=day, assessment=(
            "Ưu điểm: có lập trường tư tưởng vững vàng, hoàn thành tốt nhiệm vụ được giao, đoàn kết với đồng "
            "nghiệp. Khuyết điểm: đôi khi chưa mạnh dạn góp ý.")))  # fmt: skip

    def decide(self, c: Candidate, day: dt.date, number: str) -> None:
        received = day + dt.timedelta(days=2)
        self.at(received, lambda: c.record_decision(by=self.by, number=number, decision_date=day,
                                                    received_on=received, decider=f"Ban Thường vụ {WARD}"))  # fmt: skip


def _officials_voting(cell: Cell) -> int:
    """All official members vote for (the demo's cell is of one mind), less one abstaining."""
    return Member.objects.filter(cell=cell).official().count() - 1


@transaction.atomic
def load_admissions_demo(today: dt.date | None = None) -> list[Candidate]:
    cell = Cell.objects.filter(name=HOA_MAI).first()
    if cell is None or Candidate.objects.filter(cell=cell).exists():
        return list(Candidate.objects.filter(cell=cell)) if cell else []
    today = today or timezone.localdate()
    story = _Story(cell, today)
    if story.by is None:
        return []
    by = story.by
    months = organization.add_months

    # Recognised as official through the new path.
    thuy = story.candidate("Lại Thị Thu Thủy", born=dt.date(1994, 3, 8), job="Giáo viên", helper="Phạm Thị Hải Yến",
                           listed=months(today, -30))  # fmt: skip
    voted = _weekday(months(today, -16))
    story.file(thuy, voted - dt.timedelta(days=75), ["Phạm Thị Hải Yến", "Đỗ Thị Thu Trang"])
    story.vote_and_propose(thuy, voted)
    story.decide(thuy, _weekday(voted + dt.timedelta(days=20)), "215-QĐ/ĐU")
    ceremony = _weekday(voted + dt.timedelta(days=30))
    story.at(ceremony, lambda: thuy.hold_ceremony(by=by, on=ceremony))
    ends = organization.probation_ends(ceremony)
    story.at(
        ends - dt.timedelta(days=20),
        lambda: thuy.record_step("self_review", by=by, on=ends - dt.timedelta(days=20)),
    )
    story.at(ends - dt.timedelta(days=18), lambda: thuy.record_step(
        "helper_review", by=by, on=ends - dt.timedelta(days=18),
        note="Đồng chí Phạm Thị Hải Yến nhận xét: hoàn thành tốt nhiệm vụ trong thời kỳ dự bị."))  # fmt: skip
    story.at(ends - dt.timedelta(days=16), lambda: thuy.record_comments(
        by=by, on=ends - dt.timedelta(days=16), organisation="Đảng viên dự bị gương mẫu, nhiệt tình.",
        residence="Chấp hành tốt quy định nơi cư trú."))  # fmt: skip
    recognised = _weekday(ends + dt.timedelta(days=7))

    def recognition_vote(meeting: Meeting) -> None:
        thuy.refresh_from_db()
        thuy.record_recognition_vote(meeting, by=by, votes_for=_officials_voting(cell), votes_against=0,
                                     votes_abstain=1)  # fmt: skip

    story.at(recognised, lambda: story.vote_meeting(
        recognised, "Xét công nhận đảng viên chính thức cho đồng chí Lại Thị Thu Thủy", recognition_vote))  # fmt: skip
    story.at(recognised, lambda: thuy.propose_recognition(by=by, on=recognised))
    story.at(recognised + dt.timedelta(days=14), lambda: thuy.record_recognition(
        by=by, number="301-QĐ/ĐU", decision_date=recognised + dt.timedelta(days=14)))  # fmt: skip

    # Admitted this year through the Đoàn route (aged 29), on probation.
    chau = story.candidate("Hà Thị Minh Châu", born=dt.date(1997, 10, 21), job="Giáo viên",
                           helper="Vũ Thị Hạnh", listed=months(today, -20))  # fmt: skip
    ceremony_b = _weekday(min(today, max(dt.date(today.year, 1, 2), today - dt.timedelta(days=75))))
    voted_b = _weekday(ceremony_b - dt.timedelta(days=40))
    story.file(chau, voted_b - dt.timedelta(days=70), ["Nguyễn Thị Hoa"], youth=True)
    story.vote_and_propose(chau, voted_b)
    story.decide(chau, _weekday(voted_b + dt.timedelta(days=25)), "288-QĐ/ĐU")
    story.at(ceremony_b, lambda: chau.hold_ceremony(by=by, on=ceremony_b))

    # The ward's decision received, the ceremony due within 30 working days.
    linh = story.candidate("Phan Thị Diệu Linh", born=dt.date(1993, 5, 30), job="Giáo viên",
                           helper="Trịnh Thị Lan Anh", listed=months(today, -14))  # fmt: skip
    voted_c = _weekday(today - dt.timedelta(days=40))
    story.file(linh, voted_c - dt.timedelta(days=60), ["Trịnh Thị Lan Anh", "Bùi Thị Thu Hằng"])
    story.vote_and_propose(linh, voted_c)
    story.decide(linh, _weekday(today - dt.timedelta(days=20)), "305-QĐ/ĐU")

    # Proposed by the cell 100 days ago: the ward's decision (60 working days) is late.
    ngoc = story.candidate("Chu Thị Bảo Ngọc", born=dt.date(1992, 11, 11), job="Kế toán",
                           helper="Phùng Thị Thu Huyền", qualification="college", listed=months(today, -16))  # fmt: skip
    voted_d = _weekday(today - dt.timedelta(days=100))
    story.file(ngoc, voted_d - dt.timedelta(days=60), ["Phùng Thị Thu Huyền", "Cao Thị Mai Phương"])
    story.vote_and_propose(ngoc, voted_d)

    # The file in progress: letter and life history in, background check awaited.
    my = story.candidate("Tô Thị Hà My", born=dt.date(1998, 2, 14), job="Giáo viên", helper="Lương Thị Thảo",
                         listed=months(today, -8))  # fmt: skip
    story.file(my, today - dt.timedelta(days=50), [], until="life_history")

    # The awareness course done this year.
    quan = story.candidate("Mạc Văn Quân", born=dt.date(1995, 7, 3), job="Nhân viên văn phòng", gender="male",
                           helper="Lê Văn Hùng", listed=months(today, -6), qualification="college")  # fmt: skip
    course = today - dt.timedelta(days=25)
    story.at(
        course,
        lambda: quan.record_course(by=by, number="018/GCN-ĐU", issued_on=course, issuer=WARD),
    )

    story.run()
    return list(Candidate.objects.filter(cell=cell))
