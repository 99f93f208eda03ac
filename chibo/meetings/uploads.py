"""Uploaded files: checked by their content (never by name or browser-sent type), size-capped,
stored through default_storage outside the web root, served only by access-checked views."""

from __future__ import annotations

import io
import os
import uuid
import zipfile
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError

from chibo.lib.uploads import IMAGE_HEAD_BYTES, UnsafeFile, check_image, check_zip

PDF, DOCX, XLSX, PNG, JPEG = "pdf", "docx", "xlsx", "png", "jpeg"
LABELS = {PDF: "PDF", DOCX: "Word (DOCX)", XLSX: "Excel (XLSX)", PNG: "ảnh PNG", JPEG: "ảnh JPEG"}
CONTENT_TYPES = {
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    PNG: "image/png",
    JPEG: "image/jpeg",
}
DRAFT_KINDS = (DOCX, PDF)
MATERIAL_KINDS = (DOCX, PDF, XLSX, PNG, JPEG)


def detect_kind(head: bytes, data: Any) -> str:
    """The file's real kind from its bytes, or ''. `data` is a seekable file for zip checks."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"PK\x03\x04"):
        try:
            data.seek(0)
            with zipfile.ZipFile(data) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return ""
        if "word/document.xml" in names:
            return DOCX
        if "xl/workbook.xml" in names:
            return XLSX
    return ""


def validate_upload(upload: Any, kinds: tuple[str, ...]) -> str:
    """Return the detected kind, or raise ValidationError with a Vietnamese message."""
    limit = settings.CHIBO_MAX_UPLOAD_BYTES
    size = getattr(upload, "size", None)
    if size is not None and size > limit:
        raise ValidationError(
            f"Tệp quá lớn ({size // 1024} KB); tối đa {limit // (1024 * 1024)} MB."
        )
    upload.seek(0)
    head = upload.read(16)
    buffer: Any = upload
    if not hasattr(upload, "seekable"):
        upload.seek(0)
        buffer = io.BytesIO(upload.read())
    kind = detect_kind(head, buffer)
    upload.seek(0)
    _check_safe(kind, buffer)
    if kind not in kinds:
        allowed = ", ".join(LABELS[k] for k in kinds)
        raise ValidationError(
            f"Nội dung tệp không phải là {allowed} hợp lệ (hệ thống kiểm tra nội dung, không chỉ tên tệp)."
        )
    return kind


def _check_safe(kind: str, upload: Any) -> None:
    """Zip bombs and decompression-bomb images are refused here, for every upload."""
    try:
        if kind in (DOCX, XLSX):
            check_zip(upload)
        elif kind in (PNG, JPEG):
            check_image(upload.read(IMAGE_HEAD_BYTES))
    except UnsafeFile as error:
        raise ValidationError(str(error)) from error
    finally:
        upload.seek(0)


def upload_path(instance: Any, filename: str) -> str:
    """A random name under the meeting's folder; the original name is kept in the record."""
    extension = os.path.splitext(filename)[1].lower()[:8]
    meeting_id = getattr(instance, "meeting_id", None) or getattr(
        getattr(instance, "task", None), "meeting_id", None
    )
    folder = f"meetings/{meeting_id}" if meeting_id else "meetings/tasks"
    return f"{folder}/{uuid.uuid4().hex}{extension}"
