"""axe-core on the main pages at 360 px, for each persona: no serious or critical issue.

axe-core is vendored (chibo/core/tests/vendor/axe.min.js), so the test needs no network."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from chibo.core.tests.browser import sign_in
from chibo.meetings.models import Meeting

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
BLOCKING = {"serious", "critical"}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    # The app's CSP allows no inline script: let the test inject axe-core all the same.
    return {**browser_context_args, "bypass_csp": True}


@pytest.fixture
def demo(settings: Any) -> None:
    from chibo.demo.load import load_demo

    settings.DOCUMENTS_PDF = False
    load_demo()


def problems(page: Any) -> list[str]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in BLOCKING
    ]


def _pages(username: str) -> list[str]:
    from chibo.organizations.models import Cell, Committee

    cell = Cell.objects.get(name="Chi bộ Trường Mầm non Yên Hoà")
    meeting = Meeting.objects.filter(cell=cell).order_by("-starts_at").first()
    assert meeting is not None
    if username == "danguy":
        committee = Committee.objects.get(name="Đảng ủy xã Yên Mô")
        return ["/", f"/committees/{committee.pk}/oversight/", f"/cells/{cell.pk}/oversight/",
                "/notifications/", "/more/"]  # fmt: skip
    pages = ["/", f"/cells/{cell.pk}/meetings/", f"/meetings/{meeting.pk}/", "/tasks/mine/",
             "/notifications/", "/more/", f"/cells/{cell.pk}/"]  # fmt: skip
    if username == "bithu":
        pages += [f"/cells/{cell.pk}/members/", f"/cells/{cell.pk}/tasks/", "/meetings/999999/"]
    return pages


@pytest.mark.parametrize("username", ["bithu", "dangvien", "danguy"])
def test_the_main_pages_have_no_serious_accessibility_issue(
    page: Any, live_server: Any, demo: None, username: str
) -> None:
    page.set_default_timeout(20_000)
    page.set_viewport_size({"width": 360, "height": 780})
    page.set_content("<html lang='vi'><body><main><img src='x.png'></main></body></html>")
    assert any(issue.startswith("image-alt") for issue in problems(page))  # axe really runs
    page.goto(f"{live_server.url}/login/")
    assert problems(page) == []
    page.goto(f"{live_server.url}/password/forgot/")
    assert problems(page) == []
    sign_in(page, live_server.url, username)
    found = {}
    for path in _pages(username):
        page.goto(f"{live_server.url}{path}")
        issues = problems(page)
        if issues:
            found[path] = issues
    assert found == {}
