"""The annual review and rating of members (kiểm điểm, đánh giá, xếp loại chất lượng).

Today's texts are Quy định 366-QĐ/TW (30/8/2025) and Hướng dẫn 43-HD/BTCTW (31/10/2025). A
round is cited by the texts in force in its year: a 2022 round was held under QĐ 132 and HD 16,
and the screen says "thay thế bởi QĐ 366-QĐ/TW" (`for_year`). The bands and conditions applied
are QĐ 366's; article numbers are given for QĐ 366 only.

Levels are plain codes here (the evaluations app turns them into model choices). Everything
is pure: no database, no Django.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from .sources import SOURCES, Citation, Source, cite, in_force

# --- the texts, oldest first ---------------------------------------------------------------

REGULATIONS = ("QD132", "QD124", "QD366")
GUIDES = ("HD16_2018", "HD25_2023", "HD43")


def regulation(year: int) -> Source:
    """The Politburo regulation a year's round is held under (QĐ 132 → QĐ 124 → QĐ 366)."""
    return in_force(REGULATIONS, dt.date(year, 12, 31))


def guide(year: int) -> Source:
    """The Central Organisation Commission's guide for that year (HD 16 → HD 25 → HD 43)."""
    return in_force(GUIDES, dt.date(year, 12, 31))


# --- levels --------------------------------------------------------------------------------

EXCELLENT = "excellent"
GOOD = "good"
DONE = "done"
NOT_DONE = "not_done"
LEVELS = (
    (EXCELLENT, "Hoàn thành xuất sắc nhiệm vụ"),
    (GOOD, "Hoàn thành tốt nhiệm vụ"),
    (DONE, "Hoàn thành nhiệm vụ"),
    (NOT_DONE, "Không hoàn thành nhiệm vụ"),
)
LEVEL_LABELS = dict(LEVELS)
LEVEL_SHORT = {EXCELLENT: "HTXSNV", GOOD: "HTTNV", DONE: "HTNV", NOT_DONE: "KHTNV"}
LEVEL_ORDER = tuple(code for code, _ in LEVELS)  # highest first
LEVEL_RANK = {code: index for index, code in enumerate(LEVEL_ORDER)}


def is_higher(level: str, than: str) -> bool:
    """True when `level` is a better rating than `than`."""
    return LEVEL_RANK[level] < LEVEL_RANK[than]


# --- the 100-point scale (QĐ 366, Điều 10) -----------------------------------------------

GENERAL_MAX = 30
TASKS_MAX = 70
EXCELLENT_FROM = 90
GOOD_FROM = 70
DONE_FROM = 50
EXCEEDING_SHARE = Decimal("0.3")  # excellent: at least 30 % of tasks beyond requirements
LATE_SHARE = Decimal("0.2")  # done: no more than 20 % of tasks late
NOT_DONE_SHARE = Decimal("0.5")  # not done: more than 50 % of the year's tasks not completed

# --- the excellent cap, the draft report, the order ----------------------------------------

DEFAULT_CAP_PERCENT = 20
RAISED_CAP_PERCENT = 25
CAP_PERCENTS = (DEFAULT_CAP_PERCENT, RAISED_CAP_PERCENT)
REPORT_NOTICE_WORKING_DAYS = 3

# --- forms (HD 43) -------------------------------------------------------------------------

FORM_LEADER = "2A"
FORM_MEMBER = "2B"
FORM_QUARTERLY = "05"
FORM_TITLES = {
    FORM_LEADER: "dùng cho đảng viên giữ chức vụ lãnh đạo, quản lý",
    FORM_MEMBER: "dùng cho đảng viên không giữ chức vụ lãnh đạo, quản lý",
    FORM_QUARTERLY: "bản tự đánh giá, xếp loại của cá nhân hằng quý",
}


def form_code(*, leader: bool) -> str:
    """Mẫu 2A for a member who holds a leadership or management post, Mẫu 2B otherwise."""
    return FORM_LEADER if leader else FORM_MEMBER


def form_label(code: str, year: int) -> str:
    """'Mẫu 2A (dùng cho …), kèm theo HD 43-HD/BTCTW'."""
    return f"Mẫu {code} ({FORM_TITLES[code]}), kèm theo {guide(year).short}"


# --- leaders: the unit they lead ------------------------------------------------------------

