"""Content-Security-Policy on every page, no inline script anywhere, a Vietnamese 500 page."""

import pathlib
import re

import pytest
from django.test import Client
from django.urls import reverse

import chibo

pytestmark = pytest.mark.django_db


def test_pages_carry_a_policy_without_inline_scripts(world, secretary_client):
    response = secretary_client.get(reverse("organizations:cell", args=[world.cell.pk]))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    login = Client().get(reverse("login"))
    assert "Content-Security-Policy" in login


def test_no_template_has_an_inline_script_or_event_handler():
    root = pathlib.Path(chibo.__file__).parent
    offenders = []
    for path in root.rglob("templates/**/*.html"):
        text = path.read_text()
        for tag in re.findall(r"<script\b[^>]*>", text):
            if "src=" not in tag and 'type="application/json"' not in tag:
                offenders.append(f"{path.relative_to(root)}: {tag}")
        offenders += [f"{path.relative_to(root)}: {m}" for m in re.findall(r"\son[a-z]+=\"", text)]
        if "javascript:" in text:
            offenders.append(f"{path.relative_to(root)}: javascript:")
    assert offenders == []


def test_the_500_page_is_vietnamese_and_stands_alone():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Đã có lỗi xảy ra" in html and 'lang="vi"' in html


@pytest.mark.urls("chibo.core.tests.boom_urls")
def test_an_unexpected_error_in_production_shows_the_vietnamese_page(settings):
    settings.DEBUG = False
    response = Client(raise_request_exception=False).get("/boom/")
    assert response.status_code == 500 and "Đã có lỗi xảy ra" in response.content.decode()
