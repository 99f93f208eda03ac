"""An import becomes one plan at most: a second confirmation, a discarded or a stale import is refused."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from chibo.conftest import persona_client
from chibo.importer.models import PlanImport, PlanImportError
from chibo.importer.services import confirm_import
from chibo.plans.models import Plan

from .review_helpers import shown_data, uploaded
from .samples import SEEDS

pytestmark = pytest.mark.django_db
SEED_000 = SEEDS / "000_950790157b01f4ad.txt"


def _review(world: Any) -> tuple[Any, Any, Any]:
    client = persona_client(world, "secretary")
    batch = uploaded(client, world.cell.pk, SEED_000.name, SEED_000.read_bytes())
    page = client.get(reverse("importer:review", args=[world.cell.pk, batch.pk]))
    return client, batch, page


def test_posting_the_review_twice_makes_one_plan(world: Any) -> None:
    client, batch, page = _review(world)
    data = shown_data(page)

    first = client.post(page.request["PATH_INFO"], data)
    second = client.post(page.request["PATH_INFO"], data, follow=True)

    plan = Plan.objects.get()
    assert first["Location"] == reverse("plans:detail", args=[plan.pk])
    assert second.redirect_chain[0][0] == reverse("plans:detail", args=[plan.pk])
    assert "đã được lưu thành kế hoạch" in second.content.decode()
    assert plan.topics.count() == 4


def test_the_service_refuses_a_confirmed_import(world: Any) -> None:
    client, batch, page = _review(world)
    client.post(page.request["PATH_INFO"], shown_data(page))
    fields = {"kind": "thematic", "year": 2026, "title": "Lần hai"}

    with pytest.raises(PlanImportError, match="đã được lưu thành kế hoạch"):
        confirm_import(
            batch=batch, by=world.secretary.user, plan_fields=fields, topics=[], targets=[]
        )

    assert Plan.objects.count() == 1


def test_a_discarded_import_cannot_be_confirmed(world: Any) -> None:
    client, batch, page = _review(world)
    client.post(reverse("importer:discard", args=[world.cell.pk, batch.pk]))

    response = client.post(page.request["PATH_INFO"], shown_data(page))

    assert response["Location"] == reverse("importer:upload", args=[world.cell.pk])
    assert PlanImport.objects.get().status == PlanImport.Status.DISCARDED
    assert Plan.objects.count() == 0


def test_a_stale_import_is_refused_and_nothing_is_saved(world: Any) -> None:
    client, batch, page = _review(world)
    PlanImport.objects.filter(pk=batch.pk).update(created_at=timezone.now() - dt.timedelta(days=8))

    response = client.post(page.request["PATH_INFO"], shown_data(page), follow=True)

    assert "quá 7 ngày" in response.content.decode()
    assert Plan.objects.count() == 0
    assert PlanImport.objects.get().status == PlanImport.Status.PENDING


def test_a_refused_topic_rolls_back_the_whole_plan(world: Any) -> None:
    client, batch, page = _review(world)
    topic = {"title": "x", "content": "", "quarter": 1, "month": 5, "form": "", "preparer_note": "",
             "outputs": "", "preparers": [], "new_member": None}  # fmt: skip
    fields = {"kind": "thematic", "year": 2026, "title": "Kế hoạch"}

    with pytest.raises(Exception, match="Tháng 5"):
        confirm_import(
            batch=batch, by=world.secretary.user, plan_fields=fields, topics=[topic], targets=[]
        )

    assert Plan.objects.count() == 0
    assert PlanImport.objects.get().status == PlanImport.Status.PENDING
