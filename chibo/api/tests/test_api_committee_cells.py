"""GET /committees/{id}/cells: an officer sees every cell below the committee, at any depth."""

from __future__ import annotations

import pytest

from chibo.conftest import make_cell, make_committee, make_member


def _names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["name"] for item in response.json()["items"]]


def test_an_officer_sees_every_cell_below_at_any_depth(world, officer_api):
    ward = make_committee("Đảng ủy khối Trường học", parent=world.committee)
    nested = make_cell(ward, "Chi bộ Trường THCS Yên Mô")
    make_member(nested, "Trần Văn Nam")
    response = officer_api.get(f"committees/{world.committee.pk}/cells")
    assert _names(response) == ["Chi bộ Trường Mầm non Yên Hoà", "Chi bộ Trường THCS Yên Mô"]
    counts = {item["name"]: item["member_count"] for item in response.json()["items"]}
    assert counts == {"Chi bộ Trường Mầm non Yên Hoà": 2, "Chi bộ Trường THCS Yên Mô": 1}


def test_an_officer_cannot_list_a_sibling_committee(world, officer_api):
    response = officer_api.get(f"committees/{world.other_committee.pk}/cells")
    assert response.status_code == 404
    assert response.json()["detail"] == "Không tìm thấy Đảng ủy."


def test_cells_lists_exactly_what_the_user_can_see(world, officer_api, member_api):
    make_cell(world.other_committee, "Chi bộ Trường Mầm non Vĩnh Phong")
    assert _names(officer_api.get("cells")) == ["Chi bộ Trường Mầm non Yên Hoà"]
    assert _names(member_api.get("cells")) == ["Chi bộ Trường Mầm non Yên Hoà"]


def test_an_officer_reads_a_member_but_cannot_change_it(world, officer_api):
    assert officer_api.get(f"members/{world.member.pk}").json()["full_name"] == "Phạm Thị Thu Hà"
    response = officer_api.post(
        f"members/{world.member.pk}/role", {"role": "committee_member", "on": "2026-01-05"}
    )
    assert response.status_code == 403
    assert response.json()["detail"] == "Chỉ Bí thư, Phó Bí thư và chi ủy viên được sửa."


def test_me_tells_an_officer_which_committees_they_serve(world, officer_api):
    body = officer_api.get("me").json()
    assert body["member_id"] is None
    assert body["committees"] == [{"id": world.committee.pk, "name": "Đảng ủy xã Yên Mô"}]


@pytest.mark.parametrize("extra", [0, 12])
def test_the_committee_list_costs_the_same_queries_for_1_and_13_cells(
    world, officer_api, django_assert_num_queries, extra
):
    for i in range(extra):
        make_member(make_cell(world.committee, f"Chi bộ số {i:02d}"), "Trần Văn Nam")
    url = f"committees/{world.committee.pk}/cells"
    officer_api.get(url)  # first use stamps last_used_at
    # token+user, committee, viewer's committees, count, page (with member counts)
    with django_assert_num_queries(5):
        response = officer_api.get(url)
    assert response.json()["count"] == extra + 1
