"""Two journeys of the walkthrough at 360×780, counted with the journey recorder and written to
bench/journeys/: the Bí thư's morning check and the committee officer's review.

Before "Việc hôm nay" the morning check took 16 taps and 4 screens (landing on a menu, then
"Sinh hoạt", 3 screens down to this month's meeting); the committee review read a 10,266 px page
listed alphabetically."""

from __future__ import annotations

from typing import Any

import pytest

from chibo.core.tests.journeys import Journey
from chibo.demo.load import DEMO_PASSWORD

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")

pytestmark = pytest.mark.browser


@pytest.fixture
def demo(settings: Any) -> None:
    from chibo.demo.load import load_demo

    settings.DOCUMENTS_PDF = False
    load_demo()


def _log_in(journey: Journey, base: str, username: str) -> None:
    page = journey.page
    journey.step("đăng nhập")
    journey.goto(f"{base}/login/")
    journey.fill(page.get_by_label("Tên đăng nhập"), username)
    journey.fill(page.get_by_label("Mật khẩu"), DEMO_PASSWORD)
    journey.tap(page.get_by_role("button", name="Đăng nhập"))


def _tab(page: Any, name: str) -> Any:
    return page.get_by_role("navigation", name="Thanh điều hướng").get_by_role("link", name=name)


def test_the_secretarys_morning_check(page: Any, live_server: Any, demo: None) -> None:
    page.set_default_timeout(15_000)
    page.set_viewport_size({"width": 360, "height": 780})
    journey = Journey(page, "bithu-morning-check-360", "Bí thư: việc hôm nay, buổi sinh hoạt tháng này "
                      "và việc tiếp theo, nhiệm vụ quá hạn, thông báo")  # fmt: skip
    _log_in(journey, live_server.url, "bithu")
    assert "Việc hôm nay" in page.locator("h1").inner_text()

    journey.step("mở buổi sinh hoạt tháng này")
    journey.tap(page.locator('[data-kind="meeting.next"] a'))
    assert "/meetings/" in page.url
    assert (
        page.get_by_text("Việc tiếp theo").first.is_visible() or "Việc tiếp theo" in page.content()
    )

    journey.step("xem nhiệm vụ quá hạn của chi bộ")
    journey.tap(_tab(page, "Hôm nay"))
    journey.tap(page.locator('[data-kind="task.cell_overdue"] a'))
    assert "status=overdue" in page.url and "Quá hạn" in page.locator("main").inner_text()

    journey.step("đọc thông báo")
    journey.tap(_tab(page, "Thông báo"))
    assert page.locator("h1").inner_text() == "Thông báo"

    journey.write()
    assert journey.taps <= 8, journey.record()
    assert journey.screens <= 2, journey.record()


def test_the_committee_review(page: Any, live_server: Any, demo: None) -> None:
    page.set_default_timeout(15_000)
    page.set_viewport_size({"width": 360, "height": 780})
    journey = Journey(page, "danguy-committee-review-360", "Đảng ủy: chi bộ nào chậm và vì sao, "
                      "mở chi bộ cần chú ý nhất, xác nhận một báo cáo")  # fmt: skip
    _log_in(journey, live_server.url, "danguy")
    home = page.locator("main").inner_text()
    assert "Việc hôm nay" in home and "Xin chào đồng chí Trần Văn Minh" in home

    journey.step("các chi bộ, cần chú ý nhất trước")
    journey.tap(_tab(page, "Các chi bộ"))
    first = page.locator("table.responsive tbody tr").first
    assert "điểm" in first.inner_text()  # the first cell is one with findings, and says why
    journey.tap(first.locator("td.primary a"))
    assert "/oversight/" in page.url

    journey.step("xác nhận báo cáo của chi bộ")
    journey.tap(_tab(page, "Hôm nay"))
    journey.tap(page.locator('[data-kind="report.acknowledge"] a').first)
    journey.fill(
        page.get_by_label("Ý kiến của Đảng ủy"), "Đã nhận. Đề nghị chi bộ theo dõi tiến độ."
    )
    journey.tap(page.get_by_role("button", name="Xác nhận đã nhận báo cáo"))
    assert "Đã xác nhận báo cáo." in page.locator("main").inner_text()

    journey.write()
    assert journey.taps <= 10, journey.record()
