import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from chibo.meetings.models import DraftVersion
from chibo.meetings.tests.helpers import docx_upload, make_meeting, pdf_upload

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


def test_a_real_pdf_and_a_real_docx_are_accepted(world):
    meeting = make_meeting(world)
    first = meeting.save_draft(by=world.secretary.user, text="", upload=pdf_upload())
    second = meeting.save_draft(by=world.secretary.user, text="", upload=docx_upload())
    assert (first.file_kind, second.file_kind) == ("pdf", "docx")
    assert (
        first.file.name.startswith(f"meetings/{meeting.pk}/") and first.file_name == "du-thao.pdf"
    )


def test_a_pdf_that_is_really_text_is_rejected(world):
    meeting = make_meeting(world)
    fake = SimpleUploadedFile(
        "bao-cao.pdf", b"Day la van ban thuong", content_type="application/pdf"
    )
    with pytest.raises(ValidationError, match="Nội dung tệp không phải"):
        meeting.save_draft(by=world.secretary.user, text="", upload=fake)
    assert not DraftVersion.objects.exists()


def test_a_zip_without_word_document_is_not_a_docx(world):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    fake = SimpleUploadedFile("x.docx", buffer.getvalue())
    with pytest.raises(ValidationError):
        make_meeting(world).save_draft(by=world.secretary.user, text="", upload=fake)


def test_an_oversized_file_is_rejected(world, settings):
    settings.CHIBO_MAX_UPLOAD_BYTES = 100
    big = SimpleUploadedFile("lon.pdf", b"%PDF-1.4\n" + b"0" * 200)
    with pytest.raises(ValidationError, match="Tệp quá lớn"):
        make_meeting(world).save_draft(by=world.secretary.user, text="", upload=big)
