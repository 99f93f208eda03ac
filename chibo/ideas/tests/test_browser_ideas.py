"""End to end in headless Chromium on a 360 px phone: a teacher who is not a Party member registers
an idea, applies it and hands in the write-up; a colleague supports it; the council scores it and
its chair recognises it; the figure of the plan's target moves; the same teacher gets 404 on the
cell's member register.

Screenshots land in var/screenshots/ so a person can look at them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone

from chibo.conftest import PASSWORD, World
from chibo.core.tests.browser import sign_in, small_targets
from chibo.core.tests.conftest import (  # noqa: F401 (fixtures shared with the core browser test)
    browser_context_args,
    browser_type_launch_args,
)
from chibo.ideas.models import Idea, IdeaSettings

from .helpers import ideas_world

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
PHONE = 360
# As chibo/core/tests/test_browser.py, except that a radio or checkbox counts by its label, which
# is the tap target (the house's CSS makes such labels at least 44 px high).


def _log_out(page: Any) -> None:
    page.get_by_role("link", name="Thêm").last.click()  # on a phone the account is under "Thêm"
    page.get_by_role("button", name="Đăng xuất").last.click()
    page.wait_for_load_state()


def _fits_the_phone(page: Any, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"ideas-{name}-{PHONE}.png"), full_page=True)
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE, f"trang cuộn ngang trên điện thoại: rộng {width}px"
    small = small_targets(page)
    assert small == [], f"chỗ bấm thấp hơn 44px trên điện thoại: {small}"


def test_a_teacher_registers_a_colleague_supports_the_council_recognises_the_figure_moves(
    page: Any, live_server: Any, world: World
) -> None:
    year = timezone.localdate().year
    iw = ideas_world(world, year=year)
    IdeaSettings.for_school(iw.school).change(by=iw.manager.user, target_percent=80)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_default_timeout(15_000)
    page.set_viewport_size({"width": PHONE, "height": 780})
    base = live_server.url

    # The teacher (no Member row) lands on the idea bank: nobody has an initiative yet.
    sign_in(page, base, "giaovien", PASSWORD)
    assert page.url.endswith(f"/schools/{iw.school.slug}/ideas/")
    assert page.locator("[data-recognised]").inner_text() == "0/3"
    _fits_the_phone(page, "bank-before")
    page.get_by_role("link", name="Đăng ký ý tưởng").click()
    page.get_by_label("Tên ý tưởng, sáng kiến").fill("Góc đọc sách cùng bố mẹ mỗi sáng thứ Sáu")
    page.get_by_label("Lĩnh vực").select_option("parents")
    page.get_by_label("Thực trạng, vấn đề cần giải quyết").fill("Trẻ ít được đọc sách cùng cha mẹ.")
    page.get_by_label("Giải pháp").fill(
        "Mỗi sáng thứ Sáu mời cha mẹ ở lại 15 phút đọc sách cùng trẻ."
    )
    page.get_by_label("Phạm vi áp dụng").fill("Lớp Mầm A1")
    page.get_by_label("Lợi ích dự kiến").fill("Trẻ thích sách, cha mẹ gắn bó với lớp.")
    _fits_the_phone(page, "register")
    page.get_by_role("button", name="Đăng ký").click()
    page.wait_for_url(lambda url: "/ideas/" in url and "/new/" not in url)
    idea = Idea.objects.get()
    assert idea.author == iw.teacher and idea.status == "registered"
    page.get_by_label("Bắt đầu áp dụng từ ngày").fill(timezone.localdate().isoformat())
    page.get_by_role("button", name="Bắt đầu áp dụng").click()
    page.get_by_label("Báo cáo mô tả kết quả áp dụng").fill(
        "Áp dụng ở lớp Mầm A1: 18/25 gia đình tham gia."
    )
    page.get_by_role("button", name="Nộp hội đồng sáng kiến").click()
    assert "chờ hội đồng chấm" in page.locator("[data-status]").inner_text()
    _fits_the_phone(page, "submitted")
    _log_out(page)

    # A colleague supports it.
    sign_in(page, base, "giaovien2", PASSWORD)
    page.goto(f"{base}/ideas/{idea.pk}/")
    page.get_by_role("button", name="Ủng hộ ý tưởng").click()
    assert page.locator("[data-supports]").inner_text().startswith("1 đồng nghiệp")
    _fits_the_phone(page, "supported")
    _log_out(page)

    # The council scores it; its chair, the principal, scores and recognises it.
    for username in ("hoidong", "hieutruong"):
        sign_in(page, base, username, PASSWORD)
        page.goto(f"{base}/ideas/{idea.pk}/")
        page.get_by_label("Tính mới trong phạm vi nhà trường (0–30)").fill("26")
        page.get_by_label("Đã được áp dụng hoặc áp dụng thử tại trường (0–30)").fill("25")
        page.get_by_label("Lợi ích thiết thực mang lại (0–40)").fill("33")
        page.get_by_role("button", name="Ghi phiếu chấm").click()
        page.wait_for_load_state()
        if username == "hieutruong":
            _fits_the_phone(page, "council")
            page.get_by_label("Công nhận là sáng kiến").check()
            page.get_by_role("button", name="Ghi kết luận").click()
            assert page.locator("[data-status]").inner_text() == "Được công nhận là sáng kiến"
            _fits_the_phone(page, "recognised")
        _log_out(page)
    idea.refresh_from_db()
    assert idea.status == "recognised" and str(idea.score_total) == "84.0"

    # The target's figure has moved; the teacher still sees nothing of the cell's Party records.
    sign_in(page, base, "giaovien", PASSWORD)
    assert page.locator("[data-recognised]").inner_text() == "1/3"
    assert page.locator("[data-recognised-pct]").inner_text() == "33,3%"
    _fits_the_phone(page, "bank-after")
    response = page.goto(f"{base}/cells/{world.cell.pk}/members/")
    assert response is not None and response.status == 404
    assert world.member.full_name not in page.content()


def test_the_principal_edits_the_kpi_weights_on_a_phone_and_the_results_follow(
    page: Any, live_server: Any, world: World
) -> None:
    from decimal import Decimal

    from chibo.audit.models import AuditEntry
    from chibo.ideas.models import KpiEntry, KpiResult

    from .helpers import kpi_setup, manual, register

    iw = ideas_world(world)
    register(iw)  # the teacher: 30 points on innovation
    term = kpi_setup(iw)
    KpiEntry.record(term=term, indicator=manual(iw), staff=iw.teacher, value=Decimal(90),
                    evidence="Dự giờ 3 tiết.", by=iw.manager.user)  # fmt: skip
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_default_timeout(15_000)
    page.set_viewport_size({"width": PHONE, "height": 780})
    base = live_server.url

    sign_in(page, base, "hieutruong", PASSWORD)
    page.goto(f"{base}/kpi/terms/{term.pk}/")
    assert page.locator(f"[data-total='{iw.teacher.pk}']").inner_text() == "60,0"
    _fits_the_phone(page, "kpi-term-before")
    page.goto(f"{base}/schools/{iw.school.slug}/kpi/")
    _fits_the_phone(page, "kpi-setup")
    page.get_by_label("Chất lượng thực hiện nhiệm vụ chuyên môn").fill("60")
    page.get_by_role("button", name="Lưu trọng số").click()
    assert "đã tính lại" in page.locator(".messages").inner_text()
    page.goto(f"{base}/kpi/terms/{term.pk}/")
    assert page.locator(f"[data-total='{iw.teacher.pk}']").inner_text() == "75,0"
    _fits_the_phone(page, "kpi-term-after")
    assert KpiResult.objects.get(term=term, staff=iw.teacher).total == Decimal("75.0")
    assert AuditEntry.objects.filter(action="kpi.weights", actor=iw.manager.user).exists()
    _log_out(page)

    sign_in(page, base, "giaovien", PASSWORD)
    page.goto(f"{base}/schools/{iw.school.slug}/kpi/mine/")
    assert page.locator("[data-total]").inner_text() == "75,0"
    _fits_the_phone(page, "kpi-mine")
    response = page.goto(f"{base}/kpi/terms/{term.pk}/")
    assert response is not None and response.status == 403
