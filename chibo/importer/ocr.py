"""Scanned PDFs and phone photos read by OCR (Tesseract with its Vietnamese data).

A PDF without a text layer is rasterised by `pdftoppm` (300 dpi, grey); a JPEG/PNG is checked
by `chibo.lib.uploads.check_image` (dimensions, before anything decodes it). Each page is
evened out (uneven light of a photo divided away, contrast stretched), turned upright when
Tesseract's orientation detection says so, straightened by a small rotation search, then read
with `tesseract -l vie` as TSV: lines become paragraph blocks, words read with a low confidence
are kept in `ReadResult.uncertain`, and a small PNG of every page goes to the review screen
with the box of every word read on it (`ReadResult.page_words`: text, left, top, width,
height in % of the page, confidence), so the review can draw the doubted words on the image.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chibo.lib.uploads import IMAGE_HEAD_BYTES, UnsafeFile, check_image
from chibo.lib.vietnamese import fold

from .spelling import correct_line
from .topics import opens_field

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from PIL.Image import Image

    from .reader import Block, ReadResult

DPI = 300
MAX_OCR_PAGES = 30
LOW_CONFIDENCE = 55  # Tesseract word confidence (0-100) under which a word is uncertain
# A line at the very top or bottom of a region read with this little confidence on average is
# the edge of the sheet or the table under it (a phone photo), not text: it is left out.
EDGE_NOISE_CONFIDENCE = 35
TIMEOUT_SECONDS = 120
PREVIEW_WIDTH = 900
SCAN_WARNING = (
    "Nội dung được nhận dạng từ ảnh quét (OCR): hãy đối chiếu với ảnh trang bên cạnh, nhất là "
    "những ô được tô màu."
)


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
    return _read_images(pdf_images(data))


def pdf_images(data: bytes) -> list[Image]:
    """The pages of a scanned PDF as grey images (300 dpi, at most MAX_OCR_PAGES)."""
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
    return images


def ocr_image(data: bytes) -> ReadResult:
    """Read a phone photo or a scanned page (JPEG/PNG)."""
    return _read_images([_photo(data)])


def ocr_images(photos: list[bytes]) -> ReadResult:
    """Read the photos of a plan's pages, in order, as one plan."""
    return _read_images([_photo(data) for data in photos])


def photo_image(data: bytes) -> Image:
    """A phone photo (JPEG/PNG) checked, turned by its EXIF and brought to a scan's size."""
    return _photo(data)


def read_page(image: Image) -> ReadResult:
    """One page read alone (its preview, words and blocks): `merge_pages` joins pages read so
    into what `_read_images` gives for them all, in any order asked."""
    return _read_images([image])


def merge_pages(pages: list[ReadResult]) -> ReadResult:
    """Pages read one by one, joined in the order given as `_read_images` joins them (a table
    that opens a page continues the table that closed the page before)."""
    from .reader import _result

    blocks: list[Block] = []
    uncertain: set[str] = set()
    for page in pages:
        page_start = len(blocks)
        for block in page.blocks:
            if block.kind == "table":
                first = all(_is_margin(b) for b in blocks[page_start:])
                _add_table(blocks, page_start, [list(r) for r in block.rows],
                           continued=first and page_start > 0)  # fmt: skip
            else:
                blocks.append(replace(block))
        uncertain.update(page.uncertain)
    result = _result(blocks, "scan", [])
    result.uncertain = sorted(uncertain)
    result.page_images = [image for page in pages for image in page.page_images]
    result.page_words = [words for page in pages for words in page.page_words]
    result.warnings.append(SCAN_WARNING)
    return result


def _photo(data: bytes) -> Image:
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
    return image


def _read_images(images: list[Image]) -> ReadResult:
    from .reader import Block, _read_text, _result, normalize

    blocks: list[Block] = []
    uncertain: list[str] = []
    previews: list[bytes] = []
    page_words: list[list[list[Any]]] = []
    for image in images:
        page = _upright(_even(image))
        page_start = len(blocks)
        found: list[tuple[_Word, int, int]] = []
        for kind, content, low in _page_parts(page, found):
            uncertain.extend(normalize(word) for word in low)
            if kind == "table":
                rows = [[normalize(cell) for cell in row] for row in content]
                first = all(_is_margin(b) for b in blocks[page_start:])
                _add_table(blocks, page_start, rows, continued=first and page_start > 0)
            else:
                right = max((line.right for line in content), default=0)
                for shape, part in _side_by_side(content, page.size[0]):
                    if shape == "lines":
                        # Lines wrapped by the page are one paragraph again, as typed.
                        part = page_paragraphs(part, right)
                    if shape == "columns" and not _field_label(part[0]):
                        # a header or a signature in two columns
                        blocks.append(Block("table", rows=[[normalize(c) for c in part]]))
                        continue
                    # A field's label and its value ("Thời gian:" … "Quý I"), set apart by
                    # the printed page's tab, is one line as typed; other lines with a wide
                    # gap (an unruled table) become rows, as pasted.
                    lines = [" ".join(part)] if shape == "columns" else part
                    lines = [_FIELD_LABEL.sub(r"\1 ", line) for line in lines]
                    text = "\n".join(lines).encode("utf-8")
                    blocks.extend(_read_text(text, unwrap=shape == "columns").blocks)
        previews.append(_preview(page))
        page_words.append(_percent_boxes(found, page.size))
    result = _result(blocks, "scan", [])
    result.uncertain = sorted(set(uncertain))
    result.page_images = previews
    result.page_words = page_words
    result.warnings.append(SCAN_WARNING)
    return result


@dataclass
class Placed:
    """A line read from a page, with the page's x of its first word's left, of its last word's
    right, of the left of each word after a wide gap (a tab in `text`) and of the right of each
    word before one."""

    text: str
    left: int
    right: int
    gaps: list[int]
    ends: list[int] = field(default_factory=list)
    first: int = 0  # the right of its first word

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


# Words of the header block and of the signature block, which stand in two columns side by side.
_BLOCK_MARKS = re.compile(
    r"dang cong san|doc lap|ngay \d{1,2} thang \d{1,2} nam \d{4}|^so\s*:|\bt\s*/\s*m\b|^tm\b"
    r"|noi nhan|^bi thu|^pho bi thu"
)


