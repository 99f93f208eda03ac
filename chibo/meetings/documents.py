"""The meeting's Party documents (HD 36 format via chibo.documents): biên bản, nghị quyết /
kết luận, báo cáo kết quả sinh hoạt. Each builder returns a PartyDocument for a number text;
IssuedDocument.issue numbers, renders, stores and audits it (see services.py).

The header, the signing block and the recipients come from chibo.documents.parts, like every
other document of the cell; the counts printed (attendance, votes) are the recorded ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.utils import timezone

from chibo.documents import party
from chibo.documents.parts import (
    header_for,
    minutes_signatures,
    official_members,
    recipients_for,
    signature_for,
)
from chibo.documents.party import PartyDocument
from chibo.lib.vietnamese import format_date, short_date
from chibo.members.models import Member, Role
from chibo.rules.documents import leadership_name
from chibo.rules.sources import SOURCES, in_force

from .models import Attendance, Contribution, Meeting, MeetingReport, Task, Vote

OFFICIAL, PROBATIONARY = Member.Status.OFFICIAL, Member.Status.PROBATIONARY
_ROLE_IN_CELL = {
    Role.SECRETARY: "Bí thư chi bộ",
    Role.DEPUTY_SECRETARY: "Phó Bí thư chi bộ",
    Role.COMMITTEE_MEMBER: "Chi ủy viên",
}


def _paragraphs(text: str) -> list[party.Block]:
    blocks = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]
    out: list[party.Block] = []
    for block in blocks:
        for line in block.split("\n"):
            line = line.strip()
            if line.startswith("- "):
                out.append(party.Bullet(line[2:]))
            elif line:
                out.append(party.Paragraph(line))
    return out


def held_on(meeting: Meeting) -> dt.date:
    """The day the meeting took place (or is set to)."""
    return timezone.localdate(meeting.actual_start or meeting.starts_at)


def _time(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    local = timezone.localtime(value)
    return f"{local:%H} giờ {local:%M} phút, {format_date(local.date())}"


def _summary(meeting: Meeting) -> str:
    if meeting.kind == Meeting.Kind.THEMATIC:
        return f"Sinh hoạt chuyên đề: {meeting.title}"
    return meeting.title


def _sentence(text: str) -> str:
    """`text` ending with exactly one full stop (titles may already end with one)."""
    return text.rstrip().rstrip(".") + "."


def _in_text(leaders: str) -> str:
    """'Chi ủy' inside a sentence is 'chi ủy'; 'Bí thư, Phó Bí thư' keeps its capitals."""
    return "chi ủy" if leaders == "Chi ủy" else leaders


def percent(part: int, whole: int) -> str:
    """'90,9%', '100%': Vietnamese writes a decimal comma."""
    if whole <= 0:
        return "—"
    value = f"{part * 100 / whole:.1f}".replace(".", ",")
    return (value[:-2] if value.endswith(",0") else value) + "%"


# -- the minutes ----------------------------------------------------------------------------


def _person(member: Member | None) -> str:
    if member is None:
        return "(chưa ghi)"
    role = _ROLE_IN_CELL.get(Role(member.role)) if member.role in _ROLE_IN_CELL else None
    return f"đồng chí {member.full_name}" + (f", {role}" if role else "")


def _split(rows: list[Attendance]) -> str:
    """'12 đồng chí (chính thức: 11, dự bị: 1)': by the member's status on the day."""
    official = sum(1 for a in rows if a.member_status == OFFICIAL)
    return f"{len(rows)} đồng chí (chính thức: {official}, dự bị: {len(rows) - official})"


def _status_word(row: Attendance) -> str:
    return "chính thức" if row.member_status == OFFICIAL else "dự bị"


def _absent_lines(label: str, rows: list[Attendance]) -> list[party.Block]:
    if not rows:
        return [party.Paragraph(f"- {label}: không có.")]
    lines: list[party.Block] = [party.Paragraph(f"- {label}: {_split(rows)}, gồm:")]
    for row in rows:
        reason = f": {row.reason.strip()}" if row.reason.strip() else ""
        lines.append(
            party.Paragraph(f"+ Đồng chí {row.member.full_name} ({_status_word(row)}){reason}.")
        )
    return lines


