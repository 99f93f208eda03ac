"""The list pages cost the same number of queries for a small and a large cell."""

import pytest
from django.urls import reverse

from chibo.conftest import make_member
from chibo.members.models import Member, Role

pytestmark = pytest.mark.django_db

# Was 8 and 9: the session now comes from the shared session cache, and the user query carries
# the viewer's membership, officer flag and the tab bar's unread count (chibo.core.auth).
LIST_QUERIES = 4
CELL_QUERIES = 6


def _grow(cell, size):
    """`size` members in all, with probationers and officers so every badge is drawn."""
    for i in range(size - 2):
        extra = {"status": Member.Status.PROBATIONARY} if i % 3 == 0 else {}
        if i == 1:
            extra["role"] = Role.COMMITTEE_MEMBER
        make_member(cell, f"Trần Văn Nam {i:02d}", gender="male", phone=f"09120000{i:02d}", **extra)


@pytest.mark.parametrize("size", [3, 60])
def test_member_list_query_count_does_not_grow(
    world, size, secretary_client, django_assert_num_queries
):
    _grow(world.cell, size)
    url = reverse("members:list", args=[world.cell.pk])
    with django_assert_num_queries(LIST_QUERIES):
        response = secretary_client.get(url)
    assert len(response.context["rows"]) == size
    with django_assert_num_queries(LIST_QUERIES):
        response = secretary_client.get(url, {"q": "nam", "status": "all"})
    assert len(response.context["rows"]) == size - 2


@pytest.mark.parametrize("size", [3, 60])
def test_cell_page_query_count_does_not_grow(
    world, size, officer_client, django_assert_num_queries
):
    _grow(world.cell, size)
    with django_assert_num_queries(CELL_QUERIES):
        response = officer_client.get(reverse("organizations:cell", args=[world.cell.pk]))
    assert response.status_code == 200
    assert (
        response.context["counts"]["official"] + response.context["counts"]["probationary"] == size
    )
