"""Tiny server-rendered SVG charts (no JavaScript, no CDN): bars that link to their records."""

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
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height + 34}" role="img" '
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
        parts.append(f'<a href="{escape(bar.href)}">{rect}</a>' if bar.href else rect)
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308  # every text above is escaped
