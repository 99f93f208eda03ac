"""The journey recorder counts taps, screens scrolled and pages loaded."""

from __future__ import annotations

import json
from typing import Any

import pytest

from chibo.core.tests import journeys
from chibo.core.tests.journeys import Journey


class FakePage:
    """A page 780 px high whose elements sit at given heights; a click may load a new page."""

    viewport_size = {"width": 360, "height": 780}

    def __init__(self) -> None:
        self.scroll_y = 0.0
        self.url = "http://t/home"

    def evaluate(self, script: str) -> float:
        return self.scroll_y if "scrollY" in script else 780.0

    def wait_for_load_state(self) -> None:
        pass


class FakeLocator:
    def __init__(self, page: FakePage, top: float, goes_to: str | None = None) -> None:
        self.page, self.top, self.goes_to = page, top, goes_to

    def scroll_into_view_if_needed(self) -> None:
        if not self.page.scroll_y <= self.top < self.page.scroll_y + 780:
            self.page.scroll_y = self.top

    def click(self, **_: Any) -> None:
        if self.goes_to:
            self.page.url, self.page.scroll_y = self.goes_to, 0.0

    def fill(self, value: str) -> None:
        pass


def test_counts_taps_screens_and_pages(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(journeys, "JOURNEYS", tmp_path)
    page = FakePage()
    journey = Journey(page, "thu")
    journey.step("điền")
    journey.fill(FakeLocator(page, 1560), "x")  # two screens down
    journey.tap(FakeLocator(page, 1600, goes_to="http://t/after"))  # in view; reloads at top
    journey.step("lại")
    journey.tap(FakeLocator(page, 1560))  # the reload cost two screens again

    assert journey.taps == 3
    assert journey.screens == 4.0
    assert journey.pages == 1
    record = json.loads(journey.write().read_text(encoding="utf-8"))
    assert record["steps"][0] == {
        "step": "điền",
        "taps": 2,
        "screens_scrolled": 2.0,
        "pages_loaded": 1,
    }
    assert record["screens_scrolled"] == 4.0
