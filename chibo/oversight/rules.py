"""Every compliance rule the committee dashboard checks, as data plus one small function each.

Each rule names its source (a row of /work/shared/party-rules.md or a seed plan) and the
status of that source there: [C] confirmed, [L] local practice, [T] third-party, [I]
inferred. Parameters have defaults; a committee may change those of an `editable` rule for
every cell below it (RuleSetting; the nearest committee up the tree wins). Where a cell or
its plan is stricter than the committee (days before distribution), the strictest wins.

The functions read `facts.CellFacts`, built for many cells at once with a fixed number of
queries, and yield `Finding`s: what, where (a link), since when, which rule, how to fix it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.urls import reverse

from chibo.meetings.models import Meeting
from chibo.organizations.models import Cell

from .facts import CellFacts, MeetingFact, quarter_of

STATUS_LABELS = {
    "C": "Đã xác nhận",
    "L": "Thực tiễn địa phương",
    "T": "Nguồn thứ ba",
    "I": "Suy luận, cấu hình được",
}


@dataclass(frozen=True)
class Param:
    name: str
    label: str
    default: int
    minimum: int
    maximum: int


@dataclass(frozen=True)
class Finding:
    rule: Rule
    cell: Cell
    what: str
    url: str
    since: dt.date
    quarter: int | None = None

    @property
    def fix(self) -> str:
        return self.rule.fix


@dataclass(frozen=True)
class Rule:
    code: str
    title: str
    source: str
    status: str  # C / L / T / I, as in party-rules.md
    fix: str
    check: Callable[[CellFacts, dict[str, int]], Iterator[tuple[str, str, dt.date, int | None]]]
    params: tuple[Param, ...] = ()
    editable: bool = False

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def defaults(self) -> dict[str, int]:
        return {p.name: p.default for p in self.params}

    def clean_params(self, raw: dict[str, Any]) -> dict[str, int]:
        """Whole numbers within each parameter's bounds, or OversightError in Vietnamese."""
        from .models import OversightError

        cleaned = {}
        for p in self.params:
            try:
                value = int(raw.get(p.name, p.default))
            except (TypeError, ValueError):
                raise OversightError(f"“{p.label}” phải là số nguyên.") from None
            if not p.minimum <= value <= p.maximum:
                raise OversightError(f"“{p.label}” phải từ {p.minimum} đến {p.maximum}.")
            cleaned[p.name] = value
        return cleaned

    def evaluate(self, facts: CellFacts) -> list[Finding]:
        params = {**self.defaults(), **facts.params.get(self.code, {})}
        return [Finding(self, facts.cell, what, url, since, quarter)
                for what, url, since, quarter in self.check(facts, params)]  # fmt: skip


# -- helpers ------------------------------------------------------------------------------

Result = Iterator[tuple[str, str, dt.date, int | None]]


def _meeting_url(m: MeetingFact) -> str:
    return reverse("meetings:detail", args=[m.pk])


