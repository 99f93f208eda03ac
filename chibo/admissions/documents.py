"""The forms the cell writes in an admission file, in the Party format (HD 36) through the
shared parts (header, signing block, recipients): the resolutions proposing admission (Mẫu
6-KNĐ) and recognition (13-KNĐ), numbered and stored by the number register, and the chi ủy's
summaries of comments (5-KNĐ, 12-KNĐ), which take no number and are kept with their hash.

The form codes come from the file's rule set (chibo.rules.admission), printed top right."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING, Any

from django.core.files.base import ContentFile
from django.utils import timezone

from chibo.documents import party
from chibo.documents.models import IssuedDocument
from chibo.documents.parts import header_for, recipients_for, signature_for
from chibo.documents.party import PartyDocument, render_docx
from chibo.lib.vietnamese import format_date, short_date
from chibo.meetings.documents import percent
from chibo.meetings.models import Vote
from chibo.members.models import Member
from chibo.rules import admission as rules
from chibo.rules import organization, votes
from chibo.rules.sources import SOURCES, in_force

from .models.records import Sponsor, Step, StepKind

if TYPE_CHECKING:
    from .models.candidate import Candidate

OFFICIAL = Member.Status.OFFICIAL


def _sentence(text: str) -> str:
    return text.rstrip().rstrip(".") + "." if text.strip() else ""


def _paragraphs(text: str) -> list[party.Block]:
    return [
        party.Paragraph(line.strip())
        for line in text.replace("\r\n", "\n").split("\n")
        if line.strip()
    ]


# A file of an earlier year cites the texts in force on its day (QĐ 24 in 2022, not QĐ 294).
_LINES = {"QD294": ("QD24", "QD232", "QD294"), "HD06": ("HD01_2021", "HD06")}


def _bases(r: rules.RuleSet, day: dt.date) -> list[party.Block]:
    lines = [f"Căn cứ {SOURCES['DIEU_LE'].title};"]
    for citation in r.texts:
        code = citation.source.code
        if code != "DIEU_LE":
            source = in_force(_LINES[code], day) if code in _LINES else citation.source
            lines.append(f"Căn cứ {source.title};")
    lines.append(f"Căn cứ kết quả biểu quyết tại buổi sinh hoạt chi bộ ngày {short_date(day)},")
    return [party.Paragraph(line, italic=True) for line in lines]


def _present(vote: Vote) -> list[party.Block]:
    """Who was summoned and who came, from the meeting's roll call (status on the day)."""
    meeting = vote.meeting
    rows = list(meeting.attendances.all())
    if not rows:
        return []
    present = [a for a in rows if a.is_present]
    official = sum(1 for a in rows if a.member_status == OFFICIAL)
    present_official = sum(1 for a in present if a.member_status == OFFICIAL)
    chair = f"đồng chí {meeting.chair.full_name}" if meeting.chair else "(chưa ghi)"
    secretary = f"đồng chí {meeting.secretary.full_name}" if meeting.secretary else "(chưa ghi)"
    return [
        party.Paragraph(f"Tổng số đảng viên của chi bộ: {len(rows)} đồng chí (chính thức: {official}, dự bị: "
                        f"{len(rows) - official}); có mặt: {len(present)} đồng chí (chính thức: "
                        f"{present_official}); vắng: {len(rows) - len(present)} đồng chí."),
        party.Paragraph(f"Chủ trì: {chair}; thư ký: {secretary}."),
    ]  # fmt: skip


def _vote_sentence(vote: Vote, what: str) -> party.Paragraph:
    outcome = Member.vote_outcome(vote)
    return party.Paragraph(
        f"Số đảng viên chính thức tán thành {what}: {outcome.yes}/{outcome.denominator} đồng chí, đạt "
        f"{percent(outcome.yes, outcome.denominator)}; không tán thành: {outcome.no}; không biểu quyết: "
        f"{outcome.abstain}. {votes.rule_text(votes.ADMISSION)}"
    )


