"""The number register (số văn bản per type per term, HD 36 §3.3) and issued documents.

An issued document is rendered once, stored with its SHA-256 and never re-rendered.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from chibo.audit.models import log_action
from chibo.documents.party import PartyDocument, format_number, render_docx
from chibo.documents.pdf import PdfUnavailable, docx_to_pdf
from chibo.lib.vietnamese import fold
from chibo.organizations.models import Cell, Term

PDF_DISABLED = "Máy chủ chưa bật tạo PDF; bản DOCX vẫn tải được."
CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


class DocumentError(Exception):
    """A document rule refused the action; the message is for the user, in Vietnamese."""


class DocumentType(models.TextChoices):
    """HD 36 abbreviations (party-rules.md §3.4); BB is chi bộ practice, not verified."""

    PLAN = "KH", "Kế hoạch"
    MINUTES = "BB", "Biên bản"
    RESOLUTION = "NQ", "Nghị quyết"
    REPORT = "BC", "Báo cáo"
    CONCLUSION = "KL", "Kết luận"
    NOTICE = "TB", "Thông báo"
    # Giấy giới thiệu sinh hoạt đảng (chibo.transfers); the HD 36 abbreviation is not verified.
    INTRODUCTION = "GGT", "Giấy giới thiệu"


class NumberRegister(models.Model):
    """The last number given to one document type in one term of one cell."""

    cell = models.ForeignKey(Cell, on_delete=models.CASCADE, related_name="number_registers")
    term = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="number_registers")
    type_code = models.CharField("loại văn bản", max_length=4, choices=DocumentType.choices)
    last_number = models.PositiveIntegerField("số cuối", default=0)

    class Meta:
        verbose_name = "sổ số văn bản"
        verbose_name_plural = "sổ số văn bản"
        constraints = [
            models.UniqueConstraint(
                fields=["cell", "term", "type_code"], name="documents_one_register_per_type"
            )
        ]

    def __str__(self) -> str:
        return f"{self.cell} · {self.term} · {self.type_code}: {self.last_number}"

    @classmethod
    def take_next(cls, *, cell: Cell, type_code: str, on: dt.date) -> int:
        """The next number of `type_code` in the term covering `on`: restarts at 1 per type per
        term (HD 36 §3.3); no gaps, no duplicates, also when two people issue at once."""
        return cls._take(cell=cell, type_code=type_code, on=on)[1]

    @classmethod
    def _take(cls, *, cell: Cell, type_code: str, on: dt.date) -> tuple[Term, int]:
        if type_code not in DocumentType.values:
            raise DocumentError(f"Loại văn bản “{type_code}” không có trong danh mục.")
        term = cell.current_term(on)
        if term is None:
            raise DocumentError(
                f"Chi bộ chưa khai báo nhiệm kỳ chứa ngày {on:%d/%m/%Y}, "
                "nên chưa cấp được số văn bản. Hãy khai báo nhiệm kỳ trước."
            )
        for attempt in range(2):
            try:
                with transaction.atomic():
                    row, _ = cls.objects.select_for_update().get_or_create(
                        cell=cell, term=term, type_code=type_code
                    )
                    row.last_number += 1
                    row.save(update_fields=["last_number"])
                    return term, row.last_number
            except IntegrityError:
                # Someone created the row between our read and our insert: read it again.
                if attempt:
                    raise
        raise AssertionError("unreachable")


def _upload_to(instance: IssuedDocument, filename: str) -> str:
    return f"documents/{instance.cell_id}/{instance.issued_on.year}/{filename}"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class IssuedDocumentQuerySet(models.QuerySet["IssuedDocument"]):
    def for_cell(self, cell: Cell) -> IssuedDocumentQuerySet:
        return self.filter(cell=cell)


class IssuedDocument(models.Model):
    cell = models.ForeignKey(Cell, on_delete=models.PROTECT, related_name="issued_documents")
    term = models.ForeignKey(Term, on_delete=models.PROTECT, related_name="issued_documents")
    type_code = models.CharField("loại văn bản", max_length=4, choices=DocumentType.choices)
    number = models.PositiveIntegerField("số")
    number_text = models.CharField("số, ký hiệu", max_length=50)
    title = models.CharField("trích yếu", max_length=300)
    issued_on = models.DateField("ngày ban hành")
    issued_at = models.DateTimeField("thời điểm ban hành", default=timezone.now)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người ban hành",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_type = models.CharField(max_length=100, blank=True)  # "plans.plan"
    source_id = models.CharField(max_length=50, blank=True)
    docx = models.FileField(upload_to=_upload_to, max_length=255)
    docx_sha256 = models.CharField(max_length=64)
    pdf = models.FileField(upload_to=_upload_to, max_length=255, blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    pdf_error = models.TextField(blank=True)

    objects = IssuedDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on", "-issued_at"]
        verbose_name = "văn bản đã ban hành"
        verbose_name_plural = "văn bản đã ban hành"
        constraints = [
            models.UniqueConstraint(
                fields=["cell", "term", "type_code", "number"], name="documents_unique_number"
            )
        ]

    def __str__(self) -> str:
        return f"{self.number_text} {self.title}"

    @classmethod
    def issue(
        cls,
        *,
        cell: Cell,
        type_code: str,
        title: str,
        on: dt.date,
        by: Any,
        source: models.Model | None,
        build: Callable[[str], PartyDocument],
    ) -> IssuedDocument:
        """Take the next number, render the document with it, store DOCX (and PDF when the
        server can make one) with their hashes, and record who issued it."""
        stored: list[models.fields.files.FieldFile] = []
        try:
            with transaction.atomic():
                term, number = NumberRegister._take(cell=cell, type_code=type_code, on=on)
                number_text = format_number(number, type_code)
                docx_bytes = render_docx(build(number_text))
                pdf_bytes, pdf_error = _try_pdf(docx_bytes)
                doc = cls(
                    cell=cell, term=term, type_code=type_code, number=number,
                    number_text=number_text, title=title[:300], issued_on=on,
                    issued_by=by if getattr(by, "is_authenticated", False) else None,
                    source_type=source._meta.label_lower if source is not None else "",
                    source_id=str(source.pk) if source is not None else "",
                    docx_sha256=_sha256(docx_bytes), pdf_error=pdf_error,
                )  # fmt: skip
                stem = f"{type_code}-{number:02d}-{term.pk}"
                doc.docx.save(f"{stem}.docx", ContentFile(docx_bytes), save=False)
                stored.append(doc.docx)
                if pdf_bytes is not None:
                    doc.pdf.save(f"{stem}.pdf", ContentFile(pdf_bytes), save=False)
                    doc.pdf_sha256 = _sha256(pdf_bytes)
                    stored.append(doc.pdf)
                doc.save()
                log_action(
                    doc,
                    "document.issue",
                    by=by,
                    cell=cell,
                    after={
                        "number_text": number_text,
                        "title": doc.title,
                        "issued_on": on.isoformat(),
                        "docx_sha256": doc.docx_sha256,
                        "pdf_sha256": doc.pdf_sha256,
                        "pdf_error": pdf_error,
                    },
                )
        except Exception:
            # The number and the row are rolled back: do not leave orphan files behind.
            for field_file in stored:
                field_file.storage.delete(str(field_file.name))
            raise
        return doc

    @property
    def type_label(self) -> str:
        return DocumentType(self.type_code).label if self.type_code in DocumentType.values else ""

    def filename(self, fmt: str) -> str:
        """'03-KH-ke-hoach-sinh-hoat-chuyen-de-2026.docx': ASCII, safe in every browser."""
        words = "-".join(fold(self.title).replace("/", " ").split())
        slug = "".join(c for c in words if c.isalnum() or c == "-")[:60].strip("-")
        return f"{self.number:02d}-{self.type_code}-{slug or 'van-ban'}.{fmt}"

    def open_file(self, fmt: str) -> tuple[str, str, bytes]:
        """(filename, content type, bytes) of the stored file, checked against its hash."""
        if fmt not in CONTENT_TYPES:
            raise DocumentError(f"Không có định dạng “{fmt}”.")
        field_file, expected = (
            (self.docx, self.docx_sha256) if fmt == "docx" else (self.pdf, self.pdf_sha256)
        )
        if not field_file:
            raise DocumentError(self.pdf_error or "Văn bản này chưa có bản PDF.")
        with field_file.storage.open(str(field_file.name), "rb") as handle:
            data = handle.read()
        if _sha256(data) != expected:
            raise DocumentError(
                "Tệp lưu trữ không khớp mã băm SHA-256 đã ghi khi ban hành; "
                "không trả tệp này. Hãy báo quản trị viên."
            )
        return self.filename(fmt), CONTENT_TYPES[fmt], data


def _try_pdf(docx_bytes: bytes) -> tuple[bytes | None, str]:
    if not getattr(settings, "DOCUMENTS_PDF", True):
        return None, PDF_DISABLED
    try:
        return docx_to_pdf(docx_bytes), ""
    except PdfUnavailable as exc:
        return None, str(exc)
