"""Minutes are signed by their chair and their secretary: without both, nothing is signed."""

from __future__ import annotations

import pytest

from chibo.documents.models import IssuedDocument
from chibo.meetings import services
from chibo.meetings.errors import MeetingError
from chibo.meetings.models import Meeting
from chibo.meetings.tests.helpers import concluded

pytestmark = pytest.mark.django_db


def _written(world, **extra):  # type: ignore[no-untyped-def]
    meeting = concluded(world, **extra)
    meeting.edit_minutes(
        by=world.secretary.user, text="Đồng chí Bí thư nêu lý do.", expected_version=1
    )
    return meeting


@pytest.mark.parametrize(
    ("extra", "missing"),
    [
        ({"secretary": None}, "thư ký"),
        ({"chair": None}, "chủ trì"),
        ({"chair": None, "secretary": None}, "chủ trì và thư ký"),
    ],
)
def test_minutes_without_chair_or_secretary_cannot_be_signed(world, extra, missing):
    meeting = _written(world, **extra)
    with pytest.raises(MeetingError, match=f"chưa ghi {missing}\\."):
        services.issue_minutes(meeting, by=world.secretary.user)
    meeting.refresh_from_db()
    assert meeting.minutes_signed_at is None
    assert not IssuedDocument.objects.filter(type_code="BB").exists()


def test_the_secretary_named_after_the_meeting_lets_the_minutes_be_signed(world):
    meeting = _written(world, secretary=None)
    meeting.update_details(by=world.secretary.user, secretary=world.member,
                           guests="Đồng chí Trần Văn Minh, Đảng ủy viên")  # fmt: skip
    document = services.issue_minutes(meeting, by=world.secretary.user)
    meeting.refresh_from_db()
    assert meeting.minutes_signed_at is not None and document.type_code == "BB"
    assert (meeting.secretary, meeting.guests) == (
        world.member,
        "Đồng chí Trần Văn Minh, Đảng ủy viên",
    )


def test_after_the_meeting_only_chair_secretary_and_guests_change_and_only_until_signed(world):
    meeting = _written(world)
    with pytest.raises(MeetingError, match="chỉ sửa được chủ trì, thư ký và khách mời"):
        meeting.update_details(by=world.secretary.user, place="Hội trường")
    # The edit form posts every field: unchanged ones are not a change.
    meeting.update_details(by=world.secretary.user, place=meeting.place, guests="Đồng chí Minh")
    assert Meeting.objects.get(pk=meeting.pk).guests == "Đồng chí Minh"
    services.issue_minutes(meeting, by=world.secretary.user)
    with pytest.raises(MeetingError):
        meeting.update_details(by=world.secretary.user, guests="Khác")


def test_the_edit_page_after_the_meeting_changes_only_chair_secretary_and_guests(
    world, secretary_client
):
    from django.urls import reverse

    meeting = _written(world, secretary=None)
    url = reverse("meetings:edit", args=[meeting.pk])
    page = secretary_client.get(url).content.decode()
    assert 'name="guests"' in page and 'name="starts_at_0"' in page and "disabled" in page
    response = secretary_client.post(url, {
        "version": meeting.version, "secretary": world.member.pk, "chair": world.secretary.pk,
        "guests": "Đồng chí Trần Văn Minh", "place": "Nơi khác", "title": "Tiêu đề khác",
    })  # fmt: skip
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert (meeting.secretary, meeting.guests) == (world.member, "Đồng chí Trần Văn Minh")
    assert meeting.place == "Phòng họp nhà trường" and meeting.title == "Sinh hoạt chi bộ tháng"
