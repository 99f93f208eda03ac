"""The committee officer's lines of "Việc hôm nay" (see chibo.lib.today): the cells that are
behind and why (the dashboard's numbers, each opening the cells behind it), and the cells'
reports waiting for acknowledgement. Per committee served: the dashboard's cached totals (three
queries when not cached) and one query of reports."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q
from django.urls import reverse

from chibo.lib.today import INFO, SOON, Item, Who, provider
from chibo.meetings.models import MeetingReport
from chibo.meetings.today import short_title

from .dashboard import committee_totals

SHOWN_REPORTS = 5


@provider("oversight")
def oversight_items(who: Who) -> Iterable[Item]:
    items: list[Item] = []
    today = who.today
    for committee in who.committees:
        totals = committee_totals(committee, today.year, today)
        base = reverse("oversight:committee", args=[committee.pk]) + f"?year={today.year}"
        over = [q for q in totals["quarters"] if q["over"] and q["missing"]]
        if over:
            q = over[-1]
            items.append(Item(
                title=f"{q['missing']}/{totals['cells']} chi bộ chưa sinh hoạt chuyên đề quý {q['quarter']}",
                url=f"{base}&show=missing_thematic&quarter={q['quarter']}",
                why="Mỗi quý chi bộ sinh hoạt chuyên đề ít nhất một lần.", urgency=SOON,
                action="Xem các chi bộ", audience=committee.name, kind="oversight.thematic", rank=10,
            ))  # fmt: skip
        if totals["overdue_cells"]:
            items.append(Item(
                title=f"{totals['overdue_cells']} chi bộ có nhiệm vụ quá hạn ({totals['overdue']} nhiệm vụ)",
                url=f"{base}&show=overdue", why="Nhiệm vụ sau sinh hoạt đã quá thời hạn mà chưa xong.",
                urgency=SOON, action="Xem các chi bộ", audience=committee.name, kind="oversight.overdue", rank=12,
            ))  # fmt: skip
        if totals["no_report"]:
            items.append(Item(
                title=f"{totals['no_report']} buổi sinh hoạt chuyên đề chưa có báo cáo",
                url=f"{base}&show=no_report", why="Sau sinh hoạt chuyên đề, chi bộ báo cáo Đảng ủy.",
                urgency=SOON, action="Xem các chi bộ", audience=committee.name, kind="oversight.no_report", rank=14,
            ))  # fmt: skip
        if totals["late_cells"]:
            items.append(Item(
                title=f"{totals['late_cells']} chi bộ gửi tài liệu muộn hoặc không gửi",
                url=f"{base}&show=late", why="Tài liệu phải đến đảng viên trước buổi sinh hoạt.",
                action="Xem các chi bộ", audience=committee.name, kind="oversight.late", rank=16,
            ))  # fmt: skip
    if who.committees:
        paths = Q()
        for committee in who.committees:
            paths |= Q(meeting__cell__path__startswith=committee.path)
        reports = list(
            MeetingReport.objects.filter(paths, submitted_at__isnull=False, acknowledged_at__isnull=True)
            .select_related("meeting", "meeting__cell").order_by("submitted_at")[: SHOWN_REPORTS + 1]
        )  # fmt: skip
        for report in reports[:SHOWN_REPORTS]:
            meeting = report.meeting
            items.append(Item(
                title=f"Xác nhận báo cáo {short_title(meeting).lower()} của {meeting.cell.name}",
                url=reverse("meetings:detail", args=[meeting.pk]) + "#id_ack",
                why="Chi bộ đã gửi báo cáo, chờ Đảng ủy xác nhận.", urgency=SOON, action="Đọc và xác nhận",
                kind="report.acknowledge", rank=20,
                facts=(f"Gửi ngày {report.submitted_at:%d/%m/%Y}",) if report.submitted_at else (),
            ))  # fmt: skip
        if len(reports) > SHOWN_REPORTS:
            items.append(Item(
                title="Các báo cáo khác chờ xác nhận", kind="report.more", urgency=INFO, rank=90,
                url=reverse("oversight:committee", args=[who.committees[0].pk]),
                action="Xem các chi bộ",
            ))  # fmt: skip
    return items
