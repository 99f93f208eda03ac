from __future__ import annotations

import importlib
import pkgutil

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

import chibo
from chibo.conftest import PERSONAS, persona_client
from chibo.core.tests.route_matrix import LOGIN, Route

# Routes that are not views of ours: the admin (superusers only), the API (own matrix in
# chibo/api/tests), static files.
EXEMPT_PREFIXES = ("admin:", "api:")


def _all_routes() -> list[Route]:
    routes: list[Route] = []
    for module in pkgutil.iter_modules(chibo.__path__):
        try:
            mod = importlib.import_module(f"chibo.{module.name}.tests.routes")
        except ModuleNotFoundError:
            continue
        routes.extend(mod.ROUTES)
    return routes


def _pattern_names(resolver: URLResolver | None = None, prefix: str = "") -> set[str]:
    resolver = resolver or get_resolver()
    names: set[str] = set()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            names |= _pattern_names(pattern, namespace)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{prefix}{pattern.name}")
    return names


def test_every_route_is_in_the_matrix():
    listed = {route.name for route in _all_routes()}
    missing = {name for name in _pattern_names() if not name.startswith(EXEMPT_PREFIXES)} - listed
    assert not missing, f"Routes with no persona expectations: {sorted(missing)}"


def test_every_route_names_every_persona():
    for route in _all_routes():
        assert set(route.expect) == set(PERSONAS), route.name


CASES = [(route, persona) for route in _all_routes() for persona in PERSONAS]


@pytest.mark.parametrize(("route", "persona"), CASES, ids=[f"{r.name}-{p}" for r, p in CASES])
def test_route_answers_each_persona_as_expected(world, route: Route, persona: str):
    client = persona_client(world, persona)
    url = reverse(route.name, args=route.args(world)) + route.query
    data = route.data(world) if route.data else {}
    response = getattr(client, route.method)(url, data)
    expected = route.expect[persona]
    if expected == LOGIN:
        assert response.status_code == 302
        assert reverse("login") in response["Location"]
    else:
        assert response.status_code == expected, (route.name, persona, response.status_code)
