from django.core import mail

from chibo.conftest import make_member
from chibo.notifications.models import Notification
from chibo.notifications.services import notify


def test_the_letter_is_plain_vietnamese_with_an_absolute_link(world, immediate_tasks, settings):
    settings.CHIBO_BASE_URL = "https://chibo.example.vn/"
    world.member.email = "ha@example.vn"
    world.member.save()
    notify(recipients=[world.member], kind="task.assigned",
           title="Đồng chí được giao nhiệm vụ: Rà soát hồ sơ", body="Hạn: ngày 15 tháng 01 năm 2026.",
           url="/tasks/5/")  # fmt: skip
    [letter] = mail.outbox
    assert letter.subject == "[Chi bộ số] Đồng chí được giao nhiệm vụ: Rà soát hồ sơ"
    assert letter.to == ["ha@example.vn"]
    assert letter.from_email == settings.DEFAULT_FROM_EMAIL
    assert letter.body == (
        "Kính gửi đồng chí Phạm Thị Thu Hà,\n\n"
        "Đồng chí được giao nhiệm vụ: Rà soát hồ sơ\n\n"
        "Hạn: ngày 15 tháng 01 năm 2026.\n\n"
        "Xem chi tiết: https://chibo.example.vn/tasks/5/\n\n"
        "--\nChi bộ số — thư gửi tự động, xin đồng chí không trả lời thư này."
    )
    assert letter.message().get_content_type() == "text/plain"
    assert letter.message().get_content_charset() == "utf-8"
    assert Notification.objects.get().emailed_at is not None


def test_the_users_own_address_is_used_when_the_member_has_none(world, immediate_tasks):
    world.secretary.user.email = "hue@example.vn"
    world.secretary.user.save()
    notify(recipients=[world.secretary], kind="meeting.draft_review", title="Dự thảo chờ ý kiến")
    assert [m.to for m in mail.outbox] == [["hue@example.vn"]]
    assert mail.outbox[0].body.startswith("Kính gửi đồng chí Dương Thị Huệ,")


def test_a_retried_task_never_sends_a_letter_twice(world, immediate_tasks):
    from chibo.notifications.tasks import send_notification_emails

    offline = make_member(world.cell, "Lê Văn Bình", email="binh@example.vn")
    notify(recipients=[offline], kind="task.assigned", title="Giao việc")
    ids = list(Notification.objects.values_list("pk", flat=True))
    send_notification_emails.enqueue(ids)
    assert len(mail.outbox) == 1


def test_a_user_without_any_address_gets_only_the_in_app_notice(world, immediate_tasks):
    assert notify(recipients=[world.member], kind="task.assigned", title="Giao việc") == 1
    assert mail.outbox == []
