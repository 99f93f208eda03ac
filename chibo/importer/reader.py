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

from . import shapes
from .legacy import MESSAGES, legacy_share
from .times import QUARTER_HEAD

MAX_BYTES = 20 * 1024 * 1024
MAX_XML_BYTES = 60 * 1024 * 1024  # uncompressed document.xml: refuses zip bombs
MAX_PDF_PAGES = 200
TEXT_SUFFIXES = {".txt", ".text", ".md"}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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
    text = re.sub("[\u2007\u2009\u202f]", " ", text).replace("\u00ad", "")  # thin, soft hyphen
    return shapes.letters(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text))


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
    _as_shown(document.element.body)
    numbering = _Numbering(document)
    notes = _footnotes(document)
    blocks: list[Block] = _page_headers(document, notes)
    # doc.paragraphs skips tables: walk the body so paragraphs and tables keep their order.
    for element in _body_elements(document.element.body):
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.extend(_text_boxes(element, document, notes))
            paragraph = Paragraph(element, document)
            label = numbering.label(element)
            list_item = (
                bool(label)
                or element.find(".//" + _W + "numPr") is not None
                or (paragraph.style is not None and "List" in (paragraph.style.name or ""))
            )
            text = _joined_breaks(_without_leaders(normalize(_seen_text(paragraph, notes))))
            if label and text.strip():
                text = f"{label} {text.lstrip()}"
            blocks.append(Block("paragraph", text, list_item=list_item))
        elif tag == "tbl":
            rows = _table_rows(Table(element, document), numbering, notes)
            if _label_table(rows):  # "Thời gian: | Quý 1": lines of a form, not a table
                blocks.extend(Block("paragraph", f"{r[0]} {r[1]}".strip()) for r in rows)
            else:
                blocks.append(Block("table", rows=rows))
    return _result(_tables_joined(_tab_tables(_superscript_notes(blocks))), "docx", [])


# -- tracked changes and wrappers: the text Word shows --------------------------------------

# Revisions whose content Word no longer shows once the changes are accepted, and the records of
# earlier formatting (an old numbering in w:pPrChange is not the paragraph's numbering).
_DROPPED = {
    "del", "moveFrom", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
    "moveToRangeEnd", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "tblPrExChange",
    "trPrChange", "tcPrChange", "tblGridChange", "numberingChange", "cellDel", "cellIns",
    "cellMerge", "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart",
    "customXmlDelRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
    "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd",
}  # fmt: skip
# Wrappers whose content Word shows as if it stood in their place: inserted or moved-in text,
# smart tags, custom XML, simple fields, content controls, text direction.
_UNWRAPPED = {"ins", "moveTo", "smartTag", "customXml", "fldSimple", "sdt", "dir", "bdo"}
_WRAPPER_PROPERTIES = {"smartTagPr", "customXmlPr", "sdtPr", "sdtEndPr"}


def _as_shown(body: Any) -> None:
    """The document as Word shows it with its tracked changes accepted (the final text):
    inserted and moved-in text kept, deleted and moved-away text dropped, a deleted row gone, a
    paragraph whose mark was deleted joined to the next one; wrappers that python-docx does not
    look into (inserted runs, smart tags, inline content controls, simple fields) opened up."""
    merged = [
        p
        for p in body.iter(_W + "p")
        if p.find(f"{_W}pPr/{_W}rPr/{_W}del") is not None
        or p.find(f"{_W}pPr/{_W}rPr/{_W}moveFrom") is not None
    ]
    for row in list(body.iter(_W + "tr")):
        properties = row.find(_W + "trPr")
        if properties is not None and properties.find(_W + "del") is not None:
            row.getparent().remove(row)
    for element in list(body.iter(*(_W + tag for tag in _DROPPED))):
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    # Deepest first, so that a wrapper inside a wrapper is opened before its parent moves it.
    wrappers = list(body.iter(*(_W + tag for tag in _UNWRAPPED)))
    for element in reversed(wrappers):
        parent = element.getparent()
        if parent is None:
            continue
        content = element.find(_W + "sdtContent") if element.tag == _W + "sdt" else element
        children = [
            child
            for child in (content if content is not None else [])
            if child.tag.rsplit("}", 1)[-1] not in _WRAPPER_PROPERTIES
        ]
        index = parent.index(element)
        parent.remove(element)
        for offset, child in enumerate(children):
            parent.insert(index + offset, child)
    for paragraph in merged:  # in document order: a chain of joined paragraphs ends in one
        following = paragraph.getnext()
        parent = paragraph.getparent()
        if parent is None or following is None or following.tag != _W + "p":
            continue
        content = [child for child in paragraph if child.tag != _W + "pPr"]
        at = 1 if following.find(_W + "pPr") is not None else 0
        for offset, child in enumerate(content):
            following.insert(at + offset, child)
        parent.remove(paragraph)


