"""Several photos of one plan in one upload (issue 17 item 3): a phone user photographs a
3-page plan and chooses the photos together; they are stored at once and read in the task
worker as one plan in the order sent, each kept as a page image. A PDF or Word file still
comes alone; mixed, too many or too large uploads are refused with the reason before anything
is stored."""

from __future__ import annotations

import shutil
from typing import Any

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from chibo.api.tests.conftest import ApiClient, api_client_for
from chibo.conftest import persona_client
from chibo.importer.models import PlanImport, PlanImportPage
from chibo.plans.models import Plan

from .test_scan_review import FONT, photo_of, png

pytestmark = pytest.mark.django_db

JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 200


def photo(mark: int) -> bytes:
    """A real PNG big enough to read (1000 + mark px wide); the fake OCR reads the mark back."""
    return png(1000 + mark, 1300)


@pytest.fixture
def secretary_api(world: Any) -> ApiClient:
    return api_client_for(world, "secretary")


def _send(client: Any, cell_pk: int, files: list[tuple[str, bytes]]) -> Any:
    return client.post(
        reverse("importer:upload", args=[cell_pk]),
        {"file": [SimpleUploadedFile(name, data) for name, data in files]},
    )


def _refused(response: Any) -> str:
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert errors in response.content.decode().replace("&quot;", '"') or errors
    assert PlanImport.objects.count() == 0 and PlanImportPage.objects.count() == 0
    assert Plan.objects.count() == 0
    return errors


def test_the_upload_box_takes_several_photos_at_once(world: Any) -> None:
    html = (
        persona_client(world, "secretary")
        .get(reverse("importer:upload", args=[world.cell.pk]))
        .content.decode()
    )
    start = html.index('type="file"')
    box = html[html.rindex("<input", 0, start) : html.index(">", start)]
    assert " multiple" in box and "image/jpeg" in box and ".pdf" in box
    assert "theo thứ tự trang" in html


def test_three_photos_are_one_plan_in_the_order_sent(
    world: Any, fake_ocr: Any, worker: Any
) -> None:
    client = persona_client(world, "secretary")
    response = _send(client, world.cell.pk,
                     [("IMG_3.jpg", photo(3)), ("IMG_1.jpg", photo(1)), ("IMG_2.jpg", photo(2))])  # fmt: skip
    assert response.status_code == 302
    batch = PlanImport.objects.get()
    assert response["Location"] == reverse("importer:review", args=[world.cell.pk, batch.pk])
    assert fake_ocr == [] and batch.is_reading  # stored, not read in the request
    worker()
    assert fake_ocr == [3, 1, 2]  # the order the user chose
    batch.refresh_from_db()
    assert batch.is_pending and batch.filename == "3 ảnh chụp: IMG_3.jpg, IMG_1.jpg, IMG_2.jpg"
    text = batch.source_text
    assert text.index("Ảnh số 3") < text.index("Ảnh số 1") < text.index("Ảnh số 2")
    pages = list(batch.pages.all())
    assert [(p.number, p.width) for p in pages] == [(1, 93), (2, 91), (3, 92)]
    assert not any(p.original for p in pages)  # the photos as sent are gone once read
    assert all(default_storage.exists(p.image.name) for p in pages)
    html = client.get(response["Location"]).content.decode()
    assert "Xem ảnh trang (3 trang)" in html and "Trang 3/3" in html
    assert Plan.objects.count() == 0


@pytest.mark.parametrize(
    "files",
    [
        [("trang1.jpg", photo(1)), ("ke-hoach.pdf", b"%PDF-1.4 ...")],
        [("ke-hoach.docx", b"PK\x03\x04..."), ("trang2.png", photo(2))],
        [("a.txt", "Kế hoạch".encode()), ("b.txt", "Kế hoạch".encode())],
    ],
)
def test_a_file_that_is_not_a_photo_among_several_is_refused(
    world: Any, fake_ocr: Any, files: list[tuple[str, bytes]]
) -> None:
    errors = _refused(_send(persona_client(world, "secretary"), world.cell.pk, files))
    assert "không phải ảnh chụp" in errors and "tải lên riêng, mỗi lần một tệp" in errors
    assert fake_ocr == []


def test_too_many_photos_are_refused_before_any_is_read(
    world: Any, fake_ocr: Any, settings: Any
) -> None:
    settings.CHIBO_MAX_IMPORT_PHOTOS = 2
    files = [(f"p{n}.jpg", photo(n)) for n in range(3)]
    errors = _refused(_send(persona_client(world, "secretary"), world.cell.pk, files))
    assert "Đã chọn 3 tệp; một lần chỉ nhận tối đa 2 ảnh" in errors
    assert fake_ocr == []


def test_photos_too_large_together_or_alone_are_refused(
    world: Any, fake_ocr: Any, settings: Any
) -> None:
    client = persona_client(world, "secretary")
    settings.CHIBO_MAX_IMPORT_BYTES = 300
    errors = _refused(_send(client, world.cell.pk, [("a.jpg", photo(1)), ("b.jpg", photo(2))]))
    assert "Các ảnh cộng lại" in errors and "quá giới hạn" in errors
    settings.CHIBO_MAX_IMPORT_BYTES = 10_000
    settings.CHIBO_MAX_UPLOAD_BYTES = 150
    errors = _refused(_send(client, world.cell.pk, [("a.jpg", photo(1)), ("b.jpg", photo(2))]))
    assert "Tệp quá lớn (“a.jpg”)" in errors
    assert fake_ocr == []


