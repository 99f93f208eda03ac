"""Scanned PDFs and phone photos read by OCR (Tesseract with its Vietnamese data).

A PDF without a text layer is rasterised by `pdftoppm` (300 dpi, grey); a JPEG/PNG is checked
by `chibo.lib.uploads.check_image` (dimensions, before anything decodes it). Each page is
evened out (uneven light of a photo divided away, contrast stretched), turned upright when
Tesseract's orientation detection says so, straightened by a small rotation search, then read
with `tesseract -l vie` as TSV: lines become paragraph blocks, words read with a low confidence
are kept in `ReadResult.uncertain`, and a small PNG of every page goes to the review screen.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from chibo.lib.uploads import IMAGE_HEAD_BYTES, UnsafeFile, check_image

if TYPE_CHECKING:
    from PIL.Image import Image

    from .reader import ReadResult

DPI = 300
MAX_OCR_PAGES = 30
LOW_CONFIDENCE = 55  # Tesseract word confidence (0-100) under which a word is uncertain
TIMEOUT_SECONDS = 120
PREVIEW_WIDTH = 900


def _error(message: str) -> Exception:
    from .reader import ImportReadError

    return ImportReadError(message)


def _tesseract() -> str:
    found = shutil.which("tesseract")
    if found is None:
        raise _error(
            "Máy chủ chưa cài bộ nhận dạng chữ (Tesseract) nên chưa đọc được bản quét hay ảnh "
            "chụp. Hãy dùng tệp Word gốc."
        )
    return found


def ocr_pdf(data: bytes) -> ReadResult:
    """Read a PDF whose pages are images."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise _error("Máy chủ chưa cài poppler-utils nên chưa đọc được PDF ảnh quét.")
    with tempfile.TemporaryDirectory(prefix="chibo-ocr-") as tmp:
        folder = Path(tmp)
        (folder / "scan.pdf").write_bytes(data)
        try:
            subprocess.run(  # noqa: S603 - fixed argv, our temp files
                [
                    pdftoppm,
                    "-r",
                    str(DPI),
                    "-gray",
                    "-png",
                    "-l",
                    str(MAX_OCR_PAGES),
                    str(folder / "scan.pdf"),
                    str(folder / "page"),
                ],
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise _error(
                "Đọc bản quét quá lâu. Hãy chia nhỏ tệp hoặc dùng tệp Word gốc."
            ) from error
        pages = sorted(folder.glob("page-*.png"), key=lambda p: int(re.sub(r"\D", "", p.stem)))
        if not pages:
            raise _error("Không đọc được trang nào của tệp PDF (tệp bị hỏng).")
        from PIL import Image

        images = []
        for page in pages:
            with Image.open(page) as image:
                images.append(image.convert("L"))
    return _read_images(images)


def ocr_image(data: bytes) -> ReadResult:
    """Read a phone photo or a scanned page (JPEG/PNG)."""
    try:
        check_image(data[:IMAGE_HEAD_BYTES])
    except UnsafeFile as error:
        raise _error(str(error)) from error
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data)) as opened:
            image = ImageOps.exif_transpose(opened).convert("L")
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise _error("Ảnh bị hỏng hoặc không đọc được.") from error
    if max(image.size) < 1000:
        raise _error(
            f"Ảnh quá nhỏ ({image.size[0]}×{image.size[1]} điểm ảnh) để đọc chữ; hãy chụp lại "
            "rõ hơn, cả trang vừa khung ảnh."
        )
    # A phone photo is usually ~1500-3000 px wide: bring the text to a scan's size.
    if image.size[0] < 2000:
        scale = 2400 / image.size[0]
        image = image.resize((2400, round(image.size[1] * scale)), Image.Resampling.LANCZOS)
    return _read_images([image])