def _body_elements(body: Any) -> Any:
    """The body's paragraphs and tables in order, including those inside content controls."""
    for element in body.iterchildren():
        if element.tag == _W + "sdt":
            content = element.find(_W + "sdtContent")
            if content is not None:
                yield from _body_elements(content)
        else:
            yield element


def _table_rows(
    table: object, numbering: _Numbering | None = None, notes: dict[str, str] | None = None
) -> list[list[str]]:
    rows: list[list[str]] = []
    inner_head: list[str] | None = None
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        seen: list[object] = []
        inner: tuple[int, list[list[str]]] | None = None  # a table nested in a cell of the row
        for cell in row.cells:
            if any(cell._tc is other for other in seen):  # a merged cell repeats itself
                continue
            seen.append(cell._tc)
            texts = []
            for p in cell.paragraphs:  # each paragraph and each line break: a line of the cell
                label = numbering.label(p._p) if numbering is not None else ""
                text = _without_leaders(normalize(_seen_text(p, notes or {}))).strip()
                texts.append(f"{label} {text}" if label and text else text)
            nested = cell.tables
            if nested and inner is None:
                inner = (len(cells), [r for t in nested for r in _table_rows(t, numbering, notes)])
            cells.append("\n".join(texts).strip())
        if inner is None or not inner[1]:
            rows.append(cells)
            continue
        inner_head = _nested_rows(rows, cells, *inner, inner_head)
    two = _two_level_header(table, notes or {})
    if two and len(rows) >= 2 and len(rows[1]) == len(two):
        rows[0:2] = [two]
    header = _row_key(rows[0]) if rows else ()
    # A header row repeated after a page break (typed again) is not a row of the content.
    return [
        row for i, row in enumerate(rows) if i == 0 or _row_key(row) != header or not any(header)
    ]


def _row_key(row: list[str]) -> tuple[str, ...]:
    """A row as typed again: the same words, whatever the spacing or case."""
    return tuple(" ".join(cell.split()).casefold() for cell in row)


def _cell_text(cell: Any, notes: dict[str, str]) -> str:
    return "\n".join(
        _without_leaders(normalize(_seen_text(p, notes))).strip() for p in cell.paragraphs
    ).strip()


# A lower heading that is only a unit of time ("Quý", "Tháng", "Tuần", "Ngày").
_TIME_UNIT = re.compile(r"\s*(?:quý|tháng|tuần|ngày)\s*", re.IGNORECASE)


def _two_level_header(table: Any, notes: dict[str, str]) -> list[str] | None:
    """A header of two rows whose upper cells are merged across the lower ones ("Quý I" over
    "Tháng 1 | Tháng 2 | Tháng 3", "Năm 2023" over "Chỉ tiêu | Kết quả") read as one row, each
    column named as a reader names it: the lower heading under the upper one; a cell merged down
    over both rows named once."""
    rows = list(table.rows[:2])
    if len(rows) < 2:
        return None
    top, bottom = list(rows[0].cells), list(rows[1].cells)
    width = len(top)
    if width < 3 or len(bottom) != width:
        return None
    spans = [j for j in range(1, width) if top[j]._tc is top[j - 1]._tc]
    if not spans or all(top[j]._tc is top[0]._tc for j in range(width)):
        return None  # nothing merged across, or a band over the whole table
    if any(bottom[j]._tc is bottom[j - 1]._tc for j in range(1, width)):
        return None
    out: list[str] = []
    for j in range(width):
        upper, lower = _cell_text(top[j], notes), _cell_text(bottom[j], notes)
        if bottom[j]._tc is top[j]._tc or not lower:
            out.append(upper)
        elif not upper:
            out.append(lower)
        elif QUARTER_HEAD.match(upper) and (
            re.fullmatch(r"(?:tháng|t\.?)?\s*\d{1,2}", lower, re.IGNORECASE)
        ):  # a month under its quarter: the month says both
            out.append(lower if not lower.isdigit() else f"Tháng {int(lower)}")
        elif _TIME_UNIT.fullmatch(lower):
            out.append(lower)  # "Quý" | "Tháng" under "Thời gian": the unit reads the bare numbers
        else:
            out.append(f"{upper} – {lower}")
    return out


