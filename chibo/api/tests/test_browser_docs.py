"""The API docs page works in a real browser under the site's Content-Security-Policy: Swagger UI
is served from our own static files, its scripts run, and the browser reports no violation."""

from __future__ import annotations

from typing import Any

import pytest

from chibo.conftest import PASSWORD
from chibo.core.tests.conftest import browser_context_args, browser_type_launch_args  # noqa: F401

pytest.importorskip("playwright", reason="playwright không được cài (pip install -e '.[dev]')")

pytestmark = pytest.mark.browser


def test_the_api_docs_render_under_the_csp(page: Any, live_server: Any, world: Any) -> None:
    violations: list[str] = []
    page.on(
        "console",
        lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.set_default_timeout(15_000)

    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Tên đăng nhập").fill("bithu")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(lambda url: "/login/" not in url)

    response = page.goto(f"{live_server.url}/api/v1/docs")
    assert response is not None and response.status == 200
    assert "script-src 'self'" in (response.headers.get("content-security-policy") or "")
    # Swagger UI has read the schema and drawn the operations.
    page.locator(".swagger-ui .info .title").wait_for()
    assert "Chi bộ số API" in page.locator(".swagger-ui .info .title").inner_text()
    assert page.locator(".opblock").count() > 10
    assert violations == []
    assert all(url.startswith(live_server.url) for url in requested), "tải tệp từ ngoài máy chủ"