# What the locality, field, body or unit the leader directly leads achieved, written as the
# band whose task conditions it met (QĐ 366, Điều 11: a leader's level needs, beyond their own
# conditions, the unit's result for that band).
UNIT_RESULTS = (
    (EXCELLENT, "Hoàn thành 100% nhiệm vụ được giao, trong đó ít nhất 30% vượt yêu cầu"),
    (GOOD, "Hoàn thành 100% nhiệm vụ được giao đúng hạn, bảo đảm chất lượng, hiệu quả"),
    (DONE, "Hoàn thành 100% nhiệm vụ được giao, không quá 20% chậm tiến độ"),
    (NOT_DONE, "Chưa đạt các mức trên"),
)
UNIT_RESULT_LABELS = dict(UNIT_RESULTS)

# --- quarters (QĐ 366 brought quarterly ratings; HD 43 Mẫu 05) -----------------------------

QUARTERS = (1, 2, 3, 4)
QUARTER_NAMES = {1: "Quý I", 2: "Quý II", 3: "Quý III", 4: "Quý IV"}
# No text found says the year's level is bounded by the quarters': they are shown beside the
# annual proposal as its basis, and never change it.
QUARTERS_BOUND_ANNUAL = False


def quarterly_applies(year: int) -> bool:
    """Quarterly ratings exist from QĐ 366 on (the earlier texts rated once a year)."""
    issued = regulation(year).issued
    first = SOURCES["QD366"].issued
    return issued is not None and first is not None and issued >= first


def quarter_start(year: int, quarter: int) -> dt.date:
    return dt.date(year, 3 * (quarter - 1) + 1, 1)


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def quarters_text(levels: Mapping[int, str]) -> str:
    """'Quý I: HTTNV; Quý II: HTXSNV; Quý III: chưa tự xếp loại; …'."""
    return "; ".join(
        f"{QUARTER_NAMES[q]}: {LEVEL_SHORT[levels[q]] if levels.get(q) else 'chưa tự xếp loại'}"
        for q in QUARTERS
    )


def quarters_note(annual: str, levels: Mapping[int, str]) -> str:
    """Display only: a line for the chi ủy when the year's proposal is above every quarter."""
    rated = [level for level in levels.values() if level]
    if not annual or not rated:
        return ""
    best = min(rated, key=LEVEL_RANK.__getitem__)
    if is_higher(annual, best):
        return (
            f"Mức năm ({LEVEL_SHORT[annual]}) cao hơn mức cao nhất đã tự xếp loại trong các quý "
            f"({LEVEL_SHORT[best]}); kết quả các quý là căn cứ để đánh giá năm, chi ủy xem lại."
        )
    return ""


# --- sources, by year -----------------------------------------------------------------------

_QD366_POINTS = {
    "scale": "Điều 10 (thang điểm 100: 30 điểm tiêu chí chung, 70 điểm kết quả thực hiện nhiệm vụ)",
    "levels": "Điều 11 (mức xếp loại và điều kiện kèm theo)",
    "leaders": "Điều 11 (cá nhân giữ chức vụ lãnh đạo, quản lý: kết quả của địa phương, lĩnh vực, "
               "cơ quan, đơn vị do mình trực tiếp lãnh đạo, quản lý)",
    "cap": "tỷ lệ hoàn thành xuất sắc nhiệm vụ không quá 20% số được xếp loại hoàn thành tốt "
           "nhiệm vụ (cấp có thẩm quyền có thể nâng lên 25%)",
    "order": "đánh giá đảng viên trước, tổ chức đảng sau",
    "quarters": "đánh giá, xếp loại hằng quý; kết quả các quý là cơ sở đánh giá năm",
}  # fmt: skip
_OLDER_POINTS = {
    "scale": "tiêu chí đánh giá",
    "levels": "mức xếp loại và điều kiện kèm theo",
    "leaders": "điều kiện đối với cán bộ lãnh đạo, quản lý",
    "cap": "tỷ lệ hoàn thành xuất sắc nhiệm vụ so với số hoàn thành tốt nhiệm vụ",
    "order": "thứ tự kiểm điểm: đảng viên trước, tổ chức đảng sau",
    "quarters": "",
}
_HD43_POINTS = {
    "cap": "cách tính tỷ lệ hoàn thành xuất sắc nhiệm vụ",
    "notice": "dự thảo báo cáo kiểm điểm tập thể gửi trước ít nhất 03 ngày làm việc",
    "forms": "Mẫu 2A, 2B, 05",
}
_OLDER_GUIDE_POINTS = {
    "cap": "cách tính tỷ lệ hoàn thành xuất sắc nhiệm vụ",
    "notice": "gửi trước dự thảo báo cáo kiểm điểm tập thể",
    "forms": "mẫu bản kiểm điểm cá nhân",
}


