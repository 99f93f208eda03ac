"""Plain helpers that walk a meeting through its lifecycle for tests."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from chibo.meetings.models import Attendance, Meeting, Task, Vote


def make_meeting(
    world: Any, *, kind: str = Meeting.Kind.REGULAR, days_ahead: int = 10, **extra: Any
) -> Meeting:
    starts = timezone.now().replace(hour=8, minute=0, second=0, microsecond=0) + dt.timedelta(
        days=days_ahead
    )
    fields: dict[str, Any] = {"kind": kind, "title": "Sinh hoạt chi bộ tháng", "starts_at": starts,
                              "place": "Phòng họp nhà trường", "chair": world.secretary,
                              "secretary": world.member}  # fmt: skip
    fields.update(extra)
    return Meeting.plan(cell=world.cell, by=world.secretary.user, **fields)


def reviewed(world: Any, **extra: Any) -> Meeting:
    meeting = make_meeting(world, **extra)
    meeting.assign_preparers([world.secretary], by=world.secretary.user)
    meeting.save_draft(by=world.secretary.user, text="Dự thảo báo cáo.\n\nĐoạn hai.")
    meeting.submit_draft(by=world.secretary.user)
    meeting.approve_draft(by=world.secretary.user)
    return meeting


def distributed(world: Any, **extra: Any) -> Meeting:
    meeting = reviewed(world, **extra)
    meeting.distribute(by=world.secretary.user, at=meeting.starts_at - dt.timedelta(days=5))
    return meeting


def roll_call(world: Any, meeting: Meeting) -> None:
    for member in world.cell.members.current():
        meeting.record_attendance(member, Attendance.Status.PRESENT, by=world.secretary.user)


def held(world: Any, **extra: Any) -> Meeting:
    """Held yesterday, as scheduled: a real start time is never in the future."""
    extra.setdefault("days_ahead", -1)
    meeting = distributed(world, **extra)
    roll_call(world, meeting)
    start = meeting.starts_at
    meeting.hold(
        by=world.secretary.user, actual_start=start, actual_end=start + dt.timedelta(minutes=120)
    )
    return meeting


def concluded(world: Any, **extra: Any) -> Meeting:
    meeting = held(world, **extra)
    meeting.conclude(by=world.secretary.user, text="Chi bộ thống nhất các giải pháp.")
    return meeting


def vote_on_resolution(world: Any, meeting: Meeting, *, votes_for: int | None = None) -> Vote:
    """The cell votes on the meeting's resolution; by default every official member present
    votes for it."""
    present = meeting.attendances.filter(
        member_status="official", status__in=Attendance.PRESENT_STATUSES
    ).count()
    yes = present if votes_for is None else votes_for
    return Vote.record(meeting, by=world.secretary.user, subject="Thông qua nghị quyết", kind="ordinary",
                       subject_kind=Vote.SubjectKind.RESOLUTION, votes_for=yes, votes_against=present - yes)  # fmt: skip


def make_task(
    world: Any, meeting: Meeting | None = None, *, days: int = 7, owners: list | None = None
) -> Task:
    return Task.assign(cell=world.cell, by=world.secretary.user, title="Rà soát hồ sơ chuyên môn",
                       owners=owners or [world.member], deadline=timezone.localdate() + dt.timedelta(days=days),
                       meeting=meeting)  # fmt: skip


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def pdf_upload(name: str = "du-thao.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(
        name, b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n", content_type="application/pdf"
    )


def docx_upload(name: str = "du-thao.docx") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, docx_bytes(), content_type="application/octet-stream")
