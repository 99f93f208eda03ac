"""The production files under deploy/ name commands and settings that exist."""

import re
from pathlib import Path

from django.core.management import get_commands
from django.test import Client, override_settings

from chibo.cli import _HYPHENATED

ROOT = Path(__file__).resolve().parents[3]
DEPLOY = ROOT / "deploy"


def test_every_chibo_command_in_the_units_exists():
    commands = set(get_commands())
    used = set()
    for unit in DEPLOY.glob("*.service"):
        used |= set(re.findall(r"\.venv/bin/chibo ([a-z_-]+)", unit.read_text()))
    assert {"migrate", "db_worker", "backup", "send-reminders"} <= used
    assert {_HYPHENATED.get(name, name) for name in used} <= commands


def test_the_web_unit_runs_gunicorn_on_loopback_and_the_proxy_points_there():
    web = (DEPLOY / "chibo-web.service").read_text()
    assert "gunicorn chibo.wsgi:application" in web and "--bind 127.0.0.1:8000" in web
    nginx = (DEPLOY / "nginx-chibo.conf").read_text()
    assert "proxy_pass http://127.0.0.1:8000" in nginx and "ssl_certificate" in nginx
    # The proxy replaces the header (never appends what the client sent).
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in nginx


def test_every_setting_in_the_env_example_is_read_by_the_settings():
    settings_py = (ROOT / "chibo" / "settings.py").read_text()
    for line in (DEPLOY / "chibo.env").read_text().splitlines():
        if line and not line.startswith("#"):
            name = line.split("=", 1)[0]
            assert f'"{name}"' in settings_py or name == "DATABASE_URL", name


@override_settings(SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=[r"^healthz/$"])
def test_the_health_check_answers_over_plain_http(db):
    response = Client().get("/healthz/")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
