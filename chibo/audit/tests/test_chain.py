"""The audit log is append-only and hash-chained; `chibo audit-verify` finds the first broken row."""

import datetime as dt

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from chibo.audit.models import AuditEntry, AuditLogError, log_action
from chibo.audit.verify import verify

pytestmark = pytest.mark.django_db


def _write(world, n=5):
    for i in range(n):
        log_action(world.member, "member.update", by=world.secretary.user, cell=world.cell,
                   before={"job": f"GV {i}"}, after={"job": f"GV {i + 1}"})  # fmt: skip
    return list(AuditEntry.objects.order_by("id"))


def test_each_row_chains_to_the_one_before(world):
    rows = _write(world)
    for previous, row in zip(rows, rows[1:], strict=False):
        assert row.prev_hash == previous.hash and len(row.hash) == 64
        assert row.computed_hash() == row.hash
    assert verify().ok


def test_the_model_refuses_edits_and_deletes(world):
    row = _write(world, 1)[0]
    row.action = "member.expel"
    with pytest.raises(AuditLogError):
        row.save()
    with pytest.raises(AuditLogError):
        row.delete()
    with pytest.raises(AuditLogError):
        AuditEntry.objects.filter(pk=row.pk).update(action="x")
    with pytest.raises(AuditLogError):
        AuditEntry.objects.all().delete()


def _raw(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the trigger refuses raw edits there")
def test_a_row_edited_in_the_database_is_found(world):
    rows = _write(world)
    _raw("UPDATE audit_auditentry SET after = %s WHERE id = %s", ['{"job": "forged"}', rows[2].pk])
    verdict = verify()
    assert verdict.broken_id == rows[2].pk and verdict.checked == 2
    with pytest.raises(CommandError, match=f"mục số {rows[2].pk}"):
        call_command("audit-verify")


@pytest.mark.skipif(
    connection.vendor == "postgresql", reason="the trigger refuses raw deletes there"
)
def test_a_deleted_row_is_found_at_the_next_one_and_at_the_end(world):
    rows = _write(world)
    _raw("DELETE FROM audit_auditentry WHERE id = %s", [rows[1].pk])
    assert verify().broken_id == rows[2].pk
    _raw("DELETE FROM audit_auditentry WHERE id > %s", [rows[0].pk])
    verdict = verify()
    assert not verdict.ok and "đã bị xóa" in verdict.reason


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the trigger refuses raw edits there")
def test_a_backdated_forged_row_is_found(world):
    rows = _write(world, 3)
    _raw("UPDATE audit_auditentry SET at = %s WHERE id = %s",
         [dt.datetime(2026, 1, 5, 1, 0, tzinfo=dt.UTC).isoformat(), rows[1].pk])  # fmt: skip
    assert verify().broken_id == rows[1].pk


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger exists on PostgreSQL")
def test_postgresql_refuses_update_and_delete_in_the_database(world):
    row = _write(world, 1)[0]
    for sql in ("UPDATE audit_auditentry SET action = 'x' WHERE id = %s",
                "DELETE FROM audit_auditentry WHERE id = %s"):  # fmt: skip
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            _raw(sql, [row.pk])


def test_audit_verify_reports_an_intact_log(world, capsys):
    _write(world, 3)
    call_command("audit-verify")
    assert "toàn vẹn" in capsys.readouterr().out
