import datetime as dt

import pytest

from chibo.audit.models import AuditEntry
from chibo.meetings.errors import MeetingError
from chibo.meetings.models import Meeting
from chibo.meetings.tests.helpers import concluded, distributed, held, make_meeting, reviewed

pytestmark = pytest.mark.django_db


def test_a_meeting_walks_from_planned_to_concluded_and_each_step_is_audited(world):
    meeting = concluded(world)
    assert meeting.status == Meeting.Status.CONCLUDED
    actions = set(AuditEntry.objects.filter(object_type="meetings.meeting", object_id=str(meeting.pk))
                  .values_list("action", flat=True))  # fmt: skip
    assert {"meeting.plan", "meeting.assign_preparers", "meeting.save_draft", "meeting.submit_draft",
            "meeting.approve_draft", "meeting.distribute", "meeting.attendance", "meeting.hold",
            "meeting.conclude"} <= actions  # fmt: skip


def test_distributing_an_unreviewed_draft_is_refused_and_nothing_changes(world):
    meeting = make_meeting(world)
    meeting.assign_preparers([world.member], by=world.secretary.user)
    meeting.save_draft(by=world.member.user, text="Dự thảo")
    meeting.submit_draft(by=world.member.user)
    with pytest.raises(MeetingError, match="chưa được chi ủy duyệt"):
        meeting.distribute(by=world.secretary.user)
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.REVIEW
    assert meeting.distributed_at is None


def test_a_new_version_after_approval_needs_approval_again(world):
    meeting = reviewed(world)
    meeting.request_changes(by=world.secretary.user)
    meeting.save_draft(by=world.secretary.user, text="Bản sửa")
    meeting.submit_draft(by=world.secretary.user)
    with pytest.raises(MeetingError, match="chưa được chi ủy duyệt"):
        meeting.distribute(by=world.secretary.user)


def test_concluding_with_no_attendance_is_refused(world):
    meeting = distributed(world, days_ahead=-1)
    start = meeting.starts_at
    meeting.hold(
        by=world.secretary.user, actual_start=start, actual_end=start + dt.timedelta(minutes=100)
    )
    with pytest.raises(MeetingError, match="Chưa điểm danh đủ: còn 2 đồng chí"):
        meeting.conclude(by=world.secretary.user, text="Kết luận")
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.HELD and meeting.conclusion == ""


def test_concluding_without_a_conclusion_text_is_refused(world):
    meeting = held(world)
    with pytest.raises(MeetingError, match="nội dung kết luận"):
        meeting.conclude(by=world.secretary.user, text="  ")


def test_closing_an_incomplete_dossier_lists_what_is_missing(world):
    meeting = concluded(world, kind=Meeting.Kind.THEMATIC)
    with pytest.raises(MeetingError) as error:
        meeting.close(by=world.secretary.user)
    message = str(error.value)
    assert "Kế hoạch sinh hoạt chuyên đề" in message
    assert "Biên bản đã ký" in message
    assert "Báo cáo gửi Đảng ủy" in message
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CONCLUDED


def test_a_member_cannot_approve_distribute_or_conclude(world):
    meeting = reviewed(world)
    for verb in (lambda: meeting.approve_draft(by=world.member.user),
                 lambda: meeting.distribute(by=world.member.user)):  # fmt: skip
        with pytest.raises(MeetingError, match="Chỉ"):
            verb()
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.REVIEW


def test_an_officer_cannot_change_anything(world):
    meeting = reviewed(world)
    for verb in (lambda: meeting.distribute(by=world.officer),
                 lambda: meeting.cancel(by=world.officer, reason="x"),
                 lambda: meeting.save_draft(by=world.officer, text="x")):  # fmt: skip
        with pytest.raises(MeetingError):
            verb()
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.REVIEW


def test_a_short_meeting_is_recorded_with_a_finding_not_refused(world):
    meeting = distributed(world, days_ahead=-1)
    start = meeting.starts_at
    finding = meeting.hold(
        by=world.secretary.user, actual_start=start, actual_end=start + dt.timedelta(minutes=60)
    )
    assert "60 phút, ít hơn 90 phút" in finding
    assert meeting.status == Meeting.Status.HELD


def test_a_combined_session_needs_120_minutes(world):
    regular = make_meeting(world)
    meeting = distributed(world, kind=Meeting.Kind.THEMATIC, combined_with=regular, days_ahead=-1)
    start = meeting.starts_at
    finding = meeting.hold(
        by=world.secretary.user, actual_start=start, actual_end=start + dt.timedelta(minutes=100)
    )
    assert "120 phút" in finding


def test_postpone_and_reschedule_return_to_the_previous_step(world):
    meeting = reviewed(world)
    with pytest.raises(MeetingError, match="lý do"):
        meeting.postpone(by=world.secretary.user, reason="")
    meeting.postpone(by=world.secretary.user, reason="Trùng lịch họp hội đồng")
    assert meeting.status == Meeting.Status.POSTPONED
    meeting.reschedule(by=world.secretary.user, starts_at=meeting.starts_at + dt.timedelta(days=7))
    assert meeting.status == Meeting.Status.REVIEW


def test_cancel_needs_a_reason_and_a_held_meeting_cannot_be_cancelled(world):
    meeting = held(world)
    with pytest.raises(MeetingError, match="Không thể hủy"):
        meeting.cancel(by=world.secretary.user, reason="Lý do")
