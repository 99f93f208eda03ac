"""Persona expectations for every admissions route (see chibo/core/tests/route_matrix.py)."""

from typing import Any

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from chibo.admissions.models import Attachment, StepKind
from chibo.admissions.tests.helpers import make_candidate, with_file
from chibo.core.tests.route_matrix import LOGIN, Route, editor_route, reader_route

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
OFFICER_ONLY = {
    "anonymous": LOGIN,
    "member": 404,
    "secretary": 404,
    "other_cell": 404,
    "officer": 200,
}
# Scans hold family details: the chi ủy and the committee officer read them, not every member.
SCAN_READER = {
    "anonymous": LOGIN,
    "member": 403,
    "secretary": 200,
    "other_cell": 404,
    "officer": 200,
}


def _c(w: Any) -> list[int]:
    return [make_candidate(w).pk]


def _scan(w: Any) -> list[int]:
    candidate = make_candidate(w)
    attachment = Attachment(
        candidate=candidate, title="Đơn xin vào Đảng (bản chụp)", file_kind="pdf"
    )
    attachment.file.save("don.pdf", ContentFile(PDF), save=False)
    attachment.save()
    return [candidate.pk, attachment.pk]


def _summary(w: Any) -> list[int]:
    candidate = with_file(w)
    step = candidate.steps.get(kind=StepKind.COMMENTS)
    return [candidate.pk, step.pk]


def _edit_data(w: Any) -> dict[str, str]:
    return {"full_name": "Lê Thị Thu Hằng", "gender": "female", "birth_date": "1990-04-12",
            "education": "upper_secondary", "unit_has_youth_union": "on", "listed_on": "2025-09-01"}  # fmt: skip


ROUTES: list[Route] = [
    reader_route("admissions:list", lambda w: [w.cell.pk]),
    reader_route("admissions:list", lambda w: [w.cell.pk], query="?stage=all"),
    editor_route("admissions:create", lambda w: [w.cell.pk]),
    editor_route(
        "admissions:create",
        lambda w: [w.cell.pk],
        method="post",
        ok=302,
        data=lambda w: {"full_name": "Lê Văn An", "gender": "male"},
    ),  # fmt: skip
    reader_route("admissions:detail", _c),
    reader_route("admissions:detail", lambda w: [with_file(w).pk]),
    editor_route("admissions:edit", _c),
    editor_route("admissions:edit", _c, method="post", ok=302, data=_edit_data),
    editor_route(
        "admissions:transition",
        lambda w: [*_c(w), "application"],
        method="post",
        ok=302,
        data=lambda w: {"on": "2026-01-05"},
    ),  # fmt: skip
    editor_route(
        "admissions:attach",
        _c,
        method="post",
        ok=302,
        data=lambda w: {"title": "Đơn xin vào Đảng", "file": SimpleUploadedFile("don.pdf", PDF)},
    ),  # fmt: skip
    Route("admissions:scan", _scan, expect=SCAN_READER),
    reader_route("admissions:step_file", _summary),
    Route("admissions:committee", lambda w: [w.committee.pk], expect=OFFICER_ONLY),
    Route(
        "admissions:committee",
        lambda w: [w.committee.pk],
        expect=OFFICER_ONLY,
        query="?stage=proposed",
    ),
    Route(
        "admissions:committee_rules",
        lambda w: [w.committee.pk],
        method="post",
        data=lambda w: {"rule_set": "qd208_2026"},
        expect={**OFFICER_ONLY, "officer": 302},
    ),  # fmt: skip
]
