"""Reading a plan file into text blocks in document order.

.docx, text-based .pdf and .txt are read directly; old Word (.doc) and OpenDocument (.odt) files
are first converted to .docx by LibreOffice (`convert.py`); scanned PDFs and photos (JPEG/PNG)
are read by OCR (`ocr.py`), which also keeps the page images and the words it was unsure of.

Every failure is an `ImportReadError` whose message tells a Bí thư, in Vietnamese, what is
wrong with the file and what to do; nothing else escapes `read_document`.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from chibo.lib.uploads import UnsafeFile, check_zip

from .legacy import MESSAGES, legacy_share

MAX_BYTES = 20 * 1024 * 1024
MAX_XML_BYTES = 60 * 1024 * 1024  # uncompressed document.xml: refuses zip bombs
MAX_PDF_PAGES = 200
TEXT_SUFFIXES = {".txt", ".text", ".md"}


class ImportReadError(Exception):
    """The file cannot be read as a plan; str(error) is the Vietnamese message."""


@dataclass
class Block:
    kind: Literal["paragraph", "table"]
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    list_item: bool = False  # a Word paragraph with automatic numbering or bullets


@dataclass
class ReadResult:
    text: str
    paragraphs: list[str]
    tables: list[list[list[str]]]
    blocks: list[Block]
    warnings: list[str]
    source: Literal["docx", "pdf", "txt", "scan"]
    filename: str = ""
    uncertain: list[str] = field(default_factory=list)  # OCR words read with low confidence
    page_images: list[bytes] = field(default_factory=list)  # PNG pages of a scan, for review
    # Per page image, each word OCR read: [text, left, top, width, height (% of the page), conf]
    page_words: list[list[list[Any]]] = field(default_factory=list)

    @property
    def hard_wrapped(self) -> bool:
        """True when line ends are where the page ended, not where a paragraph did (PDF, 001)."""
        if self.source in ("pdf", "scan"):
            return True
        if self.source != "txt":
            return False
        lines = [p.strip() for p in self.paragraphs if p.strip()]
        if len(lines) < 10:
            return False
        continued = sum(
            1
            for a, b in zip(lines, lines[1:], strict=False)
            if a[-1] not in ".;:!?" and b[0].islower()
        )
        return continued >= 0.15 * len(lines)


def normalize(text: str) -> str:
    """NFC, no zero-width or control characters, non-breaking spaces as spaces."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\ufeff", "").replace("\u200b", "")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)


def read_document(source: str | Path | bytes, filename: str = "") -> ReadResult:
    """Read a plan from a path or from the uploaded bytes (then `filename` gives the type)."""
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        filename = filename or path.name
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise ImportReadError(_too_big(size))
            data = path.read_bytes()
        except FileNotFoundError as error:
            raise ImportReadError(f"Không tìm thấy tệp “{path}”.") from error
        except IsADirectoryError as error:
            raise ImportReadError(f"“{path}” là một thư mục, không phải tệp.") from error
        except OSError as error:
            raise ImportReadError(f"Không mở được tệp “{path}”: {error.strerror}.") from error
    if len(data) > MAX_BYTES:
        raise ImportReadError(_too_big(len(data)))
    if not data.strip():
        raise ImportReadError("Tệp rỗng: không có nội dung nào để nhập.")
    suffix = Path(filename).suffix.lower()
    try:
        result = _read_by_type(data, suffix)
    except ImportReadError:
        raise
    except Exception as error:  # a library choked on a malformed file: still a clear message
        raise ImportReadError(
            f"Không đọc được tệp “{filename or 'tải lên'}”: tệp bị hỏng hoặc không đúng định dạng "
            f"({type(error).__name__})."
        ) from error
    result.filename = filename
    _check_content(result)
    return result