def _label_table(rows: list[list[str]]) -> bool:
    """A two-column table of labels ending with a colon and their values ("Thời gian: | Quý 1",
    "Chủ trì: | Đ/c …"), as a typist lines up a form: read as the form's lines."""
    return len(rows) >= 2 and all(
        len(row) == 2
        and row[0].endswith(":")
        and "\n" not in row[0]
        and len(row[0].split()) <= 6
        and "\n" not in row[1]
        for row in rows
    )


def _nested_rows(
    rows: list[list[str]],
    cells: list[str],
    at: int,
    inner: list[list[str]],
    inner_head: list[str] | None,
) -> list[str] | None:
    """A row whose cell holds a small table, as a reader sees it: one row per row of the inner
    table, the row's other cells beside each (a "Quý 2" cell standing for all of its rows), the
    inner table's header in place of the outer column's heading. Returns the inner header."""
    head, body = inner[0], inner[1:]
    if inner_head is not None and _row_key(head) == _row_key(inner_head):
        pass  # the same header again: the outer heading was already replaced
    elif rows and len(rows) == 1 and at < len(rows[0]) and inner_head is None:
        rows[0][at : at + 1] = head
        inner_head = head
    else:
        body = inner  # a first row that is no header of a known table: a row like the others
    note = cells[at]
    for k, inner_row in enumerate(body or [head]):
        row = cells[:at] + list(inner_row) + cells[at + 1 :]
        if note and k == 0:
            row[at] = f"{note}\n{row[at]}".strip()
        rows.append(row)
    return inner_head


_NOTE_MARK = {"footnoteReference", "endnoteReference"}


def _struck(run: Any) -> bool:
    """A run drawn struck out (w:strike, w:dstrike), a reader takes it as deleted, or hidden."""
    r_pr = run.find(_W + "rPr")
    if r_pr is None:
        return False
    for tag in ("strike", "dstrike", "vanish"):  # hidden text is not on the page either
        mark = r_pr.find(_W + tag)
        if mark is not None and _val(mark) not in ("0", "false", "off"):
            return True
    return False


def _seen_text(paragraph: Any, notes: dict[str, str]) -> str:
    """A paragraph's text as printed: struck-out runs left out, a footnote's text in brackets
    where its mark stands (the reader looks down to the foot of the page and back)."""
    wrapped = hasattr(paragraph, "_p")  # a python-docx Paragraph, else a bare <w:p>
    element = paragraph._p if wrapped else paragraph
    if not any(
        e.tag
        in (
            _W + "strike",
            _W + "dstrike",
            _W + "vanish",
            _W + "footnoteReference",
            _W + "endnoteReference",
        )
        or (e.tag == _W + "vertAlign" and _val(e) == "superscript")
        for e in element.iter()
    ):
        return str(paragraph.text) if wrapped else _plain(element)
    parts: list[str] = []
    for run in element.iter(_W + "r"):
        if _inside_box(run, element) or _struck(run):
            continue
        mark = _superscript_number(run)
        if mark:  # a note number typed in superscript: resolved against the notes below
            parts.append(f"{_MARK_OPEN}{mark}{_MARK_CLOSE}")
            continue
        for child in run:
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "t":
                parts.append(child.text or "")
            elif tag in ("tab", "ptab"):
                parts.append("\t")
            elif tag in ("br", "cr"):
                parts.append("\n")
            elif tag == "noBreakHyphen":
                parts.append("-")
            elif tag in _NOTE_MARK:
                note = notes.get(f"{tag[:3]}{_attr(child, 'id')}", "").strip()
                if note:
                    parts.append(f" ({note.rstrip('.')})")
    return re.sub(r"[ ]{2,}", " ", "".join(parts))


_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"
_MARKED_NOTE = re.compile("\ue000(\\d{1,2})\ue001")
_RULE = re.compile(r"\s*[_\-–—]{5,}\s*")
_NOTE_LINE = re.compile(r"^\s*(?:\((\d{1,2})\)|(\d{1,2})[.)]?)\s+(\S.*)$")


def _superscript_number(run: Any) -> str:
    r_pr = run.find(_W + "rPr")
    align = r_pr.find(_W + "vertAlign") if r_pr is not None else None
    if align is None or _val(align) != "superscript":
        return ""
    text = "".join(t.text or "" for t in run.iter(_W + "t")).strip()
    return text if re.fullmatch(r"\(?\d{1,2}\)?", text) else ""


