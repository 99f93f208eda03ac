"""A scan or a phone photo on the review screen (issue 17 items 3 and 5): its page images are
kept through the storage API and shown beside the fields, the words OCR was unsure of are
highlighted, every field holding one is marked, and still nothing is saved before "Lưu"."""

from __future__ import annotations

import io
import shutil
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.conftest import make_member, persona_client
from chibo.importer.models import PlanImport, PlanImportPage
from chibo.importer.reader import ReadResult, read_document
from chibo.importer.review import DOUBT, doubt_words, highlight, ocr_doubts
from chibo.importer.services import start_import
from chibo.plans.models import Plan

from .review_helpers import shown_data, upload

pytestmark = pytest.mark.django_db

PLAN = """ĐẢNG BỘ XÃ YÊN HOÀ
CHI BỘ THÔN ĐÔNG
Yên Hoà, ngày 10 tháng 01 năm 2026
KẾ HOẠCH
Sinh hoạt chuyên đề năm 2026
I. NỘI DUNG, THỜI GIAN
TT\tChuyên đề\tThời gian\tNgười thực hiện
1\tHọc tập và làm theo tư tưởng Hồ Chí Minh\tQuý I (tháng 3)\tĐồng chí Dương Thị Huệ
2\tNâng cao chất lượng sinh hoạt chi bộ\tQuý II (tháng 6)\tĐồng chí Nguyễn Văn Bình

T/M CHI BỘ
BÍ THƯ
Dương Thị Huệ
"""


