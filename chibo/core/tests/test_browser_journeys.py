"""Whole journeys on a 360 × 780 phone, counted with the journey recorder (taps, screens
scrolled, pages loaded) and written to bench/journeys/: the meeting day, closing the meeting
with its dossier, and the evaluation round of a 22-member cell. The walkthrough of December 2026 counted 63
screens for the meeting day and about 500 for the evaluation round, when every form reloaded
the page at its top; the forms now update in place.

Screenshots (360 and 1280 px) land in var/screenshots/inplace-*.png for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone

from chibo.core.tests.browser import PHONE, phone
from chibo.core.tests.conftest import browser_context_args, browser_type_launch_args  # noqa: F401
from chibo.core.tests.journeys import Journey
from chibo.demo.load import load_demo
from chibo.evaluations.models import EvaluationRound, Level
from chibo.meetings.models import Meeting, Vote
from chibo.members.models import Member
from chibo.organizations.models import Cell

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")
from playwright.sync_api import expect  # noqa: E402

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1280, "height": 800}
SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
MEETING_DAY_MAX_SCREENS = 20
EVALUATION_MAX_SCREENS = 60
YEN_HOA = "Chi bộ Trường Mầm non Yên Hoà"
HOA_MAI = "Chi bộ Trường Mầm non Hoa Mai"


@pytest.fixture
def demo(settings: Any) -> None:
    settings.DOCUMENTS_PDF = False  # the demo's own documents: LibreOffice is slow
    load_demo()


def _phone(browser: Any, base_url: str, username: str) -> Any:
    # 60 s: signing makes a PDF with LibreOffice
    return phone(browser, base_url, username, timeout_ms=60_000)


def _shot(page: Any, name: str, *, wide: bool = True, top: bool = True) -> None:
    """The first screen at 360 px, and the same page at 1280 px (then back to the phone)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    y = page.evaluate("window.scrollY")
    if top:
        page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SHOTS / f"inplace-{name}-360.png"))
    if wide:
        page.set_viewport_size(LAPTOP)
        page.screenshot(path=str(SHOTS / f"inplace-{name}-1280.png"))
        page.set_viewport_size(PHONE)
    page.evaluate(f"window.scrollTo(0, {y})")
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE["width"], f"{name}: trang cuộn ngang, rộng {width}px"


def _tap(journey: Journey, locator: Any) -> None:
    """A tap, then wait until any form sent in place has had its answer."""
    journey.tap(locator)
    journey.page.wait_for_function("() => !document.querySelector('form[aria-busy=true]')")


def _no_reload(page: Any) -> None:
    """Mark the document; a full reload would lose the mark."""
    page.evaluate("window.__samePage = true")


def _still_same_page(page: Any) -> None:
    assert page.evaluate("window.__samePage === true"), "trang đã tải lại thay vì cập nhật tại chỗ"