@dataclass(frozen=True)
class RoundSources:
    """The citations of one year's round, in the texts in force that year."""

    year: int
    regulation: Source
    guide: Source
    scale: Citation
    levels: Citation
    leaders: Citation
    leaders_done: Citation
    cap: tuple[Citation, Citation]
    notice: Citation
    order: Citation
    forms: Citation
    quarters: Citation | None

    @property
    def cap_text(self) -> str:
        return "; ".join(c.full for c in self.cap)

    @property
    def basis(self) -> str:
        """For a document of that year: 'Quy định 132-QĐ/TW … và Hướng dẫn 16-HD/BTCTW …'."""
        return f"{self.regulation.title} và {self.guide.title}"


def for_year(year: int | None = None) -> RoundSources:
    """A year's citations; without a year, the texts in force today (the newest of each line)."""
    year = year or dt.MAXYEAR
    reg, gd = regulation(year), guide(year)
    new_reg, new_guide = reg.code == "QD366", gd.code == "HD43"
    points = _QD366_POINTS if new_reg else _OLDER_POINTS
    guide_points = _HD43_POINTS if new_guide else _OLDER_GUIDE_POINTS
    # The leaders' conditions are read from press summaries of Điều 11, not the text itself ([T]);
    # the 'hoàn thành nhiệm vụ' band for leaders is inferred ([I]).
    return RoundSources(
        year=year, regulation=reg, guide=gd,
        scale=cite(reg.code, points["scale"]),
        levels=cite(reg.code, points["levels"]),
        leaders=cite(reg.code, points["leaders"], status="T" if new_reg else "I"),
        leaders_done=cite(reg.code, points["leaders"] + ", mức hoàn thành nhiệm vụ", status="I"),
        cap=(cite(reg.code, points["cap"]), cite(gd.code, guide_points["cap"])),
        notice=cite(gd.code, guide_points["notice"]),
        order=cite(reg.code, points["order"]),
        forms=cite(gd.code, guide_points["forms"]),
        quarters=cite(reg.code, points["quarters"]) if quarterly_applies(year) else None,
    )  # fmt: skip


# --- rating ---------------------------------------------------------------------------------


@dataclass
class Conditions:
    """Facts beyond the score that the levels of Điều 11 depend on.

    The task counts are of every task assigned to the member in the year (professional duties
    as well as Party tasks), not only those assigned at chi bộ meetings.
    """

    tasks_total: int = 0
    tasks_on_time: int = 0
    tasks_exceeding: int = 0  # tasks done beyond requirements
    tasks_late: int = 0
    tasks_not_done: int = 0
    shortcomings_fixed: bool = True  # every shortcoming pointed out earlier has been fixed
    degraded: bool = False  # found to show political or moral degradation
    disciplined: bool = False  # disciplined (khiển trách or above) for a breach in official duty
    breached_prohibitions: bool = False  # things members must not do / duty to set an example
    leader: bool = False  # holds a leadership or management post (Mẫu 2A)
    unit_level: str = ""  # the band the unit they directly lead reached (UNIT_RESULTS); '' unknown


@dataclass
class Rating:
    level: str
    score: Decimal
    reasons: list[str] = field(default_factory=list)
    source: Citation = field(default_factory=lambda: cite("QD366", _QD366_POINTS["levels"]))

    @property
    def label(self) -> str:
        return LEVEL_LABELS[self.level]


def _share(part: int, whole: int) -> Decimal:
    return Decimal(part) / Decimal(whole) if whole else Decimal(0)


DISCIPLINED_TEXT = "bị kỷ luật từ khiển trách trở lên do vi phạm trong thực thi nhiệm vụ"


def rate(score: Decimal | int | float, c: Conditions, *, year: int | None = None) -> Rating:
    """The highest level whose score band and extra conditions all hold (QĐ 366, Điều 11).

    A leader's level is also bounded by what the unit they lead achieved; with `unit_level`
    unknown that bound is not applied (the evaluations app requires it before rating a leader).
    """
    cited = for_year(year)
    level, reasons = _personal_level(Decimal(str(score)), c)
    if c.leader and c.unit_level and is_higher(level, c.unit_level):
        source = cited.leaders_done if c.unit_level == DONE else cited.leaders
        reasons.append(
            f"Đồng chí giữ chức vụ lãnh đạo, quản lý: cơ quan, đơn vị do đồng chí trực tiếp lãnh "
            f"đạo, quản lý “{UNIT_RESULT_LABELS[c.unit_level].lower()}”, nên mức cao nhất là "
            f"{LEVEL_LABELS[c.unit_level].lower()} ({source.text})."
        )
        level = c.unit_level
    return Rating(level, Decimal(str(score)), reasons, cited.levels)


