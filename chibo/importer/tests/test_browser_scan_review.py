"""The review of a phone photo in headless Chromium, at 360 px and 1280 px: the Bí thư sees that
the plan was read from a photo, which fields to check, and the page image ("Xem ảnh trang"
beside "Lưu" above the phone's tab bar; beside the fields on a desktop).

Screenshots land in var/screenshots/ so a person can look at them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from chibo.core.tests.browser import sign_in
from chibo.core.tests.conftest import (  # noqa: F401 (fixtures shared with the core browser test)
    browser_context_args,
    browser_type_launch_args,
)
from chibo.demo.load import load_demo
from chibo.importer.services import start_import
from chibo.members.models import Member

from .test_scan_review import png, scanned

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
PHONE, DESKTOP = 360, 1280

# Controls this screen adds, lower than a thumb (44 px).
SMALL_JS = """
() => [...document.querySelectorAll('.flag.ocr a, .zoom, .sticky-actions > *, .scan-notice a')]
  .filter(el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; })
  .map(el => ({ text: el.innerText.trim().slice(0, 40), height: el.getBoundingClientRect().height }))
  .filter(t => t.height < 44)
"""


@pytest.fixture
def demo(settings: Any) -> None:
    settings.DOCUMENTS_PDF = False
    load_demo()


def test_secretary_checks_a_photo_against_its_page_on_a_phone_and_a_desktop(
    page: Any, live_server: Any, demo: None
) -> None:
    secretary = Member.objects.get(user__username="bithu")
    read = scanned(["Nâng", "Huệ"], pages=2)
    read.page_images = [png(900, 1270), png(900, 1270)]
    batch = start_import(cell=secretary.cell, by=secretary.user, filename="IMG_2041.jpg", read=read)
    url = f"{live_server.url}/cells/{secretary.cell_id}/plans/import/{batch.pk}/"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_default_timeout(15_000)

    page.set_viewport_size({"width": PHONE, "height": 740})
    sign_in(page, live_server.url, "bithu")
    page.goto(url)
    assert page.get_by_text("Đây là bản quét hoặc ảnh chụp.").is_visible()
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE
    title = page.locator("#topic-2 .field.doubt").first
    title.scroll_into_view_if_needed()
    assert "Máy đọc chưa chắc — xin kiểm tra" in title.inner_text()
    # The save bar: above the tab bar, both buttons on one row and visible.
    bar = page.locator(".sticky-actions").bounding_box()
    tabs = page.locator(".tab-bar").bounding_box()
    assert bar is not None and tabs is not None
    assert bar["y"] + bar["height"] <= tabs["y"] + 1, (bar, tabs)
    save = page.get_by_role("button", name="Lưu thành dự thảo")
    look = page.locator(".sticky-actions").get_by_role("link", name="Xem ảnh trang")
    assert save.is_visible() and look.is_visible()
    assert save.bounding_box()["y"] == look.bounding_box()["y"]
    assert page.evaluate(SMALL_JS) == []
    page.screenshot(path=str(SCREENSHOTS / f"import-scan-{PHONE}.png"))

    assert not page.locator("#pages").evaluate("d => d.open")  # closed on a phone at first
    look.click()
    assert page.locator("#pages").evaluate("d => d.open")
    first = page.get_by_role("img", name="Trang 1 của tệp IMG_2041.jpg")
    first.scroll_into_view_if_needed()
    assert first.is_visible()
    assert first.evaluate("img => img.complete && img.naturalWidth") == 900
    page.screenshot(path=str(SCREENSHOTS / f"import-scan-pages-{PHONE}.png"))
    page.get_by_text("Phóng to ảnh").click()
    assert first.bounding_box()["width"] > 2 * PHONE  # zoomed: read it by scrolling sideways
    assert (
        page.evaluate("document.scrollingElement.scrollWidth") <= PHONE
    )  # only the figure scrolls

    page.set_viewport_size({"width": DESKTOP, "height": 900})
    page.goto(url)
    form = page.locator("#review-form").bounding_box()
    pages = page.locator("#pages").bounding_box()
    assert page.locator("#pages").evaluate("d => d.open")  # open beside the fields
    assert pages["x"] >= form["x"] + form["width"] and pages["y"] < form["y"] + 400
    assert page.get_by_role("img", name="Trang 1 của tệp IMG_2041.jpg").is_visible()
    assert page.evaluate(SMALL_JS) == []
    page.screenshot(path=str(SCREENSHOTS / f"import-scan-{DESKTOP}.png"))
    batch.refresh_from_db()
    assert batch.is_pending and batch.plan_id is None  # looking saved nothing