def _superscript_notes(blocks: list[Block]) -> list[Block]:
    """Note numbers typed in superscript after a title, the notes typed as "(1) …" lines lower
    down (under a rule): each note read where its number stands, as a reader looks it up."""
    marked = [b for b in blocks if b.kind == "paragraph" and _MARK_OPEN in b.text]
    cells = any(_MARK_OPEN in c for b in blocks if b.kind == "table" for r in b.rows for c in r)
    if not marked and not cells:
        return blocks
    notes: dict[str, str] = {}
    kept: list[Block] = []
    after_rule = False  # below a rule "______", "1 …" is a note too; above it only "(1) …"
    for block in blocks:
        if block.kind == "paragraph" and _RULE.fullmatch(block.text):
            after_rule = True
        match = _NOTE_LINE.match(block.text) if block.kind == "paragraph" else None
        if match and not (after_rule or match.group(1)):
            match = None
        if match and _MARK_OPEN not in block.text:
            number = match.group(1) or match.group(2)
            if number not in notes and any(f"{_MARK_OPEN}{number}{_MARK_CLOSE}" in b.text
                                           for b in marked) or cells:  # fmt: skip
                notes.setdefault(number, match.group(3).strip())
                continue
        kept.append(block)

    def resolve(text: str) -> str:
        def note(m: re.Match[str]) -> str:
            found = notes.get(m.group(1).strip("()"), "")
            return f" ({found.rstrip('.')})" if found else ""

        return (
            _MARKED_NOTE.sub(note, text.replace("(\ue001", "\ue001"))
            .replace(_MARK_OPEN, "")
            .replace(_MARK_CLOSE, "")
        )

    for block in kept:
        if block.kind == "paragraph":
            block.text = resolve(block.text)
        else:
            block.rows = [[resolve(c) for c in row] for row in block.rows]
    return [b for b in kept if not (b.kind == "paragraph" and _RULE.fullmatch(b.text) and notes)]


def _plain(element: Any) -> str:
    """The text of a <w:p> outside python-docx (a paragraph of a text box or a note)."""
    out: list[str] = []
    for node in element.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        if _inside_box(node, element):
            continue
        tag = node.tag.rsplit("}", 1)[-1]
        out.append(node.text or "" if tag == "t" else "\t" if tag == "tab" else "\n")
    return "".join(out)


def _inside_box(node: Any, top: Any) -> bool:
    """`node` sits in a text box drawn inside `top` (its text is read apart, once)."""
    parent = node.getparent()
    while parent is not None and parent is not top:
        if parent.tag == _W + "txbxContent":
            return True
        parent = parent.getparent()
    return False


def _footnotes(document: Any) -> dict[str, str]:
    """Footnote and endnote texts by kind and id ("foo3", "end1"), separators left out."""
    from lxml import etree

    notes: dict[str, str] = {}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind not in ("footnotes", "endnotes") or rel.is_external:
            continue
        try:
            root = etree.fromstring(rel.target_part.blob)
        except (etree.XMLSyntaxError, AttributeError, ValueError):
            continue
        for note in root:
            if note.get(_W + "type") in (
                "separator",
                "continuationSeparator",
                "continuationNotice",
            ):
                continue
            text = " ".join(normalize(_plain(p)).strip() for p in note.iter(_W + "p"))
            notes[f"{kind[:3]}{note.get(_W + 'id')}"] = " ".join(text.split())
    return notes


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def _text_boxes(paragraph: Any, document: Any, notes: dict[str, str]) -> list[Block]:
    """The text of floating text boxes anchored in a paragraph (a header typed in a box), read
    before it; a box saved twice (DrawingML and its VML fallback) is read once."""
    from docx.table import Table

    blocks: list[Block] = []
    for box in paragraph.iter(_W + "txbxContent"):
        if any(a.tag == _MC + "Fallback" for a in box.iterancestors()):
            continue
        if any(a.tag == _W + "txbxContent" for a in box.iterancestors()):
            continue
        for element in box.iterchildren():
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "p":
                text = normalize(_seen_text(element, notes))
                blocks.append(Block("paragraph", _joined_breaks(text)))
            elif tag == "tbl":
                blocks.append(
                    Block("table", rows=_table_rows(Table(element, document), None, notes))
                )
    return blocks


def _page_headers(document: Any, notes: dict[str, str]) -> list[Block]:
    """What is typed in the page header (the committee, the cell, the number) read as the top of
    the first page: the first section's first-page or default header, when it holds words."""
    from docx.table import Table

    blocks: list[Block] = []
    seen: set[str] = set()
    for section in document.sections[:1]:
        for header in (section.first_page_header, section.header):
            try:
                if header.is_linked_to_previous:
                    continue
                element = header._element
            except (AttributeError, KeyError, ValueError):
                continue
            part: list[Block] = []
            for child in element.iterchildren():
                tag = child.tag.rsplit("}", 1)[-1]
                if tag == "p":
                    part.extend(_text_boxes(child, document, notes))
                    text = normalize(_seen_text(child, notes)).strip()
                    if text:
                        part.append(Block("paragraph", _joined_breaks(text)))
                elif tag == "tbl":
                    part.append(Block("table", rows=_table_rows(Table(child, header), None, notes)))
            key = _text_of(part)
            if len(re.findall(r"\w{2,}", key)) >= 3 and key not in seen:
                seen.add(key)
                blocks.extend(part)
    return blocks


