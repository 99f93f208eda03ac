"""Vietnamese 403, 404 and 500 pages in every mode: with DEBUG on (the demo) too, where Django
would show its English technical pages."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("debug", [False, True])
def test_a_missing_page_is_vietnamese(world, settings, debug, secretary_client):
    settings.DEBUG = debug
    client = secretary_client
    for url in ("/meetings/99999/", "/khong-co-trang-nay/"):
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 404 and "Không tìm thấy trang" in html, url
        assert "DEBUG = True" not in html and 'lang="vi"' in html


@pytest.mark.parametrize("debug", [False, True])
def test_a_refusal_is_vietnamese(world, settings, debug, officer_client):
    settings.DEBUG = debug
    response = officer_client.get(f"/cells/{world.cell.pk}/members/new/")
    assert response.status_code == 403 and "Không có quyền" in response.content.decode()


@pytest.mark.urls("chibo.core.tests.boom_urls")
def test_an_unexpected_error_with_debug_on_shows_the_vietnamese_page(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.delenv("CHIBO_TECHNICAL_ERRORS", raising=False)
    response = Client(raise_request_exception=False).get("/boom/")
    html = response.content.decode()
    assert response.status_code == 500 and "Đã có lỗi xảy ra" in html and "Traceback" not in html
