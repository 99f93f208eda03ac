"""A plan made from photos keeps its originals visible (issue 17): the plan page links the
pages of the import it came from, served to whoever may read the plan (the cell's members, the
committee above once issued) and 404 to anyone else. The plans app only knows a port
(`chibo.plans.originals`); the importer fills it in its AppConfig.ready()."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from chibo.conftest import persona_client
from chibo.importer.models import PlanImport
from chibo.importer.services import start_import
from chibo.plans.models import Plan
from chibo.plans.originals import originals_of
from chibo.plans.tests.helpers import mark_issued

from .review_helpers import shown_data
from .test_scan_review import png, scanned

pytestmark = pytest.mark.django_db


def confirmed_scan(world: Any) -> Plan:
    read = scanned([], pages=2)
    read.page_images = [png(90, 120), png(91, 120)]
    batch = start_import(cell=world.cell, by=world.secretary.user, filename="2 ảnh chụp: a.jpg, b.jpg",
                         read=read)  # fmt: skip
    client = persona_client(world, "secretary")
    url = reverse("importer:review", args=[world.cell.pk, batch.pk])
    response = client.post(url, shown_data(client.get(url)))
    assert response.status_code == 302
    return Plan.objects.get(pk=PlanImport.objects.get().plan_id)


def test_the_plan_page_links_the_original_pages(world: Any) -> None:
    plan = confirmed_scan(world)
    html = (
        persona_client(world, "member")
        .get(reverse("plans:detail", args=[plan.pk]))
        .content.decode()
    )
    assert "Bản gốc: ảnh 2 trang kế hoạch đã nhập" in html and "(2 ảnh chụp: a.jpg, b.jpg)" in html
    for number in (1, 2):
        assert f'href="{reverse("importer:original", args=[plan.pk, number])}"' in html
    found = originals_of(plan)
    assert found is not None and [p.number for p in found.pages] == [1, 2]


def test_a_typed_plan_has_no_originals(world: Any) -> None:
    from chibo.plans.tests.helpers import make_plan

    plan = make_plan(world.cell)
    assert originals_of(plan) is None
    html = (
        persona_client(world, "secretary")
        .get(reverse("plans:detail", args=[plan.pk]))
        .content.decode()
    )
    assert "Bản gốc" not in html


@pytest.mark.parametrize(
    "persona, draft, issued",
    [("member", 200, 200), ("secretary", 200, 200), ("officer", 404, 200),
     ("other_cell", 404, 404)],
)  # fmt: skip
def test_the_original_pages_follow_the_plans_own_access(
    world: Any, persona: str, draft: int, issued: int
) -> None:
    plan = confirmed_scan(world)
    client = persona_client(world, persona)
    url = reverse("importer:original", args=[plan.pk, 2])
    response = client.get(url)
    assert response.status_code == draft
    if draft == 200:
        assert response["Content-Type"] == "image/png"
        assert b"".join(response.streaming_content)[:8] == b"\x89PNG\r\n\x1a\n"
    mark_issued(plan)
    assert client.get(url).status_code == issued


def test_a_page_that_is_not_there_is_404(world: Any) -> None:
    plan = confirmed_scan(world)
    client = persona_client(world, "secretary")
    assert client.get(reverse("importer:original", args=[plan.pk, 3])).status_code == 404
    assert client.get(reverse("importer:original", args=[plan.pk + 99, 1])).status_code == 404
