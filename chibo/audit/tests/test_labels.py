"""Every action the audit log can hold reads in Vietnamese, and so do its fields and values."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from chibo.audit.labels import action_label, action_labels, field_label, readable_value
from chibo.audit.models import AuditEntry

CODE = re.compile(r"^[a-z_]+(\.[a-z_0-9]+)+$")
# Helpers that take an action code and pass it on to log_action.
PASSERS = {"log_action": 1, "_save": 1, "_move": 3, "change_status": 0}


def written_codes() -> set[str]:
    """Action codes written by the code base: log_action's argument, an ``action=`` keyword,
    or the action argument of the verbs' shared helpers."""
    codes: set[str] = set()
    root = Path(settings.BASE_DIR) / "chibo"
    for path in root.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            values = [kw.value for kw in node.keywords if kw.arg == "action"]
            if name in PASSERS and len(node.args) > PASSERS[name]:
                values.append(node.args[PASSERS[name]])
            for value in values:
                for sub in ast.walk(value):
                    text = sub.value if isinstance(sub, ast.Constant) else None
                    if isinstance(text, str) and CODE.match(text):
                        codes.add(text)
    return codes


def test_the_scan_finds_the_verbs_codes() -> None:
    codes = written_codes()
    assert {"meeting.distribute", "member.create", "plan.issue", "fees.payment"} <= codes
    assert len(codes) > 80


def test_every_action_written_by_the_code_has_a_label() -> None:
    missing = sorted(written_codes() - set(action_labels()))
    assert missing == [], f"hành động chưa có nhãn tiếng Việt (audit_labels.py): {missing}"


@pytest.mark.django_db
def test_every_action_of_the_demo_has_a_label(settings: Any) -> None:
    from chibo.demo.load import load_demo

    settings.DOCUMENTS_PDF = False
    load_demo()
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert len(actions) > 20
    missing = sorted(a for a in actions if action_label(a) == a)
    assert missing == [], f"hành động chưa có nhãn tiếng Việt: {missing}"


def test_values_read_as_a_person_reads_them() -> None:
    kind = "meetings.meeting"
    assert readable_value(kind, "starts_at", "2026-12-05T07:30:00+07:00") == "05/12/2026 07:30"
    assert readable_value(kind, "draft_due", "2026-12-01") == "01/12/2026"
    assert readable_value(kind, "x", True) == "Có"
    assert readable_value(kind, "x", None) == "—"
    assert readable_value("members.member", "status", "official") == "Chính thức"
    # A list (a set of people, of quarters) is read item by item, whatever the field.
    assert (
        readable_value("inspections.programme", "performers", ["Lê An", "Vũ Hà"]) == "Lê An, Vũ Hà"
    )
    assert (
        readable_value("members.member", "status", ["official", "2026-01-05"])
        == "Chính thức, 05/01/2026"
    )
    assert field_label(kind, "starts_at")[0].isupper()
    assert field_label(kind, "no_such_field") == "no such field"


@pytest.mark.django_db
def test_the_audit_page_shows_labels_not_codes(world: Any, secretary_client: Client) -> None:
    from chibo.audit.models import log_action

    member = world.member
    log_action(
        member, "member.update", by=None, cell=member.cell,
        before={"joined_on": "2020-05-19"}, after={"joined_on": "2021-05-19"},
    )  # fmt: skip
    response = secretary_client.get(f"/cells/{member.cell_id}/audit/")
    page = response.content.decode()
    assert "Sửa thông tin đảng viên" in page
    assert "member.update" not in page
    assert "19/05/2020" in page and "19/05/2021" in page
    assert "2020-05-19" not in page
