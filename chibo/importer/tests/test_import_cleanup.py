"""Old plan imports cleaned up (issue 17 item 3): an import never confirmed nor discarded for
CHIBO_IMPORT_KEEP_DAYS days (default 30) is discarded with its page images by the daily task
and by `chibo import-cleanup`, audited. A confirmed import keeps its pages as the saved plan's
original as long as the plan exists; once the plan is deleted the pages go too."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
import time_machine
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from chibo.audit.models import AuditEntry
from chibo.importer.models import PlanImport, PlanImportPage
from chibo.importer.services import cleanup_imports, start_import
from chibo.importer.tasks import next_cleanup_time, schedule_cleanup
from chibo.plans.models import Plan

from .test_scan_review import scanned

pytestmark = pytest.mark.django_db
TICK = "chibo.importer.tasks.cleanup_tick"
NOW = dt.datetime(2026, 3, 10, 1, 0, tzinfo=dt.UTC)  # 08:00 in Hà Nội


def _import(world: Any, days_ago: float, name: str = "anh.jpg") -> PlanImport:
    batch = start_import(cell=world.cell, by=world.secretary.user, filename=name,
                         read=scanned(["Huệ"], pages=2))  # fmt: skip
    PlanImport.objects.filter(pk=batch.pk).update(
        created_at=timezone.now() - dt.timedelta(days=days_ago)
    )
    batch.refresh_from_db()
    return batch


def _files(batch: PlanImport) -> list[str]:
    return [page.image.name for page in batch.pages.all()]


def _confirm(batch: PlanImport, world: Any) -> Plan:
    plan = Plan.create(cell=world.cell, by=world.secretary.user, year=2026, title="Kế hoạch",
                       kind=Plan.Kind.THEMATIC)  # fmt: skip
    PlanImport.objects.filter(pk=batch.pk).update(
        status=PlanImport.Status.CONFIRMED, plan=plan, confirmed_at=timezone.now()
    )
    return plan


def test_an_import_pending_past_the_setting_is_discarded_with_its_pages(
    world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    old, recent = _import(world, 31, "cu.jpg"), _import(world, 29, "moi.jpg")
    old_files, recent_files = _files(old), _files(recent)
    with django_capture_on_commit_callbacks(execute=True):
        assert cleanup_imports() == {"expired": 1, "pages_dropped": 0}
    old.refresh_from_db()
    assert old.status == PlanImport.Status.DISCARDED and old.pages.count() == 0
    assert not any(default_storage.exists(name) for name in old_files)
    assert recent.pages.count() == 2 and all(default_storage.exists(n) for n in recent_files)
    entry = AuditEntry.objects.get(action="plan_import.expire")
    assert entry.actor is None and entry.cell == world.cell
    assert entry.after["filename"] == "cu.jpg" and entry.after["pages"] == 2
    assert cleanup_imports() == {"expired": 0, "pages_dropped": 0}  # idempotent


def test_the_number_of_days_is_an_app_setting(world: Any, settings: Any) -> None:
    batch = _import(world, 8)
    settings.CHIBO_IMPORT_KEEP_DAYS = 10
    assert cleanup_imports()["expired"] == 0
    settings.CHIBO_IMPORT_KEEP_DAYS = 7
    assert cleanup_imports()["expired"] == 1
    batch.refresh_from_db()
    assert batch.status == PlanImport.Status.DISCARDED


def test_a_confirmed_import_keeps_its_pages_while_its_plan_exists(
    world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    batch = _import(world, 90)
    plan = _confirm(batch, world)
    names = _files(batch)
    assert cleanup_imports() == {"expired": 0, "pages_dropped": 0}
    assert batch.pages.count() == 2  # the saved plan's original, months later
    plan.delete()
    with django_capture_on_commit_callbacks(execute=True):
        assert cleanup_imports() == {"expired": 0, "pages_dropped": 2}
    assert PlanImportPage.objects.count() == 0
    assert not any(default_storage.exists(name) for name in names)
    assert AuditEntry.objects.filter(action="plan_import.drop_pages").count() == 1
    batch.refresh_from_db()
    assert batch.status == PlanImport.Status.CONFIRMED  # the record of the import stays


def test_an_import_confirmed_meanwhile_is_left_alone(world: Any) -> None:
    batch = _import(world, 40)
    _confirm(batch, world)
    assert batch.expire(before=timezone.now()) is False  # the stale copy is re-read, locked
    assert PlanImport.objects.get(pk=batch.pk).status == PlanImport.Status.CONFIRMED
    assert batch.pages.count() == 2


def test_the_command_lists_cleans_and_reports(world: Any) -> None:
    _import(world, 45, "ke-hoach-cu.jpg")
    out = io.StringIO()
    call_command("import_cleanup", dry_run=True, stdout=out)
    assert "ke-hoach-cu.jpg" in out.getvalue()
    assert "Sẽ hủy 1 lần nhập chưa xác nhận quá 30 ngày." in out.getvalue()
    assert PlanImport.objects.get().is_pending
    out = io.StringIO()
    call_command("import_cleanup", days=60, stdout=out)
    assert "Đã hủy 0 lần nhập" in out.getvalue()
    out = io.StringIO()
    call_command("import_cleanup", stdout=out)
    assert "Đã hủy 1 lần nhập chưa xác nhận quá 30 ngày (kèm ảnh trang)" in out.getvalue()
    with pytest.raises(CommandError, match="từ 1 trở lên"):
        call_command("import_cleanup", days=0)


def test_enqueue_starts_one_daily_chain_and_the_worker_cleans(
    world: Any, database_tasks: None
) -> None:
    out = io.StringIO()
    call_command("import_cleanup", enqueue=True, stdout=out)
    call_command("import_cleanup", enqueue=True, stdout=out)
    assert out.getvalue().splitlines() == [
        "Đã đưa việc dọn bản nhập kế hoạch hằng ngày vào hàng đợi.",
        "Việc dọn bản nhập hằng ngày đã có trong hàng đợi.",
    ]
    DBTaskResult.objects.all().delete()
    with time_machine.travel(NOW, tick=False):
        _import(world, 31)
        assert schedule_cleanup() is True
        call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)
    done = DBTaskResult.objects.get(task_path=TICK, status=TaskResultStatus.SUCCESSFUL)
    assert done.return_value == {"expired": 1, "pages_dropped": 0}
    waiting = DBTaskResult.objects.get(task_path=TICK, status=TaskResultStatus.READY)
    assert waiting.run_after == next_cleanup_time(NOW)
    assert waiting.run_after == dt.datetime(2026, 3, 10, 20, 15, tzinfo=dt.UTC)  # 03:15 local
