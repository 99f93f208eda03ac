"""Every compliance rule the committee dashboard checks, as data plus one small function each.

The numbers, formulas and sources come from the rulebook (chibo.rules): each rule cites its
regulation with its status ([C] confirmed, [L] local practice, [T] third-party, [I] a
configurable default, or the cell's own plan). A committee may change the parameters the
rulebook lets it tune (chibo.rules.settings), for every cell below it; the nearest committee up
the tree wins, and the meeting workflow and the quality sheet read the same values
(chibo.organizations.settings). Where a cell or its plan is stricter, the strictest wins.

The functions read `facts.CellFacts`, built for many cells at once with a fixed number of
queries, and yield `Finding`s: what, where (a link), since when, which rule, how to fix it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.urls import reverse

from chibo.admissions.deadlines import due_for
from chibo.meetings.models import Meeting
from chibo.organizations.models import Cell
from chibo.rules import admission as admission_rules
from chibo.rules import inspection as inspection_rules
from chibo.rules import meetings as meeting_rules
from chibo.rules import organization as org_rules
from chibo.rules.settings import SETTINGS, Param
from chibo.rules.sources import STATUS_LABELS, Citation, cite

from .facts import CellFacts, MeetingFact, quarter_of


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
    sources: tuple[Citation, ...]
    fix: str
    check: Callable[[CellFacts, dict[str, int]], Iterator[tuple[str, str, dt.date, int | None]]]

    @property
    def source(self) -> str:
        return "; ".join(c.full for c in self.sources)

    @property
    def status(self) -> str:
        """The weakest status among the rule's regulatory sources decides how it is labelled; a
        cell's own plan only makes a rule stricter for that cell and does not weaken it."""
        order = "CLTI"
        codes = [c.status_code for c in self.sources if c.status_code in order] or ["P"]
        return max(codes, key=lambda code: order.find(code))

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def params(self) -> tuple[Param, ...]:
        setting = SETTINGS.get(self.code)
        return setting.params if setting else ()

    @property
    def editable(self) -> bool:
        return bool(self.params)

    def defaults(self) -> dict[str, int]:
        return {p.name: p.default for p in self.params}

    def evaluate(self, facts: CellFacts) -> list[Finding]:
        params = facts.params[self.code] if self.editable else {}
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


def required_days(facts: CellFacts, m: MeetingFact) -> int:
    """The rulebook's answer for this meeting: HD 42, the committee, the cell, its plan."""
    return meeting_rules.required_days_before(
        params=facts.params, cell_days=facts.cell.days_before_distribution, plan_days=m.plan_days
    ).days


