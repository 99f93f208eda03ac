"""Background tasks (django.tasks; the django-tasks-db worker runs them in production).

django.tasks has no scheduler, so the daily reminders keep themselves alive as a chain:

1. `chibo send-reminders --enqueue` (run by scripts/serve.sh before the worker starts) enqueues
   one `reminders_tick` to run now, unless a tick is already waiting in the queue;
2. each `reminders_tick` first enqueues the next tick for tomorrow at REMINDER_TIME (local,
   `run_after`), then sends today's digests. Scheduling first means a failing day does not
   break the chain; "unless one is waiting" means restarts never fork it into two chains;
3. the digests are idempotent per person and day, so a late or repeated tick sends nothing twice.

Without the worker, cron can run `chibo send-reminders` once a day instead.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.tasks import TaskResultStatus, task
from django.utils import timezone

log = logging.getLogger(__name__)

REMINDER_TIME = dt.time(6, 30)  # before the school day starts


@task()
def send_notification_emails(notification_ids: list[int]) -> int:
    from .services import send_emails

    return send_emails(notification_ids)


@task()
def send_daily_reminders(day: str) -> int:
    """Send the digests of `day` (ISO date, as task arguments must be JSON), and the parents'
    portal's due-date reminders to the schools' staff."""
    from chibo.feedback.reminders import run_daily

    from .reminders import send_digests

    return send_digests(dt.date.fromisoformat(day)) + run_daily(dt.date.fromisoformat(day))


@task()
def reminders_tick() -> int:
    """Send today's digests and keep the daily chain going (see the module docstring)."""
    schedule_tick(at=next_tick_time(timezone.now()))
    return send_daily_reminders.call(timezone.localdate().isoformat())


def next_tick_time(now: dt.datetime) -> dt.datetime:
    tomorrow = timezone.localtime(now).date() + dt.timedelta(days=1)
    return timezone.make_aware(dt.datetime.combine(tomorrow, REMINDER_TIME))


def schedule_tick(*, at: dt.datetime | None = None) -> bool:
    """Enqueue a tick (now, or at `at`) unless one already waits. Returns whether it did."""
    backend = reminders_tick.get_backend()
    if at is not None and not backend.supports_defer:
        log.info("Task backend %s cannot run tasks later; daily reminders need cron.", backend)
        return False
    if _tick_waiting():
        return False
    tick = reminders_tick.using(run_after=at) if at is not None else reminders_tick
    tick.enqueue()
    return True


def _tick_waiting() -> bool:
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(reminders_tick.get_backend(), DatabaseBackend):
        return False
    return DBTaskResult.objects.filter(
        task_path=reminders_tick.module_path, status=TaskResultStatus.READY
    ).exists()
