import datetime as dt

import time_machine
from django.urls import reverse

from chibo.meetings.models import Meeting
from chibo.notifications.models import CalendarFeed

from .helpers import add_meeting, add_task, local

NOW = dt.datetime(2026, 3, 10, 1, 0, tzinfo=dt.UTC)


def _feed(client, token):
    return client.get(reverse("notifications:feed", args=[token]))


def test_the_feed_is_exact_icalendar_text(world, client):
    meeting = add_meeting(
        world.cell, dt.date(2026, 3, 12), title="Học tập, quán triệt Nghị quyết; chuyên đề quý I về “Dân vận khéo” trong nhà trường",
        kind=Meeting.Kind.THEMATIC, place="Phòng họp, tầng 2", ends_at=local(dt.date(2026, 3, 12), 10, 30),
    )  # fmt: skip
    task = add_task(world.cell, [world.member], dt.date(2026, 3, 20), title="Nộp bản thu hoạch",
                    description="Viết tay;\nnộp cho đồng chí Bí thư")  # fmt: skip
    add_task(world.cell, [world.secretary], dt.date(2026, 3, 21), title="Không phải của tôi")
    add_meeting(world.other_cell, dt.date(2026, 3, 13), title="Chi bộ khác")
    add_meeting(world.cell, dt.date(2026, 3, 14), title="Đã hủy", status=Meeting.Status.CANCELLED)
    add_meeting(world.cell, dt.date(2026, 1, 5), title="Quá cũ")
    _, token = CalendarFeed.issue(world.member, by=world.member.user)
    with time_machine.travel(NOW, tick=False):
        response = _feed(client, token)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    m, t = meeting.pk, task.pk
    assert response.content.decode("utf-8") == (
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//Chi bo so//Lich sinh hoat chi bo//VI\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\n"
        "X-WR-CALNAME:Chi bộ số — Chi bộ Trường Mầm non Yên Hoà\r\n"
        "X-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\n"
        "REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n"
        "X-PUBLISHED-TTL:PT6H\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:meeting-{m}@testserver\r\n"
        "DTSTAMP:20260310T010000Z\r\n"
        "DTSTART:20260312T010000Z\r\n"
        "DTEND:20260312T033000Z\r\n"
        "SEQUENCE:1\r\n"
        # 73 octets: "ế" is 3 octets and would make 76, so it starts the next line.
        "SUMMARY:Sinh hoạt chuyên đề: Học tập\\, quán triệt Nghị quy\r\n"
        " ết\\; chuyên đề quý I về “Dân vận khéo” trong nhà trườ\r\n"
        " ng\r\n"
        "LOCATION:Phòng họp\\, tầng 2\r\n"
        "DESCRIPTION:Chi bộ Trường Mầm non Yên Hoà\\nTrạng thái: Dự ki\r\n"  # 74 octets + "ế"
        " ến\r\n"
        f"URL:http://testserver/meetings/{m}/\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:task-{t}@testserver\r\n"
        "DTSTAMP:20260310T010000Z\r\n"
        "DTSTART;VALUE=DATE:20260320\r\n"
        "DTEND;VALUE=DATE:20260321\r\n"
        "SUMMARY:Hạn nhiệm vụ: Nộp bản thu hoạch\r\n"
        "DESCRIPTION:Viết tay\\;\\nnộp cho đồng chí Bí thư\r\n"
        f"URL:http://testserver/tasks/{t}/\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    assert all(len(line) <= 75 for line in response.content.split(b"\r\n"))  # octets


def test_a_revoked_address_is_not_found(world, client):
    _, token = CalendarFeed.issue(world.member, by=world.member.user)
    CalendarFeed.revoke_for(world.member, by=world.member.user)
    assert _feed(client, token).status_code == 404


def test_a_new_address_retires_the_old_one(world, client):
    _, old = CalendarFeed.issue(world.member, by=world.member.user)
    _, new = CalendarFeed.issue(world.member, by=world.member.user)
    assert _feed(client, old).status_code == 404
    assert _feed(client, new).status_code == 200
    assert CalendarFeed.objects.active().count() == 1


def test_an_unknown_or_absurd_token_is_not_found(world, client):
    assert _feed(client, "khong-co").status_code == 404
    assert _feed(client, "x" * 500).status_code == 404


def test_a_member_who_left_the_cell_loses_the_feed(world, client):
    _, token = CalendarFeed.issue(world.member, by=world.member.user)
    world.member.status = "transferred"
    world.member.save()
    assert _feed(client, token).status_code == 404


def test_only_the_hash_of_the_token_is_stored(world):
    feed, token = CalendarFeed.issue(world.member, by=world.member.user)
    assert len(token) >= 43
    assert token not in feed.token_hash
    assert CalendarFeed.find(token) == feed


def test_the_feed_costs_three_queries_however_long(world, client, django_assert_num_queries):
    _, token = CalendarFeed.issue(world.member, by=world.member.user)
    for i in range(20):
        add_meeting(world.cell, dt.date(2026, 4, 1) + dt.timedelta(days=i), title=f"Buổi {i}")
        add_task(world.cell, [world.member], dt.date(2026, 4, 1) + dt.timedelta(days=i))
    with (
        time_machine.travel(NOW, tick=False),
        django_assert_num_queries(3),
    ):  # feed, meetings, tasks
        body = _feed(client, token).content.decode()
    assert body.count("BEGIN:VEVENT") == 40
