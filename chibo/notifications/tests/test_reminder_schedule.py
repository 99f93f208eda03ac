"""`chibo send-reminders` and the self-renewing daily tick in the db_worker."""

import datetime as dt
import io
import sys

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from chibo import cli
from chibo.notifications.models import Notification
from chibo.notifications.tasks import next_tick_time, reminders_tick, schedule_tick

from .helpers import add_task

TICK = "chibo.notifications.tasks.reminders_tick"
NOW = dt.datetime(2026, 3, 10, 1, 0, tzinfo=dt.UTC)  # 08:00 in Hà Nội


def _ticks(status=TaskResultStatus.READY):
    return DBTaskResult.objects.filter(task_path=TICK, status=status)


def test_the_command_sends_the_digests_of_a_given_day(world, immediate_tasks):
    add_task(world.cell, [world.member], dt.date(2026, 3, 12))
    out = io.StringIO()
    call_command("send_reminders", date="2026-03-10", stdout=out)
    assert out.getvalue() == "Đã gửi 1 bản nhắc việc ngày 10/03/2026.\n"
    assert Notification.objects.get().dedupe_key == f"digest:{world.member.user_id}:2026-03-10"


def test_the_command_refuses_a_bad_date(db):
    with pytest.raises(CommandError, match="Ngày không hợp lệ"):
        call_command("send_reminders", date="10/03/2026")


def test_the_hyphenated_name_runs_the_command(world, immediate_tasks, monkeypatch, capsys):
    add_task(world.cell, [world.member], dt.date(2026, 3, 12))
    monkeypatch.setattr(sys, "argv", ["chibo", "send-reminders", "--date", "2026-03-11"])
    cli.main()
    assert "Đã gửi 1 bản nhắc việc ngày 11/03/2026." in capsys.readouterr().out


def test_the_next_tick_is_tomorrow_morning_local_time():
    assert next_tick_time(NOW) == dt.datetime(
        2026, 3, 10, 23, 30, tzinfo=dt.UTC
    )  # 06:30 on the 11th


def test_enqueue_starts_one_chain_however_often_it_is_called(db, database_tasks):
    out = io.StringIO()
    call_command("send_reminders", enqueue=True, stdout=out)
    call_command("send_reminders", enqueue=True, stdout=out)
    assert out.getvalue().splitlines() == [
        "Đã đưa việc nhắc hằng ngày vào hàng đợi.",
        "Việc nhắc hằng ngày đã có trong hàng đợi.",
    ]
    assert _ticks().count() == 1


def test_the_worker_runs_the_tick_which_sends_and_schedules_tomorrow(world, database_tasks):
    add_task(world.cell, [world.member], dt.date(2026, 3, 12))
    with time_machine.travel(NOW, tick=False):
        assert schedule_tick() is True
        call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)
    assert _ticks(TaskResultStatus.SUCCESSFUL).get().return_value == 1
    digest = Notification.objects.get(user=world.member.user)
    assert digest.dedupe_key == f"digest:{world.member.user_id}:2026-03-10"
    [waiting] = _ticks()
    assert waiting.run_after == dt.datetime(2026, 3, 10, 23, 30, tzinfo=dt.UTC)


def test_a_waiting_tick_is_not_run_early_and_runs_when_due(world, database_tasks):
    add_task(world.cell, [world.member], dt.date(2026, 3, 12))
    with time_machine.travel(NOW, tick=False):
        schedule_tick(at=next_tick_time(NOW))
        call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)
        assert Notification.objects.count() == 0
    with time_machine.travel(dt.datetime(2026, 3, 10, 23, 31, tzinfo=dt.UTC), tick=False):
        call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)
    assert Notification.objects.get().dedupe_key.endswith(":2026-03-11")
    assert _ticks().get().run_after == dt.datetime(2026, 3, 11, 23, 30, tzinfo=dt.UTC)


def test_without_a_deferring_backend_the_tick_runs_once_and_stops(world, immediate_tasks):
    add_task(world.cell, [world.member], dt.date(2026, 3, 12))
    with time_machine.travel(NOW, tick=False):
        assert schedule_tick() is True  # runs at once, cannot schedule tomorrow, no recursion
    assert Notification.objects.count() == 1
    assert reminders_tick.get_backend().supports_defer is False