def _sponsor_line(sponsor: Sponsor) -> str:
    if sponsor.kind == Sponsor.Kind.MEMBER and sponsor.member is not None:
        since = (
            f", cùng công tác từ ngày {short_date(sponsor.together_since)}"
            if sponsor.together_since
            else ""
        )
        return f"Đồng chí {sponsor.member.full_name}, đảng viên chính thức{since} (giấy giới thiệu ngày {short_date(sponsor.on)})"
    return (
        f"{sponsor.organisation} (nghị quyết số {sponsor.reference} ngày {short_date(sponsor.on)})"
    )


def _step_line(candidate: Candidate, kind: str, label: str) -> str:
    step = candidate.step(kind)
    if step is None:
        return f"{label}: chưa có"
    note = step.note.strip().rstrip(".")
    return f"{label}: ngày {short_date(step.on)}" + (
        f"; {note[:1].lower()}{note[1:]}" if note else ""
    )


def _person_blocks(candidate: Candidate, day: dt.date) -> list[party.Block]:
    months = candidate.age_months(day)
    age = (
        f" ({months // 12} tuổi {months % 12} tháng tính đến ngày chi bộ xét)"
        if months is not None
        else ""
    )
    education = dict(rules.EDUCATION_LEVELS).get(candidate.education, "chưa ghi")
    lines = [
        f"Họ và tên: {candidate.full_name}; giới tính: {candidate.get_gender_display().lower()}; sinh ngày "
        f"{short_date(candidate.birth_date) or '(chưa ghi)'}{age}.",
        f"Công việc: {candidate.job or '(chưa ghi)'}; học vấn: {education.lower()}; chuyên môn: "
        f"{candidate.get_qualification_display().lower() or '(chưa ghi)'}.",
        f"Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng số {candidate.certificate_number} ngày "
        f"{short_date(candidate.certificate_date)}" + (f" của {candidate.certificate_issuer}." if candidate.certificate_issuer else "."),
        _step_line(candidate, StepKind.APPLICATION, "Đơn xin vào Đảng") + ".",
        _step_line(candidate, StepKind.LIFE_HISTORY, "Lý lịch của người xin vào Đảng") + ".",
        _step_line(candidate, StepKind.BACKGROUND_CHECK, "Thẩm tra lý lịch") + ".",
        "Người giới thiệu: " + "; ".join(_sponsor_line(s) for s in candidate.sponsors.select_related("member")) + ".",
    ]  # fmt: skip
    comments = candidate.step(StepKind.COMMENTS)
    if comments is not None:
        lines.append(f"Ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú (tổng hợp ngày {short_date(comments.on)}): "
                     f"{_sentence(comments.data.get('organisation', ''))} {_sentence(comments.data.get('residence', ''))}")  # fmt: skip
    return [party.Bullet(line) for line in lines]


def build_admission_resolution(candidate: Candidate, number: str, on: dt.date, *, vote: Vote,
                               assessment: str = "") -> PartyDocument:  # fmt: skip
    """Mẫu 6-KNĐ: the cell's resolution proposing admission of one candidate."""
    r, cell = candidate.ruleset, candidate.cell
    day = Member.vote_day(vote)
    blocks: list[party.Block] = [
        *_bases(r, day),
        party.Paragraph(f"Ngày {short_date(day)}, {cell.name} họp xét đề nghị kết nạp quần chúng "
                        f"{candidate.full_name} vào Đảng."),
        *_present(vote),
        party.Heading("I. LÝ LỊCH VÀ ĐIỀU KIỆN CỦA NGƯỜI VÀO ĐẢNG"),
        *_person_blocks(candidate, day),
    ]  # fmt: skip
    if assessment.strip():
        blocks += [party.Heading("II. NHẬN XÉT CỦA CHI BỘ"), *_paragraphs(assessment)]
    blocks += [
        party.Heading(f"{'III' if assessment.strip() else 'II'}. KẾT QUẢ BIỂU QUYẾT"),
        _vote_sentence(vote, "việc kết nạp"),
        party.Paragraph("CHI BỘ QUYẾT NGHỊ:", bold=True, indent=False, align="center"),
        party.Paragraph(f"Đề nghị {cell.committee.name} xem xét, quyết định kết nạp quần chúng "
                        f"{candidate.full_name} vào Đảng Cộng sản Việt Nam."),
    ]  # fmt: skip
    return PartyDocument(
        header=header_for(cell, number, on, type_code="NQ"),
        doc_type="NGHỊ QUYẾT",
        summary="Đề nghị kết nạp đảng viên",
        blocks=blocks,
        recipients=recipients_for(cell, members=False),
        signature=signature_for(cell, official=vote.denominator),
        form_code=r.form("resolution"),
    )


