"""Dates are checked, never dropped: 31/02/1985 and implausible dates are refused with the
reason, in the member form and in the API alike (the API hands its text to the same form)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from chibo.lib.dates import DayMonthYearField, parse_day_month_year
from chibo.members.models import Member
from chibo.rules import plausible

pytestmark = pytest.mark.django_db

NEW = {"full_name": "Mai Thị Phương", "gender": "female", "status": "official",
       "admission_date": "19/05/2015", "official_date": "19/05/2016"}  # fmt: skip


def _create(client, world, **fields):
    return client.post(reverse("members:create", args=[world.cell.pk]), {**NEW, **fields})


def test_31_february_is_refused_in_the_member_form_and_nothing_is_saved(world, secretary_client):
    count = Member.objects.count()
    response = _create(secretary_client, world, birth_date="31/02/1985")
    assert response.status_code == 200
    assert response.context["form"].errors["birth_date"] == [
        "Ngày 31/02/1985 không có thật: tháng 2 năm 1985 chỉ có 28 ngày."
    ]
    page = response.content.decode()
    assert "Chưa lưu được" in page and 'value="31/02/1985"' in page  # what was typed stays
    assert Member.objects.count() == count


def test_a_date_typed_day_first_is_saved_and_shown_day_first(world, secretary_client):
    response = _create(secretary_client, world, birth_date="5.1.1985")
    member = Member.objects.get(full_name="Mai Thị Phương")
    assert response.status_code == 302 and member.birth_date == dt.date(1985, 1, 5)
    page = secretary_client.get(reverse("members:edit", args=[member.pk])).content.decode()
    assert 'value="05/01/1985"' in page and 'inputmode="numeric"' in page
    assert 'type="date"' not in page  # the browser's language no longer decides the order


@pytest.mark.parametrize(("fields", "field", "reason"), [
    ({"birth_date": "01/01/1800"}, "birth_date", "Ngày phải nằm trong khoảng từ năm 1900"),
    ({"birth_date": "01/01/2010", "admission_date": "01/01/2012", "official_date": "01/01/2013"},
     "admission_date", "khi đồng chí mới 2 tuổi; người vào Đảng phải từ 18 tuổi trở lên "
                       "(Điều lệ Đảng, Điều 1.2"),
    ({"status": "probationary", "admission_date": "05/03/2099", "official_date": ""},
     "admission_date", "ở tương lai"),
    ({"admission_date": "01/01/1925", "official_date": "01/01/1926"},
     "admission_date", "trước ngày thành lập Đảng 03/02/1930"),
    ({"birth_date": "13/13/1985"}, "birth_date", "Tháng 13 không có thật"),
    ({"birth_date": "ngày 5"}, "birth_date", "Ghi theo thứ tự ngày/tháng/năm"),
])  # fmt: skip
def test_implausible_dates_are_refused_with_the_reason(
    world, secretary_client, fields, field, reason
):
    count = Member.objects.count()
    response = _create(secretary_client, world, **fields)
    assert response.status_code == 200
    assert reason in " ".join(response.context["form"].errors[field])
    assert Member.objects.count() == count


def test_the_eighteenth_birthday_counts_by_the_month():
    today = dt.date(2026, 12, 2)
    ok = plausible.member_date_problems(birth=dt.date(1990, 3, 4), admission=dt.date(2008, 3, 4),
                                        official=None, today=today)  # fmt: skip
    young = plausible.member_date_problems(birth=dt.date(1990, 3, 4), admission=dt.date(2008, 3, 3),
                                           official=None, today=today)  # fmt: skip
    assert ok == {} and "mới 17 tuổi" in young["admission_date"]


def test_the_field_reads_the_forms_a_phone_keypad_can_type():
    assert parse_day_month_year("05011985") == dt.date(1985, 1, 5)
    assert parse_day_month_year("5-1-1985") == dt.date(1985, 1, 5)
    assert parse_day_month_year("29/02/2024") == dt.date(2024, 2, 29)
    assert parse_day_month_year("1985-01-05") == dt.date(1985, 1, 5)
    assert DayMonthYearField(required=False).clean("") is None


def test_a_meeting_years_away_is_refused_as_a_sanity_bound(world, secretary_client):
    start = timezone.localdate() + dt.timedelta(days=3 * 365)
    response = secretary_client.post(reverse("meetings:create", args=[world.cell.pk]), {
        "kind": "regular", "title": "Sinh hoạt thường kỳ", "place": "Hội trường",
        "starts_at": f"{start:%Y-%m-%d}T14:00", "ends_at": f"{start:%Y-%m-%d}T16:00"})  # fmt: skip
    assert response.status_code == 200
    [error] = response.context["form"].errors["starts_at"]
    assert "cách hôm nay hơn 1 năm" in error
    assert "giới hạn kiểm tra của phần mềm, không phải quy định" in error
