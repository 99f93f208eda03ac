"""The cell's transfer page costs the same number of queries for 1 transfer or 8."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chibo.conftest import make_member, persona_client

from .helpers import hoa_mai, issue

pytestmark = pytest.mark.django_db


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_the_transfer_page_is_constant_in_transfers(world):
    receiving = hoa_mai(world)
    client = persona_client(world, "secretary")
    url = reverse("transfers:cell", args=[world.cell.pk])
    issue(world, receiving)
    few = _queries(client, url)
    for n in range(7):
        member = make_member(world.cell, f"Nguyễn Văn Chuyển {n}")
        issue(world, receiving, member=member, on=dt.date(2026, 9, 8), today=dt.date(2026, 9, 8))
    assert _queries(client, url) == few
