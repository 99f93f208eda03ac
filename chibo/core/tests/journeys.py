"""Count what a journey costs a person on a phone: taps and screens scrolled.

Browser tests walk a whole journey through a :class:`Journey` instead of clicking the page
directly. Every tap (a click, or a field filled or chosen) is counted, and before each one the
element is brought into view the way a thumb would: the distance the page scrolls to reach it,
divided by the height of the screen, is added to the screens scrolled. A page that reloads
starts again at its top, so a form that sends the user back to the top costs the scroll down
again; a part swapped in place costs nothing more.

``journey.write()`` records the totals and each step in ``bench/journeys/<name>.json``, beside
the other benchmarks, so a change that makes a journey longer shows in the diff.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

JOURNEYS = Path(settings.BASE_DIR) / "bench" / "journeys"

_SCROLL_Y = "() => window.scrollY"
_VIEWPORT_H = "() => window.innerHeight"


@dataclass
class Step:
    label: str
    taps: int = 0
    screens: float = 0.0
    pages: int = 0


@dataclass
class Journey:
    """One person's journey through the app, counted.

    ``page`` is a Playwright page; ``name`` names the record in ``bench/journeys``.
    """

    page: Any
    name: str
    description: str = ""
    steps: list[Step] = field(default_factory=list)
    _url: str = ""

    def step(self, label: str) -> Journey:
        """Start a new named step; taps and scrolling are counted into it."""
        self.steps.append(Step(label))
        return self

    @property
    def current(self) -> Step:
        if not self.steps:
            self.step("bắt đầu")
        return self.steps[-1]

    @property
    def taps(self) -> int:
        return sum(s.taps for s in self.steps)

    @property
    def screens(self) -> float:
        return round(sum(s.screens for s in self.steps), 1)

    @property
    def pages(self) -> int:
        return sum(s.pages for s in self.steps)

    def _reach(self, locator: Any) -> None:
        """Scroll the element into view as a person would and count the distance."""
        before = float(self.page.evaluate(_SCROLL_Y))
        locator.scroll_into_view_if_needed()
        after = float(self.page.evaluate(_SCROLL_Y))
        height = float(self.page.evaluate(_VIEWPORT_H)) or 1.0
        self.current.screens += abs(after - before) / height

    def _settle(self) -> None:
        url = self.page.url
        if url != self._url:
            self.current.pages += 1
            self._url = url

    def goto(self, url: str) -> Any:
        """Open a page by its address (a bookmark or a link from outside): no tap counted."""
        response = self.page.goto(url)
        self._settle()
        return response

    def tap(self, locator: Any, **click: Any) -> None:
        """One tap on a link or a button."""
        self._reach(locator)
        locator.click(**click)
        self.current.taps += 1
        self.page.wait_for_load_state()
        self._settle()

    def fill(self, locator: Any, value: str) -> None:
        """Fill one field: a tap to focus it, the typing is not counted."""
        self._reach(locator)
        locator.fill(value)
        self.current.taps += 1

    def choose(self, locator: Any, value: str | None = None, label: str | None = None) -> None:
        """Pick an option of a select: one tap."""
        self._reach(locator)
        if label is not None:
            locator.select_option(label=label)
        else:
            locator.select_option(value)
        self.current.taps += 1

    def check(self, locator: Any) -> None:
        """Tick a checkbox or a radio button: one tap."""
        self._reach(locator)
        locator.check()
        self.current.taps += 1

    def record(self) -> dict[str, Any]:
        return {
            "journey": self.name,
            "description": self.description,
            "viewport": self.page.viewport_size,
            "taps": self.taps,
            "screens_scrolled": self.screens,
            "pages_loaded": self.pages,
            "steps": [
                {
                    "step": s.label,
                    "taps": s.taps,
                    "screens_scrolled": round(s.screens, 1),
                    "pages_loaded": s.pages,
                }
                for s in self.steps
            ],
        }

    def write(self) -> Path:
        """Write the record to ``bench/journeys/<name>.json`` and return its path."""
        JOURNEYS.mkdir(parents=True, exist_ok=True)
        path = JOURNEYS / f"{self.name}.json"
        path.write_text(
            json.dumps(self.record(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        return path
