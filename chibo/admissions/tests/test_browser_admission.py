"""End to end on a 360 px phone, in headless Chromium: Hoa Mai's Bí thư (bithu3) takes Mạc Văn
Quân from the list of outstanding non-members to the superior's decision and the ceremony, and
a probationary member whose probation has ended to recognition as an official member. On the
way each refusal of the issue says why in Vietnamese and changes nothing: a sponsor without 12
months of shared work, a probationary sponsor, an expired certificate, a vote below 2/3, a
decision dated before the cell's resolution.

The cell's meeting a few hours ago (roll call done, held) is set up by the test; everything else is
done by tapping what the pages show. Screenshots: var/screenshots/admission-*.png.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone

from chibo.admissions.models import Candidate, Stage, Step
from chibo.core.tests.browser import PHONE, phone, small_targets
from chibo.core.tests.conftest import browser_context_args, browser_type_launch_args  # noqa: F401
from chibo.demo.load import load_demo
from chibo.documents.models import IssuedDocument
from chibo.meetings.models import Attendance, Meeting
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.rules.organization import add_months

from .helpers import admit_in

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")
from playwright.sync_api import expect  # noqa: E402

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
HOA_MAI = "Chi bộ Trường Mầm non Hoa Mai"


class Phone:
    def __init__(self, browser: Any, base_url: str, username: str) -> None:
        self.page = phone(browser, base_url, username, timeout_ms=15_000)
        self.context = self.page.context

    def step(self, key: str) -> Any:
        """The step's section, its form unfolded."""
        section = self.page.locator(f"section#{key}")
        details = section.locator("details")
        if details.count() and details.first.get_attribute("open") is None:
            details.first.locator("summary").click()
        return section

    def submit(self, section: Any, button: str) -> None:
        section.get_by_role("button", name=button, exact=True).click()
        self.page.wait_for_load_state()

    def message(self, text: str) -> None:
        """The outcome is shown beside the step just recorded, on screen without scrolling."""
        shown = self.page.locator(".messages").last
        expect(shown).to_contain_text(text)
        expect(shown).to_be_in_viewport()

    def shot(self, name: str) -> None:
        page = self.page
        page.screenshot(path=str(SCREENSHOTS / f"admission-{name}.png"), full_page=True)
        width = page.evaluate("document.scrollingElement.scrollWidth")
        assert width <= PHONE["width"], f"{name}: trang cuộn ngang, rộng {width}px"
        small = small_targets(page)
        assert small == [], f"{name}: chỗ bấm thấp hơn 44px: {small}"


@pytest.fixture
def hoa_mai(settings: Any) -> dict[str, Any]:
    """The demo, a meeting of Hoa Mai a few hours ago (roll call done, held), and a member admitted
    thirteen months ago through an admission file (her probation is over)."""
    settings.DOCUMENTS_PDF = False
    load_demo()
    cell = Cell.objects.get(name=HOA_MAI)
    by = cell.members.get(user__username="bithu3").user
    today = timezone.localdate()
    people = {m.full_name: m for m in Member.objects.filter(cell=cell).current()}
    veteran = admit_in(cell, by, name="Đinh Thị Thanh Mai", ceremony=add_months(today, -13),
                       sponsors=("Đặng Thị Ngọc Hà", "Nguyễn Thị Kim Dung"), helper="Đặng Thị Ngọc Hà",
                       chair="Trần Thị Nghĩa Quỳnh", secretary="Nguyễn Thị Thanh Hương")  # fmt: skip
    # Held three hours ago (a meeting is recorded as held once it is over).
    starts = (timezone.now() - dt.timedelta(hours=3)).replace(second=0, microsecond=0)
    meeting = Meeting.plan(cell=cell, by=by, title="Sinh hoạt chi bộ thường kỳ", starts_at=starts,
                           chair=people["Trần Thị Nghĩa Quỳnh"], secretary=people["Nguyễn Thị Thanh Hương"],
                           preparers=[people["Nguyễn Thị Thanh Hương"]])  # fmt: skip
    meeting.save_draft(by=by, text="Xét kết nạp, công nhận đảng viên chính thức.")
    meeting.submit_draft(by=by)
    meeting.approve_draft(by=by)
    meeting.distribute(by=by, at=starts - dt.timedelta(days=3))
    for member in Member.objects.filter(cell=cell).current():
        meeting.record_attendance(member, Attendance.Status.PRESENT, by=by)
    meeting.hold(by=by, actual_start=starts, actual_end=starts + dt.timedelta(minutes=100))
    meeting.refresh_from_db()
    return {"cell": cell, "veteran": veteran, "meeting": meeting, "today": today,
            "officials": Member.objects.filter(cell=cell).official().count()}  # fmt: skip


def _unchanged(candidate: Candidate) -> tuple[Any, ...]:
    fresh = Candidate.objects.get(pk=candidate.pk)
    return (fresh.stage, fresh.version, fresh.sponsors.count(), Step.objects.filter(candidate=fresh).count(),
            IssuedDocument.objects.count(), Member.objects.count())  # fmt: skip


