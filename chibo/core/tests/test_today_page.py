"""The home page "Việc hôm nay": each person's work from the records, most urgent first, each line
opening the screen where it is done; the same number of queries whatever the data size."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from chibo.conftest import make_member
from chibo.meetings.models import Meeting, MeetingReport
from chibo.meetings.tests.helpers import concluded, distributed, make_meeting, make_task

pytestmark = pytest.mark.django_db


def _lines(response) -> list[tuple[str, str]]:
    """(kind, href) of each line, in order."""
    html = response.content.decode()
    return re.findall(r'data-kind="([^"]*)">\s*<a href="([^"]*)"', html)


def test_login_lands_on_the_list(world, client):
    response = client.post(
        reverse("login"), {"username": "bithu", "password": "s3cret-pass-123"}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("home")
    assert "Việc hôm nay" in response.content.decode()
    assert "Xin chào đồng chí Dương Thị Huệ" in response.content.decode()


def test_the_secretary_sees_the_next_meeting_first_with_its_next_step(world, secretary_client):
    meeting = make_meeting(world, kind=Meeting.Kind.THEMATIC, days_ahead=6)
    response = secretary_client.get(reverse("home"))
    html = response.content.decode()
    kinds = [kind for kind, _ in _lines(response)]
    assert "meeting.next" in kinds
    assert (reverse("meetings:detail", args=[meeting.pk])) in dict(_lines(response)).values()
    assert "Việc tiếp theo: Phân công người chuẩn bị" in html
    assert f"ngày {timezone.localtime(meeting.starts_at):%d/%m/%Y}" in html
    # the documents are due 3 days before (the cell's setting): a line to send them
    assert "distribution.due" in kinds


def test_a_member_is_asked_to_read_the_draft_until_she_has(world, member_client):
    meeting = distributed(world, days_ahead=4)
    read_url = reverse("meetings:read", args=[meeting.pk])
    assert ("draft.read", read_url) in _lines(member_client.get(reverse("home")))
    member_client.get(read_url)
    assert "draft.read" not in dict(_lines(member_client.get(reverse("home"))))


def test_a_member_sees_her_tasks_the_secretary_the_cells_overdue_ones(
    world, member_client, secretary_client
):
    late = make_task(world, days=-3)
    kinds = dict(_lines(member_client.get(reverse("home"))))
    assert kinds["task.overdue"] == reverse("meetings:task", args=[late.pk])
    assert "task.cell_overdue" not in kinds  # not on the chi ủy
    lines = dict(_lines(secretary_client.get(reverse("home"))))
    assert lines["task.cell_overdue"].endswith("?status=overdue")


def test_after_the_meeting_the_secretary_is_asked_to_sign_the_minutes(world, secretary_client):
    meeting = concluded(world)
    lines = _lines(secretary_client.get(reverse("home")))
    assert ("minutes.sign", reverse("meetings:minutes", args=[meeting.pk])) in lines


def test_the_officer_sees_reports_to_acknowledge(world, officer_client):
    meeting = concluded(world, kind=Meeting.Kind.THEMATIC)
    MeetingReport.objects.create(meeting=meeting, submitted_at=timezone.now())
    response = officer_client.get(reverse("home"))
    assert response.status_code == 200
    kinds = dict(_lines(response))
    assert kinds["report.acknowledge"].startswith(reverse("meetings:detail", args=[meeting.pk]))
    assert "Xin chào đồng chí" in response.content.decode()


def _count(client) -> int:
    cache.clear()  # the committee totals are cached two minutes: count them each time
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("home"))
    assert response.status_code == 200
    return len(queries)


def _grow(world, n: int) -> None:
    while world.cell.members.count() < n:
        make_member(world.cell, f"Đảng viên Số {world.cell.members.count()}")
    while Meeting.objects.filter(cell=world.cell).count() < n:
        distributed(world, days_ahead=2 + Meeting.objects.count())
        make_task(world, owners=[world.member, world.secretary], days=-1)
        make_task(world, days=5)


@pytest.mark.parametrize("persona", ["secretary_client", "member_client", "officer_client"])
def test_the_same_number_of_queries_at_two_sizes(world, persona, request):
    client = request.getfixturevalue(persona)
    concluded(world, days_ahead=-3)
    _grow(world, 3)
    small = _count(client)
    _grow(world, 12)
    assert _count(client) == small
    assert small <= 30