def _text_of(blocks: list[Block]) -> str:
    return "\n".join(b.text if b.kind == "paragraph" else str(b.rows) for b in blocks)


# -- Word's automatic numbering ----------------------------------------------------------


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while n >= value:
            out += letters
            n -= value
    return out


def _letters(n: int) -> str:
    """Word's letter numbering: a … z, then aa … zz."""
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)  # decimal and every other format a plan is likely to use


_BULLET_GLYPHS = {"\uf0b7", "\uf0a7", "\uf0d8", "\uf0fc", "\uf076", "\u2022", "\u25cf", "o", "§"}


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    indent: int = 0  # left indent in twips: how far in Word draws the item


class _Numbering:
    """The numbers and bullets Word draws before list paragraphs (numbering.xml), which are not
    in the paragraph's text: counted in document order per list, as Word displays them."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}  # abstractNumId → ilvl → level
        self.lists: dict[str, tuple[str, dict[int, int]]] = {}  # numId → (counter key, overrides)
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        self.abstract_of: dict[str, str] = {}  # numId → abstractNumId
        self.bullet_indents: list[int] = []
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError, ValueError):
            numbering = None
        if numbering is not None:
            self._read_numbering(numbering)
        try:
            styles = document.styles.element
        except (KeyError, NotImplementedError, AttributeError, ValueError):
            styles = None
        if styles is not None:
            for style in styles.iter(_W + "style"):
                sid = style.get(_W + "styleId")
                based = style.find(_W + "basedOn")
                num_pr = style.find(f"{_W}pPr/{_W}numPr")
                num_id = ilvl = None
                if num_pr is not None:
                    num_id = _val(num_pr.find(_W + "numId"))
                    ilvl = _val(num_pr.find(_W + "ilvl"))
                if sid:
                    self.styles[sid] = (num_id, ilvl, _val(based))

    def _read_numbering(self, root: Any) -> None:
        for abstract in root.iter(_W + "abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in abstract.iter(_W + "lvl"):
                level = _Level(
                    fmt=_val(lvl.find(_W + "numFmt")) or "decimal",
                    text=_val(lvl.find(_W + "lvlText")) or "",
                    start=_int(_val(lvl.find(_W + "start")), 1),
                    indent=_int(_attr(lvl.find(f"{_W}pPr/{_W}ind"), "left"), 0),
                )
                levels[_int(lvl.get(_W + "ilvl"), 0)] = level
            self.levels[abstract.get(_W + "abstractNumId") or ""] = levels
        for num in root.iter(_W + "num"):
            num_id = num.get(_W + "numId") or ""
            abstract_id = _val(num.find(_W + "abstractNumId")) or ""
            overrides: dict[int, int] = {}
            for override in num.iter(_W + "lvlOverride"):
                start = _val(override.find(_W + "startOverride"))
                if start is not None:
                    overrides[_int(override.get(_W + "ilvl"), 0)] = _int(start, 1)
            # Lists sharing a definition continue one another unless one restarts its count.
            key = f"num{num_id}" if overrides else f"abs{abstract_id}"
            self.lists[num_id] = (key, overrides)
            self.abstract_of[num_id] = abstract_id

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, str | None]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            num_id, ilvl, based = self.styles.get(style_id, (None, None, None))
            if num_id is not None:
                return num_id, ilvl
            style_id = based
        return None, None

    def label(self, paragraph: Any) -> str:
        """The number or bullet Word shows before this <w:p>, '' when it has none."""
        p_pr = paragraph.find(_W + "pPr")
        num_id = ilvl = None
        style_id = None
        if p_pr is not None:
            num_pr = p_pr.find(_W + "numPr")
            if num_pr is not None:
                num_id = _val(num_pr.find(_W + "numId"))
                ilvl = _val(num_pr.find(_W + "ilvl"))
            style_id = _val(p_pr.find(_W + "pStyle"))
        if num_id is None:
            num_id, style_ilvl = self._style_numbering(style_id)
            ilvl = ilvl if ilvl is not None else style_ilvl
        if num_id is None or num_id == "0" or num_id not in self.lists:
            return ""
        level_no = _int(ilvl, 0)
        key, overrides = self.lists[num_id]
        levels = self.levels.get(self.abstract_of.get(num_id, ""), {})
        level = levels.get(level_no)
        if level is None:
            return ""
        counts = self.counters.setdefault(key, {})
        if key not in self.started:
            self.started.add(key)
            for lvl_no, start in overrides.items():
                counts[lvl_no] = start - 1
        start = overrides.get(level_no, level.start)
        counts[level_no] = counts[level_no] + 1 if level_no in counts else start
        for deeper in [n for n in counts if n > level_no]:
            del counts[deeper]  # a new item restarts the levels below it
        if level.fmt == "bullet":  # a bullet drawn further in than the first ones is nested
            self.bullet_indents.append(level.indent)
            nested = level_no > 0 or level.indent > min(self.bullet_indents)
            return "–" if nested else "•"
        if level.fmt == "none":
            return ""

        def number(match: re.Match[str]) -> str:
            n = int(match.group(1)) - 1
            lv = levels.get(n)
            value = counts.get(n, lv.start if lv else 1)
            return _format_number(value, lv.fmt if lv else "decimal")

        return re.sub(r"%([1-9])", number, level.text).strip()


def _val(element: Any) -> str | None:
    return _attr(element, "val")


def _attr(element: Any, name: str) -> str | None:
    return None if element is None else element.get(_W + name)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# -- what a reader sees rather than what was typed ------------------------------------------

_LEADER = re.compile(r"\s*(?:\.{4,}|…{2,}|(?:\.\s){4,}\.?)\s*")


def _without_leaders(text: str) -> str:
    """Dotted leaders of a filled-in form ("Thời gian: ........ Quý III .....") removed."""
    if "...." not in text and "……" not in text and ". . . ." not in text:
        return text
    lines = [_LEADER.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


_ENDS = ".;:!?"


def _continues(before: str, after: str) -> bool:
    """`after` carries on the sentence of `before` (a title broken by hand or by the page width)."""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after or before[-1] in _ENDS:
        return False
    if _NEW_ITEM.match(after):
        return False
    return after[0].islower() or (after[0].isdigit() and not re.match(r"\d+\s*[.)/]\s", after))


_NEW_ITEM = re.compile(
    r"^(?:[-–—•·+*\u2022\uf0b7]\s|[a-zđ]\s?\)\s|\d{1,2}(?:\.\d{1,2})*\s?[.)]\s|[IVX]{1,5}\s?[.)]\s)"
)


def _joined_breaks(text: str) -> str:
    """A line break typed inside a paragraph (Shift+Enter) in mid-sentence joined back."""
    if "\n" not in text:
        return text
    out: list[str] = []
    for part in text.split("\n"):
        if out and _continues(out[-1], part):
            out[-1] = f"{out[-1].rstrip()} {part.strip()}"
        else:
            out.append(part)
    return "\n".join(out)


_DATE_LINE = re.compile(r", ngay \d{1,2} thang \d{1,2} nam \d{4}")
_SIGNATURE_MARKS = ("t/m", "noi nhan", "dang cong san", "doc lap", "so:", "kinh gui")


def _tab_fields(line: str) -> list[tuple[int, str]]:
    """The text runs of a tabbed line with the number of tabs before each."""
    fields: list[tuple[int, str]] = []
    tabs = 0
    for part in re.split(r"(\t)", line.rstrip()):
        if part == "\t":
            tabs += 1
        elif part.strip():
            fields.append((tabs, part.strip()))
    return fields


def _is_tabbed(text: str) -> bool:
    return "\n" not in text and bool(re.search(r"\S\t+\S|^\t+\S", text))


def _tab_table(lines: list[str]) -> list[list[str]] | None:
    """Lines lined up with tabs read as the table a reader sees: columns placed by the heading
    line's tabs, a line that only carries text on (a long title, a second name) joined to its
    row, each carried name a line of its cell."""
    parsed = [_tab_fields(line) for line in lines]
    width = max(len(f) for f in parsed)
    if width < 2 or sum(len(f) >= 2 for f in parsed) < 2:
        return None
    head = next(f for f in parsed if len(f) == width)
    starts = [tabs for tabs, _ in head]
    rows: list[list[str]] = []
    for fields in parsed:
        row = [""] * width
        if len(fields) == width:
            for i, (_, text) in enumerate(fields):
                row[i] = text
        else:
            first = fields[0][0]
            column = max((i for i, s in enumerate(starts) if s <= first), default=0)
            if first and column == 0:
                column = 1
            for _, text in fields:
                row[min(column, width - 1)] += ("\n" if row[min(column, width - 1)] else "") + text
                column += 1
        carried = (
            not row[0]
            and rows
            and (
                sum(bool(c) for c in row) == 1
                or any(_continues(rows[-1][i], c) for i, c in enumerate(row) if c)
            )
        )
        if carried:
            previous = rows[-1]
            for i, text in enumerate(row):
                if not text:
                    continue
                if _continues(previous[i], text):
                    previous[i] = f"{previous[i]} {text}"
                else:
                    previous[i] = f"{previous[i]}\n{text}" if previous[i] else text
        else:
            rows.append(row)
    return rows


def _tab_tables(blocks: list[Block]) -> list[Block]:
    """Runs of paragraphs lined up with tabs instead of a table, read as a table."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == "paragraph" and _is_tabbed(blocks[j].text):
            j += 1
        while i < j and len(_tab_fields(blocks[i].text)) < 2:  # an indented paragraph before
            out.append(blocks[i])
            i += 1
        # ... and an indented sentence after it
        while (
            j > i
            and len(_tab_fields(blocks[j - 1].text)) < 2
            and blocks[j - 1].text.rstrip()[-1:] in _ENDS
        ):
            j -= 1
        run = blocks[i:j]
        marked = any(  # the heading or the signature lined up with tabs: not a table
            _folded(b.text).lstrip(" -").startswith(_SIGNATURE_MARKS)
            or any(mark in _folded(b.text) for mark in ("t/m", "dang cong san", "noi nhan"))
            or _DATE_LINE.search(_folded(b.text))
            for b in run
        )
        rows = _tab_table([b.text for b in run]) if len(run) >= 2 and not marked else None
        if rows:
            out.append(Block("table", rows=rows))
            i = j
        elif i < len(blocks):
            out.append(blocks[i])
            i += 1
    return out


