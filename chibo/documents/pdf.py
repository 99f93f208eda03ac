"""DOCX -> PDF through LibreOffice (soffice headless), one fresh profile per conversion."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

MISSING = "Máy chủ chưa cài LibreOffice nên chưa tạo được PDF; bản DOCX vẫn tải được."
FAILED = "LibreOffice không chuyển được văn bản sang PDF ({reason}); bản DOCX vẫn tải được."


class PdfUnavailable(Exception):
    """The PDF could not be made; the message says why, in Vietnamese."""


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdf_available() -> bool:
    return _soffice() is not None


def docx_to_pdf(data: bytes, *, timeout: int = 60) -> bytes:
    soffice = _soffice()
    if soffice is None:
        raise PdfUnavailable(MISSING)
    with tempfile.TemporaryDirectory(prefix="chibo-pdf-") as tmp:
        work = Path(tmp)
        source = work / "document.docx"
        source.write_bytes(data)
        # Two conversions sharing a profile fail silently, and soffice writes to $HOME.
        env = {**os.environ, "HOME": tmp}
        command = [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            tmp,
            str(source),
        ]
        try:
            result = subprocess.run(  # noqa: S603 (fixed argv, no shell)
                command, env=env, capture_output=True, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise PdfUnavailable(FAILED.format(reason=f"quá {timeout} giây")) from exc
        except OSError as exc:
            raise PdfUnavailable(FAILED.format(reason=str(exc))) from exc
        target = work / "document.pdf"
        if result.returncode != 0 or not target.exists() or target.stat().st_size == 0:
            reason = f"mã lỗi {result.returncode}"
            raise PdfUnavailable(FAILED.format(reason=reason))
        return target.read_bytes()
