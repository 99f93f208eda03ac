from django.contrib.auth import get_user_model
from django.core import mail

from chibo.conftest import make_member, make_user
from chibo.notifications.models import Notification
from chibo.notifications.services import notify


def test_it_creates_one_notice_per_user_and_counts_them(world, immediate_tasks):
    made = notify(recipients=[world.member, world.secretary], kind="meeting.distributed",
                  title="Tài liệu sinh hoạt đã được gửi", url="/meetings/1/", cell=world.cell)  # fmt: skip
    assert made == 2
    notices = Notification.objects.order_by("user__username")
    assert [(n.user.username, n.kind, n.cell) for n in notices] == [
        ("bithu", "meeting.distributed", world.cell),
        ("dangvien", "meeting.distributed", world.cell),
    ]
    assert all(n.read_at is None for n in notices)


def test_a_member_without_a_login_gets_only_the_email(world, immediate_tasks):
    offline = make_member(world.cell, "Lê Văn Bình", email="binh@example.vn")
    made = notify(recipients=[offline], kind="task.assigned", title="Đồng chí được giao nhiệm vụ")
    assert made == 0
    assert Notification.objects.for_user(world.member.user).count() == 0
    assert [m.to for m in mail.outbox] == [["binh@example.vn"]]


def test_a_member_without_login_nor_address_is_skipped(world, immediate_tasks):
    offline = make_member(world.cell, "Lê Văn Bình")
    assert notify(recipients=[offline], kind="task.assigned", title="Giao việc") == 0
    assert Notification.objects.count() == 0
    assert mail.outbox == []


def test_the_same_dedupe_key_never_reaches_a_user_twice(world, immediate_tasks):
    world.member.user.email = "ha@example.vn"
    world.member.user.save()
    first = notify(recipients=[world.member], kind="task.overdue", title="Quá hạn",
                   dedupe_key="task.overdue:7")  # fmt: skip
    second = notify(recipients=[world.member, world.secretary], kind="task.overdue",
                    title="Quá hạn", dedupe_key="task.overdue:7")  # fmt: skip
    assert (first, second) == (1, 1)
    assert Notification.objects.for_user(world.member.user).count() == 1
    assert len(mail.outbox) == 1


def test_dedupe_also_holds_for_email_only_members(world, immediate_tasks):
    offline = make_member(world.cell, "Lê Văn Bình", email="binh@example.vn")
    for _ in range(2):
        notify(recipients=[offline], kind="draft.due", title="Hạn dự thảo", dedupe_key="k1")
    assert len(mail.outbox) == 1


def test_users_and_members_are_accepted_and_not_doubled(world, immediate_tasks):
    made = notify(recipients=[world.officer, world.member.user, world.member], kind="meeting.report_submitted",
                  title="Chi bộ gửi báo cáo")  # fmt: skip
    assert made == 2
    assert set(Notification.objects.values_list("user__username", flat=True)) == {
        "danguy",
        "dangvien",
    }


def test_a_disabled_login_is_told_nothing(world, immediate_tasks):
    get_user_model().objects.filter(pk=world.member.user_id).update(is_active=False)
    assert notify(recipients=[world.member], kind="task.assigned", title="Giao việc") == 0


def test_email_false_sends_no_mail(world, immediate_tasks):
    world.member.email = "ha@example.vn"
    world.member.save()
    assert (
        notify(recipients=[world.member], kind="task.assigned", title="Giao việc", email=False) == 1
    )
    assert mail.outbox == []
    assert Notification.objects.get().email == ""


def test_notify_costs_the_same_queries_for_a_whole_cell(
    world, database_tasks, django_assert_num_queries
):
    people = [make_member(world.cell, f"Đảng viên {i}", user=make_user(f"dv{i}"), email=f"dv{i}@example.vn")
              for i in range(20)]  # fmt: skip
    # users, members of the users, dedupe look-up, one INSERT for all (in savepoints), the task row
    with django_assert_num_queries(8):
        assert (
            notify(recipients=people, kind="meeting.distributed", title="Tài liệu", dedupe_key="d1")
            == 20
        )


def test_a_key_sent_at_the_same_moment_elsewhere_is_skipped_not_fatal(
    world, immediate_tasks, monkeypatch
):
    from chibo.notifications import services

    Notification.objects.create(
        user=world.member.user, kind="task.overdue", title="Quá hạn", dedupe_key="k"
    )
    # As if another process inserted it between our look-up and our insert.
    monkeypatch.setattr(services, "_drop_already_notified", lambda people, key: people)
    made = notify(
        recipients=[world.member, world.secretary],
        kind="task.overdue",
        title="Quá hạn",
        dedupe_key="k",
    )
    assert made == 1
    assert Notification.objects.filter(dedupe_key="k").count() == 2
