"""A parent's photo: checked by its content (not its name), shrunk and re-encoded as JPEG so that
nothing but the pixels is kept (no EXIF: no GPS position, no phone model, no date)."""

from __future__ import annotations

import io

from django.core.exceptions import ValidationError
from PIL import Image, ImageOps, UnidentifiedImageError

from chibo.lib.uploads import IMAGE_HEAD_BYTES, UnsafeFile, check_image, image_size

MAX_BYTES = 5 * 1024 * 1024  # what a phone sends; the form refuses more before decoding
MAX_PIXELS = 40_000_000  # refuse decompression bombs well before Pillow's own limit
MAX_SIDE = 1600  # enough to see a broken step or a meal, small on a weak network
FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def clean_photo(upload: object) -> bytes:
    """The photo re-encoded as a metadata-free JPEG, or ValidationError in Vietnamese."""
    size = getattr(upload, "size", 0) or 0
    if size > MAX_BYTES:
        raise ValidationError(f"Ảnh quá lớn ({size // (1024 * 1024)} MB). Xin gửi ảnh dưới 5 MB.")
    data = upload.read()  # type: ignore[attr-defined]
    if len(data) > MAX_BYTES:
        raise ValidationError("Ảnh quá lớn. Xin gửi ảnh dưới 5 MB.")
    if image_size(data[:IMAGE_HEAD_BYTES]) is not None:  # PNG, JPEG: the shared header check
        try:
            check_image(data[:IMAGE_HEAD_BYTES], max_pixels=MAX_PIXELS)
        except UnsafeFile as error:
            raise ValidationError(str(error)) from None
    try:
        with Image.open(io.BytesIO(data)) as probe:
            kind = probe.format
            width, height = probe.size
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            "Tệp gửi lên không phải là ảnh. Xin chọn ảnh chụp (JPG, PNG)."
        ) from None
    if kind not in FORMATS:
        raise ValidationError("Chỉ nhận ảnh JPG, PNG, WEBP hoặc GIF.")
    if width * height > MAX_PIXELS:
        raise ValidationError("Ảnh có kích thước quá lớn. Xin chụp lại hoặc gửi ảnh nhỏ hơn.")
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.seek(0)
            picture = ImageOps.exif_transpose(image) or image
            picture = picture.convert("RGB")
            picture.thumbnail((MAX_SIDE, MAX_SIDE))
            out = io.BytesIO()
            picture.save(out, format="JPEG", quality=82, optimize=True)
    except (OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError("Không đọc được ảnh này. Xin chọn ảnh khác.") from None
    return out.getvalue()
