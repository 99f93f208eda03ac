"""Measures computed from the records, for the targets (chỉ tiêu) of an activity plan.

Each metric is a small function of (cell, year) returning a value and a line saying where it
comes from, so the chi ủy can check it. Meetings' models are looked up lazily so this module
also works where the meetings app is absent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.apps import apps
from django.db.models import Count, Q

from chibo.members.models import Member
from chibo.organizations.models import Cell

HELD = ("held", "concluded", "closed")


@dataclass(frozen=True)
class Measure:
    value: Decimal | None  # None: nothing to measure yet (no survey closed, say)
    unit: str
    basis: str  # how it was computed, in Vietnamese


@dataclass(frozen=True)
class Metric:
    code: str
    label: str
    unit: str
    compute: Callable[[Cell, int], Measure]
    keywords: tuple[str, ...] = ()  # folded words that suggest this metric for a target sentence


def _pct(part: int, whole: int) -> Decimal:
    if not whole:
        return Decimal(0)
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _meeting_model():  # type: ignore[no-untyped-def]
    return apps.get_model("meetings", "Meeting") if apps.is_installed("chibo.meetings") else None


def attendance_rate(cell: Cell, year: int) -> Measure:
    meeting = _meeting_model()
    if meeting is None:
        return Measure(Decimal(0), "%", "Chưa có dữ liệu sinh hoạt.")
    attendance = apps.get_model("meetings", "Attendance")
    rows = attendance.objects.filter(
        meeting__cell=cell, meeting__starts_at__year=year, meeting__status__in=HELD
    )
    counts = rows.aggregate(
        total=Count("pk"), present=Count("pk", filter=Q(status__in=["present", "late"]))
    )
    return Measure(_pct(counts["present"], counts["total"]), "%",
                   f"{counts['present']}/{counts['total']} lượt đảng viên có mặt trong các buổi sinh hoạt năm {year}.")  # fmt: skip


def thematic_quarters(cell: Cell, year: int) -> Measure:
    meeting = _meeting_model()
    if meeting is None:
        return Measure(Decimal(0), "quý", "Chưa có dữ liệu sinh hoạt.")
    months = meeting.objects.filter(
        cell=cell, kind="thematic", starts_at__year=year, status__in=HELD
    ).values_list("starts_at__month", flat=True)
    quarters = sorted({(m - 1) // 3 + 1 for m in months})
    listed = ", ".join(f"Quý {q}" for q in quarters) or "chưa quý nào"
    return Measure(
        Decimal(len(quarters)), "quý", f"Quý có sinh hoạt chuyên đề năm {year}: {listed}."
    )


def thematic_meetings(cell: Cell, year: int) -> Measure:
    meeting = _meeting_model()
    if meeting is None:
        return Measure(Decimal(0), "buổi", "Chưa có dữ liệu sinh hoạt.")
    count = meeting.objects.filter(
        cell=cell, kind="thematic", starts_at__year=year, status__in=HELD
    ).count()
    return Measure(
        Decimal(count), "buổi", f"{count} buổi sinh hoạt chuyên đề đã tổ chức năm {year}."
    )


def regular_months(cell: Cell, year: int) -> Measure:
    meeting = _meeting_model()
    if meeting is None:
        return Measure(Decimal(0), "tháng", "Chưa có dữ liệu sinh hoạt.")
    months = set(meeting.objects.filter(cell=cell, kind="regular", starts_at__year=year, status__in=HELD)
                 .values_list("starts_at__month", flat=True))  # fmt: skip
    return Measure(
        Decimal(len(months)), "tháng", f"{len(months)}/12 tháng có sinh hoạt thường kỳ năm {year}."
    )


def new_members(cell: Cell, year: int) -> Measure:
    names = list(
        Member.objects.for_cell(cell)
        .filter(admission_date__year=year)
        .values_list("full_name", flat=True)
    )
    return Measure(Decimal(len(names)), "đảng viên",
                   f"Kết nạp năm {year}: {', '.join(names) if names else 'chưa có'}.")  # fmt: skip


def candidates_ready(cell: Cell, year: int) -> Measure:
    """Outstanding non-members whose file the chi ủy found complete by the end of the year (seed
    004: "ít nhất 03 quần chúng ưu tú đủ điều kiện kết nạp"), read from the admission files."""
    from chibo.admissions.models import Candidate, Stage, StepKind

    end = dt.date(year, 12, 31)
    names = list(
        Candidate.objects.for_cell(cell)
        .filter(steps__kind=StepKind.REVIEW, steps__on__lte=end)
        .exclude(stage=Stage.STOPPED, stage_since__lte=end)
        .vietnamese_order()
        .values_list("full_name", flat=True)
        .distinct()
    )
    return Measure(Decimal(len(names)), "quần chúng",
                   f"Đủ điều kiện kết nạp (chi ủy đã thẩm tra hồ sơ) đến hết năm {year}: "
                   f"{', '.join(names) if names else 'chưa có'}.")  # fmt: skip


def _levels(cell: Cell, year: int) -> list[str]:
    evaluation = apps.get_model("evaluations", "MemberEvaluation")
    rows = evaluation.objects.filter(round__cell=cell, round__year=year).values_list(
        "final_level", "proposed_level"
    )
    return [final or proposed for final, proposed in rows]


def rated_good_or_better(cell: Cell, year: int) -> Measure:
    levels = _levels(cell, year)
    good = sum(1 for level in levels if level in ("excellent", "good"))
    return Measure(_pct(good, len(levels)), "%",
                   f"{good}/{len(levels)} đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên năm {year}.")  # fmt: skip


def rated_excellent(cell: Cell, year: int) -> Measure:
    count = sum(1 for level in _levels(cell, year) if level == "excellent")
    return Measure(
        Decimal(count), "đảng viên", f"{count} đảng viên hoàn thành xuất sắc nhiệm vụ năm {year}."
    )


def tasks_on_time(cell: Cell, year: int) -> Measure:
    if not apps.is_installed("chibo.meetings"):
        return Measure(Decimal(0), "%", "Chưa có dữ liệu nhiệm vụ.")
    task = apps.get_model("meetings", "Task")
    rows = task.objects.filter(cell=cell, deadline__year=year).exclude(status="dropped")
    done = [
        r
        for r in rows.values("deadline", "done_at")
        if r["done_at"] and r["done_at"].date() <= r["deadline"]
    ]
    total = rows.count()
    return Measure(
        _pct(len(done), total),
        "%",
        f"{len(done)}/{total} nhiệm vụ hạn trong năm {year} xong đúng hạn.",
    )


def commitments_registered(cell: Cell, year: int) -> Measure:
    """Members who registered the year's pair of commitments: one exemplary deed and one
    innovation (PersonalCommitment), out of the cell's current members."""
    from .models import PersonalCommitment

    pairs = PersonalCommitment.yearly_pairs(cell, year)
    complete = sum(1 for _member, missing in pairs if not missing)
    return Measure(
        _pct(complete, len(pairs)),
        "%",
        f"{complete}/{len(pairs)} đảng viên đã đăng ký đủ một việc làm nêu gương và một việc đổi "
        f"mới, sáng tạo năm {year}.",
    )


