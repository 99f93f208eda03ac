import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from chibo.meetings.models import Material
from chibo.meetings.tests.helpers import make_meeting, make_task, pdf_upload

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _files(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }


def _walk_to_distribution(world, meeting):
    meeting.assign_preparers([world.secretary], by=world.secretary.user)
    meeting.submit_draft(by=world.secretary.user)
    meeting.approve_draft(by=world.secretary.user)
    meeting.distribute(by=world.secretary.user)


def test_a_draft_file_reaches_members_only_after_distribution(world, member_client, other_client):
    meeting = make_meeting(world)
    meeting.save_draft(by=world.secretary.user, text="", upload=pdf_upload())
    url = reverse("meetings:version_file", args=[meeting.pk, 1])
    assert member_client.get(url).status_code == 403
    _walk_to_distribution(world, meeting)
    response = member_client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    assert (
        response["Content-Type"] == "application/pdf"
        and "attachment" in response["Content-Disposition"]
    )
    assert other_client.get(url).status_code == 404


def test_the_draft_editor_rejects_a_fake_pdf(world, secretary_client):
    meeting = make_meeting(world)
    fake = SimpleUploadedFile("du-thao.pdf", b"khong phai pdf")
    response = secretary_client.post(
        reverse("meetings:draft", args=[meeting.pk]), {"text": "", "file": fake}
    )
    assert response.status_code == 200 and "Nội dung tệp không phải" in response.content.decode()
    assert not meeting.versions.exists()


def test_materials_are_checked_by_content(world, secretary_client):
    meeting = make_meeting(world)
    url = reverse("meetings:material_add", args=[meeting.pk])
    secretary_client.post(
        url, {"title": "Ảnh giả", "file": SimpleUploadedFile("a.png", b"not a png")}
    )
    assert not Material.objects.exists()
    secretary_client.post(url, {"title": "Số liệu", "file": pdf_upload("so-lieu.pdf")})
    assert Material.objects.get().file_kind == "pdf"


def test_task_evidence_is_served_to_readers_of_the_cell(
    world, member_client, officer_client, other_client
):
    task = make_task(world)
    note = task.report_progress(
        by=world.member.user, note="Minh chứng", evidence=pdf_upload("minh-chung.pdf")
    )
    url = reverse("meetings:evidence", args=[task.pk, note.pk])
    assert member_client.get(url).status_code == 200
    assert officer_client.get(url).status_code == 200
    assert other_client.get(url).status_code == 404
