"""Plan imports in the task worker (django.tasks, db backend): reading scans and photos, and
the daily cleanup.

`read_import` reads an uploaded scan or photos (OCR) after the upload answered: enqueued in the
upload's own transaction (`services.receive_scan`), run by `chibo db_worker` (started by
`make run` through scripts/serve.sh, and by deploy/chibo-worker.service).

As the daily reminders (chibo/notifications/tasks.py): django.tasks has no scheduler, so the
cleanup keeps itself alive as a chain. `chibo import-cleanup --enqueue` (scripts/serve.sh and
deploy/chibo-worker.service, before the worker starts) enqueues one `cleanup_tick` now unless
one already waits; each tick first enqueues the next for tomorrow at CLEANUP_TIME, then cleans.
The cleanup is idempotent, so a late or repeated tick does no harm. Without the worker, cron
can run `chibo import-cleanup` once a day instead.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.tasks import TaskResultStatus, task
from django.utils import timezone

log = logging.getLogger(__name__)

CLEANUP_TIME = dt.time(3, 15)  # at night, when no one is reviewing


@task()
def cleanup_tick() -> dict[str, int]:
    """Clean up the old imports and keep the daily chain going."""
    from .services import cleanup_imports

    schedule_cleanup(at=next_cleanup_time(timezone.now()))
    return cleanup_imports()


def next_cleanup_time(now: dt.datetime) -> dt.datetime:
    tomorrow = timezone.localtime(now).date() + dt.timedelta(days=1)
    return timezone.make_aware(dt.datetime.combine(tomorrow, CLEANUP_TIME))


def schedule_cleanup(*, at: dt.datetime | None = None) -> bool:
    """Enqueue a tick (now, or at `at`) unless one already waits. Returns whether it did."""
    backend = cleanup_tick.get_backend()
    if at is not None and not backend.supports_defer:
        log.info("Task backend %s cannot run tasks later; the import cleanup needs cron.", backend)
        return False
    if _tick_waiting():
        return False
    tick = cleanup_tick.using(run_after=at) if at is not None else cleanup_tick
    tick.enqueue()
    return True


def _tick_waiting() -> bool:
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(cleanup_tick.get_backend(), DatabaseBackend):
        return False
    return DBTaskResult.objects.filter(
        task_path=cleanup_tick.module_path, status=TaskResultStatus.READY
    ).exists()


@task()
def read_import(import_id: int, attempt: int) -> str:
    """Read an uploaded scan or photos (OCR, seconds a page) outside the upload request: the
    user waits on the import's page, which shows the pages read so far."""
    from .services import read_scan

    return read_scan(import_id, attempt)
