"""A port: where the original pages of a plan are, when the plan was made from a file.

The plans app does not know how a plan was made: the importer (above plans in the layers)
keeps a scan's or photos' page images and registers a provider in ImporterConfig.ready(). The
plan page asks `originals_of(plan)` and links each page; the link's view checks access as the
plan page does (the cell's members and the committee above; 404 otherwise)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class OriginalPage:
    number: int
    url: str


@dataclass(frozen=True)
class Originals:
    label: str  # "Ảnh chụp 3 trang: IMG_1.jpg, …" — what the plan was made from
    pages: list[OriginalPage]


_providers: list[Callable[[Any], Originals | None]] = []


def register(provider: Callable[[Any], Originals | None]) -> None:
    """Called once by an upper app's AppConfig.ready()."""
    if provider not in _providers:
        _providers.append(provider)


def originals_of(plan: Any) -> Originals | None:
    """The original pages of `plan` from the first provider that knows them, else None."""
    for provider in _providers:
        found = provider(plan)
        if found is not None:
            return found
    return None
