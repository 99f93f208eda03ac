"""A picture of an issued document's first page, for phones: made once from the stored PDF
with pdftoppm (poppler) and kept in the file storage under the PDF's SHA-256, so a document
that never changes is drawn once."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from .models import DocumentError, IssuedDocument

WIDTH_PX = 320  # the thumbnail's width; about half a phone screen at 2× density
MISSING = "Máy chủ chưa cài công cụ vẽ trang PDF (poppler-utils); bản PDF vẫn xem được."


def preview_name(document: IssuedDocument) -> str:
    return f"previews/{document.pdf_sha256}-{WIDTH_PX}.png"


def first_page_png(document: IssuedDocument, *, timeout: int = 30) -> bytes:
    """PNG bytes of page 1; DocumentError (Vietnamese) when there is no PDF or no pdftoppm."""
    if not document.pdf or not document.pdf_sha256:
        raise DocumentError(document.pdf_error or "Văn bản này chưa có bản PDF.")
    name = preview_name(document)
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as handle:
            return bytes(handle.read())
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise DocumentError(MISSING)
    _, _, pdf = document.open_file("pdf")  # checked against its SHA-256
    with tempfile.TemporaryDirectory(prefix="chibo-preview-") as tmp:
        source, target = Path(tmp) / "d.pdf", Path(tmp) / "page"
        source.write_bytes(pdf)
        try:
            subprocess.run(  # noqa: S603  # fixed arguments, our own file
                [tool, "-png", "-f", "1", "-l", "1", "-singlefile", "-scale-to-x", str(WIDTH_PX),
                 "-scale-to-y", "-1", str(source), str(target)],
                check=True, capture_output=True, timeout=timeout,
            )  # fmt: skip
        except (subprocess.SubprocessError, OSError) as error:
            raise DocumentError("Không vẽ được trang đầu của bản PDF.") from error
        png = (Path(tmp) / "page.png").read_bytes()
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(png))
    return png
