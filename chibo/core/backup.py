"""`chibo backup FILE` and `chibo restore FILE`: the database and every stored file, in one
archive, restored exactly and checked.

The archive (.tar.gz) holds:
- `manifest.json`: engine, time, row count of every table, SHA-256 of every stored file;
- `db.sqlite3` (SQLite's online backup API: a consistent copy while the app runs, WAL
  included) or `db.dump` (PostgreSQL `pg_dump -Fc`);
- `files/…`: issued documents, uploads (the storage folder under CHIBO_DATA_DIR);
- `secret_key` when the development key file exists.

The database is copied first and the files after, so every file a copied row names is there.
Restore refuses to overwrite a database or folder that holds data unless told to (`--force`),
then checks every file against the manifest and every issued document against the SHA-256
recorded when it was issued.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from glob import glob
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection, connections

FORMAT = 1


class BackupError(Exception):
    """The backup or restore cannot go on; the message says why, in Vietnamese."""


@dataclass
class RestoreReport:
    tables: int = 0
    rows: int = 0
    files: int = 0
    documents: int = 0
    problems: list[str] = field(default_factory=list)


def storage_dir() -> Path:
    default: dict[str, Any] = settings.STORAGES["default"]
    if default["BACKEND"].endswith("FileSystemStorage"):
        return Path(default["OPTIONS"]["location"])
    # Object storage (CHIBO_STORAGE=s3): the bucket keeps the files (its versioning and
    # replication are their backup, docs/scale.md); the archive holds the database.
    return Path(settings.DATA_DIR) / "files"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def row_counts() -> dict[str, int]:
    tables = sorted(connection.introspection.table_names())
    with connection.cursor() as cursor:
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


def _pg_tool(name: str) -> str:
    found = sorted(glob(f"/usr/lib/postgresql/*/bin/{name}"))
    path = found[-1] if found else shutil.which(name)
    if not path:
        raise BackupError(f"Không tìm thấy {name} (cài gói postgresql-client).")
    return path


def _pg_args() -> tuple[list[str], dict[str, str]]:
    db = connection.settings_dict
    args = ["-h", db.get("HOST") or "127.0.0.1", "-p", str(db.get("PORT") or 5432),
            "-U", db.get("USER") or "postgres", "-d", db["NAME"]]  # fmt: skip
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    return args, env


def _dump_database(work: Path) -> str:
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        target = sqlite3.connect(work / "db.sqlite3")
        try:
            connection.connection.backup(target)  # online: consistent while others write
        finally:
            target.close()
        return "db.sqlite3"
    if connection.vendor == "postgresql":
        args, env = _pg_args()
        done = subprocess.run([_pg_tool("pg_dump"), "-Fc", "--no-owner", "--no-privileges",  # noqa: S603
                               "-f", str(work / "db.dump"), *args], env=env, capture_output=True, text=True)  # fmt: skip
        if done.returncode != 0:
            raise BackupError(f"pg_dump thất bại: {done.stderr.strip()[-500:]}")
        return "db.dump"
    raise BackupError(f"Chưa hỗ trợ sao lưu cơ sở dữ liệu {connection.vendor}.")


def make_backup(path: Path) -> dict[str, Any]:
    """Write the archive to `path` (atomically: a half-written archive is never left there)."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="chibo-backup-") as tmp:
        work = Path(tmp)
        database = _dump_database(work)
        counts = row_counts()
        files_root = storage_dir()
        files = {}
        if files_root.exists():
            for item in sorted(files_root.rglob("*")):
                if item.is_file():
                    files[item.relative_to(files_root).as_posix()] = _sha256(item)
        manifest = {"format": FORMAT, "engine": connection.vendor, "database": database,
                    "created_at": dt.datetime.now(dt.UTC).isoformat(), "tables": counts, "files": files}  # fmt: skip
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            archive.add(work / database, arcname=database)
            for name in files:
                archive.add(files_root / name, arcname=f"files/{name}")
            key = Path(settings.DATA_DIR) / "secret_key"
            if key.exists():
                archive.add(key, arcname="secret_key")
        partial.replace(path)
        path.chmod(0o600)  # holds every member's data
    return manifest


