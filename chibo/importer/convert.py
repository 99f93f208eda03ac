"""Old Word (.doc) and OpenDocument (.odt) files converted to .docx by LibreOffice.

Each call runs `soffice --headless` in its own temporary directory with its own user profile
(two conversions at once must not share one), under a time limit; the file is never trusted to
LibreOffice beyond that directory, and anything that goes wrong is a Vietnamese ImportReadError.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT_SECONDS = 90


def _error(message: str) -> Exception:
    from .reader import ImportReadError

    return ImportReadError(message)


def to_docx(data: bytes, suffix: str) -> bytes:
    """The .docx bytes of an old .doc or an .odt file."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    kind = "Word cũ (.doc)" if suffix == ".doc" else "OpenDocument (.odt)"
    if soffice is None:
        raise _error(
            f"Máy chủ chưa cài LibreOffice nên chưa đọc được tệp {kind}. Hãy mở tệp bằng Word "
            "hoặc LibreOffice, lưu thành .docx rồi nhập lại."
        )
    with tempfile.TemporaryDirectory(prefix="chibo-convert-") as tmp:
        folder = Path(tmp)
        source = folder / f"plan{suffix}"
        source.write_bytes(data)
        out = folder / "out"
        command = [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ]
        try:
            subprocess.run(  # noqa: S603 - fixed argv, our temp files
                command, capture_output=True, timeout=TIMEOUT_SECONDS, check=False
            )
        except subprocess.TimeoutExpired as error:
            raise _error(
                f"Chuyển tệp {kind} sang .docx quá lâu. Hãy mở bằng Word, lưu thành .docx rồi nhập lại."
            ) from error
        converted = out / "plan.docx"
        if not converted.is_file() or converted.stat().st_size == 0:
            raise _error(
                f"Không chuyển được tệp {kind} sang .docx (tệp bị hỏng hoặc có mật khẩu). "
                "Hãy mở bằng Word, lưu thành .docx rồi nhập lại."
            )
        return converted.read_bytes()
