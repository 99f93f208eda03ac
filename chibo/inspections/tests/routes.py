"""Persona expectations for every inspections route (see chibo/core/tests/route_matrix.py)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from chibo.core.tests.route_matrix import Route, editor_route, reader_route

from .helpers import make_programme, open_member_case, to_proposed


def _case(w: Any) -> list[int]:
    return [open_member_case(w).pk]


def _proposed(w: Any) -> list[Any]:
    return [to_proposed(w, open_member_case(w)).pk, "adopt"]


def _year(w: Any) -> str:
    return str(timezone.localdate().year)


ROUTES: list[Route] = [
    reader_route("inspections:list", lambda w: [w.cell.pk]),
    editor_route("inspections:programme_create", lambda w: [w.cell.pk]),
    editor_route("inspections:programme_create", lambda w: [w.cell.pk], method="post", ok=302,
                 data=lambda w: {"year": "2026"}),
    reader_route("inspections:programme", lambda w: [make_programme(w).pk]),
    reader_route("inspections:programme", lambda w: [make_programme(w, issued=False).pk]),
    editor_route("inspections:item_add", lambda w: [make_programme(w, issued=False).pk], method="post", ok=302,
                 data=lambda w: {"kind": "supervision", "mode": "regular", "subject_kind": "mass_org",
                                 "subject_org": "Công đoàn", "content": "Giám sát", "starts_on": f"{_year(w)}-03-01",
                                 "ends_on": f"{_year(w)}-04-30", "performers": [str(w.secretary.pk)]}),
    editor_route("inspections:programme_issue", lambda w: [make_programme(w, issued=False).pk], method="post",
                 ok=302, data=lambda w: {"on": timezone.localdate().isoformat()}),
    editor_route("inspections:case_create", lambda w: [w.cell.pk]),
    editor_route("inspections:case_create", lambda w: [w.cell.pk], query="?item=abc", ok=404),
    editor_route("inspections:case_create", lambda w: [w.cell.pk], method="post", ok=302,
                 data=lambda w: {"kind": "inspection", "mode": "thematic", "subject_kind": "member",
                                 "subject_member": str(w.member.pk), "title": "Chấp hành Điều lệ",
                                 "opened_on": timezone.localdate().isoformat(), "due_on": "2099-12-31"}),
    reader_route("inspections:case", _case),
    editor_route("inspections:case_verb", lambda w: [*_case(w), "findings"], method="post", ok=302,
                 data=lambda w: {"findings-text": "Chấp hành tốt.", "findings-on": timezone.localdate().isoformat()}),
    editor_route("inspections:case_verb", _proposed, method="post", ok=302,
                 data=lambda w: {"on": timezone.localdate().isoformat(), "votes_for": "2", "votes_against": "0"}),
    editor_route("inspections:case_verb", lambda w: [*_case(w), "nope"], method="post", ok=404),
]  # fmt: skip
