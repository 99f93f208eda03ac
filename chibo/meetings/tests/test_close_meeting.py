"""Signing, issuing, reporting upward and closing: the whole dossier (seed 001 §IV)."""

import io
import zipfile

import pytest
from django.urls import reverse

from chibo.documents.models import IssuedDocument
from chibo.meetings import services
from chibo.meetings.errors import MeetingError
from chibo.meetings.models import Meeting
from chibo.meetings.tests.helpers import concluded, make_task, vote_on_resolution
from chibo.plans.models import Plan, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_pdf(settings):
    settings.DOCUMENTS_PDF = False


def _thematic(world) -> Meeting:
    plan = Plan.objects.create(
        cell=world.cell, year=2026, kind="thematic", title="Kế hoạch chuyên đề 2026"
    )
    topic = Topic.objects.create(plan=plan, order=1, quarter=1, title="Chuyên đề 1")
    meeting = concluded(world, kind=Meeting.Kind.THEMATIC, topic=topic)
    make_task(world, meeting)
    meeting.edit_minutes(
        by=world.secretary.user, text="Diễn biến buổi sinh hoạt.", expected_version=1
    )
    return meeting


def test_a_complete_dossier_closes_and_numbers_come_from_the_register(world):
    meeting = _thematic(world)
    vote_on_resolution(world, meeting)
    minutes = services.issue_minutes(meeting, by=world.secretary.user)
    resolution = services.issue_resolution(meeting, by=world.secretary.user, type_code="NQ")
    services.submit_report(meeting, by=world.secretary.user, text="Triển khai tốt.")
    assert (minutes.number_text, resolution.number_text) == ("Số 01-BB/CB", "Số 01-NQ/CB")
    assert IssuedDocument.objects.get(type_code="BC").number_text == "Số 01-BC/CB"
    meeting.refresh_from_db()
    assert meeting.dossier_missing() == []
    meeting.close(by=world.secretary.user)
    assert meeting.status == Meeting.Status.CLOSED


def test_closing_without_the_report_is_refused_and_lists_only_the_report(world):
    meeting = _thematic(world)
    services.issue_minutes(meeting, by=world.secretary.user)
    services.issue_resolution(meeting, by=world.secretary.user)
    with pytest.raises(MeetingError) as error:
        meeting.close(by=world.secretary.user)
    assert str(error.value) == "Hồ sơ chưa đủ, còn thiếu: Báo cáo gửi Đảng ủy."
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.CONCLUDED


def test_a_second_resolution_is_refused(world):
    meeting = _thematic(world)
    services.issue_resolution(meeting, by=world.secretary.user)
    with pytest.raises(MeetingError, match="đã có nghị quyết hoặc thông báo kết luận"):
        services.issue_resolution(meeting, by=world.secretary.user)
    assert IssuedDocument.objects.count() == 1


def test_the_officer_acknowledges_the_report_and_members_cannot(
    world, officer_client, member_client
):
    meeting = _thematic(world)
    services.submit_report(meeting, by=world.secretary.user)
    url = reverse("meetings:acknowledge", args=[meeting.pk])
    assert member_client.post(url, {"comment": "x"}).status_code == 403
    officer_client.post(url, {"comment": "Chi bộ chuẩn bị tốt."})
    meeting.report.refresh_from_db()
    assert meeting.report.acknowledged_by == world.officer
    assert meeting.report.committee_comment == "Chi bộ chuẩn bị tốt."


def test_the_closed_dossier_zip_contains_the_issued_documents(world, member_client):
    meeting = _thematic(world)
    services.issue_minutes(meeting, by=world.secretary.user)
    services.issue_resolution(meeting, by=world.secretary.user)
    services.submit_report(meeting, by=world.secretary.user)
    meeting.close(by=world.secretary.user)
    page = member_client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert (
        "Số 01-BB/CB" in page
        and reverse("documents:download", args=[IssuedDocument.objects.first().pk, "docx"]) in page
    )
    archive = zipfile.ZipFile(
        io.BytesIO(member_client.get(reverse("meetings:dossier", args=[meeting.pk])).content)
    )
    folders = {name.split("/")[0] for name in archive.namelist()}
    assert {"04-bien-ban", "05-ket-luan-nghi-quyet", "06-bao-cao"} <= folders
    assert "Còn thiếu" not in archive.read("index.txt").decode()