def png(width: int, height: int) -> bytes:
    """A valid grey PNG of the given size (what the OCR step keeps for each page)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xf0" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def scanned(uncertain: list[str], pages: int = 2) -> ReadResult:
    """What OCR gives for a photo of PLAN: its text, the doubted words and the page images."""
    read = read_document(PLAN.encode(), "anh-chup.jpg.txt")
    read.source = "scan"
    read.uncertain = uncertain
    read.page_images = [png(90, 120) for _ in range(pages)]
    return read


def _review(client: Any, world: Any, batch: PlanImport) -> Any:
    return client.get(reverse("importer:review", args=[world.cell.pk, batch.pk]))


def test_a_scan_keeps_its_pages_in_storage_and_the_review_shows_them(world: Any) -> None:
    batch = start_import(cell=world.cell, by=world.secretary.user, filename="anh-chup.jpg",
                         read=scanned(["Hoá"], pages=2))  # fmt: skip
    pages = list(batch.pages.all())
    assert [p.number for p in pages] == [1, 2]
    assert all(default_storage.exists(p.image.name) for p in pages)
    assert pages[0].image.name.startswith(f"imports/{world.cell.pk}/")
    assert (pages[0].width, pages[0].height) == (90, 120)
    assert batch.uncertain == ["Hoá"]

    client = persona_client(world, "secretary")
    html = _review(client, world, batch).content.decode()
    for number in (1, 2):
        url = reverse("importer:page", args=[world.cell.pk, batch.pk, number])
        assert f'src="{url}"' in html
        image = client.get(url)
        assert image.status_code == 200 and image["Content-Type"] == "image/png"
        assert b"".join(image.streaming_content).startswith(b"\x89PNG")
    assert "Xem ảnh trang (2 trang)" in html
    assert 'id="pages"' in html and "Đây là bản quét hoặc ảnh chụp" in html
    assert Plan.objects.count() == 0  # nothing saved before the reviewer confirms


def test_a_page_of_another_import_or_number_is_404(world: Any) -> None:
    batch = start_import(cell=world.cell, by=world.secretary.user, filename="a.jpg",
                         read=scanned([], pages=1))  # fmt: skip
    client = persona_client(world, "secretary")
    assert (
        client.get(reverse("importer:page", args=[world.cell.pk, batch.pk, 2])).status_code == 404
    )
    other = persona_client(world, "other_cell")
    url = reverse("importer:page", args=[world.cell.pk, batch.pk, 1])
    assert other.get(url).status_code == 404
    url = reverse("importer:page", args=[world.other_cell.pk, batch.pk, 1])
    assert other.get(url).status_code == 404  # the import is not of their cell either


def test_every_field_holding_a_doubted_word_is_marked(world: Any) -> None:
    make_member(world.cell, "Nguyễn Văn Bình")
    batch = start_import(cell=world.cell, by=world.secretary.user, filename="anh-chup.jpg",
                         read=scanned(["Nâng", "Huệ", "Quý", "ĐÔNG"]))  # fmt: skip
    response = _review(persona_client(world, "secretary"), world, batch)
    html = response.content.decode()
    doubts = response.context["doubts"]

    first, second = doubts["topics"]
    assert "preparers" in first and "Huệ" in first["preparers"]
    assert "quarter" in first and "month" in first  # "Quý" doubted on the topic's row
    assert "title" in second and "Nâng" in second["title"]
    assert "title" not in first
    assert doubts["cell"] and "Đông" in doubts["cell"]  # the cell name as the parser wrote it
    assert html.count(DOUBT) >= 5
    assert '<mark class="doubt">Nâng</mark>' in html
    assert '<mark class="doubt">Huệ</mark>' in html
    # The topic title field of the second topic sits in a marked box with a link to the pages.
    start = html.index('id="topic-2"')
    box = html[start : html.index("</fieldset>", start)]
    assert "field uncertain doubt" in box and 'href="#pages"' in box


def test_a_typed_file_has_no_doubt_marks_and_no_pages(world: Any) -> None:
    read = read_document(PLAN.encode(), "ke-hoach.txt")
    batch = start_import(
        cell=world.cell, by=world.secretary.user, filename="ke-hoach.txt", read=read
    )
    html = _review(persona_client(world, "secretary"), world, batch).content.decode()
    assert DOUBT not in html and 'id="pages"' not in html and "<mark" not in html
    assert batch.pages.count() == 0


def test_highlight_escapes_the_text_and_marks_only_doubted_words() -> None:
    text = "<b>Quý I</b> & tháng 3: Dương Thị Huệ"
    html = highlight(text, ["Huệ", "x"])
    assert (
        html == '&lt;b&gt;Quý I&lt;/b&gt; &amp; tháng 3: Dương Thị <mark class="doubt">Huệ</mark>'
    )
    assert highlight(text, []) == "&lt;b&gt;Quý I&lt;/b&gt; &amp; tháng 3: Dương Thị Huệ"
    assert doubt_words(["“Huệ-Bí”", "x", "12"]) == {"huệ", "bí"}


def test_ocr_doubts_mark_a_plan_field_and_count_each_field_once() -> None:
    parsed = {"title": "Sinh hoạt chuyên đề năm 2026", "signer_name": "Dương Thị Huệ",
              "date": "2026-01-10", "topics": [{"title": "Học tập Bác", "quarter": 1, "month": 3}]}  # fmt: skip
    text = "Yên Hoà, ngày 10 tháng 01 năm 2026\nHọc tập Bác\tQuý I\ttháng 3"
    doubts = ocr_doubts(parsed, ["Huệ", "tháng"], text, scan=True)
    assert set(doubts["plan"]) == {"signer_name", "plan_date"}
    assert set(doubts["topics"][0]) == {"quarter", "month"}
    assert doubts["count"] == 3  # signer, date, the topic's time (quarter and month together)


def test_discarding_a_scan_deletes_its_page_images(
    world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    batch = start_import(cell=world.cell, by=world.secretary.user, filename="a.jpg",
                         read=scanned([], pages=2))  # fmt: skip
    names = [p.image.name for p in batch.pages.all()]
    with django_capture_on_commit_callbacks(execute=True):
        response = persona_client(world, "secretary").post(
            reverse("importer:discard", args=[world.cell.pk, batch.pk])
        )
    assert response.status_code == 302
    assert PlanImportPage.objects.count() == 0
    assert not any(default_storage.exists(name) for name in names)
    assert AuditEntry.objects.filter(action="plan_import.discard").count() == 1


def test_confirming_a_scan_saves_the_corrected_plan(world: Any) -> None:
    batch = start_import(cell=world.cell, by=world.secretary.user, filename="anh-chup.jpg",
                         read=scanned(["Nâng"]))  # fmt: skip
    client = persona_client(world, "secretary")
    data = {**shown_data(_review(client, world, batch)),
            "t-1-title": "Nâng cao chất lượng sinh hoạt chi bộ (đã sửa)"}  # fmt: skip
    response = client.post(reverse("importer:review", args=[world.cell.pk, batch.pk]), data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    plan = Plan.objects.get()
    assert [t.title for t in plan.topics.order_by("order")][1].endswith("(đã sửa)")


# -- uploads: photos accepted like PDFs, with the image-bomb limits ------------------------


def test_an_image_bomb_is_refused_before_anything_decodes_it(world: Any) -> None:
    header = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR"
    bomb = header + struct.pack(">IIBBBBB", 60000, 60000, 8, 0, 0, 0, 0) + b"\0" * 64
    response = upload(persona_client(world, "secretary"), world.cell.pk, "trang.png", bomb)
    assert "Ảnh quá lớn" in " ".join(response.context["form"].errors["file"])
    assert PlanImport.objects.count() == 0


def test_a_tiny_photo_is_refused_with_advice(world: Any) -> None:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(out, "JPEG")
    response = upload(
        persona_client(world, "secretary"), world.cell.pk, "trang.jpg", out.getvalue()
    )
    assert "Ảnh quá nhỏ" in " ".join(response.context["form"].errors["file"])
    assert PlanImport.objects.count() == 0


FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")


def photo_of(text: str) -> bytes:
    """A phone photo of a printed page: the text at print size, turned 1°, blurred, JPEG."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    page = Image.new("L", (2400, 1800), 250)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 50)
    for row, line in enumerate(text.splitlines()):
        draw.text((150, 150 + row * 80), line, font=font, fill=20)
    page = page.rotate(1.0, expand=True, fillcolor=140).filter(ImageFilter.GaussianBlur(1.0))
    out = io.BytesIO()
    page.convert("RGB").save(out, "JPEG", quality=85)
    return out.getvalue()


