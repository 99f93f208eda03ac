"""Time the dossier ZIP for a meeting with 30 members and 10 draft versions.

Everything is created inside a transaction that is rolled back, with files in a temporary
folder, so the command leaves the database and the file store as they were.
Writes bench/dossier.json (target: under 2 seconds).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from docx import Document

from chibo.meetings.dossier import build_dossier
from chibo.meetings.models import Attendance, Contribution, Material, Meeting, Task
from chibo.members.models import Member, Role
from chibo.organizations.models import Cell, Committee, Term

TARGET_SECONDS = 2.0


class _Rollback(Exception):
    pass


def _docx(paragraphs: int, seed: int) -> bytes:
    document = Document()
    for i in range(paragraphs):
        document.add_paragraph(
            f"Đoạn {i + 1} của dự thảo lần {seed}: chi bộ thống nhất nâng cao chất lượng " * 3
        )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


class Command(BaseCommand):
    help = "Đo thời gian tạo hồ sơ ZIP của một buổi sinh hoạt (30 đảng viên, 10 lần dự thảo)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--output", default="bench/dossier.json")
        parser.add_argument("--runs", type=int, default=5)

    def handle(self, *args: Any, output: str, runs: int, **options: Any) -> None:
        with tempfile.TemporaryDirectory() as folder:
            storages = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                                    "OPTIONS": {"location": folder}},
                        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # fmt: skip
            with override_settings(STORAGES=storages):
                try:
                    with transaction.atomic():
                        result = self._measure(runs)
                        raise _Rollback
                except _Rollback:
                    pass
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        self.stdout.write(json.dumps(result, ensure_ascii=False))

    def _measure(self, runs: int) -> dict[str, Any]:
        user = get_user_model().objects.create_user(username=f"bench-{time.time_ns()}")
        committee = Committee.objects.create(name="Đảng ủy xã Thử Nghiệm", place_name="Thử Nghiệm")
        cell = Cell.objects.create(
            name="Chi bộ Trường Thử Nghiệm", committee=committee, place_name="Thử Nghiệm"
        )
        Term.objects.create(
            cell=cell, name="2025–2030", start=dt.date(2025, 7, 1), end=dt.date(2030, 6, 30)
        )
        members = [Member.objects.create(cell=cell, full_name=f"Nguyễn Thị Thử {i:02d}", gender="female",
                                         status="official" if i < 27 else "probationary",
                                         role=Role.SECRETARY if i == 0 else Role.MEMBER,
                                         user=user if i == 0 else None) for i in range(30)]  # fmt: skip
        starts = timezone.now() - dt.timedelta(days=1)  # held yesterday: real times are never ahead
        meeting = Meeting.plan(cell=cell, by=user, kind="thematic", title="Chuyên đề thử nghiệm", starts_at=starts,
                               chair=members[0], secretary=members[1], preparers=[members[0]])  # fmt: skip
        for number in range(1, 11):
            upload = SimpleUploadedFile(f"du-thao-{number}.docx", _docx(40, number))
            meeting.save_draft(
                by=user,
                text=f"Dự thảo lần {number}\n\n" + "Nội dung chuyên đề. " * 400,
                upload=upload,
            )
        Material.add(
            meeting,
            by=user,
            title="Số liệu",
            upload=SimpleUploadedFile("so-lieu.docx", _docx(20, 0)),
        )
        meeting.submit_draft(by=user)
        meeting.approve_draft(by=user)
        meeting.distribute(by=user, at=starts - dt.timedelta(days=5))
        for i, member in enumerate(members):
            status = Attendance.Status.EXCUSED if i % 10 == 9 else Attendance.Status.PRESENT
            meeting.record_attendance(
                member, status, by=user, reason="Công tác" if i % 10 == 9 else ""
            )
            Contribution.add(
                meeting, by=user, speaker=member, summary="Nhất trí với dự thảo, bổ sung giải pháp."
            )
        meeting.hold(by=user, actual_start=starts, actual_end=starts + dt.timedelta(minutes=120))
        meeting.conclude(by=user, text="Chi bộ thống nhất các giải pháp.")
        for member in members:
            Task.assign(cell=cell, by=user, meeting=meeting, title=f"Nhiệm vụ của {member.full_name}",
                        owners=[member], deadline=timezone.localdate() + dt.timedelta(days=30))  # fmt: skip
        timings, size = [], 0
        for _ in range(runs):
            began = time.perf_counter()
            _, data = build_dossier(meeting)
            timings.append(time.perf_counter() - began)
            size = len(data)
        return {
            "what": "build_dossier: 30 đảng viên, 10 lần dự thảo (DOCX), 1 tài liệu, 30 nhiệm vụ, 30 ý kiến",
            "runs": runs, "seconds_median": round(statistics.median(timings), 4),
            "seconds_max": round(max(timings), 4), "zip_bytes": size, "target_seconds": TARGET_SECONDS,
            "ok": max(timings) < TARGET_SECONDS, "measured_at": timezone.now().isoformat(timespec="seconds"),
        }  # fmt: skip
