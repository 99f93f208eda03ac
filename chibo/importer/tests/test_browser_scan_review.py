"""The review of a phone photo in headless Chromium, at 360 px and 1280 px: the Bí thư sees that
the plan was read from a photo, which fields to check, and the page image ("Xem ảnh trang"
beside "Lưu" above the phone's tab bar; beside the fields on a desktop).

Screenshots land in var/screenshots/ so a person can look at them.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from chibo.core.tests.browser import assert_fits, phone, sign_in
from chibo.core.tests.conftest import (  # noqa: F401 (fixtures shared with the core browser test)
    browser_context_args,
    browser_type_launch_args,
)
from chibo.core.tests.journeys import Journey
from chibo.demo.load import load_demo
from chibo.importer.models import PlanImport
from chibo.importer.services import start_import
from chibo.members.models import Member
from chibo.plans.models import Plan

from .photos import FONT, plan_photos
from .test_scan_review import png, scanned

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
PHONE, DESKTOP = 360, 1280

# Controls this screen adds, lower than a thumb (44 px).
SMALL_JS = """
() => [...document.querySelectorAll('.flag.ocr a, .zoom, .sticky-actions > *, .scan-notice a')]
  .filter(el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; })
  .map(el => ({ text: el.innerText.trim().slice(0, 40), height: el.getBoundingClientRect().height }))
  .filter(t => t.height < 44)
