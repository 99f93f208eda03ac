"""/api/v1/ for admission files: each candidate with its stage, the steps, the transitions
(the pages' forms and verbs), refusals as 400 with the rule, and the pages' scoping."""

import pytest

from chibo.admissions.models import Candidate, Stage
from chibo.api.tests.conftest import api_client_for

from .helpers import ago, make_candidate, ready, vote_meeting

pytestmark = pytest.mark.django_db


def test_the_cells_candidates_each_with_its_stage(world):
    make_candidate(world)
    ready(world, make_candidate(world, "Trần Văn Bình", gender="male"))
    rows = api_client_for(world, "member").call("get", f"cells/{world.cell.pk}/candidates").json()
    assert [(r["full_name"], r["stage"]) for r in rows] == [
        ("Trần Văn Bình", "ready"),
        ("Lê Thị Thu Hằng", "source"),
    ]
    assert rows[0]["stage_display"] == "Đủ điều kiện, chờ chi bộ xét"
    assert (
        api_client_for(world, "other_cell")
        .call("get", f"cells/{world.cell.pk}/candidates")
        .status_code
        == 404
    )


def test_a_file_moves_through_the_api_with_the_pages_verbs(world):
    candidate = ready(world)
    secretary = api_client_for(world, "secretary")
    meeting = vote_meeting(world, days_ago=440)
    answer = secretary.call("post", f"candidates/{candidate.pk}/transitions/vote",
                            {"meeting_id": meeting.pk, "votes_for": 2, "votes_against": 0})  # fmt: skip
    assert answer.status_code == 200 and answer.json()["warning"] == ""
    steps = secretary.call("get", f"candidates/{candidate.pk}/steps").json()
    assert steps[-1]["kind"] == "vote" and steps[-1]["vote_id"]


def test_a_refusal_is_a_400_with_the_rule_and_changes_nothing(world):
    candidate = ready(world)
    meeting = vote_meeting(world, days_ago=440)
    secretary = api_client_for(world, "secretary")
    failed = secretary.call("post", f"candidates/{candidate.pk}/transitions/vote",
                            {"meeting_id": meeting.pk, "votes_for": 1, "votes_against": 1})  # fmt: skip
    assert "không đạt: 1/2" in failed.json()["warning"]
    answer = secretary.call(
        "post", f"candidates/{candidate.pk}/transitions/propose", {"on": ago(440).isoformat()}
    )
    assert answer.status_code == 400 and "Chưa thể đề nghị kết nạp" in answer.json()["detail"]
    assert Candidate.objects.get(pk=candidate.pk).stage == Stage.READY


def test_missing_fields_are_a_422_in_vietnamese(world):
    candidate = make_candidate(world)
    answer = api_client_for(world, "secretary").call(
        "post", f"candidates/{candidate.pk}/transitions/course", {}
    )
    assert answer.status_code == 422 and "Dữ liệu gửi lên không hợp lệ" in answer.json()["detail"]


def test_creating_a_candidate_uses_the_pages_form(world):
    secretary = api_client_for(world, "secretary")
    answer = secretary.call("post", f"cells/{world.cell.pk}/candidates",
                            {"full_name": "An", "gender": "male"})  # fmt: skip
    assert answer.status_code == 422 and "họ và tên" in answer.json()["detail"]
    answer = secretary.call("post", f"cells/{world.cell.pk}/candidates",
                            {"full_name": "Lê Văn An", "gender": "male", "helper_id": world.secretary.pk})  # fmt: skip
    assert answer.status_code == 201 and answer.json()["helper_id"] == world.secretary.pk
