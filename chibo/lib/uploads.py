"""Untrusted files: one check for every reader of .docx/.xlsx/.odt and images.

A zip-based document is judged from its central directory alone, before any member is read:
too many members, a total unpacked size over the limit, or a member that packs more than
`MAX_RATIO` to one is refused, so a zip bomb costs constant memory. Reading afterwards is
safe because `zipfile` never inflates a member past the size its directory entry declares.

Images are judged from their header: a PNG or JPEG whose pixel count would need gigabytes
once decoded is refused before anything decodes it.
"""

from __future__ import annotations

import io
import struct
import zipfile
from typing import IO, Any

MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 2000
MAX_RATIO = 100  # per member, for members large enough to matter
RATIO_FLOOR = 1024 * 1024  # smaller members may pack as tightly as they like
MAX_PIXELS = 50_000_000


class UnsafeFile(Exception):
    """The file must not be opened; str(error) is the Vietnamese reason."""


def check_zip(
    source: bytes | IO[bytes],
    *,
    max_unpacked: int = MAX_UNPACKED_BYTES,
    max_ratio: int = MAX_RATIO,
    max_members: int = MAX_MEMBERS,
) -> list[str]:
    """The member names of a safe archive, or UnsafeFile. Reads only the directory."""
    stream: Any = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    start = stream.tell() if hasattr(stream, "tell") else 0
    try:
        with zipfile.ZipFile(stream) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        raise UnsafeFile("Tệp nén bị hỏng hoặc không đọc được.") from error
    finally:
        if hasattr(stream, "seek"):
            stream.seek(start)
    if len(infos) > max_members:
        raise UnsafeFile(f"Tệp có quá nhiều phần ({len(infos)}), không giống một tài liệu.")
    total = 0
    for info in infos:
        total += info.file_size
        if total > max_unpacked:
            raise UnsafeFile(
                f"Tệp giải nén ra quá lớn (hơn {max_unpacked // (1024 * 1024)} MB), "
                "không giống một tài liệu thật."
            )
        if info.file_size > RATIO_FLOOR and info.file_size > max_ratio * max(info.compress_size, 1):
            raise UnsafeFile(
                "Tệp có một phần bị nén bất thường (có thể là “bom nén”), hệ thống không mở."
            )
    return [info.filename for info in infos]


def image_size(head: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG or JPEG header, or None when it cannot be found there."""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR" and len(head) >= 24:
        width, height = struct.unpack(">II", head[16:24])
        return width, height
    if head.startswith(b"\xff\xd8"):
        return _jpeg_size(head)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    position = 2
    while position + 9 < len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        position += 2 + length
    return None


IMAGE_HEAD_BYTES = 256 * 1024  # JPEG frames may follow large EXIF blocks


def check_image(head: bytes, *, max_pixels: int = MAX_PIXELS) -> tuple[int, int]:
    """(width, height) of a sane PNG/JPEG from its first bytes, or UnsafeFile."""
    size = image_size(head)
    if size is None:
        raise UnsafeFile("Ảnh bị hỏng hoặc không đọc được kích thước.")
    width, height = size
    if width == 0 or height == 0:
        raise UnsafeFile("Ảnh bị hỏng (kích thước bằng 0).")
    if width * height > max_pixels:
        raise UnsafeFile(
            f"Ảnh quá lớn ({width}×{height} điểm ảnh); hãy thu nhỏ ảnh rồi tải lên lại."
        )
    return size