def _read_images(images: list[Image]) -> ReadResult:
    from .reader import _read_text, normalize

    text_lines: list[str] = []
    uncertain: list[str] = []
    previews: list[bytes] = []
    for image in images:
        page = _upright(_even(image))
        lines, low = _ocr_page(page)
        text_lines.extend(lines)
        uncertain.extend(normalize(word) for word in low)
        previews.append(_preview(page))
    # Tab-separated lines (columns seen on the page) become table rows, as in a pasted table.
    result = _read_text("\n".join(text_lines).encode("utf-8"))
    result.source = "scan"
    result.uncertain = sorted(set(uncertain))
    result.page_images = previews
    result.warnings.append(
        "Nội dung được nhận dạng từ ảnh quét (OCR): hãy đối chiếu với ảnh trang bên cạnh, nhất là "
        "những ô được tô màu."
    )
    return result


def _even(image: Image) -> Image:
    """Divide away uneven light (a photo's shadow) and stretch the contrast."""
    from PIL import ImageChops, ImageFilter, ImageOps

    background = (
        image.filter(ImageFilter.MaxFilter(5))
        .resize((max(1, image.size[0] // 16), max(1, image.size[1] // 16)))
        .filter(ImageFilter.GaussianBlur(4))
        .resize(image.size)
    )
    # 255 - (background - image): paper becomes white wherever it is, ink stays dark.
    evened = ImageChops.invert(ImageChops.subtract(background, image))
    return ImageOps.autocontrast(evened, cutoff=1)


def _run(image: Image, *args: str) -> str:
    with tempfile.TemporaryDirectory(prefix="chibo-ocr-") as tmp:
        path = Path(tmp) / "page.png"
        image.save(path)
        try:
            done = subprocess.run(  # noqa: S603 - fixed argv, our temp files
                [_tesseract(), str(path), "stdout", *args],
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise _error("Nhận dạng chữ quá lâu. Hãy dùng tệp Word gốc.") from error
    return done.stdout.decode("utf-8", errors="replace")


def _upright(image: Image) -> Image:
    """Turn a page photographed sideways or upside down (Tesseract's OSD), then deskew."""
    osd = _run(image, "--psm", "0", "-l", "osd")
    match = re.search(r"Rotate: (\d+)", osd)
    confidence = re.search(r"Orientation confidence: ([\d.]+)", osd)
    if match and int(match.group(1)) and confidence and float(confidence.group(1)) > 2:
        image = image.rotate(-int(match.group(1)), expand=True, fillcolor=255)
    return _deskew(image)


def _deskew(image: Image) -> Image:
    """The small rotation (±3°) under which text lines are most sharply horizontal."""
    from PIL import ImageOps

    small = ImageOps.invert(image.resize((image.size[0] // 4, image.size[1] // 4)))
    best, best_score = 0.0, -1.0
    for tenth in range(-30, 31, 5):
        angle = tenth / 10
        turned = small.rotate(angle, fillcolor=0)
        width = turned.size[0]
        rows = list(turned.resize((1, turned.size[1])).tobytes())  # mean ink per row
        score = sum(value * value for value in rows) / max(width, 1)
        if score > best_score:
            best, best_score = angle, score
    return image.rotate(best, expand=False, fillcolor=255) if best else image


# Tesseract's usual slips on the words every plan repeats (a dropped or wrong tone mark).
_FIXES = [
    (re.compile(r"\b([Cc])h[íìỉị] (bộ|ủy|uỷ)\b"), r"\1hi \2"),
    (re.compile(r"\bCH[ÍÌỈỊ] (BỘ|ỦY)\b"), r"CHI \1"),
    (re.compile(r"\b([Tt])ố chức\b"), r"\1ổ chức"),
    (re.compile(r"\b([Tt])ống kết\b"), r"\1ổng kết"),
    (re.compile(r"\b([Đđ])ối mới\b"), r"\1ổi mới"),
    (re.compile(r"\b([Tt])ập thế\b"), r"\1ập thể"),
    (re.compile(r"\b([Đđ])ảng v[íìỉ]ên\b"), r"\1ảng viên"),
]


def fix_common_slips(line: str) -> str:
    for pattern, replacement in _FIXES:
        line = pattern.sub(replacement, line)
    return line


def _runs(values: list[int], limit: float) -> list[int]:
    """Centres of the runs of consecutive positions whose value is over the limit."""
    centres: list[int] = []
    start = None
    for position, value in enumerate([*values, 0]):
        if value > limit and start is None:
            start = position
        elif value <= limit and start is not None:
            centres.append((start + position - 1) // 2)
            start = None
    return centres


def _ocr_page(page: Image) -> tuple[list[str], list[str]]:
    """A page whose table is ruled: the text above and below read as lines, each cell apart."""
    ink = page.point(lambda v: 255 if v < 140 else 0)
    width, height = ink.size
    rows = list(ink.resize((1, height), resample=2).tobytes())
    horizontal = _runs(rows, 0.45 * 255)
    # The table: the longest run of consecutive row bands crossed by the same vertical rules.
    segments = []
    for upper, lower in zip(horizontal, horizontal[1:], strict=False):
        band = ink.crop((0, upper + 3, width, max(lower - 3, upper + 4)))
        columns = list(band.resize((width, 1), resample=2).tobytes())
        segments.append((upper, lower, _runs(columns, 0.8 * 255)))
    best: list[tuple[int, int, list[int]]] = []
    current: list[tuple[int, int, list[int]]] = []
    for segment in segments:
        same = (
            current
            and len(segment[2]) == len(current[0][2])
            and all(abs(x - y) < 15 for x, y in zip(segment[2], current[0][2], strict=True))
        )
        current = [*current, segment] if same else ([segment] if len(segment[2]) >= 3 else [])
        if len(current) > len(best):
            best = current
    if len(best) >= 2:
        horizontal = [best[0][0]] + [segment[1] for segment in best]
        vertical = best[0][2]
        top, bottom = horizontal[0], horizontal[-1]
        lines, low = _ocr_lines(page.crop((0, 0, width, max(top - 2, 1))))
        for upper, lower in zip(horizontal, horizontal[1:], strict=False):
            cells: list[str] = []
            for left, right in zip(vertical, vertical[1:], strict=False):
                if right - left < 20 or lower - upper < 20:
                    continue
                cell = page.crop((left + 6, upper + 6, right - 6, lower - 6))
                cell_lines, cell_low = _ocr_lines(cell)
                cells.append(" ".join(cell_lines).replace("\t", " ").strip() or "-")
                low.extend(cell_low)
            if any(c != "-" for c in cells):
                lines.append("\t".join(cells))
        below, below_low = _ocr_lines(page.crop((0, min(bottom + 2, height - 1), width, height)))
        return lines + [""] + below, low + below_low
    return _ocr_lines(page)


def _ocr_lines(image: Image) -> tuple[list[str], list[str]]:
    """Lines of words in reading order; a wide gap between two words (a table's column) is a tab."""
    tsv = _run(image, "-l", "vie", "--psm", "6", "tsv")
    lines: dict[tuple[str, str, str], list[tuple[int, int, int, str]]] = {}
    low: list[str] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5":
            continue
        word = (row.get("text") or "").strip()
        if not word:
            continue
        key = (row["block_num"], row["par_num"], row["line_num"])
        left, width, height = int(row["left"]), int(row["width"]), int(row["height"])
        lines.setdefault(key, []).append((left, width, height, word))
        try:
            confidence = float(row.get("conf") or 0)
        except ValueError:
            confidence = 0
        if confidence < LOW_CONFIDENCE and sum(ch.isalpha() for ch in word) >= 2:
            low.append(word.strip(".,;:()“”\"'"))
    out: list[str] = []
    for words in lines.values():
        heights = sorted(h for _, _, h, _ in words)
        gap_limit = 2.5 * heights[len(heights) // 2]
        text = words[0][3]
        for (left_a, width_a, _, _), (left_b, _, _, word) in zip(words, words[1:], strict=False):
            text += ("\t" if left_b - (left_a + width_a) > gap_limit else " ") + word
        out.append(fix_common_slips(text))
    return out, low


def _preview(image: Image) -> bytes:
    from PIL import Image as PILImage

    width = min(PREVIEW_WIDTH, image.size[0])
    height = round(image.size[1] * width / image.size[0])
    out = io.BytesIO()
    image.resize((width, height), PILImage.Resampling.LANCZOS).save(out, "PNG", optimize=True)
    return out.getvalue()
