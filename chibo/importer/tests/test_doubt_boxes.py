"""The doubt on the page image itself (issue 17 items 3 and 5): OCR keeps each word's box
(Tesseract's TSV left/top/width/height, in % of the page), stored with the page image; the
review draws a box over every doubted word, in % so it fits the image on a phone and a
desktop, and each field's "Máy đọc chưa chắc" note links to its word's box."""

from __future__ import annotations

import io
import re
import shutil
from typing import Any

import pytest
from django.urls import reverse

from chibo.conftest import persona_client
from chibo.importer.models import PlanImportPage
from chibo.importer.review import ocr_doubts, page_boxes, tie_doubts
from chibo.importer.services import start_import

from .test_scan_review import FONT, photo_of, scanned

pytestmark = pytest.mark.django_db

# The words of page 1 as OCR gives them: text, left, top, width, height (% of the page), conf.
WORDS = [
    ["CHI", 6.4, 10.7, 3.5, 2.0, 92],
    ["Nâng", 27.4, 23.3, 4.4, 2.5, 40],
    ["Huệ,", 60.1, 41.0, 4.0, 2.4, 51],
    ["đs@&c", 30.0, 50.0, 5.0, 2.0, 90],
    ["chất", 35.8, 23.0, 3.4, 2.2, 97],
]


class _Page:
    def __init__(self, number: int, words: list[list[Any]]) -> None:
        self.number, self.words = number, words


def test_the_doubted_words_are_boxed_in_percent_of_the_image() -> None:
    (entry,) = page_boxes([_Page(1, WORDS)], ["Nâng", "Huệ"])
    boxes = {box["word"]: box for box in entry["boxes"]}
    assert set(boxes) == {"Nâng", "Huệ,", "đs@&c"}  # doubted, doubted, stray symbols
    assert boxes["Nâng"]["style"] == "left:27.40%;top:23.30%;width:4.40%;height:2.50%"
    assert boxes["Huệ,"]["keys"] == "huệ" and boxes["Nâng"]["id"] == "box-1-1"
    # A typed file's review (scan=False) boxes only the words OCR doubted, never symbols.
    assert {b["word"] for b in page_boxes([_Page(1, WORDS)], ["Nâng"], scan=False)[0]["boxes"]} == {
        "Nâng"
    }


def test_each_fields_note_points_at_the_first_box_of_its_word() -> None:
    parsed = {"signer_name": "Dương Thị Huệ",
              "topics": [{"title": "Nâng cao chất lượng"}, {"title": "Tổng kết"}]}  # fmt: skip
    doubts = ocr_doubts(parsed, ["Nâng", "Huệ"], "", scan=True)
    pages = page_boxes([_Page(1, []), _Page(2, WORDS)], ["Nâng", "Huệ"])
    tie_doubts(doubts, pages)
    assert (doubts["plan"]["signer_name"].anchor, doubts["plan"]["signer_name"].page) == (
        "box-2-2", 2)  # fmt: skip
    assert doubts["topics"][0]["title"].anchor == "box-2-1"
    assert doubts["topics"][0]["title"].keys == ("nâng",)
    assert doubts["topics"][1] == {}


def test_the_review_draws_the_boxes_and_links_each_note_to_its_box(world: Any) -> None:
    read = scanned(["Nâng", "Huệ"], pages=2)
    read.page_words = [[], WORDS]
    batch = start_import(cell=world.cell, by=world.secretary.user, filename="anh.jpg", read=read)
    assert PlanImportPage.objects.get(batch=batch, number=2).words == WORDS
    client = persona_client(world, "secretary")
    html = client.get(reverse("importer:review", args=[world.cell.pk, batch.pk])).content.decode()
    boxes = re.findall(r'<span class="ocr-box" id="(box-[\d-]+)" data-keys="([^"]*)"[^>]*'
                       r'style="([^"]*)"', html)  # fmt: skip
    assert [b[0] for b in boxes] == ["box-2-1", "box-2-2", "box-2-3"]
    assert boxes[0][2] == "left:27.40%;top:23.30%;width:4.40%;height:2.50%"
    assert "3 chữ máy đọc chưa chắc, khoanh trên ảnh" in html
    assert "Trang 2/2 · 3 chữ chưa chắc được khoanh" in html
    start = html.index('id="topic-2"')
    topic = html[start : html.index("</fieldset>", start)]
    assert 'href="#box-2-1" class="show-doubt" data-doubt="nâng"' in topic
    assert "Xem chữ này trên ảnh trang 2" in topic
    assert 'src="/static/importer/review.js"' in html
    # Positions are written with a dot whatever the language: "27,40%" would place nothing.
    assert not re.search(r"\d,\d+%", " ".join(b[2] for b in boxes))


