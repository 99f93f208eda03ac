"""How wide a line of Times New Roman is, so the renderer can size columns without a font
file: the advance widths of printable ASCII, in thousandths of an em, as Liberation Serif
(metric-compatible with Times New Roman) gives them. A Vietnamese letter measures as its
base letter; the horn of ư/ơ adds a little."""

from __future__ import annotations

import unicodedata

_REGULAR = (
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
    556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
    722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
    278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
)  # fmt: skip
_BOLD = (
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667,
    611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722,
    722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556,
    278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
)  # fmt: skip
_ITALIC = (
    250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 333, 333, 675, 675, 675, 500, 920, 611, 611, 667, 722, 611,
    611, 722, 722, 333, 444, 667, 556, 833, 667, 722, 611, 722, 611, 500, 556, 722, 611, 833, 611,
    556, 556, 389, 278, 389, 422, 500, 333, 500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444,
    278, 722, 500, 500, 500, 500, 389, 389, 278, 500, 444, 667, 444, 444, 389, 400, 275, 400, 541,
)  # fmt: skip
_TABLES = {"regular": _REGULAR, "bold": _BOLD, "italic": _ITALIC}
_HORN = "\u031b"
_EXTRA = {"Đ": "D", "đ": "d", "\u00a0": " "}
_PT_TO_MM = 25.4 / 72


def _em(char: str, table: tuple[int, ...]) -> int:
    char = _EXTRA.get(char, char)
    decomposed = unicodedata.normalize("NFD", char)
    base = decomposed[0]
    code = ord(base)
    width = table[code - 32] if 32 <= code < 127 else 500
    return width + (55 if _HORN in decomposed else 0)


def text_mm(text: str, size_pt: float, style: str = "regular") -> float:
    """Width of `text` on one line, in millimetres."""
    table = _TABLES[style]
    return sum(_em(c, table) for c in text) / 1000 * size_pt * _PT_TO_MM
