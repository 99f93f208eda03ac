"""GET /cells/{id}/members: Vietnamese order, filters, pagination, constant query count."""

from __future__ import annotations

import pytest

from chibo.conftest import make_member
from chibo.members.models import Member, Role


def _names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["full_name"] for item in response.json()["items"]]


def test_members_come_in_vietnamese_name_order(world, secretary_api):
    make_member(world.cell, "Đặng Văn Ánh")
    make_member(world.cell, "Trần Thị An")
    names = _names(secretary_api.get(f"cells/{world.cell.pk}/members"))
    # by given name: An < Ánh < Hà < Huệ
    assert names == ["Trần Thị An", "Đặng Văn Ánh", "Phạm Thị Thu Hà", "Dương Thị Huệ"]


def test_search_ignores_diacritics_and_folds_d(world, member_api):
    make_member(world.cell, "Đặng Văn Ánh")
    assert _names(member_api.get(f"cells/{world.cell.pk}/members", {"q": "dang"})) == [
        "Đặng Văn Ánh"
    ]
    assert _names(member_api.get(f"cells/{world.cell.pk}/members", {"q": "HUE"})) == [
        "Dương Thị Huệ"
    ]


def test_former_members_are_hidden_unless_asked_for(world, officer_api):
    make_member(world.cell, "Lê Văn Chuyển", status=Member.Status.TRANSFERRED)
    url = f"cells/{world.cell.pk}/members"
    assert "Lê Văn Chuyển" not in _names(officer_api.get(url))
    assert "Lê Văn Chuyển" in _names(officer_api.get(url, {"status": "all"}))
    assert _names(officer_api.get(url, {"status": "transferred"})) == ["Lê Văn Chuyển"]


def test_it_filters_by_role(world, secretary_api):
    assert _names(
        secretary_api.get(f"cells/{world.cell.pk}/members", {"role": Role.SECRETARY})
    ) == ["Dương Thị Huệ"]


def test_an_unknown_filter_value_is_422_in_vietnamese(world, secretary_api):
    response = secretary_api.get(f"cells/{world.cell.pk}/members", {"status": "asleep"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "status"
    assert "không nằm trong danh sách" in response.json()["errors"][0]["message"]


def test_it_pages_the_list(world, secretary_api):
    for i in range(5):
        make_member(world.cell, f"Nguyễn Văn Tư{i}")
    url = f"cells/{world.cell.pk}/members"
    first = secretary_api.get(url, {"page_size": 3}).json()
    second = secretary_api.get(url, {"page_size": 3, "page": 3}).json()
    assert first["count"] == 7
    assert len(first["items"]) == 3
    assert len(second["items"]) == 1


def test_members_of_another_cell_never_appear(world, secretary_api):
    assert "Nguyễn Hoài Thu" not in _names(
        secretary_api.get(f"cells/{world.cell.pk}/members", {"status": "all"})
    )


@pytest.mark.parametrize("extra", [1, 38])  # 3 and 40 members with the two of the world
def test_the_list_costs_the_same_queries_for_3_and_40_members(
    world, secretary_api, django_assert_num_queries, extra
):
    for i in range(extra):
        make_member(world.cell, f"Hoàng Văn Số{i:02d}")
    url = f"cells/{world.cell.pk}/members"
    secretary_api.get(url)  # first use stamps last_used_at; measure a steady-state call
    # token+user with the viewer's membership, cell, count, page
    with django_assert_num_queries(4):
        response = secretary_api.get(url)
    assert response.json()["count"] == extra + 2