def _attendance_blocks(meeting: Meeting) -> list[party.Block]:
    rows = list(meeting.attendances.select_related("member").order_by("member__sort_key"))
    present = [a for a in rows if a.is_present]
    late = [a for a in present if a.status == Attendance.Status.LATE]
    excused = [a for a in rows if a.status == Attendance.Status.EXCUSED]
    absent = [a for a in rows if a.status == Attendance.Status.ABSENT]
    blocks: list[party.Block] = [
        party.Paragraph(f"- Chủ trì: {_person(meeting.chair)}."),
        party.Paragraph(f"- Thư ký: {_person(meeting.secretary)}."),
        party.Paragraph(f"- Số đảng viên được triệu tập: {_split(rows)}."),
        party.Paragraph(
            f"- Có mặt: {_split(present)}"
            + (f"; trong đó đến muộn: {len(late)} đồng chí" if late else "")
            + "."
        ),
        *_absent_lines("Vắng có lý do", excused),
        *_absent_lines("Vắng không lý do", absent),
        party.Paragraph(
            f"- Khách mời: {_sentence(meeting.guests) if meeting.guests.strip() else 'không có.'}"
        ),
    ]
    return blocks


def vote_line(vote: Vote) -> str:
    """One recorded vote as the minutes print it, counted against its recorded base."""
    outcome = "thông qua" if vote.passed else "không thông qua"
    return (
        f"{_sentence(vote.subject)[:-1]}: tán thành {vote.votes_for}/{vote.denominator} đồng chí "
        f"({percent(vote.votes_for, vote.denominator)}); không tán thành {vote.votes_against}; "
        f"không biểu quyết {vote.votes_abstain}. Số đảng viên chính thức làm căn cứ: "
        f"{vote.denominator}. Kết quả: {outcome}."
    )


def _vote_blocks(votes: list[Vote]) -> list[party.Block]:
    if not votes:
        return [party.Paragraph("Không có nội dung biểu quyết.")]
    return [party.Bullet(vote_line(v)) for v in votes]


def _minutes_vote(votes: Iterable[Vote]) -> Vote | None:
    """A recorded vote on adopting the minutes themselves, if the secretary recorded one."""
    return next((v for v in votes if "biên bản" in v.subject.lower()), None)


def _assigned_blocks(meeting: Meeting) -> list[party.Block]:
    """The tasks the meeting assigned, with owner and deadline (HD 42: a conclusion assigns)."""
    tasks = list(meeting.tasks.prefetch_related("owners"))
    if not tasks:
        return []
    return [party.Paragraph("Phân công thực hiện:"), _task_table(tasks, with_status=False)]


def _opinion_blocks(contributions: list[Contribution]) -> list[party.Block]:
    if not contributions:
        return [party.Paragraph("Không có ý kiến phát biểu được ghi lại.")]
    return [party.Bullet(f"Đồng chí {c.speaker.full_name}: {c.summary}") for c in contributions]


def build_minutes(meeting: Meeting, number: str) -> PartyDocument:
    start, end = meeting.actual_start or meeting.starts_at, meeting.actual_end
    contributions = list(meeting.contributions.select_related("speaker"))
    votes = list(meeting.votes.all())
    blocks: list[party.Block] = [
        party.Heading("I. THỜI GIAN, ĐỊA ĐIỂM"),
        party.Paragraph(f"Bắt đầu lúc {_time(start)}."),
        party.Paragraph(f"Địa điểm: {_sentence(meeting.place or 'trụ sở chi bộ')}"),
        party.Heading("II. THÀNH PHẦN"),
        *_attendance_blocks(meeting),
        party.Heading("III. NỘI DUNG"),
        *_paragraphs(meeting.minutes),
        party.Heading("IV. Ý KIẾN THẢO LUẬN"),
        *_opinion_blocks(contributions),
        party.Heading("V. KẾT LUẬN CỦA CHỦ TRÌ"),
        *_paragraphs(meeting.conclusion),
        *_assigned_blocks(meeting),
        party.Heading("VI. KẾT QUẢ BIỂU QUYẾT"),
        *_vote_blocks(votes),
    ]  # fmt: skip
    closing = f"Buổi sinh hoạt kết thúc lúc {_time(end)}." if end else ""
    adopted = _minutes_vote(votes)
    if adopted is not None:
        closing += (
            f" Biên bản đã được đọc lại trước chi bộ; biểu quyết thông qua biên bản: tán thành "
            f"{adopted.votes_for}/{adopted.denominator} đồng chí "
            f"({percent(adopted.votes_for, adopted.denominator)})."
        )
    if closing:
        blocks.append(party.Paragraph(closing.strip()))
    chair, secretary = minutes_signatures(
        chair=meeting.chair.full_name if meeting.chair else "",
        secretary=meeting.secretary.full_name if meeting.secretary else "",
    )
    return PartyDocument(
        header=header_for(meeting.cell, number, held_on(meeting), type_code="BB"),
        doc_type="BIÊN BẢN",
        summary=_summary(meeting),
        blocks=blocks,
        recipients=[],  # minutes go to the cell's own book: no "Nơi nhận"
        signature=chair,
        extra_signatures=[secretary],
    )


