"""Forms on the meeting day update in place: swap.js sends them with X-Chibo-Swap and gets the
changed part back (200 done, 422 refused, errors next to the field); without the script the same
views redirect. The roll call has "mọi người khác có mặt" and the excused reason on its row."""

from __future__ import annotations

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.conftest import make_member
from chibo.meetings.models import Attendance, Contribution, Meeting
from chibo.meetings.tests.helpers import concluded, distributed, held

pytestmark = pytest.mark.django_db
SWAP = {"HTTP_X_CHIBO_SWAP": "attendance"}


def test_everyone_else_present_keeps_the_marks_already_given(world, secretary_client):
    third = make_member(world.cell, "Lê Văn Ba")
    meeting = distributed(world)
    meeting.record_attendance(world.member, Attendance.Status.EXCUSED, by=world.secretary.user,
                              reason="Đi công tác")  # fmt: skip
    url = reverse("meetings:others_present", args=[meeting.pk])
    response = secretary_client.post(url, **SWAP)
    body = response.content.decode()
    assert response.status_code == 200 and body.lstrip().startswith('<div id="attendance">')
    assert "Đã điểm danh có mặt cho các đồng chí còn lại." in body
    marks = dict(meeting.attendances.values_list("member__full_name", "status"))
    assert marks == {"Phạm Thị Thu Hà": "excused", world.secretary.full_name: "present",
                     third.full_name: "present"}  # fmt: skip
    assert AuditEntry.objects.filter(action="meeting.attendance_others_present").count() == 1
    assert "Mọi người khác có mặt" not in body  # nobody left to mark
    assert meeting.attendances.get(member=world.member).reason == "Đi công tác"


def test_everyone_else_present_without_the_script_redirects(world, secretary_client):
    meeting = distributed(world)
    response = secretary_client.post(reverse("meetings:others_present", args=[meeting.pk]))
    assert response.status_code == 302 and response["Location"] == reverse(
        "meetings:room", args=[meeting.pk]
    )
    assert meeting.attendances.count() == world.cell.members.count()


def test_the_committee_officer_cannot_mark_everyone_present(world, officer_client):
    meeting = distributed(world)
    response = officer_client.post(reverse("meetings:others_present", args=[meeting.pk]), **SWAP)
    assert response.status_code == 403 and not meeting.attendances.exists()


def test_the_excused_reason_is_written_on_the_row_and_kept_only_for_absence(
    world, secretary_client
):
    meeting = distributed(world)
    url = reverse("meetings:attendance", args=[meeting.pk, world.member.pk])
    body = secretary_client.post(url, {"status": "excused"}, **SWAP).content.decode()
    assert f'id="reason-{world.member.pk}"' in body  # the reason box appears on that row
    secretary_client.post(url, {"status": "excused", "reason": "Đi công tác"}, **SWAP)
    assert meeting.attendances.get(member=world.member).reason == "Đi công tác"
    secretary_client.post(url, {"status": "present", "reason": "Đi công tác"}, **SWAP)
    row = meeting.attendances.get(member=world.member)
    assert row.status == "present" and row.reason == ""


def test_a_refused_contribution_comes_back_422_with_the_error_next_to_the_field(
    world, secretary_client
):
    meeting = distributed(world)
    url = reverse("meetings:contribution", args=[meeting.pk])
    response = secretary_client.post(url, {"speaker": world.member.pk, "summary": ""},
                                     HTTP_X_CHIBO_SWAP="contributions")  # fmt: skip
    body = response.content.decode()
    assert response.status_code == 422 and body.lstrip().startswith('<section id="contributions">')
    assert 'aria-invalid="true"' in body and "Trường này là bắt buộc" in body
    assert "<html" not in body and not Contribution.objects.exists()
    response = secretary_client.post(url, {"speaker": world.member.pk, "summary": "Đồng ý."},
                                     HTTP_X_CHIBO_SWAP="contributions")  # fmt: skip
    body = response.content.decode()
    assert response.status_code == 200 and "Đã ghi ý kiến phát biểu." in body and "Đồng ý." in body


