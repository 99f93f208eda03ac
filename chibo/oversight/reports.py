"""Quarterly and annual summaries, for a committee and for a cell, built from the records:
a Party-format DOCX (HD 36, via chibo.documents.party) and an Excel workbook.

Cells are read in batches of BATCH with the dashboards' loader, so a province-size report
runs a fixed number of queries per batch and never holds every meeting in memory at once."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from openpyxl.styles import Font

from chibo.documents.parts import (
    committee_header,
    committee_recipients,
    committee_signature,
    header_for,
    recipients_for,
    signature_for,
)
from chibo.documents.party import (
    Bullet,
    Header,
    Heading,
    Paragraph,
    PartyDocument,
    Signature,
    Table,
    render_docx,
)
from chibo.lib import excel
from chibo.lib.vietnamese import fold, roman
from chibo.organizations.models import Cell, Committee

from . import rules
from .facts import CellFacts, load

BATCH = 500
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
COLUMNS = ["Chi bộ", "Thường kỳ đã họp", "Chuyên đề đã họp", "Gửi tài liệu muộn", "Tỷ lệ dự (%)",
           "Nhiệm vụ chưa xong", "Quá hạn", "Báo cáo đã gửi / phải gửi", "Vi phạm quy tắc", "Chất lượng"]  # fmt: skip


@dataclass
class Line:
    cell: Cell
    regular: int
    thematic: int
    late: int
    rate: float | None
    open_tasks: int
    overdue: int
    reports: str
    findings: list[rules.Finding]
    levels: Counter[str]

    def cells(self) -> list[str]:
        rate = f"{self.rate:.0f}" if self.rate is not None else "–"
        levels = ", ".join(f"{k}: {v}" for k, v in sorted(self.levels.items())) or "–"
        return [self.cell.name, str(self.regular), str(self.thematic), str(self.late), rate, str(self.open_tasks),
                str(self.overdue), self.reports, str(len(self.findings)), levels]  # fmt: skip


def period_label(year: int, quarter: int | None) -> str:
    return f"quý {roman(quarter)} năm {year}" if quarter else f"năm {year}"


def _line(facts: CellFacts, quarter: int | None, today: dt.date) -> Line:
    in_period = [m for m in facts.meetings if quarter is None or m.quarter == quarter]
    held = [m for m in in_period if m.held]
    thematic = [m for m in held if m.thematic]
    late_ids = rules.late_meeting_ids(facts)
    present = sum(m.present for m in held)
    summoned = sum(m.summoned for m in held)
    findings = [f for f in rules.evaluate(facts) if quarter is None or f.quarter in (quarter, None)]
    return Line(
        cell=facts.cell, regular=sum(1 for m in held if not m.thematic), thematic=len(thematic),
        late=sum(1 for m in held if m.pk in late_ids), rate=100 * present / summoned if summoned else None,
        open_tasks=sum(1 for t in facts.tasks if t.unfinished),
        overdue=sum(1 for t in facts.tasks if t.unfinished and t.deadline < today),
        reports=f"{sum(1 for m in thematic if m.report_on)}/{len(thematic)}", findings=findings,
        levels=Counter(m.quality_level for m in held if m.quality_level),
    )  # fmt: skip


def lines_for(cells_qs: object, *, year: int, quarter: int | None, today: dt.date) -> list[Line]:
    from django.db.models import QuerySet

    assert isinstance(cells_qs, QuerySet)
    lines: list[Line] = []
    ids = list(cells_qs.values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        batch = list(
            Cell.objects.filter(pk__in=ids[start : start + BATCH])
            .select_related("committee")
            .order_by("path", "name")
        )
        facts = load(batch, year=year, today=today)
        lines.extend(_line(facts[c.pk], quarter, today) for c in batch)
    return lines


def _document(*, header: Header, summary: str, blocks: list, recipients: list[str],
              signature: Signature) -> bytes:  # fmt: skip
    """A draft BÁO CÁO: no number or date yet, signed by hand once finished."""
    doc = PartyDocument(header=header, doc_type="BÁO CÁO", summary=summary, blocks=blocks,
                        recipients=recipients, signature=signature, draft=True)  # fmt: skip
    return render_docx(doc)


def _summary_blocks(lines: list[Line], label: str) -> list:
    cells = len(lines)
    thematic_cells = sum(1 for line in lines if line.thematic)
    by_rule = Counter(f.rule.code for line in lines for f in line.findings)
    blocks: list = [
        Heading("I. TÌNH HÌNH SINH HOẠT CHI BỘ", 1),
        Paragraph(f"Trong {label}, {thematic_cells}/{cells} chi bộ đã tổ chức sinh hoạt chuyên đề; tổng số buổi "
                  f"sinh hoạt thường kỳ đã tổ chức: {sum(x.regular for x in lines)}; số buổi sinh hoạt chuyên đề: "
                  f"{sum(x.thematic for x in lines)}; số buổi gửi tài liệu muộn: {sum(x.late for x in lines)}."),
        Paragraph(f"Nhiệm vụ chưa hoàn thành: {sum(x.open_tasks for x in lines)}, trong đó quá hạn: "
                  f"{sum(x.overdue for x in lines)}."),
        Heading("II. KẾT QUẢ KIỂM TRA THEO QUY ĐỊNH", 1),
    ]  # fmt: skip
    if not by_rule:
        blocks.append(Paragraph("Không phát hiện trường hợp nào chưa thực hiện đúng quy định."))
    for code, count in by_rule.most_common():
        rule = rules.RULES[code]
        blocks.append(Bullet(f"{rule.title}: {count} trường hợp (căn cứ: {rule.source})."))
    return blocks


def committee_report(committee: Committee, *, year: int, quarter: int | None, today: dt.date,
                     fmt: str) -> tuple[str, str, bytes] | None:  # fmt: skip
    if fmt not in ("docx", "xlsx"):
        return None
    lines = lines_for(Cell.objects.below(committee), year=year, quarter=quarter, today=today)
    label = period_label(year, quarter)
    name = f"bao-cao-{'-'.join(fold(committee.name).split())}-{year}{f'-q{quarter}' if quarter else ''}.{fmt}"
    if fmt == "xlsx":
        return name, XLSX, _workbook(f"{committee.name} — {label}", lines)
    blocks = _summary_blocks(lines, label)
    blocks += [
        Heading("III. SỐ LIỆU TỪNG CHI BỘ", 1),
        Table(COLUMNS[:-1], [line.cells()[:-1] for line in lines]),
    ]
    data = _document(header=committee_header(committee, None, None, type_code="BC"),
                     summary=f"Tình hình sinh hoạt chi bộ {label}", blocks=blocks,
                     recipients=committee_recipients(committee), signature=committee_signature(committee))  # fmt: skip
    return name, DOCX, data


def cell_report(cell: Cell, *, year: int, quarter: int | None, today: dt.date,
                fmt: str) -> tuple[str, str, bytes] | None:  # fmt: skip
    if fmt not in ("docx", "xlsx"):
        return None
    facts = load([cell], year=year, today=today)[cell.pk]
    line = _line(facts, quarter, today)
    label = period_label(year, quarter)
    name = f"bao-cao-{'-'.join(fold(cell.name).split())}-{year}{f'-q{quarter}' if quarter else ''}.{fmt}"
    meetings = [m for m in facts.meetings if m.held and (quarter is None or m.quarter == quarter)]
    if fmt == "xlsx":
        return name, XLSX, _workbook(f"{cell.name} — {label}", [line], meetings)
    blocks = _summary_blocks([line], label)
    blocks += [Heading("III. CÁC BUỔI SINH HOẠT", 1), Table(
        ["Ngày", "Loại", "Nội dung", "Có mặt", "Chất lượng"],
        [[f"{m.day:%d/%m/%Y}", "Chuyên đề" if m.thematic else "Thường kỳ", m.title, f"{m.present}/{m.summoned}",
          m.quality_level or "–"] for m in meetings])]  # fmt: skip
    data = _document(header=header_for(cell, None, None, type_code="BC"),
                     summary=f"Kết quả sinh hoạt chi bộ {label}", blocks=blocks,
                     recipients=recipients_for(cell, members=False), signature=signature_for(cell))  # fmt: skip
    return name, DOCX, data


def _workbook(title: str, lines: list[Line], meetings: list | None = None) -> bytes:
    book, sheet = excel.new_workbook("Tổng hợp")
    excel.append(sheet, [title])
    sheet["A1"].font = Font(bold=True)
    excel.append(sheet, COLUMNS)
    for line in lines:
        row = line.cells()
        excel.append(sheet, [row[0], *[int(v) if v.isdigit() else v for v in row[1:]]])
    findings = excel.add_sheet(book, "Vi phạm quy tắc")
    excel.append(findings, ["Chi bộ", "Quy tắc", "Căn cứ", "Nội dung", "Từ ngày", "Cách khắc phục"])
    for line in lines:
        for f in line.findings:
            excel.append(
                findings, [line.cell.name, f.rule.title, f.rule.source, f.what, f.since, f.fix]
            )
    if meetings is not None:
        ws = excel.add_sheet(book, "Các buổi sinh hoạt")
        excel.append(
            ws, ["Ngày", "Loại", "Nội dung", "Có mặt", "Triệu tập", "Điểm chất lượng", "Xếp loại"]
        )
        for m in meetings:
            excel.append(ws, [m.day, "Chuyên đề" if m.thematic else "Thường kỳ", m.title, m.present,
                              m.summoned, m.quality_total, m.quality_level])  # fmt: skip
    return excel.save(book)
