"""What a first-time Bí thư stumbled on at 360 px, fixed: each page says what to do next,
refuses with a reason, keeps what was typed, and speaks Vietnamese only."""

import datetime as dt

import pytest
from django.urls import reverse

from chibo.meetings.models import Meeting
from chibo.meetings.tests.helpers import distributed, make_meeting, reviewed

pytestmark = pytest.mark.django_db


def test_after_saving_a_draft_the_editor_offers_to_send_it_to_the_chi_uy(world, secretary_client):
    meeting = make_meeting(world)
    meeting.assign_preparers([world.secretary], by=world.secretary.user)
    url = reverse("meetings:draft", args=[meeting.pk])
    submit = reverse("meetings:submit", args=[meeting.pk])
    assert submit not in secretary_client.get(url).content.decode()  # nothing to send yet

    secretary_client.post(url, {"text": "Dự thảo.", "note": ""})
    body = secretary_client.get(url).content.decode()
    assert submit in body and "Gửi chi ủy cho ý kiến" in body


def test_the_distribute_page_says_an_unapproved_draft_cannot_be_sent(world, secretary_client):
    meeting = make_meeting(world)
    meeting.assign_preparers([world.secretary], by=world.secretary.user)
    meeting.save_draft(by=world.secretary.user, text="Dự thảo.")
    meeting.submit_draft(by=world.secretary.user)
    url = reverse("meetings:distribute", args=[meeting.pk])

    body = secretary_client.get(url).content.decode()
    assert "chưa được chi ủy duyệt" in body and "<textarea" not in body

    refused = secretary_client.post(url, {"reason": "Gấp"}).content.decode()
    assert "Dự thảo chưa được chi ủy duyệt nên chưa gửi cho đảng viên được." in refused
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.REVIEW and meeting.distributed_at is None


def test_once_approved_the_next_step_is_to_send_the_documents(world, secretary_client):
    meeting = reviewed(world)
    body = secretary_client.get(reverse("meetings:distribute", args=[meeting.pk])).content.decode()
    assert "<textarea" in body and "chưa được chi ủy duyệt" not in body


def test_a_refused_conclusion_keeps_the_text_the_chair_typed(world, secretary_client):
    meeting = distributed(world, days_ahead=-1)
    start = meeting.starts_at
    meeting.hold(
        by=world.secretary.user, actual_start=start, actual_end=start + dt.timedelta(hours=2)
    )
    text = "Chi bộ thống nhất ba nhóm giải pháp."
    response = secretary_client.post(
        reverse("meetings:conclude", args=[meeting.pk]), {"text": text}, follow=True
    )
    body = response.content.decode()
    assert "Chưa điểm danh đủ" in body and text in body
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.HELD and meeting.conclusion == ""


def test_meeting_forms_have_no_english_placeholder_and_back_links_are_tap_targets(
    world, secretary_client
):
    body = secretary_client.get(reverse("meetings:create", args=[world.cell.pk])).content.decode()
    assert "Select an option" not in body and "— Chọn —" in body
    assert '<p class="back">' in body and "meetings/meetings.css" in body
