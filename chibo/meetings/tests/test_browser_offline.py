"""On a 360 px phone with the network cut (Playwright's set_offline), in headless Chromium:
the demo member (dangvien) opens the distributed draft and her tasks while online; the network
goes; she still reads the draft and her tasks, each marked as a saved copy; she writes a comment,
which waits on the phone; the network returns and the comment arrives exactly once (counted in
the database). After logout the saved pages are gone: the next person on the phone sees none.

The journey (taps, screens scrolled) is recorded in bench/journeys/; screenshots land in
var/screenshots/offline-*.png so a person can look at them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone

from chibo.core.tests.conftest import browser_context_args, browser_type_launch_args  # noqa: F401
from chibo.core.tests.journeys import Journey
from chibo.demo.load import DEMO_PASSWORD, load_demo
from chibo.meetings.models import Meeting, MemberComment, Task
from chibo.members.models import Member

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")
from playwright.sync_api import expect  # noqa: E402

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
PHONE = {"width": 360, "height": 780}
COMMENT = "Đề nghị bổ sung vào phương hướng: mỗi quý một buổi sinh hoạt chuyên đề tại lớp."
TASK = "Chuẩn bị ý kiến về phương hướng quý tới"
QUEUE_EMPTY = "() => (localStorage.getItem('chibo.offline.comments') || '[]') === '[]'"


@pytest.fixture
def demo(settings: Any) -> None:
    settings.DOCUMENTS_PDF = False
    load_demo()


def _link(page: Any, href: str) -> Any:
    """The first visible link to `href` (the menu's or the tab bar's)."""
    return page.locator(f"a[href='{href}']:visible").first


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"offline-{name}.png"))
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE["width"], f"{name}: trang cuộn ngang, rộng {width}px"


def test_a_member_reads_the_draft_and_her_tasks_offline_and_her_comment_arrives_once(
    browser: Any, live_server: Any, demo: None
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    member = Member.objects.select_related("cell").get(user__username="dangvien")
    meeting = Meeting.objects.get(cell=member.cell, status=Meeting.Status.DISTRIBUTED)
    secretary = Member.objects.get(user__username="bithu")
    Task.assign(cell=member.cell, by=secretary.user, title=TASK, owners=[member], meeting=meeting,
                deadline=timezone.localdate() + dt.timedelta(days=10))  # fmt: skip
    base = live_server.url
    read_path = f"/meetings/{meeting.pk}/read/"

    context = browser.new_context(viewport=PHONE, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh",
                                  service_workers="allow")  # fmt: skip
    context.set_default_timeout(15_000)
    page = context.new_page()
    journey = Journey(page, "member-reads-and-comments-offline", description=(
        "dangvien, 360×780: mở dự thảo và nhiệm vụ khi có mạng; mất mạng: đọc lại dự thảo, "
        "viết ý kiến, xem nhiệm vụ; có mạng lại: ý kiến tự gửi, đúng một lần."))  # fmt: skip

    # --- Online: log in; the service worker takes over; open the draft, then her tasks.
    journey.step("đăng nhập")
    journey.goto(f"{base}/login/")
    journey.fill(page.get_by_label("Tên đăng nhập"), "dangvien")
    journey.fill(page.get_by_label("Mật khẩu"), DEMO_PASSWORD)
    journey.tap(page.get_by_role("button", name="Đăng nhập"))
    page.wait_for_url(lambda url: "/login/" not in url)
    page.wait_for_function("() => !!navigator.serviceWorker.controller")

    journey.step("mở dự thảo khi có mạng")
    journey.tap(_link(page, f"/cells/{member.cell_id}/meetings/"))  # "Sinh hoạt"
    journey.tap(page.locator(f"main a[href='/meetings/{meeting.pk}/']").first)
    journey.tap(page.get_by_role("link", name="Đọc tài liệu"))
    assert page.url == base + read_path
    expect(page.locator(".draft-text")).to_be_visible()
    draft_text = page.locator(".draft-text").inner_text()
    expect(page.locator("[data-offline-stale]")).to_have_count(0)  # the live page: no notice

    journey.step("mở nhiệm vụ khi có mạng")
    journey.tap(_link(page, "/tasks/mine/"))  # "Nhiệm vụ của tôi"
    expect(page.get_by_text(TASK)).to_be_visible()
    journey.tap(_link(page, "/"))  # back to the home page

    # --- The network is cut. She opens the app again (its start page) and reads the draft.
    context.set_offline(True)
    journey.step("mất mạng: đọc dự thảo")
    journey.goto(f"{base}/")
    journey.tap(page.locator(f"a[href='{read_path}']").first)
    stale = page.locator("[data-offline-stale]")
    expect(stale).to_contain_text("Bản lưu lúc")
    expect(stale).to_contain_text("đang ngoại tuyến")
    assert page.locator(".draft-text").inner_text() == draft_text
    _shot(page, "01-draft")

    journey.step("mất mạng: viết ý kiến")
    journey.fill(page.get_by_label("Ý kiến của đồng chí"), COMMENT)
    journey.tap(page.get_by_role("button", name="Gửi ý kiến"))
    pending = page.locator("[data-pending-comment]")
    expect(pending).to_contain_text(COMMENT)
    expect(pending).to_contain_text("Chưa gửi")
    expect(page.get_by_text("Đã lưu ý kiến trên máy; sẽ tự gửi khi có mạng.")).to_be_visible()
    pending.scroll_into_view_if_needed()
    _shot(page, "02-comment-waiting")
    assert not MemberComment.objects.filter(meeting=meeting, member=member).exists()

    journey.step("mất mạng: xem nhiệm vụ")
    journey.tap(_link(page, "/tasks/mine/"))
    expect(page.get_by_text(TASK)).to_be_visible()
    expect(page.locator("[data-offline-stale]")).to_contain_text("đang ngoại tuyến")
    _shot(page, "03-tasks")

    # --- The network returns: the comment is sent from whatever page is open, once.
    context.set_offline(False)
    page.wait_for_function(QUEUE_EMPTY)
    expect(page.get_by_text("Đã gửi 1 ý kiến viết lúc mất mạng.")).to_be_visible()
    expect(page.locator("[data-offline-stale]")).to_contain_text("đã có mạng trở lại")
    _shot(page, "04-sent")
    journey.step("có mạng lại: xem ý kiến đã gửi")
    journey.goto(base + read_path)
    expect(page.locator("[data-offline-stale]")).to_have_count(0)
    expect(page.locator("main").get_by_text(COMMENT)).to_have_count(1)
    page.reload()  # another page load, another flush: still nothing to send twice
    page.wait_for_function(QUEUE_EMPTY)
    saved = MemberComment.objects.filter(meeting=meeting, member=member)
    assert list(saved.values_list("text", flat=True)) == [COMMENT]
    assert saved.get().client_key is not None
    journey.write()

    # Online, a comment is sent at once and the page says so, as before.
    page.get_by_label("Ý kiến của đồng chí").fill("Nhất trí với dự thảo.")
    page.get_by_role("button", name="Gửi ý kiến").click()
    expect(page.get_by_text("Đã ghi nhận ý kiến của đồng chí.")).to_be_visible()
    assert saved.count() == 2

    # --- Logout forgets the saved pages: offline, the next person sees none of hers.
    # The logout form, wherever the menu puts it; requestSubmit() runs the page's submit handler.
    page.evaluate("document.querySelector(`form[action='/logout/']`).requestSubmit()")
    page.wait_for_url(lambda url: "/login/" in url)
    page.wait_for_function(
        "() => caches.open('chibo-pages').then(c => c.keys()).then(k => k.length === 0)"
    )
    context.set_offline(True)
    page.goto(base + read_path)
    expect(page.get_by_role("heading", name="Đang ngoại tuyến")).to_be_visible()
    expect(page.get_by_text(COMMENT)).to_have_count(0)
    expect(page.locator(".draft-text")).to_have_count(0)
    _shot(page, "05-after-logout")
    context.close()
