"""The residence page costs the same number of queries for 2 members or 12."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chibo.conftest import make_member, persona_client
from chibo.residence.models import Residence, ResidenceComment

pytestmark = pytest.mark.django_db


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _with_records(world, member):
    Residence.record(
        member=member, by=world.secretary.user, commune="Yên Hoà", residence_cell="Chi bộ thôn 1"
    )
    ResidenceComment.request(
        member=member, year=2026, on=dt.date(2026, 11, 2), by=world.secretary.user
    )


def test_the_residence_page_is_constant_in_members(world):
    client = persona_client(world, "secretary")
    url = reverse("residence:cell", args=[world.cell.pk]) + "?year=2026"
    _with_records(world, world.member)
    few = _queries(client, url)
    for n in range(10):
        _with_records(world, make_member(world.cell, f"Nguyễn Văn Thêm {n}"))
    assert _queries(client, url) == few
