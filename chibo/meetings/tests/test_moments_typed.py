"""A meeting's day and time are typed the Vietnamese way in two boxes (dd/mm/yyyy and 14:00),
whatever the phone's language; an impossible day or hour is refused with the reason and nothing
is saved; a script may still send one ISO value (chibo.lib.dates.DayMonthYearTimeField)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from chibo.lib.dates import DayMonthYearTimeField, parse_time_of_day
from chibo.meetings.models import Meeting
from chibo.meetings.tests.helpers import make_meeting

pytestmark = pytest.mark.django_db

NEW = {"kind": "regular", "title": "Sinh hoạt chi bộ thường kỳ tháng 03/2026", "place": "Phòng họp"}


def _create(client, world, **fields):
    data = {**NEW, "chair": world.secretary.pk, **fields}
    return client.post(reverse("meetings:create", args=[world.cell.pk]), data)


@pytest.mark.parametrize(
    ("typed", "hour", "minute"),
    [("14:00", 14, 0), ("14h", 14, 0), ("14h30", 14, 30), ("14 30", 14, 30), ("1430", 14, 30),
     ("7:05", 7, 5), ("7 giờ 30", 7, 30), ("07G15", 7, 15)],
)  # fmt: skip
def test_the_time_is_read_as_people_type_it(typed, hour, minute):
    assert parse_time_of_day(typed) == dt.time(hour, minute)


@pytest.mark.parametrize("typed", ["25:00", "14:75", "abc", "123456", "-1"])
def test_a_time_that_does_not_exist_is_refused_in_vietnamese(typed):
    with pytest.raises(ValidationError) as refused:
        parse_time_of_day(typed)
    assert "giờ" in refused.value.messages[0].lower()


def test_the_day_and_time_typed_in_two_boxes_make_the_meeting_in_the_cells_time_zone(
    world, secretary_client
):
    response = _create(secretary_client, world, starts_at_0="03/03/2026", starts_at_1="8h",
                       ends_at_0="3.3.2026", ends_at_1="10:30")  # fmt: skip
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    starts, ends = timezone.localtime(meeting.starts_at), timezone.localtime(meeting.ends_at)
    assert (starts.date(), starts.time(), ends.time()) == (
        dt.date(2026, 3, 3),
        dt.time(8),
        dt.time(10, 30),
    )
    assert str(starts.tzinfo) == "Asia/Ho_Chi_Minh"
    page = secretary_client.get(reverse("meetings:edit", args=[meeting.pk])).content.decode()
    assert 'value="03/03/2026"' in page and 'value="08:00"' in page and 'value="10:30"' in page


@pytest.mark.parametrize(
    ("day", "time", "message"),
    [("31/02/2026", "08:00", "Ngày 31/02/2026 không có thật: tháng 2 năm 2026 chỉ có 28 ngày."),
     ("03/03/2026", "", "Thiếu giờ."),
     ("", "08:00", "Thiếu ngày."),
     ("03/03/2026", "24:10", "Giờ “24:10” không có thật.")],
)  # fmt: skip
def test_a_wrong_day_or_time_is_refused_with_the_reason_and_nothing_is_saved(
    world, secretary_client, day, time, message
):
    response = _create(secretary_client, world, starts_at_0=day, starts_at_1=time)
    assert response.status_code == 200
    assert response.context["form"].errors["starts_at"][0].startswith(message)
    page = response.content.decode()
    assert (f'value="{day}"' in page) if day else True  # what was typed stays in the box
    assert not Meeting.objects.exists()


def test_a_script_may_still_send_one_iso_value(world, secretary_client):
    assert _create(secretary_client, world, starts_at="2026-03-03T08:00").status_code == 302
    assert timezone.localtime(Meeting.objects.get().starts_at).hour == 8


def test_the_boxes_are_labelled_with_whose_day_and_time_they_are():
    field = DayMonthYearTimeField(label="Bắt đầu thực tế")
    html = field.widget.render("actual_start", None, {"id": "id_actual_start"})
    assert (
        'aria-label="Bắt đầu thực tế — ngày"' in html
        and 'aria-label="Bắt đầu thực tế — giờ"' in html
    )
    assert html.count('inputmode="numeric"') == 2 and 'type="datetime-local"' not in html


def test_a_postponed_meeting_is_set_again_with_the_same_two_boxes(world, secretary_client):
    meeting = make_meeting(world, days_ahead=10)
    meeting.postpone(by=world.secretary.user, reason="Trùng lịch họp hội đồng")
    page = secretary_client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert (
        'aria-label="Thời gian mới — ngày"' in page and 'aria-label="Thời gian mới — giờ"' in page
    )
    assert '<label for="id_new_starts_at_0">Thời gian mới</label>' in page
    url = reverse("meetings:reschedule", args=[meeting.pk])
    assert (
        secretary_client.post(url, {"starts_at_0": "20/03/2026", "starts_at_1": "14h"}).status_code
        == 302
    )
    meeting.refresh_from_db()
    assert timezone.localtime(meeting.starts_at).replace(tzinfo=None) == dt.datetime(
        2026, 3, 20, 14
    )
