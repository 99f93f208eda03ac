"""A scanned PDF and a phone photo of a plan give the same topics as its Word original (issue 17).

Both are made here from the Word file: LibreOffice renders it to PDF, pdftoppm rasterises the
pages, Pillow turns them slightly and blurs them; the scan goes back into an image-only PDF, the
photos are the pages on a darker table with a shadow, as JPEGs. The scan is imported like an
upload, the photos of the two pages together as one plan (the table's second row runs over the
page break, as it does in the Word file). The topics are compared exactly: titles, quarters and
months as the Word file gives them.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from chibo.importer.parser import parse_plan
from chibo.importer.reader import read_document, read_photos

pytestmark = [pytest.mark.corpus, pytest.mark.engine_free]

WORD = Path(__file__).resolve().parent / "corpus" / "dev" / "02_tieu_hoc_ngoc_son_2020.docx"
TOOLS = ("soffice", "pdftoppm", "tesseract")


def _pages(tmp_path: Path, dpi: int) -> list:
    from PIL import Image

    subprocess.run(  # noqa: S603 (fixed argv, no shell)
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(WORD),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    pdf = tmp_path / (WORD.stem + ".pdf")
    subprocess.run(  # noqa: S603 (fixed argv, no shell)
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(tmp_path / "p")],
        capture_output=True,
        timeout=180,
        check=True,
    )
    return [Image.open(p).convert("L") for p in sorted(tmp_path.glob("p-*.png"))]


def _topics(data: bytes, name: str) -> list[tuple[str, int | None, int | None]]:
    plan = parse_plan(read_document(data, name))
    return [(t.title, t.quarter, t.month) for t in plan.topics]


@pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS), reason="LibreOffice/OCR")
def test_scanned_pdf_and_phone_photo_give_the_word_topics(tmp_path):
    from PIL import Image, ImageFilter

    word = _topics(WORD.read_bytes(), WORD.name)
    assert len(word) == 4

    scans = [
        page.rotate(angle, expand=True, fillcolor=255).filter(ImageFilter.GaussianBlur(0.9))
        for page, angle in zip(_pages(tmp_path, 200), (1.5, -1.0, 1.0, -1.5), strict=False)
    ]
    pdf = io.BytesIO()
    scans[0].save(pdf, "PDF", save_all=True, append_images=scans[1:], resolution=200)
    assert _topics(pdf.getvalue(), "scan.pdf") == word

    # The photo: every page on a darker table, turned ~2°, a shadow across it, blurred, JPEG.
    photos = []
    for page in _pages(tmp_path, 150):
        table = Image.new("L", (page.size[0] + 160, page.size[1] + 160), 90)
        table.paste(page, (80, 80))
        shadow = Image.linear_gradient("L").resize(table.size).point(lambda v: 200 + v * 55 // 255)
        lit = Image.composite(table, Image.new("L", table.size, 0), shadow)
        turned = lit.rotate(-2, expand=True, fillcolor=90).filter(ImageFilter.GaussianBlur(1.0))
        out = io.BytesIO()
        turned.convert("RGB").save(out, "JPEG", quality=82)
        photos.append(out.getvalue())
    plan = parse_plan(read_photos(photos))
    assert [(t.title, t.quarter, t.month) for t in plan.topics] == word
