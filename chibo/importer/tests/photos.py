"""Phone photos of a printed three-page plan, made in the tests: each page typeset at print size
on an A4-shaped sheet, turned a little, blurred and saved as JPEG, as a phone would take it."""

from __future__ import annotations

import io
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
BOLD = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf")

PAGES = [
    [
        ("b", "ĐẢNG BỘ XÃ YÊN HOÀ"),
        ("b", "CHI BỘ THÔN ĐÔNG"),
        ("", "Yên Hoà, ngày 10 tháng 01 năm 2026"),
        ("", ""),
        ("b", "KẾ HOẠCH"),
        ("b", "Sinh hoạt chuyên đề năm 2026"),
        ("", ""),
        ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("", "Nâng cao chất lượng sinh hoạt chi bộ, mỗi đảng viên"),
        ("", "được phân công chuẩn bị chuyên đề."),
        ("b", "II. NỘI DUNG, THỜI GIAN"),
        ("", "1. Chuyên đề 1 (Quý I): Học tập và làm theo tư tưởng,"),
        ("", "đạo đức, phong cách Hồ Chí Minh."),
        ("", "Thời gian: tháng 3/2026."),
        ("", "Người thực hiện: đồng chí Dương Thị Huệ."),
    ],
    [
        ("", "2. Chuyên đề 2 (Quý II): Nâng cao chất lượng sinh hoạt"),
        ("", "chi bộ thôn."),
        ("", "Thời gian: tháng 6/2026."),
        ("", "Người thực hiện: đồng chí Phạm Thị Thu Hà."),
        ("", "3. Chuyên đề 3 (Quý III): Phát triển kinh tế hộ gia đình."),
        ("", "Thời gian: tháng 9/2026."),
        ("", "Người thực hiện: đồng chí Dương Thị Huệ."),
    ],
    [
        ("", "4. Chuyên đề 4 (Quý IV): Xây dựng nông thôn mới."),
        ("", "Thời gian: tháng 11/2026."),
        ("", "Người thực hiện: đồng chí Phạm Thị Thu Hà."),
        ("", ""),
        ("b", "T/M CHI BỘ"),
        ("b", "BÍ THƯ"),
        ("", ""),
        ("", "Dương Thị Huệ"),
    ],
]


def page_photo(
    lines: list[tuple[str, str]],
    *,
    turn: float = 0.8,
    blur: float = 1.0,
    smudge: tuple[int, int, int] | None = None,
) -> bytes:
    """One page: 2100×2970 px (A4 at ~250 dpi), 46 px text, turned, blurred, JPEG. `smudge`
    (line, from x, to x) greys part of a line over as a thumb's shadow or a stain would."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    sheet = Image.new("L", (2100, 2970), 248)
    draw = ImageDraw.Draw(sheet)
    fonts = {"": ImageFont.truetype(str(FONT), 46), "b": ImageFont.truetype(str(BOLD), 46)}
    for row, (style, text) in enumerate(lines):
        draw.text((190, 220 + row * 78), text, font=fonts[style], fill=25)
    if smudge is not None:  # an ink blot and a thumb's shadow over part of a line
        row, left, right = smudge
        top = 220 + row * 78
        draw.ellipse((left, top + 14, left + 38, top + 44), fill=40)
        stain = Image.new("L", sheet.size, 0)
        ImageDraw.Draw(stain).ellipse((left + 40, top - 10, right, top + 60), fill=230)
        stain = stain.filter(ImageFilter.GaussianBlur(6))
        sheet = Image.composite(Image.new("L", sheet.size, 120), sheet, stain)
    photo = sheet.rotate(turn, expand=True, fillcolor=120).filter(ImageFilter.GaussianBlur(blur))
    out = io.BytesIO()
    photo.convert("RGB").save(out, "JPEG", quality=82)
    return out.getvalue()


def plan_photos() -> list[bytes]:
    """The three pages of the plan, photographed one by one (each turned a little differently)."""
    smudges = (None, (3, 905, 1230), None)  # a thumb over a name on page 2
    return [
        page_photo(lines, turn=turn, smudge=smudge)
        for lines, turn, smudge in zip(PAGES, (0.8, -0.6, 1.1), smudges, strict=True)
    ]