def _personal_level(score: Decimal, c: Conditions) -> tuple[str, list[str]]:
    if not Decimal(0) <= score <= Decimal(100):
        raise ValueError("Điểm phải từ 0 đến 100.")
    reasons: list[str] = []
    disqualified = [
        (c.degraded, "có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống"),
        (c.disciplined, DISCIPLINED_TEXT),
        (c.breached_prohibitions,
         "vi phạm những điều đảng viên không được làm hoặc trách nhiệm nêu gương"),
        (_share(c.tasks_not_done, c.tasks_total) > NOT_DONE_SHARE,
         "không hoàn thành quá 50% nhiệm vụ trong năm"),
    ]  # fmt: skip
    for hit, why in disqualified:
        if hit:
            reasons.append(f"Không hoàn thành nhiệm vụ vì {why}.")
    if reasons or score < DONE_FROM:
        if score < DONE_FROM:
            reasons.append(f"Tổng điểm dưới {DONE_FROM}.")
        return NOT_DONE, reasons
    all_on_time = c.tasks_total == 0 or c.tasks_on_time >= c.tasks_total
    if score >= EXCELLENT_FROM:
        exceeding = _share(c.tasks_exceeding, c.tasks_total) >= EXCEEDING_SHARE
        if all_on_time and exceeding and c.shortcomings_fixed:
            return EXCELLENT, ["Từ 90 điểm, 100% nhiệm vụ đúng hạn, ít nhất 30% vượt yêu cầu."]
        reasons.append(
            "Đủ 90 điểm nhưng chưa đủ điều kiện xuất sắc (100% nhiệm vụ được giao đúng hạn, ít nhất "
            "30% vượt yêu cầu, khắc phục hết hạn chế đã chỉ ra)."
        )
    if score >= GOOD_FROM and all_on_time:
        return GOOD, [*reasons, "Từ 70 điểm, 100% nhiệm vụ đúng hạn."]
    if score >= GOOD_FROM:
        reasons.append("Đủ 70 điểm nhưng còn nhiệm vụ chưa đúng hạn.")
    if _share(c.tasks_late, c.tasks_total) <= LATE_SHARE and c.tasks_not_done == 0:
        return DONE, [*reasons, "Từ 50 điểm, hoàn thành 100% nhiệm vụ, không quá 20% chậm."]
    return NOT_DONE, [*reasons, "Còn nhiệm vụ chưa hoàn thành hoặc quá 20% chậm tiến độ."]


# --- the cap ------------------------------------------------------------------------------


def excellent_cap(good_count: int, percent: int = DEFAULT_CAP_PERCENT) -> int:
    """How many may be rated excellent: at most `percent`% of the number rated good.

    Read as in HD 43's worked examples: the excellent count may not exceed 20% (25% by decision)
    of the count rated "hoàn thành tốt nhiệm vụ", rounded down.
    """
    if percent not in CAP_PERCENTS:
        raise ValueError("Tỷ lệ tối đa là 20% hoặc 25% (khi cấp có thẩm quyền quyết định).")
    return math.floor(good_count * percent / 100)


def cap_violation(
    levels: Iterable[str], percent: int = DEFAULT_CAP_PERCENT, *, year: int | None = None
) -> str:
    """A Vietnamese message when the levels break the excellent cap, else ''."""
    levels = list(levels)
    good = sum(1 for level in levels if level == GOOD)
    excellent = sum(1 for level in levels if level == EXCELLENT)
    allowed = excellent_cap(good, percent)
    if excellent <= allowed:
        return ""
    return (
        f"Đề xuất {excellent} đảng viên hoàn thành xuất sắc nhiệm vụ, vượt mức tối đa {allowed} "
        f"({percent}% của {good} đảng viên hoàn thành tốt nhiệm vụ). Nguồn: {for_year(year).cap_text}."
    )


def cap_problem(percent: int, decision: str) -> str:
    """'' when the cap setting can stand; the 25 % needs the competent level's decision."""
    if percent not in CAP_PERCENTS:
        return "Tỷ lệ tối đa là 20%, hoặc 25% theo quyết định của cấp có thẩm quyền."
    if percent == RAISED_CAP_PERCENT and not decision.strip():
        return "Tỷ lệ 25% cần ghi rõ quyết định của cấp có thẩm quyền."
    return ""


# --- the draft collective report -----------------------------------------------------------


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days (Monday–Friday) after `start` up to and including `end`. Public holidays
    and Tết are not known here."""
    days = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days += 1
    return days


def report_notice_ok(sent_on: dt.date, meeting_on: dt.date) -> bool:
    """HD 43: the draft collective report reaches participants ≥ 3 working days before the meeting."""
    return working_days_between(sent_on, meeting_on) >= REPORT_NOTICE_WORKING_DAYS
