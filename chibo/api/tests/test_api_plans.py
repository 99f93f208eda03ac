"""The plans router as mounted on /api/v1/: the plan document (stored file when issued,
DỰ THẢO when draft), drafts hidden from officers, a plan list of constant query cost."""

from __future__ import annotations

import hashlib
import io
from typing import Any

import docx
import pytest

from chibo.plans.models import Plan
from chibo.plans.tests.helpers import make_plan

from . import makers as mk


def _first_page_header(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    return " ".join(p.text for p in document.sections[0].first_page_header.paragraphs)


def _body(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_an_issued_plan_downloads_its_stored_file_byte_for_byte(world, officer_api):
    plan = mk.issued_plan(world)
    response = officer_api.get(f"plans/{plan.pk}/document", {"format": "docx"})
    assert response.status_code == 200
    assert hashlib.sha256(response.content).hexdigest() == plan.issued_document.docx_sha256
    assert "DỰ THẢO" not in _first_page_header(response.content)
    assert "Số 01-KH/CB" in _body(response.content)
    assert response["Content-Disposition"].startswith('attachment; filename="')


def test_a_draft_renders_on_the_fly_marked_du_thao_without_a_number(world, member_api):
    plan = mk.draft_plan(world)
    response = member_api.get(f"plans/{plan.pk}/document")
    assert response.status_code == 200
    assert "DỰ THẢO" in _first_page_header(response.content)
    assert "Số 01-KH/CB" not in _body(response.content)
    assert f'filename="du-thao-ke-hoach-2026-{plan.pk}.docx"' in response["Content-Disposition"]


def test_officers_and_other_cells_cannot_see_a_draft_or_its_document(world):
    from .conftest import api_client_for

    plan = mk.draft_plan(world)
    for persona in ("officer", "other_cell"):
        client = api_client_for(world, persona)
        for url in (f"plans/{plan.pk}", f"plans/{plan.pk}/document"):
            response = client.get(url)
            assert response.status_code == 404, (persona, url)
            assert response.json()["detail"] == "Không tìm thấy kế hoạch."
    ids = [
        p["id"] for p in api_client_for(world, "officer").get(f"cells/{world.cell.pk}/plans").json()
    ]
    assert ids == []


def test_a_draft_pdf_when_pdf_is_turned_off_is_a_404_that_offers_the_docx(world, member_api):
    plan = mk.draft_plan(world)
    response = member_api.get(f"plans/{plan.pk}/document", {"format": "pdf"})
    assert response.status_code == 404
    assert "DOCX vẫn tải được" in response.json()["detail"]


def test_an_issued_plan_without_a_stored_pdf_says_why(world, member_api):
    plan = mk.issued_plan(world)  # PDF conversion is off in tests
    response = member_api.get(f"plans/{plan.pk}/document", {"format": "pdf"})
    assert response.status_code == 404
    assert response.json()["detail"].isascii() is False


def test_an_unknown_format_is_refused(world, member_api):
    plan = mk.draft_plan(world)
    response = member_api.get(f"plans/{plan.pk}/document", {"format": "odt"})
    assert response.status_code == 422


def _plans(world: Any, count: int) -> None:
    for i in range(count):
        plan = make_plan(world.cell, year=2000 + i, title=f"Kế hoạch năm {2000 + i}")
        if i % 2:
            Plan.objects.filter(pk=plan.pk).update(status=Plan.Status.ISSUED)


# token+user with the viewer's membership and officer flag, cell (+ an officer's committees), plans
@pytest.mark.parametrize(("persona_api", "queries"), [("member_api", 3), ("officer_api", 4)])
def test_the_plan_list_costs_the_same_queries_for_2_and_20_plans(
    world, request, persona_api, queries, django_assert_num_queries
):
    api = request.getfixturevalue(persona_api)
    url = f"cells/{world.cell.pk}/plans"
    api.get(url)  # first use stamps the token's last_used_at
    counts = []
    for total in (2, 20):
        _plans(world, total - Plan.objects.count())
        with django_assert_num_queries(queries) as captured:
            response = api.get(url)
        assert response.status_code == 200
        assert len(response.json()) == (total if persona_api == "member_api" else total // 2)
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]
