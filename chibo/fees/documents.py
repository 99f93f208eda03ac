"""The fee book of a month and the committee's report as Party documents (HD 36-HD/VPTW).
Rendering to DOCX is chibo.documents' job; these build the PartyDocument."""

from __future__ import annotations

from django.utils import timezone

from chibo.documents.parts import (
    committee_header,
    committee_recipients,
    committee_signature,
    header_for,
    signature_for,
)
from chibo.documents.party import Block, Heading, Paragraph, PartyDocument, Signature, Table
from chibo.rules import fees as rules

from .ledger import MonthBook, passed_up, retained
from .models import NO_SHARE, FeeBook
from .reports import CommitteeReport

money = rules.money
UNIT = Paragraph("Đơn vị tính: đồng", italic=True, indent=False, align="right")


def _n(value: int) -> str:
    """A table cell's amount: "1.445.335" (the unit is stated above the table)."""
    return money(value).removesuffix(" đ")


def _amount(value: int | None) -> str:
    return "—" if value is None else money(value)


def _cell_amount(value: int | None) -> str:
    return "—" if value is None else _n(value)


def book_document(book: MonthBook, percent: int | None) -> PartyDocument:
    """Sổ thu, nộp đảng phí (after Mẫu S01/ĐP) of one month: each member's line and the
    month's totals. A month not yet closed is marked DỰ THẢO."""
    cell = book.cell
    p = book.retention_percent(percent)
    rows = [
        [str(n), line.member.full_name,
         "Miễn" if line.exempt else (_n(line.base) if line.base and not line.flat else line.rate_text),
         _n(line.due), _n(line.carried), _n(line.paid), _n(line.balance)]
        for n, line in enumerate(book.lines, start=1)
    ]  # fmt: skip
    rows.append(["", "Cộng", "", _n(book.due), _n(book.carried), _n(book.paid), _n(book.balance)])
    blocks: list[Block] = [
        Heading("I. THU ĐẢNG PHÍ CỦA ĐẢNG VIÊN", 1),
        UNIT,
        Table(
            header=[
                "TT",
                "Họ và tên",
                "Thu nhập làm căn cứ",
                "Phải đóng tháng này",
                "Tháng trước chuyển sang",
                "Đã thu",
                "Còn nợ cuối tháng",
            ],
            rows=rows,
            widths_mm=[10, 37, 24, 24, 22, 24, 24],
        ),  # fmt: skip
        Paragraph(
            "Cột “Tháng trước chuyển sang” và “Còn nợ cuối tháng”: số dương là số còn nợ, "
            "số âm là số đã nộp trước.",
            italic=True,
        ),
        Heading("II. TỔNG HỢP THÁNG", 1),
        Paragraph(f"Số đảng viên: {book.members}; được miễn: {book.exempt}.", indent=False),
        Paragraph(
            f"Đảng phí phải đóng trong tháng: {money(book.due)}; đã thu: {money(book.paid)}; "
            f"còn nợ cuối tháng: {money(book.owed)}.",
            indent=False,
        ),  # fmt: skip
    ]
    if p is None:
        blocks.append(Paragraph(f"{NO_SHARE}: chưa tính được số trích giữ lại và số phải nộp cấp trên.",
                                indent=False, bold=True))  # fmt: skip
    else:
        blocks.append(Paragraph(
            f"Trích giữ lại {p}%: {_amount(retained(book.paid, p))}; phải nộp cấp trên: "
            f"{_amount(passed_up(book.paid, p))}.", indent=False))  # fmt: skip
    for line in book.flagged:
        blocks.append(
            Paragraph(f"Đồng chí {line.member.full_name}: {line.flag_text}", indent=False)
        )
    blocks.append(Paragraph(f"Cách tính: {rules.ROUNDING_RULE} Mức đóng theo {rules.SOURCE.source.title}.",
                            italic=True))  # fmt: skip
    treasurer = FeeBook.objects.filter(cell=cell).select_related("treasurer").first()
    keeper = treasurer.treasurer if treasurer and treasurer.treasurer else None
    return PartyDocument(
        # A book, not a numbered document: no number line; dated once the month is closed.
        header=header_for(cell, None, timezone.localdate() if book.closed else None),
        doc_type="SỔ THU, NỘP ĐẢNG PHÍ",
        summary=f"Tháng {book.month.month:02d} năm {book.month.year}",
        blocks=blocks,
        recipients=[],
        signature=signature_for(cell),
        extra_signatures=[Signature("", "NGƯỜI THU ĐẢNG PHÍ", keeper.full_name if keeper else "")],
        draft=not book.closed,
    )


def report_document(report: CommitteeReport) -> PartyDocument:
    """Báo cáo thu, nộp đảng phí (after Mẫu B01/ĐP) of the cells below a committee."""
    committee = report.committee
    rows = [
        [str(n), r.cell.name, str(r.members), _n(r.collected), _cell_amount(r.retained),
         _cell_amount(r.to_pass_up), _n(r.remitted)]
        for n, r in enumerate(report.rows, start=1)
    ]  # fmt: skip
    rows.append(["", "Cộng", str(report.members), _n(report.collected), _cell_amount(report.retained),
                 _cell_amount(report.to_pass_up), _n(report.remitted)])  # fmt: skip
    blocks: list[Block] = [
        Paragraph(
            f"Số liệu {report.period.months_text} của {len(report.rows)} chi bộ trực thuộc.",
            indent=False,
        ),  # fmt: skip
        UNIT,
        Table(
            header=[
                "TT",
                "Chi bộ",
                "Số đảng viên",
                "Đã thu",
                "Trích giữ lại",
                "Phải nộp cấp trên",
                "Đã nộp cấp trên",
            ],
            rows=rows,
            widths_mm=[11, 46, 18, 23, 22, 23, 22],
        ),  # fmt: skip
    ]
    missing = [r.cell.name for r in report.rows if r.share is None]
    if missing:
        blocks.append(Paragraph(f"{NO_SHARE} cho {len(missing)} chi bộ ({', '.join(missing)}): "
                                "chưa tính được số trích giữ lại và số phải nộp cấp trên.",
                                indent=False, bold=True))  # fmt: skip
    elif report.own_share:
        share = report.own_share
        blocks.append(Paragraph(f"Tỷ lệ chi bộ trích giữ lại {share.percent}% theo {share.decision}.",
                                indent=False))  # fmt: skip
    not_up = report.not_passed_up
    if not_up is not None:
        blocks.append(Paragraph(f"Còn phải nộp cấp trên: {money(not_up)}.", indent=False))
    return PartyDocument(
        header=committee_header(committee, None, timezone.localdate(), type_code="BC"),
        doc_type="BÁO CÁO",
        summary=f"Thu, nộp đảng phí {report.period.label}",
        blocks=blocks,
        recipients=committee_recipients(committee),
        signature=committee_signature(committee),
    )