def _has_data() -> bool:
    counts = row_counts() if connection.introspection.table_names() else {}
    return any(n for table, n in counts.items() if table != "django_migrations")


def _restore_database(archive: tarfile.TarFile, manifest: dict[str, Any], work: Path) -> None:
    archive.extract(manifest["database"], work, filter="data")
    source = work / manifest["database"]
    for alias in connections:
        connections[alias].close()
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        copy = sqlite3.connect(source)
        try:
            copy.backup(connection.connection)
        finally:
            copy.close()
        return
    args, env = _pg_args()
    done = subprocess.run([_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner",  # noqa: S603
                           "--no-privileges", "--single-transaction", *args, str(source)],
                          env=env, capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        raise BackupError(f"pg_restore thất bại: {done.stderr.strip()[-500:]}")


def restore_backup(path: Path, *, force: bool = False) -> RestoreReport:
    with tarfile.open(path, "r:gz") as archive:
        try:
            manifest = json.load(archive.extractfile("manifest.json"))  # type: ignore[arg-type]
        except KeyError as error:
            raise BackupError("Tệp này không phải bản sao lưu của Chi bộ số.") from error
        if manifest.get("format") != FORMAT:
            raise BackupError("Bản sao lưu có định dạng khác, không khôi phục được.")
        if manifest["engine"] != connection.vendor:
            raise BackupError(
                f"Bản sao lưu của {manifest['engine']} không khôi phục vào {connection.vendor} được."
            )
        files_root = storage_dir()
        if not force and (_has_data() or (files_root.exists() and any(files_root.iterdir()))):
            raise BackupError(
                "Nơi khôi phục đã có dữ liệu. Hãy khôi phục vào thư mục khác "
                "(CHIBO_DATA_DIR=…) hoặc dùng --force để ghi đè."
            )
        with tempfile.TemporaryDirectory(prefix="chibo-restore-") as tmp:
            _restore_database(archive, manifest, Path(tmp))
        if files_root.exists():
            shutil.rmtree(files_root)
        files_root.mkdir(parents=True, exist_ok=True)
        members = [m for m in archive.getmembers() if m.name.startswith("files/")]
        with tempfile.TemporaryDirectory(dir=files_root.parent, prefix=".restore-") as tmp:
            archive.extractall(tmp, members=members, filter="data")
            extracted = Path(tmp) / "files"
            if extracted.exists():
                for item in extracted.iterdir():
                    item.replace(files_root / item.name)
        key = Path(settings.DATA_DIR) / "secret_key"
        if "secret_key" in archive.getnames() and not key.exists():
            key.parent.mkdir(parents=True, exist_ok=True)
            archive.extract("secret_key", key.parent, filter="data")
    return verify_restored(manifest)


def verify_restored(manifest: dict[str, Any]) -> RestoreReport:
    from chibo.documents.models import DocumentError, IssuedDocument

    report = RestoreReport()
    counts = row_counts()
    for table, expected in manifest["tables"].items():
        report.tables += 1
        report.rows += counts.get(table, 0)
        if counts.get(table) != expected:
            report.problems.append(
                f"Bảng {table}: {counts.get(table)} dòng, bản sao lưu có {expected}."
            )
    root = storage_dir()
    for name, digest in manifest["files"].items():
        item = root / name
        if not item.exists() or _sha256(item) != digest:
            report.problems.append(f"Tệp {name} thiếu hoặc sai mã băm SHA-256.")
        report.files += 1
    for document in IssuedDocument.objects.all():
        for fmt in ("docx", "pdf") if document.pdf else ("docx",):
            try:
                document.open_file(fmt)
            except (DocumentError, OSError) as error:
                report.problems.append(f"Văn bản {document.number_text} ({fmt}): {error}")
        report.documents += 1
    return report
