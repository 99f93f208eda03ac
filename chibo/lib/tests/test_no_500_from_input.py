"""Out-of-range pages, years, ids and dates are 4xx with a Vietnamese message, never 500."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from chibo.api.tests.conftest import api_client_for
from chibo.meetings.models import Meeting
from chibo.meetings.tests.helpers import make_meeting

pytestmark = pytest.mark.django_db
HUGE = 18446744073709551616


@pytest.mark.parametrize(
    "path",
    [
        "cells?page={huge}",
        "cells/{cell}/members?page={huge}",
        "committees/{committee}/cells?page={huge}",
    ],
)
def test_a_huge_api_page_is_a_422(world, path):
    api = api_client_for(world, "officer" if "committees" in path else "secretary")
    response = api.get(path.format(huge=HUGE, cell=world.cell.pk, committee=world.committee.pk))
    assert response.status_code == 422
    assert response.json()["errors"][0]["message"] == "Giá trị quá lớn."


@pytest.mark.parametrize("year", [10000, -112062])
def test_an_out_of_range_api_year_is_a_422(world, year):
    api = api_client_for(world, "secretary")
    response = api.get(f"cells/{world.cell.pk}/meetings?year={year}")
    assert response.status_code == 422


def test_huge_ids_in_an_id_list_are_a_422(world):
    meeting = make_meeting(world)
    api = api_client_for(world, "secretary")
    response = api.post(
        f"meetings/{meeting.pk}/tasks",
        {"title": "Rà soát", "owner_ids": [99999999999999999999], "deadline": "2027-01-05"},
    )
    assert response.status_code == 422


def test_the_api_checks_ends_after_start_like_the_form(world):
    api = api_client_for(world, "secretary")
    starts = timezone.now() + dt.timedelta(days=10)
    response = api.post(
        f"cells/{world.cell.pk}/meetings",
        {"title": "Sinh hoạt thường kỳ", "starts_at": starts.isoformat(),
         "ends_at": (starts - dt.timedelta(hours=2)).isoformat()},
    )  # fmt: skip
    assert response.status_code == 422
    assert {"field": "ends_at", "message": "Giờ kết thúc phải sau giờ bắt đầu."} in response.json()[
        "errors"
    ]
    assert not Meeting.objects.exists()


def test_an_api_meeting_in_year_1_is_refused(world):
    api = api_client_for(world, "secretary")
    response = api.post(
        f"cells/{world.cell.pk}/meetings",
        {"title": "Sinh hoạt", "starts_at": "0001-01-01T08:00:00+07:00"},
    )
    assert response.status_code == 422
    assert "1900" in response.json()["errors"][0]["message"]


def test_a_form_meeting_in_year_1_is_refused(world, secretary_client):
    response = secretary_client.post(
        reverse("meetings:create", args=[world.cell.pk]),
        {"kind": "regular", "title": "Sinh hoạt", "starts_at": "0001-01-01T08:00"},
    )
    assert response.status_code == 200
    assert "từ năm 1900 đến năm 2100" in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_huge_year_in_a_page_is_a_vietnamese_400(world, secretary_client):
    response = secretary_client.get(
        reverse("evaluations:next_year", args=[world.cell.pk]) + "?year=99999"
    )
    assert response.status_code == 400
    assert "Năm 99999 không hợp lệ" in response.content.decode()


def test_a_huge_page_number_in_a_page_is_not_a_500(world, secretary_client):
    response = secretary_client.get(
        reverse("organizations:cell_audit", args=[world.cell.pk]) + f"?page={HUGE}"
    )
    assert response.status_code == 200


def test_huge_ids_in_urls_and_query_strings_are_not_500(world, secretary_client):
    api = api_client_for(world, "secretary")
    assert api.get(f"meetings/{HUGE}").status_code == 404
    assert secretary_client.get(f"/meetings/{HUGE}/").status_code == 404
    create = reverse("meetings:create", args=[world.cell.pk]) + f"?topic={HUGE}"
    assert secretary_client.get(create).status_code == 200