def side_by_side(lines: list[Placed], width: int) -> list[tuple[str, list[str]]]:
    """`_side_by_side` with each run of lines as its texts."""
    return [
        (shape, [line.text for line in part] if shape == "lines" else part)
        for shape, part in _side_by_side(lines, width)
    ]


def _side_by_side(lines: list[Placed], width: int) -> list[tuple[str, list[Any]]]:
    """The lines of a text region in reading order: the header block and the signature block,
    which a page prints in two columns (the committee and the cell on the left, the Party's name
    and the date on the right; the recipients on the left, "T/M CHI BỘ" and the signer on the
    right), are read across both columns by OCR, so a name wrapped in one column has the other
    column's line between its halves. Each such block comes back as ('columns', [left, right]),
    each column's lines top to bottom (what a Word plan's borderless table gives); every other
    run of lines as ('lines', texts).

    A block is a run of lines split by one wide gap at about the same place across the page,
    with the lines between them that stand wholly in one column, and the lines under its last
    split line that do: under a signature, any (the last recipients, the signer's name); under
    a header, those centred in their column as the header's lines are (the end of a wrapped
    name, "*"), not the title centred on the page. It must hold a word of a header or a
    signature."""
    out: list[tuple[str, list[Any]]] = []
    plain: list[Placed] = []
    i = 0
    while i < len(lines):
        block = _two_columns(lines, i, width)
        if block is None:
            plain.append(lines[i])
            i += 1
            continue
        end, left, right = block
        if plain:
            out.append(("lines", plain))
            plain = []
        out.append(("columns", ["\n".join(left), "\n".join(right)]))
        i = end
    if plain:
        out.append(("lines", plain))
    return out


def _split_at(line: Placed, width: int) -> int | None:
    """Where a line splits into two columns: its one wide gap, past the first fifth of the page."""
    if len(line.gaps) != 1 or line.text.count("\t") != 1 or line.gaps[0] < width // 5:
        return None
    return line.gaps[0]


def _two_columns(
    lines: list[Placed], start: int, width: int
) -> tuple[int, list[str], list[str]] | None:
    """The two-column block starting at lines[start] (a split line), as (end, left, right)."""
    at = _split_at(lines[start], width)
    if at is None:
        return None
    tolerance = width // 20
    left: list[str] = []
    right: list[str] = []
    pending: list[Placed] = []  # one-column lines after the last split line seen
    centres: list[float] = []  # the middle of each column's field on the split lines
    end = start

    def place(line: Placed) -> None:
        (right if line.left >= at - tolerance else left).append(line.text.strip())

    for line in lines[start:]:
        split = _split_at(line, width)
        if split is not None and abs(split - at) <= tolerance:
            for kept in pending:
                place(kept)
            end += len(pending) + 1
            pending = []
            first, second = line.text.split("\t")
            left.append(first.strip())
            right.append(second.strip())
            if line.ends:
                centres.extend([(line.left + line.ends[0]) / 2, (line.gaps[0] + line.right) / 2])
            continue
        one_column = line.left >= at - tolerance or line.right <= at - tolerance
        if split is None and one_column and len(pending) < 4:
            pending.append(line)
            continue
        break  # a line across both columns (the title, a sentence): the block has ended
    folded = [fold(text) for text in left + right]
    if not any(_BLOCK_MARKS.search(text) for text in folded):
        return None
    signature = any(re.search(r"\bt\s*/\s*m\b|^tm\b|noi nhan|^bi thu", t) for t in folded)
    for kept in pending:  # the lines under the block's last split line
        if signature:
            # Under a signature: the signer in the right column, the last recipients ("- Lưu …")
            # in the left one; a paragraph on the left ("Phụ lục …") is no part of it.
            if kept.left < at - tolerance and kept.text.lstrip()[:1] not in "-–+•*":
                break
        elif not any(abs(kept.centre - middle) <= tolerance for middle in centres):
            break  # under a header: only a line centred in its column goes on with it
        place(kept)
        end += 1
    return end, left, right


def page_paragraphs(lines: list[Placed], right: int) -> list[str]:
    """A text's lines as its paragraphs: a line the page wrapped onto (`_wrapped_onto`) goes on
    the paragraph above it (`join_wrapped`)."""
    groups: list[list[str]] = []
    for k, line in enumerate(lines):
        if groups and _wrapped_onto(lines[k - 1], line, right):
            groups[-1].append(line.text)
        else:
            groups.append([line.text])
    return [join_wrapped(group) for group in groups]


def _wrapped_onto(above: Placed, line: Placed, right: int) -> bool:
    """Was `line` wrapped onto the page from the line above it? Only if its first word would
    not have fitted at that line's end (`right`: where the page's text ends), as in a cell
    (`paragraph_starts`) — whatever the alignment, since a centred line leaves half its room on
    the right. Never a line opening an item, a numbered heading or a field's label, nor a
    line of an unruled table (a wide gap); nor a sentence's capital under a full line ending
    its sentence when set in from it (a paragraph's first-line indent)."""
    from .reader import _ENDS, _NEW_ITEM

    text = line.text.strip()
    if above.gaps or line.gaps or "\t" in above.text or not text or line.first <= 0:
        return False
    if _NEW_ITEM.match(text) or opens_field(text):
        return False
    indented = line.left > above.left + PARAGRAPH_SLACK
    if indented and text[0].isupper() and above.text.rstrip()[-1:] in _ENDS:
        return False
    return not _fitted(line, right - above.right)


def _is_margin(block: Block) -> bool:
    """A page number, a running footer or specks in a margin: not a paragraph of the plan."""
    return block.kind == "paragraph" and len(block.text.strip()) < 40


# A field's label leading a line, closed by its colon ("Thời gian:", "Chủ trì:"), and the gap
# after it.
_FIELD_LABEL = re.compile(r"^([^\W\d][^:\t\n]{1,28}:)(?:\t+|\s*$)")


def _field_label(cell: str) -> bool:
    """Is the left of two columns a field's label alone ("Thời gian:"), not the recipients'
    heading of a signature block ("Nơi nhận:")?"""
    return bool(_FIELD_LABEL.match(cell)) and not fold(cell).startswith("noi nhan")


