from ninja.testing import TestClient

from chibo.plans.api import router

from .helpers import make_full_plan, make_plan, mark_issued

client = TestClient(router)


def test_members_list_every_plan_and_officers_only_issued_ones(world):
    make_plan(world.cell, title="Dự thảo")
    mark_issued(make_plan(world.cell, title="Đã ban hành"))
    mine = client.get(f"/cells/{world.cell.pk}/plans", user=world.member.user).json()
    theirs = client.get(f"/cells/{world.cell.pk}/plans", user=world.officer).json()
    assert {p["title"] for p in mine} == {"Dự thảo", "Đã ban hành"}
    assert [p["title"] for p in theirs] == ["Đã ban hành"]


def test_a_plan_comes_with_topics_and_findings(world):
    plan = make_full_plan(world.cell, world.secretary)
    plan.topics.filter(quarter=4).delete()
    data = client.get(f"/plans/{plan.pk}", user=world.member.user).json()
    assert [t["quarter"] for t in data["topics"]] == [1, 2, 3]
    assert data["topics"][0]["preparer_ids"] == [world.secretary.pk]
    assert data["findings"][0]["message"] == "Quý IV chưa có chuyên đề nào."
    assert data["findings"][0]["source"]


def test_another_cell_and_officers_on_drafts_get_404(world):
    plan = make_plan(world.cell)
    assert client.get(f"/plans/{plan.pk}", user=world.other_secretary.user).status_code == 404
    assert client.get(f"/plans/{plan.pk}", user=world.officer).status_code == 404
