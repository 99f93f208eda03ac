"""Backup → wipe → restore gives identical rows (timestamps to the microsecond) and files whose
hashes verify, on the engine the suite runs on (SQLite here, PostgreSQL under
`make test-postgres`); and `CHIBO_DATA_DIR=<other> chibo restore` builds a working copy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from chibo.core.backup import (
    BackupError,
    make_backup,
    restore_backup,
    row_counts,
    storage_dir,
    verify_restored,
)
from chibo.demo.load import load_demo
from chibo.documents.models import IssuedDocument

CHIBO = str(Path(sys.executable).with_name("chibo"))


def _everything() -> dict[str, list[tuple]]:
    tables = sorted(connection.introspection.table_names())
    with connection.cursor() as cursor:
        out = {}
        for table in tables:
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            out[table] = sorted(cursor.fetchall(), key=repr)
    return out


def _files() -> dict[str, bytes]:
    root = storage_dir()
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.django_db(transaction=True)
def test_backup_wipe_restore_gives_the_same_rows_timestamps_and_files(tmp_path):
    load_demo()
    assert IssuedDocument.objects.exists()
    rows, files = _everything(), _files()
    assert files and sum(len(r) for r in rows.values()) > 1000
    archive = tmp_path / "chibo.tar.gz"
    manifest = make_backup(archive)
    assert manifest["tables"] == row_counts()

    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(storage_dir())
    assert not IssuedDocument.objects.exists()
    with pytest.raises(BackupError, match="đã có dữ liệu"):  # flush re-creates content types
        restore_backup(archive)

    report = restore_backup(archive, force=True)
    assert report.problems == []
    assert report.documents == IssuedDocument.objects.count() > 0
    assert _everything() == rows
    assert _files() == files
    call_command("audit-verify")

    # A stored document changed on disk afterwards is named by the check.
    document = IssuedDocument.objects.first()
    (storage_dir() / document.docx.name).write_bytes(b"not the issued document")
    problems = verify_restored(manifest).problems
    assert any(document.docx.name in p for p in problems)
    assert any(document.number_text in p for p in problems)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the CLI copy runs on a SQLite file")
def test_the_commands_build_a_working_copy_in_another_folder(tmp_path):
    live, copy = tmp_path / "live", tmp_path / "copy"
    base = {**os.environ, "CHIBO_DEBUG": "1", "CHIBO_DEMO": "1"}
    base.pop("DATABASE_URL", None)

    def chibo(data_dir: Path, *args: str) -> str:
        done = subprocess.run([CHIBO, *args], env={**base, "CHIBO_DATA_DIR": str(data_dir)},
                              capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        return done.stdout

    chibo(live, "migrate", "--noinput", "-v0")
    chibo(live, "demo")
    out = chibo(live, "backup", str(tmp_path / "b.tar.gz"))
    assert "Đã sao lưu" in out
    out = chibo(copy, "restore", str(tmp_path / "b.tar.gz"))
    assert "khớp mã băm" in out and "toàn vẹn" in out
    assert (copy / "chibo.sqlite3").exists() and any((copy / "files").rglob("*.docx"))
    again = subprocess.run([CHIBO, "restore", str(tmp_path / "b.tar.gz")], capture_output=True, text=True,
                           env={**base, "CHIBO_DATA_DIR": str(copy)}, timeout=600, check=False)  # fmt: skip
    assert again.returncode != 0 and "đã có dữ liệu" in again.stderr
