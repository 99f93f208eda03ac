"""The meeting's roll call shows the month's fee status: who paid, who has not, who is
flagged; names only, no amounts. A cell that keeps no fee book here sees nothing of it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chibo.fees.status import roll_call
from chibo.meetings.tests.helpers import make_meeting

pytestmark = pytest.mark.django_db


def test_the_status_of_the_month_counts_and_names(world, fee_cell):
    status = roll_call(world.cell, dt.date(2026, 12, 10), today=dt.date(2026, 12, 15))
    assert (status.month, status.members, status.paid) == (dt.date(2026, 12, 1), 3, 1)
    assert status.unpaid == ["Phạm Thị Thu Hà", "Lương Thị Thảo"]  # Vietnamese name order
    assert [name for name, _ in status.flagged] == ["Lương Thị Thảo"]


def test_the_room_shows_it_under_the_roll_call(december, world, fee_cell, member_client):
    meeting = make_meeting(world, days_ahead=-5)
    page = member_client.get(reverse("meetings:room", args=[meeting.pk])).content.decode()
    block = page.split("Điểm danh", 1)[1]
    assert "Đảng phí tháng 12/2026:" in block and "1/3 đồng chí đã đóng" in block
    assert "Lương Thị Thảo: Chưa đóng đảng phí 4 tháng" in block
    assert "70.000" not in block.split("fee-roll-call", 1)[1].split("</div>", 1)[0]


def test_a_cell_without_a_fee_book_sees_nothing_and_pays_one_query(december, world, member_client):
    meeting = make_meeting(world, days_ahead=-5)
    url = reverse("meetings:room", args=[meeting.pk])
    with CaptureQueriesContext(connection) as queries:
        page = member_client.get(url).content.decode()
    assert "Đảng phí tháng" not in page
    assert sum("fees_" in q["sql"] for q in queries.captured_queries) == 1


def test_the_roll_call_update_does_not_compute_fees(december, world, fee_cell, secretary_client):
    meeting = make_meeting(world, days_ahead=-5)
    with CaptureQueriesContext(connection) as queries:
        secretary_client.post(reverse("meetings:attendance", args=[meeting.pk, world.member.pk]),
                              {"status": "present"}, HTTP_HX_REQUEST="true")  # fmt: skip
    assert not any("fees_" in q["sql"] for q in queries.captured_queries)
