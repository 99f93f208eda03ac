"""Zip bombs and oversized images made on the fly for tests (nothing large is stored)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

MB = 1024 * 1024


def _zeros_into(archive: zipfile.ZipFile, name: str, size: int) -> None:
    chunk = bytes(MB)
    with archive.open(name, "w", force_zip64=size > 2**31) as handle:
        for _ in range(size // MB):
            handle.write(chunk)


def docx_bytes(paragraph: str = "Kế hoạch sinh hoạt chuyên đề năm 2026") -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def with_extra_part(data: bytes, name: str, size: int) -> bytes:
    """A copy of the zip `data` with one more member of `size` zero bytes (a bomb when large)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
        _zeros_into(target, name, size)
    return out.getvalue()


def docx_media_bomb(size: int = 64 * MB) -> bytes:
    """The probe's bomb_media.docx: a tiny document and a huge zero-filled image part."""
    return with_extra_part(docx_bytes(), "word/media/image1.png", size)


def xlsx_bomb(size: int = 64 * MB) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Họ và tên", "Giới tính"])  # type: ignore[union-attr]
    out = io.BytesIO()
    book.save(out)
    return with_extra_part(out.getvalue(), "xl/media/image1.png", size)


def png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
        + b"\x00" * 64
    )


def jpeg_header(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3) + b"\x01\x22\x00" * 3
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"
