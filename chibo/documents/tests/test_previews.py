"""Phones open the PDF in the browser, and the dossier shows a picture of each first page,
drawn once from the stored PDF (pdftoppm) and kept under its SHA-256."""

from __future__ import annotations

import shutil

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from chibo.documents.previews import preview_name

from .helpers import make_issued

pytestmark = pytest.mark.django_db
needs_tools = pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftoppm")), reason="LibreOffice, poppler"
)


@needs_tools
def test_the_pdf_opens_inline_and_its_first_page_is_drawn_once(world, member_client, monkeypatch):
    doc = make_issued(world.cell, world.secretary.user, pdf=True)
    response = member_client.get(reverse("documents:view", args=[doc.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    response = member_client.get(reverse("documents:preview", args=[doc.pk]))
    png = response.content
    assert response.status_code == 200 and png.startswith(b"\x89PNG")
    assert default_storage.exists(preview_name(doc))
    monkeypatch.setattr(shutil, "which", lambda name: None)  # kept: no second drawing
    assert member_client.get(reverse("documents:preview", args=[doc.pk])).content == png


def test_no_pdf_means_a_vietnamese_404_not_a_picture(world, member_client, other_client):
    doc = make_issued(world.cell, world.secretary.user)
    response = member_client.get(reverse("documents:view", args=[doc.pk]))
    assert response.status_code == 404 and "PDF" in response.content.decode()
    assert member_client.get(reverse("documents:preview", args=[doc.pk])).status_code == 404
    assert other_client.get(reverse("documents:view", args=[doc.pk])).status_code == 404
