import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from chibo.meetings.errors import MeetingError
from chibo.meetings.models import Task
from chibo.meetings.tests.helpers import distributed, held, make_meeting, make_task

pytestmark = pytest.mark.django_db


def test_an_unfinished_task_past_its_deadline_shows_as_overdue(world):
    task = make_task(world, days=-1)
    assert task.display_status() == Task.Status.OVERDUE
    assert list(Task.objects.overdue()) == [task]
    task.mark_done(by=world.member.user)
    assert task.display_status() == Task.Status.DONE


def test_the_owner_marks_own_task_done_but_another_member_cannot(world):
    from chibo.conftest import make_member, make_user

    other = make_member(world.cell, "Lê Văn Tám", user=make_user("tam"))
    task = make_task(world)
    with pytest.raises(MeetingError, match="Chỉ người được giao"):
        task.mark_done(by=other.user)
    task.mark_done(by=world.member.user, note="Đã nộp hồ sơ")
    assert task.status == Task.Status.DONE and task.notes.get().text == "Đã nộp hồ sơ"


def test_dropping_needs_a_reason_and_the_chi_uy(world):
    task = make_task(world)
    with pytest.raises(MeetingError):
        task.drop(by=world.member.user, reason="x")
    with pytest.raises(MeetingError, match="lý do"):
        task.drop(by=world.secretary.user, reason="")
    task.drop(by=world.secretary.user, reason="Không còn phù hợp")
    assert task.status == Task.Status.DROPPED


def test_unfinished_tasks_are_carried_into_the_next_meeting(world, member_client):
    first = held(world, days_ahead=-30)
    task = make_task(world, first)
    done = make_task(world, first)
    done.mark_done(by=world.member.user)
    nxt = distributed(world, days_ahead=-1)
    body = member_client.get(reverse("meetings:detail", args=[nxt.pk])).content.decode()
    assert "Nhiệm vụ chưa hoàn thành từ các kỳ trước" in body and task.title in body
    nxt.record_attendance(world.member, "present", by=world.secretary.user)
    nxt.hold(
        by=world.secretary.user,
        actual_start=nxt.starts_at,
        actual_end=nxt.starts_at + dt.timedelta(hours=2),
    )
    task.refresh_from_db()
    done.refresh_from_db()
    assert task.carried_into == nxt and done.carried_into is None


def test_my_tasks_lists_only_my_tasks(world, member_client, secretary_client):
    mine = make_task(world)
    theirs = make_task(world, owners=[world.secretary])
    body = member_client.get(reverse("meetings:my_tasks")).content.decode()
    assert mine.title in body and reverse("meetings:task", args=[theirs.pk]) not in body


def test_the_owner_updates_progress_through_the_page(world, member_client):
    task = make_task(world)
    response = member_client.post(
        reverse("meetings:task", args=[task.pk]), {"note": "Đang làm", "status": "in_progress"}
    )
    assert response.status_code == 302
    assert Task.objects.get(pk=task.pk).status == Task.Status.IN_PROGRESS


def test_a_member_registers_a_commitment_after_the_meeting(world, member_client):
    meeting = held(world)
    member_client.post(
        reverse("meetings:commitment", args=[meeting.pk]), {"text": "Đổi mới phương pháp"}
    )
    assert meeting.commitments.get().member == world.member


def test_tasks_cannot_be_given_to_another_cells_member(world):
    with pytest.raises(MeetingError):
        Task.assign(cell=world.cell, by=world.secretary.user, title="x", owners=[world.other_secretary],
                    deadline=timezone.localdate(), meeting=make_meeting(world))  # fmt: skip
