"""One digest a day per person, with every reminder rule, idempotent per day."""

import datetime as dt

import pytest
from django.core import mail

from chibo.conftest import make_member, make_user
from chibo.meetings.models import Meeting, Task
from chibo.members.models import Member
from chibo.notifications.models import Notification
from chibo.notifications.reminders import collect, send_digests
from chibo.plans.tests.helpers import make_plan, make_topic

from .helpers import add_meeting, add_task

TODAY = dt.date(2026, 3, 10)
D = dt.timedelta


def _texts(member) -> list[str]:
    return [r.text for r in collect(TODAY).get(member, [])]


def test_a_preparer_hears_of_a_draft_due_within_two_days(world):
    add_meeting(world.cell, TODAY + D(10), status=Meeting.Status.PREPARING, preparers=[world.member],
                draft_due=TODAY + D(2), title="Học tập chuyên đề quý I")  # fmt: skip
    add_meeting(world.cell, TODAY + D(12), status=Meeting.Status.PREPARING, preparers=[world.member],
                draft_due=TODAY + D(3), title="Chưa đến lúc nhắc")  # fmt: skip
    assert _texts(world.member) == ["Nộp dự thảo “Học tập chuyên đề quý I”: hạn ngày 12/03/2026"]
    assert _texts(world.secretary) == []


def test_a_late_draft_is_called_late(world):
    add_meeting(world.cell, TODAY + D(10), status=Meeting.Status.PREPARING, preparers=[world.member],
                draft_due=TODAY - D(1), title="Chuyên đề")  # fmt: skip
    assert _texts(world.member) == ["Nộp dự thảo “Chuyên đề”: đã quá hạn ngày 09/03/2026"]


def test_a_submitted_draft_is_no_longer_asked_for(world):
    add_meeting(world.cell, TODAY + D(10), status=Meeting.Status.REVIEW, preparers=[world.member],
                draft_due=TODAY + D(1))  # fmt: skip
    assert _texts(world.member) == []


def test_the_chi_uy_hears_of_a_review_due(world):
    add_meeting(world.cell, TODAY + D(10), status=Meeting.Status.REVIEW, review_due=TODAY + D(1),
                title="Chuyên đề")  # fmt: skip
    assert _texts(world.secretary) == ["Chi ủy cho ý kiến dự thảo “Chuyên đề”: hạn ngày 11/03/2026"]
    assert _texts(world.member) == []  # not in the chi ủy


@pytest.mark.parametrize(("days_ahead", "reminded"), [(5, True), (6, False)])
def test_distribution_follows_the_cells_three_days(world, days_ahead, reminded):
    # The world's cell sends documents 3 days ahead: deadline = meeting day - 3.
    add_meeting(world.cell, TODAY + D(days_ahead), title="Chuyên đề")
    expected = ["Gửi tài liệu “Chuyên đề” cho đảng viên: chậm nhất ngày 12/03/2026 "
                "(trước buổi sinh hoạt 03 ngày)"]  # fmt: skip
    assert _texts(world.secretary) == (expected if reminded else [])


def test_distribution_uses_the_national_minimum_of_one_day(world):
    add_meeting(world.other_cell, TODAY + D(3), title="Thường kỳ")  # other cell: 1 day
    assert _texts(world.other_secretary) == [
        "Gửi tài liệu “Thường kỳ” cho đảng viên: chậm nhất ngày 12/03/2026 (trước buổi sinh hoạt 01 ngày)"
    ]


def test_distribution_uses_the_plans_days_when_stricter(world):
    topic = make_topic(make_plan(world.cell, days_before_distribution=7))
    add_meeting(
        world.cell, TODAY + D(9), title="Chuyên đề", topic=topic, kind=Meeting.Kind.THEMATIC
    )
    assert _texts(world.secretary) == [
        "Gửi tài liệu “Chuyên đề” cho đảng viên: chậm nhất ngày 12/03/2026 (trước buổi sinh hoạt 07 ngày)"
    ]


def test_distributed_documents_are_not_asked_for_again(world):
    add_meeting(world.cell, TODAY + D(4), status=Meeting.Status.DISTRIBUTED,
                distributed_at=dt.datetime(2026, 3, 5, tzinfo=dt.UTC))  # fmt: skip
    assert _texts(world.secretary) == []


def test_every_current_member_hears_of_tomorrows_meeting(world):
    gone = make_member(world.cell, "Trần Văn Đi", status=Member.Status.TRANSFERRED)
    add_meeting(world.cell, TODAY + D(1), status=Meeting.Status.DISTRIBUTED, title="Thường kỳ tháng 3",
                distributed_at=dt.datetime(2026, 3, 5, tzinfo=dt.UTC))  # fmt: skip
    line = "Ngày mai sinh hoạt chi bộ lúc 08:00 tại Phòng họp nhà trường: Thường kỳ tháng 3"
    assert _texts(world.member) == [line]
    assert _texts(world.secretary) == [line]
    assert _texts(gone) == []
    assert _texts(world.other_secretary) == []


