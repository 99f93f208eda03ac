"""GET /api/v1/schools/{id}/ideas?year=YYYY and GET /api/v1/schools/{id}/kpi with the school's own
tokens: scoped as the pages (the Party personas are in chibo/api/tests/test_api_matrix.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client

from chibo.api.models import ApiToken
from chibo.ideas.models import KpiEntry

from .helpers import YEAR, ideas_world, kpi_setup, manual, recognised, register

pytestmark = pytest.mark.django_db


def _get(user, path: str):
    _, key = ApiToken.issue(user, name="test")
    return Client().get(f"/api/v1{path}", HTTP_AUTHORIZATION=f"Bearer {key}")


def test_the_schools_ideas_of_a_year_for_its_staff(world):
    iw = ideas_world(world)
    first = recognised(iw)
    register(iw, title="Một ý tưởng thêm")
    register(iw, year=YEAR + 1, title="Năm sau")
    response = _get(iw.colleague.user, f"/schools/{iw.school.pk}/ideas?year={YEAR}")
    assert response.status_code == 200
    rows = response.json()
    assert [r["title"] for r in rows] == [first.title, "Một ý tưởng thêm"]
    assert (rows[0]["status"], rows[0]["author"], rows[0]["counted"]) == (
        "recognised",
        iw.teacher.full_name,
        True,
    )
    assert rows[1]["counted"] is False and rows[0]["score_total"] == "80.0"
    only = _get(
        iw.colleague.user, f"/schools/{iw.school.pk}/ideas?year={YEAR}&status=registered"
    ).json()
    assert [r["title"] for r in only] == ["Một ý tưởng thêm"]
    assert (
        _get(iw.other_staff.user, f"/schools/{iw.school.pk}/ideas?year={YEAR}").status_code == 404
    )


def test_the_kpi_for_the_principal_is_the_schools_and_for_a_teacher_their_own(world):
    iw = ideas_world(world)
    term = kpi_setup(iw)
    KpiEntry.record(term=term, indicator=manual(iw), staff=iw.colleague, value=Decimal(70), evidence="Dự giờ.",
                    by=iw.manager.user)  # fmt: skip
    everyone = _get(iw.manager.user, f"/schools/{iw.school.pk}/kpi").json()
    assert {r["staff"] for r in everyone} == {
        s.full_name for s in (iw.manager, iw.teacher, iw.colleague, iw.council)
    }
    own = _get(iw.teacher.user, f"/schools/{iw.school.pk}/kpi?term={term.pk}")
    assert own.status_code == 200 and [r["staff"] for r in own.json()] == [iw.teacher.full_name]
    assert set(own.json()[0]["dimensions"]) == {
        "performance",
        "service",
        "satisfaction",
        "innovation",
    }
    assert _get(iw.other_staff.user, f"/schools/{iw.school.pk}/kpi").status_code == 404
    assert _get(world.member.user, f"/schools/{iw.school.pk}/kpi").status_code == 403
    assert len(_get(world.secretary.user, f"/schools/{iw.school.pk}/kpi").json()) == 4
