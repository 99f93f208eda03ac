"""Persona expectations for every import route (see chibo/core/tests/route_matrix.py).

Only the cell's chi ủy imports: members and the committee officer above (who only read) 403,
other cells 404."""

from __future__ import annotations

from typing import Any

from django.core.files.base import ContentFile

from chibo.core.tests.route_matrix import Route, editor_route, reader_route
from chibo.importer.models import PlanImport, PlanImportPage

# The smallest valid PNG (1×1, grey): a page image as the OCR step would keep it.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b55"
    "0000000a49444154789c636800000082008177cd72b60000000049454e44ae426082"
)


def _pending(w: Any) -> int:
    return PlanImport.objects.create(
        cell=w.cell, filename="ke-hoach.txt", source="txt", source_text="KẾ HOẠCH",
        parsed={"kind": "thematic", "year": 2026, "title": "Tổ chức sinh hoạt chuyên đề năm 2026",
                "topics": [], "targets": [], "warnings": []},
    ).pk  # fmt: skip


def _scan(w: Any) -> list[int]:
    """A pending import of a scan with one stored page image: [cell, import, page number]."""
    batch = PlanImport.objects.create(
        cell=w.cell, filename="anh-chup.jpg", source="scan", source_text="KẾ HOẠCH",
        parsed={"kind": "thematic", "year": 2026, "topics": [], "targets": [], "warnings": []},
        uncertain=["HOẠCH"],
    )  # fmt: skip
    page = PlanImportPage(batch=batch, number=1, width=1, height=1)
    page.image.save("1.png", ContentFile(PNG))
    return [w.cell.pk, batch.pk, 1]


def _reading(w: Any) -> list[int]:
    """An import of photos still being read, whose reading failed: [cell, import]."""
    batch = PlanImport.objects.create(
        cell=w.cell, filename="2 ảnh chụp: a.jpg, b.jpg", source="scan", source_text="",
        parsed={}, status=PlanImport.Status.FAILED, pages_total=1, error="Ảnh bị hỏng.",
    )  # fmt: skip
    page = PlanImportPage(batch=batch, number=1)
    page.original.save("1", ContentFile(PNG))
    return [w.cell.pk, batch.pk]


def _ordered(w: Any) -> list[int]:
    """A pending import of two photos read in the worker (each page kept its text)."""
    batch = PlanImport.objects.create(
        cell=w.cell, filename="2 ảnh chụp: a.jpg, b.jpg", source="scan", source_text="KẾ HOẠCH",
        parsed={}, pages_total=2, pages_read=2,
    )  # fmt: skip
    for number, text in ((1, "Trang sau: 2. Chuyên đề 2"), (2, "KẾ HOẠCH Sinh hoạt chuyên đề")):
        page = PlanImportPage(batch=batch, number=number, width=1, height=1,
                              blocks=[{"kind": "paragraph", "text": text, "rows": [],
                                       "list_item": False}])  # fmt: skip
        page.image.save(f"{number}.png", ContentFile(PNG))
    return [w.cell.pk, batch.pk]


def _original(w: Any) -> list[int]:
    """An issued plan made from a scan, with its page image kept: [plan, page number]."""
    from chibo.plans.tests.helpers import make_plan, mark_issued

    plan = mark_issued(make_plan(w.cell))
    batch = PlanImport.objects.create(
        cell=w.cell, filename="anh-chup.jpg", source="scan", source_text="KẾ HOẠCH",
        parsed={}, status=PlanImport.Status.CONFIRMED, plan=plan,
    )  # fmt: skip
    page = PlanImportPage(batch=batch, number=1, width=1, height=1)
    page.image.save("1.png", ContentFile(PNG))
    return [plan.pk, 1]


ROUTES: list[Route] = [
    editor_route("importer:upload", lambda w: [w.cell.pk]),
    editor_route("importer:review", lambda w: [w.cell.pk, _pending(w)]),
    editor_route("importer:discard", lambda w: [w.cell.pk, _pending(w)], method="post", ok=302),
    editor_route("importer:page", _scan),
    editor_route("importer:review", _reading),  # the waiting page (failed: retry or discard)
    editor_route("importer:status", _reading),
    editor_route("importer:retry", _reading, method="post", ok=302),
    editor_route(
        "importer:reorder",
        _ordered,
        method="post",
        ok=302,
        data=lambda w: {"import_version": "1", "up": "2"},
    ),
    # The original pages of an issued plan: whoever reads the plan (the committee above too).
    reader_route("importer:original", _original),
]
