"""The meeting's dossier as one ZIP (seed 001 §III.6, §IV): plan, every draft version,
materials, minutes, conclusion or resolution, report, attendance and tasks, with an index
in Vietnamese listing the SHA-256 of each file so the archive can be checked later."""

from __future__ import annotations

import csv
import hashlib
import html
import io
import zipfile
from collections.abc import Sequence
from typing import Any

from django.utils import timezone

from chibo.lib import excel
from chibo.lib.vietnamese import fold, short_date

from .models import Meeting
from .services import issued_documents

DOC_FOLDERS = {
    "BB": "04-bien-ban",
    "NQ": "05-ket-luan-nghi-quyet",
    "KL": "05-ket-luan-nghi-quyet",
    "TB": "05-ket-luan-nghi-quyet",
    "BC": "06-bao-cao",
}
DOC_LABELS = {"BB": "Biên bản", "NQ": "Nghị quyết", "KL": "Kết luận", "TB": "Thông báo kết luận",
              "BC": "Báo cáo gửi Đảng ủy"}  # fmt: skip


class _Zip:
    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.archive = zipfile.ZipFile(self.buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6)
        self.entries: list[tuple[str, str, int, str]] = []  # (path, description, size, sha256)

    def add(self, path: str, data: bytes, description: str) -> None:
        self.archive.writestr(path, data)
        self.entries.append((path, description, len(data), hashlib.sha256(data).hexdigest()))

    def close(self) -> bytes:
        self.archive.close()
        return self.buffer.getvalue()


def _slug(text: str) -> str:
    return "-".join(fold(text).replace("/", " ").split())[:60] or "tep"


def _open_issued(doc: Any) -> list[tuple[str, bytes]]:
    files = []
    for fmt in ("docx", "pdf"):
        try:
            name, _, data = doc.open_file(fmt)
        except Exception:  # noqa: S112  # a missing PDF (no LibreOffice) is noted in the index, not fatal
            continue
        files.append((name, data))
    return files


def _attendance(meeting: Meeting) -> tuple[bytes, bytes]:
    rows = [("STT", "Họ và tên", "Đảng viên", "Tình trạng", "Lý do")]
    for index, row in enumerate(
        meeting.attendances.select_related("member").order_by("member__sort_key"), 1
    ):
        rows.append((str(index), row.member.full_name, row.get_member_status_display(), row.get_status_display(),
                     row.reason))  # fmt: skip
    return _csv(rows), _xlsx("Điểm danh", rows)


def _tasks(meeting: Meeting) -> bytes:
    rows = [("STT", "Nhiệm vụ", "Người thực hiện", "Thời hạn", "Trạng thái", "Tiến độ gần nhất")]
    tasks = meeting.tasks.prefetch_related("owners", "notes")
    for index, task in enumerate(tasks, 1):
        notes = list(task.notes.all())
        rows.append((str(index), task.title, ", ".join(m.full_name for m in task.owners.all()),
                     short_date(task.deadline), task.display_label(), notes[-1].text if notes else ""))  # fmt: skip
    return _csv(rows)


def _csv(rows: Sequence[Sequence[str]]) -> bytes:
    text = io.StringIO()
    csv.writer(text).writerows([[excel.csv_cell(v) for v in row] for row in rows])
    return ("\ufeff" + text.getvalue()).encode()  # BOM: Excel opens Vietnamese CSV correctly


def _xlsx(title: str, rows: Sequence[Sequence[str]]) -> bytes:
    book, sheet = excel.new_workbook(title)
    for row in rows:
        excel.append(sheet, row)
    return excel.save(book)


def _plan_files(meeting: Meeting) -> list[tuple[str, bytes]]:
    doc = plan_document(meeting)
    return _open_issued(doc) if doc is not None else []


def plan_document(meeting: Meeting) -> Any:
    """The issued plan the meeting's topic comes from, if any."""
    topic = getattr(meeting, "topic", None)
    plan = getattr(topic, "plan", None)
    return getattr(plan, "issued_document", None)


def dossier_documents(meeting: Meeting) -> list[tuple[str, Any]]:
    """(what it is, issued document) in the dossier's order: plan, minutes, conclusion or
    resolution, report. The page shows each with a picture of its first page."""
    found: list[tuple[str, Any]] = []
    plan = plan_document(meeting)
    if plan is not None:
        found.append(("Kế hoạch sinh hoạt chuyên đề", plan))
    for code, doc in sorted(
        issued_documents(meeting).items(), key=lambda item: DOC_FOLDERS.get(item[0], "9")
    ):
        found.append((DOC_LABELS.get(code, code), doc))
    return found


