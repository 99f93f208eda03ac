"""The meetings router as mounted on /api/v1/: every transition verb, the officer's
acknowledgement, and a meeting list that costs the same queries for few and many meetings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.utils import timezone

from chibo.audit.models import AuditEntry
from chibo.meetings.models import Meeting, MeetingReport
from chibo.meetings.tests.helpers import make_meeting

from . import makers as mk
from .conftest import api_client_for


def _times(meeting: Meeting) -> dict[str, str]:
    start = meeting.starts_at
    return {
        "actual_start": start.isoformat(),
        "actual_end": (start + dt.timedelta(minutes=120)).isoformat(),
    }


# verb → (who calls, how the meeting is built, payload, the status after)
VERBS: dict[str, tuple[str, Callable[[Any], Meeting], Callable[[Meeting], dict[str, Any]], str]] = {
    "submit_draft": ("member", mk.drafted_meeting, lambda m: {}, "review"),
    "request_changes": ("secretary", mk.submitted_meeting, lambda m: {"reason": "Bổ sung số liệu."}, "preparing"),
    "approve_draft": ("secretary", mk.submitted_meeting, lambda m: {}, "review"),
    "distribute": ("secretary", mk.reviewed_meeting, lambda m: {}, "distributed"),
    "hold": ("secretary", mk.distributed_with_roll_call, _times, "held"),
    "conclude": ("secretary", mk.held_meeting, lambda m: {"text": "Chi bộ thống nhất."}, "concluded"),
    "close": ("secretary", mk.closable_meeting, lambda m: {}, "closed"),
    "postpone": ("secretary", mk.planned_meeting, lambda m: {"reason": "Trùng lịch."}, "postponed"),
    "reschedule": ("secretary", mk.postponed_meeting,
                   lambda m: {"starts_at": (m.starts_at + dt.timedelta(days=7)).isoformat()}, "planned"),
    "cancel": ("secretary", mk.planned_meeting, lambda m: {"reason": "Không đủ điều kiện."}, "cancelled"),
}  # fmt: skip


@pytest.mark.parametrize("verb", list(VERBS))
def test_each_transition_verb_moves_the_meeting_and_writes_the_audit_log(world, verb):
    who, build, payload, after = VERBS[verb]
    meeting = build(world)
    before = AuditEntry.objects.filter(action=f"meeting.{verb}").count()

    response = api_client_for(world, who).post(
        f"meetings/{meeting.pk}/transitions/{verb}", payload(meeting)
    )

    assert response.status_code == 200, response.content.decode()
    assert response.json()["meeting"]["status"] == after
    assert Meeting.objects.get(pk=meeting.pk).status == after
    assert AuditEntry.objects.filter(action=f"meeting.{verb}").count() == before + 1


def test_an_unknown_verb_is_refused_in_vietnamese(world, secretary_api):
    meeting = make_meeting(world)
    response = secretary_api.post(f"meetings/{meeting.pk}/transitions/publish")
    assert response.status_code == 422
    assert response.json()["errors"][0]["message"].startswith("Giá trị không nằm trong danh sách")


def test_a_transition_illegal_in_the_state_is_a_400_that_changes_nothing(world, secretary_api):
    meeting = make_meeting(world)
    response = secretary_api.post(f"meetings/{meeting.pk}/transitions/conclude", {"text": "Xong"})
    assert response.status_code == 400
    assert "kết luận" in response.json()["detail"]
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.PLANNED


def test_the_officer_acknowledges_the_report_with_a_comment(world, officer_api):
    meeting = mk.reported_meeting(world)
    response = officer_api.post(
        f"meetings/{meeting.pk}/report/acknowledge", {"comment": "Đã nhận, đề nghị nhân rộng."}
    )
    assert response.status_code == 200, response.content.decode()
    assert response.json()["committee_comment"] == "Đã nhận, đề nghị nhân rộng."
    report = MeetingReport.objects.get(meeting=meeting)
    assert report.acknowledged_by == world.officer and report.acknowledged_at is not None


def test_acknowledging_before_the_report_is_sent_is_a_400(world, officer_api):
    meeting = mk.held_meeting(world)
    response = officer_api.post(f"meetings/{meeting.pk}/report/acknowledge")
    assert response.status_code == 400
    assert response.json()["detail"] == "Chi bộ chưa gửi báo cáo."


def _meetings(world: Any, count: int) -> None:
    start = timezone.now() + dt.timedelta(days=3)
    for i in range(count):
        Meeting.plan(cell=world.cell, by=world.secretary.user, kind=Meeting.Kind.REGULAR,
                     title=f"Sinh hoạt số {i}", starts_at=start + dt.timedelta(days=i))  # fmt: skip


def test_the_meeting_list_costs_the_same_queries_for_2_and_25_meetings(
    world, member_api, django_assert_num_queries
):
    url = f"cells/{world.cell.pk}/meetings"
    member_api.get(url)  # first use stamps the token's last_used_at
    counts = []
    for total in (2, 25):
        _meetings(world, total - Meeting.objects.count())
        # token+user with the viewer's membership, cell, list, the committees' parameters
        with django_assert_num_queries(4) as captured:
            response = member_api.get(url)
        assert len(response.json()) == total
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]
