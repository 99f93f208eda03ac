from django.test import RequestFactory
from django.urls import reverse

from chibo.notifications.context_processors import notifications
from chibo.notifications.models import Notification


def _request(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def test_the_unread_count_is_one_query_cached_per_request(world, django_assert_num_queries):
    Notification.objects.create(user=world.member.user, kind="task.assigned", title="Một")
    Notification.objects.create(user=world.member.user, kind="task.assigned", title="Hai")
    Notification.objects.create(user=world.secretary.user, kind="task.assigned", title="Khác")
    context = notifications(_request(world.member.user))
    with django_assert_num_queries(1):
        assert context["unread_notifications"]() == 2
        assert context["unread_notifications"]() == 2


def test_the_count_costs_nothing_until_a_template_asks(world, django_assert_num_queries):
    with django_assert_num_queries(0):
        notifications(_request(world.member.user))


def test_anonymous_visitors_get_no_count():
    from django.contrib.auth.models import AnonymousUser

    assert notifications(_request(AnonymousUser())) == {}


def test_the_header_links_to_the_notices(world, member_client):
    page = member_client.get(reverse("notifications:calendar")).content.decode()
    assert f'href="{reverse("notifications:list")}" aria-current="page">Thông báo' in page