def test_holding_in_place_answers_the_status_and_the_conclusion_parts(world, secretary_client):
    meeting = distributed(world, days_ahead=-1)
    start = meeting.starts_at
    response = secretary_client.post(reverse("meetings:hold", args=[meeting.pk]), {
        "actual_start": f"{start:%Y-%m-%dT%H:%M}", "actual_end": f"{start.replace(hour=start.hour + 2):%Y-%m-%dT%H:%M}",
    }, HTTP_X_CHIBO_SWAP="hold")  # fmt: skip
    body = response.content.decode()
    assert response.status_code == 200, body
    assert (
        '<div id="status"' in body
        and '<section id="hold">' in body
        and '<section id="conclusion">' in body
    )
    assert "Đã ghi nhận buổi sinh hoạt." in body and "Nội dung kết luận" in body
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.HELD


def test_a_refused_conclusion_keeps_the_text_in_the_part(world, secretary_client):
    meeting = held(world)
    meeting.attendances.filter(member=world.member).delete()  # roll call unfinished
    response = secretary_client.post(reverse("meetings:conclude", args=[meeting.pk]),
                                     {"text": "Chi bộ thống nhất."}, HTTP_X_CHIBO_SWAP="conclusion")  # fmt: skip
    body = response.content.decode()
    assert response.status_code == 422 and "Chi bộ thống nhất." in body and 'role="alert"' in body


def test_saving_the_minutes_in_place_refreshes_the_version(world, secretary_client):
    meeting = concluded(world)
    url = reverse("meetings:minutes", args=[meeting.pk])
    version = Meeting.objects.get(pk=meeting.pk).minutes_version
    response = secretary_client.post(url, {"text": "Lần một", "version": version},
                                     HTTP_X_CHIBO_SWAP="minutes-form")  # fmt: skip
    body = response.content.decode()
    assert response.status_code == 200 and body.lstrip().startswith(
        '<form method="post" class="card" id="minutes-form"'
    )
    assert f'name="version" value="{version + 1}"' in body and "Đã lưu biên bản." in body
    # The refreshed token lets the next save through; the old one is refused, next to the form.
    assert secretary_client.post(url, {"text": "Lần hai", "version": version + 1},
                                 HTTP_X_CHIBO_SWAP="minutes-form").status_code == 200  # fmt: skip
    stale = secretary_client.post(
        url, {"text": "Cũ", "version": version}, HTTP_X_CHIBO_SWAP="minutes-form"
    )
    assert stale.status_code == 422 and "người khác lưu" in stale.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).minutes == "Lần hai"


def _written(world):
    meeting = concluded(world)
    meeting.edit_minutes(
        by=world.secretary.user, text="Biên bản.", expected_version=meeting.minutes_version
    )
    return meeting


def test_closing_steps_answer_the_closing_card_and_the_top_of_the_page(world, secretary_client):
    meeting = _written(world)
    url = reverse("meetings:sign_minutes", args=[meeting.pk])
    response = secretary_client.post(url, HTTP_X_CHIBO_SWAP="closing")
    body = response.content.decode()
    assert response.status_code == 200, body
    for part in (
        '<section id="closing"',
        '<div id="summary"',
        '<section id="documents"',
        '<section id="report"',
    ):
        assert part in body
    assert "Biên bản đã ký và vào sổ văn bản." in body and "-BB/" in body
    again = secretary_client.post(
        url, HTTP_X_CHIBO_SWAP="closing"
    )  # signed already: refused, in place
    assert again.status_code == 422 and 'role="alert"' in again.content.decode()
    assert secretary_client.post(url)["Location"] == reverse("meetings:detail", args=[meeting.pk])


def test_the_meeting_page_opens_with_date_status_and_next_step(world, secretary_client):
    meeting = distributed(world)
    body = secretary_client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    top = body[body.index('<div id="summary"') : body.index("Thông tin buổi sinh hoạt")]
    assert meeting.starts_at.astimezone().strftime("%d/%m/%Y") in top
    assert meeting.get_status_display() in top and "Việc tiếp theo" in top
    assert 'class="clamp"' in top


def test_the_dossier_page_lists_documents_pdf_first_with_the_zip_beside(
    world, secretary_client, member_client
):
    meeting = _written(world)
    secretary_client.post(reverse("meetings:sign_minutes", args=[meeting.pk]))
    assert Meeting.objects.get(pk=meeting.pk).minutes_signed_at
    body = member_client.get(reverse("meetings:dossier_page", args=[meeting.pk])).content.decode()
    assert "Tải bản Word" in body and "Biên bản" in body
    assert reverse("meetings:dossier", args=[meeting.pk]) in body  # the ZIP stays for archiving
    assert "Điểm danh (" in body
