"""The integration operations answer what the pages show, with the same scoping."""

from __future__ import annotations

import hashlib

import pytest

from chibo.api.tests import makers as mk
from chibo.api.tests.conftest import api_client_for
from chibo.evaluations.models import Level
from chibo.notifications.models import Notification

pytestmark = pytest.mark.django_db


def test_the_committee_figures_are_live_totals_of_the_cells_below(world):
    response = api_client_for(world, "officer").get(
        f"committees/{world.committee.pk}/oversight?year=2026"
    )
    assert response.status_code == 200
    figures = response.json()
    assert figures["year"] == 2026 and figures["cells"] == 1
    assert [q["quarter"] for q in figures["quarters"]] == [1, 2, 3, 4]


def test_a_year_outside_the_range_is_a_vietnamese_422(world):
    response = api_client_for(world, "officer").get(
        f"committees/{world.committee.pk}/oversight?year=1900"
    )
    assert response.status_code == 422
    assert response.json()["detail"] == "Dữ liệu gửi lên không hợp lệ."


def test_findings_name_their_rule_and_what_to_do(world):
    findings = api_client_for(world, "secretary").get(f"cells/{world.cell.pk}/findings").json()
    for finding in findings:
        assert finding["rule"] and finding["title"] and finding["fix"]


def test_the_register_lists_issued_documents_and_the_download_matches_the_stored_hash(world):
    document = mk.issued_document(world)
    api = api_client_for(world, "member")
    rows = api.get(f"cells/{world.cell.pk}/documents").json()["items"]
    assert [r["number_text"] for r in rows] == [document.number_text]
    assert rows[0]["formats"] == ["docx"]
    response = api.get(f"documents/{document.pk}/download?fmt=docx")
    assert response.status_code == 200
    assert hashlib.sha256(response.content).hexdigest() == document.docx_sha256
    assert api.get(f"documents/{document.pk}/download?fmt=pdf").status_code == 404  # none made
    assert api.get(f"documents/{document.pk}/download?fmt=exe").status_code == 404


def test_an_evaluation_round_lists_each_member_sheet(world):
    round_ = mk.evaluation_round(world)
    body = api_client_for(world, "secretary").get(f"evaluations/{round_.pk}").json()
    assert body["year"] == 2026 and body["status"] == "self_assessment"
    assert {s["member_id"] for s in body["sheets"]} >= {world.member.pk}
    assert set(body["summary"]) == set(Level.values)


def test_notifications_are_only_the_callers_own(world):
    Notification.objects.create(user=world.member.user, kind="task.assigned", title="Của tôi")
    Notification.objects.create(
        user=world.secretary.user, kind="task.assigned", title="Của người khác"
    )
    items = api_client_for(world, "member").get("notifications").json()["items"]
    assert [n["title"] for n in items] == ["Của tôi"]
    Notification.objects.filter(title="Của tôi").update(read_at="2026-01-05T00:00:00Z")
    assert api_client_for(world, "member").get("notifications?unread=true").json()["items"] == []
