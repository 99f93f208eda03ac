"""The review page's queries do not grow with the number of topics or members."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chibo.conftest import make_member, persona_client
from chibo.importer.models import PlanImport

pytestmark = pytest.mark.django_db


def _import(world: Any, topics: int) -> PlanImport:
    return PlanImport.objects.create(
        cell=world.cell, filename="kh.docx", source="docx", source_text="KẾ HOẠCH",
        parsed={"kind": "thematic", "year": 2026, "title": "Sinh hoạt chuyên đề năm 2026",
                "topics": [{"title": f"Chuyên đề {i}", "quarter": i % 4 + 1, "month": None,
                            "presenters": [{"name": "Dương Thị Huệ", "role_note": "", "text": ""},
                                           {"name": "Trần Văn Mới", "role_note": "", "text": ""}],
                            "preparer_note": "", "conflicts": [], "alternatives": {}}
                           for i in range(topics)], "targets": [], "warnings": []},
    )  # fmt: skip


def _queries(client: Any, world: Any, batch: PlanImport) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("importer:review", args=[world.cell.pk, batch.pk]))
    assert response.status_code == 200
    return len(captured)


def test_the_review_page_query_count_is_pinned(world: Any, django_assert_num_queries: Any) -> None:
    client = persona_client(world, "secretary")
    few = _queries(client, world, _import(world, 2))
    for i in range(20):
        make_member(world.cell, f"Nguyễn Văn Thành {i}")
    many = _queries(client, world, _import(world, 30))

    assert few == many
    url = reverse("importer:review", args=[world.cell.pk, _import(world, 12).pk])
    with django_assert_num_queries(few):
        client.get(url)
    assert few <= 12


def test_a_scan_review_page_query_count_does_not_grow_with_pages_or_doubts(world: Any) -> None:
    from chibo.importer.services import start_import

    from .test_scan_review import scanned

    client = persona_client(world, "secretary")
    one = start_import(cell=world.cell, by=world.secretary.user, filename="a.jpg",
                       read=scanned(["Huệ"], pages=1))  # fmt: skip
    many = start_import(cell=world.cell, by=world.secretary.user, filename="b.jpg",
                        read=scanned(["Huệ", "Nâng", "Quý", "Đông", "Bình"], pages=12))  # fmt: skip
    plain = _queries(client, world, _import(world, 2))

    assert _queries(client, world, one) == _queries(client, world, many) == plain + 1  # the pages
