"""A scan or photos are read outside the upload request (issue 17, items 3 and 5).

The upload stores the photos (or the PDF) and queues the reading in one transaction and answers
at once; the import's page says what is happening ("Đang đọc ảnh, trang 2/3…") and how long it
usually takes, polled by a static script (a refresh without it); the task worker reads page by
page; a failure says why and offers a retry; the same upload sent twice within minutes is read
once. Typed files are still read in the request (well under a second)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from typing import Any

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.tasks import TaskResultStatus
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from chibo.api.tests.conftest import api_client_for
from chibo.audit.models import AuditEntry
from chibo.conftest import persona_client
from chibo.importer import ocr
from chibo.importer.models import PlanImport
from chibo.importer.services import cleanup_imports, read_scan, usual_seconds
from chibo.plans.models import Plan

from .test_scan_review import FONT, PLAN, photo_of
from .test_upload_photos import _send, photo

pytestmark = pytest.mark.django_db

ONE_PAGE = "\n".join(["CHI BỘ THÔN ĐÔNG", "KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026",
                      "I. NỘI DUNG, THỜI GIAN",
                      "1. Chuyên đề 1 (Quý II): Nâng cao chất lượng sinh hoạt chi bộ.",
                      "Thời gian: tháng 6/2026."])  # fmt: skip


def _photos(client: Any, world: Any, count: int = 2) -> Any:
    return _send(client, world.cell.pk, [(f"IMG_{n}.jpg", photo(n)) for n in range(1, count + 1)])


def _status(client: Any, world: Any, batch: PlanImport) -> dict[str, Any]:
    response = client.get(reverse("importer:status", args=[world.cell.pk, batch.pk]))
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    return response.json()  # type: ignore[no-any-return]


def test_the_upload_stores_the_photos_and_queues_the_reading_without_reading(
    world: Any, fake_ocr: Any, database_tasks: Any
) -> None:
    client = persona_client(world, "secretary")
    response = _photos(client, world, 3)
    batch = PlanImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("importer:review", args=[world.cell.pk, batch.pk])
    assert fake_ocr == []  # nothing read in the request
    assert batch.status == PlanImport.Status.READING and batch.pages_total == 3
    pages = list(batch.pages.all())
    assert [p.number for p in pages] == [1, 2, 3] and not any(p.image for p in pages)
    assert all(default_storage.exists(p.original.name) for p in pages)
    task = DBTaskResult.objects.get()
    assert task.task_path == "chibo.importer.tasks.read_import"
    assert task.status == TaskResultStatus.READY and task.args_kwargs["args"] == [batch.pk, 1]
    entry = AuditEntry.objects.get(action="plan_import.upload")
    assert entry.after["pages"] == 3 and entry.after["reading"] == "background"


def test_the_waiting_page_says_what_happens_and_polls_without_inline_script(
    world: Any, fake_ocr: Any, database_tasks: Any
) -> None:
    client = persona_client(world, "secretary")
    response = client.get(_photos(client, world, 3)["Location"])
    html = response.content.decode()
    batch = PlanImport.objects.get()
    assert "<h1>Đang đọc ảnh</h1>" in html
    assert "Đang chờ máy đọc ảnh (3 trang)…" in html
    assert "Thường mất khoảng 30 giây cho 3 trang." in html  # 10 s a page before any was read
    status_url = reverse("importer:status", args=[world.cell.pk, batch.pk])
    assert f'data-status-url="{status_url}"' in html
    assert '<noscript><meta http-equiv="refresh" content="5"></noscript>' in html
    assert 'src="/static/importer/reading.js"' in html
    assert "<script>" not in html  # CSP: no inline script
    assert "Tải lại trang" in html and "Hủy lần nhập này" in html
    assert "Đọc lại" not in html  # not failed, not stuck
    # The upload page lists it, so a reading left behind is found again.
    upload = client.get(reverse("importer:upload", args=[world.cell.pk])).content.decode()
    assert "Lần nhập chưa xong" in upload and "Đang đọc ảnh (0/3 trang)" in upload


def test_the_status_counts_the_pages_read_and_says_when_done(
    world: Any, fake_ocr: Any, database_tasks: Any, worker: Any
) -> None:
    client = persona_client(world, "secretary")
    _photos(client, world, 3)
    batch = PlanImport.objects.get()
    state = _status(client, world, batch)
    assert state["status"] == "reading" and state["done"] is False
    assert state["message"] == "Đang chờ máy đọc ảnh (3 trang)…"
    batch.begin_reading(attempt=1)
    from chibo.importer.tests.test_scan_review import png

    batch.record_page(1, total=3, preview=png(90, 120), size=(90, 120), words=[], blocks=[],
                      uncertain=[], attempt=1)  # fmt: skip
    state = _status(client, world, batch)
    assert state["message"] == "Đang đọc ảnh, trang 2/3…" and state["pages_read"] == 1
    PlanImport.objects.filter(pk=batch.pk).update(read_started_at=None, attempt=1)
    worker()
    state = _status(client, world, batch)
    assert state["done"] is True and state["status"] == "pending"
    assert state["next"] == reverse("importer:review", args=[world.cell.pk, batch.pk])
    page = client.get(state["next"]).content.decode()
    assert "Xem lại kế hoạch đọc từ tệp" in page and "Xem ảnh trang (3 trang)" in page


def test_the_status_queries_do_not_grow_with_the_pages(
    world: Any, fake_ocr: Any, database_tasks: Any, django_assert_num_queries: Any
) -> None:
    client = persona_client(world, "secretary")
    _photos(client, world, 1)
    small = PlanImport.objects.get()
    _photos(client, world, 8)
    big = PlanImport.objects.exclude(pk=small.pk).get()
    url = reverse("importer:status", args=[world.cell.pk, small.pk])
    client.get(url)  # warm the session
    with django_assert_num_queries(4) as counted:
        client.get(url)
    with django_assert_num_queries(len(counted.captured_queries)):
        client.get(reverse("importer:status", args=[world.cell.pk, big.pk]))


def test_a_failed_reading_says_why_and_can_be_read_again(
    world: Any, monkeypatch: pytest.MonkeyPatch, fake_ocr: Any, worker: Any
) -> None:
    client = persona_client(world, "secretary")
    url = _photos(client, world, 2)["Location"]

    def fail(image: Any) -> Any:
        raise RuntimeError("tesseract died")

    monkeypatch.setattr(ocr, "read_page", fail)
    worker()
    batch = PlanImport.objects.get()
    assert batch.is_failed and batch.error.startswith("Máy gặp lỗi khi đọc ảnh.")
    html = client.get(url).content.decode()
    assert "<h1>Không đọc được ảnh</h1>" in html and "Chưa có gì được lưu." in html
    assert "Đọc lại" in html and "<noscript>" not in html
    assert batch.pages.exclude(original="").count() == 2  # kept for the retry
    # Saving is refused while there is nothing read.
    response = client.post(url, {"plan-title": "x"})
    assert response.status_code == 200 and Plan.objects.count() == 0

    # The failing reader is replaced, not undone: undo() would also undo the database_tasks
    # fixture's patch and let the worker close the test's connection (PostgreSQL).
    monkeypatch.setattr(ocr, "photo_image", lambda data: 1)
    monkeypatch.setattr(ocr, "read_page", _fake_page)
    response = client.post(reverse("importer:retry", args=[world.cell.pk, batch.pk]))
    assert response.status_code == 302 and response["Location"] == url
    batch.refresh_from_db()
    assert batch.is_reading and batch.attempt == 2 and batch.error == ""
    entry = AuditEntry.objects.get(action="plan_import.retry")
    assert entry.before["status"] == "failed" and entry.after["attempt"] == 2
    worker()
    batch.refresh_from_db()
    assert batch.is_pending and batch.pages_read == 2
    assert batch.pages.exclude(original="").count() == 0  # the originals go once read
    # Nothing left to retry: a second retry says so and changes nothing.
    client.post(reverse("importer:retry", args=[world.cell.pk, batch.pk]))
    assert AuditEntry.objects.filter(action="plan_import.retry").count() == 1


def _fake_page(image: Any) -> Any:
    from chibo.importer.reader import read_document

    from .test_scan_review import png

    read = read_document(PLAN.encode(), "anh.txt")
    read.source = "scan"
    read.page_images, read.page_words = [png(90, 120)], [[]]
    return read


def test_an_old_attempt_stops_when_the_import_was_retried_or_discarded(
    world: Any, fake_ocr: Any, database_tasks: Any
) -> None:
    client = persona_client(world, "secretary")
    _photos(client, world, 2)
    batch = PlanImport.objects.get()
    PlanImport.objects.filter(pk=batch.pk).update(attempt=2)
    assert read_scan(batch.pk, 1) == "skipped" and fake_ocr == []
    batch.discard(by=world.secretary.user)
    assert read_scan(batch.pk, 2) == "skipped"
    assert batch.pages.count() == 0


def test_the_same_photos_sent_twice_within_minutes_are_read_once(
    world: Any, fake_ocr: Any, database_tasks: Any, worker: Any
) -> None:
    client = persona_client(world, "secretary")
    first = _photos(client, world, 2)
    second = _photos(client, world, 2)  # a second tap on a weak connection
    assert first["Location"] == second["Location"]
    assert PlanImport.objects.count() == 1 and DBTaskResult.objects.count() == 1
    worker()
    assert fake_ocr == [1, 2]
    # Another cell sending the same photos makes its own import.
    other = persona_client(world, "other_cell")
    _send(other, world.other_secretary.cell_id, [("IMG_1.jpg", photo(1)), ("IMG_2.jpg", photo(2))])
    assert PlanImport.objects.count() == 2
    # Minutes later, or once discarded, the same photos are a new import.
    PlanImport.objects.update(created_at=timezone.now() - dt.timedelta(minutes=11))
    _photos(client, world, 2)
    assert PlanImport.objects.filter(cell=world.cell).count() == 2


def test_the_same_word_file_twice_is_one_import_and_is_still_read_at_once(world: Any) -> None:
    client = persona_client(world, "secretary")
    url = reverse("importer:upload", args=[world.cell.pk])
    first = client.post(url, {"file": SimpleUploadedFile("kh.txt", PLAN.encode())})
    batch = PlanImport.objects.get()
    assert batch.is_pending and batch.checksum
    assert batch.parsed["topics"] and batch.source == "txt"  # read in the request
    second = client.post(url, {"file": SimpleUploadedFile("kh.txt", PLAN.encode())}, follow=True)
    assert first["Location"] == second.redirect_chain[0][0]
    assert "Tệp này vừa được tải lên" in second.content.decode()
    assert PlanImport.objects.count() == 1


def test_a_reading_not_started_after_minutes_says_the_worker_may_be_down(
    world: Any, fake_ocr: Any, database_tasks: Any
) -> None:
    client = persona_client(world, "secretary")
    url = _photos(client, world, 1)["Location"]
    batch = PlanImport.objects.get()
    assert _status(client, world, batch)["worker_late"] is False
    PlanImport.objects.update(created_at=timezone.now() - dt.timedelta(minutes=3))
    assert _status(client, world, batch)["worker_late"] is True
    html = client.get(url).content.decode()
    assert "bộ xử lý nền chưa chạy" in html and "Đọc lại" not in html
    # Stuck for a quarter of an hour: it may be read again.
    PlanImport.objects.update(created_at=timezone.now() - dt.timedelta(minutes=16))
    assert "Đọc lại" in client.get(url).content.decode()


def test_the_usual_time_is_the_median_per_page(world: Any) -> None:
    assert usual_seconds(3) == 30  # before any scan was read here: 10 s a page
    for seconds, pages in ((12.0, 2), (40.0, 4), (90.0, 3)):
        PlanImport.objects.create(cell=world.cell, filename="a", source="scan", source_text="",
                                  read_seconds=seconds, pages_read=pages)  # fmt: skip
    assert usual_seconds(3) == 30  # 6, 10, 30 s a page: 10 s a page


def test_discarding_while_reading_deletes_the_originals(
    world: Any, fake_ocr: Any, database_tasks: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = persona_client(world, "secretary")
    _photos(client, world, 2)
    batch = PlanImport.objects.get()
    names = [p.original.name for p in batch.pages.all()]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("importer:discard", args=[world.cell.pk, batch.pk]))
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.status == PlanImport.Status.DISCARDED and batch.pages.count() == 0
    assert not any(default_storage.exists(name) for name in names)


def test_the_cleanup_discards_a_reading_left_for_days(
    world: Any, fake_ocr: Any, database_tasks: Any
) -> None:
    _photos(persona_client(world, "secretary"), world, 1)
    PlanImport.objects.update(created_at=timezone.now() - dt.timedelta(days=31))
    assert cleanup_imports()["expired"] == 1
    assert PlanImport.objects.get().status == PlanImport.Status.DISCARDED


@pytest.mark.parametrize("persona, code", [("member", 403), ("officer", 403), ("other_cell", 404)])
def test_the_status_retry_and_waiting_page_keep_the_import_rules(
    world: Any, fake_ocr: Any, database_tasks: Any, persona: str, code: int
) -> None:
    _photos(persona_client(world, "secretary"), world, 1)
    batch = PlanImport.objects.get()
    client = persona_client(world, persona)
    args = [world.cell.pk, batch.pk]
    assert client.get(reverse("importer:status", args=args)).status_code == code
    assert client.get(reverse("importer:review", args=args)).status_code == code
    assert client.post(reverse("importer:retry", args=args)).status_code == code
    api = api_client_for(world, persona)
    assert api.get(f"imports/{batch.pk}/status").status_code == code
    assert api.post(f"imports/{batch.pk}/retry", {}).status_code == code


def test_the_api_refuses_to_confirm_an_import_still_being_read(
    world: Any, fake_ocr: Any, database_tasks: Any
) -> None:
    _photos(persona_client(world, "secretary"), world, 1)
    batch = PlanImport.objects.get()
    api = api_client_for(world, "secretary")
    detail = api.get(f"imports/{batch.pk}").json()
    assert detail["status"] == "reading" and detail["topics"] == [] and detail["pages"] == []
    response = api.post(f"imports/{batch.pk}/confirm", {})
    assert response.status_code == 409 and "đang đọc ảnh" in response.json()["detail"]
    assert api.post(f"imports/{batch.pk}/retry", {}).status_code == 409  # not failed


@pytest.mark.corpus
@pytest.mark.skipif(
    shutil.which("tesseract") is None or shutil.which("pdftoppm") is None or not FONT.exists(),
    reason="OCR",
)
def test_a_scanned_pdf_is_read_end_to_end_by_the_worker(world: Any, worker: Any) -> None:
    from PIL import Image

    page = Image.open(io.BytesIO(photo_of(ONE_PAGE)))
    out = io.BytesIO()
    page.convert("RGB").save(out, "PDF", resolution=200)
    client = persona_client(world, "secretary")
    response = client.post(
        reverse("importer:upload", args=[world.cell.pk]),
        {"file": SimpleUploadedFile("ban-quet.pdf", out.getvalue())},
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    batch = PlanImport.objects.get()
    assert batch.is_reading and batch.original and batch.pages_total == 1
    original = batch.original.name
    worker()
    batch.refresh_from_db()
    assert batch.is_pending, batch.error
    assert "chất lượng sinh hoạt" in batch.source_text
    assert [t["month"] for t in batch.parsed["topics"]] == [6]
    assert batch.pages.count() == 1 and batch.pages.get().image
    assert not batch.original and original  # the PDF is not kept once read
    assert AuditEntry.objects.get(action="plan_import.read").after["pages"] == 1
