"""The review form's "Ngày kế hoạch" is typed day/month/year like every member form
(`DayMonthYearField`): shown 10/01/2026, never the ISO 2026-01-10 the parser keeps; a day that
does not exist is refused with the reason, and nothing is saved."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from chibo.conftest import persona_client
from chibo.importer.models import PlanImport
from chibo.importer.reader import read_document
from chibo.importer.services import start_import
from chibo.plans.models import Plan

from .review_helpers import shown_data
from .test_scan_review import PLAN

pytestmark = pytest.mark.django_db


def _batch(world: Any) -> PlanImport:
    read = read_document(PLAN.encode(), "ke-hoach.txt")
    return start_import(cell=world.cell, by=world.secretary.user, filename="ke-hoach.txt",
                        read=read)  # fmt: skip


def test_the_plan_date_is_shown_day_first_in_a_text_box(world: Any) -> None:
    batch = _batch(world)
    assert batch.parsed["date"] == "2026-01-10"
    client = persona_client(world, "secretary")
    html = client.get(reverse("importer:review", args=[world.cell.pk, batch.pk])).content.decode()
    start = html.index('name="plan-plan_date"')
    box = html[html.rindex("<input", 0, start) : html.index(">", start) + 1]
    assert 'type="text"' in box and 'value="10/01/2026"' in box and 'data-date="dmy"' in box
    assert "2026-01-10" not in html
    assert 'type="date"' not in html  # no other date box on the screen either
    assert "ví dụ 05/01/1985" in html  # the format help of every day/month/year box


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31/02/2026", "Ngày 31/02/2026 không có thật: tháng 2 năm 2026 chỉ có 28 ngày."),
        ("10/13/2026", "Tháng 13 không có thật"),
        ("mùng 10", "không đọc được là ngày"),
    ],
)
def test_a_date_that_does_not_exist_is_refused_and_nothing_saved(
    world: Any, typed: str, message: str
) -> None:
    batch = _batch(world)
    client = persona_client(world, "secretary")
    url = reverse("importer:review", args=[world.cell.pk, batch.pk])
    data = shown_data(client.get(url)) | {"plan-plan_date": typed}
    response = client.post(url, data)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["plan_date"])
    assert message in response.content.decode()
    assert f'value="{typed}"' in response.content.decode()  # what was typed stays to correct
    assert Plan.objects.count() == 0
    batch.refresh_from_db()
    assert batch.is_pending


def test_a_date_typed_day_first_is_saved(world: Any) -> None:
    batch = _batch(world)
    client = persona_client(world, "secretary")
    url = reverse("importer:review", args=[world.cell.pk, batch.pk])
    response = client.post(url, shown_data(client.get(url)) | {"plan-plan_date": "05/02/2026"})
    assert response.status_code == 302
    assert Plan.objects.get().plan_date.isoformat() == "2026-02-05"
