"""The dashboards run the same number of queries for 3 cells as for 30."""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from chibo.conftest import make_user
from chibo.demo.gendata import generate
from chibo.organizations.models import Cell, Committee, CommitteeOfficer
from chibo.oversight import dashboard

pytestmark = pytest.mark.django_db


def _officer_client(committee: Committee) -> Client:
    user = make_user(f"officer{committee.pk}")
    CommitteeOfficer.objects.create(committee=committee, user=user)
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def _ward(cells: int, seed: int) -> Committee:
    generate(cells=cells, members_per_cell=4, years=1, seed=seed)
    return Committee.objects.get(name="Đảng ủy xã Mẫu 1", parent__name=f"Tỉnh ủy Mẫu {seed}")


NEXT_YEAR = dt.date.today().year + 1


# Filters that keep every generated cell on the page (an empty page skips the page's queries).
@pytest.mark.parametrize(
    "show", ["", f"?year={NEXT_YEAR}&show=missing_thematic&quarter=4", f"?year={NEXT_YEAR}"]
)
def test_committee_dashboard_query_count_does_not_grow_with_cells(django_assert_num_queries, show):
    small, big = _ward(3, seed=21), _ward(30, seed=22)
    small_client, big_client = _officer_client(small), _officer_client(big)
    url = reverse("oversight:committee", args=[small.pk]) + show
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        assert small_client.get(url).status_code == 200
    expected = len(ctx.captured_queries)
    with django_assert_num_queries(expected):
        response = big_client.get(reverse("oversight:committee", args=[big.pk]) + show)
    assert response.status_code == 200
    assert Cell.objects.below(big).count() == 30


@pytest.mark.parametrize("cells", [3, 30])
def test_the_dashboard_data_costs_twelve_queries_at_any_size(django_assert_num_queries, cells):
    """Pinned on the functions, not the page: the layout (base.html) may add its own queries."""
    ward = _ward(cells, seed=40 + cells)
    page = list(Cell.objects.below(ward).select_related("committee"))
    assert len(page) == cells
    today = dt.date.today()
    with django_assert_num_queries(
        11
    ):  # facts.load: eleven queries, the last the overdue inspections
        rows = dashboard.cell_rows(page, year=today.year, today=today)
    with django_assert_num_queries(3):
        totals = dashboard.committee_totals(ward, today.year, today)
    assert len(rows) == totals["cells"] == cells
    assert sum(r.open_tasks for r in rows) == totals["open"]


def test_cell_dashboard_query_count_does_not_depend_on_the_year(django_assert_num_queries):
    ward = _ward(3, seed=24)
    client = _officer_client(ward)
    cell = Cell.objects.below(ward).first()
    url = reverse("oversight:cell", args=[cell.pk])
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url + f"?year={dt.date.today().year}").status_code == 200
    with django_assert_num_queries(len(ctx.captured_queries)):
        assert client.get(url + "?year=2001").status_code == 200
