"""Only the cell's chi ủy imports plans: a member and the officer above (read-only) get 403,
another cell's Bí thư 404, and none of them can confirm someone else's upload."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from chibo.conftest import persona_client
from chibo.importer.models import PlanImport
from chibo.plans.models import Plan

from .review_helpers import shown_data, uploaded
from .samples import SEEDS

pytestmark = pytest.mark.django_db
SEED_000 = SEEDS / "000_950790157b01f4ad.txt"


@pytest.mark.parametrize(
    ("persona", "status"), [("member", 403), ("officer", 403), ("other_cell", 404)]
)
def test_others_cannot_upload_review_or_confirm(world: Any, persona: str, status: int) -> None:
    secretary = persona_client(world, "secretary")
    batch = uploaded(secretary, world.cell.pk, SEED_000.name, SEED_000.read_bytes())
    page = secretary.get(reverse("importer:review", args=[world.cell.pk, batch.pk]))
    client = persona_client(world, persona)

    assert client.get(reverse("importer:upload", args=[world.cell.pk])).status_code == status
    assert client.get(page.request["PATH_INFO"]).status_code == status
    assert client.post(page.request["PATH_INFO"], shown_data(page)).status_code == status
    discard = reverse("importer:discard", args=[world.cell.pk, batch.pk])
    assert client.post(discard).status_code == status
    assert Plan.objects.count() == 0
    assert PlanImport.objects.get().status == PlanImport.Status.PENDING


def test_an_upload_is_not_found_under_another_cell(world: Any) -> None:
    secretary = persona_client(world, "secretary")
    batch = uploaded(secretary, world.cell.pk, SEED_000.name, SEED_000.read_bytes())
    other = persona_client(world, "other_cell")

    response = other.get(reverse("importer:review", args=[world.other_cell.pk, batch.pk]))

    assert response.status_code == 404