def _folded(text: str) -> str:
    from chibo.lib.vietnamese import fold

    return fold(text)


def _tables_joined(blocks: list[Block]) -> list[Block]:
    """A table split by a page break with its header row typed again on the next page is one
    table: the second part (after empty paragraphs) joins the first, its header dropped."""
    out: list[Block] = []
    for block in blocks:
        if block.kind == "table" and block.rows:
            k = len(out) - 1
            while k >= 0 and out[k].kind == "paragraph" and not out[k].text.strip():
                k -= 1
            if k >= 0 and out[k].kind == "table" and out[k].rows:
                first = out[k]
                if _row_key(block.rows[0]) == _row_key(first.rows[0]) and any(first.rows[0]):
                    del out[k + 1 :]
                    first.rows.extend(block.rows[1:])
                    continue
        out.append(block)
    return out


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


_PIPE_ROW = re.compile(r"\S\s+\|\s+\S")  # "TT | Thời gian | Chuyên đề": a table typed as text


def _read_text(data: bytes, unwrap: bool = True) -> ReadResult:
    """A plain text's blocks; its lines broken at a fixed width joined again unless `unwrap`
    is False (a scan's text, whose paragraphs the page's geometry told)."""
    text, warnings = _decode(data)
    text = normalize(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = shapes.page_text(text.split("\n"))
    lines = [_without_leaders(line) for line in lines]
    lines = _unwrapped(lines) if unwrap else lines
    blocks: list[Block] = []
    table: list[list[str]] = []

    def flush() -> None:
        if len(table) >= 2:
            blocks.append(Block("table", rows=[list(r) for r in table]))
        else:
            blocks.extend(Block("paragraph", "   ".join(r)) for r in table)
        table.clear()

    # Rows copied out of a Word table, or lined up with tabs, arrive as tab-separated lines.
    for line in shapes.quoted_tab_rows(_simple_tables(_grid_tables(lines))):
        if isinstance(line, list):  # a table drawn with + - | characters
            if table:
                flush()
            blocks.append(Block("table", rows=line))
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
    return _result(_tab_tables(blocks), "txt", warnings)


_GRID_RULE = re.compile(r"^\+(?:[-=:]+\+){2,}$")


def _grid_row(lines: list[str]) -> list[str]:
    """The cells of one row of a drawn table: each cell's text wrapped over the row's lines
    joined back (a title or a name broken at the column's width)."""
    columns: list[list[str]] = []
    for line in lines:
        cells = [c.strip() for c in line.strip()[1:-1].split("|")]
        while len(columns) < len(cells):
            columns.append([])
        for k, cell in enumerate(cells):
            if cell:
                columns[k].append(cell)
    return [" ".join(parts) for parts in columns]


def _grid_tables(lines: list[str]) -> list[str | list[list[str]]]:
    """A table drawn with + - | characters (as some programs save a table to plain text) read as
    the table a person sees: rows between the rules, each cell's wrapped lines joined."""
    out: list[str | list[list[str]]] = []
    i = 0
    while i < len(lines):
        if not _GRID_RULE.match(lines[i].strip()):
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        group: list[str] = []
        j = i + 1
        while j < len(lines):
            line = lines[j].strip()
            if _GRID_RULE.match(line):
                if group:
                    rows.append(_grid_row(group))
                group = []
            elif line.startswith("|") and line.endswith("|") and len(line) > 2:
                group.append(line)
            else:
                break
            j += 1
        if group:
            rows.append(_grid_row(group))
        if len(rows) >= 2:
            width = max(len(r) for r in rows)
            out.append([r + [""] * (width - len(r)) for r in rows])
        else:
            out.extend(lines[i:j])
        i = max(j, i + 1)
    return out


_SIMPLE_RULE = re.compile(r"^\s*-{2,}(?:[ \t]+-{2,})+\s*$")


def _simple_tables(items: list[str | list[list[str]]]) -> list[str | list[list[str]]]:
    """A table set in columns by spaces under a rule of dashes, one run of dashes a column
    ('TT  Quý/Tháng  Nội dung' over '--  ---------  --------', as a text export writes it): the
    rows up to a blank line, cut at the columns' starts; a line whose first column is blank
    carries the row above on (a cell's second line)."""
    out: list[str | list[list[str]]] = []
    i = 0
    while i < len(items):
        item = items[i]
        head = out[-1] if out else None
        if not (isinstance(item, str) and _SIMPLE_RULE.match(item) and isinstance(head, str)):
            out.append(item)
            i += 1
            continue
        starts = [m.start() for m in re.finditer(r"-+", item)]

        def cut(line: str, starts: list[int] = starts) -> list[str]:
            ends = [*starts[1:], max(len(line), starts[-1])]
            return [line[a:b].strip() for a, b in zip([0, *starts[1:]], ends, strict=True)]

        rows = [cut(head)] if head.strip() else []
        j = i + 1
        while j < len(items) and isinstance(items[j], str) and str(items[j]).strip():
            line = str(items[j])
            if _SIMPLE_RULE.match(line):
                j += 1
                break
            cells = cut(line)
            if rows[1:] and not cells[0]:
                rows[-1] = [
                    f"{a}\n{b}".strip() if b else a for a, b in zip(rows[-1], cells, strict=True)
                ]
            else:
                rows.append(cells)
            j += 1
        if len(rows) < 3 or not rows[0][0]:
            out.append(item)
            i += 1
            continue
        out[-1] = rows
        i = j
    return out


def _wrap_width(lines: list[str]) -> int | None:
    """The fixed width a text was hard-wrapped at (a .txt saved from Word with line breaks),
    None when its lines end where its paragraphs do."""
    texts = [
        line.rstrip() for line in lines if line.strip() and not _COLUMN_GAP.search(line.strip())
    ]
    if len(texts) < 8:
        return None
    width = max(len(t) for t in texts)
    near = [t for t in texts if len(t) >= width - 12]
    if width > 130 or len(near) < 5 or len(near) < 0.25 * len(texts):
        return None
    # Broken by width, lines stop in mid-sentence and their lengths differ.
    open_ends = sum(t[-1] not in _ENDS for t in near)
    if open_ends < 0.5 * len(near) or len({len(t) for t in near}) < 3:
        return None
    return width


_COLUMN_GAP = re.compile(r"\S(?: {3,}|\t)\S")


def _unwrapped(lines: list[str]) -> list[str]:
    """Lines broken at a fixed width joined back into their paragraphs: the next line carries on
    when its first word would not have fitted on the line and it does not start a new item."""
    width = _wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    above = ""  # the line above as it was broken: whether a word fits is asked of it
    for line in lines:
        previous = out[-1] if out else ""
        stripped = line.strip()
        joined = (
            bool(stripped) and bool(previous.strip()) and not _COLUMN_GAP.search(previous.strip())
        )
        if joined:
            first_word = stripped.split()[0]
            fits = len(above.rstrip()) + 1 + len(first_word) <= width
            indent = len(line) - len(line.lstrip())
            previous_indent = len(previous) - len(previous.lstrip())
            joined = (
                not fits
                and not _COLUMN_GAP.search(stripped)
                and not _NEW_ITEM.match(stripped)
                and not shapes.names_a_person(stripped, previous)
                and not re.match(r"^[IVX]{1,5}\s?[.)]\s|^(?:\d{1,2}\.)+\d{0,2}\s", stripped)
                and (
                    _continues(previous, stripped)
                    or previous.rstrip()[-1:] not in _ENDS
                    or indent > previous_indent
                )
            )
        if joined:
            out[-1] = f"{previous.rstrip()} {stripped}"
        else:
            out.append(line)
        above = line
    return out