def read_photos(photos: list[bytes]) -> ReadResult:
    """The photos of a plan's pages (JPEG/PNG), in order, read as one plan."""
    from .ocr import ocr_images

    if not photos:
        raise ImportReadError("Chưa có ảnh nào để nhập.")
    for data in photos:
        if len(data) > MAX_BYTES:
            raise ImportReadError(_too_big(len(data)))
        if not (data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff"):
            raise ImportReadError(
                "Chỉ ghép được các ảnh chụp trang (.jpg, .png) thành một kế hoạch."
            )
    result = ocr_images(photos)
    result.filename = f"{len(photos)} ảnh chụp"
    _check_content(result)
    return result


def _too_big(size: int) -> str:
    return (
        f"Tệp quá lớn ({size / 1024 / 1024:.1f} MB); chỉ nhận tệp đến "
        f"{MAX_BYTES // 1024 // 1024} MB. Hãy bỏ ảnh trong tệp hoặc lưu lại chỉ phần chữ."
    )


def _read_by_type(data: bytes, suffix: str) -> ReadResult:
    # The content decides, not the name: a renamed file is read for what it is.
    from .convert import to_docx
    from .ocr import ocr_image, ocr_pdf

    if data[:4] == b"PK\x03\x04":
        if _is_odt(data):
            result = _read_docx(to_docx(data, ".odt"))
            result.warnings.append("Tệp OpenDocument (.odt) đã được chuyển sang Word để đọc.")
        elif suffix in {".odt", ".ods", ".xlsx", ".pptx"}:
            raise ImportReadError(_unsupported(suffix))
        else:
            result = _read_docx(data)
    elif data.lstrip()[:5] == b"%PDF-":
        result = _read_pdf(data)
        if not result.text.strip():  # a scan: no text layer, read the page images
            result = ocr_pdf(data)
    elif data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        result = _read_docx(to_docx(data, ".doc"))
        result.warnings.append("Tệp Word cũ (.doc) đã được chuyển sang .docx để đọc.")
    elif data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff":
        result = ocr_image(data)
    elif data.lstrip()[:5] == b"{\\rtf":
        raise ImportReadError(
            "Đây là tệp RTF. Hãy mở bằng Word và lưu thành tệp .docx rồi nhập lại."
        )
    elif suffix in {".docx", ".pdf"}:
        kind = "Word (.docx)" if suffix == ".docx" else "PDF"
        raise ImportReadError(
            f"Tệp có đuôi {suffix} nhưng không phải tệp {kind} hợp lệ (có thể bị hỏng, "
            "tải về chưa hết hoặc bị đổi tên). Hãy mở lại bằng Word hoặc trình đọc PDF và lưu lại."
        )
    elif suffix in TEXT_SUFFIXES or suffix == "":
        result = _read_text(data)
    else:
        raise ImportReadError(_unsupported(suffix))
    expected = {".docx": "docx", ".pdf": "pdf"}.get(suffix)
    if expected and expected != result.source and result.source != "scan":
        result.warnings.append(
            f"Tệp có đuôi {suffix} nhưng nội dung là tệp {result.source.upper()}; "
            "đã đọc theo nội dung thật."
        )
    return result


def _unsupported(suffix: str) -> str:
    return (
        f"Chưa nhận được tệp {suffix or 'không có đuôi'}: chỉ nhận tệp Word (.docx, .doc), "
        "OpenDocument (.odt), PDF (.pdf, kể cả bản quét), ảnh chụp (.jpg, .png) hoặc văn bản (.txt)."
    )


def _is_odt(data: bytes) -> bool:
    """An OpenDocument text: its first member is `mimetype` naming the text type."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "mimetype" not in archive.namelist():
                return False
            check_zip(data)
            return archive.read("mimetype").strip() == b"application/vnd.oasis.opendocument.text"
    except UnsafeFile as error:
        raise ImportReadError(f"{error} Hãy mở tệp, lưu lại rồi nhập lại.") from error
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _check_content(result: ReadResult) -> None:
    if not result.text.strip():
        if result.source in ("pdf", "scan"):
            raise ImportReadError(
                "Không nhận dạng được chữ nào trong ảnh quét hay ảnh chụp (ảnh quá mờ, quá tối "
                "hoặc không có chữ). Hãy quét lại rõ hơn hoặc dùng tệp Word gốc."
            )
        raise ImportReadError("Tệp không có chữ nào để nhập.")
    kind, share = legacy_share(result.paragraphs + [c for t in result.tables for r in t for c in r])
    if kind and share >= 0.3:
        raise ImportReadError(MESSAGES[kind])
    if kind:
        result.warnings.append(
            f"Một phần văn bản ({share:.0%}) dùng bảng mã cũ; phần đó có thể bị lỗi chữ. "
            + MESSAGES[kind]
        )


def _result(
    blocks: list[Block], source: Literal["docx", "pdf", "txt", "scan"], warnings: list[str]
) -> ReadResult:
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    tables = [b.rows for b in blocks if b.kind == "table"]
    parts: list[str] = []
    for block in blocks:
        if block.kind == "paragraph":
            parts.append(block.text)
        else:
            parts.extend("\t".join(row) for row in block.rows)
    return ReadResult("\n".join(parts), paragraphs, tables, blocks, warnings, source)


# -- .docx -----------------------------------------------------------------------------


def _read_docx(data: bytes) -> ReadResult:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        raise ImportReadError(
            "Tệp Word (.docx) bị hỏng (có thể tải về chưa hết). Hãy mở bằng Word, lưu lại rồi nhập lại."
        ) from error
    if "word/document.xml" not in names:
        raise ImportReadError(
            "Tệp nén này không phải tài liệu Word (.docx): thiếu phần nội dung word/document.xml."
        )
    if archive.getinfo("word/document.xml").file_size > MAX_XML_BYTES:
        raise ImportReadError("Nội dung tệp Word quá lớn để nhập.")
    try:  # python-docx loads every related part (images too): size them all first
        check_zip(data)
    except UnsafeFile as error:
        raise ImportReadError(f"{error} Hãy mở bằng Word, lưu lại rồi nhập lại.") from error
    try:
        archive.testzip()
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise ImportReadError(
            "Tệp Word (.docx) bị hỏng (có thể tải về chưa hết). Hãy mở bằng Word, lưu lại rồi nhập lại."
        ) from error

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:
        raise ImportReadError(
            "Không mở được tệp Word (.docx): tệp bị hỏng hoặc được tạo bằng phần mềm lạ. "
            "Hãy mở bằng Word, lưu lại rồi nhập lại."
        ) from error
    blocks: list[Block] = []
    # doc.paragraphs skips tables: walk the body so paragraphs and tables keep their order.
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            list_item = element.find(".//" + _W + "numPr") is not None or (
                paragraph.style is not None and "List" in (paragraph.style.name or "")
            )
            blocks.append(Block("paragraph", normalize(paragraph.text), list_item=list_item))
        elif tag == "tbl":
            blocks.append(Block("table", rows=_table_rows(Table(element, document))))
    return _result(blocks, "docx", [])


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _table_rows(table: object) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        seen: list[object] = []
        for cell in row.cells:
            if any(cell._tc is other for other in seen):  # a merged cell repeats itself
                continue
            seen.append(cell._tc)
            cells.append(normalize("\n".join(p.text for p in cell.paragraphs)).strip())
        rows.append(cells)
    return rows


# -- .pdf ------------------------------------------------------------------------------


def _read_pdf(data: bytes) -> ReadResult:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportReadError("Tệp PDF có mật khẩu. Hãy gỡ mật khẩu rồi nhập lại.")
        pages = reader.pages
        count = len(pages)
    except ImportReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise ImportReadError(
            "Tệp PDF bị hỏng (có thể tải về chưa hết). Hãy tải lại hoặc dùng tệp Word gốc."
        ) from error
    if count > MAX_PDF_PAGES:
        raise ImportReadError(
            f"Tệp PDF có {count} trang; chỉ nhận kế hoạch đến {MAX_PDF_PAGES} trang."
        )
    blocks: list[Block] = []
    for page in pages:
        text = normalize(page.extract_text() or "")
        blocks.extend(Block("paragraph", line.rstrip()) for line in text.splitlines())
    return _result(blocks, "pdf", [])


# -- .txt ------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, list[str]]:
    if data[:3] == b"\xef\xbb\xbf":
        return data[3:].decode("utf-8", errors="replace"), []
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace"), []
    sample = data[:4096]
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if control > max(2, len(sample) // 100):
        raise ImportReadError(
            "Tệp không phải văn bản đọc được (có vẻ là tệp nhị phân). Hãy nhập tệp Word (.docx), "
            "PDF hoặc văn bản (.txt)."
        )
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        # Windows' Vietnamese code page writes tones as combining marks: NFC composes them.
        return data.decode("cp1258", errors="replace"), [
            "Tệp văn bản không phải UTF-8; đã đọc theo bảng mã Windows-1258. Hãy kiểm tra dấu tiếng Việt."
        ]


_TAB_ROW = re.compile(r"\S\t+\S")
_PIPE_ROW = re.compile(r"\S\s+\|\s+\S")  # "TT | Thời gian | Chuyên đề": a table typed as text


def _read_text(data: bytes) -> ReadResult:
    text, warnings = _decode(data)
    text = normalize(text).replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    table: list[list[str]] = []

    def flush() -> None:
        if len(table) >= 2:
            blocks.append(Block("table", rows=[list(r) for r in table]))
        else:
            blocks.extend(Block("paragraph", "   ".join(r)) for r in table)
        table.clear()

    # Rows copied out of a Word table arrive as tab-separated lines: keep them a table.
    for line in text.split("\n"):
        if _TAB_ROW.search(line):
            table.append([cell.strip() for cell in line.split("\t") if cell.strip()])
            continue
        if _PIPE_ROW.search(line):
            table.append([cell.strip() for cell in line.strip().strip("|").split("|")])
            continue
        if table and not line.strip():
            continue
        if table:
            flush()
        blocks.append(Block("paragraph", line.rstrip()))
    if table:
        flush()
    return _result(blocks, "txt", warnings)