def build_dossier(meeting: Meeting) -> tuple[str, bytes]:
    """(file name, ZIP bytes)."""
    z = _Zip()
    for name, data in _plan_files(meeting):
        z.add(f"01-ke-hoach/{name}", data, "Kế hoạch sinh hoạt chuyên đề")
    for version in meeting.versions.order_by("number"):
        base = f"02-du-thao/lan-{version.number:02d}"
        approved = " (bản được chi ủy duyệt)" if version.pk == meeting.approved_version_id else ""
        if version.text:
            z.add(f"{base}.txt", version.text.encode(), f"Dự thảo lần {version.number}{approved}")
        if version.file:
            with version.file.open("rb") as handle:
                z.add(
                    f"{base}.{version.file_kind}",
                    handle.read(),
                    f"Tệp dự thảo lần {version.number}{approved}",
                )
    for index, material in enumerate(meeting.materials.all(), 1):
        with material.file.open("rb") as handle:
            z.add(f"03-tai-lieu/{index:02d}-{_slug(material.title)}.{material.file_kind}", handle.read(),
                  f"Tài liệu: {material.title}")  # fmt: skip
    docs = issued_documents(meeting)
    if "BB" not in docs and meeting.minutes:
        z.add("04-bien-ban/bien-ban-chua-ky.txt", meeting.minutes.encode(), "Biên bản (chưa ký)")
    for code, doc in docs.items():
        for name, data in _open_issued(doc):
            z.add(
                f"{DOC_FOLDERS.get(code, '09-khac')}/{name}",
                data,
                f"{DOC_LABELS.get(code, code)} {doc.number_text}",
            )
    csv_data, xlsx_data = _attendance(meeting)
    z.add("07-diem-danh/diem-danh.csv", csv_data, "Danh sách điểm danh (CSV)")
    z.add("07-diem-danh/diem-danh.xlsx", xlsx_data, "Danh sách điểm danh (Excel)")
    z.add("08-nhiem-vu/nhiem-vu.csv", _tasks(meeting), "Nhiệm vụ được phân công và trạng thái")
    text, page = _index(meeting, z.entries)
    z.add("index.txt", text.encode(), "Mục lục")
    z.archive.writestr("index.html", page.encode())
    day = timezone.localdate(meeting.starts_at)
    return f"ho-so-{day:%Y-%m-%d}-{_slug(meeting.title)[:40]}.zip", z.close()


def _index(meeting: Meeting, entries: list[tuple[str, str, int, str]]) -> tuple[str, str]:
    title = f"HỒ SƠ {meeting.get_kind_display().upper()}: {meeting.title}"
    made = timezone.localtime()
    lines = [title, meeting.cell.name, f"Ngày sinh hoạt: {short_date(meeting.meeting_day)}",
             f"Trạng thái: {meeting.get_status_display()}", f"Lập lúc: {made:%H:%M %d/%m/%Y}", "",
             "Tệp | Nội dung | Kích thước (byte) | SHA-256"]  # fmt: skip
    lines += [f"{p} | {d} | {s} | {h}" for p, d, s, h in entries]
    missing = meeting.dossier_missing()
    if missing:
        lines += ["", "Còn thiếu: " + "; ".join(missing)]
    rows = "".join(f"<tr><td><a href=\"{html.escape(p)}\">{html.escape(p)}</a></td><td>{html.escape(d)}</td>"
                   f"<td>{s}</td><td><code>{h}</code></td></tr>" for p, d, s, h in entries)  # fmt: skip
    missing_html = (
        f"<p><strong>Còn thiếu:</strong> {html.escape('; '.join(missing))}</p>" if missing else ""
    )
    page = (f"<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"<h1>{html.escape(title)}</h1><p>{html.escape(meeting.cell.name)} — ngày sinh hoạt "
            f"{short_date(meeting.meeting_day)} — {html.escape(meeting.get_status_display())}</p>{missing_html}"
            "<table border=\"1\" cellpadding=\"4\"><tr><th>Tệp</th><th>Nội dung</th><th>Byte</th><th>SHA-256</th></tr>"
            f"{rows}</table><p>Lập lúc {made:%H:%M %d/%m/%Y}.</p></html>")  # fmt: skip
    return "\n".join(lines) + "\n", page
