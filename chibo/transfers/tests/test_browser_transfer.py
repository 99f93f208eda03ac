"""End to end on a 360 px phone: Yên Hoà's Bí thư (bithu) introduces Hoàng Thị Yến to Hoa Mai,
the letter is issued (DOCX and PDF, the PDF's first page rendered to PNG and kept), Hoa Mai's Bí
thư (bithu3) accepts her and reads the history that came with her, and bithu no longer finds
her. The journey's taps and scrolling go to bench/journeys/transfer.json; screenshots to
var/screenshots/transfer-*.png."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone

from chibo.core.tests.browser import PHONE, phone, small_targets
from chibo.core.tests.conftest import browser_context_args, browser_type_launch_args  # noqa: F401
from chibo.core.tests.journeys import Journey
from chibo.demo.load import load_demo
from chibo.members.models import Member
from chibo.transfers.models import Transfer

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")
from playwright.sync_api import expect  # noqa: E402

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
NAME = "Hoàng Thị Yến"


def _phone(browser: Any, base_url: str, username: str) -> Any:
    return phone(browser, base_url, username, viewport=PHONE, timeout_ms=20_000)


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"transfer-{name}.png"), full_page=True)
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE["width"], f"{name}: trang cuộn ngang, rộng {width}px"
    small = small_targets(page)
    assert small == [], f"{name}: chỗ bấm thấp hơn 44px: {small}"


def test_a_member_moves_from_yen_hoa_to_hoa_mai_on_a_phone(
    browser: Any, live_server: Any, settings: Any
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    settings.DOCUMENTS_PDF = False
    load_demo()
    settings.DOCUMENTS_PDF = bool(shutil.which("soffice"))  # the letter gets its PDF where it can
    member = Member.objects.get(full_name=NAME)
    day = f"{timezone.localdate():%Y-%m-%d}"

    page = _phone(browser, live_server.url, "bithu")
    journey = Journey(
        page, "transfer", "Bí thư nơi đi giới thiệu, Bí thư nơi đến tiếp nhận (360 px)"
    )
    journey._settle()
    journey.step("nơi đi: mở trang chuyển sinh hoạt")
    # From "Việc hôm nay" (the landing page), the tab bar's "Thêm" lists the cell's registers.
    journey.tap(page.locator("nav.tab-bar a[href='/more/']"))
    journey.tap(page.get_by_role("link", name="Chuyển sinh hoạt đảng"))
    expect(page.get_by_role("heading", name="Chuyển sinh hoạt đảng", exact=True)).to_be_visible()
    journey.step("nơi đi: ban hành giấy giới thiệu")
    journey.choose(page.get_by_label("Đảng viên"), label=NAME)
    journey.choose(
        page.get_by_label("Chi bộ nơi đến (trong hệ thống)"), label="Chi bộ Trường Mầm non Hoa Mai"
    )
    journey.fill(page.get_by_label("Lý do"), "Chuyển công tác về Trường Mầm non Hoa Mai")
    journey.fill(
        page.get_by_label("Ngày quyết định có hiệu lực hoặc ngày thay đổi nơi cư trú"), day
    )
    journey.fill(page.get_by_label("Ngày giới thiệu"), day)
    _shot(page, "01-form")
    journey.tap(page.get_by_role("button", name="Ban hành giấy giới thiệu"))
    expect(page.locator(".messages")).to_contain_text("Đã ban hành giấy giới thiệu Số")
    expect(page.get_by_text("Đã giới thiệu, chờ nơi đến tiếp nhận", exact=True)).to_be_visible()
    _shot(page, "02-issued")
    transfer = Transfer.objects.get(member=member)
    assert transfer.letter is not None and transfer.letter.number_text.endswith("-GGT/CB")

    page3 = _phone(browser, live_server.url, "bithu3")
    journey.page = page3
    journey._url = ""
    journey._settle()
    journey.step("nơi đến: tiếp nhận")
    journey.tap(page3.locator("nav.tab-bar a[href='/more/']"))
    journey.tap(page3.get_by_role("link", name="Chuyển sinh hoạt đảng"))
    journey.tap(page3.get_by_role("link", name=NAME))
    journey.tap(page3.get_by_role("button", name=f"Tiếp nhận đồng chí {NAME}"))
    expect(page3.locator(".messages")).to_contain_text(f"Đã tiếp nhận đồng chí {NAME}")
    expect(page3.get_by_role("heading", name="Hồ sơ chuyển theo đảng viên")).to_be_visible()
    expect(
        page3.get_by_text("Đảng viên chuyển sinh hoạt đến chi bộ", exact=False).first
    ).to_be_visible()
    _shot(page3, "03-accepted")
    journey.step("nơi đến: mở hồ sơ đảng viên")
    journey.tap(page3.get_by_role("link", name=f"Hồ sơ đảng viên {NAME}"))
    expect(page3.get_by_role("heading", name=NAME)).to_be_visible()
    journey.write()

    member.refresh_from_db()
    assert member.cell.name == "Chi bộ Trường Mầm non Hoa Mai"
    gone = page.goto(f"{live_server.url}/members/{member.pk}/")
    assert gone is not None and gone.status == 404  # the sending Bí thư no longer sees her

    if transfer.letter.pdf:  # look at the letter as a reader would: first page as PNG
        pdf = SCREENSHOTS / "transfer-letter.pdf"
        pdf.write_bytes(transfer.letter.open_file("pdf")[2])
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf),
                        str(SCREENSHOTS / "transfer-letter")], check=True, timeout=60)  # fmt: skip
        assert any(SCREENSHOTS.glob("transfer-letter*.png"))
