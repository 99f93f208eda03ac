from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.notifications.models import CalendarFeed


def test_making_an_address_shows_it_once_and_it_works(world, member_client, client):
    response = member_client.post(reverse("notifications:calendar_issue"), follow=True)
    url = response.context["feed_url"]
    assert url.startswith("http://testserver/calendar/") and url.endswith(".ics")
    assert url in response.content.decode()
    assert client.get(url.removeprefix("http://testserver")).status_code == 200
    again = member_client.get(reverse("notifications:calendar"))
    assert again.context["feed_url"] == ""
    assert url not in again.content.decode()
    assert "Tạo đường dẫn mới" in again.content.decode()


def test_revoking_stops_the_address_and_is_audited(world, member_client, client):
    member_client.post(reverse("notifications:calendar_issue"))
    token = member_client.session.get("notifications_new_calendar_token")
    member_client.post(reverse("notifications:calendar_revoke"))
    assert client.get(reverse("notifications:feed", args=[token])).status_code == 404
    assert CalendarFeed.objects.active().count() == 0
    assert list(AuditEntry.objects.filter(object_type="notifications.calendarfeed")
                .order_by("id").values_list("action", flat=True)) == ["calendar.issue", "calendar.revoke"]  # fmt: skip


def test_an_officer_without_a_cell_is_told_why_there_is_no_calendar(world, officer_client):
    page = officer_client.get(reverse("notifications:calendar")).content.decode()
    assert "chỉ dành cho đảng viên" in page
    assert officer_client.post(reverse("notifications:calendar_issue")).status_code == 403