# -- the resolution or conclusion -----------------------------------------------------------


def _task_table(tasks: list[Task], *, with_status: bool) -> party.Table:
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
    # Widths follow the content (chibo.documents): STT narrow, the task the widest.
    return party.Table(header=header, rows=rows)


def resolution_vote(meeting: Meeting) -> Vote | None:
    """The recorded vote that adopted the resolution: the last ordinary vote that passed, else
    the last ordinary vote (a failed one is printed as failed, never as adopted). A vote
    recorded as the vote on the meeting's resolution comes first."""
    recorded = meeting.resolution_vote()
    if recorded is not None:
        return recorded
    ordinary = [v for v in meeting.votes.all() if v.kind == Vote.Kind.ORDINARY]
    if not ordinary:
        return None
    return next((v for v in reversed(ordinary) if v.passed), ordinary[-1])


def adoption_sentence(vote: Vote, day: dt.date) -> str:
    """'Nghị quyết được chi bộ biểu quyết thông qua … : 10/11 đồng chí tán thành, đạt 90,9%.'"""
    counted = (
        f"{vote.votes_for}/{vote.denominator} đồng chí đảng viên chính thức tán thành, đạt "
        f"{percent(vote.votes_for, vote.denominator)}; không tán thành {vote.votes_against}; "
        f"không biểu quyết {vote.votes_abstain}"
    )
    if vote.passed:
        return f"Nghị quyết được chi bộ biểu quyết thông qua tại buổi sinh hoạt ngày {short_date(day)}: {counted}."
    return f"Kết quả biểu quyết tại buổi sinh hoạt ngày {short_date(day)}: {counted}; chưa đủ tỷ lệ thông qua."


def _bases(meeting: Meeting, day: dt.date) -> list[party.Block]:
    """'Căn cứ …' lines of a resolution: the Charter, its implementing rules and the guidance on
    chi bộ meetings in force on the day, the cell's plan when the meeting carries it out, and
    the meeting itself."""
    lines = [
        f"Căn cứ {SOURCES['DIEU_LE'].title};",
        f"Căn cứ {in_force(('QD24', 'QD232', 'QD294'), day).title};",
        f"Căn cứ {in_force(('HD12_2018', 'HD42'), day).title};",
    ]
    plan = meeting.topic.plan if meeting.topic_id and meeting.topic else None
    if plan is not None and plan.number_text:
        dated = f" ngày {short_date(plan.plan_date)}" if plan.plan_date else ""
        title = _sentence(plan.title)[:-1]
        lines.append(
            f"Căn cứ Kế hoạch {plan.number_text.replace('Số ', 'số ', 1)}{dated} của chi bộ về "
            f"{title[:1].lower()}{title[1:]};"
        )
    kind = (
        "sinh hoạt chuyên đề"
        if meeting.kind == Meeting.Kind.THEMATIC
        else "sinh hoạt chi bộ thường kỳ"
    )
    lines.append(f"Căn cứ kết quả buổi {kind} ngày {short_date(day)},")
    return [party.Paragraph(line, italic=True) for line in lines]


def _carried_blocks(meeting: Meeting) -> list[party.Block]:
    """What earlier meetings left unfinished, as this meeting found it (HD 42)."""
    carried = list(meeting.carried_tasks.prefetch_related("owners"))
    if not carried:
        return []
    return [
        party.Paragraph("Kết quả thực hiện các nhiệm vụ kỳ trước chuyển sang:", indent=True),
        _task_table(carried, with_status=True),
    ]


