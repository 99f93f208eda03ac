"""The Bí thư's morning on a 360×780 phone: she lands on "Việc hôm nay", sees this month's
meeting, its date and its next step without scrolling, under a header at most 64 px high; the
bottom tab bar marks where she is. Screenshots land in var/screenshots/."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from chibo.core.tests.browser import sign_in
from chibo.core.tests.test_browser import SCREENSHOTS
from chibo.meetings.models import Meeting

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")

pytestmark = pytest.mark.browser

HEADER_MAX = 64


@pytest.fixture
def demo(settings: Any) -> None:
    from chibo.demo.load import load_demo

    settings.DOCUMENTS_PDF = False
    load_demo()


def test_the_secretary_lands_on_todays_work_with_the_meeting_above_the_fold(
    page: Any, live_server: Any, demo: None
) -> None:
    page.set_default_timeout(15_000)
    page.set_viewport_size({"width": 360, "height": 780})
    sign_in(page, live_server.url, "bithu")
    assert page.url.rstrip("/") == live_server.url  # landed on the home page, "Việc hôm nay"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "today-360.png"))

    header = page.locator("header.site-header").bounding_box()
    assert header is not None and header["height"] <= HEADER_MAX, header
    assert "Bí thư" in page.locator("header .who").inner_text()

    meeting = (
        Meeting.objects.filter(cell__name="Chi bộ Trường Mầm non Yên Hoà", status__in=Meeting.OPEN_STATUSES,
                               starts_at__gte=timezone.now()).order_by("starts_at").first()
    )  # fmt: skip
    assert meeting is not None
    card = page.locator('[data-kind="meeting.next"]')
    text = card.inner_text()
    assert f"{timezone.localtime(meeting.starts_at):%d/%m/%Y}" in text
    assert "Việc tiếp theo" in text and meeting.get_status_display() in text
    box, tabs = card.bounding_box(), page.locator("nav.tab-bar").bounding_box()
    assert box is not None and tabs is not None
    assert box["y"] >= header["height"] and box["y"] + box["height"] <= tabs["y"], (box, tabs)

    current = page.locator('nav.tab-bar a[aria-current="page"]')
    assert current.count() == 1 and "Hôm nay" in current.inner_text()
    assert page.locator("nav.site-nav").is_hidden()  # the phone has the tab bar instead

    card.locator("a").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/meetings/{meeting.pk}/")
    assert "Sinh hoạt" in page.locator('nav.tab-bar a[aria-current="page"]').inner_text()


def test_the_desktop_keeps_the_top_menu(page: Any, live_server: Any, demo: None) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    sign_in(page, live_server.url, "bithu")
    assert page.locator("nav.tab-bar").is_hidden()
    current = page.locator('nav.site-nav a[aria-current="page"]')
    assert current.inner_text() == "Hôm nay"
    page.screenshot(path=str(SCREENSHOTS / "today-1280.png"))
