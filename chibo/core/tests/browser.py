"""What the browser tests of every app share: signing in, and the checks a phone screen must pass.

One home, so that a change to the login form or to the tap-target rule is made once.
"""

from __future__ import annotations

from typing import Any

from chibo.demo.load import DEMO_PASSWORD

PHONE = {"width": 360, "height": 780}
LAPTOP = {"width": 1280, "height": 800}
TAP_MIN_PX = 44  # the smallest comfortable tap target (WCAG 2.5.5, Apple HIG)

# Every visible control inside <main> lower than TAP_MIN_PX. A checkbox or radio inside a <label>
# is tapped through its label, so the label is what is measured.
SMALL_TARGETS_JS = """
(minimum) => [...document.querySelectorAll(
    'main a[href], main button, main input:not([type=hidden]), main select, main textarea, main summary')]
  .map(el => (el.matches('input[type=checkbox], input[type=radio]') && el.closest('label')) || el)
  .filter(el => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  })
  .map(el => ({
    text: (el.innerText || el.value || el.name || el.tagName).trim().slice(0, 40),
    height: Math.round(el.getBoundingClientRect().height * 10) / 10,
  }))
  .filter(t => t.height < minimum)
"""


def sign_in(page: Any, base_url: str, username: str, password: str = DEMO_PASSWORD) -> None:
    """Signs in through the login form and waits until the app has left it."""
    page.goto(f"{base_url}/login/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(lambda url: "/login/" not in url)


def phone(
    browser: Any,
    base_url: str,
    username: str,
    *,
    viewport: dict[str, int] | None = None,
    timeout_ms: int = 20_000,
    password: str = DEMO_PASSWORD,
    **context_args: Any,
) -> Any:
    """A new browser context the size of a phone (Vietnamese, Hà Nội time), signed in as username."""
    context = browser.new_context(
        viewport=viewport or PHONE, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", **context_args
    )
    context.set_default_timeout(timeout_ms)
    page = context.new_page()
    sign_in(page, base_url, username, password)
    return page


def small_targets(page: Any) -> list[dict[str, Any]]:
    return page.evaluate(SMALL_TARGETS_JS, TAP_MIN_PX)  # type: ignore[no-any-return]


def assert_fits(page: Any, name: str, width: int = PHONE["width"]) -> None:
    """No sideways scrolling at this width, and every control big enough for a thumb."""
    scroll = page.evaluate("document.scrollingElement.scrollWidth")
    assert scroll <= width, f"{name}: trang cuộn ngang, rộng {scroll}px"
    small = small_targets(page)
    assert small == [], f"{name}: chỗ bấm thấp hơn {TAP_MIN_PX}px: {small}"