def build_recognition_resolution(candidate: Candidate, number: str, on: dt.date, *, vote: Vote,
                                 assessment: str = "") -> PartyDocument:  # fmt: skip
    """Mẫu 13-KNĐ: the cell's resolution proposing recognition as an official member."""
    r, cell, member = candidate.ruleset, candidate.cell, candidate.member
    assert member is not None and member.admission_date is not None
    day = Member.vote_day(vote)
    ends = organization.official_date(member.admission_date)
    decision = candidate.step(StepKind.DECISION)
    decided = (
        f" theo Quyết định số {decision.reference} ngày {short_date(decision.on)}"
        if decision
        else ""
    )
    lines = [
        f"Đồng chí {member.full_name}, sinh ngày {short_date(member.birth_date) or '(chưa ghi)'}, "
        f"{member.job or 'đảng viên'}; kết nạp vào Đảng ngày {short_date(member.admission_date)}{decided}; "
        f"hết {organization.PROBATION_MONTHS} tháng dự bị ngày {short_date(ends)}.",
        _step_line(candidate, StepKind.SELF_REVIEW, "Bản tự kiểm điểm của đảng viên dự bị") + ".",
        _step_line(candidate, StepKind.HELPER_REVIEW, "Bản nhận xét của đảng viên được phân công giúp đỡ") + ".",
        _step_line(candidate, StepKind.PROBATION_COMMENTS, "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy "
                   "nơi cư trú") + ".",
    ]  # fmt: skip
    blocks: list[party.Block] = [
        *_bases(r, day),
        party.Paragraph(f"Ngày {short_date(day)}, {cell.name} họp xét đề nghị công nhận đảng viên chính thức "
                        f"cho đồng chí {member.full_name}."),
        *_present(vote),
        party.Heading("I. QUÁ TRÌNH RÈN LUYỆN TRONG THỜI KỲ DỰ BỊ"),
        *[party.Bullet(line) for line in lines],
        *_paragraphs(assessment),
        party.Heading("II. KẾT QUẢ BIỂU QUYẾT"),
        _vote_sentence(vote, "việc công nhận chính thức"),
        party.Paragraph("CHI BỘ QUYẾT NGHỊ:", bold=True, indent=False, align="center"),
        party.Paragraph(f"Đề nghị {cell.committee.name} xem xét, quyết định công nhận đồng chí {member.full_name} "
                        f"là đảng viên chính thức từ ngày {short_date(ends)}."),
    ]  # fmt: skip
    return PartyDocument(
        header=header_for(cell, number, on, type_code="NQ"),
        doc_type="NGHỊ QUYẾT",
        summary="Đề nghị công nhận đảng viên chính thức",
        blocks=blocks,
        recipients=recipients_for(cell, members=False),
        signature=signature_for(cell, official=vote.denominator),
        form_code=r.form("recognition_resolution"),
    )


