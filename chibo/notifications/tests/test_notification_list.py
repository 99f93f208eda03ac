import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from chibo.notifications.models import Notification

# The user with the viewer's membership, officer flag and unread count (chibo.core.auth; the
# session comes from the shared session cache), page count, page. Was 7 before they were merged.
LIST_QUERIES = 3


def _notice(user, title: str, minutes_ago: int = 0, **extra) -> Notification:
    return Notification.objects.create(user=user, kind=extra.pop("kind", "task.assigned"), title=title,
                                       created_at=timezone.now() - dt.timedelta(minutes=minutes_ago),
                                       **extra)  # fmt: skip


def test_the_list_shows_only_my_notices_newest_first(world, member_client):
    _notice(world.member.user, "Thông báo cũ", minutes_ago=60)
    _notice(world.member.user, "Thông báo mới", minutes_ago=1)
    _notice(world.secretary.user, "Của đồng chí Bí thư")
    response = member_client.get(reverse("notifications:list"))
    titles = [n.title for n in response.context["page"]]
    assert titles == ["Thông báo mới", "Thông báo cũ"]
    assert "Của đồng chí Bí thư" not in response.content.decode()
    assert response.context["unread"] == 2


def test_opening_a_notice_marks_it_read_and_goes_to_its_page(world, member_client):
    notice = _notice(world.member.user, "Giao việc", url="/tasks/mine/")
    response = member_client.post(reverse("notifications:read", args=[notice.pk]), {"open": "1"})
    assert response.status_code == 302
    assert response["Location"] == "/tasks/mine/"
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_marking_read_twice_keeps_the_first_time(world, member_client):
    notice = _notice(world.member.user, "Giao việc")
    member_client.post(reverse("notifications:read", args=[notice.pk]))
    first = Notification.objects.get().read_at
    member_client.post(reverse("notifications:read", args=[notice.pk]))
    assert Notification.objects.get().read_at == first


def test_an_outside_link_is_never_followed(world, member_client):
    notice = _notice(world.member.user, "Lạ", url="https://evil.example.com/")
    response = member_client.post(reverse("notifications:read", args=[notice.pk]), {"open": "1"})
    assert response["Location"] == reverse("notifications:list")


def test_another_users_notice_is_not_found_and_stays_unread(world, secretary_client):
    notice = _notice(world.member.user, "Riêng của đảng viên")
    response = secretary_client.post(reverse("notifications:read", args=[notice.pk]))
    assert response.status_code == 404
    assert Notification.objects.get().read_at is None


def test_mark_all_read_touches_only_my_notices(world, member_client):
    _notice(world.member.user, "Một")
    _notice(world.member.user, "Hai")
    _notice(world.secretary.user, "Của Bí thư")
    response = member_client.post(reverse("notifications:read_all"), follow=True)
    assert "Đã đánh dấu 2 thông báo là đã đọc." in response.content.decode()
    assert Notification.objects.for_user(world.member.user).unread().count() == 0
    assert Notification.objects.for_user(world.secretary.user).unread().count() == 1


def test_the_list_reads_by_get_only(world, member_client):
    assert member_client.post(reverse("notifications:list")).status_code == 405


@pytest.mark.parametrize("count", [3, 30])
def test_the_list_costs_the_same_queries_for_3_or_30_notices(world, member_client, count,
                                                            django_assert_num_queries):  # fmt: skip
    for i in range(count):
        _notice(world.member.user, f"Thông báo {i}", minutes_ago=i, body="Nội dung\nhttps://chibo.example.vn/x",
                read_at=timezone.now() if i % 2 else None)  # fmt: skip
    with django_assert_num_queries(LIST_QUERIES):
        response = member_client.get(reverse("notifications:list"))
    assert response.status_code == 200
    assert response.content.decode().count('class="card') == count