def test_meeting_day_and_closing_on_a_phone(
    browser: Any, live_server: Any, demo: None, settings: Any
) -> None:
    settings.DOCUMENTS_PDF = True  # the minutes, conclusion and report get their PDF
    cell = Cell.objects.get(name=YEN_HOA)
    meeting = Meeting.objects.get(cell=cell, status=Meeting.Status.DISTRIBUTED)
    members = list(Member.objects.filter(cell=cell).current().vietnamese_order())
    page = _phone(browser, live_server.url, "bithu")
    day = Journey(page, "meeting-day-360",
                  "Bí thư, Chi bộ Trường Mầm non Yên Hoà (12 đảng viên): buổi sinh hoạt chuyên đề từ màn "
                  "hình buổi họp đến biên bản: điểm danh, ý kiến, biểu quyết, nhiệm vụ, ghi nhận đã họp, "
                  "kết luận, biên bản.")  # fmt: skip

    day.step("mở buổi sinh hoạt")
    day.goto(f"{live_server.url}/meetings/{meeting.pk}/")
    expect(page.locator("#summary")).to_contain_text(
        timezone.localtime(meeting.starts_at).strftime("%d/%m/%Y")
    )
    _shot(page, "meeting")
    _tap(day, page.get_by_role("link", name="Màn hình buổi họp"))
    _shot(page, "room")
    _no_reload(page)

    day.step("điểm danh: một đồng chí vắng có lý do, mọi người khác có mặt")
    away = members[3]
    row = page.locator(f"#attendance li:has-text('{away.full_name}')")
    _tap(day, row.get_by_role("button", name="Vắng có lý do"))
    reason = page.get_by_label(f"Lý do vắng của đồng chí {away.full_name}")
    day.fill(reason, "Đi tập huấn chuyên môn")
    _tap(day, page.locator(f"#roll-{away.pk}-reason"))
    expect(page.locator(f"#roll-{away.pk}-excused")).to_have_attribute("aria-pressed", "true")
    _tap(day, page.get_by_role("button", name="Mọi người khác có mặt"))
    expect(page.locator("#attendance")).to_contain_text(
        "Đã điểm danh có mặt cho các đồng chí còn lại."
    )
    expect(page.locator(".counts div").last).to_contain_text("0")
    _still_same_page(page)
    _shot(page, "roll-call", top=False)

    day.step("ghi ý kiến phát biểu")
    day.choose(page.get_by_label("Người phát biểu"), label=members[1].full_name)
    day.fill(
        page.get_by_label("Tóm tắt ý kiến"), "Đề nghị bổ sung chỉ tiêu cho từng tổ chuyên môn."
    )
    _tap(day, page.get_by_role("button", name="Ghi ý kiến"))
    expect(page.locator("#contributions")).to_contain_text("Đã ghi ý kiến phát biểu.")

    day.step("ghi kết quả biểu quyết nghị quyết")
    _tap(day, page.get_by_text("Ghi kết quả biểu quyết", exact=True))
    votes = page.locator("form[action$='/room/votes/']")
    day.choose(votes.get_by_label("Biểu quyết về"), Vote.SubjectKind.RESOLUTION)
    day.fill(votes.get_by_label("Nội dung biểu quyết"), "Nghị quyết chuyên đề")
    official = [m for m in members if m.status == Member.Status.OFFICIAL and m != away]
    day.fill(votes.get_by_label(re.compile(r"^Tán thành:?$")), str(len(official)))
    day.fill(votes.get_by_label(re.compile(r"^Không tán thành:?$")), "0")
    _tap(day, votes.get_by_role("button", name="Ghi"))
    expect(page.locator("#votes")).to_contain_text("Đã ghi kết quả biểu quyết.")
    expect(page.locator("#votes")).to_contain_text("Thông qua")

    day.step("giao nhiệm vụ")
    _tap(day, page.get_by_text("Giao nhiệm vụ", exact=True))
    tasks = page.locator("form[action$='/room/tasks/']")
    day.fill(
        tasks.get_by_label(re.compile(r"^Nhiệm vụ:?$")), "Xây dựng kế hoạch ứng dụng CNTT của tổ"
    )
    day.check(tasks.get_by_label(members[1].full_name, exact=True))
    deadline = timezone.localdate() + dt.timedelta(days=30)
    day.fill(tasks.get_by_label("Thời hạn"), f"{deadline:%d/%m/%Y}")
    _tap(day, tasks.get_by_role("button", name="Giao"))
    expect(page.locator("#tasks")).to_contain_text("Đã giao nhiệm vụ.")

    day.step("ghi nhận đã họp")
    day.check(page.get_by_label("Xác nhận đã họp sớm hơn lịch"))
    _tap(day, page.get_by_role("button", name="Ghi nhận đã họp"))
    expect(page.locator("#hold")).to_contain_text("Đã ghi nhận buổi sinh hoạt.")
    expect(page.locator("#status")).to_contain_text("Đã họp")

    day.step("kết luận")
    day.fill(
        page.get_by_label("Nội dung kết luận"),
        "Chi bộ thống nhất các giải pháp; giao các tổ triển khai.",
    )
    _tap(day, page.get_by_role("button", name="Ghi kết luận"))
    expect(page.locator("#conclusion")).to_contain_text("Đã ghi kết luận.")
    _still_same_page(page)

    day.step("biên bản")
    _tap(day, page.get_by_role("link", name="Viết biên bản"))
    _no_reload(page)
    _tap(day, page.get_by_role("button", name="Lưu biên bản"))
    expect(page.locator("#minutes-form")).to_contain_text("Đã lưu biên bản.")
    _still_same_page(page)
    day.write()
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CONCLUDED and meeting.minutes
    assert meeting.attendances.get(member=away).reason == "Đi tập huấn chuyên môn"
    assert day.screens <= MEETING_DAY_MAX_SCREENS, day.record()

    closing = Journey(page, "closing-360",
                      "Cùng buổi sinh hoạt: ký biên bản, ban hành nghị quyết, xem nhiệm vụ, gửi báo cáo Đảng ủy, "
                      "hoàn thiện hồ sơ, mở trang hồ sơ và bản PDF.")  # fmt: skip
    closing._url = page.url
    closing.step("ký biên bản")
    _tap(closing, page.get_by_role("button", name="Ký biên bản và vào sổ"))
    expect(page.locator("main")).to_contain_text("Biên bản đã ký và vào sổ văn bản.")
    _no_reload(page)
    closing.step("ban hành nghị quyết")
    closing.choose(page.get_by_label("Loại văn bản ban hành"), "NQ")
    _tap(closing, page.get_by_role("button", name="Ban hành"))
    expect(page.locator("#closing")).to_contain_text("Đã ban hành văn bản.")
    expect(page.locator("#documents")).to_contain_text("-NQ/")
    closing.step("xem nhiệm vụ được giao")
    closing._reach(page.get_by_role("link", name="Xây dựng kế hoạch ứng dụng CNTT của tổ").first)
    closing.step("gửi báo cáo Đảng ủy")
    closing.fill(
        page.get_by_label("Tình hình triển khai (đưa vào báo cáo)"), "Đã giao việc cho các tổ."
    )
    _tap(closing, page.get_by_role("button", name="Gửi báo cáo Đảng ủy"))
    expect(page.locator("#closing")).to_contain_text("Đã gửi báo cáo lên Đảng ủy.")
    closing.step("hoàn thiện hồ sơ")
    _tap(closing, page.get_by_role("button", name="Hoàn thiện hồ sơ"))
    expect(page.locator("#closing")).to_contain_text("Đã hoàn thiện và lưu hồ sơ.")
    expect(page.locator("#summary")).to_contain_text("Đã hoàn thiện hồ sơ")
    _still_same_page(page)
    closing.step("trang hồ sơ")
    _tap(closing, page.locator("#summary").get_by_role("link", name="Hồ sơ buổi sinh hoạt"))
    images = page.locator("ul.dossier img")
    expect(images).to_have_count(3)  # minutes, resolution, report (the demo plan has no PDF)
    # Each first-page picture is a PNG. Fetched one by one: the test server's in-memory SQLite
    # refuses concurrent threads now and then, which three lazy images loading at once can hit.
    for index in range(3):
        src = images.nth(index).get_attribute("src") or ""
        picture = page.request.get(live_server.url + src)
        assert picture.ok and picture.body().startswith(b"\x89PNG"), src
    _shot(page, "dossier")
    page.locator("ul.dossier li").nth(1).scroll_into_view_if_needed()
    _shot(page, "dossier-documents", wide=False, top=False)
    # "Xem bản PDF" opens the PDF in the phone's viewer: fetched here, since headless Chromium
    # has no PDF viewer; the tap is counted.
    pdf = page.locator("ul.dossier").get_by_role("link", name="Xem bản PDF").first
    closing._reach(pdf)
    href = pdf.get_attribute("href")
    response = page.request.get(f"{live_server.url}{href}")
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("inline")
    closing.current.taps += 1  # opening the PDF: one tap on "Xem bản PDF"
    closing.write()
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CLOSED


