"""A scanned comment sheet (phiếu nhận xét) from the residence chi ủy: a PDF or a photo, judged
by its content, never by its name (chibo.lib.uploads for images)."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from chibo.lib.uploads import IMAGE_HEAD_BYTES, UnsafeFile, check_image, image_size

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 60_000_000


def clean_scan(upload: object) -> tuple[bytes, str]:
    """(bytes, extension) of an acceptable scan, or ValidationError in Vietnamese."""
    size = getattr(upload, "size", 0) or 0
    if size > MAX_BYTES:
        raise ValidationError("Tệp quá lớn. Xin gửi bản chụp dưới 10 MB.")
    data = upload.read(MAX_BYTES + 1)  # type: ignore[attr-defined]
    if len(data) > MAX_BYTES:
        raise ValidationError("Tệp quá lớn. Xin gửi bản chụp dưới 10 MB.")
    if data.startswith(b"%PDF-"):
        if b"%%EOF" not in data[-2048:]:
            raise ValidationError("Tệp PDF bị hỏng hoặc chưa tải lên hết.")
        return data, "pdf"
    if image_size(data[:IMAGE_HEAD_BYTES]) is not None:
        try:
            check_image(data[:IMAGE_HEAD_BYTES], max_pixels=MAX_PIXELS)
        except UnsafeFile as error:
            raise ValidationError(str(error)) from None
        return data, "png" if data.startswith(b"\x89PNG") else "jpg"
    raise ValidationError("Chỉ nhận bản chụp dạng PDF, JPG hoặc PNG.")