def build_resolution(
    meeting: Meeting,
    number: str,
    type_code: str = "KL",
    *,
    on: dt.date | None = None,
    vote: Vote | None = None,
) -> PartyDocument:
    """The NGHỊ QUYẾT (type_code "NQ") or KẾT LUẬN ("KL") of a meeting, dated the meeting day
    unless `on` says otherwise. A resolution prints its "Căn cứ …" lines, "CHI BỘ QUYẾT
    NGHỊ:" and the recorded vote (`vote`, by default `resolution_vote(meeting)`)."""
    tasks = list(meeting.tasks.prefetch_related("owners"))
    day = held_on(meeting)
    cell = meeting.cell
    official = official_members(cell)
    leaders = leadership_name(official_members=official)
    task_block: party.Block = (
        _task_table(tasks, with_status=False)
        if tasks
        else party.Paragraph("Không có nhiệm vụ phân công.")
    )
    organisation = party.Paragraph(
        f"{leaders} theo dõi, đôn đốc, kiểm tra việc thực hiện; đánh giá kết quả tại các kỳ sinh "
        f"hoạt tiếp theo. Đảng viên được phân công có trách nhiệm thực hiện đúng thời hạn và báo "
        f"cáo kết quả với {_in_text(leaders)}."
    )
    if type_code == "NQ":
        vote = vote if vote is not None else resolution_vote(meeting)
        blocks: list[party.Block] = [
            *_bases(meeting, day),
            party.Paragraph("CHI BỘ QUYẾT NGHỊ:", bold=True, indent=False, align="center"),
            *_carried_blocks(meeting),
            party.Heading("1. Thống nhất nội dung sau:", level=2),
            *_paragraphs(meeting.conclusion),
            party.Heading("2. Nhiệm vụ, giải pháp và phân công thực hiện:", level=2),
            task_block,
            party.Heading("3. Tổ chức thực hiện:", level=2),
            organisation,
        ]
        if vote is not None:
            blocks.append(party.Paragraph(adoption_sentence(vote, day)))
        doc_type = "NGHỊ QUYẾT"
    else:
        intro = (
            f"Ngày {short_date(day)}, {cell.name} tổ chức {meeting.get_kind_display().lower()} với "
            f"nội dung: {_sentence(meeting.title)} Sau khi nghe trình bày và thảo luận, chi bộ thống "
            "nhất kết luận như sau:"
        )
        blocks = [
            party.Paragraph(intro),
            *_carried_blocks(meeting),
            party.Heading("I. NỘI DUNG KẾT LUẬN"),
            *_paragraphs(meeting.conclusion),
            party.Heading("II. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN"),
            task_block,
            party.Heading("III. TỔ CHỨC THỰC HIỆN"),
            organisation,
        ]
        doc_type = "KẾT LUẬN"
    return PartyDocument(
        header=header_for(cell, number, on or day, type_code=type_code),
        doc_type=doc_type,
        summary=_summary(meeting),
        blocks=blocks,
        recipients=recipients_for(cell),
        signature=signature_for(cell, official=official),
    )


def build_conclusion_notice(
    meeting: Meeting, number: str, on: dt.date | None = None
) -> PartyDocument:
    """THÔNG BÁO KẾT LUẬN: the chair's conclusion of a meeting that voted no resolution, with
    the tasks it gave, dated the meeting day unless `on` says otherwise; it needs no vote."""
    tasks = list(meeting.tasks.prefetch_related("owners"))
    day = held_on(meeting)
    cell = meeting.cell
    official = official_members(cell)
    leaders = leadership_name(official_members=official)
    chair = f", {_person(meeting.chair)} chủ trì" if meeting.chair else ""
    intro = (
        f"Ngày {short_date(day)}, {cell.name} tổ chức {meeting.get_kind_display().lower()}{chair}. "
        "Sau khi nghe trình bày và thảo luận, chủ trì kết luận như sau:"
    )
    blocks: list[party.Block] = [
        party.Paragraph(intro),
        *_carried_blocks(meeting),
        *_paragraphs(meeting.conclusion),
        party.Heading("PHÂN CÔNG THỰC HIỆN"),
        _task_table(tasks, with_status=False)
        if tasks
        else party.Paragraph("Không có nhiệm vụ phân công."),
        party.Paragraph(f"{leaders} thông báo để đảng viên trong chi bộ biết, thực hiện."),
    ]
    return PartyDocument(
        header=header_for(cell, number, on or day, type_code="TB"),
        doc_type="THÔNG BÁO KẾT LUẬN",
        summary=_summary(meeting),
        blocks=blocks,
        recipients=recipients_for(cell),
        signature=signature_for(cell, official=official),
    )


