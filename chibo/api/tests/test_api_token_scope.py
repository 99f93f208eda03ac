"""Token scopes (read-only vs write), the per-token rate limit, and the schema for a bearer token."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from chibo.api import limits
from chibo.api.models import ApiToken, ApiTokenError
from chibo.api.tests.conftest import ApiClient
from chibo.audit.models import AuditEntry
from chibo.members.models import Member

pytestmark = pytest.mark.django_db


def test_the_schema_answers_a_bearer_token_and_lists_the_integration_operations(world):
    _, key = ApiToken.issue(world.officer, name="tích hợp", scope=ApiToken.Scope.READ)
    response = ApiClient(key).get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["info"]["title"] == "Chi bộ số API"
    paths = set(schema["paths"])
    assert "/api/v1/cells/{cell_id}/members" in paths
    # Imports (issue 19 item 5): upload → parsed plan → confirm, and discard.
    assert {"/api/v1/cells/{cell_id}/imports", "/api/v1/imports/{import_id}",
            "/api/v1/imports/{import_id}/confirm", "/api/v1/imports/{import_id}/discard",
            "/api/v1/imports/{import_id}/pages/{number}"} <= paths  # fmt: skip
    upload = schema["paths"]["/api/v1/cells/{cell_id}/imports"]["post"]
    assert "multipart/form-data" in upload["requestBody"]["content"]


def test_the_schema_refuses_a_wrong_token_like_an_anonymous_visitor(client):
    response = ApiClient("sai-ma").get("/api/v1/openapi.json")
    assert response.status_code == 302  # to the login page, as for anyone without a session


def test_a_read_token_reads_but_gets_403_on_a_write_and_nothing_changes(world):
    _, key = ApiToken.issue(world.secretary.user, name="đọc", scope=ApiToken.Scope.READ)
    api = ApiClient(key)
    assert api.get(f"cells/{world.cell.pk}/members").status_code == 200
    before = Member.objects.get(pk=world.member.pk)
    response = api.patch(
        f"members/{world.member.pk}", {"phone": "0912345678", "version": before.version}
    )
    assert response.status_code == 403
    assert "chỉ có quyền đọc" in response.json()["detail"]
    assert Member.objects.get(pk=world.member.pk).phone == before.phone


def test_a_write_token_may_write(world):
    _, key = ApiToken.issue(world.secretary.user, name="ghi")
    member = Member.objects.get(pk=world.member.pk)
    response = ApiClient(key).patch(
        f"members/{member.pk}", {"phone": "0912345678", "version": member.version}
    )
    assert response.status_code == 200, response.content


def test_the_scope_is_stored_on_the_token_and_audited(world):
    token, _ = ApiToken.issue(world.officer, scope="read")
    assert ApiToken.objects.get(pk=token.pk).scope == "read" and not token.can_write
    event = AuditEntry.objects.filter(action="api_token.create").latest("pk")
    assert event.after["scope"] == "read"
    with pytest.raises(ApiTokenError):
        ApiToken.issue(world.officer, scope="admin")


def test_the_command_issues_a_read_only_token(world, capsys):
    call_command("api-token", world.officer.username, "--read-only", "--name", "bảng tính")
    key = capsys.readouterr().out.strip()
    assert ApiToken.find(key).scope == "read"


def test_past_the_limit_a_token_gets_429_in_vietnamese_and_other_tokens_do_not(world, settings):
    settings.CHIBO_API_RATE_LIMIT = 3
    _, key = ApiToken.issue(world.secretary.user, name="máy")
    _, other = ApiToken.issue(world.secretary.user, name="máy khác")
    api = ApiClient(key)
    for _ in range(3):
        assert api.get(f"cells/{world.cell.pk}").status_code == 200
    response = api.get(f"cells/{world.cell.pk}")
    assert response.status_code == 429
    assert "Quá nhiều yêu cầu" in response.json()["detail"]
    assert 0 < int(response["Retry-After"]) <= 60
    assert ApiClient(other).get(f"cells/{world.cell.pk}").status_code == 200
    assert api.get("/api/v1/openapi.json").status_code == 429  # the schema counts too


def test_the_window_starts_again_each_minute(settings):
    settings.CHIBO_API_RATE_LIMIT = 1
    limits.check("t", now=120.0)
    with pytest.raises(limits.RateLimited):
        limits.check("t", now=150.0)
    limits.check("t", now=180.0)  # the next minute


def test_a_limit_of_zero_turns_it_off(settings):
    settings.CHIBO_API_RATE_LIMIT = 0
    for _ in range(5):
        limits.check("z", now=0.0)
