"""An activity plan (seed 003) is imported with its targets, each editable before saving."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse

from chibo.conftest import persona_client
from chibo.plans.models import Plan

from .review_helpers import shown_data, uploaded
from .samples import GROUND_TRUTH, SEEDS

pytestmark = pytest.mark.django_db
SEED_003 = SEEDS / "003_614621ef32a15838.txt"


def test_targets_are_saved_as_reviewed(world: Any) -> None:
    client = persona_client(world, "secretary")
    batch = uploaded(client, world.cell.pk, SEED_003.name, SEED_003.read_bytes())
    page = client.get(reverse("importer:review", args=[world.cell.pk, batch.pk]))
    truth = json.loads((GROUND_TRUTH / "003.json").read_text())["targets"]
    parsed = batch.parsed["targets"]
    assert len(parsed) == len(truth)
    data = shown_data(page) | {"g-0-value_min": "95", "g-1-DELETE": "on"}

    response = client.post(page.request["PATH_INFO"], data)

    assert response.status_code == 302
    plan = Plan.objects.get()
    targets = list(plan.targets.all())
    assert plan.kind == Plan.Kind.ACTIVITY and plan.year == 2022
    assert len(targets) == len(truth) - 1
    assert targets[0].text.startswith(truth[0]["text"])
    assert targets[0].text == parsed[0]["text"]
    assert targets[0].value_min == Decimal("95")
    assert [t.text for t in targets[1:]] == [t["text"] for t in parsed[2:]]
    assert [t.kind for t in targets[1:]] == [t["kind"] for t in truth[2:]]
