"""Meetings: documents sent ahead, duration, publishing afterwards (CT 50, HD 42).

The national floor is HD 42's; a committee may raise it for the cells below it (`settings`),
and a cell's own plan may be stricter still: the strictest wins, and the reader is told which
rule that was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .sources import Citation, cite

if TYPE_CHECKING:
    from .settings import Params

# HD 42 preparation step 4: documents posted on the Sổ tay đảng viên app at least 01 day ahead.
NATIONAL_DAYS_BEFORE_DISTRIBUTION = 1
SOURCE_DAYS_BEFORE = cite("HD42", "bước chuẩn bị 4 (gửi tài liệu trước ít nhất 01 ngày)")
SOURCE_CELL_DAYS = cite(
    "CELL_PLAN", "có thể quy định gửi trước nhiều ngày hơn; áp dụng mức chặt nhất"
)
SOURCE_COMMITTEE_DAYS = cite("COMMITTEE")

# HD 42: at least 90 minutes; 120 when the regular and the thematic meeting share a session.
MIN_DURATION_MINUTES = 90
MIN_COMBINED_DURATION_MINUTES = 120
SOURCE_DURATION = cite("HD42", "thời lượng ít nhất 90 phút; 120 phút khi sinh hoạt thường kỳ "
                       "và chuyên đề cùng buổi")  # fmt: skip

# A regular meeting every month; a thematic one at least once a quarter.
SOURCE_MONTHLY = cite("DIEU_LE", "Điều 24 (chi bộ, chi ủy họp thường lệ mỗi tháng một lần)")
SOURCE_QUARTERLY = cite("CT50", "Mục 2 (sinh hoạt chuyên đề ít nhất mỗi quý 1 lần)")
SOURCE_PREPARATION = cite("HD42", "các bước chuẩn bị sinh hoạt chi bộ")
SOURCE_DRAFT_APPROVAL = cite(
    "HD12_2018", "chi ủy hoặc bí thư duyệt dự thảo chuyên đề trước khi gửi"
)


@dataclass(frozen=True)
class DaysAhead:
    days: int
    source: Citation

    @property
    def why(self) -> str:
        """Which rule set the number: the regulation, the Đảng ủy or the cell's own plan."""
        code = self.source.source.code
        if code == "CELL_PLAN":
            return "theo kế hoạch của chi bộ"
        if code == "COMMITTEE":
            return "theo quy định của Đảng ủy cấp trên"
        return self.source.source.short

    @property
    def text(self) -> str:
        return f"Gửi tài liệu trước ít nhất {self.days} ngày ({self.why})."


def required_days_before(*, params: Params, cell_days: int | None = None,
                         plan_days: int | None = None) -> DaysAhead:  # fmt: skip
    """Days the approved draft must reach members before the meeting: the strictest of HD 42,
    the committee's setting, the cell's own and its plan's."""
    committee = params.min_days_before_distribution
    candidates = [
        (NATIONAL_DAYS_BEFORE_DISTRIBUTION, SOURCE_DAYS_BEFORE),
        (committee, SOURCE_COMMITTEE_DAYS if committee > NATIONAL_DAYS_BEFORE_DISTRIBUTION
         else SOURCE_DAYS_BEFORE),
        (cell_days or 0, SOURCE_CELL_DAYS),
        (plan_days or 0, SOURCE_CELL_DAYS),
    ]  # fmt: skip
    days, source = max(candidates, key=lambda c: c[0])  # the first of equals: the regulation
    return DaysAhead(days, source)


def days_ahead(*, sent_on: dt.date, meeting_on: dt.date) -> int:
    """Whole calendar days between sending the documents and the meeting day."""
    return (meeting_on - sent_on).days


def is_late(*, sent_on: dt.date | None, meeting_on: dt.date, required: int) -> bool:
    """Documents not sent, or sent fewer than `required` days ahead."""
    return sent_on is None or days_ahead(sent_on=sent_on, meeting_on=meeting_on) < required


def distribution_deadline(*, meeting_on: dt.date, required: int) -> dt.date:
    return meeting_on - dt.timedelta(days=required)


def min_duration(*, params: Params, combined: bool) -> int:
    return params.min_duration(combined=combined)


def duration_rule_text(*, params: Params, combined: bool) -> str:
    """ "Thời lượng tối thiểu 90 phút (Hướng dẫn 42-HD/BTCTW)." or the Đảng ủy's own value."""
    minutes = min_duration(params=params, combined=combined)
    national = MIN_COMBINED_DURATION_MINUTES if combined else MIN_DURATION_MINUTES
    why = (
        SOURCE_DURATION.source.short
        if minutes == national
        else "theo quy định của Đảng ủy cấp trên"
    )
    return f"Thời lượng tối thiểu {minutes} phút ({why})."


def duration_finding(*, minutes: int, combined: bool, params: Params) -> str:
    """A warning (not a block) when a meeting was shorter than the rule; '' when fine."""
    needed = min_duration(params=params, combined=combined)
    if minutes >= needed:
        return ""
    what = " khi sinh hoạt thường kỳ và chuyên đề cùng một buổi" if combined else ""
    return (
        f"Buổi sinh hoạt kéo dài {minutes} phút, ít hơn {needed} phút tối thiểu{what} "
        f"({SOURCE_DURATION.source.short})."
    )


def publish_deadline(*, meeting_on: dt.date, params: Params) -> dt.date:
    """Finished minutes and conclusion posted within N days after the meeting ([T]/[L])."""
    return meeting_on + dt.timedelta(days=params.publish_within_days)
