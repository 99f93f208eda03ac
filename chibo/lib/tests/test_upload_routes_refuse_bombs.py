"""Every reader of uploaded .docx/.xlsx and images refuses a zip bomb before reading it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from chibo.importer.models import PlanImport
from chibo.importer.reader import ImportReadError, read_document
from chibo.lib.tests.bombs import MB, docx_media_bomb, png_header, xlsx_bomb
from chibo.meetings.models import Material
from chibo.meetings.tests.helpers import make_meeting
from chibo.members.models import MemberImport

pytestmark = pytest.mark.django_db


def test_the_plan_reader_refuses_the_probes_media_bomb():
    with pytest.raises(ImportReadError, match="bom nén"):
        read_document(docx_media_bomb(32 * MB), "bomb_media.docx")


def test_the_plan_import_page_refuses_it_and_stores_nothing(world, secretary_client):
    upload = SimpleUploadedFile("bomb_media.docx", docx_media_bomb(32 * MB))
    response = secretary_client.post(
        reverse("importer:upload", args=[world.cell.pk]), {"file": upload}
    )
    assert response.status_code == 200 and "bom nén" in response.content.decode()
    assert not PlanImport.objects.exists()


def test_the_member_import_refuses_an_xlsx_bomb(world, secretary_client):
    upload = SimpleUploadedFile("dang-vien.xlsx", xlsx_bomb(32 * MB))
    response = secretary_client.post(
        reverse("members:import", args=[world.cell.pk]), {"file": upload}
    )
    assert "bom nén" in response.content.decode()
    assert not MemberImport.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bomb.docx", lambda: docx_media_bomb(32 * MB), "bom nén"),
        ("bomb.xlsx", lambda: xlsx_bomb(32 * MB), "bom nén"),
        ("huge.png", lambda: png_header(70000, 70000), "Ảnh quá lớn"),
    ],
)
def test_meeting_materials_refuse_bombs(world, secretary_client, name, data, message):
    meeting = make_meeting(world)
    response = secretary_client.post(
        reverse("meetings:material_add", args=[meeting.pk]),
        {"title": "Tài liệu", "file": SimpleUploadedFile(name, data())},
        follow=True,
    )
    assert message in response.content.decode()
    assert not Material.objects.exists()


def test_a_draft_version_refuses_a_docx_bomb(world, secretary_client):
    meeting = make_meeting(world)
    response = secretary_client.post(
        reverse("meetings:draft", args=[meeting.pk]),
        {"text": "", "file": SimpleUploadedFile("du-thao.docx", docx_media_bomb(32 * MB))},
    )
    assert "bom nén" in response.content.decode()
    assert not meeting.versions.exists()


def test_a_feedback_photo_bomb_is_refused_from_its_header():
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile as Upload

    from chibo.feedback.photos import clean_photo

    with pytest.raises(ValidationError, match="Ảnh quá lớn"):
        clean_photo(Upload("anh.png", png_header(70000, 70000)))
