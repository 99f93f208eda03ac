"""Concurrent writers: no "database is locked" on SQLite, and the audit chain stays linear."""

import datetime as dt
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, transaction

from chibo.audit.models import AuditEntry, log_action
from chibo.audit.verify import verify

THREADS, WRITES = 8, 25


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite settings under test")
def test_sqlite_threads_writing_at_once_never_see_database_is_locked(tmp_path):
    env = {**os.environ, "CHIBO_DATA_DIR": str(tmp_path), "CHIBO_DEBUG": "1"}
    env.pop("DATABASE_URL", None)
    script = Path(__file__).with_name("concurrent_writers.py")
    done = subprocess.run([sys.executable, str(script), str(THREADS), str(WRITES)], env=env,
                          capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["errors"] == []
    assert result["rows"] == THREADS * WRITES
    assert result["chain_ok"] is True


@pytest.mark.skipif(connection.vendor != "postgresql", reason="real row locks on PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_postgresql_writers_at_once_keep_one_linear_chain():
    User = get_user_model()
    users = [User.objects.create_user(f"ghi{i}") for i in range(THREADS)]
    errors: list[str] = []
    start = threading.Barrier(THREADS)

    def work(user):
        try:
            start.wait()
            for n in range(WRITES):
                with transaction.atomic():
                    log_action(user, "test.write", by=user, after={"n": n})
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    workers = [threading.Thread(target=work, args=(u,)) for u in users]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    assert AuditEntry.objects.filter(action="test.write").count() == THREADS * WRITES
    assert verify().ok


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks of PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_a_verb_holding_its_cell_locked_does_not_deadlock_with_other_writers():
    """Seen under load: attendance locked the meeting and, through select_related, its cell
    FOR UPDATE, then waited for the chain head; a comment held the head and its foreign-key
    checks (at COMMIT, or the audit row's own) waited for a KEY SHARE lock on the same rows."""
    from chibo.conftest import make_cell, make_committee
    from chibo.organizations.models import Cell, Term

    cell = make_cell(make_committee())
    User = get_user_model()
    users = [User.objects.create_user(f"khoa{i}") for i in range(THREADS)]
    errors: list[str] = []
    start = threading.Barrier(THREADS)

    def work(index, user):
        try:
            start.wait()
            for n in range(WRITES):
                with transaction.atomic():
                    if index % 2:
                        Cell.objects.select_for_update().get(pk=cell.pk)
                    else:  # a row referencing the cell: its foreign key is checked at COMMIT
                        Term.objects.create(cell=cell, name=f"{index}-{n}",
                                            start=dt.date(2025, 7, 1), end=dt.date(2030, 6, 30))  # fmt: skip
                    log_action(user, "test.write", by=user, cell=cell, after={"n": n})
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    workers = [threading.Thread(target=work, args=(i, u)) for i, u in enumerate(users)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    assert verify().ok