def _list_url(facts: CellFacts) -> str:
    return reverse("meetings:list", args=[facts.cell.pk])


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _d(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _kind(m: MeetingFact) -> str:
    return "sinh hoạt chuyên đề" if m.thematic else "sinh hoạt thường kỳ"


def required_days(facts: CellFacts, m: MeetingFact, min_days: int) -> int:
    """HD 42 (≥ 1 day) or the committee's setting, the cell's own or its plan's: the strictest."""
    return max(min_days, facts.cell.days_before_distribution or 0, m.plan_days or 0)


def late_meeting_ids(facts: CellFacts) -> set[int]:
    """Held meetings whose documents went out late or not at all (rule draft_on_time)."""
    params = {**RULES["draft_on_time"].defaults(), **facts.params.get("draft_on_time", {})}
    return {m.pk for m in facts.held()
            if m.distributed_on is None or (m.day - m.distributed_on).days < required_days(facts, m, params["min_days"])}  # fmt: skip


# -- the checks ---------------------------------------------------------------------------


def _regular_monthly(f: CellFacts, p: dict[str, int]) -> Result:
    held_months = {m.day.month for m in f.held(Meeting.Kind.REGULAR)}
    for month in range(1, 13):
        end = _month_end(f.year, month)
        if end >= f.today or month in held_months:
            continue
        yield (f"Tháng {month}/{f.year} không có buổi sinh hoạt thường kỳ nào được tổ chức.", _list_url(f),
               end + dt.timedelta(days=1), quarter_of(end))  # fmt: skip


def _thematic_quarterly(f: CellFacts, p: dict[str, int]) -> Result:
    need = p["min_per_quarter"]
    for quarter in range(1, 5):
        last = _month_end(f.year, 3 * quarter)
        held = [m for m in f.held(Meeting.Kind.THEMATIC) if m.quarter == quarter]
        if last < f.today:
            if len(held) < need:
                yield (f"Quý {quarter}/{f.year}: {len(held)} buổi sinh hoạt chuyên đề, cần ít nhất {need}.",
                       _list_url(f), last + dt.timedelta(days=1), quarter)  # fmt: skip
        elif (
            quarter_of(f.today) == quarter
            and f.today.year == f.year
            and f.today.month == 3 * quarter
        ):
            # R-MEET-2: warn in the last month of the quarter when nothing is even planned.
            planned = [m for m in f.meetings if m.thematic and m.quarter == quarter]
            if not planned:
                yield (f"Quý {quarter}/{f.year} sắp hết mà chưa có buổi sinh hoạt chuyên đề nào được lên lịch.",
                       _list_url(f), f.today.replace(day=1), quarter)  # fmt: skip


def _draft_on_time(f: CellFacts, p: dict[str, int]) -> Result:
    for m in f.meetings:
        if m.status == Meeting.Status.POSTPONED:
            continue
        need = required_days(f, m, p["min_days"])
        deadline = m.day - dt.timedelta(days=need)
        if m.distributed_on is None:
            if m.held or deadline < f.today:
                yield (f"Buổi {_kind(m)} ngày {_d(m.day)} không gửi tài liệu cho đảng viên trước "
                       f"(cần trước ít nhất {need} ngày, hạn {_d(deadline)}).", _meeting_url(m), deadline,
                       m.quarter)  # fmt: skip
        elif (m.day - m.distributed_on).days < need:
            yield (f"Buổi {_kind(m)} ngày {_d(m.day)}: tài liệu gửi ngày {_d(m.distributed_on)}, "
                   f"muộn so với hạn {_d(deadline)} (trước ít nhất {need} ngày).", _meeting_url(m),
                   deadline, m.quarter)  # fmt: skip


def _attendance(f: CellFacts, p: dict[str, int]) -> Result:
    rate = p["min_rate"]
    for m in f.held():
        if not m.summoned:
            continue
        if m.present * 100 <= rate * m.summoned:
            yield (f"Buổi {_kind(m)} ngày {_d(m.day)}: có mặt {m.present}/{m.summoned} "
                   f"({100 * m.present / m.summoned:.0f}%), cần trên {rate}%.", _meeting_url(m), m.day,
                   m.quarter)  # fmt: skip
        if m.absent:
            yield (f"Buổi {_kind(m)} ngày {_d(m.day)}: {m.absent} đảng viên vắng không lý do.",
                   _meeting_url(m), m.day, m.quarter)  # fmt: skip


def _consecutive_absence(f: CellFacts, p: dict[str, int]) -> Result:
    limit = p["flag_at"]
    for member_id, rows in f.attendance.items():
        streak = 0
        for row in rows:
            streak = 0 if row.present else streak + 1
            if streak == limit:
                yield (f"Đồng chí {row.name} vắng {limit} buổi sinh hoạt liên tiếp (đến ngày {_d(row.day)}).",
                       reverse("members:detail", args=[member_id]), row.day, quarter_of(row.day))  # fmt: skip


def _minutes_conclusion(f: CellFacts, p: dict[str, int]) -> Result:
    for m in f.held():
        due = m.day + dt.timedelta(days=p["grace_days"])
        if due >= f.today:
            continue
        missing = [
            name
            for name, ok in (("biên bản", m.has_minutes), ("kết luận", m.has_conclusion))
            if not ok
        ]
        if missing:
            yield (f"Buổi {_kind(m)} ngày {_d(m.day)} đã họp nhưng chưa có {' và '.join(missing)}.",
                   _meeting_url(m), due, m.quarter)  # fmt: skip


def _tasks_assigned(f: CellFacts, p: dict[str, int]) -> Result:
    for m in f.meetings:
        if m.thematic and m.concluded and not m.tasks:
            since = m.concluded_on or m.day
            yield (f"Buổi sinh hoạt chuyên đề ngày {_d(m.day)} đã kết luận nhưng chưa phân công nhiệm vụ nào.",
                   _meeting_url(m), since, m.quarter)  # fmt: skip
    for t in f.tasks:
        if t.owners == 0 and t.unfinished:
            yield (f"Nhiệm vụ “{t.title}” chưa có người thực hiện.", reverse("meetings:task", args=[t.pk]),
                   t.deadline, quarter_of(t.deadline) if t.deadline.year == f.year else None)  # fmt: skip


def _tasks_overdue(f: CellFacts, p: dict[str, int]) -> Result:
    for t in f.tasks:
        late_from = t.deadline + dt.timedelta(days=p["grace_days"] + 1)
        if t.unfinished and late_from <= f.today:
            yield (f"Nhiệm vụ “{t.title}” quá hạn (hạn {_d(t.deadline)}), chưa hoàn thành.",
                   reverse("meetings:task", args=[t.pk]), late_from,
                   quarter_of(t.deadline) if t.deadline.year == f.year else None)  # fmt: skip


def _dossier_complete(f: CellFacts, p: dict[str, int]) -> Result:
    for m in f.held(Meeting.Kind.THEMATIC):
        if m.status == Meeting.Status.CLOSED:
            continue
        due = (m.concluded_on or m.day) + dt.timedelta(days=p["days"])
        if due >= f.today:
            continue
        missing = [label for label, ok in (("dự thảo được duyệt", m.approved), ("biên bản đã ký", m.minutes_signed),
                                           ("kết luận", m.concluded), ("báo cáo Đảng ủy", m.report_on))
                   if not ok]  # fmt: skip
        detail = f", còn thiếu: {', '.join(missing)}" if missing else ""
        yield (f"Hồ sơ buổi sinh hoạt chuyên đề ngày {_d(m.day)} chưa hoàn thiện{detail}.", _meeting_url(m), due,
               m.quarter)  # fmt: skip


def _report_sent(f: CellFacts, p: dict[str, int]) -> Result:
    days = p["days"]
    for m in f.held(Meeting.Kind.THEMATIC):
        due = m.day + dt.timedelta(days=days)
        if m.report_on is None and due < f.today:
            yield (f"Chưa gửi báo cáo Đảng ủy về buổi sinh hoạt chuyên đề ngày {_d(m.day)} (hạn {_d(due)}).",
                   _meeting_url(m), due + dt.timedelta(days=1), m.quarter)  # fmt: skip
        elif m.report_on is not None and m.report_on > due:
            yield (f"Báo cáo về buổi sinh hoạt chuyên đề ngày {_d(m.day)} gửi ngày {_d(m.report_on)}, "
                   f"quá hạn {_d(due)}.", _meeting_url(m), due + dt.timedelta(days=1), m.quarter)  # fmt: skip


def _probation_due(f: CellFacts, p: dict[str, int]) -> Result:
    for member in f.probationers:
        ends = member.probation_ends
        flag = member.probation_flag(f.today)
        if ends is None or not flag:
            continue
        when = "đã hết" if flag == "overdue" else "sắp hết"
        yield (f"Đồng chí {member.full_name}: thời gian dự bị {when} ngày {_d(ends)}; chi bộ cần xét "
               "công nhận đảng viên chính thức.", reverse("members:detail", args=[member.pk]), ends,
               quarter_of(ends) if ends.year == f.year else None)  # fmt: skip


def _thematic_plan(f: CellFacts, p: dict[str, int]) -> Result:
    from .links import plans_url

    start = dt.date(f.year, 1, 1) + dt.timedelta(days=p["grace_days"])
    if start >= f.today:
        return
    if f.plan_quarters is None:
        yield (
            f"Chưa có kế hoạch sinh hoạt chuyên đề năm {f.year} đã ban hành.",
            plans_url(f.cell.pk),
            start,
            None,
        )
        return
    missing = [q for q in range(1, 5) if q not in f.plan_quarters]
    if missing:
        yield (f"Kế hoạch sinh hoạt chuyên đề năm {f.year} không có chuyên đề cho quý "
               f"{', '.join(str(q) for q in missing)}.", plans_url(f.cell.pk), start, None)  # fmt: skip


def _meeting_duration(f: CellFacts, p: dict[str, int]) -> Result:
    for m in f.held():
        if m.duration is None:
            continue
        need = p["min_combined_minutes"] if m.combined else p["min_minutes"]
        if m.duration < need:
            together = " (thường kỳ và chuyên đề cùng buổi)" if m.combined else ""
            yield (f"Buổi {_kind(m)} ngày {_d(m.day)} kéo dài {m.duration} phút, ít hơn {need} phút{together}.",
                   _meeting_url(m), m.day, m.quarter)  # fmt: skip


# -- the rule book ------------------------------------------------------------------------

RULE_LIST: list[Rule] = [
    Rule(
        "thematic_quarterly", "Mỗi quý ít nhất một buổi sinh hoạt chuyên đề",
        "Chỉ thị 50-CT/TW (23/7/2025), Mục 2; Hướng dẫn 42-HD/BTCTW; kế hoạch chuyên đề (seed 000, 004)", "C",
        "Tổ chức ngay buổi sinh hoạt chuyên đề của quý theo kế hoạch chuyên đề năm; nếu không tổ chức được, "
        "báo cáo lý do với Đảng ủy.",
        _thematic_quarterly, (Param("min_per_quarter", "Số buổi chuyên đề tối thiểu mỗi quý", 1, 1, 3),), True,
    ),
    Rule(
        "regular_monthly", "Sinh hoạt thường kỳ mỗi tháng một lần",
        "Điều lệ Đảng, Điều 24 (“Chi bộ, chi uỷ họp thường lệ mỗi tháng một lần”)", "C",
        "Lên lịch và tổ chức buổi sinh hoạt thường kỳ của tháng; ghi rõ lý do nếu phải hoãn.",
        _regular_monthly,
    ),
    Rule(
        "draft_on_time", "Gửi tài liệu cho đảng viên trước buổi sinh hoạt",
        "Hướng dẫn 42-HD/BTCTW, bước chuẩn bị 4 (ít nhất 01 ngày); kế hoạch của chi bộ có thể quy định chặt hơn "
        "(seed 000 §III: 03 ngày) — lấy mức chặt nhất", "C",
        "Chi ủy duyệt dự thảo sớm hơn và gửi tài liệu đúng hạn; khi buộc phải gửi muộn, ghi rõ lý do.",
        _draft_on_time, (Param("min_days", "Số ngày gửi trước tối thiểu", 1, 1, 10),), True,
    ),
    Rule(
        "attendance", "Tỷ lệ đảng viên dự sinh hoạt trên 85%, không vắng không lý do",
        "Hướng dẫn 12-HD/BTCTW (06/7/2018), tiêu chí chất lượng sinh hoạt (party-rules.md §1.6)", "C",
        "Nhắc đảng viên vắng mặt, ghi rõ lý do vắng; chi ủy kiểm điểm đảng viên vắng không lý do.",
        _attendance, (Param("min_rate", "Tỷ lệ có mặt phải trên (%)", 85, 50, 100),), True,
    ),
    Rule(
        "consecutive_absence", "Đảng viên vắng sinh hoạt nhiều buổi liên tiếp",
        "Hướng dẫn 12-HD/BTCTW (06/7/2018), tiêu chí chất lượng sinh hoạt (party-rules.md §1.6)", "C",
        "Chi ủy gặp đảng viên để tìm hiểu lý do; xem xét theo Điều lệ nếu vắng không lý do kéo dài.",
        _consecutive_absence, (Param("flag_at", "Cảnh báo khi vắng liên tiếp (buổi)", 3, 2, 6),), True,
    ),
    Rule(
        "minutes_conclusion", "Có biên bản và kết luận sau buổi sinh hoạt",
        "Kế hoạch chuyên đề seed 001 §III.3 (“phải có biên bản, kết luận của Bí thư chi bộ”); "
        "Hướng dẫn 12-HD/BTCTW (sổ biên bản ghi đầy đủ); thời hạn 02 ngày: thực tiễn địa phương", "C",
        "Thư ký hoàn thiện biên bản; Bí thư ghi kết luận của buổi sinh hoạt.",
        _minutes_conclusion, (Param("grace_days", "Số ngày sau buổi họp", 2, 0, 30),), True,
    ),
    Rule(
        "tasks_assigned", "Kết luận phân công nhiệm vụ có người thực hiện và thời hạn",
        "Kế hoạch chuyên đề seed 001 §I.4, §III.3; Hướng dẫn 42-HD/BTCTW (buổi sau đánh giá kết quả tháng trước)",
        "C",
        "Giao nhiệm vụ cụ thể cho đảng viên, có người thực hiện và thời hạn, ghi vào kết luận.",
        _tasks_assigned,
    ),
    Rule(
        "tasks_overdue", "Nhiệm vụ quá hạn chưa hoàn thành",
        "Kế hoạch chuyên đề seed 001 §III.4 (“theo dõi, kiểm tra, đánh giá kết quả”)", "C",
        "Người thực hiện cập nhật tiến độ; chi ủy đôn đốc, gia hạn có lý do hoặc đưa vào buổi sinh hoạt tới.",
        _tasks_overdue, (Param("grace_days", "Số ngày cho phép sau hạn", 0, 0, 30),), True,
    ),
    Rule(
        "dossier_complete", "Hồ sơ buổi sinh hoạt chuyên đề đầy đủ",
        "Kế hoạch chuyên đề seed 001 §IV (kế hoạch, dự thảo, tài liệu, biên bản, kết luận); thời hạn hoàn thiện: "
        "mặc định của phần mềm", "I",
        "Bổ sung các tài liệu còn thiếu rồi hoàn thiện (đóng) hồ sơ buổi sinh hoạt.",
        _dossier_complete, (Param("days", "Hoàn thiện hồ sơ trong (ngày) sau kết luận", 30, 1, 180),), True,
    ),
    Rule(
        "report_sent", "Báo cáo Đảng ủy sau buổi sinh hoạt chuyên đề",
        "Kế hoạch chuyên đề seed 001 §IV (báo cáo Đảng ủy xã); thời hạn: thực tiễn địa phương, Đảng ủy tự quy định",
        "L",
        "Bí thư lập và gửi báo cáo kết quả buổi sinh hoạt chuyên đề lên Đảng ủy.",
        _report_sent, (Param("days", "Gửi báo cáo trong (ngày) sau buổi họp", 7, 1, 60),), True,
    ),
    Rule(
        "probation_due", "Đảng viên dự bị đến hạn xét công nhận chính thức",
        "Điều lệ Đảng, Điều 5 (dự bị 12 tháng; chi bộ xét công nhận, ≥ 2/3 đảng viên chính thức tán thành)", "C",
        "Chi bộ họp xét, biểu quyết đề nghị công nhận đảng viên chính thức và gửi hồ sơ lên Đảng ủy.",
        _probation_due,
    ),
    Rule(
        "thematic_plan", "Kế hoạch sinh hoạt chuyên đề năm có chuyên đề cho mọi quý",
        "Hướng dẫn 12-HD/BTCTW (hằng năm xây dựng kế hoạch chuyên đề, báo cáo cấp ủy cấp trên); Chỉ thị 50-CT/TW",
        "C",
        "Chi ủy xây dựng, ban hành kế hoạch chuyên đề năm với ít nhất một chuyên đề mỗi quý và gửi Đảng ủy.",
        _thematic_plan, (Param("grace_days", "Ban hành trong (ngày) đầu năm", 31, 0, 120),), True,
    ),
    Rule(
        "meeting_duration", "Thời lượng buổi sinh hoạt",
        "Hướng dẫn 42-HD/BTCTW: ít nhất 90 phút; 120 phút khi sinh hoạt thường kỳ và chuyên đề cùng buổi; "
        "chi bộ ít đảng viên do cấp ủy có thẩm quyền quy định", "C",
        "Bố trí đủ thời gian sinh hoạt; ghi giờ bắt đầu và kết thúc thực tế vào biên bản.",
        _meeting_duration, (Param("min_minutes", "Tối thiểu (phút)", 90, 30, 240),
                            Param("min_combined_minutes", "Tối thiểu khi kết hợp (phút)", 120, 30, 300)), True,
    ),
]  # fmt: skip
RULES: dict[str, Rule] = {rule.code: rule for rule in RULE_LIST}


def evaluate(facts: CellFacts, codes: list[str] | None = None) -> list[Finding]:
    findings: list[Finding] = []
    for rule in RULE_LIST:
        if codes is None or rule.code in codes:
            findings.extend(rule.evaluate(facts))
    return findings


def resolve_params(cells: list[Cell]) -> dict[int, dict[str, dict[str, int]]]:
    """Each cell's parameters: the nearest committee (by path) with a setting wins. One query."""
    from .models import RuleSetting

    settings = list(RuleSetting.objects.for_paths({c.path for c in cells}))
    settings.sort(key=lambda s: len(s.committee.path))  # farthest ancestors first, nearest last
    result: dict[int, dict[str, dict[str, int]]] = {}
    for cell in cells:
        params: dict[str, dict[str, int]] = {}
        for setting in settings:
            if cell.path.startswith(setting.committee.path):
                params[setting.rule_code] = setting.params
        result[cell.pk] = params
    return result


def effective_params(committee_path: str, settings: list[Any]) -> dict[str, dict[str, int]]:
    """Rule parameters for a committee itself (for the rules page)."""
    params: dict[str, dict[str, int]] = {}
    for setting in sorted(settings, key=lambda s: len(s.committee.path)):
        if committee_path.startswith(setting.committee.path):
            params[setting.rule_code] = setting.params
    return {rule.code: {**rule.defaults(), **params.get(rule.code, {})} for rule in RULE_LIST}
