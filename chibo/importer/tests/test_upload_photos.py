"""Several photos of one plan in one upload (issue 17 item 3): a phone user photographs a
3-page plan and chooses the photos together; they are read as one plan in the order sent, each
kept as a page image. A PDF or Word file still comes alone; mixed, too many or too large
uploads are refused with the reason before anything is read, and nothing is stored."""

from __future__ import annotations

import shutil
from typing import Any

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from chibo.api.tests.conftest import ApiClient, api_client_for
from chibo.conftest import persona_client
from chibo.importer import ocr
from chibo.importer.models import PlanImport, PlanImportPage
from chibo.importer.reader import ReadResult
from chibo.plans.models import Plan

from .test_scan_review import FONT, photo_of, png, scanned

pytestmark = pytest.mark.django_db

JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 200


def photo(mark: int) -> bytes:
    """A JPEG-looking upload; the fake OCR below reads the mark to check the order."""
    return JPEG + bytes([mark])


@pytest.fixture
def secretary_api(world: Any) -> ApiClient:
    return api_client_for(world, "secretary")


@pytest.fixture
def fake_ocr(monkeypatch: pytest.MonkeyPatch) -> list[list[bytes]]:
    """OCR replaced by the PLAN of the review tests, one page image per photo; records calls."""
    calls: list[list[bytes]] = []

    def read(photos: list[bytes]) -> ReadResult:
        calls.append(list(photos))
        result = scanned(["Huệ"], pages=len(photos))
        result.page_images = [png(90 + data[-1], 120) for data in photos]
        return result

    monkeypatch.setattr(ocr, "ocr_images", read)
    return calls


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


def test_three_photos_are_one_plan_in_the_order_sent(world: Any, fake_ocr: Any) -> None:
    client = persona_client(world, "secretary")
    response = _send(client, world.cell.pk,
                     [("IMG_3.jpg", photo(3)), ("IMG_1.jpg", photo(1)), ("IMG_2.jpg", photo(2))])  # fmt: skip
    assert response.status_code == 302
    batch = PlanImport.objects.get()
    assert response["Location"] == reverse("importer:review", args=[world.cell.pk, batch.pk])
    assert fake_ocr == [[photo(3), photo(1), photo(2)]]  # one read, the order the user chose
    assert batch.filename == "3 ảnh chụp: IMG_3.jpg, IMG_1.jpg, IMG_2.jpg"
    pages = list(batch.pages.all())
    assert [(p.number, p.width) for p in pages] == [(1, 93), (2, 91), (3, 92)]
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
    files = [("a.jpg", photo(1)), ("b.jpg", photo(2))]  # JPEG heads, no image behind them
    errors = _refused(_send(persona_client(world, "secretary"), world.cell.pk, files))
    assert "Ảnh bị hỏng" in errors


def test_the_api_takes_several_file_parts_as_the_pages_of_one_plan(
    world: Any, secretary_api: ApiClient, fake_ocr: Any
) -> None:
    files = [SimpleUploadedFile(f"trang{n}.jpg", photo(n)) for n in (1, 2)]
    response = secretary_api.upload(f"cells/{world.cell.pk}/imports", {"file": files})
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["source"] == "scan" and [p["number"] for p in body["pages"]] == [1, 2]
    assert body["filename"] == "2 ảnh chụp: trang1.jpg, trang2.jpg"
    assert fake_ocr == [[photo(1), photo(2)]]

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
def test_two_real_photos_of_a_plan_read_as_one_plan(world: Any) -> None:
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
