"""Done means: seed 001 rebuilt as Word, uploaded, reviewed without changes and confirmed,
gives the same topics as the hand-entered demo plan (title, quarter, month, preparers)."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.conftest import make_member, persona_client
from chibo.demo.plan_seeds import VINH_PHONG_4_2026
from chibo.lib.vietnamese import fold
from chibo.plans.models import Plan

from .review_helpers import shown_data, uploaded
from .seed_docx import seed_001_docx

pytestmark = pytest.mark.django_db


def _norm(text: str) -> str:
    return " ".join(fold(text).split())


@pytest.fixture
def vinh_phong(world: Any) -> Any:
    """The demo cell of seed 001: its Bí thư (bithu2) and the two preparers."""
    make_member(world.other_cell, "Võ Thị Mỹ Ly")
    make_member(world.other_cell, "Phạm Văn Lân", gender="male")
    return world.other_cell


def test_the_imported_docx_gives_the_demo_plans_topics(world: Any, vinh_phong: Any) -> None:
    client = persona_client(world, "other_cell")
    batch = uploaded(client, vinh_phong.pk, "Kế hoạch chuyên đề 2026.docx", seed_001_docx())
    assert Plan.objects.count() == 0  # nothing saved before the confirmation

    page = client.get(reverse("importer:review", args=[vinh_phong.pk, batch.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Đã khớp" in html and "Võ Thị Mỹ Ly" in html
    assert "Chuyên đề 2" in html

    data = shown_data(page)
    # The file abbreviates "Đảng ủy xã VP"; the reviewer spells it out, as the demo does.
    assert "Đảng ủy xã VP (để báo cáo)" in data["plan-recipients"]
    data["plan-recipients"] = data["plan-recipients"].replace("xã VP", "xã Vĩnh Phong")
    response = client.post(page.request["PATH_INFO"], data)
    plan = Plan.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("plans:detail", args=[plan.pk])

    demo = VINH_PHONG_4_2026
    assert (plan.kind, plan.year, plan.status) == (demo["kind"], demo["year"], Plan.Status.DRAFT)
    assert _norm(plan.title) == _norm(demo["title"])
    assert plan.plan_date.isoformat() == demo["plan_date"]
    assert plan.recipients == demo["recipients"]
    assert plan.signature_name == demo["signer"]
    assert [_norm(b) for b in plan.legal_bases] == [_norm(b) for b in demo["legal_bases"]]
    got = [
        (_norm(t.title), t.quarter, t.month, sorted(m.full_name for m in t.preparers.all()))
        for t in plan.topics.all()
    ]
    want = [
        (_norm(t["title"]), t["quarter"], t["month"], sorted(t["preparers"]))
        for t in demo["topics"]
    ]
    assert got == want
    assert [_norm(t.content) for t in plan.topics.all()] == [
        _norm(t["content"]) for t in demo["topics"]
    ]
    assert [t.preparer_note for t in plan.topics.all()] == ["", ""]
    batch.refresh_from_db()
    assert (batch.status, batch.plan_id) == ("confirmed", plan.pk)
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"plan_import.upload", "plan.create", "plan.topic.add", "plan_import.confirm"} <= actions


def test_the_imported_plan_can_be_issued(world: Any, vinh_phong: Any) -> None:
    client = persona_client(world, "other_cell")
    batch = uploaded(client, vinh_phong.pk, "kh.docx", seed_001_docx())
    page = client.get(reverse("importer:review", args=[vinh_phong.pk, batch.pk]))
    client.post(page.request["PATH_INFO"], shown_data(page))
    plan = Plan.objects.get()

    response = client.post(reverse("plans:issue", args=[plan.pk]), {"confirm": "on"})

    plan.refresh_from_db()
    assert response.status_code == 302
    assert plan.status == Plan.Status.ISSUED
    assert plan.signature_name == "Nguyễn Hoài Thu"
