"""Tiny server-rendered SVG charts (no JavaScript, no CDN): bars that link to their records, and a
line of values over time (a percentage per survey round, say)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


@dataclass
class Bar:
    label: str
    value: float
    maximum: float
    href: str = ""
    title: str = ""
    tone: str = ""  # "", "warn", "danger", "ok"


COLOURS = {"": "#2f5d8a", "ok": "#2e7d32", "warn": "#b26a00", "danger": "#b3261e"}


def bar_chart(bars: list[Bar], *, height: int = 120, label: str = "") -> SafeString:
    """Vertical bars scaled to each bar's maximum (e.g. cells with a thematic meeting / all cells)."""
    width = max(len(bars), 1) * 48
    # Bars that link are controls: the chart is then a group of links, each named (an image may
    # not hold focusable links, axe "nested-interactive"); without links it is one image.
    role = "group" if any(bar.href for bar in bars) else "img"
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height + 34}" role="{role}" '
             f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">']  # fmt: skip
    for i, bar in enumerate(bars):
        share = bar.value / bar.maximum if bar.maximum else 0
        h = round(share * height)
        x = i * 48 + 8
        text = f"{bar.value:g}" if bar.maximum else "–"
        rect = (f'<rect x="{x}" y="{height - h + 14}" width="32" height="{h}" fill="{COLOURS.get(bar.tone, "#2f5d8a")}">'
                f"<title>{escape(bar.title or bar.label)}</title></rect>"
                f'<rect x="{x}" y="14" width="32" height="{height}" fill="none" stroke="#c8ccd2"/>'
                f'<text x="{x + 16}" y="10" text-anchor="middle" font-size="11">{escape(text)}</text>'
                f'<text x="{x + 16}" y="{height + 30}" text-anchor="middle" font-size="11">{escape(bar.label)}</text>')  # fmt: skip
        name = escape(bar.title or f"{bar.label}: {text}")
        parts.append(
            f'<a href="{escape(bar.href)}" aria-label="{name}">{rect}</a>' if bar.href else rect
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308  # every text above is escaped


@dataclass
class Point:
    label: str
    value: float | None  # None: no value for this period (a gap in the line)
    title: str = ""


def line_chart(
    points: list[Point],
    *,
    maximum: float = 100,
    target: float | None = None,
    height: int = 120,
    label: str = "",
    unit: str = "%",
) -> SafeString:
    """Values over time on a 0..maximum scale, with an optional dashed target line."""
    step = 56
    width = max(len(points), 8) * step + 16  # a lone point stays small, not a full-width blob
    top = 16

    def y(value: float) -> float:
        return round(top + height - min(max(value, 0), maximum) / maximum * height, 1)

    parts = [f'<svg class="chart" viewBox="0 0 {width} {height + top + 22}" role="img" '
             f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">',
             f'<rect x="8" y="{top}" width="{width - 16}" height="{height}" fill="none" stroke="#c8ccd2"/>']  # fmt: skip
    if target is not None:
        parts.append(f'<line x1="8" x2="{width - 8}" y1="{y(target)}" y2="{y(target)}" stroke="#2e7d32" '
                     f'stroke-dasharray="4 3"><title>{escape(f"Chỉ tiêu {target:g}{unit}")}</title></line>')  # fmt: skip
    segments: list[list[str]] = [[]]
    dots: list[str] = []
    for i, point in enumerate(points):
        x = i * step + 8 + step // 2
        dots.append(f'<text x="{x}" y="{height + top + 16}" text-anchor="middle" font-size="11">'
                    f"{escape(point.label)}</text>")  # fmt: skip
        if point.value is None:
            segments.append([])  # a gap: the line does not pass through a missing period
            continue
        segments[-1].append(f"{x},{y(point.value)}")
        dots.append(f'<circle cx="{x}" cy="{y(point.value)}" r="4" fill="#2f5d8a">'
                    f"<title>{escape(point.title or point.label)}</title></circle>"
                    f'<text x="{x}" y="{y(point.value) - 8}" text-anchor="middle" font-size="11">'
                    f"{escape(f'{point.value:g}'.replace('.', ','))}</text>")  # fmt: skip
    for segment in segments:
        if len(segment) > 1:
            parts.append(
                f'<polyline points="{" ".join(segment)}" fill="none" stroke="#2f5d8a" stroke-width="2"/>'
            )
    parts.extend(dots)
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308  # every text above is escaped
