"""The one check for untrusted zip-based documents and images, on generated bombs."""

import io
import tracemalloc
import zipfile

import pytest

from chibo.lib.tests.bombs import MB, docx_bytes, docx_media_bomb, jpeg_header, png_header
from chibo.lib.uploads import UnsafeFile, check_image, check_zip


def test_an_ordinary_docx_passes():
    names = check_zip(docx_bytes())
    assert "word/document.xml" in names


def test_a_media_bomb_is_refused_by_its_ratio():
    with pytest.raises(UnsafeFile, match="bom nén"):
        check_zip(docx_media_bomb(8 * MB))


def test_the_total_unpacked_size_is_capped():
    # Random-looking data packs badly, so only the total can refuse it.
    import os

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", "<w/>")
        archive.writestr("word/media/a.bin", os.urandom(3 * MB))
    with pytest.raises(UnsafeFile, match="quá lớn"):
        check_zip(out.getvalue(), max_unpacked=2 * MB)


def test_too_many_members_are_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for n in range(30):
            archive.writestr(f"p{n}.xml", "<x/>")
    with pytest.raises(UnsafeFile, match="quá nhiều phần"):
        check_zip(out.getvalue(), max_members=20)


def test_a_broken_zip_is_refused():
    with pytest.raises(UnsafeFile):
        check_zip(docx_bytes()[:200])


def test_a_gigabyte_bomb_is_judged_in_constant_memory():
    bomb = docx_media_bomb(256 * MB)
    tracemalloc.start()
    try:
        with pytest.raises(UnsafeFile):
            check_zip(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * MB, peak


def test_the_stream_position_is_kept():
    stream = io.BytesIO(docx_bytes())
    stream.seek(3)
    check_zip(stream)
    assert stream.tell() == 3


@pytest.mark.parametrize("header", [png_header, jpeg_header])
def test_images_are_sized_from_their_header(header):
    assert check_image(header(1200, 800)) == (1200, 800)
    with pytest.raises(UnsafeFile, match="Ảnh quá lớn"):
        check_image(header(60000, 60000))


def test_an_image_without_a_readable_size_is_refused():
    with pytest.raises(UnsafeFile):
        check_image(b"\xff\xd8\xff\xe0garbage")