"""


@pytest.fixture
def demo(settings: Any) -> None:
    settings.DOCUMENTS_PDF = False
    load_demo()


def test_secretary_checks_a_photo_against_its_page_on_a_phone_and_a_desktop(
    page: Any, live_server: Any, demo: None
) -> None:
    secretary = Member.objects.get(user__username="bithu")
    read = scanned(["Nâng", "Huệ"], pages=2)
    read.page_images = [png(900, 1270), png(900, 1270)]
    batch = start_import(cell=secretary.cell, by=secretary.user, filename="IMG_2041.jpg", read=read)
    url = f"{live_server.url}/cells/{secretary.cell_id}/plans/import/{batch.pk}/"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_default_timeout(15_000)

    page.set_viewport_size({"width": PHONE, "height": 740})
    sign_in(page, live_server.url, "bithu")
    page.goto(url)
    assert page.get_by_text("Đây là bản quét hoặc ảnh chụp.").is_visible()
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE
    title = page.locator("#topic-2 .field.doubt").first
    title.scroll_into_view_if_needed()
    assert "Máy đọc chưa chắc — xin kiểm tra" in title.inner_text()
    # The save bar: above the tab bar, both buttons on one row and visible.
    bar = page.locator(".sticky-actions").bounding_box()
    tabs = page.locator(".tab-bar").bounding_box()
    assert bar is not None and tabs is not None
    assert bar["y"] + bar["height"] <= tabs["y"] + 1, (bar, tabs)
    save = page.get_by_role("button", name="Lưu thành dự thảo")
    look = page.locator(".sticky-actions").get_by_role("link", name="Xem ảnh trang")
    assert save.is_visible() and look.is_visible()
    assert save.bounding_box()["y"] == look.bounding_box()["y"]
    assert page.evaluate(SMALL_JS) == []
    page.screenshot(path=str(SCREENSHOTS / f"import-scan-{PHONE}.png"))

    assert not page.locator("#pages").evaluate("d => d.open")  # closed on a phone at first
    look.click()
    assert page.locator("#pages").evaluate("d => d.open")
    first = page.get_by_role("img", name="Trang 1 của tệp IMG_2041.jpg")
    first.scroll_into_view_if_needed()
    assert first.is_visible()
    assert first.evaluate("img => img.decode().then(() => img.naturalWidth)") == 900
    page.screenshot(path=str(SCREENSHOTS / f"import-scan-pages-{PHONE}.png"))
    page.get_by_text("Phóng to ảnh").click()
    assert first.bounding_box()["width"] > 2 * PHONE  # zoomed: read it by scrolling sideways
    assert (
        page.evaluate("document.scrollingElement.scrollWidth") <= PHONE
    )  # only the figure scrolls

    page.set_viewport_size({"width": DESKTOP, "height": 900})
    page.goto(url)
    form = page.locator("#review-form").bounding_box()
    pages = page.locator("#pages").bounding_box()
    assert page.locator("#pages").evaluate("d => d.open")  # open beside the fields
    assert pages["x"] >= form["x"] + form["width"] and pages["y"] < form["y"] + 400
    assert page.get_by_role("img", name="Trang 1 của tệp IMG_2041.jpg").is_visible()
    assert page.evaluate(SMALL_JS) == []
    page.screenshot(path=str(SCREENSHOTS / f"import-scan-{DESKTOP}.png"))
    batch.refresh_from_db()
    assert batch.is_pending and batch.plan_id is None  # looking saved nothing


@pytest.mark.corpus
@pytest.mark.skipif(shutil.which("tesseract") is None or not FONT.exists(), reason="OCR")
def test_secretary_photographs_a_three_page_plan_and_checks_the_boxed_word(
    browser: Any, live_server: Any, demo: None, tmp_path: Path, database_tasks: None
) -> None:
    """The whole photo journey on a phone, counted: three photos chosen together (out of
    order), stored at once and read in the task worker while a waiting page says how far it
    got; the review puts the pages back in order (re-read without OCR); the doubted word (an
    ink blot over a name on page 2) is boxed on the page image; the field's note shows it;
    back to the field, the member ticked, saved; the plan page links the original pages."""
    from django.core.management import call_command

    secretary = Member.objects.get(user__username="bithu")
    plans = Plan.objects.count()
    photos = []
    for number, data in enumerate(plan_photos(), start=1):
        photos.append(tmp_path / f"IMG_000{number}.jpg")
        photos[-1].write_bytes(data)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = phone(browser, live_server.url, "bithu", timeout_ms=240_000)
    journey = Journey(page, "import-plan-photos-360",
                      "Bí thư chụp 3 trang kế hoạch bằng điện thoại, tải lên (sai thứ tự), chờ máy "
                      "đọc, sắp lại thứ tự trang, kiểm tra chữ máy đọc chưa chắc trên ảnh trang, "
                      "sửa, lưu rồi xem bản gốc trên trang kế hoạch (360 px)")  # fmt: skip
    journey.goto(f"{live_server.url}/cells/{secretary.cell_id}/plans/import/")
    journey.step("chọn 3 ảnh chụp và tải lên")
    with page.expect_file_chooser() as chooser:
        journey.tap(page.get_by_label(re.compile("ảnh chụp các trang")))
    assert chooser.value.is_multiple()
    chooser.value.set_files([str(photos[0]), str(photos[2]), str(photos[1])])  # 1, 3, 2
    journey.current.taps += len(photos)  # one tap a photo in the phone's picker
    journey.tap(page.get_by_role("button", name="Đọc tệp"))
    page.wait_for_url(re.compile(r"/plans/import/\d+/$"))
    batch = PlanImport.objects.get()
    assert batch.filename == "3 ảnh chụp: IMG_0001.jpg, IMG_0003.jpg, IMG_0002.jpg"
    assert batch.is_reading and Plan.objects.count() == plans  # stored, not read yet
    assert page.get_by_role("heading", name="Đang đọc ảnh").is_visible()
    assert page.get_by_text("Đang chờ máy đọc ảnh (3 trang)…").is_visible()
    assert_fits(page, "chờ đọc ảnh", PHONE)
    page.screenshot(path=str(SCREENSHOTS / f"import-reading-{PHONE}.png"))

    journey.step("chờ máy đọc ảnh")
    call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)
    page.get_by_role("heading", name="Xem lại kế hoạch đọc từ tệp").wait_for()  # the poll moved on
    batch.refresh_from_db()
    assert batch.is_pending and batch.pages.count() == 3
    assert_fits(page, "xem lại ảnh chụp", PHONE)
    page.screenshot(path=str(SCREENSHOTS / f"import-photos-{PHONE}.png"))

    journey.step("sắp lại thứ tự trang")
    journey.tap(page.get_by_text(re.compile("^Thứ tự trang")))
    assert_fits(page, "thứ tự trang", PHONE)
    page.screenshot(path=str(SCREENSHOTS / f"import-page-order-{PHONE}.png"))
    journey.tap(page.get_by_role("button", name="Chuyển trang 3 lên"))
    page.get_by_text("Đã sắp lại thứ tự trang").wait_for()
    batch.refresh_from_db()
    assert batch.version == 2
    assert [t["month"] for t in batch.parsed["topics"]] == [3, 6, 9, 11]

    journey.step("xem chữ máy đọc chưa chắc trên ảnh")
    # The notice at the top lists the marked field: one tap there instead of scrolling for it.
    journey.tap(
        page.locator("#scan-notice").get_by_role("link", name="Chuyên đề 2 · Người thực hiện")
    )
    field = page.locator("#topic-2 .field.doubt").first
    note = field.get_by_role("link", name="Xem chữ này trên ảnh trang 2")
    journey.tap(note)
    box = page.locator(".ocr-box.active").first
    assert page.locator(".ocr-box.active").count() >= 1
    assert box.evaluate("b => b.closest('figure').querySelector('img').alt").startswith("Trang 2")
    frame = box.evaluate("b => b.parentNode.getBoundingClientRect().toJSON()")
    place = box.bounding_box()
    assert frame["width"] > 2 * PHONE  # zoomed in on a phone, to read the word
    assert place["y"] >= 0 and place["y"] + place["height"] <= 780  # in sight
    assert place["x"] >= 0 and place["x"] + place["width"] <= PHONE
    # On the image, where the blot was drawn (x 905 px of a 2100 px sheet, line 4 of 7).
    left = (place["x"] - frame["x"]) / frame["width"]
    assert 0.38 < left < 0.5, left
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE
    page.screenshot(path=str(SCREENSHOTS / f"import-photos-box-{PHONE}.png"))

    journey.step("quay lại ô, chọn đúng người, lưu")
    journey.tap(page.get_by_role("link", name="Quay lại ô đang sửa"))
    where = field.bounding_box()
    assert where is not None and 0 <= where["y"] < 780  # the field is back in sight
    people = page.locator("#topic-2 .people")
    journey.check(people.get_by_label("Phạm Thị Thu Hà"))
    journey.fill(page.locator("#id_t-1-preparer_note"), "")
    journey.tap(page.get_by_role("button", name="Lưu thành dự thảo"))
    page.wait_for_url(re.compile(r"/plans/\d+/(#[\w-]*)?$"), timeout=30_000)
    journey.step("xem bản gốc trên trang kế hoạch")
    journey.tap(page.get_by_text(re.compile("^Bản gốc:")))
    journey.write()
    batch.refresh_from_db()
    assert batch.status == PlanImport.Status.CONFIRMED and batch.pages.count() == 3  # original
    plan = Plan.objects.get(pk=batch.plan_id)
    second = plan.topics.order_by("order")[1]
    assert [m.full_name for m in second.preparers.all()] == ["Phạm Thị Thu Hà"]
    assert plan.topics.count() == 4

    # The plan page keeps the originals in reach: the three pages, in the corrected order.
    images = page.locator(".original-pages img")
    assert images.count() == 3
    images.nth(1).scroll_into_view_if_needed()
    # A lazy image starts loading once scrolled into sight: wait for it (decode) before measuring.
    assert images.nth(1).evaluate("img => img.decode().then(() => img.naturalWidth)") == 900
    assert_fits(page, "bản gốc trên trang kế hoạch", PHONE)
    page.screenshot(path=str(SCREENSHOTS / f"import-plan-originals-{PHONE}.png"))
    href = page.locator(".original-pages a").nth(1).get_attribute("href")
    assert page.request.get(f"{live_server.url}{href}").status == 200


def test_the_boxes_stay_on_their_words_on_a_desktop(
    browser: Any, live_server: Any, demo: None
) -> None:
    secretary = Member.objects.get(user__username="bithu")
    read = scanned(["Nâng", "Huệ"], pages=2)
    read.page_images = [png(900, 1270), png(900, 1270)]
    read.page_words = [[["Huệ", 50.0, 25.0, 10.0, 2.0, 40]], [["Nâng", 20.0, 60.0, 8.0, 2.0, 30]]]
    batch = start_import(cell=secretary.cell, by=secretary.user, filename="IMG_2041.jpg", read=read)
    url = f"{live_server.url}/cells/{secretary.cell_id}/plans/import/{batch.pk}/"
    page = phone(browser, live_server.url, "bithu", viewport={"width": DESKTOP, "height": 900})
    page.goto(url)
    image = page.get_by_role("img", name="Trang 2 của tệp IMG_2041.jpg")
    link = page.locator("#topic-2").get_by_role("link", name="Xem chữ này trên ảnh trang 2")
    link.click()
    box = page.locator(".ocr-box.active")
    assert box.count() == 1 and box.get_attribute("id") == "box-2-0"
    picture, place = image.bounding_box(), box.bounding_box()
    # 20 % from the left and 60 % from the top of the image, 8 % wide (3 px of border around).
    assert abs(place["x"] + 3 - (picture["x"] + 0.2 * picture["width"])) < 3
    assert abs(place["y"] + 3 - (picture["y"] + 0.6 * picture["height"])) < 3
    assert abs(place["width"] - 6 - 0.08 * picture["width"]) < 3
    assert 0 <= place["y"] <= 900  # scrolled into sight beside the form
    assert not page.locator(".back-to-field").is_visible()  # side by side: nothing to go back to
    form = page.locator("#review-form").bounding_box()
    assert picture["x"] >= form["x"] + form["width"]
    page.screenshot(path=str(SCREENSHOTS / f"import-photos-box-{DESKTOP}.png"))


def test_a_failed_reading_on_a_phone_says_why_and_reads_again(
    browser: Any, live_server: Any, demo: None, database_tasks: None
) -> None:
    """The waiting page when OCR failed, at 360 px: the reason, nothing saved, "Đọc lại" and
    "Hủy lần nhập này" within a thumb's reach; "Đọc lại" goes back to waiting."""
    from django.core.files.base import ContentFile

    from chibo.importer.models import PlanImportPage

    secretary = Member.objects.get(user__username="bithu")
    batch = PlanImport.objects.create(
        cell=secretary.cell, filename="2 ảnh chụp: IMG_0001.jpg, IMG_0002.jpg", source="scan",
        source_text="", parsed={}, status=PlanImport.Status.FAILED, pages_total=2,
        error="Ảnh bị hỏng hoặc không đọc được.",
    )  # fmt: skip
    for number in (1, 2):
        page_row = PlanImportPage(batch=batch, number=number)
        page_row.original.save(str(number), ContentFile(png(1200, 1600)))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = phone(browser, live_server.url, "bithu")
    page.goto(f"{live_server.url}/cells/{secretary.cell_id}/plans/import/{batch.pk}/")
    assert page.get_by_role("heading", name="Không đọc được ảnh").is_visible()
    assert page.get_by_text("Không đọc được ảnh: Ảnh bị hỏng hoặc không đọc được.").is_visible()
    assert_fits(page, "không đọc được ảnh", PHONE)
    assert (
        page.evaluate(
            SMALL_JS.replace(
                ".flag.ocr a, .zoom, .sticky-actions > *, .scan-notice a",
                ".reading-actions button, .reading-actions a",
            )
        )
        == []
    )
    page.screenshot(path=str(SCREENSHOTS / f"import-read-failed-{PHONE}.png"))
    page.get_by_role("button", name="Đọc lại").click()
    page.get_by_text("Đã cho máy đọc lại ảnh.").wait_for()
    assert page.get_by_role("heading", name="Đang đọc ảnh").is_visible()
    batch.refresh_from_db()
    assert batch.is_reading and batch.attempt == 2
    # The upload page lists it, to come back to it later.
    page.goto(f"{live_server.url}/cells/{secretary.cell_id}/plans/import/")
    assert page.locator("#open-imports").get_by_text("Đang đọc ảnh (0/2 trang)").is_visible()
    assert_fits(page, "lần nhập chưa xong", PHONE)
    page.locator("#open-imports").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / f"import-open-imports-{PHONE}.png"))