# -- the report upward ----------------------------------------------------------------------


def build_report(meeting: Meeting, number: str, on: dt.date | None = None) -> PartyDocument:
    tasks = list(meeting.tasks.prefetch_related("owners"))
    cell = meeting.cell
    official = official_members(cell)
    leaders = leadership_name(official_members=official)
    preparers = ", ".join(m.full_name for m in meeting.preparers.all()) or _in_text(leaders)
    versions = meeting.versions.count()
    counts = {s: 0 for s in Attendance.Status.values}
    for status in meeting.attendances.values_list("status", flat=True):
        counts[status] += 1
    approved = (
        f", được {_in_text(leaders)} duyệt ngày "
        f"{short_date(timezone.localdate(meeting.approved_at))}"
        if meeting.approved_at
        else ""
    )
    prep = [party.Paragraph(f"Đồng chí được phân công chuẩn bị: {preparers}. Dự thảo qua {versions} "
                            f"lần chỉnh sửa{approved}.")]  # fmt: skip
    if meeting.distributed_at:
        sent = timezone.localdate(meeting.distributed_at)
        late = (
            f" Lý do gửi muộn: {_sentence(meeting.late_distribution_reason)}"
            if meeting.late_distribution_reason
            else ""
        )
        prep.append(party.Paragraph(f"Tài liệu gửi đảng viên ngày {short_date(sent)}, trước buổi sinh hoạt "
                                    f"{(meeting.meeting_day - sent).days} ngày.{late}"))  # fmt: skip
    duration = meeting.duration_minutes
    held = [party.Paragraph(f"Thời gian: {_time(meeting.actual_start or meeting.starts_at)}"
                            + (f", kéo dài {duration} phút." if duration else ".")),
            party.Paragraph(f"Có mặt {counts['present'] + counts['late']} đồng chí; vắng có lý do {counts['excused']}; "
                            f"vắng không lý do {counts['absent']}."),
            party.Paragraph(f"Có {meeting.contributions.count()} lượt ý kiến phát biểu; "
                            f"{meeting.commitments.count()} đảng viên đăng ký nội dung khắc phục, rèn luyện.")]  # fmt: skip
    held += [party.Paragraph(f"Biểu quyết: {vote_line(v)}") for v in meeting.votes.all()]
    # Read afresh: the report may have been written after `meeting` was loaded.
    report = MeetingReport.objects.filter(meeting=meeting).first()
    follow_up = _paragraphs(report.text if report is not None else "")
    blocks: list[party.Block] = [
        party.Heading("I. CÔNG TÁC CHUẨN BỊ"), *prep,
        party.Heading("II. DIỄN BIẾN BUỔI SINH HOẠT"), *held,
        party.Heading("III. KẾT LUẬN CỦA CHI BỘ"), *_paragraphs(meeting.conclusion),
        party.Heading("IV. PHÂN CÔNG NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN"),
        _task_table(tasks, with_status=True) if tasks else party.Paragraph("Không có nhiệm vụ phân công."),
        party.Heading("V. TÌNH HÌNH TRIỂN KHAI SAU SINH HOẠT"),
        *(follow_up or [party.Paragraph(f"{leaders} tiếp tục theo dõi, đôn đốc việc thực hiện.")]),
    ]  # fmt: skip
    kind = "chuyên đề" if meeting.kind == Meeting.Kind.THEMATIC else "chi bộ"
    return PartyDocument(
        header=header_for(cell, number, on or timezone.localdate(), type_code="BC"),
        doc_type="BÁO CÁO",
        summary=f"Kết quả sinh hoạt {kind}: {meeting.title}",
        blocks=blocks,
        recipients=recipients_for(cell, members=False),
        signature=signature_for(cell, official=official),
    )
