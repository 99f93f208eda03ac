"""`chibo api-token USERNAME`: issue (shown once, stored hashed), list, revoke."""

from __future__ import annotations

import hashlib
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from chibo.api.models import ApiToken
from chibo.audit.models import AuditEntry

from .conftest import ApiClient


def _run(*args: str) -> str:
    out = StringIO()
    call_command("api-token", *args, stdout=out, stderr=StringIO())
    return out.getvalue().strip()


def test_it_prints_a_new_token_once_and_stores_only_its_hash(world):
    key = _run("bithu", "--name", "Bảng tính")

    token = ApiToken.objects.get(user=world.secretary.user)
    assert len(key) >= 40
    assert token.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert token.prefix == key[:8]
    assert token.name == "Bảng tính"
    assert not ApiToken.objects.filter(key_hash=key).exists()
    assert AuditEntry.objects.filter(action="api_token.create", object_id=str(token.pk)).exists()


def test_each_call_issues_a_different_token(world):
    assert _run("bithu") != _run("bithu")
    assert ApiToken.objects.filter(user=world.secretary.user).count() == 2


def test_the_printed_token_opens_the_api(world):
    key = _run("bithu")
    response = ApiClient(key).get("me")
    assert response.status_code == 200
    assert response.json()["username"] == "bithu"


def test_a_revoked_token_gets_401(world):
    key = _run("bithu")
    assert ApiClient(key).get("cells").status_code == 200

    output = _run("bithu", "--revoke", key[:8])

    assert "Đã thu hồi" in output
    assert ApiToken.objects.get(prefix=key[:8]).revoked_at is not None
    response = ApiClient(key).get("cells")
    assert response.status_code == 401
    assert "mã truy cập" in response.json()["detail"]


def test_revoking_one_token_keeps_the_others(world):
    first, second = _run("bithu"), _run("bithu")
    _run("bithu", "--revoke", first[:8])
    assert ApiClient(first).get("me").status_code == 401
    assert ApiClient(second).get("me").status_code == 200


def test_it_refuses_to_revoke_an_unknown_or_foreign_prefix(world):
    key = _run("dangvien")
    with pytest.raises(CommandError, match="không có mã đang dùng"):
        _run("bithu", "--revoke", key[:8])
    with pytest.raises(CommandError, match="không có mã đang dùng"):
        _run("dangvien", "--revoke", "zzzzzzzz")
    assert ApiClient(key).get("me").status_code == 200


def test_it_lists_tokens_by_prefix_without_the_secret(world):
    key = _run("bithu", "--name", "Điện thoại")
    _run("bithu", "--revoke", key[:8])
    other = _run("bithu")

    listing = _run("bithu", "--list")

    assert key[:8] in listing and other[:8] in listing
    assert key not in listing and other not in listing
    assert "Điện thoại" in listing
    assert "thu hồi" in listing and "đang dùng" in listing


def test_it_refuses_an_unknown_user(db):
    with pytest.raises(CommandError, match="Không có tài khoản"):
        _run("nobody")


def test_it_refuses_an_inactive_user(world):
    user = world.member.user
    user.is_active = False
    user.save()
    with pytest.raises(CommandError, match="bị khóa"):
        _run("dangvien")
