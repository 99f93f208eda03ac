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


def _pages(tmp_path: Path, dpi: int, word: Path = WORD) -> list:
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
            str(word),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    pdf = tmp_path / (word.stem + ".pdf")
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


def _wrapped_names_plan(path: Path) -> None:
    """A one-page Word plan whose cell name is wrapped in the header's left column and again in
    the signature's right column, both borderless tables beside another column."""
    import docx

    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ TRƯỜNG MẦM NON\nHOA SEN\n*\nSố: 02-KH/CB"
    header.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM\n\nAn Phú, ngày 10 tháng 01 năm 2024"
    for line in (
        "KẾ HOẠCH",
        "Sinh hoạt chuyên đề năm 2024",
        "Chi ủy xây dựng kế hoạch sinh hoạt chuyên đề năm 2024 như sau:",
        "1. Chuyên đề 1: Phát huy vai trò nêu gương của đảng viên, tháng 3/2024, "
        "đ/c Hoàng Văn Minh thực hiện.",
        "2. Chuyên đề 2: Nâng cao chất lượng chăm sóc, giáo dục trẻ, tháng 6/2024, "
        "đ/c Lê Thị Hoa thực hiện.",
    ):
        document.add_paragraph(line)
    sign = document.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Đảng ủy xã An Phú (b/c);\n- Lưu chi bộ."
    sign.cell(0, 1).text = "T/M CHI BỘ TRƯỜNG MẦM NON\nHOA SEN\nBÍ THƯ\n\n\nHoàng Văn Minh"
    document.save(path)


@pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS), reason="LibreOffice/OCR")
def test_a_scans_names_wrapped_beside_another_column_read_as_in_the_word_file(tmp_path):
    from PIL import ImageFilter

    word_file = tmp_path / "names.docx"
    _wrapped_names_plan(word_file)
    word = parse_plan(read_document(word_file.read_bytes(), word_file.name))
    assert word.cell_name == "Chi bộ Trường Mầm non Hoa Sen"
    page = _pages(tmp_path, 200, word_file)[0]
    scan = page.rotate(1.0, expand=True, fillcolor=255).filter(ImageFilter.GaussianBlur(0.9))
    pdf = io.BytesIO()
    scan.save(pdf, "PDF", resolution=200)
    read = read_document(pdf.getvalue(), "scan.pdf")
    # The header and the signature come back column by column, as the Word file's tables do.
    tables = [block.rows for block in read.blocks if block.kind == "table"]
    assert tables[0][0][0].split("\n")[:3] == [
        "ĐẢNG BỘ XÃ AN PHÚ",
        "CHI BỘ TRƯỜNG MẦM NON",
        "HOA SEN",
    ]
    assert tables[-1][0][1].split("\n")[:3] == ["T/M CHI BỘ TRƯỜNG MẦM NON", "HOA SEN", "BÍ THƯ"]
    scanned = parse_plan(read)
    assert (scanned.cell_name, scanned.committee_name, scanned.signer_name) == (
        word.cell_name,
        word.committee_name,
        word.signer_name,
    )
