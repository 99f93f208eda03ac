"""The real path: notify() enqueues into the database; the db_worker sends the letter."""

from django.core import mail
from django.core.management import call_command
from django.tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from chibo.notifications.models import Notification
from chibo.notifications.services import notify


def test_the_worker_sends_the_queued_letter(world, database_tasks):
    world.member.email = "ha@example.vn"
    world.member.save()
    notify(recipients=[world.member], kind="meeting.tomorrow", title="Ngày mai sinh hoạt chi bộ")
    assert mail.outbox == []  # only queued so far
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "chibo.notifications.tasks.send_notification_emails"
    assert queued.status == TaskResultStatus.READY

    call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)

    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL
    assert queued.return_value == 1
    assert [m.subject for m in mail.outbox] == ["[Chi bộ số] Ngày mai sinh hoạt chi bộ"]
    assert Notification.objects.get().emailed_at is not None