def _add_table(
    blocks: list[Block], page_start: int, rows: list[list[str]], continued: bool
) -> None:
    """A table that opens a page and has the columns of the table that closed the page before
    (even when it opens with a band across it) continues it: a repeated header row is dropped,
    and a first row without its first cell is the rest of the row the page break cut in two,
    as is a row whose time's unit the page break parted from its value (rejoin_cut_rows)."""

    from .reader import Block

    end = page_start
    while continued and end > 0 and _is_margin(blocks[end - 1]):
        end -= 1
    previous = blocks[end - 1] if continued and end > 0 else None
    if (
        previous is None
        or previous.kind != "table"
        or not rows
        or _width(rows) != _width(previous.rows)
    ):
        blocks.append(Block("table", rows=rows))
        return
    del blocks[end:page_start]  # the footer between the two halves of the table
    if [fold(c) for c in rows[0]] == [fold(c) for c in previous.rows[0]]:
        rows = rows[1:]
    last = previous.rows[-1]
    # a row of its own under a first cell merged down across the break tells its own time
    # where the row above told one ('Quý III' | 'Tháng 9' over the page's 'Quý IV' | 'Tháng 11')
    timed = any(
        _TIMED.search(mine) and _TIMED.search(theirs)
        for mine, theirs in zip(last, rows[0] if rows else [], strict=False)
    )
    if rows and not rows[0][0].strip() and len(previous.rows) > 1 and not timed:
        previous.rows[-1] = [
            " ".join(part for part in (mine, theirs) if part.strip())
            for mine, theirs in zip(last, rows[0], strict=False)
        ]
        rows = rows[1:]
    previous.rows[:] = rejoin_cut_rows([*previous.rows, *rows])  # 'Quí' | … over 'IV/2010' | …


def _width(rows: list[list[str]]) -> int:
    """A table's columns: its widest row's (a band across it, 'THÁNG 4/2024', is one cell)."""
    return max(len(row) for row in rows)


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
                env={**os.environ, "OMP_THREAD_LIMIT": "1"},  # many small reads: no threads
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


