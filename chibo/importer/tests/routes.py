"""Persona expectations for every import route (see chibo/core/tests/route_matrix.py).

Only the cell's chi ủy imports: members and the committee officer above (who only read) 403,
other cells 404."""

from __future__ import annotations

from typing import Any

from chibo.core.tests.route_matrix import Route, editor_route
from chibo.importer.models import PlanImport


def _pending(w: Any) -> int:
    return PlanImport.objects.create(
        cell=w.cell, filename="ke-hoach.txt", source="txt", source_text="KẾ HOẠCH",
        parsed={"kind": "thematic", "year": 2026, "title": "Tổ chức sinh hoạt chuyên đề năm 2026",
                "topics": [], "targets": [], "warnings": []},
    ).pk  # fmt: skip


ROUTES: list[Route] = [
    editor_route("importer:upload", lambda w: [w.cell.pk]),
    editor_route("importer:review", lambda w: [w.cell.pk, _pending(w)]),
    editor_route("importer:discard", lambda w: [w.cell.pk, _pending(w)], method="post", ok=302),
]
