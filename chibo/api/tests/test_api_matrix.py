"""Every API operation, called with a bearer token of every persona.

The list of operations comes from the API's own OpenAPI schema, so an endpoint added
without a row here makes `test_every_api_operation_is_in_the_matrix` fail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from chibo.api.api import api
from chibo.audit.models import AuditEntry
from chibo.conftest import PERSONAS

from .conftest import api_client_for

ANYONE = {"anonymous": 401, "member": 200, "secretary": 200, "other_cell": 200, "officer": 200}
READER = {"anonymous": 401, "member": 200, "secretary": 200, "other_cell": 404, "officer": 200}
OFFICER = {"anonymous": 401, "member": 404, "secretary": 404, "other_cell": 404, "officer": 200}


def editor(ok: int = 200) -> dict[str, int]:
    return {"anonymous": 401, "member": 403, "secretary": ok, "other_cell": 404, "officer": 403}


@dataclass(frozen=True)
class Case:
    args: Callable[[Any], dict[str, int]]
    expect: dict[str, int]
    data: Callable[[Any], dict[str, Any]] | None = None


MATRIX: dict[tuple[str, str], Case] = {
    ("GET", "/api/v1/me"): Case(lambda w: {}, ANYONE),
    ("GET", "/api/v1/cells"): Case(lambda w: {}, ANYONE),
    ("GET", "/api/v1/cells/{cell_id}"): Case(lambda w: {"cell_id": w.cell.pk}, READER),
    ("GET", "/api/v1/committees/{committee_id}/cells"): Case(lambda w: {"committee_id": w.committee.pk}, OFFICER),
    ("GET", "/api/v1/cells/{cell_id}/members"): Case(lambda w: {"cell_id": w.cell.pk}, READER),
    ("POST", "/api/v1/cells/{cell_id}/members"): Case(
        lambda w: {"cell_id": w.cell.pk}, editor(201),
        lambda w: {"full_name": "Lê Văn An", "gender": "male", "status": "probationary"}),
    ("GET", "/api/v1/members/{member_id}"): Case(lambda w: {"member_id": w.member.pk}, READER),
    ("PATCH", "/api/v1/members/{member_id}"): Case(
        lambda w: {"member_id": w.member.pk}, editor(),
        lambda w: {"job": "Giáo viên", "version": w.member.version}),
    ("POST", "/api/v1/members/{member_id}/status"): Case(
        lambda w: {"member_id": w.member.pk}, editor(),
        lambda w: {"action": "transfer_out", "on": "2026-01-05", "note": "Chi bộ khác"}),
    ("POST", "/api/v1/members/{member_id}/role"): Case(
        lambda w: {"member_id": w.member.pk}, editor(),
        lambda w: {"role": "committee_member", "on": "2026-01-05"}),
}  # fmt: skip


def _api_operations() -> set[tuple[str, str]]:
    paths = api.get_openapi_schema()["paths"]
    return {(method.upper(), path) for path, methods in paths.items() for method in methods}


def test_every_api_operation_is_in_the_matrix():
    operations = _api_operations()
    assert operations, "the API schema lists no operation"
    assert operations - set(MATRIX) == set(), "API operations with no persona expectations"
    assert set(MATRIX) - operations == set(), "matrix rows for operations that no longer exist"


def test_every_row_names_every_persona():
    for key, case in MATRIX.items():
        assert set(case.expect) == set(PERSONAS), key


CASES = [(key, persona) for key in MATRIX for persona in PERSONAS]


@pytest.mark.parametrize(("key", "persona"), CASES, ids=[f"{m} {p}-{who}" for (m, p), who in CASES])
def test_operation_answers_each_persona_as_expected(world, key: tuple[str, str], persona: str):
    method, template = key
    case = MATRIX[key]
    client = api_client_for(world, persona)
    audit_before = AuditEntry.objects.exclude(action__startswith="api_token.").count()

    response = client.call(
        method, template.format(**case.args(world)), case.data(world) if case.data else None
    )

    expected = case.expect[persona]
    assert response.status_code == expected, (key, persona, response.content.decode())
    assert response["Content-Type"] == "application/json; charset=utf-8"
    body = response.json()
    audit_after = AuditEntry.objects.exclude(action__startswith="api_token.").count()
    if expected >= 400:
        assert body["detail"] and body["detail"].isascii() is False  # a Vietnamese sentence
        assert audit_after == audit_before, "a refused call changed something"
    elif method != "GET":
        assert audit_after == audit_before + 1
