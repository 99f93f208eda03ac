"""The app shell: the tab a page belongs to is marked (aria-current), the unread count shows on
"Thông báo", the account's actions live under "Thêm", and a notice opens the screen it is about."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from chibo.meetings.tests.helpers import distributed
from chibo.notifications.models import Notification

pytestmark = pytest.mark.django_db


def _current(html: str) -> list[str]:
    return re.findall(r'<a href="([^"]*)" aria-current="page">', html)


def test_each_page_marks_its_tab(world, member_client):
    home = member_client.get(reverse("home")).content.decode()
    assert _current(home).count(reverse("home")) == 2  # top menu, tab bar
    tasks = member_client.get(reverse("meetings:my_tasks")).content.decode()
    assert set(_current(tasks)) == {reverse("meetings:my_tasks")}
    meetings = member_client.get(reverse("meetings:list", args=[world.cell.pk])).content.decode()
    assert set(_current(meetings)) == {reverse("meetings:list", args=[world.cell.pk])}
    more = member_client.get(reverse("more")).content.decode()
    assert set(_current(more)) == {reverse("more")}
    assert "Đăng xuất" in more and reverse("password_change") in more


def test_the_unread_count_shows_on_the_notices_tab(world, member_client):
    for title in ("Một", "Hai"):
        Notification.objects.create(user=world.member.user, kind="task.assigned", title=title)
    html = member_client.get(reverse("home")).content.decode()
    assert html.count('<span class="count" aria-label="2 chưa đọc">2</span>') == 2


def test_the_distributed_draft_notice_opens_the_reading_page(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = distributed(world)
    notice = Notification.objects.get(user=world.member.user, kind="meeting.distributed")
    assert notice.url == reverse("meetings:read", args=[meeting.pk])
