"""End to end on a 360 px phone, in headless Chromium, the way a first-time user would go:
the demo Bí thư takes seed 000's Q3 topic from the plan to a closed meeting with its dossier
(held a day early, confirmed; no resolution vote, so a Thông báo kết luận)
and a report upward; the member (dangvien) prepares and reads the draft, comments, and closes
the task given to them with an evidence file; the Đảng ủy officer acknowledges the report.
Illegal moves on the way are refused with a Vietnamese message and change nothing.

Only what the pages show is used to move on (links, buttons, labels). Screenshots land in
var/screenshots/meeting-*.png so a person can look at them.
"""

from __future__ import annotations

import datetime as dt
import io
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone

from chibo.core.tests.browser import small_targets
from chibo.core.tests.conftest import browser_context_args, browser_type_launch_args  # noqa: F401
from chibo.demo.load import DEMO_PASSWORD, load_demo
from chibo.meetings.models import Meeting, Task
from chibo.organizations.models import Cell

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")
from playwright.sync_api import expect  # noqa: E402

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
PHONE = {"width": 360, "height": 800}
TOPIC = "Nâng cao tinh thần trách nhiệm"
# A one-page PDF: the evidence a member attaches to a finished task.
EVIDENCE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
# Visible links, buttons and fields inside <main> lower than a thumb (44 px). Check boxes are
# left out: their whole label is the target (app.css makes it 44 px).


class Phone:
    """One person's browser on a 360 px phone; counts taps, checks and photographs each page."""

    taps = 0

    def __init__(self, browser: Any, base_url: str, username: str) -> None:
        self.context = browser.new_context(
            viewport=PHONE, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", accept_downloads=True
        )
        self.context.set_default_timeout(10_000)
        self.page = self.context.new_page()
        self.base_url, self.username = base_url, username
        self.page.goto(f"{base_url}/login/")
        self.page.get_by_label("Tên đăng nhập").fill(username)
        self.page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
        self.tap(self.page.get_by_role("button", name="Đăng nhập"))
        self.page.wait_for_url(lambda url: "/login/" not in url)

    def tap(self, locator: Any) -> None:
        Phone.taps += 1
        locator.click()
        # A form sent in place (swap.js) is busy until its answer is on the page.
        self.page.wait_for_function("() => !document.querySelector('form[aria-busy=true]')")

    def button(self, name: str) -> None:
        self.tap(self.page.get_by_role("button", name=name, exact=True))

    def link(self, name: str) -> None:
        self.tap(self.page.get_by_role("link", name=name).first)

    def says(self, text: str) -> None:
        expect(self.page.locator("main")).to_contain_text(text)

    def shot(self, name: str) -> None:
        page = self.page
        page.screenshot(path=str(SCREENSHOTS / f"meeting-{name}.png"), full_page=True)
        width = page.evaluate("document.scrollingElement.scrollWidth")
        assert width <= PHONE["width"], f"{name}: trang cuộn ngang, rộng {width}px"
        small = small_targets(page)
        assert small == [], f"{name}: chỗ bấm thấp hơn 44px: {small}"


@pytest.fixture
def demo(settings: Any) -> None:
    settings.DOCUMENTS_PDF = False  # LibreOffice PDFs take ~1 s each; not what is tested here
    load_demo()


