"""Login lockout per (username, address) pair, the trusted proxy, and unlocking."""

import pytest
from axes.models import AccessAttempt
from django.test import Client, override_settings
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.conftest import PASSWORD, make_member, make_user
from chibo.lib.client_ip import client_ip

pytestmark = pytest.mark.django_db


def _login(client, username, password, **extra):
    return client.post(reverse("login"), {"username": username, "password": password}, **extra)


def test_six_wrong_passwords_for_one_user_do_not_stop_another_from_the_same_address(world):
    client = Client()
    for _ in range(6):
        _login(client, "dangvien", "sai")
    assert _login(client, "dangvien", PASSWORD).status_code == 429
    response = _login(Client(), "bithu", PASSWORD)
    assert response.status_code == 302


def test_failures_for_many_usernames_from_one_address_lock_none_of_the_real_ones(world):
    for name in ["khongcoai", "bithu2", "nobody", "nobody", "nobody", "nobody", "nobody"]:
        _login(Client(), name, "sai")
    assert _login(Client(), "bithu", PASSWORD).status_code == 302


def test_a_locked_account_still_logs_in_from_another_address(world):
    for _ in range(6):
        _login(Client(), "dangvien", "sai", REMOTE_ADDR="10.0.0.1")
    assert _login(Client(), "dangvien", PASSWORD, REMOTE_ADDR="10.0.0.1").status_code == 429
    assert _login(Client(), "dangvien", PASSWORD, REMOTE_ADDR="10.0.0.2").status_code == 302


def test_the_lockout_page_is_vietnamese(world):
    for _ in range(6):
        _login(Client(), "dangvien", "sai")
    body = _login(Client(), "dangvien", PASSWORD).content.decode()
    assert "tạm bị khóa" in body and "Bí thư" in body


class _Request:
    def __init__(self, remote, forwarded=""):
        self.META = {"REMOTE_ADDR": remote}
        if forwarded:
            self.META["HTTP_X_FORWARDED_FOR"] = forwarded


def test_forwarded_for_is_ignored_without_a_trusted_proxy(settings):
    settings.CHIBO_TRUSTED_PROXIES = []
    assert client_ip(_Request("127.0.0.1", "10.9.8.7")) == "127.0.0.1"


def test_forwarded_for_is_read_from_a_trusted_proxy_right_to_left(settings):
    settings.CHIBO_TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    # The client forged the first hop; the proxy appended the real one.
    assert client_ip(_Request("127.0.0.1", "6.6.6.6, 203.0.113.5")) == "203.0.113.5"
    assert client_ip(_Request("127.0.0.1", "203.0.113.5, 10.1.1.1")) == "203.0.113.5"
    assert client_ip(_Request("127.0.0.1", "garbage")) == "127.0.0.1"
    # Not from the proxy: the header is the client's own words.
    assert client_ip(_Request("198.51.100.1", "203.0.113.5")) == "198.51.100.1"


@override_settings(CHIBO_TRUSTED_PROXIES=["127.0.0.1"])
def test_behind_the_proxy_each_client_address_is_counted_apart(world):
    for _ in range(6):
        _login(Client(), "dangvien", "sai", HTTP_X_FORWARDED_FOR="203.0.113.5")
    locked = _login(Client(), "dangvien", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert locked.status_code == 429
    other = _login(Client(), "dangvien", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert other.status_code == 302


def test_the_bi_thu_unlocks_a_member_and_it_is_audited(world, secretary_client):
    for _ in range(6):
        _login(Client(), "dangvien", "sai")
    page = secretary_client.get(reverse("organizations:locked_logins", args=[world.cell.pk]))
    assert "Đang bị khóa" in page.content.decode()
    response = secretary_client.post(
        reverse("organizations:unlock_login", args=[world.cell.pk, world.member.pk])
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="dangvien").exists()
    entry = AuditEntry.objects.get(action="login.unlock")
    assert entry.actor == world.secretary.user and entry.before["failures"] >= 5
    assert _login(Client(), "dangvien", PASSWORD).status_code == 302


def test_a_deputy_cannot_unlock(world):
    deputy = make_member(world.cell, "Trần Văn Phó", role="deputy_secretary", user=make_user("pho"))
    client = Client()
    client.force_login(deputy.user, backend="django.contrib.auth.backends.ModelBackend")
    url = reverse("organizations:unlock_login", args=[world.cell.pk, world.member.pk])
    assert client.post(url).status_code == 403


def test_an_administrator_unlocks_any_cell(world):
    admin = make_user("quantri")
    admin.is_superuser = admin.is_staff = True
    admin.save()
    for _ in range(6):
        _login(Client(), "bithu2", "sai")
    client = Client()
    client.force_login(admin, backend="django.contrib.auth.backends.ModelBackend")
    url = reverse(
        "organizations:unlock_login", args=[world.other_cell.pk, world.other_secretary.pk]
    )
    assert client.post(url).status_code == 302
    assert AuditEntry.objects.get(action="login.unlock").actor == admin
