"""“Quên mật khẩu?”: the Bí thư issues a one-time code from the member's record, the member sets a
new password with it (her username stays); guessing codes is throttled."""

from __future__ import annotations

import pytest
from django.contrib.auth import authenticate
from django.test import Client, RequestFactory
from django.urls import reverse

from chibo.members.models import AccountInvite

pytestmark = pytest.mark.django_db

NEW = "Mat-khau-moi-2026"


def test_the_login_page_offers_the_way_back(world):
    html = Client().get(reverse("login")).content.decode()
    assert "Quên mật khẩu?" in html and reverse("password_forgot") in html
    page = Client().get(reverse("password_forgot")).content.decode()
    assert "Bí thư" in page and reverse("activate") in page


def test_a_member_resets_her_password_with_the_code_the_secretary_issued(world, secretary_client):
    response = secretary_client.post(reverse("members:invite", args=[world.member.pk]))
    code = response.context["code"]
    response = Client().post(
        reverse("activate"), {"code": code, "username": "", "password1": NEW, "password2": NEW}
    )
    assert response.status_code == 302
    world.member.user.refresh_from_db()
    assert world.member.user.username == "dangvien"
    assert (
        authenticate(RequestFactory().post("/login/"), username="dangvien", password=NEW)
        is not None
    )
    assert AccountInvite.objects.get(member=world.member).used_at is not None


def test_a_new_account_still_needs_a_username(world, secretary_client):
    from chibo.conftest import make_member

    newcomer = make_member(world.cell, "Lê Văn Tâm")
    code = secretary_client.post(reverse("members:invite", args=[newcomer.pk])).context["code"]
    response = Client().post(
        reverse("activate"), {"code": code, "username": "", "password1": NEW, "password2": NEW}
    )
    assert response.status_code == 200 and "hãy chọn tên đăng nhập" in response.content.decode()
    newcomer.refresh_from_db()
    assert newcomer.user is None


def test_guessing_codes_is_throttled(world):
    client = Client()
    for _ in range(10):
        response = client.post(
            reverse("activate"), {"code": "AAAA-BBBB-CCCC", "password1": NEW, "password2": NEW}
        )
        assert response.status_code == 200
    response = client.post(
        reverse("activate"), {"code": "AAAA-BBBB-CCCC", "password1": NEW, "password2": NEW}
    )
    assert response.status_code == 429 and "sai quá nhiều lần" in response.content.decode()
