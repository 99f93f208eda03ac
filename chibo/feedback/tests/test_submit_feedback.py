"""A parent sends feedback from the public form: a tracking code, a private link, and an
anonymous sender is not recorded at all."""

from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image

from chibo.audit.models import AuditEntry
from chibo.feedback.models import Feedback
from chibo.feedback.models.items import hash_code

from .helpers import CONTACT, NAME, jpeg_bytes

FORM = {"kind": "report", "category": "meals", "class_name": "Mầm 2",
        "text": "Bữa trưa thứ Hai cơm bị nguội.", "visibility": "school",
        "sender_name": NAME, "sender_contact": CONTACT}  # fmt: skip


def _post(client: Client, slug: str, **extra):
    return client.post(reverse("feedback:submit", args=[slug]), {**FORM, **extra})


def test_a_parent_gets_a_code_and_a_private_link(sw):
    response = _post(Client(), sw.school.slug)
    assert response.status_code == 302
    item = Feedback.objects.get()
    code = response["Location"].split("/")[-2]
    assert item.code_hash == hash_code(code) and code not in item.code_hash
    page = Client().get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert code in html and "Mã theo dõi" in html
    assert "no-store" in page["Cache-Control"]
    assert item.number == 1 and item.due_on > item.created_at.date()
    assert item.status == "new" and item.publication == "pending"


def test_an_anonymous_sender_is_not_recorded_even_when_a_phone_is_typed(sw):
    _post(Client(), sw.school.slug, visibility="anonymous")
    item = Feedback.objects.get()
    assert (item.sender_name, item.sender_contact) == ("", "")
    assert not item.has_identity
    entry = AuditEntry.objects.get(action="feedback.submit")
    assert CONTACT not in str(entry.after) and NAME not in str(entry.after)


def test_a_name_is_asked_for_unless_anonymous(sw):
    response = _post(Client(), sw.school.slug, sender_name="")
    assert response.status_code == 400
    assert "Xin ghi họ tên" in response.content.decode()
    assert not Feedback.objects.exists()


def test_the_honeypot_swallows_a_bot_without_storing(sw):
    response = _post(Client(), sw.school.slug, website="http://spam.example")
    assert response.status_code == 200
    assert "Cảm ơn" in response.content.decode()
    assert not Feedback.objects.exists()


def test_a_photo_is_re_encoded_without_its_metadata(sw):
    photo = SimpleUploadedFile(
        "anh.png", jpeg_bytes((2400, 1200), exif=True), content_type="image/png"
    )
    assert _post(Client(), sw.school.slug, photo=photo).status_code == 302
    item = Feedback.objects.get()
    data = item.photo.read()
    assert b"DienThoaiCuaPhuHuynh" not in data
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.format == "JPEG"
        assert max(stored.size) == 1600
        assert not stored.getexif()


def test_a_fake_image_is_refused_whatever_its_name(sw):
    fake = SimpleUploadedFile("anh.jpg", b"<?php echo 'x'; ?>" * 50, content_type="image/jpeg")
    response = _post(Client(), sw.school.slug, photo=fake)
    assert response.status_code == 400
    assert "không phải là ảnh" in response.content.decode()
    assert not Feedback.objects.exists()


def test_an_oversized_photo_is_refused(sw):
    big = SimpleUploadedFile(
        "anh.jpg", b"\xff\xd8" + b"0" * (5 * 1024 * 1024 + 10), content_type="image/jpeg"
    )
    response = _post(Client(), sw.school.slug, photo=big)
    assert response.status_code == 400
    assert "Ảnh quá lớn" in response.content.decode()
    assert not Feedback.objects.exists()


def test_a_closed_portal_takes_nothing(sw):
    sw.school.change_settings(by=sw.manager.user, portal_open=False)
    response = _post(Client(), sw.school.slug)
    assert response.status_code == 400
    assert not Feedback.objects.exists()


def test_the_form_is_protected_by_csrf(sw):
    client = Client(enforce_csrf_checks=True)
    assert _post(client, sw.school.slug).status_code == 403
    assert not Feedback.objects.exists()


def test_the_staff_are_told_without_the_senders_identity(sw):
    from chibo.notifications.models import Notification

    _post(Client(), sw.school.slug)
    notices = Notification.objects.filter(kind="feedback.new")
    assert {n.user for n in notices} == {sw.handler.user, sw.manager.user}
    for notice in notices:
        assert NAME not in notice.title + notice.body and CONTACT not in notice.title + notice.body
