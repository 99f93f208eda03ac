"""End to end in headless Chromium: an anonymous parent on a 360 px phone sends feedback with a
photo, gets a code, follows the item; a handler answers; the parent reads the public answer;
staff of another school get 404.

Screenshots land in var/screenshots/ so a person can look at them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from chibo.conftest import PASSWORD, World
from chibo.core.tests.browser import sign_in
from chibo.core.tests.conftest import (  # noqa: F401 (fixtures shared with the core browser test)
    browser_context_args,
    browser_type_launch_args,
)
from chibo.feedback.models import Feedback

from .helpers import jpeg_bytes, make_school_world

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
PHONE = 360


def _fits_the_phone(page: Any) -> None:
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE, f"trang cuộn ngang trên điện thoại: rộng {width}px"


def test_a_parent_sends_with_a_photo_follows_and_reads_the_answer(
    page: Any, live_server: Any, world: World, browser: Any, tmp_path: Path
) -> None:
    sw = make_school_world(world)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_default_timeout(15_000)
    page.set_viewport_size({"width": PHONE, "height": 780})
    external: list[str] = []
    page.on(
        "request",
        lambda r: external.append(r.url) if not r.url.startswith(live_server.url) else None,
    )

    # The parent, no login: the form, a photo, anonymous.
    page.goto(f"{live_server.url}/gop-y/{sw.school.slug}/gui/")
    assert page.get_by_text("gọi ngay").first.is_visible()
    page.screenshot(path=str(SCREENSHOTS / f"feedback-form-{PHONE}.png"), full_page=True)
    _fits_the_phone(page)
    page.get_by_label("Về việc").select_option("facilities")
    page.get_by_label("Nội dung").fill("Cầu trượt ở sân sau bị gãy một bậc, các con dễ ngã.")
    photo = tmp_path / "cau-truot.jpg"
    photo.write_bytes(jpeg_bytes((800, 600), exif=True))
    page.get_by_label("Ảnh (không bắt buộc)").set_input_files(str(photo))
    page.get_by_label("Ẩn danh hoàn toàn").check()
    page.get_by_role("button", name="Gửi góp ý").click()
    page.wait_for_url(lambda url: "/gop-y/theo-doi/" in url)

    code = page.locator("[data-code]").inner_text().strip()
    assert len(code) == 14
    tracking_url = page.url.split("?")[0]
    assert page.locator("img.photo").evaluate("img => img.naturalWidth") == 800
    page.screenshot(path=str(SCREENSHOTS / f"feedback-code-{PHONE}.png"), full_page=True)
    _fits_the_phone(page)
    item = Feedback.objects.get()
    assert item.visibility == "anonymous" and not item.has_identity

    # Following with the code typed in, as from another phone.
    page.goto(f"{live_server.url}/gop-y/theo-doi/")
    page.get_by_label("Mã theo dõi").fill(code.lower())
    page.get_by_role("button", name="Xem góp ý").click()
    assert page.locator("[data-status]").inner_text() == "Mới"

    # Staff of another school: nothing of it exists.
    other = browser.new_page()
    sign_in(other, live_server.url, "gopy2", PASSWORD)
    response = other.goto(f"{live_server.url}/feedback/{item.pk}/")
    assert response is not None and response.status == 404
    assert "Cầu trượt" not in other.content()
    response = other.goto(f"{live_server.url}/schools/{sw.school.slug}/feedback/")
    assert response is not None and response.status == 404
    other.close()

    # The school's handler takes it and answers.
    desk = browser.new_page()
    desk.set_viewport_size({"width": PHONE, "height": 780})
    sign_in(desk, live_server.url, "gopy", PASSWORD)
    assert f"/schools/{sw.school.slug}/feedback/" in desk.url
    desk.get_by_role("link", name=f"Góp ý số {item.number}").click()
    assert "ẩn danh hoàn toàn" in desk.content()
    desk.get_by_role("button", name="Nhận xử lý").click()
    desk.get_by_label("Trả lời công khai").fill(
        "Nhà trường đã rào khu cầu trượt và thay bậc mới trong tuần này."
    )
    desk.get_by_role("button", name="Gửi trả lời").click()
    assert desk.locator("[data-status]").inner_text() == "Đã trả lời"
    desk.screenshot(path=str(SCREENSHOTS / f"feedback-desk-{PHONE}.png"), full_page=True)
    _fits_the_phone(desk)
    desk.close()

    # The parent reads the answer on the private link.
    page.goto(tracking_url)
    assert page.locator("[data-status]").inner_text() == "Đã trả lời"
    assert "thay bậc mới" in page.locator("[data-answer]").inner_text()
    page.screenshot(path=str(SCREENSHOTS / f"feedback-answer-{PHONE}.png"), full_page=True)
    _fits_the_phone(page)
    assert external == [], f"tải tài nguyên từ bên ngoài: {external}"


def test_the_demo_portal_and_the_cells_figures_on_a_phone(
    page: Any, live_server: Any, settings: Any
) -> None:
    from chibo.demo.load import DEMO_PASSWORD, load_demo
    from chibo.feedback.models import School

    settings.DOCUMENTS_PDF = False
    load_demo()
    school = School.objects.get(slug="mn-do-thi-viet-hung")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_default_timeout(15_000)
    page.set_viewport_size({"width": PHONE, "height": 780})
    page.goto(f"{live_server.url}/gop-y/{school.slug}/")
    assert page.locator("article.item").count() == 3
    page.screenshot(path=str(SCREENSHOTS / f"feedback-public-{PHONE}.png"), full_page=True)
    _fits_the_phone(page)

    sign_in(page, live_server.url, "bithu4", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/cells/{school.cell_id}/feedback/")
    assert page.locator("svg.chart").count() == 2
    page.screenshot(path=str(SCREENSHOTS / f"feedback-cell-{PHONE}.png"), full_page=True)
    _fits_the_phone(page)
