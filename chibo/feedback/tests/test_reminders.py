"""Handlers are reminded before an item falls due; the management board hears of overdue items."""

from __future__ import annotations

import datetime as dt

import time_machine

from chibo.feedback.reminders import run_daily
from chibo.notifications.models import Notification

from .helpers import submit


def test_reminders_before_the_due_date_and_when_late_once_a_day(sw):
    with time_machine.travel("2026-03-02 09:00 +0700", tick=False):
        item, _ = submit(sw.school)  # meals: due 07/03
        item.take(staff=sw.handler)
    Notification.objects.all().delete()
    assert run_daily(dt.date(2026, 3, 4)) == 0  # three days ahead: nothing yet
    assert run_daily(dt.date(2026, 3, 5)) == 1
    assert Notification.objects.get().user == sw.handler.user
    assert run_daily(dt.date(2026, 3, 5)) == 0  # idempotent per day
    assert run_daily(dt.date(2026, 3, 8)) == 2  # late: the handler and the manager
    late = Notification.objects.filter(kind="feedback.overdue")
    assert {n.user for n in late} == {sw.handler.user, sw.manager.user}
    assert "đã quá hạn" in late.first().title


def test_an_unassigned_item_reminds_every_handler(sw):
    with time_machine.travel("2026-03-02 09:00 +0700", tick=False):
        submit(sw.school)
    Notification.objects.all().delete()
    run_daily(dt.date(2026, 3, 6))
    assert {n.user for n in Notification.objects.all()} == {sw.handler.user, sw.manager.user}


def test_the_notifications_daily_task_runs_the_portals_reminders(sw, settings):
    from chibo.notifications.tasks import send_daily_reminders

    with time_machine.travel("2026-03-02 09:00 +0700", tick=False):
        submit(sw.school)
    Notification.objects.all().delete()
    send_daily_reminders.call("2026-03-06")
    assert Notification.objects.filter(kind="feedback.due_soon").count() == 2