def test_a_thematic_meeting_goes_from_the_plan_to_a_closed_dossier_on_a_phone(
    browser: Any, live_server: Any, demo: None, tmp_path: Path
) -> None:
    started = time.monotonic()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    Phone.taps = 0
    cell = Cell.objects.get(name="Chi bộ Trường Mầm non Yên Hoà")
    # Tomorrow morning: too close for the cell's 3-day rule, so sending needs a reason.
    day = timezone.localdate() + dt.timedelta(days=1)

    # --- bithu schedules the plan's Q3 topic and gives it to dangvien to prepare.
    bithu = Phone(browser, live_server.url, "bithu")
    page = bithu.page
    bithu.link("Các buổi sinh hoạt")
    bithu.shot("01-list")
    bithu.tap(page.get_by_role("link", name=TOPIC))
    expect(page.get_by_label("Loại")).to_have_value(Meeting.Kind.THEMATIC)
    # The day typed day first and the time in its own box, as on a phone in any language.
    # Each moment is two boxes, the day and the time, each labelled with whose it is.
    page.get_by_label("Bắt đầu (dự kiến) — ngày").fill(f"{day:%d/%m/%Y}")
    page.get_by_label("Bắt đầu (dự kiến) — giờ").fill("8h")
    page.get_by_label("Kết thúc (dự kiến) — ngày").fill(f"{day:%d/%m/%Y}")
    page.get_by_label("Kết thúc (dự kiến) — giờ").fill("10:00")
    page.get_by_label("Địa điểm").fill("Phòng họp nhà trường")
    page.get_by_label("Thư ký").select_option(label="Vũ Thị Lệ")
    bithu.shot("02-form")
    bithu.button("Lưu")
    bithu.says("Đã lên lịch buổi sinh hoạt.")
    meeting = Meeting.objects.get(cell=cell, title__startswith=TOPIC)
    meeting_url = page.url
    bithu.tap(page.get_by_text("Phân công người chuẩn bị"))
    for preparer in meeting.preparers.all():
        page.get_by_label(preparer.full_name, exact=True).uncheck()
    page.get_by_label("Phạm Thị Thu Hà", exact=True).check()
    bithu.button("Lưu phân công")
    bithu.says("Người chuẩn bị: Phạm Thị Thu Hà")
    bithu.shot("03-meeting")

    # --- dangvien, told by a notice, writes the draft and sends it to the chi ủy.
    dangvien = Phone(browser, live_server.url, "dangvien")
    dv = dangvien.page
    dangvien.link("Thông báo")
    expect(dv.locator("main")).to_contain_text(TOPIC)  # the notice names the meeting
    dangvien.tap(dv.get_by_role("button", name="Xem chi tiết").first)
    assert dv.url.endswith("/draft/")  # the notice opens the draft editor itself
    dv.get_by_label("Nội dung dự thảo").fill(
        "I. Thực trạng\n\nĐảng viên nêu cao tinh thần trách nhiệm.\n\n"
        "II. Giải pháp\n\nMỗi đảng viên đăng ký một việc làm cụ thể."
    )
    dv.get_by_label("Ghi chú thay đổi").fill("Bản đầu")
    dangvien.button("Lưu thành lần dự thảo mới")
    dangvien.says("Đã lưu dự thảo lần 1.")
    dangvien.shot("04-draft")
    dangvien.button("Gửi chi ủy cho ý kiến")
    dangvien.says("Đã gửi dự thảo để chi ủy cho ý kiến.")

    # --- Illegal: sending the documents before the chi ủy approved the draft.
    page.goto(f"{meeting_url}distribute/")
    bithu.says("chưa được chi ủy duyệt")
    expect(page.get_by_label("Lý do gửi muộn")).to_have_count(0)
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.REVIEW and meeting.distributed_at is None

    # --- The chi ủy comments on the version, approves, and sends it (late: asks for a reason).
    bithu.link("Về trang buổi sinh hoạt")
    bithu.tap(page.get_by_role("link", name="Lần 1"))
    page.get_by_label("Ý kiến của đồng chí").fill("Bổ sung giải pháp ứng dụng CNTT.")
    bithu.button("Ghi ý kiến")
    bithu.says("Đã ghi ý kiến.")
    bithu.link("Buổi sinh hoạt")
    bithu.button("Chi ủy duyệt dự thảo")
    bithu.says("gửi tài liệu cho đảng viên")
    bithu.link("Gửi tài liệu cho đảng viên")
    bithu.says("Đã quá hạn gửi")
    bithu.button("Gửi tài liệu")
    bithu.says("Gửi muộn cần ghi rõ lý do")
    page.get_by_label("Lý do gửi muộn").fill("Đổi lịch họp vì nhà trường tổ chức hội giảng.")
    bithu.shot("05-distribute")
    bithu.button("Gửi tài liệu")
    bithu.says("Đã gửi tài liệu cho toàn thể đảng viên.")
    bithu.says("Gửi muộn")

    # --- dangvien reads (read receipt) and comments, registering to speak.
    dv.goto(meeting_url)
    dangvien.link("Đọc tài liệu")
    dv.get_by_label("Ý kiến của đồng chí").fill("Đề nghị bổ sung chỉ tiêu cho từng tổ.")
    dv.get_by_label("Tôi đăng ký phát biểu tại buổi họp").check()
    dangvien.button("Gửi ý kiến")
    dangvien.says("Đã ghi nhận ý kiến của đồng chí.")
    dangvien.shot("06-read")
    assert meeting.read_receipts.filter(member__full_name="Phạm Thị Thu Hà").exists()

    # --- The cell meets today, a day early. Illegal: recording it without confirming that.
    page.goto(meeting_url)
    bithu.link("Màn hình buổi họp")
    bithu.button("Ghi nhận đã họp")
    bithu.says("sớm hơn lịch")
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.DISTRIBUTED and meeting.actual_start is None
    page.get_by_label("Xác nhận đã họp sớm hơn lịch").check()
    bithu.button("Ghi nhận đã họp")
    bithu.says("Đã ghi nhận buổi sinh hoạt.")

    # --- Illegal: concluding before the roll call.
    page.get_by_label("Nội dung kết luận").fill("Chi bộ thống nhất các giải pháp.")
    bithu.button("Ghi kết luận")
    bithu.says("Chưa điểm danh đủ")
    expect(page.get_by_label("Nội dung kết luận")).to_have_value("Chi bộ thống nhất các giải pháp.")
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.HELD and meeting.conclusion == ""

    rows = page.locator("#attendance li")
    for index in range(rows.count()):
        status = "Vắng có lý do" if index == 5 else "Có mặt"
        bithu.tap(page.locator("#attendance li").nth(index).get_by_role("button", name=status))
        pressed = page.locator("#attendance li").nth(index).get_by_role("button", name=status)
        expect(pressed).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".counts div").last).to_contain_text("0")  # nobody left unmarked
    page.get_by_label("Người phát biểu").select_option(label="Phạm Thị Thu Hà")
    page.get_by_label("Tóm tắt ý kiến").fill("Đề nghị bổ sung chỉ tiêu cho từng tổ.")
    bithu.button("Ghi ý kiến")
    bithu.says("Đã ghi ý kiến phát biểu.")
    bithu.tap(page.get_by_text("Giao nhiệm vụ"))
    page.get_by_label("Nhiệm vụ").fill("Xây dựng kế hoạch ứng dụng CNTT của tổ")
    page.locator("form[action$='/room/tasks/']").get_by_label("Phạm Thị Thu Hà").check()
    page.get_by_label("Thời hạn").fill(f"{day + dt.timedelta(days=20):%d/%m/%Y}")
    bithu.button("Giao")
    bithu.says("Đã giao nhiệm vụ.")
    expect(page.get_by_label("Nội dung kết luận")).to_have_value("Chi bộ thống nhất các giải pháp.")
    bithu.button("Ghi kết luận")
    bithu.says("Đã ghi kết luận.")
    bithu.shot("07-room")

    # --- Illegal: a member editing the minutes.
    response = dv.goto(f"{meeting_url}minutes/")
    assert response is not None and response.status == 403
    dangvien.says("Không có quyền")

    # --- Illegal: closing with an incomplete dossier. Then minutes, resolution, report, close.
    bithu.link("Buổi sinh hoạt")
    bithu.button("Hoàn thiện hồ sơ")
    bithu.says("Hồ sơ chưa đủ, còn thiếu")
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CONCLUDED
    bithu.link("Biên bản")
    bithu.button("Lưu biên bản")
    bithu.says("Đã lưu biên bản.")
    bithu.link("Buổi sinh hoạt")
    bithu.button("Ký biên bản và vào sổ")
    bithu.says("Biên bản đã ký")
    # No vote on a resolution was recorded: only the Thông báo kết luận is offered.
    expect(page.get_by_label("Loại văn bản").locator("option")).to_have_text(["Thông báo kết luận"])
    bithu.button("Ban hành")
    bithu.says("Đã ban hành văn bản.")
    bithu.says("-TB/CB — Thông báo kết luận")
    page.get_by_label("Tình hình triển khai (đưa vào báo cáo)").fill("Đã giao việc cho các tổ.")
    bithu.button("Gửi báo cáo Đảng ủy")
    bithu.says("Đã gửi báo cáo lên Đảng ủy.")
    bithu.button("Hoàn thiện hồ sơ")
    bithu.says("Đã hoàn thiện và lưu hồ sơ.")
    bithu.shot("08-closed")
    bithu.link("Hồ sơ buổi sinh hoạt")
    with page.expect_download() as download:
        bithu.link("Tải toàn bộ hồ sơ (tệp nén ZIP)")
    zip_path = tmp_path / "ho-so.zip"
    download.value.save_as(zip_path)
    names = zipfile.ZipFile(io.BytesIO(zip_path.read_bytes())).namelist()
    assert "index.txt" in names and any(n.startswith("04-bien-ban/") for n in names)

    # --- danguy is told, reads the report and acknowledges it.
    danguy = Phone(browser, live_server.url, "danguy")
    officer = danguy.page
    danguy.link("Thông báo")
    danguy.tap(officer.get_by_role("button", name="Xem chi tiết").first)
    officer.get_by_label("Ý kiến của Đảng ủy").fill("Đã nhận. Đề nghị chi bộ theo dõi tiến độ.")
    danguy.button("Xác nhận đã nhận báo cáo")
    danguy.says("Đã xác nhận báo cáo.")
    danguy.shot("09-report")
    assert meeting.report.acknowledged_at is not None

    # --- dangvien finds the task in "Nhiệm vụ của tôi" and finishes it with evidence.
    dv.goto(live_server.url)
    dangvien.tap(
        dv.get_by_role("navigation", name="Thanh điều hướng").get_by_role("link", name="Nhiệm vụ")
    )
    dangvien.link("Xây dựng kế hoạch ứng dụng CNTT của tổ")
    dv.get_by_label("Tiến độ, kết quả").fill("Đã xây dựng xong kế hoạch, tổ đã thông qua.")
    dv.get_by_label("Trạng thái").select_option(label="Đã hoàn thành")
    evidence = tmp_path / "minh-chung.pdf"
    evidence.write_bytes(EVIDENCE_PDF)
    dv.get_by_label("Minh chứng (không bắt buộc)").set_input_files(evidence)
    dangvien.button("Cập nhật")
    dangvien.says("Đã cập nhật tiến độ.")
    expect(dv.get_by_role("link", name="Minh chứng")).to_be_visible()
    dangvien.shot("10-task")
    task = Task.objects.get(meeting=meeting)
    assert task.status == Task.Status.DONE

    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CLOSED and meeting.late_distribution_reason
    elapsed = time.monotonic() - started
    print(f"\nlifecycle: {Phone.taps} taps, {elapsed:.1f} s")
    assert elapsed < 60
