"""The meeting's Party documents (HD 36 format via chibo.documents): biên bản, nghị quyết /
kết luận, báo cáo kết quả sinh hoạt. Each builder returns a PartyDocument for a number text;
IssuedDocument.issue numbers, renders, stores and audits it (see services.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from chibo.lib.vietnamese import format_date, short_date
from chibo.members.models import Member, Role

from .models import Attendance, Meeting, Task


def _party() -> Any:
    from chibo.documents import party

    return party


def _paragraphs(text: str) -> list[Any]:
    party = _party()
    blocks = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]
    out = []
    for block in blocks:
        for line in block.split("\n"):
            line = line.strip()
            if line.startswith("- "):
                out.append(party.Bullet(line[2:]))
            elif line:
                out.append(party.Paragraph(line))
    return out


def _header(meeting: Meeting, number: str, on: dt.date) -> Any:
    cell = meeting.cell
    return _party().Header(superior=cell.committee.superior_heading, issuer=cell.heading, number=number,
                           place=cell.place_name or cell.committee.place_name, date=on)  # fmt: skip


def _time(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    local = timezone.localtime(value)
    return f"{local:%H} giờ {local:%M} phút, {format_date(local.date())}"


def _summary(meeting: Meeting) -> str:
    if meeting.kind == Meeting.Kind.THEMATIC:
        return f"Sinh hoạt chuyên đề: {meeting.title}"
    return meeting.title


def _leader_signature(meeting: Meeting) -> Any:
    secretary = (
        Member.objects.filter(cell_id=meeting.cell_id, role=Role.SECRETARY).current().first()
    )
    signer = secretary or meeting.chair
    return _party().Signature(
        capacity="T/M CHI ỦY", title="BÍ THƯ", name=signer.full_name if signer else ""
    )


def _attendance_blocks(meeting: Meeting) -> list[Any]:
    party = _party()
    rows = list(meeting.attendances.select_related("member"))
    members = Member.objects.filter(cell_id=meeting.cell_id).current()
    official = members.filter(status=Member.Status.OFFICIAL).count()
    probationary = members.filter(status=Member.Status.PROBATIONARY).count()
    present = [a for a in rows if a.is_present]
    present_official = sum(1 for a in present if a.member_status == Member.Status.OFFICIAL)
    absent = [a for a in rows if not a.is_present]
    blocks = [
        party.Paragraph(f"- Đồng chí chủ trì: {meeting.chair.full_name if meeting.chair else ''}", indent=True),
        party.Paragraph(f"- Thư ký: {meeting.secretary.full_name if meeting.secretary else ''}", indent=True),
        party.Paragraph(f"- Tổng số đảng viên của chi bộ: {official + probationary} đồng chí "
                        f"(chính thức: {official}, dự bị: {probationary})."),
        party.Paragraph(f"- Có mặt: {len(present)} đồng chí (chính thức: {present_official}, "
                        f"dự bị: {len(present) - present_official}); vắng: {len(absent)} đồng chí."),
    ]  # fmt: skip
    for row in absent:
        reason = f": {row.reason}" if row.reason else ""
        blocks.append(
            party.Bullet(
                f"Đồng chí {row.member.full_name} — {row.get_status_display().lower()}{reason}"
            )
        )
    return blocks


def _vote_table(meeting: Meeting) -> list[Any]:
    party = _party()
    votes = list(meeting.votes.all())
    if not votes:
        return [party.Paragraph("Không có nội dung biểu quyết.")]
    rows = [[v.subject, str(v.votes_for), str(v.votes_against), str(v.votes_abstain), str(v.denominator),
             "Thông qua" if v.passed else "Không thông qua"] for v in votes]  # fmt: skip
    return [party.Table(header=["Nội dung", "Tán thành", "Không tán thành", "Không biểu quyết",
                                "Căn cứ tính", "Kết quả"], rows=rows)]  # fmt: skip


def build_minutes(meeting: Meeting, number: str) -> Any:
    party = _party()
    start, end = meeting.actual_start or meeting.starts_at, meeting.actual_end
    contributions = list(meeting.contributions.select_related("speaker"))
    blocks: list[Any] = [
        party.Heading("I. THỜI GIAN, ĐỊA ĐIỂM"),
        party.Paragraph(f"Bắt đầu lúc {_time(start)}."),
        party.Paragraph(f"Địa điểm: {meeting.place or 'trụ sở chi bộ'}."),
        party.Heading("II. THÀNH PHẦN"),
        *_attendance_blocks(meeting),
        party.Heading("III. NỘI DUNG"),
        *_paragraphs(meeting.minutes),
        party.Heading("IV. Ý KIẾN THẢO LUẬN"),
        *([party.Bullet(f"Đồng chí {c.speaker.full_name}: {c.summary}") for c in contributions]
          or [party.Paragraph("Không có ý kiến phát biểu được ghi lại.")]),
        party.Heading("V. KẾT LUẬN CỦA CHỦ TRÌ"),
        *_paragraphs(meeting.conclusion),
        party.Heading("VI. KẾT QUẢ BIỂU QUYẾT"),
        *_vote_table(meeting),
    ]  # fmt: skip
    if end:
        blocks.append(party.Paragraph(f"Buổi sinh hoạt kết thúc lúc {_time(end)}. Biên bản đã được đọc lại "
                                      "trước chi bộ và được nhất trí thông qua."))  # fmt: skip
    chair = meeting.chair.full_name if meeting.chair else ""
    secretary = meeting.secretary.full_name if meeting.secretary else ""
    return party.PartyDocument(
        header=_header(meeting, number, timezone.localdate(start)), doc_type="BIÊN BẢN", summary=_summary(meeting),
        blocks=blocks, recipients=["Lưu Chi bộ"],
        signature=party.Signature(capacity="", title="CHỦ TRÌ", name=chair),
        extra_signatures=[party.Signature(capacity="", title="THƯ KÝ", name=secretary)],
    )  # fmt: skip


def _task_table(tasks: list[Task], *, with_status: bool) -> Any:
    party = _party()
    header = ["STT", "Nhiệm vụ", "Người thực hiện", "Thời hạn"] + (
        ["Tiến độ"] if with_status else []
    )
    rows = []
    for index, task in enumerate(tasks, start=1):
        row = [
            str(index),
            task.title,
            ", ".join(m.full_name for m in task.owners.all()),
            short_date(task.deadline),
        ]
        if with_status:
            row.append(task.display_label())
        rows.append(row)
    return party.Table(header=header, rows=rows)


def build_resolution(meeting: Meeting, number: str, type_code: str = "KL") -> Any:
    party = _party()
    tasks = list(meeting.tasks.prefetch_related("owners"))
    held_on = timezone.localdate(meeting.actual_start or meeting.starts_at)
    intro = (f"Ngày {held_on:%d/%m/%Y}, {meeting.cell.name} tổ chức {meeting.get_kind_display().lower()}"
             f" với nội dung: {meeting.title}. Sau khi nghe trình bày và thảo luận, chi bộ thống nhất:")  # fmt: skip
    blocks: list[Any] = [party.Paragraph(intro), party.Heading("I. KẾT LUẬN"), *_paragraphs(meeting.conclusion),
                         party.Heading("II. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN")]  # fmt: skip
    blocks.append(
        _task_table(tasks, with_status=False)
        if tasks
        else party.Paragraph("Không có nhiệm vụ phân công.")
    )
    blocks += [party.Heading("III. TỔ CHỨC THỰC HIỆN"),
               party.Paragraph("Chi ủy theo dõi, đôn đốc, kiểm tra việc thực hiện; đánh giá kết quả tại các kỳ "
                               "sinh hoạt tiếp theo. Đảng viên được phân công có trách nhiệm thực hiện đúng thời hạn "
                               "và báo cáo kết quả với chi ủy.")]  # fmt: skip
    committee = meeting.cell.committee.name
    return party.PartyDocument(
        header=_header(meeting, number, timezone.localdate()),
        doc_type="NGHỊ QUYẾT" if type_code == "NQ" else "KẾT LUẬN", summary=_summary(meeting), blocks=blocks,
        recipients=[f"{committee} (để báo cáo)", "Đảng viên trong chi bộ", "Lưu Chi bộ"],
        signature=_leader_signature(meeting),
    )  # fmt: skip


def build_report(meeting: Meeting, number: str) -> Any:
    party = _party()
    tasks = list(meeting.tasks.prefetch_related("owners"))
    preparers = ", ".join(m.full_name for m in meeting.preparers.all()) or "chi ủy"
    versions = meeting.versions.count()
    counts = {s: 0 for s in Attendance.Status.values}
    for status in meeting.attendances.values_list("status", flat=True):
        counts[status] += 1
    prep = [party.Paragraph(f"Đồng chí được phân công chuẩn bị: {preparers}. Dự thảo qua {versions} lần chỉnh sửa"
                            f"{', được chi ủy duyệt ngày ' + short_date(timezone.localdate(meeting.approved_at)) if meeting.approved_at else ''}.")]  # fmt: skip
    if meeting.distributed_at:
        sent = timezone.localdate(meeting.distributed_at)
        prep.append(party.Paragraph(f"Tài liệu gửi đảng viên ngày {short_date(sent)}, trước buổi sinh hoạt "
                                    f"{(meeting.meeting_day - sent).days} ngày."
                                    + (f" Lý do gửi muộn: {meeting.late_distribution_reason}." if meeting.late_distribution_reason else "")))  # fmt: skip
    duration = meeting.duration_minutes
    held = [party.Paragraph(f"Thời gian: {_time(meeting.actual_start or meeting.starts_at)}"
                            + (f", kéo dài {duration} phút." if duration else ".")),
            party.Paragraph(f"Có mặt {counts['present'] + counts['late']} đồng chí; vắng có lý do {counts['excused']}; "
                            f"vắng không lý do {counts['absent']}."),
            party.Paragraph(f"Có {meeting.contributions.count()} lượt ý kiến phát biểu; "
                            f"{meeting.commitments.count()} đảng viên đăng ký nội dung khắc phục, rèn luyện.")]  # fmt: skip
    report = getattr(meeting, "report", None)
    follow_up = _paragraphs(getattr(report, "text", "") or "")
    blocks: list[Any] = [
        party.Heading("I. CÔNG TÁC CHUẨN BỊ"), *prep,
        party.Heading("II. DIỄN BIẾN BUỔI SINH HOẠT"), *held,
        party.Heading("III. KẾT LUẬN CỦA CHI BỘ"), *_paragraphs(meeting.conclusion),
        party.Heading("IV. PHÂN CÔNG NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN"),
        _task_table(tasks, with_status=True) if tasks else party.Paragraph("Không có nhiệm vụ phân công."),
        party.Heading("V. TÌNH HÌNH TRIỂN KHAI SAU SINH HOẠT"),
        *(follow_up or [party.Paragraph("Chi ủy tiếp tục theo dõi, đôn đốc việc thực hiện.")]),
    ]  # fmt: skip
    kind = "chuyên đề" if meeting.kind == Meeting.Kind.THEMATIC else "chi bộ"
    return party.PartyDocument(
        header=_header(meeting, number, timezone.localdate()), doc_type="BÁO CÁO",
        summary=f"Kết quả sinh hoạt {kind}: {meeting.title}", blocks=blocks,
        recipients=[f"{meeting.cell.committee.name} (để báo cáo)", "Lưu Chi bộ"],
        signature=_leader_signature(meeting),
    )  # fmt: skip
