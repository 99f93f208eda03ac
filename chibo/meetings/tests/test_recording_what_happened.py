"""Recording what really happened: a regular meeting prepared on paper is recorded without the
draft chain, its skipped steps become findings with their rule; times in the future are
refused; a meeting held before its day asks for confirmation; the meeting's secretary takes
the roll call and writes the minutes; distribution and duration follow the committee."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from chibo.audit.models import AuditEntry
from chibo.conftest import make_member, make_user
from chibo.meetings.errors import MeetingError, NeedsConfirmation
from chibo.meetings.models import Attendance, Meeting
from chibo.meetings.tests.helpers import distributed, make_meeting, reviewed, roll_call
from chibo.organizations.models import CommitteeSetting
from chibo.rules import meetings as meeting_rules

pytestmark = pytest.mark.django_db


def _hold_at_schedule(world, meeting: Meeting, minutes: int = 120) -> str:
    start = meeting.starts_at
    return meeting.hold(by=world.secretary.user, actual_start=start,
                        actual_end=start + dt.timedelta(minutes=minutes))  # fmt: skip


def test_a_regular_meeting_is_recorded_without_the_draft_chain_and_shows_its_findings(
    world, secretary_client
):
    meeting = make_meeting(world, days_ahead=-2)  # held two days ago; never drafted in the app
    assert meeting.status == Meeting.Status.PLANNED and meeting.preparation_findings() == []
    roll_call(world, meeting)
    _hold_at_schedule(world, meeting)
    meeting.edit_minutes(by=world.secretary.user, text="Diễn biến buổi họp.", expected_version=1)
    meeting.conclude(by=world.secretary.user, text="Chi bộ thống nhất nhiệm vụ tháng tới.")
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CONCLUDED and meeting.minutes == "Diễn biến buổi họp."
    findings = meeting.preparation_findings()
    assert [text for text, _ in findings] == [
        "Không ghi nhận dự thảo nội dung sinh hoạt được chuẩn bị trước buổi sinh hoạt.",
        "Tài liệu không được gửi cho đảng viên trước buổi sinh hoạt.",
    ]
    assert [c for _, c in findings] == [
        meeting_rules.SOURCE_PREPARATION,
        meeting_rules.SOURCE_DAYS_BEFORE,
    ]
    # The draft is not a missing dossier item for a regular meeting: a finding, not a lock.
    assert "Dự thảo đã được chi ủy duyệt" not in meeting.dossier_missing()
    body = secretary_client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "Việc chuẩn bị chưa đúng quy định" in body
    assert "Tài liệu không được gửi cho đảng viên trước buổi sinh hoạt." in body
    assert meeting_rules.SOURCE_DAYS_BEFORE.full in body
    assert AuditEntry.objects.filter(
        action="meeting.hold", after__without_distribution=True
    ).exists()


def test_the_preparation_recorded_after_the_fact_leaves_only_what_was_late(world, secretary_client):
    meeting = make_meeting(world, days_ahead=-2)
    held_on = meeting.meeting_day
    response = secretary_client.post(reverse("meetings:preparation", args=[meeting.pk]), {
        "draft_prepared_on": f"{held_on - dt.timedelta(days=6):%Y-%m-%d}",
        "draft_reviewed_on": f"{held_on - dt.timedelta(days=4):%Y-%m-%d}",
        "documents_sent_on": f"{held_on - dt.timedelta(days=1):%Y-%m-%d}",
        "note": "Dự thảo do đồng chí thư ký chuẩn bị trên giấy.",
    })  # fmt: skip
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.DISTRIBUTED and meeting.distributed_outside
    assert meeting.sent_on == held_on - dt.timedelta(days=1)
    roll_call(world, meeting)
    _hold_at_schedule(world, meeting)
    findings = meeting.preparation_findings()
    # The world's cell sends 3 days ahead: one day is late, with the cell's own rule.
    assert len(findings) == 1
    text, citation = findings[0]
    assert (
        "trước buổi sinh hoạt 1 ngày; phải gửi trước ít nhất 3 ngày (theo kế hoạch của chi bộ)"
        in text
    )
    assert citation == meeting_rules.SOURCE_DAYS_BEFORE
    body = secretary_client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "(ngoài phần mềm)" in body and "Dự thảo do đồng chí thư ký chuẩn bị trên giấy." in body
    assert AuditEntry.objects.filter(action="meeting.record_preparation").count() == 1


def test_recorded_preparation_refuses_future_dates_and_steps_out_of_order(world):
    meeting = make_meeting(world, days_ahead=-2)
    by = world.secretary.user
    today = timezone.localdate()
    with pytest.raises(MeetingError, match="không thể ở tương lai"):
        meeting.record_preparation(by=by, draft_prepared_on=today + dt.timedelta(days=1))
    with pytest.raises(MeetingError, match="phải trước ngày họp"):
        meeting.record_preparation(by=by, documents_sent_on=today)
    with pytest.raises(MeetingError, match="không thể trước ngày chuẩn bị xong dự thảo"):
        meeting.record_preparation(by=by, draft_prepared_on=today - dt.timedelta(days=5),
                                   draft_reviewed_on=today - dt.timedelta(days=6))  # fmt: skip
    with pytest.raises(MeetingError, match="ít nhất một bước"):
        meeting.record_preparation(by=by)
    with pytest.raises(MeetingError, match="Chỉ Bí thư"):
        meeting.record_preparation(by=world.member.user, note="x")
    meeting.refresh_from_db()
    assert (meeting.draft_prepared_on, meeting.draft_reviewed_on, meeting.distributed_at) == (
        None,
        None,
        None,
    )


def test_a_thematic_meeting_keeps_the_draft_chain(world):
    meeting = make_meeting(world, kind=Meeting.Kind.THEMATIC, days_ahead=-2)
    with pytest.raises(MeetingError, match="Không thể điểm danh"):
        meeting.record_attendance(world.member, Attendance.Status.PRESENT, by=world.secretary.user)
    with pytest.raises(MeetingError, match="Không thể ghi nhận đã họp"):
        _hold_at_schedule(world, meeting)
    with pytest.raises(MeetingError, match="sinh hoạt chuyên đề cần dự thảo"):
        meeting.record_preparation(by=world.secretary.user, note="Trên giấy")
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.PLANNED


def test_future_actual_times_are_refused_and_nothing_changes(world):
    meeting = distributed(world, days_ahead=-1)
    now = timezone.now()
    with pytest.raises(MeetingError) as refused:
        meeting.hold(by=world.secretary.user, actual_start=now + dt.timedelta(hours=1),
                     actual_end=now + dt.timedelta(hours=3))  # fmt: skip
    assert str(refused.value) == "Giờ bắt đầu thực tế không thể ở tương lai."
    with pytest.raises(MeetingError, match="Giờ kết thúc thực tế không thể ở tương lai."):
        meeting.hold(by=world.secretary.user, actual_start=now - dt.timedelta(hours=1),
                     actual_end=now + dt.timedelta(hours=1))  # fmt: skip
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.DISTRIBUTED and meeting.actual_start is None


def test_holding_before_the_scheduled_day_needs_a_confirmation(world):
    meeting = distributed(world, days_ahead=3)
    now = timezone.now()
    times = {
        "actual_start": now - dt.timedelta(hours=2),
        "actual_end": now - dt.timedelta(minutes=5),
    }
    with pytest.raises(NeedsConfirmation, match="sớm hơn lịch"):
        meeting.hold(by=world.secretary.user, **times)
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.DISTRIBUTED
    meeting.hold(by=world.secretary.user, confirm_early=True, **times)
    assert meeting.status == Meeting.Status.HELD
    assert AuditEntry.objects.filter(action="meeting.hold", after__early=True).exists()


def test_the_room_asks_for_the_confirmation_and_then_records_it(world, secretary_client):
    meeting = distributed(world, days_ahead=3)
    roll_call(world, meeting)
    room = secretary_client.get(reverse("meetings:room", args=[meeting.pk])).content.decode()
    assert "Xác nhận đã họp sớm hơn lịch" in room
    end = timezone.localtime().replace(second=0, microsecond=0) - dt.timedelta(minutes=1)
    data = {"actual_start": f"{end - dt.timedelta(minutes=100):%Y-%m-%dT%H:%M}",
            "actual_end": f"{end:%Y-%m-%dT%H:%M}"}  # fmt: skip
    url = reverse("meetings:hold", args=[meeting.pk])
    refused = secretary_client.post(url, data, follow=True).content.decode()
    assert "sớm hơn lịch" in refused
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.DISTRIBUTED
    secretary_client.post(url, {**data, "confirm_early": "on"})
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.HELD


def test_the_hold_form_never_offers_a_time_in_the_future(world, secretary_client):
    meeting = distributed(world, days_ahead=3)
    room = secretary_client.get(reverse("meetings:room", args=[meeting.pk])).content.decode()
    scheduled = timezone.localtime(meeting.starts_at)
    assert f'value="{scheduled:%Y-%m-%dT%H:%M}"' not in room


def test_the_meetings_secretary_off_the_chi_uy_takes_the_roll_call_and_writes_the_minutes(world):
    clerk = make_member(world.cell, "Vũ Thị Lệ", user=make_user("thuky"))
    other = make_member(world.cell, "Đặng Thị Mai", user=make_user("khac"))
    meeting = make_meeting(world, days_ahead=-1, secretary=clerk)
    meeting.record_attendance(world.member, Attendance.Status.PRESENT, by=clerk.user)
    meeting.edit_minutes(by=clerk.user, text="Biên bản do thư ký ghi.", expected_version=1)
    with pytest.raises(MeetingError, match="thư ký của buổi sinh hoạt"):
        meeting.record_attendance(world.member, Attendance.Status.ABSENT, by=other.user)
    start = meeting.starts_at
    with pytest.raises(MeetingError, match="Chỉ Bí thư"):  # "đã họp" stays with the chi ủy
        meeting.hold(by=clerk.user, actual_start=start, actual_end=start + dt.timedelta(hours=2))
    meeting.refresh_from_db()
    assert meeting.minutes == "Biên bản do thư ký ghi."
    assert meeting.attendances.get(member=world.member).status == Attendance.Status.PRESENT


def test_the_secretarys_pages_open_for_them_only(world):
    from django.test import Client

    clerk = make_member(world.cell, "Vũ Thị Lệ", user=make_user("thuky"))
    meeting = make_meeting(world, days_ahead=-1, secretary=clerk)
    client = Client()
    client.force_login(clerk.user)
    assert client.get(reverse("meetings:minutes", args=[meeting.pk])).status_code == 200
    assert client.get(reverse("meetings:room", args=[meeting.pk])).status_code == 200
    response = client.post(reverse("meetings:attendance", args=[meeting.pk, world.member.pk]),
                           {"status": "present"})  # fmt: skip
    assert response.status_code == 302 and meeting.attendances.count() == 1
    plain = Client()
    plain.force_login(world.member.user)
    assert plain.get(reverse("meetings:minutes", args=[meeting.pk])).status_code == 403


# -- the committee's setting ----------------------------------------------------------------


@pytest.fixture
def committee_asks(world):
    """The province above sets 5 days ahead; the ward 60 minutes (its cells are small)."""
    by = world.officer
    CommitteeSetting.change(committee=world.committee.parent, rule_code="draft_on_time",
                            params={"min_days": 5}, by=by)  # fmt: skip
    CommitteeSetting.change(committee=world.committee, rule_code="meeting_duration",
                            params={"min_minutes": 60, "min_combined_minutes": 120}, by=by)  # fmt: skip


def test_distribution_follows_the_committee_setting(world, secretary_client, committee_asks):
    meeting = reviewed(world)  # the cell itself asks 3 days
    assert meeting.required_days_before == 5
    assert meeting.days_ahead_rule.source == meeting_rules.SOURCE_COMMITTEE_DAYS
    with pytest.raises(MeetingError, match="ít nhất 5 ngày"):
        meeting.distribute(by=world.secretary.user, at=meeting.starts_at - dt.timedelta(days=4))
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.REVIEW
    body = secretary_client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "Gửi tài liệu trước ít nhất 5 ngày" in body


def test_the_duration_finding_follows_the_committee_setting(world, committee_asks):
    meeting = distributed(world, days_ahead=-1)
    assert _hold_at_schedule(world, meeting, minutes=70) == ""
    assert meeting.duration_rule.startswith("Thời lượng tối thiểu 60 phút")


def test_without_a_committee_setting_the_national_minimum_applies(world):
    meeting = distributed(world, days_ahead=-1)
    assert "ít hơn 90 phút" in _hold_at_schedule(world, meeting, minutes=70)


def test_a_cell_without_a_chi_uy_is_told_that_the_bi_thu_reviews(world, secretary_client):
    from django.urls import reverse

    from chibo.meetings.tests.helpers import make_meeting as plan_meeting

    meeting = plan_meeting(world)
    html = secretary_client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "Bí thư, Phó Bí thư đang cho ý kiến dự thảo" in html
    assert "Chi ủy đang cho ý kiến" not in html
    form = secretary_client.get(reverse("meetings:edit", args=[meeting.pk])).content.decode()
    assert "Hạn Bí thư, Phó Bí thư cho ý kiến" in form
