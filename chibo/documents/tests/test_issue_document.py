"""Issuing numbers, renders, stores and records a document once; it is never re-rendered."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pytest
from docx import Document

from chibo.audit.models import AuditEntry
from chibo.documents import models as document_models
from chibo.documents.models import DocumentError, IssuedDocument, NumberRegister
from chibo.documents.pdf import PdfUnavailable

from .helpers import make_issued, small_document


def test_issuing_puts_the_next_number_into_the_rendered_document(world):
    make_issued(world.cell, world.secretary.user)
    doc = make_issued(world.cell, world.secretary.user)
    assert (doc.number, doc.number_text) == (2, "Số 02-KH/CB")
    _, content_type, data = doc.open_file("docx")
    assert content_type.endswith("wordprocessingml.document")
    header = Document(io.BytesIO(data)).tables[0].rows[0].cells[0]
    assert header.paragraphs[3].text == "Số 02-KH/CB"


def test_the_stored_file_matches_its_recorded_hash_and_lives_under_the_cell(world):
    doc = make_issued(world.cell, world.secretary.user)
    name, _, data = doc.open_file("docx")
    assert hashlib.sha256(data).hexdigest() == doc.docx_sha256
    assert doc.docx.name.startswith(f"documents/{world.cell.pk}/2026/")
    assert name == "01-KH-ke-hoach-sinh-hoat-chuyen-de-nam-2026.docx"


def test_issuing_writes_an_audit_entry(world):
    doc = make_issued(world.cell, world.secretary.user)
    entry = AuditEntry.objects.get(action="document.issue", object_id=str(doc.pk))
    assert entry.actor == world.secretary.user and entry.cell == world.cell
    assert entry.after["number_text"] == "Số 01-KH/CB"
    assert entry.after["docx_sha256"] == doc.docx_sha256


def test_without_pdf_the_reason_is_kept_and_opening_the_pdf_explains_it(world):
    doc = make_issued(world.cell, world.secretary.user)
    assert not doc.pdf and "DOCX vẫn tải được" in doc.pdf_error
    with pytest.raises(DocumentError, match="DOCX vẫn tải được"):
        doc.open_file("pdf")


def test_a_missing_libreoffice_is_recorded_not_fatal(world, settings, monkeypatch):
    settings.DOCUMENTS_PDF = True

    def fail(data: bytes, **kw: object) -> bytes:
        raise PdfUnavailable("Máy chủ chưa cài LibreOffice nên chưa tạo được PDF.")

    monkeypatch.setattr(document_models, "docx_to_pdf", fail)
    doc = IssuedDocument.issue(
        cell=world.cell, type_code="NQ", title="Nghị quyết", on=dt.date(2026, 2, 1),
        by=world.secretary.user, source=None, build=small_document,
    )  # fmt: skip
    assert doc.pdf_error.startswith("Máy chủ chưa cài LibreOffice") and doc.number == 1


def test_a_stored_pdf_gets_its_own_hash(world, settings, monkeypatch):
    settings.DOCUMENTS_PDF = True
    monkeypatch.setattr(document_models, "docx_to_pdf", lambda data, **kw: b"%PDF-1.7 fake")
    doc = IssuedDocument.issue(
        cell=world.cell, type_code="KH", title="Kế hoạch", on=dt.date(2026, 2, 1),
        by=world.secretary.user, source=world.cell, build=small_document,
    )  # fmt: skip
    assert doc.pdf_sha256 == hashlib.sha256(b"%PDF-1.7 fake").hexdigest()
    assert doc.open_file("pdf")[2] == b"%PDF-1.7 fake"
    assert (doc.source_type, doc.source_id) == ("organizations.cell", str(world.cell.pk))


def test_a_failing_build_gives_back_the_number_and_leaves_no_file(world):
    def broken(number: str):  # type: ignore[no-untyped-def]
        raise ValueError("build failed")

    with pytest.raises(ValueError):
        IssuedDocument.issue(
            cell=world.cell, type_code="KH", title="Hỏng", on=dt.date(2026, 1, 5),
            by=world.secretary.user, source=None, build=broken,
        )  # fmt: skip
    assert not IssuedDocument.objects.exists()
    assert NumberRegister.take_next(cell=world.cell, type_code="KH", on=dt.date(2026, 1, 5)) == 1


def test_a_failure_after_storing_deletes_the_stored_file(world, monkeypatch):
    stored: list[str] = []
    real_save = IssuedDocument.save

    def save_then_fail(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        stored.append(self.docx.name)
        raise RuntimeError("database went away")

    monkeypatch.setattr(IssuedDocument, "save", save_then_fail)
    with pytest.raises(RuntimeError):
        make_issued(world.cell, world.secretary.user)
    monkeypatch.setattr(IssuedDocument, "save", real_save)
    assert stored and not IssuedDocument.docx.field.storage.exists(stored[0])


def test_a_tampered_file_is_refused(world):
    doc = make_issued(world.cell, world.secretary.user)
    storage = doc.docx.storage
    storage.delete(doc.docx.name)
    storage.save(doc.docx.name, io.BytesIO(b"changed"))
    with pytest.raises(DocumentError, match="SHA-256"):
        doc.open_file("docx")
