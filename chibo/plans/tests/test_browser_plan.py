"""End to end in headless Chromium at 360 px: the Bí thư writes next year's thematic plan from
the template with the four topics of seed 000, is told a month lies outside its quarter,
issues the plan and downloads it; a member reads it without edit controls, the Bí thư of
another cell gets 404, the committee officer sees the issued plan but not a draft.

Only what the pages show is used: links, labels and buttons by their Vietnamese names.
Screenshots land in var/screenshots/ so a person can look at them.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from chibo.core.tests.browser import sign_in, small_targets
from chibo.core.tests.conftest import (  # noqa: F401 (fixtures shared with the core browser test)
    browser_context_args,
    browser_type_launch_args,
)
from chibo.demo.load import load_demo
from chibo.organizations.models import Cell
from chibo.plans.models import Plan

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
PHONE = 360

# Seed 000, abridged: (month, form, preparer, title, content) per quarter.
TOPICS = [
    ("Tháng 3", "Trao đổi, đề xuất cách thực hiện", "Dương Thị Huệ",
     "Xây dựng, triển khai thực hiện các giải pháp nhằm đẩy mạnh, nâng cao chất lượng CS, ND và "
     "GD trẻ trong nhà trường.",
     "Đánh giá kết quả thực hiện các nhiệm vụ lãnh đạo, chỉ đạo của Chi bộ và Nhà trường."),
    ("Tháng 6", "Báo cáo chuyên đề", "Nguyễn Thị Hường",
     "Xây dựng và tổ chức triển khai các giải pháp nhằm tiếp tục đổi mới và nâng cao chất lượng "
     "sinh hoạt chi bộ trong giai đoạn mới.",
     "Đánh giá thực trạng công tác lãnh đạo, chỉ đạo của Chi bộ."),
    ("Tháng 9", "Trao đổi, đề xuất cách thực hiện", "Vũ Thị Lệ",
     "Nâng cao tinh thần trách nhiệm, ý thức kỷ luật và đổi mới, sáng tạo trong thực hiện nhiệm "
     "vụ chăm sóc, giáo dục trẻ.",
     "Nêu cao tinh thần trách nhiệm của cán bộ, giáo viên, nhân viên trong thực hiện nhiệm vụ."),
    ("Tháng 11", "Trao đổi, đề xuất cách thực hiện", "Vũ Thị Lệ",
     "Đổi mới sáng tạo, nâng cao trình độ chuyên môn nghiệp vụ, ứng dụng CNTT, chuyển đổi số, sử "
     "dụng trí tuệ nhân tạo (AI) trong giáo dục trẻ.",
     "Nâng cao năng lực chuyên môn thông qua tự học, tự bồi dưỡng."),
]  # fmt: skip

# Visible controls in <main> lower than a thumb (44 px). A checkbox or radio counts by its
# label, which is what a finger presses.


@pytest.fixture
def demo(settings: Any) -> None:
    # Issuing renders the document; the PDF (LibreOffice, ~1 s) is not what is tested here.
    settings.DOCUMENTS_PDF = False
    load_demo()


def log_in(page: Any, base_url: str, username: str) -> None:
    page.context.clear_cookies()  # the previous persona's session ends here
    sign_in(page, base_url, username)


def docx_text(data: bytes) -> str:
    """Every paragraph of the body, tables (the header zone) included, one per line."""
    from docx import Document
    from docx.oxml.ns import qn

    body = Document(io.BytesIO(data)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))


def check_phone_layout(page: Any, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"plan-{name}-{PHONE}.png"), full_page=True)
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE, f"{name}: trang cuộn ngang trên điện thoại, rộng {width}px"
    small = small_targets(page)
    assert small == [], f"{name}: chỗ bấm thấp hơn 44px: {small}"


def test_secretary_writes_and_issues_the_thematic_plan_on_a_phone_and_others_read_it(
    page: Any, live_server: Any, demo: None
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_default_timeout(15_000)
    page.set_viewport_size({"width": PHONE, "height": 800})
    base = live_server.url

    # -- the Bí thư starts the 2027 plan from the template --------------------------------
    log_in(page, base, "bithu")
    # "Việc hôm nay" is the landing page; the cell page holds the plans.
    page.goto(f"{base}/cells/{Cell.objects.get(members__user__username='bithu').pk}/")
    page.get_by_role("link", name="Kế hoạch của chi bộ").click()
    page.get_by_role("link", name="Lập kế hoạch mới").click()
    assert not page.get_by_label("Kế hoạch để sao chép").is_visible()
    page.get_by_label("Năm", exact=True).fill("2027")
    page.get_by_label("Kế hoạch sinh hoạt chuyên đề năm").check()
    page.get_by_label(re.compile("Theo mẫu chuẩn")).check()
    check_phone_layout(page, "create")
    page.get_by_role("button", name="Tạo dự thảo").click()
    page.wait_for_url(re.compile(r"/plans/\d+/$"))
    plan_url = page.url
    assert page.get_by_text("Các bước:").is_visible()
    check_phone_layout(page, "draft")

    # -- the four topics, inline; topic 2 first gets a month outside its quarter ----------
    topics = page.locator("#topics")
    for index, (month, form, preparer, title, content) in enumerate(TOPICS):
        topics.locator(".part").nth(index).get_by_role("link", name="Sửa").click()
        editor = topics.locator("form.part-form")
        editor.get_by_label("Tháng", exact=True).select_option(
            label="Tháng 7" if index == 1 else month
        )
        editor.get_by_label("Chủ đề").fill(title)
        editor.get_by_label("Nội dung công việc").fill(content)
        editor.get_by_role("button", name=form, exact=True).click()  # quick fill of "Hình thức"
        editor.get_by_label(preparer).check()
        if index == 0:
            check_phone_layout(page, "topic-form")
        editor.get_by_role("button", name="Lưu chuyên đề").click()
        if index == 1:
            error = editor.locator(".errorlist")
            error.wait_for()
            assert error.inner_text().strip() == "Tháng 7 không thuộc Quý II."
            editor.get_by_label("Tháng", exact=True).select_option(label=month)
            editor.get_by_role("button", name="Lưu chuyên đề").click()
        editor.wait_for(state="detached")
        saved = topics.locator(".part").nth(index).inner_text()
        assert f"tháng {month.split()[1]}:" in saved and title in saved
        assert form in saved and preparer in saved

    assert page.locator(".finding.error").count() == 0
    check_phone_layout(page, "topics-filled")

    # -- issue and download ---------------------------------------------------------------
    page.get_by_label(re.compile("đồng ý ban hành")).check()
    page.get_by_role("button", name="Ban hành kế hoạch").click()
    page.get_by_text("Đã ban hành kế hoạch, Số 02-KH/CB.").wait_for()
    assert page.get_by_text("Chưa có bản PDF").is_visible()  # PDF is off in this test
    check_phone_layout(page, "issued")
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải DOCX", exact=True).click()
    docx = download.value
    assert docx.suggested_filename.endswith(".docx")

    text = docx_text(Path(docx.path()).read_bytes())
    assert "Số 02-KH/CB" in text and "Tổ chức sinh hoạt chuyên đề năm 2027" in text
    for month, form, preparer, title, _content in TOPICS:
        assert f"Chủ đề: {title}" in text
        assert f"Hình thức: {form}" in text
        assert f"Thời gian: {month} năm 2027" in text
        assert f"Người thực hiện: Đồng chí {preparer}" in text
    plan = Plan.objects.get(cell__name="Chi bộ Trường Mầm non Yên Hoà", year=2027)
    assert plan.status == Plan.Status.ISSUED and plan.topics.count() == 4

    # A revision, left as a draft, so the officer's 404 for drafts can be tried.
    page.get_by_role("button", name="Tạo bản điều chỉnh").click()
    page.wait_for_url(lambda url: url != plan_url)
    draft_url = page.url

    # -- a member reads, cannot edit ------------------------------------------------------
    log_in(page, base, "dangvien")
    response = page.goto(plan_url)
    assert response is not None and response.status == 200
    assert page.get_by_text("Tổ chức sinh hoạt chuyên đề năm 2027").first.is_visible()
    for name in ("Sửa", "Xóa", "Tạo bản điều chỉnh", "Sửa phần chung và các mục"):
        assert page.get_by_role("link", name=name, exact=True).count() == 0, name
        assert page.get_by_role("button", name=name, exact=True).count() == 0, name
    check_phone_layout(page, "member-reads")
    token = page.locator("input[name=csrfmiddlewaretoken]").first.get_attribute("value")
    for action in ("edit", "revise"):
        forbidden = page.request.post(
            f"{plan_url}{action}/",
            form={"csrfmiddlewaretoken": token or ""},
            headers={"Referer": plan_url, "Origin": base},
        )
        assert forbidden.status == 403, action
        assert "Chỉ Bí thư" in forbidden.text()

    # -- the Bí thư of another cell: 404 --------------------------------------------------
    log_in(page, base, "bithu2")
    response = page.goto(plan_url)
    assert response is not None and response.status == 404

    # -- the committee officer: the issued plan yes, the draft no -------------------------
    log_in(page, base, "danguy")
    response = page.goto(plan_url)
    assert response is not None and response.status == 200
    assert page.get_by_role("link", name="Tải DOCX", exact=True).is_visible()
    response = page.goto(draft_url)
    assert response is not None and response.status == 404
