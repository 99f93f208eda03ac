"""A handler takes, answers and closes; the sender follows, replies, reopens; every change audited."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.feedback.models import Feedback, FeedbackError, Message

from .helpers import CONTACT, NAME, answered, staff_client, submit


def test_a_public_answer_is_required_to_close(sw):
    item, _ = submit(sw.school)
    item.take(staff=sw.handler)
    with pytest.raises(FeedbackError, match="Cần có trả lời công khai"):
        item.close(by=sw.handler.user)
    item.answer(text="Đã thay tủ giữ nhiệt.", by=sw.handler.user)
    item.close(by=sw.handler.user)
    assert item.status == "closed"
    actions = list(
        AuditEntry.objects.filter(object_id=str(item.pk))
        .order_by("at", "id")
        .values_list("action", flat=True)
    )
    assert actions == ["feedback.submit", "feedback.take", "feedback.answer", "feedback.close"]


def test_the_handler_answers_through_the_desk_and_the_sender_sees_it(sw):
    item, code = submit(sw.school)
    client = staff_client(sw, "handler")
    client.post(reverse("feedback:take", args=[item.pk]))
    response = client.post(
        reverse("feedback:answer", args=[item.pk]), {"text": "Nhà trường đã thay tủ giữ nhiệt."}
    )
    assert response.status_code == 302
    page = Client().get(reverse("feedback:track", args=[code])).content.decode()
    assert "Nhà trường đã thay tủ giữ nhiệt." in page and "Đã trả lời" in page


def test_internal_notes_never_reach_the_sender(sw):
    item, code = submit(sw.school)
    item.add_message(kind=Message.Kind.NOTE, text="GHI-CHU-NOI-BO", by=sw.handler.user)
    item.add_message(
        kind=Message.Kind.TO_SENDER, text="Xin cho biết ngày cụ thể.", by=sw.handler.user
    )
    page = Client().get(reverse("feedback:track", args=[code])).content.decode()
    assert "GHI-CHU-NOI-BO" not in page and "Xin cho biết ngày cụ thể." in page


def test_the_sender_replies_and_the_handlers_are_told(sw):
    from chibo.notifications.models import Notification

    item, code = submit(sw.school)
    item.take(staff=sw.handler)
    Client().post(reverse("feedback:track_reply", args=[code]), {"text": "Là ngày 02/3."})
    assert item.messages.get().kind == "from_sender"
    assert Notification.objects.filter(kind="feedback.reply", user=sw.handler.user).exists()


def test_the_sender_reopens_within_the_window_only(sw):
    with time_machine.travel("2026-03-02 09:00 +0700", tick=False):
        item, code = answered(sw.school, sw.handler.user)
    with time_machine.travel("2026-03-10 09:00 +0700", tick=False):
        response = Client().post(
            reverse("feedback:track_reopen", args=[code]), {"reason": "Vẫn nguội."}
        )
        assert response.status_code == 302
        item.refresh_from_db()
        assert item.status == "in_progress" and item.reopened_count == 1
        assert item.due_on == dt.date(2026, 3, 15)  # meals: 5 days from the reopening
        item.answer(text="Đã kiểm tra lại.", by=sw.handler.user)
    with time_machine.travel("2026-03-25 09:00 +0700", tick=False):  # 15 days after the answer
        response = Client().post(
            reverse("feedback:track_reopen", args=[code]), {"reason": "Lại nguội."}
        )
        assert response.status_code == 400
        assert "Đã quá thời hạn mở lại" in response.content.decode()


def test_answered_items_close_themselves_after_the_reopen_window(sw):
    from chibo.feedback.reminders import run_daily

    with time_machine.travel("2026-03-02 09:00 +0700", tick=False):
        item, _ = answered(sw.school, sw.handler.user)
    run_daily(dt.date(2026, 3, 16))
    item.refresh_from_db()
    assert item.status == "answered"
    run_daily(dt.date(2026, 3, 17))
    item.refresh_from_db()
    assert item.status == "closed"
    assert AuditEntry.objects.filter(action="feedback.auto_close").count() == 1


def test_redirect_tells_the_sender_where_to_go(sw):
    item, code = submit(sw.school, category="safety")
    item.redirect(channel="urgent", note="", by=sw.handler.user)
    page = Client().get(reverse("feedback:track", args=[code])).content.decode()
    assert "gọi điện thoại trực tiếp cho nhà trường theo số 0229 3868 123" in page
    with pytest.raises(FeedbackError):
        item.answer(text="x", by=sw.handler.user)


def test_an_extension_needs_a_reason_and_makes_overdue_honest(sw):
    with time_machine.travel("2026-03-02 09:00 +0700", tick=False):
        item, _ = submit(sw.school)  # meals: due 07/03
    assert item.is_overdue(dt.date(2026, 3, 8))
    with pytest.raises(FeedbackError, match="lý do"):
        item.extend(until=dt.date(2026, 3, 20), reason=" ", by=sw.handler.user)
    item.extend(
        until=dt.date(2026, 3, 20), reason="Chờ đơn vị cung cấp suất ăn.", by=sw.handler.user
    )
    assert not item.is_overdue(dt.date(2026, 3, 8))


def test_the_identity_is_shown_to_the_assigned_handler_and_logged(sw):
    item, _ = submit(sw.school)
    item.take(staff=sw.handler)
    client = staff_client(sw, "handler")
    page = client.get(reverse("feedback:detail", args=[item.pk])).content.decode()
    assert NAME not in page and CONTACT not in page
    shown = client.post(reverse("feedback:identity", args=[item.pk]))
    assert shown.status_code == 200
    html = shown.content.decode()
    assert NAME in html and CONTACT in html and "no-store" in shown["Cache-Control"]
    entry = AuditEntry.objects.get(action="feedback.identity_view")
    assert entry.actor == sw.handler.user and entry.cell == sw.school.cell
    assert NAME not in str(entry.after) and CONTACT not in str(entry.after)


def test_another_handler_of_the_school_may_not_see_the_identity(sw):
    from .helpers import make_staff

    colleague = make_staff(sw.school, "gopy3", name="Mai Văn Hùng")
    item, _ = submit(sw.school)
    item.take(staff=sw.handler)
    client = Client()
    client.force_login(colleague.user, backend="django.contrib.auth.backends.ModelBackend")
    assert client.get(reverse("feedback:detail", args=[item.pk])).status_code == 200
    response = client.post(reverse("feedback:identity", args=[item.pk]))
    assert response.status_code == 403
    assert NAME not in response.content.decode()
    assert not AuditEntry.objects.filter(action="feedback.identity_view").exists()


def test_staff_of_another_school_get_404_for_everything_of_this_one(sw):
    item, _ = submit(sw.school)
    client = staff_client(sw, "other_staff")
    for url in (
        reverse("feedback:detail", args=[item.pk]),
        reverse("feedback:queue", args=[sw.school.slug]),
    ):
        assert client.get(url).status_code == 404
    assert client.post(reverse("feedback:identity", args=[item.pk])).status_code == 404
    assert client.post(reverse("feedback:answer", args=[item.pk]), {"text": "x"}).status_code == 404
    item.refresh_from_db()
    assert item.status == Feedback.Status.NEW and item.public_answer == ""


def test_a_refused_change_changes_nothing(sw):
    item, _ = submit(sw.school)
    before = AuditEntry.objects.count()
    response = staff_client(sw, "handler").post(reverse("feedback:close", args=[item.pk]))
    assert response.status_code == 400
    assert "Cần có trả lời công khai" in response.content.decode()
    assert AuditEntry.objects.count() == before


def test_the_manager_assigns_and_the_handler_is_told(sw):
    from chibo.notifications.models import Notification

    item, _ = submit(sw.school)
    response = staff_client(sw, "manager").post(
        reverse("feedback:assign", args=[item.pk]), {"staff": sw.handler.pk}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.assigned_to == sw.handler
    assert Notification.objects.filter(kind="feedback.assigned", user=sw.handler.user).exists()
    other = staff_client(sw, "manager").post(
        reverse("feedback:assign", args=[item.pk]), {"staff": sw.other_staff.pk}
    )
    assert other.status_code == 400  # not one of this school's staff


def test_the_queue_lists_overdue_first_with_pinned_queries(sw, django_assert_num_queries):
    with time_machine.travel("2026-03-02 09:00 +0700", tick=False):
        for _ in range(3):
            submit(sw.school)
    client = staff_client(sw, "handler")
    client.get(reverse("feedback:queue", args=[sw.school.slug]))  # warm the session
    with time_machine.travel("2026-03-10 09:00 +0700", tick=False):
        for _ in range(3):
            submit(sw.school, category="facilities")
        with django_assert_num_queries(
            8
        ):  # user (+ membership, unread), school, staff, counts, header…
            response = client.get(reverse("feedback:queue", args=[sw.school.slug]))
    html = response.content.decode()
    assert html.count("quá hạn</span>") == 3