def test_the_api_lists_each_pages_boxes(world: Any) -> None:
    from chibo.api.tests.conftest import api_client_for

    read = scanned(["Nâng"], pages=1)
    read.page_words = [WORDS]
    batch = start_import(cell=world.cell, by=world.secretary.user, filename="anh.jpg", read=read)
    body = api_client_for(world, "secretary").get(f"imports/{batch.pk}").json()
    assert body["pages"][0]["boxes"] == [
        {"word": "Nâng", "left": 27.4, "top": 23.3, "width": 4.4, "height": 2.5},
        {"word": "đs@&c", "left": 30.0, "top": 50.0, "width": 5.0, "height": 2.0},
    ]


def test_a_word_not_found_on_the_pages_still_links_to_the_pages(world: Any) -> None:
    batch = start_import(cell=world.cell, by=world.secretary.user, filename="anh.jpg",
                         read=scanned(["Nâng"], pages=1))  # fmt: skip
    html = (
        persona_client(world, "secretary")
        .get(reverse("importer:review", args=[world.cell.pk, batch.pk]))
        .content.decode()
    )
    assert 'href="#pages" class="show-doubt" data-doubt="nâng">Xem ảnh trang</a>' in html
    assert "ocr-box" not in html.split("</style>", 1)[1]


@pytest.mark.corpus
@pytest.mark.skipif(shutil.which("tesseract") is None or not FONT.exists(), reason="OCR")
def test_ocr_boxes_sit_on_the_words_of_the_page_image() -> None:
    from PIL import Image

    from chibo.importer.reader import read_document

    lines = ["CHI BỘ THÔN ĐÔNG", "KẾ HOẠCH", "Sinh hoạt chuyên đề năm 2026"]
    read = read_document(photo_of("\n".join(lines)), "IMG_1.jpg")
    (words,) = read.page_words
    first = {w[0]: w for w in words if w[5] >= 80}
    assert {"CHI", "KẾ", "Sinh"} <= set(first)
    # The lines were drawn 150 px from the left of a 2432 px wide photo, 80 px apart.
    for word in ("CHI", "KẾ", "Sinh"):
        assert 5.0 < first[word][1] < 8.0, first[word]
    assert first["CHI"][2] < first["KẾ"][2] < first["Sinh"][2]
    assert 3.0 < first["KẾ"][2] - first["CHI"][2] < 6.0
    # Each box of a surely read word holds ink on the page image the review shows.
    image = Image.open(io.BytesIO(read.page_images[0])).convert("L")
    width, height = image.size
    for text, left, top, box_width, box_height, _ in first.values():
        box = (left * width / 100, top * height / 100,
               (left + box_width) * width / 100, (top + box_height) * height / 100)  # fmt: skip
        darkest, _lightest = image.crop(tuple(round(v) for v in box)).getextrema()  # type: ignore[misc]
        assert darkest < 100, text


def test_the_scan_notice_lists_every_doubted_field_with_a_link_to_it(world: Any) -> None:
    read = scanned(["Nâng", "Huệ", "ĐÔNG"], pages=1)
    batch = start_import(cell=world.cell, by=world.secretary.user, filename="anh.jpg", read=read)
    html = (
        persona_client(world, "secretary")
        .get(reverse("importer:review", args=[world.cell.pk, batch.pk]))
        .content.decode()
    )
    notice = html[
        html.index('id="scan-notice"') : html.index("</div>", html.index('id="scan-notice"'))
    ]
    links = re.findall(r'<a href="(#[^"]+)">([^<]+)</a>: “([^”]+)”', notice)
    assert ("#cell-from-file", "Tên chi bộ tệp ghi", "Đông") in links
    assert ("#id_plan-signer_name", "Người ký", "Huệ") in links
    assert ("#topic-1-preparers", "Chuyên đề 1 · Người thực hiện", "Huệ") in links
    assert ("#id_t-1-title", "Chuyên đề 2 · Chủ đề", "Nâng") in links
    for href, _label, _words in links:  # every link leads to something on the page
        assert f'id="{href[1:]}"' in html, href
