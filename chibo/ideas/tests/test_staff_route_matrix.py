"""Every idea-bank and KPI route, tried with the school's own personas: a teacher who is not a Party
member, a teacher on the council, the principal, and a handler of another school (404 for
everything of this school)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from chibo.core.tests.route_matrix import LOGIN, Route

from .helpers import STAFF_PERSONAS, ideas_world, staff_client
from .routes import STAFF_CASES

CASES = [(route, expect, persona) for route, expect in STAFF_CASES for persona in STAFF_PERSONAS]


@pytest.mark.parametrize(("route", "expect", "persona"), CASES,
                         ids=[f"{r.name}-{r.method}-{p}" for r, _e, p in CASES])  # fmt: skip
def test_route_answers_the_school_personas_as_expected(world, route: Route, expect, persona: str):
    iw = ideas_world(world)
    client = staff_client(iw, persona)
    url = reverse(route.name, args=route.args(world)) + route.query
    response = getattr(client, route.method)(url, route.data(world) if route.data else {})
    expected = expect[persona]
    assert expected != LOGIN
    assert response.status_code == expected, (route.name, persona, response.status_code)


def test_every_ideas_route_names_the_school_personas():
    for _route, expect in STAFF_CASES:
        assert set(expect) == set(STAFF_PERSONAS)


@pytest.mark.parametrize("persona", ["teacher", "council"])
def test_no_party_route_answers_a_teacher_who_is_not_a_member(world, persona):
    """Teachers have no Member row: every cell, member, plan, meeting and evaluation page, and
    the parents' feedback desk, is 404 (or 403) for them."""
    from chibo.core.tests.test_route_matrix import _all_routes

    iw = ideas_world(world)
    client = staff_client(iw, persona)
    checked = 0
    for route in _all_routes():
        if route.name.startswith("ideas:") or route.expect.get("member") != 200:
            continue
        if route.expect.get("anonymous") != LOGIN or route.expect.get("other_cell") != 404:
            continue  # public pages, and pages of every logged-in user (password, notices)
        response = getattr(client, route.method)(reverse(route.name, args=route.args(world)) + route.query,
                                                 route.data(world) if route.data else {})  # fmt: skip
        assert response.status_code in (403, 404), (route.name, response.status_code)
        checked += 1
    assert checked > 20
    for name, args in [("members:list", [world.cell.pk]), ("feedback:queue", [iw.school.slug]),
                       ("organizations:cell", [world.cell.pk])]:  # fmt: skip
        assert client.get(reverse(name, args=args)).status_code == 404, name
