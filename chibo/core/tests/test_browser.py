"""End to end in headless Chromium: the demo Bí thư logs in and reads the member list on a
phone and on a desktop; the committee officer sees its own cells and nothing else.

Screenshots land in var/screenshots/ so a person can look at them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from chibo.core.tests.browser import sign_in, small_targets
from chibo.demo.load import load_demo
from chibo.organizations.models import Cell, Committee

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
PHONE, DESKTOP = 360, 1280

# Visible links, buttons and fields inside <main> whose box is shorter than a thumb (44 px).


@pytest.fixture
def demo(settings: Any) -> None:
    # The demo issues documents; their PDFs (LibreOffice, ~1 s each) are not what is tested here.
    settings.DOCUMENTS_PDF = False
    load_demo()


def test_secretary_reads_the_member_list_on_a_phone_and_a_desktop(
    page: Any, live_server: Any, demo: None
) -> None:
    cell = Cell.objects.get(name="Chi bộ Trường Mầm non Yên Hoà")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_default_timeout(15_000)

    page.set_viewport_size({"width": PHONE, "height": 780})
    sign_in(page, live_server.url, "bithu")
    response = page.goto(f"{live_server.url}/cells/{cell.pk}/members/")
    assert response is not None and response.status == 200

    assert page.get_by_role("link", name="Dương Thị Huệ").is_visible()
    header = page.locator("header.site-header")
    assert cell.name in header.inner_text()
    assert "Bí thư" in header.locator(".who-role").inner_text()

    page.screenshot(path=str(SCREENSHOTS / f"members-{PHONE}.png"), full_page=True)
    scroll_width = page.evaluate("document.scrollingElement.scrollWidth")
    assert scroll_width <= PHONE, f"trang cuộn ngang trên điện thoại: rộng {scroll_width}px"
    font_size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert font_size >= 16
    small = small_targets(page)
    assert small == [], f"chỗ bấm thấp hơn 44px trên điện thoại: {small}"

    page.set_viewport_size({"width": DESKTOP, "height": 900})
    page.reload()
    assert page.get_by_role("columnheader", name="Họ và tên").is_visible()
    assert page.get_by_role("link", name="Dương Thị Huệ").is_visible()
    page.screenshot(path=str(SCREENSHOTS / f"members-{DESKTOP}.png"), full_page=True)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= DESKTOP
    small = small_targets(page)
    assert small == [], f"chỗ bấm thấp hơn 44px trên máy tính: {small}"


def test_committee_officer_sees_its_cells_and_gets_404_for_another_committee(
    page: Any, live_server: Any, demo: None
) -> None:
    yen_mo = Committee.objects.get(name="Đảng ủy xã Yên Mô")
    other_cell = Cell.objects.get(name="Chi bộ Trường Tiểu học Vĩnh Phong 4")
    page.set_default_timeout(15_000)
    page.set_viewport_size({"width": PHONE, "height": 780})

    sign_in(page, live_server.url, "danguy")
    response = page.goto(f"{live_server.url}/committees/{yen_mo.pk}/")
    assert response is not None and response.status == 200
    assert page.get_by_role("link", name="Chi bộ Trường Mầm non Yên Hoà").first.is_visible()
    page.screenshot(path=str(SCREENSHOTS / f"committee-{PHONE}.png"), full_page=True)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE

    response = page.goto(f"{live_server.url}/cells/{other_cell.pk}/")
    assert response is not None and response.status == 404
    assert "Vĩnh Phong 4" not in page.content()