def skew_angle(image: Image) -> float:
    """The small rotation (±3°, to 0.05°) under which text lines and rules are most sharply
    horizontal: coarse steps first, then fine ones around the best."""
    from PIL import Image as PILImage
    from PIL import ImageOps

    small = ImageOps.invert(image.resize((image.size[0] // 4, image.size[1] // 4)))

    def sharpness(angle: float) -> int:
        turned = small.rotate(angle, fillcolor=0, resample=PILImage.Resampling.BILINEAR)
        rows = turned.resize((1, turned.size[1]), PILImage.Resampling.BOX).tobytes()
        return sum(value * value for value in rows)

    best = max((tenth / 10 for tenth in range(-30, 31, 5)), key=sharpness)
    return max((best + hundredth / 100 for hundredth in range(-45, 46, 5)), key=sharpness)


def _deskew(image: Image) -> Image:
    from PIL import Image as PILImage

    angle = skew_angle(image)
    if abs(angle) < 0.02:
        return image
    return image.rotate(angle, fillcolor=255, resample=PILImage.Resampling.BICUBIC)


# Tesseract's usual slips on the words every plan repeats (a dropped or wrong tone mark).
_FIXES = [
    # "Quý I/2023" read "Quý12023": the numeral and its year run together, the slash lost.
    (re.compile(r"\b(Quý|QUÝ|quý)\s?([1-4])(20\d\d)\b"), r"\1 \2/\3"),
    (re.compile(r"\b([Cc])h[íìỉị] (bộ|ủy|uỷ)\b"), r"\1hi \2"),
    (re.compile(r"\bCH[ÍÌỈỊ] (BỘ|ỦY)\b"), r"CHI \1"),
    (re.compile(r"\b([Tt])ố chức\b"), r"\1ổ chức"),
    (re.compile(r"\b([Tt])ống kết\b"), r"\1ổng kết"),
    (re.compile(r"\b([Đđ])ối mới\b"), r"\1ổi mới"),
    (re.compile(r"\b([Tt])ập thế\b"), r"\1ập thể"),
    (re.compile(r"\b([Đđ])ảng v[íìỉ]ên\b"), r"\1ảng viên"),
    (re.compile(r"\b([Đđ])áng viên\b"), r"\1ảng viên"),
    (re.compile(r"\b([Ss])ình hoạt\b"), r"\1inh hoạt"),
    (re.compile(r"\bĐ[ÀÁ]NG (CỘNG|BỘ|ỦY|UỶ)\b"), r"ĐẢNG \1"),
    (re.compile(r"\bĐáng (bộ|ủy|uỷ|viên)\b"), r"Đảng \1"),
    # "2, Quý II …": the full stop of a list number read as a comma.
    (re.compile(r"^(\d{1,2}),\s+(?=[A-ZĐÀ-Ỹ])"), r"\1. "),
]


def fix_common_slips(line: str) -> str:
    for pattern, replacement in _FIXES:
        line = pattern.sub(replacement, line)
    return line


# -- ruled tables ------------------------------------------------------------------------


@dataclass
class Rule:
    """A straight ruled line: its position across, and where it starts and ends along."""

    at: int
    start: int
    end: int

    def covers(self, position: int, slack: int = 10) -> bool:
        return self.start - slack <= position <= self.end + slack


def rules(ink: Image, min_length: int) -> list[Rule]:
    """The long straight runs of ink along the rows of `ink` (255 = ink): a run continues on
    the next rows while it overlaps, and pieces on one line (a line broken by blur) are joined.

    A rule of a scan is two or three pixels thick, blurred, and still slanted by a trace of the
    rotation the straightening left: along it, each row of pixels has a pale pixel every hundred
    or so, where the rule steps down a row or the blur thinned it, so no one row holds a long
    run. Runs are therefore looked for in each row together with the rows above and below it
    (a pixel is ink when it or either vertical neighbour is): the rule is whole again, while the
    letters of a line of text, which stand apart side by side, stay short runs."""
    width, height = ink.size
    data = _thickened(ink).tobytes()
    long_run = re.compile(rb"\xff{%d,}" % min_length)
    pieces: list[list[int]] = []  # [first row, last row, start, end]
    open_pieces: list[list[int]] = []
    for y in range(height):
        still: list[list[int]] = []
        for match in long_run.finditer(data, y * width, (y + 1) * width):
            start, end = match.start() - y * width, match.end() - y * width
            for piece in open_pieces:
                if start < piece[3] and end > piece[2]:
                    piece[1], piece[2], piece[3] = y, min(piece[2], start), max(piece[3], end)
                    break
            else:
                piece = [y, y, start, end]
                pieces.append(piece)
            still.append(piece)
        open_pieces = [p for p in open_pieces if y - p[1] <= 3 and p not in still] + still
    found: list[Rule] = []
    for first, last, start, end in sorted(pieces, key=lambda p: ((p[0] + p[1]) // 2, p[2])):
        if last - first > 12:  # a block of ink (a photo's edge, a filled box), not a rule
            continue
        at = (first + last) // 2
        for rule in found:
            if abs(rule.at - at) <= 4 and start - rule.end < 40 and end > rule.start:
                rule.start, rule.end = min(rule.start, start), max(rule.end, end)
                break
        else:
            found.append(Rule(at, start, end))
    return found


def _thickened(ink: Image) -> Image:
    """`ink` (255 = ink) with every pixel inked that has ink just above or below it."""
    from PIL import Image as PILImage
    from PIL import ImageChops

    width, height = ink.size
    out = ink.copy()
    for shift in (1, -1):
        moved = PILImage.new(ink.mode, ink.size, 0)
        moved.paste(
            ink.crop((0, max(0, -shift), width, height - max(0, shift))), (0, max(0, shift))
        )
        out = ImageChops.lighter(out, moved)
    return out


@dataclass
class Grid:
    top: int
    bottom: int
    rows: list[list[tuple[int, int, int, int]]]  # each row's cells as boxes, merged cells once


def _span(line: list[Rule]) -> Rule:
    """The pieces of one ruled line (at one height) as one rule from the first to the last: a
    thin rule of a scan comes out in pieces, broken where the blur left it pale."""
    return Rule(line[0].at, min(r.start for r in line), max(r.end for r in line))


def _covered(line: list[Rule], left: int, right: int) -> float:
    """The share of [left, right] (a column) that the pieces of a ruled line cover."""
    if right <= left:
        return 0.0
    inked = sum(max(0, min(r.end, right) - max(r.start, left)) for r in line)
    return min(1.0, inked / (right - left))


def grids(page: Image) -> list[Grid]:
    """The ruled tables of a straightened page: rows between horizontal rules, columns between
    vertical rules; a cell with no rule on its left or top is merged with its neighbour."""
    from PIL import Image as PILImage

    ink = page.point(lambda v: 255 if v < 170 else 0)
    width, height = ink.size
    across = sorted(rules(ink, width // 8), key=lambda r: r.at)
    down = [
        Rule(width - 1 - r.at, r.start, r.end)
        for r in rules(ink.transpose(PILImage.Transpose.ROTATE_90), 50)
        if r.end - r.start >= 60
    ]

    def spans(x: int, upper: int, lower: int) -> bool:
        """A vertical rule at x runs down most of the way from upper to lower (a scan's rule may
        start pale under a bold heading)."""
        return any(
            abs(r.at - x) <= 8 and min(r.end, lower) - max(r.start, upper) >= 0.5 * (lower - upper)
            for r in down
        )

    def crossing(upper: Rule, lower: Rule) -> list[int]:
        xs = sorted(
            r.at
            for r in down
            if min(r.end, lower.at) - max(r.start, upper.at) >= 0.6 * (lower.at - upper.at)
            and max(upper.start, lower.start) - 12 <= r.at <= min(upper.end, lower.end) + 12
        )
        merged: list[int] = []
        for x in xs:
            if not merged or x - merged[-1] > 15:
                merged.append(x)
        return merged

    # Horizontal rules at the same height are one line in pieces (a merged cell interrupts it).
    lines: list[list[Rule]] = []
    for rule in across:
        if lines and abs(lines[-1][0].at - rule.at) <= 4:
            lines[-1].append(rule)
        else:
            lines.append([rule])
    tables: list[list[list[Rule]]] = []
    for line in lines:
        if tables:
            upper, lower = _span(tables[-1][-1]), _span(line)
            if lower.at - upper.at >= 20 and len(crossing(upper, lower)) >= 2:
                tables[-1].append(line)
                continue
        tables.append([line])
    out: list[Grid] = []
    for table in tables:
        if len(table) < 2:
            continue
        ys = [line[0].at for line in table]
        xs: list[int] = []
        for x in sorted(
            x
            for upper, lower in zip(table, table[1:], strict=False)
            for x in crossing(_span(upper), _span(lower))
        ):
            if not xs or x - xs[-1] > 15:
                xs.append(x)
        if len(xs) < 3:
            continue
        owner: dict[tuple[int, int], tuple[int, int]] = {}
        for r in range(len(ys) - 1):
            for c in range(len(xs) - 1):
                if c and not spans(xs[c], ys[r], ys[r + 1]):
                    owner[r, c] = owner[r, c - 1]
                elif r and _covered(table[r], xs[c], xs[c + 1]) < 0.3:
                    # No rule between this row and the one above in this column (a rule broken
                    # here and there still covers much of it): one cell merged over both rows.
                    owner[r, c] = owner[r - 1, c]
                else:
                    owner[r, c] = (r, c)
        boxes: dict[tuple[int, int], list[int]] = {}
        for (r, c), key in owner.items():
            box = boxes.setdefault(key, [xs[c], ys[r], xs[c + 1], ys[r + 1]])
            box[0], box[1] = min(box[0], xs[c]), min(box[1], ys[r])
            box[2], box[3] = max(box[2], xs[c + 1]), max(box[3], ys[r + 1])
        rows: list[list[tuple[int, int, int, int]]] = []
        full = any(
            len({owner[r, c] for c in range(len(xs) - 1)}) == len(xs) - 1
            for r in range(len(ys) - 1)
        )
        for r in range(len(ys) - 1):
            # a cell merged across some columns stands in each of them, as Word's reader gives
            # it ('Quý I' over 'T 1' | 'T 2' | 'T 3'), when the table has a row of every column;
            # a band merged across the whole table stays one cell
            keys = [owner[r, c] for c in range(len(xs) - 1)]
            if not full or len(set(keys)) == 1:
                keys = list(dict.fromkeys(keys))
            rows.append([(b[0], b[1], b[2], b[3]) for b in (boxes[k] for k in keys)])
        out.append(Grid(ys[0], ys[-1], rows))
    return out


def _page_parts(
    page: Image, found: list[tuple[_Word, int, int]] | None = None
) -> list[tuple[str, list[Any], list[str]]]:
    """The page top to bottom: ('text', placed lines, uncertain words) and ('table', rows, …);
    every word read is added to `found` with the page position of its region."""
    width, height = page.size
    parts: list[tuple[str, list[Any], list[str]]] = []
    top = 0
    for grid in grids(page):
        if grid.top - top > 20:
            placed: list[Placed] = []
            _, low = _read_region(page.crop((0, top, width, grid.top - 8)), cell=False,
                                  found=found, at=(0, top), placed=placed)  # fmt: skip
            parts.append(("text", placed, low))
        rows: list[list[str]] = []
        low_cells: list[str] = []
        read: dict[tuple[int, int, int, int], str] = {}
        for row in grid.rows:
            cells: list[str] = []
            for box in row:
                if box not in read:
                    read[box], cell_low = _read_cell(page, box, found)
                    low_cells.extend(cell_low)
                cells.append(read[box])
            rows.append(cells)
        parts.append(("table", rejoin_cut_rows(rows), low_cells))
        top = grid.bottom + 8
    if height - top > 20:
        placed = []
        _, low = _read_region(page.crop((0, top, width, height)), cell=False, found=found,
                              at=(0, top), placed=placed)  # fmt: skip
        parts.append(("text", placed, low))
    return parts


# A time's unit left alone in its cell ("Quí", "ngày") and the value it takes ("IV/2010",
# "15/11/2010") in the same column of the next row.
_BARE_UNIT = re.compile(r"^(?:qu[ýíy]|tháng|ngày|tuần)\.?$", re.IGNORECASE)
# "1 0", "1 1", "1 2": a cell holding only a month past nine, its digits read apart.
_SPACED_MONTH = re.compile(r"^(1) ([0-2])$")
_TIMED = re.compile(r"\b(?:qu[ýíy]|tháng|ngày|tuần)\s*\[?(?:IV|III|II|I|\d)", re.IGNORECASE)
_UNIT_VALUE = re.compile(r"^(?:IV|III|II|I|\d{1,2})\b[/.\-]?")


def rejoin_cut_rows(rows: list[list[str]]) -> list[list[str]]:
    """A row cut in two (by the page break, or by a line of a cell's text taken for a rule): the
    upper part's time cell holds only its unit ("Quí", "ngày"), the lower part's the value
    ("IV/2010", "15/11/2010"), and a text of the upper part runs on in the lower in lower case
    ("… trình Đại" over "hội đại biểu …") or rows of times stand above it. So is a row of
    nothing but texts running on, in lower case, from the cells above. The two parts are one
    row again, each cell's text joined (a cell merged over both, read twice, is kept once).
    The heading row is no part."""
    out: list[list[str]] = []
    for row in rows:
        above = out[-1] if len(out) > 1 else None
        pairs = list(zip(above, row, strict=True)) if above and len(above) == len(row) else []
        cut = any(_BARE_UNIT.match(a.strip()) and _UNIT_VALUE.match(b.strip()) for a, b in pairs)
        runs_on = any(a.strip() and b.strip()[:1].islower() for a, b in pairs)
        # a row of nothing but the rest of the texts above ('… gắn với xây' over 'dựng nông …')
        rest = [(a, b) for a, b in pairs if b.strip()]
        # (a name cut after its middle name goes on too: 'Xây dựng Chi bộ ấp' | 'Nguyễn Công'
        # over 'trong sạch, …' | 'Chánh - Bí thư', the row no mark)
        only_rest = (
            bool(rest)
            and rest[0][1].strip()[:1].islower()
            and all(a.strip() and _continues(a, b) for a, b in rest)
        )
        # or rows of times above it ('Tháng 06/2024'): it is no heading of two rows
        timed = any(_TIMED.search(cell) for upper in out[:-1] for cell in upper)
        if (cut and (runs_on or timed)) or only_rest:
            out[-1] = [a if a == b else join_wrapped([a, b]) for a, b in pairs]
        else:
            out.append(list(row))
    return out


def _continues(above: str, cell: str) -> bool:
    """A cell's text that can be the rest of the one above: it goes on in lower case, or it goes
    on a name the line above left without its given name (no stop, no digit, no mark, no time)."""
    text = cell.strip()
    if text[:1].islower():
        return True
    return (
        text[:1].isupper()
        and above.rstrip()[-1:].isalpha()
        and text != MARK
        and not _TIMED.search(text)
        and not re.search(r"\d", text)
    )


def _read_cell(
    page: Image,
    box: tuple[int, int, int, int],
    found: list[tuple[_Word, int, int]] | None = None,
) -> tuple[str, list[str]]:
    from PIL import ImageOps

    left, upper, right, lower = box
    if right - left < 24 or lower - upper < 24:
        return "", []
    cell = page.crop((left + 7, upper + 7, right - 7, lower - 7))
    extrema = cell.getextrema()  # (darkest, lightest) of a grey image
    darkest = extrema[0] if isinstance(extrema, tuple) else extrema
    if isinstance(darkest, int | float) and darkest > 150:  # no ink: an empty cell
        return "", []
    placed: list[Placed] = []
    lines, low = _read_region(
        ImageOps.expand(cell, 16, fill=255),
        cell=True,
        found=found,
        at=(left - 9, upper - 9),
        placed=placed,
    )
    # Read again as one text: a word at the end of a cell's line has its neighbour on the next.
    text = correct_line(
        join_wrapped(
            (line.replace("\t", " ") for line in lines), paragraph_starts(placed, (left, right))
        )
    )
    text = _SPACED_MONTH.sub(r"\1\2", text)  # a month grid's narrow heading "1 0" for 10
    if not any(ch.isalnum() for ch in text) and len(text.strip()) <= 1 and is_mark(cell):
        return MARK, []
    return text, low


# What a cell holding only a mark reads as: the cross the schedule readers take for "held here".
MARK = "x"
MARK_MIN_SIDE = 10
MARK_MAX_SHARE = 0.6


def is_mark(cell: Image) -> bool:
    """A cell whose only ink is one small, compact blot — a dot, a cross or a tick placed under
    a month in a schedule — which Tesseract reads as nothing (a "●" is no letter). A blot must be
    big enough not to be a speck of the scan (MARK_MIN_SIDE pixels each way at 300 dpi) and small
    beside its cell (under MARK_MAX_SHARE of it each way: a word or a number is read as text,
    and a rule's leftover at the cell's edge is long and thin)."""
    ink = cell.point(lambda v: 255 if v < 128 else 0)
    box = ink.getbbox()
    if box is None:
        return False
    width, height = box[2] - box[0], box[3] - box[1]
    if min(width, height) < MARK_MIN_SIDE or max(width, height) > 3 * min(width, height):
        return False
    if width > MARK_MAX_SHARE * cell.size[0] or height > MARK_MAX_SHARE * cell.size[1]:
        return False
    inked = ink.crop(box).histogram()[255]
    return inked >= 0.15 * width * height  # a blot or strokes, not a few specks far apart


# How much room a line must leave, beyond its next line's first word, to have ended its
# paragraph rather than wrapped (page pixels at 300 dpi: about two spaces and a letter).
PARAGRAPH_SLACK = 40


def paragraph_starts(placed: Sequence[Placed], box: tuple[int, int] | None = None) -> list[bool]:
    """Which lines of a cell open a paragraph: those whose first word would have fitted at the
    end of the line above. Word wraps a line only when its next word does not fit, whatever the
    alignment, so a line that left that room ended its paragraph ("… gia đình đảng viên" over
    "Người thực hiện: …"). The room a line has is the cell's width (`box`, its left and right
    on the page) less the margin its text keeps from the left rule, kept on the right too — or
    the widest line, if wider: a centred text keeps more than the margin on its left, and its
    widest line then stands for the room, never wider than the text's width, so a wrap is never
    taken for a paragraph's end."""
    if len(placed) < 2:
        return [False] * len(placed)
    width = max(line.right - line.left for line in placed)
    if box is not None:
        margin = min(line.left for line in placed) - box[0]
        width = max(width, box[1] - box[0] - 2 * margin)
    starts = [False]
    for above, line in zip(placed, placed[1:], strict=False):
        starts.append(line.first > 0 and _fitted(line, width - (above.right - above.left)))
    return starts


def _fitted(line: Placed, room: int) -> bool:
    """Would the line's first word have fitted in `room` at the end of the line above (with
    PARAGRAPH_SLACK to spare)? Then that line ended its paragraph; else the page wrapped."""
    return room > (line.first - line.left) + PARAGRAPH_SLACK


def join_wrapped(lines: Iterable[str], starts: Sequence[bool] = ()) -> str:
    """A cell's lines as one text. A line ending in a hyphen glued to its word ("…/TT-",
    "Covid-") was wrapped inside a code or a compound, which the next line ends ("BGDĐT", "19"):
    joined without a space. Vietnamese does not hyphenate its syllables at a line's end, so a
    hyphen glued to a word is never a break inside one; a dash standing alone (" -") is kept.
    Nor is a consonant alone a syllable: a narrow column's heading wrapped inside its word
    ("Thán" over "g", "ST" over "T") is one word again (_cut_word). A line opening with a
    dash ("- Sinh hoạt chuyên đề: …") is an item of its own, on its own line as in Word, and so
    is a line opening with a field's label ("Người thực hiện: …", even under a line its title
    filled) and a line `starts` marks as opening a paragraph (`paragraph_starts`)."""
    text = ""
    for index, line in enumerate(line.strip() for line in lines):
        if not line:
            continue
        told = index < len(starts)  # where the line stands is known
        if text and told and starts[index]:
            text += "\n" + line
            continue
        glued = len(text) >= 2 and text[-1] == "-" and text[-2].isalnum() and line[0].isalnum()
        glued = glued or _cut_word(text, line)
        # A dash the line above had no room for, before a number or a small letter, goes on
        # with it ('… nhiệm kỳ 2015' over '- 2020 và …'): no item opens so.
        after = line[1:].lstrip()[:1]
        wrapped = told and (after.isdigit() or after.islower())
        item = bool(_CELL_ITEM.match(line)) and not wrapped
        if text and (item or opens_field(line)):
            text += "\n" + line  # '- Sơ kết quý I' over '- Sinh hoạt chuyên đề: …': two items
            continue
        text += line if glued or not text else " " + line
    return text


def _cut_word(text: str, line: str) -> bool:
    """Does `line`, one consonant, end the last word of `text`? Every Vietnamese syllable has
    a vowel: a lower-case consonant alone ("g") ends the word above it ("Thán"); an upper-case
    one ("T") ends an abbreviation of consonants above it ("ST"), not a word ("Văn" over "B")."""
    if len(line) != 1 or not line.isalpha() or fold(line) in _VOWELS or not text[-1:].isalpha():
        return False
    if line.islower():
        return True
    last = text.split()[-1]
    return last.isalpha() and last.isupper() and not any(fold(ch) in _VOWELS for ch in last)


_VOWELS = frozenset("aeiouy")
# A line of a cell that opens an item of its own: a dash, a plus or a bullet and a space.
_CELL_ITEM = re.compile(r"^[-+•]\s+\S")


# -- reading a region: several renderings, a vote word by word -----------------------------


@dataclass
class _Word:
    text: str
    confidence: float
    left: int
    right: int
    middle: int  # vertical centre, in the region's pixels
    height: int


def _renderings(image: Image, cell: bool) -> list[tuple[Image, float]]:
    """The region as it is and enlarged, a table cell (where titles are) also enlarged and
    sharpened: Tesseract misses different tone marks on each, so each word is voted on."""
    from PIL import Image as PILImage
    from PIL import ImageFilter

    factor = 2.0 if cell else 1.5
    size = (round(image.size[0] * factor), round(image.size[1] * factor))
    larger = image.resize(size, PILImage.Resampling.LANCZOS)
    out = [(image, 1.0), (larger, factor)]
    if cell:
        out.append((larger.filter(ImageFilter.UnsharpMask(2, 150, 3)), factor))
    return out


def _tsv_lines(image: Image, scale: float) -> list[list[_Word]]:
    tsv = _run(image, "-l", "vie", "--psm", "6", "tsv")
    lines: dict[tuple[str, str, str], list[_Word]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5":
            continue
        text = (row.get("text") or "").strip()
        if not text:
            continue
        try:
            confidence = float(row.get("conf") or 0)
        except ValueError:
            confidence = 0.0
        left, top = int(row["left"]) / scale, int(row["top"]) / scale
        width, height = int(row["width"]) / scale, int(row["height"]) / scale
        key = (row["block_num"], row["par_num"], row["line_num"])
        lines.setdefault(key, []).append(
            _Word(text, confidence, round(left), round(left + width), round(top + height / 2),
                  round(height))
        )  # fmt: skip
    return [sorted(words, key=lambda w: w.left) for words in lines.values()]


def visual_lines(lines: list[list[_Word]]) -> list[list[_Word]]:
    """A table cell's words as the lines they stand on. Tesseract may cut one line of a cell
    into several "lines" of its own — 'Quý' alone, then 'I (th', then 'áng' — and read the
    accent of 'ý' as a word: so "Quý I (tháng 3)" came out "ý I (tháng Quý 3)". Here an accent
    read apart (a word a third as tall as the others, over the upper part of another) is dropped,
    lines whose middles stand within 0.4 of a line's height are one line, in the order of their
    words across, and a word cut in two with no gap ('(th' + 'áng') is joined again."""
    words = [w for line in lines for w in line]
    if not words:
        return []
    typical = sorted(w.height for w in words)[len(words) // 2] or 1
    accents = {
        id(w)
        for w in words
        if w.height < 0.35 * typical
        and any(
            o is not w
            and o.height >= 0.6 * typical
            and o.left - 2 <= w.left
            and w.right <= o.right + 2
            and o.middle - o.height <= w.middle
            and w.middle < o.middle - 0.25 * o.height
            for o in words
        )  # fmt: skip
    }  # a mark standing over the upper part of a word; a dash or a dot stands lower
    merged: list[list[_Word]] = []
    for line in sorted(lines, key=_middle):
        line = [w for w in line if id(w) not in accents]
        if not line:
            continue
        if merged and abs(_middle(merged[-1]) - _middle(line)) < 0.4 * typical:
            merged[-1].extend(line)
        else:
            merged.append(list(line))
    out = []
    for line in merged:
        joined: list[_Word] = []
        for word in sorted(line, key=lambda w: w.left):
            last = joined[-1] if joined else None
            gap = word.left - last.right if last is not None else typical
            if last is not None and -0.5 * typical < gap < 0.12 * typical:
                # cut inside a letter, that letter is read on both sides: "Thá" + "áng"
                twice = gap < 0 and last.text[-1:] == word.text[:1]
                text = last.text + (word.text[1:] if twice else word.text)
                joined[-1] = _Word(text, min(last.confidence, word.confidence),
                                   last.left, word.right, (last.middle + word.middle) // 2,
                                   max(last.height, word.height))  # fmt: skip
            else:
                joined.append(word)
        out.append(joined)
    return out


def _middle(line: list[_Word]) -> float:
    return sum(w.middle for w in line) / len(line)


def _vote(readings: list[list[list[_Word]]]) -> list[list[_Word]]:
    """Each line of the first reading with the same line of the others: when all have as many
    words, each word is the text with the most (squared) confidence over the readings; otherwise
    the line of the reading most sure of itself."""
    chosen: list[list[_Word]] = []
    for line in readings[0]:
        height = sorted(w.height for w in line)[len(line) // 2] or 1
        same = [line]
        for other in readings[1:]:
            near = [o for o in other if abs(_middle(o) - _middle(line)) < 0.6 * height]
            if near:
                same.append(min(near, key=lambda o: abs(_middle(o) - _middle(line))))
        if all(len(s) == len(line) for s in same):
            words = []
            for position, word in enumerate(line):
                score: dict[str, float] = {}
                best: dict[str, float] = {}
                for s in same:
                    candidate = s[position]
                    # Squared: one sure reading outweighs two unsure ones ("III" 86 vs "II" 44, 61).
                    score[candidate.text] = score.get(candidate.text, 0) + candidate.confidence**2
                    best[candidate.text] = max(best.get(candidate.text, 0), candidate.confidence)
                text = max(score, key=lambda t: score[t])
                words.append(_Word(text, best[text], word.left, word.right, word.middle,
                                   word.height))  # fmt: skip
            chosen.append(words)
        else:
            chosen.append(max(same, key=lambda s: sum(w.confidence for w in s) / len(s)))
    return chosen


# "[" and "]" are strokes too ("quý [II", "(Quý ])")
_STROKES = re.compile(r"^(\(?)([\[\]IlH|1]{1,4})([).,:;]*)$")
# An L among the strokes is an I whose foot ran into the slash ("QUÝ IIL/2024" for III/2024,
# "QUÝ IL2024" for II/2024, the slash lost in the L).
_DATED_NUMERAL = re.compile(r"^(\(?)([IlLH|1]{1,3})(/?)(\d{4}[).,:;]*)$")


def _count_strokes(image: Image, words: list[_Word], alone: bool = False) -> None:
    """The numeral after 'Quý' counted by its strokes: a blurred 'III' is read 'II' or 'H',
    but its upright strokes still stand apart in the middle of the letters. So is a table
    cell's only word that looks like one (a "Quý" column: "|", "H", "IH" for I, II, III);
    a digit alone there is a number ("1" in a "TT" column), not a numeral."""
    heading = len(words) > 2 and all(w.text.isupper() for w in words[1:3])
    for before, word in zip([None, *words], words, strict=False):
        numeral = _STROKES.match(word.text)
        if alone and not re.fullmatch(r"[IlH|]{1,4}", word.text):
            numeral = None
        named = before is not None and fold(before.text.strip("(")) == "quy"  # "Quý" before it
        after_quarter = named or alone  # or a cell's only word
        # "II. NỘI DUNG" read as "H. NỘI DUNG", "I. MỤC ĐÍCH" as "L MỤC ĐÍCH"
        opens_heading = before is None and heading
        if not numeral and opens_heading:
            numeral = re.match(r"^()([IlLH|1]{1,3})(\.?)$", word.text)
        after_term = before is not None and fold(before.text) in _TERM_WORDS
        if after_term and _TERM_SLIP.match(word.text):
            word.text = re.sub(r"[1l|]", "I", word.text)  # "lần thứ 1X" → "IX", "khóa X1V"
        term = _TERM_NUMERAL.match(word.text)
        if term and after_term:
            # "lần thứ XIII", "khóa XII": the Xs cross at mid-height (one run each), the Is
            # after them stand apart; a V is read well and such a numeral is left as read.
            strokes = _mid_runs(image, word) - len(term.group(2))
            if 1 <= strokes <= 3 and len(term.group(3)) in (strokes - 1, strokes, strokes + 1):
                word.text = term.group(1) + term.group(2) + "I" * strokes + term.group(4)
            continue
        dated = _DATED_NUMERAL.match(word.text) if after_quarter and not numeral else None
        if dated and alone and re.search(r"\d", dated.group(2)):
            dated = None  # "11/2019" alone in a "Tháng" column is a month, not "II/2019"
        if dated and (dated.group(3) or "L" in dated.group(2)):
            # "Quý IH/2022", "Quý I1/2023": the year's digits stand in the stroke count's band,
            # so the slips are read as the strokes they are (an H is two, a 1 or an l one).
            strokes = sum(2 if ch == "H" else 1 for ch in dated.group(2))
            if strokes <= 3:
                word.text = dated.group(1) + "I" * strokes + "/" + dated.group(4)
            continue
        if not numeral or not (after_quarter or opens_heading):
            continue
        strokes = _mid_runs(image, word) - sum(word.text.count(m) for m in "()")  # mid-height
        if 1 <= strokes <= 3:
            end = numeral.group(3) if alone or after_quarter else numeral.group(3) or "."
            word.text = numeral.group(1) + "I" * strokes + end


# A term or a congress numbered past ten ("Đại hội … lần thứ XIII", "Trung ương 4 khóa XII"),
# whose trailing Is a blurred scan reads one short or as "H".
_TERM_NUMERAL = re.compile(r"^(\(?)(X{1,2})([IlH|1]{1,3})([).,:;]*)$")
_TERM_WORDS = frozenset({"thu", "khoa", "hoi"})  # "lần thứ", "khóa", "Đại hội XIII"
# A numeral with an X or a V in which an I was read as a one or an l ("1X", "XVl").
_TERM_SLIP = re.compile(r"^\(?(?=[XVI1l|]*[XV])(?=[XVI1l|]*[1l|])[XVI1l|]{2,6}[).,:;]*$")


def _mid_runs(image: Image, word: _Word) -> int:
    """How many separate strokes cross the middle third of a word's height."""
    band = image.crop(
        (word.left - 2, word.middle - word.height // 6, word.right + 2,
         word.middle + word.height // 6)
    ).point(lambda v: 255 if v < 140 else 0)  # fmt: skip
    columns = band.resize((band.size[0], 1), resample=2).tobytes()
    return sum(
        1 for i, value in enumerate(columns) if value > 100 and (i == 0 or columns[i - 1] <= 100)
    )


def _read_region(
    image: Image,
    *,
    cell: bool,
    found: list[tuple[_Word, int, int]] | None = None,
    at: tuple[int, int] = (0, 0),
    placed: list[Placed] | None = None,
) -> tuple[list[str], list[str]]:
    """Lines of words in reading order; a wide gap between two words (an unruled column) is a
    tab. Words read with a low confidence are returned apart, for the review screen; every word
    goes to `found` with `at`, the region's top left corner on the page; each line goes to
    `placed` with where it stands across the page."""
    readings = [_tsv_lines(rendering, scale) for rendering, scale in _renderings(image, cell)]
    if cell:
        readings = [visual_lines(reading) for reading in readings]
    out: list[str] = []
    low: list[str] = []
    voted = _vote(readings)
    for words in voted:
        if not cell and _edge_noise(words, image.size[1]):
            continue
        _count_strokes(image, words, alone=cell and len(voted) == 1 and len(words) == 1)
        if found is not None:
            found.extend((word, at[0], at[1]) for word in words)
        heights = sorted(w.height for w in words)
        gap_limit = 2.5 * heights[len(heights) // 2]
        text = words[0].text
        gaps: list[int] = []
        ends: list[int] = []
        for before, word in zip(words, words[1:], strict=False):
            wide = word.left - before.right > gap_limit
            text += ("\t" if wide else " ") + word.text
            if wide:
                gaps.append(word.left + at[0])
                ends.append(before.right + at[0])
        out.append(correct_line(fix_common_slips(text)))
        if placed is not None:
            placed.append(
                Placed(
                    out[-1],
                    words[0].left + at[0],
                    words[-1].right + at[0],
                    gaps,
                    ends,
                    words[0].right + at[0],
                )
            )
        low.extend(
            w.text.strip(".,;:()“”\"'")
            for w in words
            if w.confidence < LOW_CONFIDENCE and sum(ch.isalpha() for ch in w.text) >= 2
        )
    return out, low


def _edge_noise(words: list[_Word], height: int) -> bool:
    """A line within two line heights of the region's top or bottom edge, read with a mean
    confidence under EDGE_NOISE_CONFIDENCE: the paper's edge or the surface under it."""
    if sum(w.confidence for w in words) / len(words) >= EDGE_NOISE_CONFIDENCE:
        return False
    line = sorted(w.height for w in words)[len(words) // 2]
    middle = _middle(words)
    return middle < 2 * line or middle > height - 2 * line


def _percent_boxes(found: list[tuple[_Word, int, int]], size: tuple[int, int]) -> list[list[Any]]:
    """[text, left, top, width, height, confidence] of each word, the box in % of the page
    (so it fits the page image at any size), the confidence rounded."""
    width, height = size
    return [
        [
            word.text,
            round(100 * (x + word.left) / width, 2),
            round(100 * (y + word.middle - word.height / 2) / height, 2),
            round(100 * (word.right - word.left) / width, 2),
            round(100 * word.height / height, 2),
            round(word.confidence),
        ]
        for word, x, y in found
    ]


def _preview(image: Image) -> bytes:
    from PIL import Image as PILImage

    width = min(PREVIEW_WIDTH, image.size[0])
    height = round(image.size[1] * width / image.size[0])
    out = io.BytesIO()
    image.resize((width, height), PILImage.Resampling.LANCZOS).save(out, "PNG", optimize=True)
    return out.getvalue()
