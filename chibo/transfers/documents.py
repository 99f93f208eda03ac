"""The letter introducing a member to the receiving Party organisation (giấy giới thiệu sinh
hoạt đảng), in the Party format (HD 36). The national form number is not verified
(chibo.rules.transfers.SOURCE_LETTER): the letter carries the facts the forms ask for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chibo.documents.parts import header_for, signature_for
from chibo.documents.party import Block, Paragraph, PartyDocument
from chibo.lib.vietnamese import format_date
from chibo.rules import transfers as rules
from chibo.rules.documents import ARCHIVE_LINE

if TYPE_CHECKING:
    from .models import Transfer


def _d(value: object) -> str:
    return f"{value:%d/%m/%Y}" if value else "—"


def letter_document(transfer: Transfer, number: str) -> PartyDocument:
    member, cell = transfer.member, transfer.from_cell
    temporary = transfer.kind == transfer.Kind.TEMPORARY
    birth = f", sinh ngày {_d(member.birth_date)}" if member.birth_date else ""
    blocks: list[Block] = [
        Paragraph(f"{cell.name} trân trọng giới thiệu đồng chí {member.full_name}{birth},"),
        Paragraph(f"Công việc: {member.job or '—'}.", indent=False),
        Paragraph(f"Ngày vào Đảng: {_d(member.admission_date)}; ngày chính thức: {_d(member.official_date)}; "
                  f"số thẻ đảng viên: {member.card_number or '—'}.", indent=False),  # fmt: skip
        Paragraph(f"Là đảng viên {member.get_status_display().lower()}, hiện sinh hoạt tại {cell.name}.",
                  indent=False),  # fmt: skip
        Paragraph(f"Được chuyển sinh hoạt đảng {'tạm thời' if temporary else 'chính thức'} đến "
                  f"{transfer.where_to}" + (f" đến ngày {_d(transfer.until)}" if temporary else "") + ".",
                  indent=False, bold=True),  # fmt: skip
        Paragraph(f"Lý do: {transfer.reason}.", indent=False),
        Paragraph(f"Đảng phí: {transfer.fee_text}", indent=False),
        Paragraph(f"Đề nghị đồng chí xuất trình giấy giới thiệu này với chi ủy nơi đến chậm nhất ngày "
                  f"{_d(transfer.present_due)}, theo {rules.SOURCE_PRESENT.full}.", indent=False),  # fmt: skip
        Paragraph(f"Đề nghị {transfer.where_to} tiếp nhận và quản lý đồng chí theo quy định.", indent=False),
        Paragraph(f"Giấy có giá trị đến {format_date(transfer.present_due)}.", italic=True, indent=False),
    ]  # fmt: skip
    return PartyDocument(
        header=header_for(cell, number, transfer.issued_on, type_code="GGT"),
        doc_type="GIẤY GIỚI THIỆU",
        summary=f"sinh hoạt đảng {'tạm thời' if temporary else 'chính thức'}",
        blocks=blocks,
        recipients=[transfer.where_to, f"{cell.committee.name} (để báo cáo)", ARCHIVE_LINE],
        signature=signature_for(cell),
    )
