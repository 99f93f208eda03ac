"""Every feedback route, tried with the school's own personas: its handler, its manager and a
handler of another school (who must get 404 for everything of this school)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from chibo.core.tests.route_matrix import LOGIN, Route

from .helpers import STAFF_PERSONAS, make_school_world, staff_client
from .routes import STAFF_CASES

CASES = [(route, expect, persona) for route, expect in STAFF_CASES for persona in STAFF_PERSONAS]


@pytest.mark.parametrize(("route", "expect", "persona"), CASES,
                         ids=[f"{r.name}-{r.method}-{p}" for r, _e, p in CASES])  # fmt: skip
def test_route_answers_the_school_personas_as_expected(world, route: Route, expect, persona: str):
    sw = make_school_world(world)
    client = staff_client(sw, persona)
    url = reverse(route.name, args=route.args(world)) + route.query
    response = getattr(client, route.method)(url, route.data(world) if route.data else {})
    expected = expect[persona]
    assert expected != LOGIN
    assert response.status_code == expected, (route.name, persona, response.status_code)


def test_every_feedback_route_names_the_school_personas():
    for _route, expect in STAFF_CASES:
        assert set(expect) == set(STAFF_PERSONAS)


def test_no_party_route_answers_a_school_handler(world):
    """Staff have no Member row: every cell, member, plan and meeting page is 404 for them (the
    school's own pages, the portal and the idea bank, answer them by design)."""
    from chibo.core.tests.test_route_matrix import _all_routes

    sw = make_school_world(world)
    client = staff_client(sw, "manager")
    checked = 0
    for route in _all_routes():
        if route.name.startswith(("feedback:", "ideas:")) or route.expect.get("member") != 200:
            continue
        if route.expect.get("anonymous") != LOGIN or route.expect.get("other_cell") != 404:
            continue  # public pages, and pages of every logged-in user (password, notices)
        response = getattr(client, route.method)(reverse(route.name, args=route.args(world)) + route.query,
                                                 route.data(world) if route.data else {})  # fmt: skip
        assert response.status_code in (403, 404), (route.name, response.status_code)
        checked += 1
    assert checked > 20
