from __future__ import annotations

import shutil

import pytest

from .samples import BUILDERS, to_pdf

_pdf_cache: dict[str, bytes] = {}


@pytest.fixture
def pdf_of():
    """The PDF LibreOffice makes of a generated plan (cached: one conversion per plan)."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")

    def build(name: str) -> bytes:
        if name not in _pdf_cache:
            data = to_pdf(BUILDERS[name]())
            assert data is not None
            _pdf_cache[name] = data
        return _pdf_cache[name]

    return build


@pytest.fixture
def worker(database_tasks):
    """Run the task worker until the queue is empty (a scan's reading, in the background)."""
    from django.core.management import call_command

    def run() -> None:
        call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)

    return run


@pytest.fixture
def fake_ocr(monkeypatch):
    """OCR replaced: each page reads as a line naming its photo's mark (its page image 90 +
    mark px wide) then the PLAN of the review tests; records the marks read, in order."""
    calls: list[int] = []

    from chibo.importer import ocr
    from chibo.importer.reader import Block

    from .test_scan_review import png, scanned

    def image(data: bytes) -> int:
        from chibo.lib.uploads import image_size

        size = image_size(data[:64])
        assert size is not None
        return size[0] - 1000

    def read(mark: int):
        calls.append(mark)
        result = scanned(["Huệ"], pages=1)
        result.blocks.insert(
            0, Block("paragraph", f"Ảnh số {mark}: trang kế hoạch chụp bằng điện thoại")
        )
        result.page_images = [png(90 + mark, 120)]
        result.page_words = [[["Huệ", 10.0, 10.0, 5.0, 2.0, 30]]]
        return result

    monkeypatch.setattr(ocr, "photo_image", image)
    monkeypatch.setattr(ocr, "read_page", read)
    return calls
