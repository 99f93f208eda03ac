"""The meeting page and "Nhiệm vụ của tôi" cost the same number of queries whatever the size
of the cell: pinned at 5 and at 30 members / tasks."""

import pytest
from django.urls import reverse

from chibo.conftest import make_member
from chibo.meetings.models import Contribution, MemberComment
from chibo.meetings.tests.helpers import concluded, distributed, make_task

pytestmark = pytest.mark.django_db

MEETING_PAGE_QUERIES = 23
MY_TASKS_QUERIES = 7


def _meeting_with(world, n: int):
    for i in range(n - 2):
        make_member(world.cell, f"Đảng viên Số {i}")
    earlier = distributed(world, days_ahead=-40)
    for _ in range(n):
        make_task(world, earlier)  # unfinished: carried into the next meeting
    meeting = concluded(world)
    members = list(world.cell.members.all()[:n])
    for member in members:
        Contribution.objects.create(
            meeting=meeting, speaker=member, summary="Nhất trí", order=member.pk
        )
        MemberComment.objects.create(
            meeting=meeting, member=member, text="Góp ý", wants_to_speak=True
        )
        make_task(world, meeting, owners=[member, world.member])
    return meeting


def _get(client, url: str, expected: int, assert_num_queries) -> None:
    with assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("n", [5, 30])
def test_the_meeting_page_query_count_does_not_grow(
    world, secretary_client, n, django_assert_num_queries
):
    meeting = _meeting_with(world, n)
    url = reverse("meetings:detail", args=[meeting.pk])
    secretary_client.get(url)
    _get(secretary_client, url, MEETING_PAGE_QUERIES, django_assert_num_queries)


@pytest.mark.parametrize("n", [5, 30])
def test_the_room_query_count_does_not_grow(world, secretary_client, n, django_assert_num_queries):
    meeting = _meeting_with(world, n)
    _get(
        secretary_client,
        reverse("meetings:room", args=[meeting.pk]),
        ROOM_QUERIES,
        django_assert_num_queries,
    )


@pytest.mark.parametrize("n", [5, 30])
def test_my_tasks_query_count_does_not_grow(world, member_client, n, django_assert_num_queries):
    for _ in range(n):
        make_task(world, owners=[world.member, world.secretary])
    _get(member_client, reverse("meetings:my_tasks"), MY_TASKS_QUERIES, django_assert_num_queries)


ROOM_QUERIES = 16
