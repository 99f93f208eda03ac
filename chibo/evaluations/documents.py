"""Party-format documents of the year-end round: a member's self-assessment (after HD 43's
Mẫu 2B) and the cell's report with the summary table of ratings."""

from __future__ import annotations

from django.utils import timezone

from chibo.documents.party import (
    Block,
    Bullet,
    Header,
    Heading,
    Paragraph,
    PartyDocument,
    Signature,
    Table,
    format_number,
)
from chibo.members.models import Role

from .models import EvaluationRound, MemberEvaluation
from .rules import Level


def _percent(part: int, whole: int) -> str:
    """'15,0%': Vietnamese writes a decimal comma."""
    return f"{part * 100 / whole:.1f}".replace(".", ",") + "%"


def _header(round_: EvaluationRound, number: str) -> Header:
    cell = round_.cell
    return Header(superior=cell.committee.name.upper(), issuer=cell.name.upper(), number=number,
                  place=cell.place_name, date=timezone.localdate())  # fmt: skip


def _secretary_signature(round_: EvaluationRound) -> Signature:
    secretary = round_.cell.members.filter(role=Role.SECRETARY).first()
    return Signature(
        capacity="T/M CHI BỘ", title="BÍ THƯ", name=secretary.full_name if secretary else ""
    )


def self_assessment_document(sheet: MemberEvaluation) -> PartyDocument:
    """The member's self-assessment sheet: personal data, strengths, shortcomings, score, level."""
    member, round_ = sheet.member, sheet.round
    blocks: list[Block] = [
        Paragraph(
            f"Họ và tên: {member.full_name}. Ngày sinh: {member.birth_date:%d/%m/%Y}."
            if member.birth_date
            else f"Họ và tên: {member.full_name}.",
            indent=False,
        ),  # fmt: skip
        Paragraph(
            f"Chức vụ, công việc: {member.job or '—'}. Chi bộ: {round_.cell.name}.", indent=False
        ),
        Heading("I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC", 1),
        Paragraph(sheet.strengths or "(chưa ghi)"),
        Heading("II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN", 1),
        Paragraph(sheet.weaknesses or "Không có hạn chế đáng kể."),
        Heading("III. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC", 1),
        Paragraph(sheet.remedies or "(chưa ghi)"),
        Heading("IV. TỰ CHẤM ĐIỂM, TỰ XẾP LOẠI", 1),
        Table(
            header=["Nhóm tiêu chí", "Điểm tối đa", "Tự chấm"],
            rows=[
                [
                    "Tiêu chí chung",
                    "30",
                    f"{sheet.self_general if sheet.self_general is not None else ''}",
                ],
                [
                    "Kết quả thực hiện nhiệm vụ",
                    "70",
                    f"{sheet.self_tasks if sheet.self_tasks is not None else ''}",
                ],
                ["Tổng cộng", "100", f"{sheet.score if sheet.score is not None else ''}"],
            ],
        ),  # fmt: skip
        Bullet(
            f"Nhiệm vụ được giao: {sheet.tasks_total}; hoàn thành đúng hạn: {sheet.tasks_on_time}; "
            f"vượt yêu cầu: {sheet.tasks_exceeding}; chậm: {sheet.tasks_late}; "
            f"không hoàn thành: {sheet.tasks_not_done}."
        ),  # fmt: skip
        Paragraph(
            f"Tự xếp loại: {sheet.get_self_level_display() or '(chưa xếp loại)'}.", bold=True
        ),
        Paragraph("Căn cứ: Quy định 366-QĐ/TW, Điều 11 và Hướng dẫn 43-HD/BTCTW.", italic=True),
    ]
    return PartyDocument(
        header=_header(round_, ""), doc_type="BẢN TỰ KIỂM ĐIỂM",
        summary=f"đánh giá, xếp loại chất lượng đảng viên năm {round_.year}", blocks=blocks,
        recipients=[], signature=Signature(capacity="", title="NGƯỜI TỰ KIỂM ĐIỂM", name=member.full_name),
        draft=not sheet.self_submitted_at,
    )  # fmt: skip


def report_document(
    round_: EvaluationRound, number: int | None = None, number_text: str = ""
) -> PartyDocument:
    """The cell's report on the round, with the table of every member's levels."""
    sheets = list(round_.evaluations.select_related("member"))
    counts = round_.summary()
    rows = [
        [str(i), s.member.full_name, s.get_self_level_display(), s.get_proposed_level_display(),
         s.get_final_level_display()]
        for i, s in enumerate(sheets, start=1)
    ]  # fmt: skip
    total = len(sheets) or 1
    tallies = [
        Bullet(
            f"{level.label}: {counts[level.value]:02d} đồng chí ({_percent(counts[level.value], total)})."
        )
        for level in Level
    ]
    cell_eval = round_.cell_evaluation
    blocks: list[Block] = [
        Paragraph(
            f"Thực hiện Quy định 366-QĐ/TW và Hướng dẫn 43-HD/BTCTW, {round_.cell.name} đã tổ chức kiểm "
            f"điểm, đánh giá, xếp loại đảng viên năm {round_.year}. Kết quả như sau:"
        ),  # fmt: skip
        Heading("I. KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN", 1),
        Paragraph(
            f"Tổng số đảng viên được đánh giá: {len(sheets):02d} đồng chí. Trong đó:", indent=False
        ),
        *tallies,
        Table(
            header=["STT", "Họ và tên", "Tự xếp loại", "Chi bộ đề xuất", "Cấp trên quyết định"],
            rows=rows,
            widths_mm=[15, 51, 33, 33, 33],
        ),  # fmt: skip
        Heading("II. CHI BỘ TỰ ĐÁNH GIÁ", 1),
        Paragraph(cell_eval.self_assessment or "(chưa có)"),
        Paragraph(
            f"Chi bộ tự xếp loại: {cell_eval.get_proposed_level_display() or '(chưa có)'}.",
            bold=True,
        ),
    ]
    return PartyDocument(
        header=_header(round_, number_text or format_number(number, "BC")), doc_type="BÁO CÁO",
        summary=f"kết quả kiểm điểm, đánh giá, xếp loại đảng viên năm {round_.year}", blocks=blocks,
        recipients=[f"{round_.cell.committee.name} (để báo cáo)", "Đảng viên trong chi bộ", "Lưu Chi bộ"],
        signature=_secretary_signature(round_), draft=number is None and not number_text,
    )  # fmt: skip
