import pytest

from chibo.meetings.errors import MeetingError
from chibo.meetings.models import Meeting
from chibo.meetings.tests.helpers import concluded, held

pytestmark = pytest.mark.django_db


def test_two_editors_at_once_the_second_is_refused_and_nothing_is_overwritten(world):
    meeting = held(world)
    version = meeting.minutes_version
    meeting.edit_minutes(
        by=world.secretary.user, text="Bản của người thứ nhất", expected_version=version
    )
    with pytest.raises(MeetingError, match="vừa được người khác lưu"):
        meeting.edit_minutes(
            by=world.secretary.user, text="Bản của người thứ hai", expected_version=version
        )
    assert Meeting.objects.get(pk=meeting.pk).minutes == "Bản của người thứ nhất"


def test_a_member_cannot_edit_the_minutes(world):
    meeting = held(world, secretary=world.secretary)  # the member is not its thư ký
    with pytest.raises(MeetingError, match="Chỉ chi ủy hoặc thư ký"):
        meeting.edit_minutes(
            by=world.member.user, text="Sửa", expected_version=meeting.minutes_version
        )
    assert Meeting.objects.get(pk=meeting.pk).minutes == ""


def test_signed_minutes_are_final(world):
    meeting = concluded(world)
    meeting.edit_minutes(
        by=world.secretary.user, text="Biên bản", expected_version=meeting.minutes_version
    )
    meeting.sign_minutes(by=world.secretary.user)
    with pytest.raises(MeetingError, match="đã ký"):
        meeting.edit_minutes(
            by=world.secretary.user, text="Sửa sau", expected_version=meeting.minutes_version
        )
