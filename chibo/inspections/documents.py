"""The programme (Kế hoạch kiểm tra, giám sát năm …) and a case's notice (Thông báo kết luận
kiểm tra / kết quả giám sát) as Party documents (HD 36). Rendering is chibo.documents' job."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from chibo.documents.parts import header_for, recipients_for, signature_for
from chibo.documents.party import Block, Heading, Paragraph, PartyDocument, Table
from chibo.lib.vietnamese import sort_key
from chibo.rules import inspection as rules

if TYPE_CHECKING:
    from .models import Case, Programme


def _d(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _window(start: dt.date, end: dt.date) -> str:
    return f"{_d(start)} – {_d(end)}"


def programme_document(
    programme: Programme, number: str | None, on: dt.date | None
) -> PartyDocument:
    cell = programme.cell
    items = list(programme.items.select_related("subject_member").prefetch_related("performers"))
    rows = []
    for n, item in enumerate(items, start=1):
        performers = sorted(item.performers.all(), key=lambda m: sort_key(m.full_name))
        rows.append([
            str(n),
            f"{item.get_kind_display()} {item.get_mode_display().lower()}",
            item.subject_text[:1].upper() + item.subject_text[1:],
            item.content,
            _window(item.starts_on, item.ends_on),
            ", ".join(m.full_name for m in performers),
        ])  # fmt: skip
    purpose = programme.purpose or (
        "Nâng cao hiệu lực, hiệu quả công tác kiểm tra, giám sát của chi bộ; kịp thời phát hiện, nhắc nhở, "
        "uốn nắn khuyết điểm, không để vi phạm kéo dài; bảo đảm thu, nộp, sử dụng đảng phí đúng quy định."
    )
    blocks: list[Block] = [
        Paragraph(
            f"Căn cứ {rules.SOURCE_DUTY.source.short} và {rules.SOURCE_REGULATION.source.title};"
        ),
        Paragraph(f"Chi bộ xây dựng kế hoạch kiểm tra, giám sát năm {programme.year} như sau:"),
        Heading("I. MỤC ĐÍCH, YÊU CẦU", 1),
        Paragraph(purpose),
        Heading("II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN", 1),
        Table(
            header=["TT", "Hình thức", "Đối tượng", "Nội dung", "Thời gian", "Người thực hiện"],
            rows=rows,
            widths_mm=[10, 27, 30, 48, 25, 25],
        ),  # fmt: skip
        Heading("III. TỔ CHỨC THỰC HIỆN", 1),
        Paragraph(
            "Đảng viên được phân công chủ động thực hiện theo thời gian trong kế hoạch; đảng viên được kiểm tra, "
            "giám sát chuẩn bị báo cáo tự kiểm tra, giải trình và cung cấp tài liệu liên quan. Kết quả từng cuộc "
            "kiểm tra được báo cáo tại buổi sinh hoạt chi bộ để chi bộ thảo luận, kết luận."
        ),  # fmt: skip
        Paragraph("Chi bộ báo cáo kết quả thực hiện kế hoạch với Đảng ủy theo quy định."),
    ]
    return PartyDocument(
        header=header_for(cell, number, on, type_code="KH"),
        doc_type="KẾ HOẠCH",
        summary=f"kiểm tra, giám sát năm {programme.year}",
        blocks=blocks,
        recipients=recipients_for(cell),
        signature=signature_for(cell),
        draft=number is None,
    )


def conclusion_document(case: Case, number: str | None, on: dt.date | None) -> PartyDocument:
    cell = case.cell
    word = case.document_word
    blocks: list[Block] = []
    if case.item is not None:
        blocks.append(
            Paragraph(
                f"Thực hiện Kế hoạch kiểm tra, giám sát năm {case.item.programme.year} của chi bộ;"
            )
        )
    blocks += [
        Paragraph(
            f"Từ ngày {_d(case.opened_on)}, chi bộ tiến hành {case.get_kind_display().lower()} "
            f"{case.get_mode_display().lower()} đối với {case.subject_text}. Nội dung: {case.title}."
        ),  # fmt: skip
    ]
    if case.adopted_on:
        blocks.append(Paragraph(
            f"Ngày {_d(case.adopted_on)}, chi bộ họp xem xét báo cáo kết quả"
            + (f", nghe giải trình của đồng chí {case.subject_member.full_name}" if case.explanation and case.subject_member else "")
            + f" và biểu quyết thông qua kết luận ({case.votes_for} tán thành, {case.votes_against or 0} không tán thành, "
                f"trên {case.denominator} đảng viên chính thức làm căn cứ biểu quyết):"
        ))  # fmt: skip
    blocks += [Heading("1. Kết quả thẩm tra, xác minh", 2), *_paragraphs(case.findings)]
    if case.explanation:
        who = case.subject_member.full_name if case.subject_member else ""
        blocks += [Heading(f"2. Giải trình của đồng chí {who}", 2), *_paragraphs(case.explanation)]
    blocks += [
        Heading(f"{3 if case.explanation else 2}. Kết luận của chi bộ", 2),
        *_paragraphs(case.conclusion),
    ]
    blocks.append(Paragraph("Chi bộ thông báo để đảng viên trong chi bộ biết và thực hiện."))
    return PartyDocument(
        header=header_for(cell, number, on, type_code="TB"),
        doc_type="THÔNG BÁO",
        summary=f"{word} {case.subject_text}",
        blocks=blocks,
        recipients=recipients_for(cell),
        signature=signature_for(cell),
        draft=number is None,
    )


def _paragraphs(text: str) -> list[Block]:
    return [Paragraph(line.strip()) for line in (text or "").splitlines() if line.strip()] or [
        Paragraph("—")
    ]
