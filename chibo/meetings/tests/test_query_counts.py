"""The meeting page, the meeting-day screen and "Nhiệm vụ của tôi" cost the same number of
queries whatever the size of the cell: measured at 5, then again at 30 members / tasks.

The exact number also depends on the shared layout (header, notifications badge), so it is
pinned as a ceiling; what must never change is that 30 costs the same as 5."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chibo.conftest import make_member
from chibo.meetings.models import Contribution, Meeting, MemberComment
from chibo.meetings.tests.helpers import concluded, distributed, make_task

pytestmark = pytest.mark.django_db

MEETING_PAGE_MAX = 26  # with the unread count of the tab bar; with the committee parameters, the preparation findings, the vote on the NQ
ROOM_MAX = 19  # with the unread count of the tab bar; one of them asks whether the cell keeps its đảng phí book here (the roll call)
MY_TASKS_MAX = 8


def _grow(world, earlier: Meeting, meeting: Meeting, upto: int) -> None:
    """Bring the cell to `upto` members, each with a contribution, a comment and a task."""
    while world.cell.members.count() < upto:
        make_member(world.cell, f"Đảng viên Số {world.cell.members.count()}")
    for member in world.cell.members.exclude(pk__in=meeting.contributions.values("speaker")):
        Contribution.objects.create(
            meeting=meeting, speaker=member, summary="Nhất trí", order=member.pk
        )
        MemberComment.objects.create(
            meeting=meeting, member=member, text="Góp ý", wants_to_speak=True
        )
        make_task(world, meeting, owners=[member, world.member])
        make_task(world, earlier)  # unfinished: carried into the next meeting


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("page", ["meetings:detail", "meetings:room"])
def test_the_meeting_pages_cost_the_same_at_5_and_30_members(world, secretary_client, page):
    earlier = distributed(world, days_ahead=-40)
    meeting = concluded(world)
    url = reverse(page, args=[meeting.pk])
    _grow(world, earlier, meeting, 5)
    small = _count(secretary_client, url)
    _grow(world, earlier, meeting, 30)
    assert _count(secretary_client, url) == small
    assert small <= (MEETING_PAGE_MAX if page == "meetings:detail" else ROOM_MAX)


def test_my_tasks_costs_the_same_at_5_and_30_tasks(world, member_client):
    url = reverse("meetings:my_tasks")
    for _ in range(5):
        make_task(world, owners=[world.member, world.secretary])
    small = _count(member_client, url)
    for _ in range(25):
        make_task(world, owners=[world.member, world.secretary])
    assert _count(member_client, url) == small <= MY_TASKS_MAX