def test_an_unreadable_photo_among_several_says_so_and_stores_nothing(world: Any) -> None:
    files = [("a.jpg", JPEG), ("b.jpg", JPEG + b"\1")]  # JPEG heads, no image behind them
    errors = _refused(_send(persona_client(world, "secretary"), world.cell.pk, files))
    assert "“a.jpg”" in errors, errors


def test_a_photo_broken_behind_a_good_head_fails_in_the_worker_and_says_so(
    world: Any, worker: Any
) -> None:
    broken = png(1200, 1600)[:120]  # the head of a PNG, its pixels cut off
    client = persona_client(world, "secretary")
    response = _send(client, world.cell.pk, [("a.png", broken), ("b.png", broken + b"\1")])
    assert response.status_code == 302
    worker()
    batch = PlanImport.objects.get()
    assert batch.is_failed and "Ảnh bị hỏng" in batch.error, batch.error
    html = client.get(response["Location"]).content.decode()
    assert "Không đọc được ảnh: Ảnh bị hỏng" in html and "Đọc lại" in html
    assert Plan.objects.count() == 0 and batch.pages.exclude(original="").count() == 2


def test_the_api_takes_several_file_parts_as_the_pages_of_one_plan(
    world: Any, secretary_api: ApiClient, fake_ocr: Any, worker: Any
) -> None:
    files = [SimpleUploadedFile(f"trang{n}.jpg", photo(n)) for n in (1, 2)]
    response = secretary_api.upload(f"cells/{world.cell.pk}/imports", {"file": files})
    assert response.status_code == 202, response.content
    status = response.json()
    assert status["status"] == "reading" and status["pages_total"] == 2 and not status["done"]
    assert status["status_url"].endswith(f"/api/v1/imports/{status['id']}/status")
    worker()
    assert secretary_api.get(f"imports/{status['id']}/status").json()["done"] is True
    body = secretary_api.get(f"imports/{status['id']}").json()
    assert body["source"] == "scan" and [p["number"] for p in body["pages"]] == [1, 2]
    assert body["filename"] == "2 ảnh chụp: trang1.jpg, trang2.jpg"
    assert fake_ocr == [1, 2]

    mixed = [SimpleUploadedFile("trang1.jpg", photo(1)), SimpleUploadedFile("kh.pdf", b"%PDF-")]
    response = secretary_api.upload(f"cells/{world.cell.pk}/imports", {"file": mixed})
    assert response.status_code == 422
    error = response.json()["errors"][0]
    assert error["field"] == "file" and "không phải ảnh chụp" in error["message"]
    assert PlanImport.objects.count() == 1


def test_the_api_schema_says_file_may_be_sent_several_times() -> None:
    from chibo.api.api import api

    schema = api.get_openapi_schema()
    body = schema["paths"]["/api/v1/cells/{cell_id}/imports"]["post"]["requestBody"]
    field = body["content"]["multipart/form-data"]["schema"]["properties"]["file"]
    assert field["type"] == "array" and field["items"]["format"] == "binary"


@pytest.mark.corpus
@pytest.mark.skipif(shutil.which("tesseract") is None or not FONT.exists(), reason="OCR")
def test_two_real_photos_of_a_plan_read_as_one_plan(world: Any, worker: Any) -> None:
    first = "\n".join(["CHI BỘ THÔN ĐÔNG", "KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026",
                       "I. NỘI DUNG, THỜI GIAN",
                       "1. Chuyên đề 1 (Quý II): Nâng cao chất lượng sinh hoạt chi bộ.",
                       "Thời gian: tháng 6/2026."])  # fmt: skip
    second = "\n".join(["2. Chuyên đề 2 (Quý III): Học tập và làm theo tư tưởng Hồ Chí Minh.",
                        "Thời gian: tháng 9/2026."])  # fmt: skip
    client = persona_client(world, "secretary")
    response = _send(client, world.cell.pk,
                     [("IMG_1.jpg", photo_of(first)), ("IMG_2.jpg", photo_of(second))])  # fmt: skip
    assert response.status_code == 302, response.context and response.context["form"].errors
    worker()
    batch = PlanImport.objects.get()
    assert batch.source == "scan" and batch.pages.count() == 2
    text = batch.source_text
    assert text.index("chất lượng sinh hoạt") < text.index("làm theo tư tưởng"), text
    topics = batch.parsed["topics"]
    assert [t["month"] for t in topics] == [6, 9], text  # one topic from each photo, in order
    assert [t["quarter"] for t in topics] == [2, 3], text  # "(Quý II):" is not read "Quý I"
    # The grey edge of each photo is not read as lines of text.
    assert text.splitlines()[0] == "CHI BỘ THÔN ĐÔNG", text
    assert text.splitlines()[-1].startswith("Thời gian: tháng 9/2026"), text
    assert "chất lượng sinh hoạt" in topics[0]["title"] and "tư tưởng" in topics[1]["title"]
