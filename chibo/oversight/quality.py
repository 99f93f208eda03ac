"""Meeting-quality scoring: the sheet is data (models.QualitySheet); this module ships the
default sheet, fills what the records already tell, and turns points into a level.

The default is the 100-point sheet of Đảng ủy phường An Phú (KH 08-KH/ĐU, 19/9/2025), as
summarised in party-rules.md §1.6 — a local template [T]/[L], not a national scale: each
committee may issue its own version. Items with an "auto" fact are pre-filled from the
records (attendance, draft sent on time, speakers, minutes, conclusion, tasks, last month's
results); the other items are the chi ủy's judgement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from chibo.meetings.models import Meeting
from chibo.organizations.models import Committee, ancestor_paths
from chibo.rules import meetings as meeting_rules

from .facts import CellFacts, MeetingFact, load, previous_regular
from .models import QualitySheet
from .rules import required_days

ASSESSABLE = (Meeting.Status.HELD, Meeting.Status.CONCLUDED, Meeting.Status.CLOSED)
DEFAULT_NAME = "Phiếu đánh giá chất lượng sinh hoạt chi bộ (100 điểm)"
DEFAULT_SOURCE = "Mẫu tham khảo (Đảng ủy phường An Phú, KH 08-KH/ĐU) — địa phương"
DEFAULT_BANDS = [{"level": "Tốt", "min": 90}, {"level": "Khá", "min": 70},
                 {"level": "Trung bình", "min": 50}, {"level": "Kém", "min": 0}]  # fmt: skip


def _i(code: str, title: str, points: int, auto: str = "") -> dict[str, Any]:
    return {"code": code, "title": title, "max": points, "auto": auto}


DEFAULT_GROUPS: list[dict[str, Any]] = [
    {"code": "1", "title": "Thời gian, thời lượng", "max": 5, "items": [
        _i("1.1", "Đủ thời lượng (thiếu ≤15 phút: 4; 15–30 phút: 3; còn một nửa: 2; dưới một nửa: 1)", 5, "duration")]},
    {"code": "2", "title": "Tỷ lệ đảng viên dự", "max": 5, "items": [
        _i("2.1", "Tỷ lệ dự (≥90%: 4; 75–<90%: 3; 65–<75%: 2; <65% hoặc có vắng không lý do: 1)", 4, "attendance"),
        _i("2.2", "Không có đảng viên vắng quá 3 lần liên tiếp trong năm", 1, "no_streak")]},
    {"code": "3", "title": "Công tác chuẩn bị", "max": 10, "items": [
        _i("3.1", "Nội dung đúng, trọng tâm", 3),
        _i("3.2", "Định hướng thảo luận, dự thảo kết luận/nghị quyết", 2, "approved"),
        _i("3.3", "Chi ủy họp chuẩn bị có biên bản (chi bộ chỉ có Bí thư: đủ điểm)", 2),
        _i("3.4", "Thông báo cho đảng viên và đồng chí cấp ủy phụ trách", 1),
        _i("3.5", "Tài liệu gửi trước ít nhất 01 ngày (Sổ tay đảng viên)", 2, "on_time")]},
    {"code": "4", "title": "Tiến hành sinh hoạt", "max": 30, "items": [
        _i("4.1", "Đủ các bước theo HD 42 §II.2.2", 5),
        _i("4.2", "Nội dung sinh hoạt thường kỳ theo HD 42 §II.3.1", 10),
        _i("4.3", "Nội dung chuyên đề theo HD 42 §II.3.2 (tháng có chuyên đề)", 5),
        _i("4.4", "Biểu dương, nhắc nhở, phê bình", 2),
        _i("4.5", "Tỷ lệ đảng viên phát biểu (>50%: 5; 40–50%: 4; 30–40%: 3; <30%: 2)", 5, "speakers"),
        _i("4.6", "Biên bản ghi đầy đủ", 1, "minutes"),
        _i("4.7", "Dành 15–30 phút tự phê bình và phê bình, tư tưởng", 1),
        _i("4.8", "Tài liệu trên Sổ tay đảng viên", 1, "distributed")]},
    {"code": "5", "title": "Điều hành của Bí thư", "max": 10, "items": [
        _i("5.1", "Linh hoạt", 2), _i("5.2", "Định hướng thảo luận", 4), _i("5.3", "Phát huy trí tuệ đảng viên", 3),
        _i("5.4", "Tổng hợp thành kết luận", 1)]},
    {"code": "6", "title": "Nguyên tắc sinh hoạt", "max": 5, "items": [
        _i("6.1", "Tập trung dân chủ", 1), _i("6.2", "Tự phê bình và phê bình", 2),
        _i("6.3", "Tính lãnh đạo, giáo dục, chiến đấu", 1), _i("6.4", "Lắng nghe ý kiến đảng viên", 1)]},
    {"code": "7", "title": "Kết quả thực hiện nghị quyết tháng trước", "max": 30, "items": [
        _i("7.1", "Tỷ lệ nhiệm vụ hoàn thành (≥90%: 30; 80–<90%: 27; 70–<80%: 24; 60–<70%: 20; 50–<60%: 15; <50%: 10)",
           30, "last_results")]},
    {"code": "8", "title": "Kết thúc sinh hoạt", "max": 5, "items": [
        _i("8.1", "Thông qua kết luận/nghị quyết", 2, "conclusion"),
        _i("8.2", "Thông qua biên bản và phân công nhiệm vụ", 2, "minutes_tasks"),
        _i("8.3", "Tài liệu hoàn chỉnh trên Sổ tay trong 02 ngày", 1)]},
]  # fmt: skip


def default_sheet() -> QualitySheet:
    """The shipped sheet (committee = None), created once."""
    sheet = QualitySheet.objects.filter(committee__isnull=True).order_by("-version").first()
    if sheet is None:
        sheet = QualitySheet.objects.create(committee=None, version=1, name=DEFAULT_NAME, source=DEFAULT_SOURCE,
                                            groups=DEFAULT_GROUPS, bands=DEFAULT_BANDS)  # fmt: skip
    return sheet


def sheet_for(committee: Committee) -> QualitySheet:
    """The latest sheet of the nearest committee up the tree that issued one, else the default."""
    prefixes = ancestor_paths(committee.path)
    sheets = list(
        QualitySheet.objects.filter(committee__path__in=prefixes).select_related("committee")
    )
    if not sheets:
        return default_sheet()
    return max(sheets, key=lambda s: (len(s.committee.path if s.committee else ""), s.version))


def level_for(total: int, bands: list[dict[str, Any]]) -> str:
    for band in sorted(bands, key=lambda b: -int(b["min"])):
        if total >= int(band["min"]):
            return str(band["level"])
    return ""


# -- facts from the records ------------------------------------------------------------------


def _duration(f: CellFacts, m: MeetingFact) -> int | None:
    if m.duration is None:
        return None
    need = meeting_rules.min_duration(params=f.params, combined=m.combined)
    short = need - m.duration
    if short <= 0:
        return 5
    if short <= 15:
        return 4
    if short <= 30:
        return 3
    return 2 if m.duration * 2 >= need else 1


def _attendance(f: CellFacts, m: MeetingFact) -> int | None:
    if not m.summoned:
        return None
    if m.absent:
        return 1
    rate = 100 * m.present / m.summoned
    return 4 if rate >= 90 else 3 if rate >= 75 else 2 if rate >= 65 else 1


def _no_streak(f: CellFacts, m: MeetingFact) -> int | None:
    for rows in f.attendance.values():
        streak = 0
        for row in rows:
            if row.day > m.day:
                break
            streak = 0 if row.present else streak + 1
            if streak > f.params.max_absences_in_a_row:
                return 0
    return 1


def _on_time(f: CellFacts, m: MeetingFact) -> int | None:
    late = meeting_rules.is_late(
        sent_on=m.distributed_on, meeting_on=m.day, required=required_days(f, m)
    )
    return 0 if late else 2


def _speakers(f: CellFacts, m: MeetingFact) -> int | None:
    if not m.present:
        return None
    ratio = 100 * m.speakers / m.present
    return 5 if ratio > 50 else 4 if ratio >= 40 else 3 if ratio >= 30 else 2


def _last_results(f: CellFacts, m: MeetingFact) -> int | None:
    previous = previous_regular(f, m)
    if previous is None or not previous.tasks:
        return None  # nothing recorded: the chi ủy judges
    ratio = 100 * previous.tasks_done / previous.tasks
    for floor, points in ((90, 30), (80, 27), (70, 24), (60, 20), (50, 15)):
        if ratio >= floor:
            return points
    return 10


AUTO: dict[str, tuple[str, Callable[[CellFacts, MeetingFact], int | None]]] = {
    "duration": ("thời lượng thực tế", _duration),
    "attendance": ("điểm danh", _attendance),
    "no_streak": ("điểm danh cả năm", _no_streak),
    "approved": ("dự thảo được chi ủy duyệt", lambda f, m: 2 if m.approved else 0),
    "on_time": ("ngày gửi tài liệu", _on_time),
    "distributed": ("đã gửi tài liệu", lambda f, m: 1 if m.distributed_on else 0),
    "speakers": ("số người phát biểu / số có mặt", _speakers),
    "minutes": ("biên bản", lambda f, m: 1 if m.has_minutes else 0),
    "conclusion": ("kết luận", lambda f, m: 2 if m.has_conclusion else 0),
    "minutes_tasks": ("biên bản và nhiệm vụ", lambda f, m: 2 if m.has_minutes and m.tasks else 1 if m.has_minutes or m.tasks else 0),
    "last_results": ("nhiệm vụ của buổi thường kỳ trước", _last_results),
}  # fmt: skip


@dataclass
class Scored:
    scores: dict[str, int]
    prefilled: dict[str, int]
    total: int
    level: str


def prefill(sheet: QualitySheet, facts: CellFacts, meeting: MeetingFact) -> dict[str, int]:
    """Points the records give, for the items that have an `auto` fact (None: not known)."""
    result = {}
    for item in sheet.items():
        auto = AUTO.get(item.get("auto", ""))
        if auto is None:
            continue
        value = auto[1](facts, meeting)
        if value is not None:
            result[item["code"]] = min(int(value), int(item["max"]))
    return result


def meeting_facts(meeting: Meeting) -> tuple[CellFacts, MeetingFact]:
    """The facts of one meeting's cell and year (the same loader as the dashboards)."""
    year = meeting.meeting_day.year
    facts = load([meeting.cell], year=year)[meeting.cell_id]
    found = next((m for m in facts.meetings if m.pk == meeting.pk), None)
    if found is None:
        raise LookupError(meeting.pk)
    return facts, found


def score(sheet: QualitySheet, meeting: Meeting, judgement: dict[str, int]) -> Scored:
    facts, fact = meeting_facts(meeting)
    auto = prefill(sheet, facts, fact)
    scores: dict[str, int] = {}
    for group in sheet.groups:
        group_total = 0
        for item in group["items"]:
            code = item["code"]
            raw = auto.get(code, judgement.get(code, 0))
            value = max(0, min(int(raw or 0), int(item["max"])))
            scores[code] = value
            group_total += value
        overflow = group_total - int(group["max"])
        if overflow > 0:  # an item's bonus (e.g. 2.2) never lifts a group above its maximum
            last = group["items"][-1]["code"]
            scores[last] = max(0, scores[last] - overflow)
    total = sum(scores.values())
    return Scored(scores=scores, prefilled=auto, total=total, level=level_for(total, sheet.bands))
