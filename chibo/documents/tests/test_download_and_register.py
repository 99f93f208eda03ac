"""Readers of the cell download issued documents and see the cell's number register."""

from __future__ import annotations

import datetime as dt
import hashlib

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chibo.conftest import persona_client

from .helpers import make_issued


def test_a_member_downloads_the_stored_docx(world):
    doc = make_issued(world.cell, world.secretary.user)
    response = persona_client(world, "member").get(
        reverse("documents:download", args=[doc.pk, "docx"])
    )
    assert response.status_code == 200
    assert hashlib.sha256(response.content).hexdigest() == doc.docx_sha256
    assert response["Content-Disposition"] == (
        'attachment; filename="01-KH-ke-hoach-sinh-hoat-chuyen-de-nam-2026.docx"'
    )


def test_a_missing_pdf_explains_why_and_offers_the_docx(world):
    doc = make_issued(world.cell, world.secretary.user)
    response = persona_client(world, "member").get(
        reverse("documents:download", args=[doc.pk, "pdf"])
    )
    assert response.status_code == 404
    page = response.content.decode()
    assert "DOCX vẫn tải được" in page
    assert reverse("documents:download", args=[doc.pk, "docx"]) in page


def test_an_unknown_format_is_not_found(world):
    doc = make_issued(world.cell, world.secretary.user)
    response = persona_client(world, "member").get(
        reverse("documents:download", args=[doc.pk, "odt"])
    )
    assert response.status_code == 404


def test_another_cell_cannot_download(world):
    doc = make_issued(world.cell, world.secretary.user)
    url = reverse("documents:download", args=[doc.pk, "docx"])
    assert persona_client(world, "other_cell").get(url).status_code == 404


def test_the_register_lists_the_cells_documents_with_numbers_and_hashes(world):
    plan = make_issued(world.cell, world.secretary.user)
    make_issued(world.cell, world.secretary.user, type_code="NQ", title="Nghị quyết tháng 2")
    make_issued(world.other_cell, world.other_secretary.user, title="Của chi bộ khác")
    response = persona_client(world, "officer").get(
        reverse("documents:register", args=[world.cell.pk])
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Số 01-KH/CB" in page and "Số 01-NQ/CB" in page and "Nghị quyết tháng 2" in page
    assert "Của chi bộ khác" not in page
    assert plan.docx_sha256[:12] in page and "Dương Thị Huệ" in page
    assert "chưa có PDF" in page


def test_the_register_query_count_does_not_grow_with_documents(world, django_assert_num_queries):
    client = persona_client(world, "member")
    url = reverse("documents:register", args=[world.cell.pk])
    make_issued(world.cell, world.secretary.user)
    client.get(url)  # warm the session
    with CaptureQueriesContext(connection) as one_document:
        client.get(url)
    # Session, user, cell, viewer's member and committees, the layout's badge, the list.
    assert len(one_document) <= 7
    for day in range(2, 12):
        make_issued(world.cell, world.secretary.user, on=dt.date(2026, 1, day))
    with django_assert_num_queries(len(one_document)):
        response = client.get(url)
    assert "Số 11-KH/CB" in response.content.decode()