def test_a_candidate_from_the_list_to_the_ceremony_and_a_member_to_recognition_on_a_phone(
    browser: Any, live_server: Any, hoa_mai: dict[str, Any]
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    today, cell, meeting = hoa_mai["today"], hoa_mai["cell"], hoa_mai["meeting"]
    day = f"{today:%Y-%m-%d}"
    bithu = Phone(browser, live_server.url, "bithu3")
    page = bithu.page

    # --- From the cell page (the landing page is "Việc hôm nay") to the list, to Mạc Văn Quân's file.
    page.goto(f"{live_server.url}/cells/{cell.pk}/")
    page.get_by_role("link", name="Phát triển đảng viên").click()
    expect(page.get_by_role("heading", name="Phát triển đảng viên")).to_be_visible()
    bithu.shot("01-list")
    page.get_by_role("link", name="Mạc Văn Quân").click()
    quan = Candidate.objects.get(cell=cell, full_name="Mạc Văn Quân")
    expect(page.locator("section#application")).to_contain_text("Việc tiếp theo")
    bithu.shot("02-file")

    # --- The letter, the life history, the background check.
    bithu.submit(bithu.step("application"), "Ghi đơn xin vào Đảng")
    bithu.message("Đã ghi đơn xin vào Đảng.")
    bithu.submit(bithu.step("life_history"), "Ghi lý lịch")
    section = bithu.step("background_check")
    section.get_by_label("Kết luận của chi ủy").fill("Lý lịch rõ ràng, đủ điều kiện.")
    bithu.submit(section, "Ghi kết quả thẩm tra")
    bithu.message("Đã ghi kết quả thẩm tra lý lịch.")

    # --- Refused: a sponsor who has worked with him six months; a probationary sponsor.
    def sponsor(name: str, since: str) -> None:
        section = bithu.step("sponsors")
        section.get_by_label("Đảng viên giới thiệu").select_option(label=name)
        section.get_by_label("Cùng công tác, học tập, cư trú từ ngày").fill(since)
        bithu.submit(section, "Ghi người giới thiệu")

    before = _unchanged(quan)
    sponsor("Phạm Thị Hải Yến", f"{today - dt.timedelta(days=180):%Y-%m-%d}")
    bithu.message("ít nhất 12 tháng")
    bithu.message("Điều lệ Đảng, Điều 4.2")
    assert _unchanged(quan) == before
    sponsor("Kiều Thị Ánh", "2016-09-01")
    bithu.message("chưa là đảng viên chính thức")
    assert _unchanged(quan) == before
    bithu.shot("03-sponsor-refused")
    sponsor("Phạm Thị Hải Yến", "2015-09-01")
    bithu.message("Đã ghi người giới thiệu.")
    sponsor("Lê Văn Hùng", "2015-09-01")
    expect(page.locator("section#sponsors")).to_contain_text("Đồng chí Lê Văn Hùng")

    section = bithu.step("comments")
    section.get_by_label("Ý kiến nhận xét của đoàn thể").fill("Công đoàn nhất trí giới thiệu.")
    section.get_by_label("Ý kiến nhận xét của chi ủy (chi bộ) nơi cư trú").fill(
        "Chấp hành tốt quy định nơi cư trú."
    )
    bithu.submit(section, "Lập bản tổng hợp")
    bithu.message("Đã lập và lưu bản tổng hợp ý kiến nhận xét.")

    # --- Refused: a certificate older than 60 months when the chi ủy reviews the file.
    section = bithu.step("course")
    section.get_by_label("Số giấy chứng nhận").fill("05/GCN-ĐU")
    section.get_by_label("Ngày cấp").fill(f"{add_months(today, -61):%Y-%m-%d}")
    bithu.submit(section, "Ghi giấy chứng nhận")
    before = _unchanged(quan)
    bithu.submit(bithu.step("review"), "Chi ủy đã xem xét: đủ điều kiện")
    bithu.message("hết hiệu lực")
    bithu.message("học lại lớp bồi dưỡng")
    assert _unchanged(quan) == before
    section = bithu.step("course")
    section.get_by_label("Số giấy chứng nhận").fill("018/GCN-ĐU")
    section.get_by_label("Ngày cấp").fill(f"{today - dt.timedelta(days=25):%Y-%m-%d}")
    bithu.submit(section, "Ghi giấy chứng nhận")
    bithu.submit(bithu.step("review"), "Chi ủy đã xem xét: đủ điều kiện")
    bithu.message("Hồ sơ đủ điều kiện, chờ chi bộ xét.")

    # --- Refused: a vote below 2/3 of all official members. Recorded as it happened; no proposal.
    officials = hoa_mai["officials"]

    def vote(yes: int, no: int) -> None:  # noqa: E306
        section = bithu.step("vote")
        section.get_by_label("Buổi sinh hoạt chi bộ").select_option(label=str(meeting))
        section.get_by_label("Tán thành *", exact=True).fill(str(yes))
        section.get_by_label("Không tán thành").fill(str(no))
        bithu.submit(section, "Ghi kết quả biểu quyết")

    vote(officials // 2, officials - officials // 2)
    bithu.message(f"không đạt: {officials // 2}/{officials}")
    expect(page.locator("section#resolution form")).to_have_count(0)
    assert Candidate.objects.get(pk=quan.pk).stage == Stage.READY and not IssuedDocument.objects.filter(
        source_id=str(quan.pk), source_type="admissions.candidate").exists()  # fmt: skip
    bithu.shot("04-vote-refused")
    vote(officials - 1, 0)
    bithu.message("Đã ghi kết quả biểu quyết của chi bộ.")
    section = bithu.step("resolution")
    section.get_by_label("Nhận xét của chi bộ (ưu điểm, khuyết điểm)").fill(
        "Hoàn thành tốt nhiệm vụ."
    )
    bithu.submit(section, "Ban hành nghị quyết đề nghị kết nạp")
    bithu.message("Đã ban hành nghị quyết đề nghị kết nạp.")
    expect(page.locator("section#resolution")).to_contain_text("Tải văn bản (DOCX)")

    # --- Refused: a decision dated before the cell's resolution. Then the decision, the ceremony.
    def decision(on: dt.date) -> None:
        section = bithu.step("decision")
        section.get_by_label("Số quyết định").fill("412-QĐ/ĐU")
        section.get_by_label("Ngày quyết định").fill(f"{on:%Y-%m-%d}")
        section.get_by_label("Ngày chi bộ nhận quyết định").fill(day)
        bithu.submit(section, "Ghi quyết định kết nạp")

    before = _unchanged(quan)
    decision(today - dt.timedelta(days=1))
    bithu.message("trước ngày nghị quyết của chi bộ")
    assert _unchanged(quan) == before
    decision(today)
    bithu.message("Đã ghi quyết định kết nạp.")
    expect(page.locator("main")).to_contain_text("Tổ chức lễ kết nạp")  # the deadline now running
    bithu.shot("05-decided")
    bithu.submit(bithu.step("ceremony"), "Ghi lễ kết nạp")
    bithu.message("Đã ghi lễ kết nạp: đồng chí là đảng viên dự bị.")
    quan.refresh_from_db()
    assert quan.stage == Stage.PROBATION and quan.member.status == Member.Status.PROBATIONARY
    assert quan.member.admission_date == today
    expect(page.get_by_role("link", name="Hồ sơ đảng viên")).to_be_visible()
    bithu.shot("06-ceremony")

    # --- A probationary member whose probation is over: the reports, the vote, the resolution,
    #     the ward's decision.
    veteran = hoa_mai["veteran"]
    page.goto(f"{live_server.url}/admissions/{veteran.pk}/")
    bithu.submit(bithu.step("self_review"), "Ghi bản tự kiểm điểm")
    bithu.submit(bithu.step("helper_review"), "Ghi bản nhận xét")
    section = bithu.step("probation_comments")
    section.get_by_label("Ý kiến nhận xét của đoàn thể").fill("Đảng viên dự bị gương mẫu.")
    section.get_by_label("Ý kiến nhận xét của chi ủy (chi bộ) nơi cư trú").fill("Chấp hành tốt.")
    bithu.submit(section, "Lập bản tổng hợp")
    section = bithu.step("recognition_vote")
    section.get_by_label("Buổi sinh hoạt chi bộ").select_option(label=str(meeting))
    section.get_by_label("Tán thành *", exact=True).fill(str(officials - 1))
    section.get_by_label("Không tán thành").fill("0")
    bithu.submit(section, "Ghi kết quả biểu quyết")
    bithu.message("Đã ghi kết quả biểu quyết công nhận chính thức.")
    bithu.submit(bithu.step("recognition_resolution"), "Ban hành nghị quyết đề nghị công nhận")
    bithu.message("Đã ban hành nghị quyết đề nghị công nhận đảng viên chính thức.")
    section = bithu.step("recognition_decision")
    section.get_by_label("Số quyết định công nhận").fill("415-QĐ/ĐU")
    section.get_by_label("Ngày quyết định").fill(day)
    bithu.submit(section, "Ghi quyết định công nhận")
    bithu.message("Đã ghi quyết định: đồng chí là đảng viên chính thức.")
    member = Member.objects.get(pk=veteran.member_id)
    assert member.status == Member.Status.OFFICIAL and member.official_date == add_months(
        member.admission_date, 12
    )
    expect(page.locator("main")).to_contain_text("Đảng viên chính thức")
    bithu.shot("07-recognised")

    bithu.context.close()

    # --- The committee officer sees the files by stage.
    danguy = Phone(browser, live_server.url, "danguy")
    danguy.page.goto(f"{live_server.url}/committees/{cell.committee_id}/admissions/")
    expect(danguy.page.locator("main")).to_contain_text("Chu Thị Bảo Ngọc")
    expect(danguy.page.locator("main")).to_contain_text("Quá hạn")
    danguy.shot("08-committee")
    danguy.context.close()
