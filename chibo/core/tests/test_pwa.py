"""The installable web app: a Vietnamese manifest with real icons, and a service worker served
from the site root (whole-site scope), as a script, with no inline code needed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse
from PIL import Image

pytestmark = pytest.mark.django_db


def test_the_manifest_names_the_app_in_vietnamese_with_192_and_512_px_icons():
    response = Client().get(reverse("manifest"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/manifest+json")
    manifest = json.loads(response.content)
    assert (manifest["name"], manifest["lang"], manifest["display"]) == (
        "Chi bộ số",
        "vi",
        "standalone",
    )
    assert manifest["start_url"] == "/" and manifest["theme_color"] == "#b3141b"
    sizes = set()
    for icon in manifest["icons"]:
        path = finders.find(icon["src"].removeprefix("/static/"))
        assert path, icon
        with Image.open(path) as image:
            assert image.format == "PNG" and f"{image.width}x{image.height}" == icon["sizes"]
        sizes.add(icon["sizes"])
    assert sizes == {"192x192", "512x512"}


def test_every_page_links_the_manifest_the_theme_colour_and_the_offline_script(member_client):
    page = member_client.get(reverse("meetings:my_tasks")).content.decode()
    assert f'<link rel="manifest" href="{reverse("manifest")}">' in page
    assert '<meta name="theme-color" content="#b3141b">' in page
    script = re.search(r'<script src="[^"]*offline\.js"[^>]*>', page)
    assert script and f'data-sw="{reverse("service_worker")}"' in script.group(0)
    assert 'data-user="' in script.group(0)


def test_the_service_worker_is_served_from_the_root_as_a_script_for_the_whole_site():
    response = Client().get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    body = response.content.decode()
    assert "__VERSION__" not in body and "{{" not in body and "{%" not in body
    config = json.loads(re.search(r"const CONFIG = (\{.*\});", body).group(1))
    patterns = {p["pattern"]: p["keep"] for p in config["pages"]}
    kept = [re.compile(p) for p in patterns]

    def is_kept(path: str) -> bool:
        return any(p.match(path) for p in kept)

    assert is_kept("/") and is_kept(reverse("meetings:my_tasks"))
    assert is_kept(reverse("meetings:read", args=[12])) and is_kept(
        reverse("meetings:task", args=[3])
    )
    # Only what a member reads offline: not the member register, not other forms.
    assert not is_kept(reverse("members:list", args=[1]))
    assert not is_kept(reverse("meetings:detail", args=[12]))
    assert config["login"] == reverse("login")
    assert patterns[next(p for p in patterns if "read" in p)] == 5  # the last five drafts


def test_the_worker_and_the_page_script_forget_pages_at_logout_and_on_the_login_page():
    worker = Client().get("/sw.js").content.decode()
    assert "caches.delete(PAGES)" in worker and "url.pathname === CONFIG.login" in worker
    script = Path(finders.find("chibo/offline.js")).read_text(encoding="utf-8")
    assert 'caches.delete("chibo-pages")' in script and "data.logout" in script
