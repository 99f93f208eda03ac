"""The Party document (HD 36-HD/VPTW, party-rules.md §3) as plain data, and its renderers.

Other apps build a `PartyDocument` and hand it to `render_docx` (the official file) or
`render_html` (a phone preview). Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from chibo.lib.vietnamese import format_date


@dataclass
class Header:
    superior: str  # "ĐẢNG ỦY XÃ YÊN MÔ" (upper, 14pt, regular)
    issuer: str  # "CHI BỘ TRƯỜNG MẦM NON YÊN HOÀ" (upper, 14pt, bold), then "*"
    number: str  # "Số 03-KH/CB"; for a draft "Số    -KH/CB"
    place: str  # "Yên Mô"
    date: dt.date | None  # italic "Yên Mô, ngày 05 tháng 01 năm 2026"

    @property
    def place_date(self) -> str:
        if self.date is None:
            # A draft has no date yet: leave room to write it by hand.
            return f"{self.place}, ngày     tháng     năm        "
        return format_date(self.date, self.place)


@dataclass
class Signature:
    capacity: str  # "T/M CHI ỦY" (bold), may be ""
    title: str  # "BÍ THƯ" (regular)
    name: str  # "Dương Thị Huệ" (bold)


@dataclass
class Heading:
    text: str
    level: int = 1  # 1: "I. MỤC ĐÍCH, YÊU CẦU"; 2: "1. Mục đích"; 3: italic sub-heading


@dataclass
class Paragraph:
    text: str
    bold: bool = False
    italic: bool = False
    indent: bool = True
    align: str = "justify"  # justify | left | center | right


@dataclass
class Bullet:
    text: str  # rendered "- text"


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    widths_mm: list[float] | None = None


Block = Heading | Paragraph | Bullet | Table


@dataclass
class PartyDocument:
    header: Header
    doc_type: str  # "KẾ HOẠCH", "BIÊN BẢN", "NGHỊ QUYẾT", "BÁO CÁO", "KẾT LUẬN"
    summary: str  # bold, centred, under doc_type
    blocks: list[Block]
    recipients: list[str]  # "- X," lines; the last ("Lưu ...") ends with "."
    signature: Signature
    draft: bool = False  # True: a "DỰ THẢO" mark on the first page
    extra_signatures: list[Signature] = field(default_factory=list)  # minutes: chair + secretary
    # A form's code printed top right of the first page, e.g. "Mẫu 6-KNĐ" (HD 12-HD/BTCTW forms).
    form_code: str = ""


@dataclass
class FormatSettings:
    """Defaults from party-rules.md §3.2 (typography) and §3.7 (margins, not confirmed)."""

    margins_mm: tuple[float, float, float, float] = (20, 20, 30, 15)  # top, bottom, left, right
    font: str = "Times New Roman"
    body_size: int = 14
    number_colon: bool = False
    first_line_indent_mm: float = 10
    line_spacing: float = 1.2


def format_number(
    number: int | None, type_code: str, issuer_code: str = "CB", colon: bool = False
) -> str:
    """'Số 03-KH/CB' (HD 36 §3.3: no colon, hyphen, slash); a draft leaves the number blank."""
    label = "Số:" if colon else "Số"
    digits = f"{number:02d}" if number is not None else "   "
    return f"{label} {digits}-{type_code}/{issuer_code}"


def recipient_lines(recipients: list[str]) -> list[str]:
    """'- X,' for each recipient, the last one ending with '.' (§3.6)."""
    cleaned = [r.strip().rstrip(",.;") for r in recipients if r.strip()]
    return [f"- {r}{'.' if i == len(cleaned) - 1 else ','}" for i, r in enumerate(cleaned)]


def render_docx(doc: PartyDocument, fmt: FormatSettings | None = None) -> bytes:
    from chibo.documents.docx_render import render

    return render(doc, fmt or FormatSettings())


def render_html(doc: PartyDocument) -> str:
    """Escaped HTML (a SafeString), styled by static/documents/party.css."""
    from chibo.documents.html_render import render

    return render(doc)