def build_comments(step: Step) -> PartyDocument:
    """Mẫu 5-KNĐ (before the vote) or 12-KNĐ (during probation): the chi ủy's summary of the
    comments of the mass organisation and of the cell where the person lives. No number."""
    candidate = step.candidate
    cell, probation = candidate.cell, step.kind == StepKind.PROBATION_COMMENTS
    whom = "đảng viên dự bị" if probation else "người xin vào Đảng"
    organisation = candidate.proposed_by or "tổ chức đoàn thể"
    blocks: list[party.Block] = [
        party.Paragraph(f"Họ và tên {whom}: {candidate.full_name}; sinh ngày "
                        f"{short_date(candidate.birth_date) or '(chưa ghi)'}; công việc: {candidate.job or '(chưa ghi)'}."),
        party.Heading(f"I. Ý KIẾN NHẬN XÉT CỦA {organisation.upper()}"),
        *_paragraphs(step.data.get("organisation", "")),
        party.Heading("II. Ý KIẾN NHẬN XÉT CỦA CHI ỦY (CHI BỘ) NƠI CƯ TRÚ"),
        *_paragraphs(step.data.get("residence", "")),
        party.Paragraph(f"Chi ủy tổng hợp {format_date(step.on)} để báo cáo chi bộ.", italic=True),
    ]  # fmt: skip
    return PartyDocument(
        header=header_for(cell, "", step.on),
        doc_type="TỔNG HỢP Ý KIẾN NHẬN XÉT",
        summary=f"Của tổ chức đoàn thể và chi ủy nơi cư trú đối với {whom}",
        blocks=blocks,
        recipients=[],  # kept in the member's file
        signature=signature_for(cell),
        form_code=step.form_code,
    )


def _issue(candidate: Candidate, *, title: str, on: dt.date, by: Any, build: Any) -> IssuedDocument:
    return IssuedDocument.issue(cell=candidate.cell, type_code="NQ", title=title, on=on, by=by,
                                source=candidate, build=build)  # fmt: skip


def issue_admission_resolution(candidate: Candidate, *, vote: Vote, on: dt.date, by: Any,
                               assessment: str = "") -> IssuedDocument:  # fmt: skip
    return _issue(candidate, on=on, by=by,
                  title=f"Nghị quyết đề nghị kết nạp quần chúng {candidate.full_name} vào Đảng",
                  build=lambda number: build_admission_resolution(candidate, number, on, vote=vote,
                                                                  assessment=assessment))  # fmt: skip


def issue_recognition_resolution(candidate: Candidate, *, vote: Vote, on: dt.date, by: Any,
                                 assessment: str = "") -> IssuedDocument:  # fmt: skip
    return _issue(candidate, on=on, by=by,
                  title=f"Nghị quyết đề nghị công nhận đồng chí {candidate.full_name} là đảng viên chính thức",
                  build=lambda number: build_recognition_resolution(candidate, number, on, vote=vote,
                                                                    assessment=assessment))  # fmt: skip


def store_comments(step: Step) -> None:
    """Render the summary once and keep it with its SHA-256 (never re-rendered silently)."""
    data = render_docx(build_comments(step))
    step.file_sha256 = hashlib.sha256(data).hexdigest()
    code = (step.form_code or "tong-hop").replace("Mẫu ", "").replace("Đ", "D")
    step.file.save(f"{code}-{timezone.localdate():%Y%m%d}.docx", ContentFile(data), save=False)
    step.save(update_fields=["file", "file_sha256"])


def open_step_file(step: Step) -> tuple[str, bytes]:
    """(filename, bytes) of a stored summary, checked against its hash."""
    with step.file.storage.open(str(step.file.name), "rb") as handle:
        data = handle.read()
    if hashlib.sha256(data).hexdigest() != step.file_sha256:
        raise ValueError("Tệp lưu trữ không khớp mã băm SHA-256 đã ghi; không trả tệp này.")
    code = (step.form_code or "tong-hop").replace("Mẫu ", "mau-").replace("Đ", "D")
    return f"{code}-{step.candidate_id}.docx", data