@pytest.mark.corpus
@pytest.mark.skipif(shutil.which("tesseract") is None or not FONT.exists(), reason="OCR")
def test_a_phone_photo_upload_keeps_its_page_and_shows_it(world: Any, worker: Any) -> None:
    text = "\n".join(
        ["CHI BỘ THÔN ĐÔNG", "KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026",
         "1. Chuyên đề 1: Nâng cao chất lượng sinh hoạt chi bộ.",
         "Thời gian: Quý II, tháng 6/2026."]
    )  # fmt: skip
    client = persona_client(world, "secretary")
    response = upload(client, world.cell.pk, "IMG_2041.jpg", photo_of(text))
    assert response.status_code == 302, response.context and response.context["form"].errors
    assert "Đang đọc ảnh" in client.get(response["Location"]).content.decode()
    worker()  # read in the task worker, not in the upload
    batch = PlanImport.objects.get()
    assert batch.source == "scan" and batch.pages.count() == 1
    assert "chất lượng sinh hoạt" in batch.source_text
    html = _review(client, world, batch).content.decode()
    url = reverse("importer:page", args=[world.cell.pk, batch.pk, 1])
    assert f'src="{url}"' in html and "Đây là bản quét hoặc ảnh chụp" in html
    assert client.get(url).status_code == 200
    assert Plan.objects.count() == 0


def test_on_a_scan_a_word_with_stray_symbols_is_doubted_even_when_ocr_was_sure() -> None:
    # Tesseract reads a smudged name confidently as symbols: "đồng ch: f:% f®%¿".
    parsed = {"topics": [{"title": "Tổng két đs@&c ®sệo quyết", "preparer_note": "Trần Thị Lan"},
                         {"title": "Đổi mới phương thức lãnh đạo", "preparer_note": "Lê Thị Ánh"}]}  # fmt: skip
    doubts = ocr_doubts(parsed, [], "", scan=True)
    assert "đs@&c" in doubts["topics"][0]["title"] and "®sệo" in doubts["topics"][0]["title"]
    assert doubts["topics"][1] == {}  # Vietnamese letters only: nothing to doubt
    assert ocr_doubts(parsed, [], "", scan=False)["topics"][0] == {}  # a typed file: as written
    html = highlight("Tổng két đs@&c xong; Naïve ¡ok", [], scan=True)
    assert html == (
        'Tổng két <mark class="doubt">đs@&amp;c</mark> xong; <mark class="doubt">Naïve</mark> '
        '<mark class="doubt">¡ok</mark>'
    )
    assert "<mark" not in highlight("Tỷ lệ 100% (đạt), “Quý IV”…", [], scan=True)
