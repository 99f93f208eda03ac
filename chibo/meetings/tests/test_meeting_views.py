import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.meetings.models import Attendance, Meeting, ReadReceipt
from chibo.meetings.tests.helpers import concluded, distributed, held, make_meeting, reviewed

pytestmark = pytest.mark.django_db


def test_the_secretary_creates_a_regular_meeting_for_a_month(world, secretary_client):
    page = secretary_client.get(reverse("meetings:create", args=[world.cell.pk]) + "?month=2026-03")
    assert "Sinh hoạt chi bộ thường kỳ tháng 03/2026" in page.content.decode()
    response = secretary_client.post(reverse("meetings:create", args=[world.cell.pk]), {
        "kind": "regular", "title": "Sinh hoạt chi bộ thường kỳ tháng 03/2026",
        "starts_at": "2026-03-03T08:00", "place": "Phòng họp", "chair": world.secretary.pk})  # fmt: skip
    meeting = Meeting.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "meetings:detail", args=[meeting.pk]
    )
    assert meeting.status == Meeting.Status.PLANNED


def test_the_meeting_page_shows_the_next_step_and_who_does_it(world, secretary_client):
    meeting = reviewed(world)
    body = secretary_client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert 'aria-current="step"' in body
    assert "Bí thư đã duyệt dự thảo: gửi tài liệu cho đảng viên" in body
    assert reverse("meetings:distribute", args=[meeting.pk]) in body


def test_members_do_not_see_drafts_before_distribution(world, member_client):
    meeting = reviewed(world)
    assert member_client.get(reverse("meetings:version", args=[meeting.pk, 1])).status_code == 403
    assert member_client.get(reverse("meetings:dossier", args=[meeting.pk])).status_code == 403


def test_opening_the_distributed_draft_records_a_read_receipt_once(world, member_client):
    meeting = distributed(world)
    url = reverse("meetings:read", args=[meeting.pk])
    member_client.get(url)
    first = ReadReceipt.objects.get(meeting=meeting, member=world.member).first_opened_at
    member_client.get(url)
    assert ReadReceipt.objects.get().first_opened_at == first


def test_late_distribution_through_the_page_asks_for_a_reason(world, secretary_client):
    meeting = reviewed(world, days_ahead=1)  # cell wants 3 days
    url = reverse("meetings:distribute", args=[meeting.pk])
    response = secretary_client.post(url, {"reason": ""})
    assert response.status_code == 200 and "Gửi muộn cần ghi rõ lý do" in response.content.decode()
    response = secretary_client.post(url, {"reason": "Dự thảo phải sửa theo ý kiến Đảng ủy"})
    assert response.status_code == 302
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.DISTRIBUTED


def test_ticking_attendance_with_htmx_returns_the_counts_fragment(world, secretary_client):
    meeting = distributed(world)
    url = reverse("meetings:attendance", args=[meeting.pk, world.member.pk])
    response = secretary_client.post(url, {"status": "present"}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert response.status_code == 200 and body.lstrip().startswith('<div id="attendance">')
    assert "<html" not in body
    assert Attendance.objects.get(meeting=meeting, member=world.member).status == "present"


def test_a_member_cannot_edit_the_minutes_through_the_page(world, member_client):
    meeting = held(world, secretary=world.secretary)  # the member is not its thư ký
    url = reverse("meetings:minutes", args=[meeting.pk])
    assert member_client.post(url, {"text": "Sửa", "version": 1}).status_code == 403
    assert Meeting.objects.get(pk=meeting.pk).minutes == ""


def test_an_officer_writing_anything_is_forbidden_and_changes_nothing(world, officer_client):
    meeting = distributed(world)
    before = AuditEntry.objects.count()
    for name, data in [
        ("meetings:minutes", {"text": "x", "version": 1}),
        ("meetings:conclude", {"text": "x"}),
        ("meetings:attendance", {"status": "present"}),
        ("meetings:cancel", {"reason": "x"}),
    ]:
        args = [meeting.pk, world.member.pk] if name == "meetings:attendance" else [meeting.pk]
        assert officer_client.post(reverse(name, args=args), data).status_code == 403, name
    assert AuditEntry.objects.count() == before


def test_two_editors_saving_minutes_at_once_the_second_sees_a_clear_message(
    world, secretary_client
):
    meeting = held(world)
    url = reverse("meetings:minutes", args=[meeting.pk])
    assert secretary_client.post(url, {"text": "Bản thứ nhất", "version": 1}).status_code == 302
    response = secretary_client.post(url, {"text": "Bản thứ hai", "version": 1})
    assert response.status_code == 200
    assert "vừa được người khác lưu" in response.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).minutes == "Bản thứ nhất"


