"""Party-format documents of the year-end round: a member's self-assessment (HD 43's Mẫu 2A for
members who hold a leading post, Mẫu 2B otherwise) and the cell's report with the summary table
of ratings. Both cite the texts in force in the round's year."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from chibo.documents.parts import header_for, recipients_for, signature_for
from chibo.documents.party import (
    Block,
    Bullet,
    Header,
    Heading,
    Paragraph,
    PartyDocument,
    Signature,
    Table,
)
from chibo.residence.models import comment_line
from chibo.rules import evaluation as rules

from .models import EvaluationRound, Level, MemberEvaluation, QuarterlyRating


def _percent(part: int, whole: int) -> str:
    """'15,0%': Vietnamese writes a decimal comma."""
    return f"{part * 100 / whole:.1f}".replace(".", ",") + "%"


def decimal_text(value: Decimal | None) -> str:
    """'82,5', '29': Vietnamese writes a decimal comma and no trailing zero."""
    if value is None:
        return ""
    return format(value.normalize(), "f").replace(".", ",")


def sheet_date(sheet: MemberEvaluation) -> dt.date | None:
    """The day the sheet is dated: when it was submitted, if that was in the round's season
    (its year or early the next); else the review meeting; else blank, to write by hand."""
    round_ = sheet.round
    if sheet.self_submitted_at:
        submitted = timezone.localdate(sheet.self_submitted_at)
        in_season = submitted.year in (round_.year, round_.year + 1)
        if in_season and (
            round_.review_meeting_on is None or submitted <= round_.review_meeting_on
        ):
            return submitted
    return round_.review_meeting_on


def _header(round_: EvaluationRound, number: str | int | None, type_code: str = "BC") -> Header:
    return header_for(round_.cell, number, timezone.localdate(), type_code=type_code)


def _secretary_signature(round_: EvaluationRound) -> Signature:
    return signature_for(round_.cell)


def self_assessment_document(sheet: MemberEvaluation) -> PartyDocument:
    """The member's self-assessment sheet: form (2A/2B), posts, strengths, shortcomings, score,
    level, the quarters of the year where they exist."""
    member, round_ = sheet.member, sheet.round
    sources = round_.sources
    birth = f" Ngày sinh: {member.birth_date:%d/%m/%Y}." if member.birth_date else ""
    blocks: list[Block] = [
        Paragraph(f"Mẫu {sheet.form_code} – {sources.guide.short}", italic=True, indent=False,
                  align="right"),
        Paragraph(f"({rules.FORM_TITLES[sheet.form_code].capitalize()})", italic=True,
                  indent=False, align="center"),
        Paragraph(f"Họ và tên: {member.full_name}.{birth}", indent=False),
        Paragraph(f"Chức vụ Đảng: {sheet.party_post or 'không'}.", indent=False),
        Paragraph(f"Chức vụ chính quyền: {sheet.government_post or 'không'}.", indent=False),
        Paragraph(f"Chi bộ: {round_.cell.name}.", indent=False),
        Heading("I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC", 1),
        Paragraph(sheet.strengths or "(chưa ghi)"),
    ]  # fmt: skip
    if sheet.duties:
        blocks.append(Paragraph(f"Nhiệm vụ được giao trong năm: {sheet.duties}"))
    blocks.append(Bullet(
        f"Nhiệm vụ được giao: {sheet.tasks_total}; hoàn thành đúng hạn: {sheet.tasks_on_time}; "
        f"vượt yêu cầu: {sheet.tasks_exceeding}; chậm: {sheet.tasks_late}; "
        f"không hoàn thành: {sheet.tasks_not_done}."
    ))  # fmt: skip
    if sheet.is_leader:
        unit = f" ({sheet.unit_name})" if sheet.unit_name else ""
        result = rules.UNIT_RESULT_LABELS.get(sheet.unit_level, "(chưa ghi)")
        blocks.append(Bullet(
            f"Kết quả thực hiện nhiệm vụ của cơ quan, đơn vị do đồng chí trực tiếp lãnh đạo, quản "
            f"lý{unit}: {result[0].lower() + result[1:]}."
        ))  # fmt: skip
    blocks += [
        Heading("II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN", 1),
        Paragraph(sheet.weaknesses or "Không có hạn chế đáng kể."),
        Heading("III. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC", 1),
        Paragraph(sheet.remedies or "(chưa ghi)"),
        Heading("IV. TỰ CHẤM ĐIỂM, TỰ XẾP LOẠI", 1),
        Table(
            header=["Nhóm tiêu chí", "Điểm tối đa", "Tự chấm"],
            rows=[
                ["Tiêu chí chung", str(rules.GENERAL_MAX), decimal_text(sheet.self_general)],
                ["Kết quả thực hiện nhiệm vụ", str(rules.TASKS_MAX), decimal_text(sheet.self_tasks)],
                ["Tổng cộng", str(rules.GENERAL_MAX + rules.TASKS_MAX), decimal_text(sheet.score)],
            ],
        ),
    ]  # fmt: skip
    if rules.quarterly_applies(round_.year):
        quarters = {r.quarter: r.level for r in
                    QuarterlyRating.objects.filter(member=member, year=round_.year)}  # fmt: skip
        blocks.append(Paragraph(f"Kết quả tự xếp loại các quý: {rules.quarters_text(quarters)}.",
                                indent=False))  # fmt: skip
    blocks += [
        Paragraph(comment_line(member, round_.year), indent=False),
        Paragraph(
            f"Tự xếp loại: {sheet.get_self_level_display() or '(chưa xếp loại)'}.", bold=True
        ),
        Paragraph(f"Căn cứ: {sources.basis}.", italic=True, align="left"),
    ]
    header = _header(round_, "", type_code="")
    header.date = sheet_date(sheet)
    return PartyDocument(
        header=header, doc_type="BẢN TỰ KIỂM ĐIỂM",
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
            f"Thực hiện {round_.sources.basis}, {round_.cell.name} đã tổ chức kiểm điểm, đánh giá, "
            f"xếp loại đảng viên năm {round_.year}. Kết quả như sau:"
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
        header=_header(round_, number_text or number), doc_type="BÁO CÁO",
        summary=f"kết quả kiểm điểm, đánh giá, xếp loại đảng viên năm {round_.year}", blocks=blocks,
        recipients=recipients_for(round_.cell),
        signature=_secretary_signature(round_), draft=number is None and not number_text,
    )  # fmt: skip
