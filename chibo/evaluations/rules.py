"""The rules of the annual review and rating of members (kiểm điểm, đánh giá, xếp loại).

Each rule cites its source: Quy định 366-QĐ/TW (30/8/2025) and Hướng dẫn 43-HD/BTCTW
(31/10/2025), as summarised in shared/party-rules.md §4. Numbers that the regulation lets a
competent level change (the excellent cap) are parameters with the regulation's default.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models

SOURCE_SCALE = "QĐ 366-QĐ/TW, Điều 10: thang điểm 100 (30 điểm tiêu chí chung, 70 điểm kết quả thực hiện nhiệm vụ)"
SOURCE_LEVELS = "QĐ 366-QĐ/TW, Điều 11: mức xếp loại và điều kiện kèm theo"
SOURCE_CAP = (
    "QĐ 366-QĐ/TW; HD 43-HD/BTCTW: số hoàn thành xuất sắc nhiệm vụ không quá 20% số được xếp loại "
    "hoàn thành tốt nhiệm vụ (cấp có thẩm quyền có thể nâng lên 25%)"
)
SOURCE_REPORT_NOTICE = (
    "HD 43-HD/BTCTW: dự thảo báo cáo kiểm điểm tập thể gửi trước ít nhất 03 ngày làm việc"
)
SOURCE_ORDER = "QĐ 366-QĐ/TW: đánh giá đảng viên trước, tổ chức đảng sau"

GENERAL_MAX = 30
TASKS_MAX = 70
DEFAULT_CAP_PERCENT = 20
RAISED_CAP_PERCENT = 25
REPORT_NOTICE_WORKING_DAYS = 3


class Level(models.TextChoices):
    EXCELLENT = "excellent", "Hoàn thành xuất sắc nhiệm vụ"
    GOOD = "good", "Hoàn thành tốt nhiệm vụ"
    DONE = "done", "Hoàn thành nhiệm vụ"
    NOT_DONE = "not_done", "Không hoàn thành nhiệm vụ"


LEVEL_ORDER = [Level.EXCELLENT, Level.GOOD, Level.DONE, Level.NOT_DONE]


@dataclass
class Conditions:
    """Facts beyond the score that the levels of Điều 11 depend on."""

    tasks_total: int = 0
    tasks_on_time: int = 0
    tasks_exceeding: int = 0  # tasks done beyond requirements
    tasks_late: int = 0
    tasks_not_done: int = 0
    shortcomings_fixed: bool = True  # every shortcoming pointed out earlier has been fixed
    degraded: bool = False  # found to show political or moral degradation
    disciplined: bool = False  # disciplined (khiển trách or above) for a breach in official duty
    breached_prohibitions: bool = (
        False  # breached the list of things members must not do / duty to set an example
    )


@dataclass
class Rating:
    level: Level
    score: Decimal
    reasons: list[str] = field(default_factory=list)
    source: str = SOURCE_LEVELS


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def rate(score: Decimal | int | float, c: Conditions) -> Rating:
    """The highest level whose score band and extra conditions all hold (QĐ 366, Điều 11)."""
    score = Decimal(str(score))
    if not Decimal(0) <= score <= Decimal(100):
        raise ValueError("Điểm phải từ 0 đến 100.")
    reasons: list[str] = []
    disqualified = [
        (c.degraded, "có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống"),
        (c.disciplined, "bị kỷ luật (từ khiển trách trở lên) do vi phạm khi thực hiện nhiệm vụ"),
        (
            c.breached_prohibitions,
            "vi phạm những điều đảng viên không được làm hoặc trách nhiệm nêu gương",
        ),
        (
            _share(c.tasks_not_done, c.tasks_total) > 0.5,
            "không hoàn thành quá 50% nhiệm vụ trong năm",
        ),
    ]
    for hit, why in disqualified:
        if hit:
            reasons.append(f"Không hoàn thành nhiệm vụ vì {why}.")
    if reasons or score < 50:
        if score < 50:
            reasons.append("Tổng điểm dưới 50.")
        return Rating(Level.NOT_DONE, score, reasons)
    all_on_time = c.tasks_total == 0 or c.tasks_on_time >= c.tasks_total
    if score >= 90:
        if all_on_time and _share(c.tasks_exceeding, c.tasks_total) >= 0.3 and c.shortcomings_fixed:
            return Rating(
                Level.EXCELLENT, score, ["Từ 90 điểm, 100% nhiệm vụ đúng hạn, ≥ 30% vượt yêu cầu."]
            )
        reasons.append(
            "Đủ 90 điểm nhưng chưa đủ điều kiện xuất sắc (100% nhiệm vụ đúng hạn, ít nhất 30% vượt yêu cầu, "
            "khắc phục hết hạn chế đã chỉ ra)."
        )
    if score >= 70 and all_on_time:
        return Rating(Level.GOOD, score, [*reasons, "Từ 70 điểm, 100% nhiệm vụ đúng hạn."])
    if score >= 70:
        reasons.append("Đủ 70 điểm nhưng còn nhiệm vụ chưa đúng hạn.")
    if _share(c.tasks_late, c.tasks_total) <= 0.2 and c.tasks_not_done == 0:
        return Rating(
            Level.DONE,
            score,
            [*reasons, "Từ 50 điểm, hoàn thành 100% nhiệm vụ, không quá 20% chậm."],
        )
    return Rating(
        Level.NOT_DONE, score, [*reasons, "Còn nhiệm vụ chưa hoàn thành hoặc quá 20% chậm tiến độ."]
    )


def excellent_cap(good_count: int, percent: int = DEFAULT_CAP_PERCENT) -> int:
    """How many may be rated excellent: at most `percent`% of the number rated good.

    Read as in HD 43's worked examples: the excellent count may not exceed 20% (25% by decision)
    of the count rated "hoàn thành tốt nhiệm vụ", rounded down.
    """
    if percent not in (DEFAULT_CAP_PERCENT, RAISED_CAP_PERCENT):
        raise ValueError("Tỷ lệ tối đa là 20% hoặc 25% (khi cấp có thẩm quyền quyết định).")
    return math.floor(good_count * percent / 100)


def cap_violation(levels: list[str], percent: int = DEFAULT_CAP_PERCENT) -> str:
    """A Vietnamese message when the proposed levels break the excellent cap, else ''."""
    good = sum(1 for level in levels if level == Level.GOOD)
    excellent = sum(1 for level in levels if level == Level.EXCELLENT)
    allowed = excellent_cap(good, percent)
    if excellent <= allowed:
        return ""
    return (
        f"Đề xuất {excellent} đảng viên hoàn thành xuất sắc nhiệm vụ, vượt mức tối đa {allowed} "
        f"({percent}% của {good} đảng viên hoàn thành tốt nhiệm vụ). Nguồn: {SOURCE_CAP}."
    )


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days (Monday–Friday) after `start` up to and including `end`."""
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