def test_concluding_without_roll_call_shows_the_refusal(world, secretary_client):
    meeting = distributed(world, days_ahead=-1)
    import datetime as dt

    meeting.hold(by=world.secretary.user, actual_start=meeting.starts_at,
                 actual_end=meeting.starts_at + dt.timedelta(minutes=95))  # fmt: skip
    response = secretary_client.post(
        reverse("meetings:conclude", args=[meeting.pk]), {"text": "Kết luận"}, follow=True
    )
    assert "Chưa điểm danh đủ" in response.content.decode()


def test_the_concluded_page_lists_what_the_dossier_lacks(world, secretary_client):
    meeting = concluded(world, kind=Meeting.Kind.THEMATIC)
    body = secretary_client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "Còn thiếu" in body and "Báo cáo gửi Đảng ủy" in body


def test_compare_shows_an_escaped_html_diff(world, secretary_client):
    meeting = make_meeting(world)
    meeting.save_draft(by=world.secretary.user, text="Đoạn một\nĐoạn hai")
    meeting.save_draft(by=world.secretary.user, text="Đoạn một\nĐoạn <b>hai</b> đã sửa")
    body = secretary_client.get(reverse("meetings:compare", args=[meeting.pk])).content.decode()
    assert 'class="diff"' in body and "&lt;b&gt;hai&lt;/b&gt;" in body and "<b>hai</b>" not in body


def test_the_meeting_list_filters_by_quarter(world, member_client):
    make_meeting(world, days_ahead=2)
    body = member_client.get(reverse("meetings:list", args=[world.cell.pk])).content.decode()
    assert "Sinh hoạt chi bộ tháng" in body


def test_a_thematic_meeting_is_created_from_a_plan_topic_with_its_preparers(
    world, secretary_client
):
    from chibo.plans.models import Plan, Topic

    plan = Plan.objects.create(
        cell=world.cell, year=2026, kind="thematic", title="Kế hoạch", status="issued"
    )
    topic = Topic.objects.create(
        plan=plan, order=2, quarter=2, month=6, title="Nâng cao chất lượng sinh hoạt"
    )
    topic.preparers.set([world.member])
    listing = secretary_client.get(
        reverse("meetings:list", args=[world.cell.pk]) + "?year=2026"
    ).content.decode()
    assert f"?topic={topic.pk}" in listing
    page = secretary_client.get(
        reverse("meetings:create", args=[world.cell.pk]) + f"?topic={topic.pk}"
    )
    # The suggested moment is shown the Vietnamese way: the day, then the time.
    assert 'value="15/06/2026"' in page.content.decode()
    assert 'value="08:00"' in page.content.decode()
    secretary_client.post(reverse("meetings:create", args=[world.cell.pk]), {
        "kind": "thematic", "topic": topic.pk, "title": topic.title, "starts_at": "2026-06-15T08:00",
        "chair": world.secretary.pk})  # fmt: skip
    meeting = Meeting.objects.get()
    assert meeting.topic == topic and list(meeting.preparers.all()) == [world.member]
    assert meeting.status == Meeting.Status.PREPARING