GOOD = {
    "self_general": Decimal("27"),
    "self_tasks": Decimal("55"),
    "tasks_total": 4,
    "tasks_on_time": 4,
}


@pytest.mark.parametrize("way", ["bulk", "rows"])
def test_a_22_member_evaluation_round_on_a_phone(
    browser: Any, live_server: Any, demo: None, way: str
) -> None:
    cell = Cell.objects.get(name=HOA_MAI)
    members = Member.objects.for_cell(cell)
    n = members.count()  # 22 in the demo: the 20 of the walkthrough and two admitted since
    assert n >= 20
    year = timezone.localdate().year
    page = _phone(browser, live_server.url, "bithu3")
    journey = Journey(page, f"evaluation-round-{way}-360",
                      f"Bí thư, Chi bộ Trường Mầm non Hoa Mai ({n} đảng viên): mở đợt đánh giá năm {year}, làm bản "
                      f"tự đánh giá của mình, chi ủy đề xuất mức cho {n} đồng chí "
                      + (f"(2 đồng chí từng dòng, {n - 2} đồng chí còn lại theo mức tự xếp loại, một lần biểu quyết)"
                         if way == "bulk" else f"(từng dòng một, {n} dòng)")
                      + f", chi bộ tự đánh giá, đề xuất lên cấp trên. {n - 1} đảng viên tự đánh giá trên máy của "
                      "mình (không tính vào hành trình này).")  # fmt: skip

    journey.step("mở đợt đánh giá")
    journey.goto(f"{live_server.url}/cells/{cell.pk}/evaluations/")
    journey.fill(page.get_by_label("Năm", exact=True), str(year))
    _tap(journey, page.get_by_role("button", name="Mở đợt đánh giá"))
    round_ = EvaluationRound.objects.get(cell=cell, year=year)
    secretary = members.get(role="secretary")
    # The other 19 members make their own self-assessment on their phones (outside this journey).
    for sheet in round_.evaluations.select_related("member").exclude(member=secretary):
        extra = {"unit_level": Level.EXCELLENT} if sheet.is_leader else {}
        if sheet.member.user_id:
            sheet.submit_self(by=sheet.member.user, **GOOD, **extra)
        else:
            sheet.submit_self(by=secretary.user, on_behalf=True, **GOOD, **extra)
    journey.goto(page.url)  # back the next day: the round page

    journey.step("bản tự đánh giá của Bí thư")
    _tap(journey, page.get_by_role("link", name="Làm bản tự đánh giá"))
    journey.fill(page.get_by_label("Điểm tiêu chí chung"), "28")
    journey.fill(page.get_by_label("Điểm thực hiện nhiệm vụ"), "60")
    unit = page.get_by_label("Kết quả thực hiện nhiệm vụ của cơ quan, đơn vị đó")
    if page.get_by_label("Giữ chức vụ lãnh đạo, quản lý (dùng Mẫu 2A)").is_checked():
        journey.choose(unit, index_label(unit, 1))
    journey.fill(page.get_by_label("Tổng số nhiệm vụ được giao"), "5")
    journey.fill(page.get_by_label("Số nhiệm vụ hoàn thành đúng hạn"), "5")
    _tap(journey, page.get_by_role("button", name="Gửi bản tự đánh giá"))
    expect(page.locator("main")).to_contain_text("Đã ghi nhận bản tự đánh giá")

    journey.step(f"chi ủy đề xuất xếp loại cho {n} đồng chí")
    _tap(journey, page.get_by_role("link", name="Chi ủy đề xuất xếp loại (cả chi bộ, một bảng)"))
    expect(page.locator("#progress")).to_contain_text(f"Đã đề xuất 0/{n}")
    _shot(page, "evaluation-table")
    _no_reload(page)
    sheets = list(round_.evaluations.select_related("member"))
    officials = members.filter(status=Member.Status.OFFICIAL).count()
    one_by_one = sheets if way == "rows" else sheets[:2]
    for index, sheet in enumerate(one_by_one):
        if index == 1:  # the chi ủy proposes one level lower than the member's own
            journey.choose(
                page.get_by_label(f"Mức đề xuất cho đồng chí {sheet.member.full_name}"), Level.DONE
            )
        journey.fill(
            page.get_by_label(f"Số phiếu tán thành, đồng chí {sheet.member.full_name}"),
            str(officials),
        )
        _tap(
            journey,
            page.get_by_role("button", name=f"Ghi đề xuất cho đồng chí {sheet.member.full_name}"),
        )
        expect(page.locator(f"#row-{sheet.pk}")).to_contain_text("Đã ghi")
        expect(page.locator("#progress")).to_contain_text(f"Đã đề xuất {index + 1}/{n}")
    if way == "bulk":
        _tap(
            journey, page.get_by_text(f"Đề xuất theo mức tự xếp loại cho {n - 2} đồng chí còn lại")
        )
        bulk = page.locator("#bulk form")
        journey.fill(bulk.get_by_label("Số phiếu tán thành"), str(officials))
        _tap(journey, bulk.get_by_role("button", name=f"Ghi đề xuất cho {n - 2} đồng chí"))
        expect(page.locator("#proposal-table")).to_contain_text(
            f"Đã ghi đề xuất cho {n - 2} đồng chí"
        )
    expect(page.locator("#progress")).to_contain_text(f"Đã đề xuất {n}/{n}")
    _still_same_page(page)
    if way == "bulk":
        _shot(page, "evaluation-table-done")

    journey.step("chi bộ tự đánh giá, đề xuất lên cấp trên")
    _tap(journey, page.get_by_role("link", name="Tiếp: chi bộ tự đánh giá và đề xuất lên cấp trên"))
    form = page.locator(f"form[action$='/evaluations/{round_.pk}/cell/']")
    journey.fill(form.get_by_label("Tự đánh giá của chi bộ", exact=False),
                 "Chi bộ hoàn thành các chỉ tiêu của kế hoạch năm; sinh hoạt đều đặn.")  # fmt: skip
    journey.choose(form.get_by_label("Chi bộ tự xếp loại"), Level.GOOD)
    _tap(journey, form.get_by_role("button", name="Lưu tự đánh giá của chi bộ"))
    expect(page.locator("main")).to_contain_text("Đã lưu tự đánh giá, xếp loại của chi bộ.")
    _tap(journey, page.get_by_role("button", name="Chi bộ đề xuất lên cấp trên"))
    expect(page.locator("main")).to_contain_text(
        "Chi bộ đã đề xuất; chờ cấp ủy cấp trên quyết định."
    )
    journey.write()
    round_.refresh_from_db()
    assert round_.status == EvaluationRound.Status.PROPOSED
    assert journey.screens <= EVALUATION_MAX_SCREENS, journey.record()


def index_label(select: Any, index: int) -> str:
    """The value of the select's option at `index` (0 is the empty choice)."""
    return str(select.locator("option").nth(index).get_attribute("value"))
