"""A comment written offline is sent again until it arrives, and saved exactly once: each comment
carries a key the phone made (client_key), unique per member, so a resend finds it."""

from __future__ import annotations

import uuid

import pytest
from django.db import IntegrityError
from django.urls import reverse

from chibo.meetings.errors import MeetingError
from chibo.meetings.models import MemberComment

from .helpers import distributed

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def test_a_resent_comment_returns_the_saved_one_and_is_stored_once(world, member_client):
    meeting = distributed(world)
    url = reverse("meetings:member_comment", args=[meeting.pk])
    key = str(uuid.uuid4())
    post = {"text": "Đề nghị bổ sung chỉ tiêu", "client_key": key}
    first = member_client.post(url, post, **JSON)
    again = member_client.post(url, post, **JSON)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json() == {"id": again.json()["id"], "resent": False}
    assert again.json()["resent"] is True
    assert MemberComment.objects.filter(meeting=meeting).count() == 1
    comment = MemberComment.objects.get()
    assert (comment.member, comment.text, comment.client_key) == (
        world.member,
        post["text"],
        uuid.UUID(key),
    )


def test_a_form_posted_twice_with_its_key_is_saved_once(world, member_client):
    meeting = distributed(world)
    url = reverse("meetings:member_comment", args=[meeting.pk])
    post = {"text": "Nhất trí", "client_key": str(uuid.uuid4())}
    for _ in range(2):
        response = member_client.post(url, post)
        assert response.status_code == 302
    assert MemberComment.objects.count() == 1


def test_two_comments_with_their_own_keys_are_both_saved(world, member_client):
    meeting = distributed(world)
    url = reverse("meetings:member_comment", args=[meeting.pk])
    for text in ("Ý một", "Ý hai"):
        member_client.post(url, {"text": text, "client_key": str(uuid.uuid4())}, **JSON)
    member_client.post(url, {"text": "Không có mã"})  # a phone without the script
    assert list(MemberComment.objects.values_list("text", flat=True)) == [
        "Ý một",
        "Ý hai",
        "Không có mã",
    ]


def test_the_key_is_unique_per_member_in_the_database(world):
    meeting = distributed(world)
    key = uuid.uuid4()
    MemberComment.objects.create(meeting=meeting, member=world.member, text="a", client_key=key)
    MemberComment.objects.create(meeting=meeting, member=world.secretary, text="b", client_key=key)
    with pytest.raises(IntegrityError):
        MemberComment.objects.create(meeting=meeting, member=world.member, text="c", client_key=key)


def test_a_refused_comment_tells_the_phone_why_in_vietnamese(world, member_client):
    meeting = distributed(world)
    url = reverse("meetings:member_comment", args=[meeting.pk])
    response = member_client.post(url, {"text": "", "client_key": str(uuid.uuid4())}, **JSON)
    assert response.status_code == 409
    assert response.json() == {"error": "Hãy viết ý kiến hoặc đăng ký phát biểu."}
    response = member_client.post(url, {"text": "x", "client_key": "không-phải-mã"}, **JSON)
    assert response.status_code == 400 and MemberComment.objects.count() == 0
    assert response.json() == {
        "error": "Mã gửi của máy không hợp lệ; hãy tải lại trang rồi gửi lại."
    }


def test_a_key_of_another_meeting_is_refused(world):
    first, second = distributed(world), distributed(world, days_ahead=20)
    key = uuid.uuid4()
    MemberComment.add(first, by=world.member.user, text="a", wants_to_speak=False, client_key=key)
    with pytest.raises(MeetingError):
        MemberComment.add(
            second, by=world.member.user, text="a", wants_to_speak=False, client_key=key
        )


def test_the_read_page_carries_the_key_and_marks_the_form_for_the_offline_queue(
    world, member_client
):
    meeting = distributed(world)
    page = member_client.get(reverse("meetings:read", args=[meeting.pk])).content.decode()
    assert "data-offline-comment" in page and 'name="client_key"' in page
    assert "data-pending-comments" in page