def test_cancelled_and_postponed_meetings_remind_nobody(world):
    for status in (Meeting.Status.CANCELLED, Meeting.Status.POSTPONED):
        add_meeting(
            world.cell, TODAY + D(1), status=status, draft_due=TODAY, preparers=[world.member]
        )
    assert collect(TODAY) == {}


def test_owners_hear_of_tasks_due_in_three_days_and_of_late_ones(world):
    add_task(world.cell, [world.member], TODAY + D(3), title="Nộp bản đăng ký rèn luyện")
    add_task(world.cell, [world.member], TODAY - D(2), title="Rà soát hồ sơ")
    add_task(world.cell, [world.member], TODAY + D(4), title="Còn xa")
    add_task(world.cell, [world.member], TODAY - D(5), title="Đã xong", status=Task.Status.DONE)
    add_task(world.cell, [world.secretary], TODAY, title="Của Bí thư")
    assert _texts(world.member) == [
        "Nhiệm vụ quá hạn từ ngày 08/03/2026: Rà soát hồ sơ",
        "Nhiệm vụ đến hạn ngày 13/03/2026: Nộp bản đăng ký rèn luyện",
    ]
    assert _texts(world.secretary) == ["Nhiệm vụ đến hạn ngày 10/03/2026: Của Bí thư"]


def test_each_person_gets_one_digest_with_everything_most_urgent_first(world, immediate_tasks):
    world.member.email = "ha@example.vn"
    world.member.save()
    add_meeting(world.cell, TODAY + D(1), status=Meeting.Status.DISTRIBUTED, title="Thường kỳ",
                distributed_at=dt.datetime(2026, 3, 5, tzinfo=dt.UTC))  # fmt: skip
    add_task(world.cell, [world.member], TODAY + D(2), title="Nộp bản đăng ký")
    add_task(world.cell, [world.member], TODAY - D(1), title="Rà soát hồ sơ")
    assert send_digests(TODAY) == 2  # the member and the Bí thư
    digest = Notification.objects.get(user=world.member.user)
    assert digest.kind == "reminder.digest"
    assert digest.title == "Nhắc việc ngày 10/03/2026: 3 việc cần lưu ý"
    assert digest.dedupe_key == f"digest:{world.member.user_id}:2026-03-10"
    lines = digest.body.splitlines()
    assert lines[0::2] == [
        "- Nhiệm vụ quá hạn từ ngày 09/03/2026: Rà soát hồ sơ",
        "- Ngày mai sinh hoạt chi bộ lúc 08:00 tại Phòng họp nhà trường: Thường kỳ",
        "- Nhiệm vụ đến hạn ngày 12/03/2026: Nộp bản đăng ký",
    ]
    assert all(line.startswith("  http://127.0.0.1:8000/") for line in lines[1::2])
    [letter] = mail.outbox
    assert letter.subject == "[Chi bộ số] Nhắc việc ngày 10/03/2026: 3 việc cần lưu ý"
    assert "- Nhiệm vụ quá hạn từ ngày 09/03/2026: Rà soát hồ sơ" in letter.body


def test_a_second_run_on_the_same_day_sends_nothing_new(world, immediate_tasks):
    world.member.email = "ha@example.vn"
    world.member.save()
    add_task(world.cell, [world.member], TODAY + D(1))
    assert send_digests(TODAY) == 1
    assert send_digests(TODAY) == 0
    assert Notification.objects.count() == 1
    assert len(mail.outbox) == 1
    assert send_digests(TODAY + D(1)) == 1  # a new day, a new digest


def test_a_member_without_login_gets_the_digest_by_email_once(world, immediate_tasks):
    offline = make_member(world.cell, "Lê Văn Bình", email="binh@example.vn")
    add_task(world.cell, [offline], TODAY)
    send_digests(TODAY)
    send_digests(TODAY)
    assert [m.to for m in mail.outbox] == [["binh@example.vn"]]
    assert Notification.objects.get().dedupe_key == f"digest:m{offline.pk}:2026-03-10"


def test_collecting_costs_a_fixed_number_of_queries(world, django_assert_num_queries):
    for i in range(15):
        person = make_member(world.cell, f"Đảng viên {i}", user=make_user(f"u{i}"))
        add_task(world.cell, [person, world.member], TODAY + D(i % 5))
        add_meeting(world.cell, TODAY + D(1 + i), status=Meeting.Status.PREPARING, preparers=[person],
                    draft_due=TODAY + D(i % 3))  # fmt: skip
    # meetings, the committees' parameters, preparers, cell members, tasks, owners, admission
    # files (none here: their chi ủy would be one more, see chibo/admissions/tests/test_deadlines.py)
    with django_assert_num_queries(7):
        found = collect(TODAY)
    assert len(found) == 17
