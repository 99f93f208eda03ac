"""End to end on a 360 px phone, in headless Chromium, counted by the journey recorder: Hoa Mai's Bí
thư (bithu3) opens an inspection of the fee book, records the findings and the treasurer's
explanation, drafts the conclusion, records the cell's vote (a vote below the majority is refused
first, changing nothing), issues the notice and closes the case. The notice is printed to PDF by
LibreOffice and each page rendered to PNG (var/screenshots/inspection-notice-*.png): its signing
block stands whole on the last page.

Screenshots of each screen: var/screenshots/inspection-*.png; the journey: bench/journeys/.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone

from chibo.core.tests.browser import PHONE, phone, small_targets
from chibo.core.tests.conftest import browser_context_args, browser_type_launch_args  # noqa: F401
from chibo.core.tests.journeys import Journey
from chibo.demo.load import load_demo
from chibo.documents import pdf
from chibo.documents.models import IssuedDocument
from chibo.inspections.models import Case
from chibo.members.models import Member
from chibo.organizations.models import Cell
from chibo.rules import inspection as rules

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")
from playwright.sync_api import expect  # noqa: E402

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
HOA_MAI = "Chi bộ Trường Mầm non Hoa Mai"
TREASURER = "Phùng Thị Thu Huyền"


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"inspection-{name}.png"), full_page=True)
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE["width"], f"{name}: trang cuộn ngang, rộng {width}px"
    small = small_targets(page)
    assert small == [], f"{name}: chỗ bấm thấp hơn 44px: {small}"


def _message(page: Any, text: str) -> None:
    expect(page.locator(".messages").last).to_contain_text(text)


def _form(page: Any, verb: str) -> Any:
    return page.locator(f"form[action$='/do/{verb}/']")


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture
def hoa_mai(settings: Any) -> Cell:
    settings.DOCUMENTS_PDF = False  # the demo's documents; the notice below is printed to PDF
    load_demo()
    return Cell.objects.get(name=HOA_MAI)


def test_the_bithu_inspects_the_fee_book_to_an_issued_notice_on_a_phone(
    browser: Any, live_server: Any, hoa_mai: Cell, settings: Any
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    settings.DOCUMENTS_PDF = pdf.pdf_available()
    cell, today = hoa_mai, timezone.localdate()
    day = f"{today:%Y-%m-%d}"
    officials = Member.objects.filter(cell=cell, status=Member.Status.OFFICIAL).count()
    page = phone(browser, live_server.url, "bithu3")
    journey = Journey(page, "inspection-fee-book",
                      "Bí thư mở cuộc kiểm tra sổ đảng phí, ghi kết quả, giải trình, chi bộ biểu quyết kết luận, "
                      "ban hành thông báo (điện thoại 360 px)")  # fmt: skip

    journey.step("mở trang kiểm tra, giám sát")
    journey.goto(f"{live_server.url}/cells/{cell.pk}/")
    journey.tap(page.get_by_role("link", name="Kiểm tra, giám sát").last)
    expect(page.get_by_role("heading", name="Kiểm tra, giám sát", exact=True)).to_be_visible()
    expect(page.locator("main")).to_contain_text(
        "Kiểm tra việc thu, nộp, sử dụng đảng phí"
    )  # the demo's closed case
    _shot(page, "01-overview")

    journey.step("mở cuộc kiểm tra sổ đảng phí")
    journey.tap(page.get_by_role("link", name="+ Mở cuộc kiểm tra"))
    journey.choose(page.get_by_label("Kiểm tra hay giám sát"), "inspection")
    journey.choose(page.get_by_label("Hình thức"), "thematic")
    journey.choose(page.get_by_label("Đối tượng"), rules.FEE_BOOK)
    journey.fill(page.get_by_label("Nội dung"), "Kiểm tra thu, nộp đảng phí quý IV")
    journey.fill(page.get_by_label("Thời hạn kết thúc"), f"{today.year + 1}-01-31")
    _shot(page, "02-open")
    journey.tap(page.get_by_role("button", name="Lưu"))
    _message(page, "Đã mở cuộc kiểm tra, giám sát.")
    case = Case.objects.filter(cell=cell).latest("pk")
    assert case.subject_kind == rules.FEE_BOOK and case.subject_member.full_name == TREASURER
    expect(page.get_by_role("heading", level=1)).to_contain_text("việc thu, nộp, sử dụng đảng phí")

    journey.step("ghi kết quả thẩm tra")
    form = _form(page, "findings")
    journey.fill(
        form.get_by_label("Nội dung"),
        "Sổ ghi đủ các tháng quý IV; số thu khớp chứng từ nộp cấp trên.",
    )
    journey.fill(form.get_by_label("Ngày"), day)
    journey.tap(form.get_by_role("button", name="Ghi kết quả"))
    _message(page, "Đã ghi kết quả thẩm tra, xác minh.")

    journey.step("ghi giải trình của người thu đảng phí")
    form = _form(page, "explanation")
    expect(page.locator("main")).to_contain_text(f"Giải trình của đồng chí {TREASURER}")
    journey.fill(
        form.get_by_label("Nội dung"),
        "Tháng 10 nộp cấp trên chậm 3 ngày do chờ đối chiếu; đã khắc phục.",
    )
    journey.fill(form.get_by_label("Ngày"), day)
    journey.tap(form.get_by_role("button", name="Ghi giải trình"))
    _message(page, "Đã ghi giải trình của đảng viên.")

    journey.step("dự thảo kết luận")
    form = _form(page, "propose")
    journey.fill(form.get_by_label("Dự thảo kết luận"), "Chi bộ thu, nộp đảng phí đúng quy định, sổ sách rõ ràng.\n"
                 "Đồng chí thu đảng phí nộp cấp trên đúng lịch hằng tháng.")  # fmt: skip
    journey.tap(form.get_by_role("button", name="Lưu dự thảo kết luận"))
    _message(page, "Đã lưu dự thảo kết luận.")
    _shot(page, "03-proposed")

    journey.step("chi bộ biểu quyết: chưa đủ, bị từ chối")
    before = Case.objects.values_list("status", "version").get(pk=case.pk)
    form = _form(page, "adopt")
    journey.fill(form.get_by_label("Ngày chi bộ họp, biểu quyết"), day)
    journey.fill(form.get_by_label("Số phiếu tán thành"), str(officials // 2))
    journey.fill(form.get_by_label("Số phiếu không tán thành"), str(officials - officials // 2))
    journey.tap(form.get_by_role("button", name="Ghi biểu quyết"))
    _message(page, f"cần ít nhất {officials // 2 + 1}")
    _message(page, "quá 1/2 số đảng viên chính thức")
    assert Case.objects.values_list("status", "version").get(pk=case.pk) == before
    _shot(page, "04-vote-refused")

    journey.step("chi bộ thông qua kết luận")
    form = _form(page, "adopt")
    journey.fill(form.get_by_label("Ngày chi bộ họp, biểu quyết"), day)
    journey.fill(form.get_by_label("Số phiếu tán thành"), str(officials - 1))
    journey.fill(form.get_by_label("Số phiếu không tán thành"), "0")
    journey.fill(form.get_by_label("Số đảng viên chính thức được loại trừ (vắng có lý do…)"), "1")
    journey.tap(form.get_by_role("button", name="Ghi biểu quyết"))
    _message(page, "Chi bộ đã thông qua kết luận.")
    expect(page.locator("main")).to_contain_text(f"{officials - 1}/{officials - 1} phiếu tán thành")

    journey.step("ban hành thông báo kết luận")
    journey.tap(_form(page, "issue").get_by_role("button", name="Ban hành thông báo"))
    _message(page, "Đã ban hành thông báo kết luận.")
    case.refresh_from_db()
    doc: IssuedDocument = case.document
    expect(page.locator("main")).to_contain_text(f"Đã ban hành {doc.number_text}")
    expect(page.get_by_role("link", name="Tải DOCX")).to_be_visible()

    journey.step("kết thúc cuộc kiểm tra")
    journey.tap(_form(page, "close").get_by_role("button", name="Kết thúc cuộc kiểm tra"))
    _message(page, "Đã kết thúc cuộc kiểm tra, giám sát.")
    case.refresh_from_db()
    assert case.status == Case.Status.CLOSED and case.denominator == officials - 1
    _shot(page, "05-closed")
    journey.write()
    assert journey.taps <= 30, journey.record()
    page.context.close()

    # --- The notice as issued, printed and looked at.
    assert doc.type_code == "TB" and doc.source_type == "inspections.case"
    if not doc.pdf:
        pytest.skip(f"LibreOffice không có: {doc.pdf_error}")
    from pypdf import PdfReader

    target = SCREENSHOTS / "inspection-notice.pdf"
    with doc.pdf.open("rb") as handle:
        target.write_bytes(handle.read())
    pages = [_squash(p.extract_text()) for p in PdfReader(str(target)).pages]
    for line in ("T/M CHI ỦY", "BÍ THƯ", "Trần Thị Nghĩa Quỳnh", "Nơi nhận", "Lưu Chi bộ"):
        assert _squash(line) in pages[-1], (line, pages[-1])
    assert _squash("THÔNG BÁO") in pages[0] and _squash(doc.number_text) in pages[0]
    assert _squash(f"Giải trình của đồng chí {TREASURER}") in "".join(pages)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(target), str(SCREENSHOTS / "inspection-notice")],
                       check=True, timeout=120)  # fmt: skip
        assert list(SCREENSHOTS.glob("inspection-notice-*.png"))