def teachers_with_initiative(cell: Cell, year: int) -> Measure:
    """Teachers of the cell's school(s) with at least one idea of the year recognised by the
    school's initiative council (the idea bank), out of all its teachers."""
    from chibo.ideas.stats import initiative_measure

    value, basis = initiative_measure(cell, year)
    return Measure(value, "%", basis)


def parent_satisfaction(cell: Cell, year: int) -> Measure:
    from chibo.feedback.stats import satisfaction_basis, satisfaction_index

    return Measure(satisfaction_index(cell, year), "%", satisfaction_basis(cell, year))


def study_participation(cell: Cell, year: int) -> Measure:
    """Members and the school's non-Party staff who attended at least one study session on the
    Party's resolutions and directives in the year (chibo.study)."""
    from chibo.study.stats import participation

    value, basis = participation(cell, year)
    return Measure(value, "%", basis)


METRICS: dict[str, Metric] = {m.code: m for m in [
    Metric("attendance_rate", "Tỷ lệ lượt đảng viên dự sinh hoạt", "%", attendance_rate,
           ("tham gia day du sinh hoat", "du sinh hoat")),
    Metric("thematic_quarters", "Số quý có sinh hoạt chuyên đề", "quý", thematic_quarters, ("moi quy",)),
    Metric("thematic_meetings", "Số buổi sinh hoạt chuyên đề", "buổi", thematic_meetings, ("sinh hoat chuyen de",)),
    Metric("regular_months", "Số tháng có sinh hoạt thường kỳ", "tháng", regular_months, ("dinh ky", "thuong ky")),
    Metric("candidates_ready", "Số quần chúng ưu tú đủ điều kiện kết nạp", "quần chúng", candidates_ready,
           ("du dieu kien ket nap",)),
    Metric("new_members", "Số đảng viên mới kết nạp", "đảng viên", new_members, ("ket nap",)),
    Metric("rated_good_or_better", "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", rated_good_or_better,
           ("hoan thanh tot nhiem vu", "xep loai")),
    Metric("rated_excellent", "Số đảng viên hoàn thành xuất sắc nhiệm vụ", "đảng viên", rated_excellent,
           ("htxsnv",)),
    Metric("tasks_on_time", "Tỷ lệ nhiệm vụ hoàn thành đúng hạn", "%", tasks_on_time, ("dung han",)),
    Metric("parent_satisfaction", "Tỷ lệ phụ huynh hài lòng (khảo sát của trường)", "%", parent_satisfaction,
           ("hai long cua phu huynh",)),
    Metric("commitments_registered", "Tỷ lệ đảng viên đăng ký đủ cam kết năm (nêu gương, đổi mới sáng tạo)",
           "%", commitments_registered, ("viec lam neu guong", "mot viec doi moi")),
    Metric("teachers_with_initiative", "Tỷ lệ giáo viên có sáng kiến được công nhận (ngân hàng ý tưởng)", "%",
           teachers_with_initiative, ("sang kien",)),
    Metric("study_participation", "Tỷ lệ đảng viên và quần chúng tham gia học tập nghị quyết, chỉ thị", "%",
           study_participation, ("tham gia hoc tap",)),
]}  # fmt: skip


def suggest_metric(text: str) -> str:
    """The metric a target's sentence most likely speaks of, or '' (then it is entered by hand)."""
    from chibo.lib.vietnamese import fold

    folded = fold(text)
    if not any(word in folded for word in ("dang vien", "chi bo", "quan chung", "giao vien")):
        return ""
    for metric in METRICS.values():
        if any(keyword in folded for keyword in metric.keywords):
            return metric.code
    return ""
