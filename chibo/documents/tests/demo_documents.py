"""Every document type the demo produces, as DOCX bytes: the issued ones as stored, the others
rendered the way their download views render them. Used by the PDF pagination test and to
look at the documents as a user would (see `python -m chibo.documents.tests.demo_documents`)."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.utils import timezone
from docx import Document
from docx.oxml.ns import qn


@dataclass
class Closing:
    """What must stand whole on one page: each signing block's lines, and the end of the text
    just above it."""

    blocks: list[list[str]]  # per signing block: capacity, title, name (the non-empty ones)
    last_words: str  # the last words of the body's last paragraph


def demo_documents() -> dict[str, bytes]:
    """Name → DOCX, after `load_demo()`."""
    from chibo.documents.models import IssuedDocument
    from chibo.documents.party import render_docx
    from chibo.evaluations.documents import self_assessment_document
    from chibo.evaluations.models import EvaluationRound
    from chibo.lib.vietnamese import fold
    from chibo.meetings.documents import build_minutes, build_report, build_resolution
    from chibo.meetings.models import Meeting
    from chibo.members.models import Role
    from chibo.organizations.models import Cell, Committee
    from chibo.oversight.reports import cell_report, committee_report

    out: dict[str, bytes] = {}
    for doc in IssuedDocument.objects.select_related("cell").order_by("cell__name", "pk"):
        cell = "-".join(fold(doc.cell.name.removeprefix("Chi bộ Trường ")).split())
        key = f"issued-{cell}-{doc.type_code}-{doc.number:02d}"
        if key in out:  # the same number in a later term
            key = f"{key}-{doc.term.start.year}"
        with doc.docx.open("rb") as handle:
            out[key] = handle.read()
    hoa_mai = Cell.objects.get(name="Chi bộ Trường Mầm non Hoa Mai")
    round_ = EvaluationRound.objects.get(cell=hoa_mai)
    sheet = round_.evaluations.select_related("member", "round__cell__committee").get(
        member__role=Role.SECRETARY
    )
    out["self-assessment-hoa-mai-bithu"] = render_docx(self_assessment_document(sheet))
    today = timezone.localdate()
    yen_hoa = Cell.objects.get(name="Chi bộ Trường Mầm non Yên Hoà")
    report = cell_report(yen_hoa, year=2026, quarter=None, today=today, fmt="docx")
    assert report is not None
    out["oversight-cell-yen-hoa"] = report[2]
    yen_mo = Committee.objects.get(name="Đảng ủy xã Yên Mô")
    summary = committee_report(yen_mo, year=today.year, quarter=None, today=today, fmt="docx")
    assert summary is not None
    out["oversight-committee-yen-mo"] = summary[2]
    # A cell with 6 official members (no chi ủy): its minutes, resolution and report.
    yen_thanh = Cell.objects.get(name="Chi bộ Trường Tiểu học Yên Thành")
    meeting = (
        Meeting.objects.filter(cell=yen_thanh, kind=Meeting.Kind.THEMATIC)
        .order_by("starts_at")
        .first()
    )
    if meeting is not None:
        out["yen-thanh-BB"] = render_docx(build_minutes(meeting, "Số 01-BB/CB"))
        out["yen-thanh-NQ"] = render_docx(build_resolution(meeting, "Số 01-NQ/CB", "NQ"))
        out["yen-thanh-BC"] = render_docx(build_report(meeting, "Số 01-BC/CB"))
    return out


def closing_of(data: bytes) -> Closing:
    """The signing blocks of a DOCX made by chibo.documents (its last table) and the last
    words of the paragraph above it."""
    body = Document(io.BytesIO(data)).element.body

    def text(node) -> str:  # type: ignore[no-untyped-def]
        return "".join(t.text or "" for t in node.iter(qn("w:t"))).strip()

    tables = body.findall(qn("w:tbl"))
    last = tables[-1]
    blocks = []
    for cell in last.iter(qn("w:tc")):
        lines = [text(p) for p in cell.findall(qn("w:p")) if text(p)]
        if lines and lines[0] != "Nơi nhận:":
            blocks.append(lines)
    closing_start = list(body).index(last)
    # With recipients, the closing may hold two tables; the body ends before the first.
    for table in tables[-2:]:
        if any(text(p) == "Nơi nhận:" for p in table.iter(qn("w:p"))):
            closing_start = min(closing_start, list(body).index(table))
    before = [n for n in list(body)[:closing_start] if n.tag in (qn("w:p"), qn("w:tbl"))]
    # A table's text comes out of a PDF cell by cell: take the first cell of its last row.
    blocks_above = [
        n.findall(qn("w:tr"))[-1].find(qn("w:tc")) if n.tag == qn("w:tbl") else n for n in before
    ]
    last_text = next(text(n) for n in reversed(blocks_above) if text(n))
    return Closing(blocks=blocks, last_words=" ".join(last_text.split()[-4:]))


def to_pdfs(documents: dict[str, bytes], folder: Path, *, timeout: int = 300) -> dict[str, Path]:
    """Convert every DOCX in one LibreOffice run (one start-up, one profile)."""
    from chibo.documents.pdf import _soffice

    soffice = _soffice()
    assert soffice is not None
    folder.mkdir(parents=True, exist_ok=True)
    sources = []
    for name, data in documents.items():
        path = folder / f"{name}.docx"
        path.write_bytes(data)
        sources.append(str(path))
    with tempfile.TemporaryDirectory(prefix="chibo-pdfs-") as profile:
        subprocess.run(  # noqa: S603 (fixed argv, no shell)
            [soffice, "--headless", "--norestore", f"-env:UserInstallation={Path(profile).as_uri()}",
             "--convert-to", "pdf", "--outdir", str(folder), *sources],
            env={**os.environ, "HOME": profile}, capture_output=True, timeout=timeout, check=True,
        )  # fmt: skip
    return {name: folder / f"{name}.pdf" for name in documents}


def main() -> None:  # pragma: no cover - a tool to look at the documents
    """Load the demo in a scratch database and leave DOCX, PDF and 60 dpi PNG pages in a folder:
    `python -m chibo.documents.tests.demo_documents /tmp/demo-docs`."""
    import sys

    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/chibo-demo-docs")
    scratch = Path(tempfile.mkdtemp(prefix="chibo-demo-db-"))
    os.environ["CHIBO_DATA_DIR"] = str(scratch)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chibo.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from chibo.demo.load import load_demo

    load_demo()
    pdfs = to_pdfs(demo_documents(), folder)
    for name, pdf in pdfs.items():
        if shutil.which("pdftoppm"):
            subprocess.run(
                ["pdftoppm", "-r", "60", "-png", str(pdf), str(folder / name)], check=True
            )  # noqa: S603, S607
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"{len(pdfs)} documents in {folder} ({dt.datetime.now():%H:%M})")


if __name__ == "__main__":  # pragma: no cover
    main()
