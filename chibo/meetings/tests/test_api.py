import pytest

from chibo.meetings.models import Attendance, Meeting, Task
from chibo.meetings.tests.helpers import distributed, make_meeting, make_task, reviewed

pytestmark = [pytest.mark.django_db, pytest.mark.urls("chibo.meetings.tests.api_urls")]


def test_members_list_meetings_and_other_cells_get_404(world, member_client, other_client):
    meeting = make_meeting(world)
    data = member_client.get(f"/api/cells/{world.cell.pk}/meetings").json()
    assert [m["id"] for m in data] == [meeting.pk] and data[0]["status_display"] == "Dự kiến"
    assert other_client.get(f"/api/meetings/{meeting.pk}").status_code == 404


def test_the_secretary_creates_a_meeting_and_a_member_cannot(
    world, secretary_client, member_client
):
    payload = {"kind": "regular", "title": "Sinh hoạt tháng 12", "starts_at": "2026-12-03T08:00:00+07:00",
               "preparer_ids": [world.member.pk]}  # fmt: skip
    url = f"/api/cells/{world.cell.pk}/meetings"
    assert member_client.post(url, payload, content_type="application/json").status_code == 403
    response = secretary_client.post(url, payload, content_type="application/json")
    assert response.status_code == 201 and response.json()["status"] == "preparing"


def test_a_refused_transition_is_a_400_with_the_vietnamese_reason(world, secretary_client):
    meeting = make_meeting(world)
    meeting.assign_preparers([world.secretary], by=world.secretary.user)
    meeting.save_draft(by=world.secretary.user, text="Dự thảo")
    meeting.submit_draft(by=world.secretary.user)
    response = secretary_client.post(
        f"/api/meetings/{meeting.pk}/transitions/distribute", {}, content_type="application/json"
    )
    assert response.status_code == 400 and "chưa được chi ủy duyệt" in response.json()["detail"]
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.REVIEW


def test_transitions_call_the_model_verbs(world, secretary_client):
    meeting = reviewed(world)
    response = secretary_client.post(
        f"/api/meetings/{meeting.pk}/transitions/distribute", {}, content_type="application/json"
    )
    assert response.status_code == 200 and response.json()["meeting"]["status"] == "distributed"


def test_attendance_votes_and_officer_read_only(world, secretary_client, officer_client):
    meeting = distributed(world)
    url = f"/api/meetings/{meeting.pk}/attendance/{world.member.pk}"
    assert (
        officer_client.put(url, {"status": "present"}, content_type="application/json").status_code
        == 403
    )
    assert (
        secretary_client.put(
            url, {"status": "present"}, content_type="application/json"
        ).status_code
        == 200
    )
    assert Attendance.objects.get(meeting=meeting).status == "present"
    rows = officer_client.get(f"/api/meetings/{meeting.pk}/attendance").json()
    assert {r["full_name"]: r["status"] for r in rows}["Phạm Thị Thu Hà"] == "present"
    vote = secretary_client.post(f"/api/meetings/{meeting.pk}/votes", {"subject": "NQ", "votes_for": 1,
                                 "votes_against": 0}, content_type="application/json").json()  # fmt: skip
    assert vote["denominator"] == 2 and vote["passed"] is False


def test_my_tasks_and_progress(world, member_client):
    task = make_task(world, days=-2)
    data = member_client.get("/api/tasks/mine").json()
    assert data[0]["id"] == task.pk and data[0]["status"] == "overdue"
    response = member_client.post(f"/api/tasks/{task.pk}/progress", {"note": "Xong", "status": "done"},
                                  content_type="application/json")  # fmt: skip
    assert response.status_code == 200 and Task.objects.get().status == "done"