def late_meeting_ids(facts: CellFacts) -> set[int]:
    """Held meetings whose documents went out late or not at all (rule draft_on_time)."""
    return {m.pk for m in facts.held()
            if meeting_rules.is_late(sent_on=m.distributed_on, meeting_on=m.day, required=required_days(facts, m))}  # fmt: skip


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
        need = required_days(f, m)
        deadline = meeting_rules.distribution_deadline(meeting_on=m.day, required=need)
        if m.distributed_on is None:
            if m.held or deadline < f.today:
                yield (f"Buổi {_kind(m)} ngày {_d(m.day)} không gửi tài liệu cho đảng viên trước "
                       f"(cần trước ít nhất {need} ngày, hạn {_d(deadline)}).", _meeting_url(m), deadline,
                       m.quarter)  # fmt: skip
        elif meeting_rules.is_late(sent_on=m.distributed_on, meeting_on=m.day, required=need):
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
    limit = p["max_in_a_row"]  # warn on reaching it; the quality sheet deducts beyond it
    for member_id, rows in f.attendance.items():
        streak = 0
        for row in rows:
            streak = 0 if row.present else streak + 1
            if streak == limit:
                yield (f"Đồng chí {row.name} vắng {limit} buổi sinh hoạt liên tiếp (đến ngày {_d(row.day)}), đã tới mức tối đa cho phép trong năm.",
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


def _admission_deadlines(f: CellFacts, p: dict[str, int]) -> Result:
    for a in f.admissions:
        due = due_for(stage=a.stage, since=a.since, rule_set=a.rule_set)
        if due is None or not due.late(f.today):
            continue
        yield (f"Hồ sơ kết nạp của {a.name}: {due.what[:1].lower()}{due.what[1:]} quá hạn từ ngày "
               f"{_d(due.due)} ({due.source.text}).", reverse("admissions:detail", args=[a.pk]),
               due.due + dt.timedelta(days=1), quarter_of(due.due) if due.due.year == f.year else None)  # fmt: skip


def _inspection_overdue(f: CellFacts, p: dict[str, int]) -> Result:
    for case in f.overdue_inspections:
        source = inspection_rules.SOURCE_DUE if case.planned else inspection_rules.SOURCE_DUE_AD_HOC
        yield (f"Cuộc kiểm tra, giám sát {case.subject}: quá thời hạn kết thúc ngày {_d(case.due)} "
               f"({source.text}).", reverse("inspections:case", args=[case.pk]), case.due + dt.timedelta(days=1),
               quarter_of(case.due) if case.due.year == f.year else None)  # fmt: skip


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
        need = meeting_rules.min_duration(params=f.params, combined=m.combined)
        if m.duration < need:
            together = " (thường kỳ và chuyên đề cùng buổi)" if m.combined else ""
            yield (f"Buổi {_kind(m)} ngày {_d(m.day)} kéo dài {m.duration} phút, ít hơn {need} phút{together}.",
                   _meeting_url(m), m.day, m.quarter)  # fmt: skip


# -- the rule book ------------------------------------------------------------------------

RULE_LIST: list[Rule] = [
    Rule(
        "thematic_quarterly", "Mỗi quý ít nhất một buổi sinh hoạt chuyên đề",
        (meeting_rules.SOURCE_QUARTERLY, cite("HD42", "chuẩn bị và tổ chức sinh hoạt chuyên đề")),
        "Tổ chức ngay buổi sinh hoạt chuyên đề của quý theo kế hoạch chuyên đề năm; nếu không tổ chức được, "
        "báo cáo lý do với Đảng ủy.",
        _thematic_quarterly,
    ),
    Rule(
        "regular_monthly", "Sinh hoạt thường kỳ mỗi tháng một lần",
        (meeting_rules.SOURCE_MONTHLY,),
        "Lên lịch và tổ chức buổi sinh hoạt thường kỳ của tháng; ghi rõ lý do nếu phải hoãn.",
        _regular_monthly,
    ),
    Rule(
        "draft_on_time", "Gửi tài liệu cho đảng viên trước buổi sinh hoạt",
        (meeting_rules.SOURCE_DAYS_BEFORE, meeting_rules.SOURCE_CELL_DAYS),
        "Chi ủy duyệt dự thảo sớm hơn và gửi tài liệu đúng hạn; khi buộc phải gửi muộn, ghi rõ lý do.",
        _draft_on_time,
    ),
    Rule(
        "attendance", "Tỷ lệ đảng viên dự sinh hoạt trên 85%, không vắng không lý do",
        (cite("HD12_2018", "tiêu chí khung chất lượng sinh hoạt chi bộ (trên 85%)", status="I"),),
        "Nhắc đảng viên vắng mặt, ghi rõ lý do vắng; chi ủy kiểm điểm đảng viên vắng không lý do.",
        _attendance,
    ),
    Rule(
        "consecutive_absence", "Đảng viên vắng sinh hoạt nhiều buổi liên tiếp",
        (cite("HD12_2018", "tiêu chí khung (không vắng quá 3 lần liên tiếp trong năm)", status="I"),),
        "Chi ủy gặp đảng viên để tìm hiểu lý do; xem xét theo Điều lệ nếu vắng không lý do kéo dài.",
        _consecutive_absence,
    ),
    Rule(
        "minutes_conclusion", "Có biên bản và kết luận sau buổi sinh hoạt",
        (cite("HD12_2018", "sổ biên bản ghi đầy đủ diễn biến buổi sinh hoạt"),
         cite("HD42", "hoàn thiện tài liệu sau sinh hoạt trong 02 ngày", status="T")),
        "Thư ký hoàn thiện biên bản; Bí thư ghi kết luận của buổi sinh hoạt.",
        _minutes_conclusion,
    ),
    Rule(
        "tasks_assigned", "Kết luận phân công nhiệm vụ có người thực hiện và thời hạn",
        (cite("HD42", "kết thúc sinh hoạt bằng kết luận hoặc nghị quyết, phân công nhiệm vụ; buổi sau đánh giá "
              "kết quả tháng trước"),),
        "Giao nhiệm vụ cụ thể cho đảng viên, có người thực hiện và thời hạn, ghi vào kết luận.",
        _tasks_assigned,
    ),
    Rule(
        "tasks_overdue", "Nhiệm vụ quá hạn chưa hoàn thành",
        (cite("HD42", "đánh giá kết quả thực hiện nghị quyết, kết luận tháng trước", status="T"), cite("DEFAULT")),
        "Người thực hiện cập nhật tiến độ; chi ủy đôn đốc, gia hạn có lý do hoặc đưa vào buổi sinh hoạt tới.",
        _tasks_overdue,
    ),
    Rule(
        "dossier_complete", "Hồ sơ buổi sinh hoạt chuyên đề đầy đủ",
        (cite("HD12_2018", "hồ sơ sinh hoạt được lưu giữ, bảo quản lâu dài"), cite("DEFAULT")),
        "Bổ sung các tài liệu còn thiếu rồi hoàn thiện (đóng) hồ sơ buổi sinh hoạt.",
        _dossier_complete,
    ),
    Rule(
        "report_sent", "Báo cáo Đảng ủy sau buổi sinh hoạt chuyên đề",
        (cite("HD42", "sau sinh hoạt chuyên đề báo cáo cấp ủy cấp trên", status="T"), cite("LOCAL_PRACTICE",
              "thời hạn do Đảng ủy quy định")),
        "Bí thư lập và gửi báo cáo kết quả buổi sinh hoạt chuyên đề lên Đảng ủy.",
        _report_sent,
    ),
    Rule(
        "probation_due", "Đảng viên dự bị đến hạn xét công nhận chính thức",
        (org_rules.SOURCE_PROBATION, cite("DIEU_LE", "Điều 5 (chi bộ xét, ít nhất 2/3 đảng viên chính thức tán thành)")),
        "Chi bộ họp xét, biểu quyết đề nghị công nhận đảng viên chính thức và gửi hồ sơ lên Đảng ủy.",
        _probation_due,
    ),
    Rule(
        "admission_deadlines", "Hồ sơ kết nạp, công nhận đảng viên chính thức đúng thời hạn",
        (admission_rules.RULES_2025.decision_source, admission_rules.RULES_2025.ceremony_source,
         org_rules.SOURCE_RECOGNITION_WINDOW, admission_rules.RULES_2025.recognition_decision_source,
         admission_rules.SOURCE_WORKING_DAYS),
        "Chi bộ tổ chức lễ kết nạp, xét công nhận chính thức đúng hạn (muộn hơn cần cấp ủy cấp trên đồng ý); "
        "Đảng ủy ra quyết định kết nạp, công nhận trong thời hạn quy định.",
        _admission_deadlines,
    ),
    Rule(
        "inspection_overdue", "Cuộc kiểm tra, giám sát kết thúc đúng thời hạn",
        (inspection_rules.SOURCE_DUE, inspection_rules.SOURCE_CONCLUSION, inspection_rules.SOURCE_REGULATION),
        "Chi bộ hoàn thành thẩm tra, nghe giải trình, họp kết luận và ban hành thông báo kết luận; "
        "điều chỉnh kế hoạch nếu cần.",
        _inspection_overdue,
    ),
    Rule(
        "thematic_plan", "Kế hoạch sinh hoạt chuyên đề năm có chuyên đề cho mọi quý",
        (cite("HD42", "hằng năm chi bộ xây dựng kế hoạch sinh hoạt chuyên đề, báo cáo cấp ủy cấp trên", status="T"),
         meeting_rules.SOURCE_QUARTERLY),
        "Chi ủy xây dựng, ban hành kế hoạch chuyên đề năm với ít nhất một chuyên đề mỗi quý và gửi Đảng ủy.",
        _thematic_plan,
    ),
    Rule(
        "meeting_duration", "Thời lượng buổi sinh hoạt",
        (meeting_rules.SOURCE_DURATION,),
        "Bố trí đủ thời gian sinh hoạt; ghi giờ bắt đầu và kết thúc thực tế vào biên bản.",
        _meeting_duration,
    ),
]  # fmt: skip
RULES: dict[str, Rule] = {rule.code: rule for rule in RULE_LIST}


def evaluate(facts: CellFacts, codes: list[str] | None = None) -> list[Finding]:
    findings: list[Finding] = []
    for rule in RULE_LIST:
        if codes is None or rule.code in codes:
            findings.extend(rule.evaluate(facts))
    return findings
