"""Uploading: every seed is read and kept for review; a bad file shows why and saves nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse

from chibo.conftest import persona_client
from chibo.importer.models import PlanImport
from chibo.plans.models import Plan

from .review_helpers import upload, uploaded
from .samples import GROUND_TRUTH, SEEDS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_each_seed_is_read_and_shown_for_review(world: Any, seed: str) -> None:
    client = persona_client(world, "secretary")
    batch = uploaded(client, world.cell.pk, seed, (SEEDS / seed).read_bytes())
    truth = json.loads((GROUND_TRUTH / f"{seed[:3]}.json").read_text())

    page = client.get(reverse("importer:review", args=[world.cell.pk, batch.pk]))

    assert page.status_code == 200
    assert page.context["topics"].initial_form_count() == len(truth["topics"])
    assert batch.parsed["kind"] == truth["kind"]
    assert batch.source == "txt" and "KẾ HOẠCH" in batch.source_text
    assert Plan.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("ke-hoach.docx", b"PK\x03\x04 not really a zip", "hỏng"),
        ("ke-hoach.pdf", b"", "Tệp rỗng"),
        ("ke-hoach.pdf", b"%PDF-1.4 broken", "PDF"),
        ("ke-hoach.txt", "§¶ng bé x· VÜnh Phong ".encode("cp1252", "replace") * 40, "Unicode"),
        ("ke-hoach.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".docx"),
    ],
)
def test_a_bad_file_shows_the_message_and_saves_nothing(
    world: Any, name: str, data: bytes, message: str
) -> None:
    client = persona_client(world, "secretary")

    response = upload(client, world.cell.pk, name, data)

    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert message in errors
    assert message in response.content.decode()
    assert PlanImport.objects.count() == 0
    assert Plan.objects.count() == 0


def test_a_file_over_the_limit_is_refused(world: Any, settings: Any) -> None:
    settings.CHIBO_MAX_UPLOAD_BYTES = 1000
    client = persona_client(world, "secretary")

    response = upload(client, world.cell.pk, "ke-hoach.txt", "Kế hoạch ".encode() * 200)

    assert "Tệp quá lớn" in response.content.decode()
    assert PlanImport.objects.count() == 0


def test_the_new_plan_page_offers_the_import(world: Any) -> None:
    client = persona_client(world, "secretary")

    response = client.get(reverse("plans:create", args=[world.cell.pk]))

    assert reverse("importer:upload", args=[world.cell.pk]) in response.content.decode()
    assert "Nhập từ tệp Word/PDF" in response.content.decode()
