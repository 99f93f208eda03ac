"""Draw the app's home-screen icons (chibo/static/chibo/icons/): a yellow star on the app's red.

Run `.venv/bin/python scripts/make_icons.py` after changing the colours; the PNGs are committed.
"maskable" fills the square (the phone cuts its own shape) and keeps the star in the safe zone.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

RED = (179, 20, 27)  # --red of app.css, the manifest's theme colour
YELLOW = (255, 221, 0)
OUT = Path(__file__).resolve().parent.parent / "chibo" / "static" / "chibo" / "icons"


def star(size: int, radius: float) -> list[tuple[float, float]]:
    cx, cy = size / 2, size / 2 + radius * 0.06  # optical centre: a star looks high otherwise
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.382
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points


def icon(size: int, *, maskable: bool) -> Image.Image:
    scale = 4  # draw large, shrink: smooth edges without antialiasing support in ImageDraw
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if maskable:
        draw.rectangle((0, 0, big, big), fill=RED)
        radius = big * 0.30
    else:
        draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big * 0.18, fill=RED)
        radius = big * 0.36
    draw.polygon(star(big, radius), fill=YELLOW)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        icon(size, maskable=False).save(OUT / f"icon-{size}.png", optimize=True)
    icon(512, maskable=True).save(OUT / "maskable-512.png", optimize=True)


if __name__ == "__main__":
    main()
