"""End to end in headless Chromium, five browser contexts on one meeting of a test cell: the
projector (1920×1080, the Đảng ủy officer reading), the chair's console (the Bí thư) and three
members' phones (360 px): two official members vote from their phones, the probationary
member cannot; the projector shows the tally within 2 s of the last ballot; closing the vote
stores it with its denominator. Screenshots in var/screenshots/room-*.png."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from chibo.conftest import PASSWORD
from chibo.core.tests.browser import phone
from chibo.core.tests.conftest import browser_context_args, browser_type_launch_args  # noqa: F401
from chibo.meetings.models import Vote
from chibo.room.models import Ballot, Participation

from .helpers import room_meeting

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")
from playwright.sync_api import expect  # noqa: E402

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
PROJECTOR = {"width": 1920, "height": 1080}
PHONE = {"width": 360, "height": 800}
ACKED = re.compile("Đã ghi nhận phiếu|Đồng chí đã biểu quyết")
DRAFT = "\n\n".join(
    [
        "BÁO CÁO CHUYÊN ĐỀ: Nâng cao chất lượng sinh hoạt chi bộ gắn với chuyển đổi số trong nhà trường.",
        "I. Thực trạng. Năm học 2025–2026 chi bộ có 18 đảng viên, sinh hoạt thường kỳ đều đặn hằng tháng; "
        "nội dung sinh hoạt đã bám sát nhiệm vụ chính trị của nhà trường, nhưng còn nặng về thông báo, "
        "ít thảo luận; tài liệu in giấy gửi chậm, nhiều đồng chí chưa nghiên cứu trước.",
        "II. Giải pháp. 1. Gửi dự thảo trên phần mềm trước ít nhất 3 ngày để đảng viên đọc và góp ý. "
        "2. Sinh hoạt tại phòng họp số: tài liệu chiếu trên màn hình, đảng viên theo dõi trên điện thoại, "
        "đăng ký phát biểu và biểu quyết ngay tại chỗ. 3. Biên bản được điền dần trong buổi họp.",
        "III. Tổ chức thực hiện. Chi ủy phân công đồng chí Phó Bí thư theo dõi; tổ chuyên môn hỗ trợ "
        "đảng viên lớn tuổi sử dụng điện thoại; cuối học kỳ chi bộ đánh giá, rút kinh nghiệm.",
    ]
    * 2
)


def _tracked(new_context: Any, opened: list[Any]) -> Any:
    def make(**kw: Any) -> Any:
        context = new_context(**kw)
        opened.append(context)
        return context

    return make


def _login(browser: Any, base: str, username: str, viewport: dict[str, int]) -> Any:
    return phone(browser, base, username, viewport=viewport, timeout_ms=10_000, password=PASSWORD)


@pytest.fixture
def contexts(browser: Any) -> Any:
    """Closes every browser context before the test database goes away (the pages poll)."""
    opened: list[Any] = []
    yield opened
    for context in opened:
        context.close()


def test_the_room_follows_the_chair_and_counts_phone_ballots(browser: Any, live_server: Any, world: Any,
                                                            contexts: list[Any]):  # fmt: skip
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.new_context = _tracked(browser.new_context, contexts)
    meeting = room_meeting(world, draft=DRAFT)
    base, pk = live_server.url, meeting.pk

    projector = _login(browser, base, "danguy", PROJECTOR)
    projector.goto(f"{base}/meetings/{pk}/present/")
    expect(projector.locator('[data-live="official"]')).to_have_text("3/3")
    expect(projector.locator('[data-live="probationary"]')).to_have_text("1/1")

    chair = _login(browser, base, "bithu", {"width": 1280, "height": 900})
    chair.goto(f"{base}/meetings/{pk}/console/")
    chair.get_by_role("button", name="Sinh hoạt chuyên đề").click()
    expect(projector.locator('[data-live="item"]')).to_have_text(
        "Sinh hoạt chuyên đề", timeout=2000
    )
    expect(projector.locator(".p-doc-head")).to_contain_text("trang 1/")

    phones = {
        name: _login(browser, base, name, PHONE) for name in ("dangvien", "dangvien2", "dubi")
    }
    for page in phones.values():
        page.goto(f"{base}/meetings/{pk}/phone/")
        expect(page.locator('[data-live="item"]')).to_have_text("Sinh hoạt chuyên đề")

    phones["dangvien2"].get_by_role("button", name="Đăng ký phát biểu").click()
    expect(projector.locator('[data-live="speakers"]')).to_contain_text(
        "Trần Văn Bình", timeout=2000
    )
    chair.get_by_role("button", name="Trang sau →").click()
    expect(projector.locator(".p-doc-head")).to_contain_text("trang 2/", timeout=2000)
    projector.screenshot(path=str(SCREENSHOTS / "room-projector-document.png"))
    phones["dangvien"].screenshot(path=str(SCREENSHOTS / "room-phone-document.png"), full_page=True)

    chair.get_by_label("Nội dung biểu quyết").fill("Thông qua nghị quyết chuyên đề")
    chair.get_by_label("Biểu quyết về").select_option("resolution")
    chair.get_by_role("button", name="Mở biểu quyết trên điện thoại").click()
    expect(chair.get_by_role("button", name="Kết thúc biểu quyết, ghi kết quả")).to_be_visible()

    probationary = phones["dubi"]
    expect(probationary.locator('[data-live="vote-msg"]')).to_contain_text("dự bị")
    expect(probationary.get_by_role("button", name="Tán thành", exact=True)).to_be_hidden()

    expect(phones["dangvien2"].get_by_role("button", name="Tán thành", exact=True)).to_be_visible()
    phones["dangvien2"].screenshot(path=str(SCREENSHOTS / "room-phone-ballot.png"), full_page=True)
    for name in ("dangvien", "dangvien2"):
        phone = phones[name]
        phone.get_by_role("button", name="Tán thành", exact=True).click()
        expect(phone.locator('[data-live="vote-msg"]')).to_contain_text(ACKED)
    # The projector shows the tally within 2 s of the last ballot.
    tally = projector.locator('[data-live="main"] .p-ballot')
    expect(tally).to_have_attribute("data-tally", "2-0-0", timeout=2000)
    expect(tally).to_contain_text("Đã biểu quyết: 2/3 đảng viên chính thức có mặt")
    projector.screenshot(path=str(SCREENSHOTS / "room-projector-vote.png"))
    phones["dangvien"].screenshot(path=str(SCREENSHOTS / "room-phone-voted.png"), full_page=True)
    probationary.screenshot(path=str(SCREENSHOTS / "room-phone-probationary.png"), full_page=True)
    for page in phones.values():
        width = page.evaluate("document.scrollingElement.scrollWidth")
        assert width <= PHONE["width"], f"trang cuộn ngang, rộng {width}px"

    chair.get_by_role("button", name="Kết thúc biểu quyết, ghi kết quả").click()
    expect(tally).to_contain_text("ĐÃ THÔNG QUA", timeout=2000)
    vote = Vote.objects.get(meeting=meeting)
    # Three official members, none excused: the denominator is 3 and 2 for is more than half.
    assert (vote.votes_for, vote.votes_against, vote.denominator, vote.passed) == (2, 0, 3, True)
    assert vote.subject_kind == Vote.SubjectKind.RESOLUTION
    ballot = Ballot.objects.get(meeting=meeting)
    assert ballot.result == vote
    assert Participation.objects.filter(ballot=ballot).count() == 2
    projector.screenshot(path=str(SCREENSHOTS / "room-projector-result.png"))
    chair.screenshot(path=str(SCREENSHOTS / "room-console.png"), full_page=True)
