"""The Party rules a meeting is checked against, as data and small functions.

Each rule cites the row of /work/shared/party-rules.md (or the seed) it encodes, so a
reader can check it. Values marked [T]/[L] there are defaults, not national law.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

# party-rules.md §1.3 step 4 (HD 42-HD/BTCTW) [C]: documents posted at least 01 day before.
NATIONAL_DAYS_BEFORE_DISTRIBUTION = 1

# party-rules.md §1.2 (HD 42-HD/BTCTW) [C]: at least 90 minutes; 120 when the regular and
# the thematic meeting are held in one session.
MIN_DURATION_MINUTES = 90
MIN_COMBINED_DURATION_MINUTES = 120

# party-rules.md §1.3, post-meeting row [T]/[L]: finalised documents within 02 days after.
PUBLISH_WITHIN_DAYS = 2

VOTE_ORDINARY = "ordinary"
VOTE_ADMISSION = "admission"


def required_days_before(*, cell_days: int | None, plan_days: int | None) -> int:
    """Days the approved draft must reach members before the meeting.

    HD 42 sets a national minimum of 1 day (party-rules.md §1.3); a cell's own setting or its
    plan may be stricter (seed 000 §III: "trước ngày sinh hoạt 3 ngày"). The strictest wins.
    """
    return max(NATIONAL_DAYS_BEFORE_DISTRIBUTION, cell_days or 0, plan_days or 0)


def days_ahead(*, sent_on: dt.date, meeting_on: dt.date) -> int:
    """Whole calendar days between sending the documents and the meeting day."""
    return (meeting_on - sent_on).days


def is_late_distribution(*, sent_on: dt.date, meeting_on: dt.date, required: int) -> bool:
    return days_ahead(sent_on=sent_on, meeting_on=meeting_on) < required


def min_duration(*, combined: bool) -> int:
    """party-rules.md §1.2 (HD 42): 90 minutes, 120 when regular and thematic run together."""
    return MIN_COMBINED_DURATION_MINUTES if combined else MIN_DURATION_MINUTES


def duration_finding(*, minutes: int, combined: bool) -> str:
    """A warning (not a block) when a meeting was shorter than HD 42 asks; '' when fine."""
    needed = min_duration(combined=combined)
    if minutes >= needed:
        return ""
    what = "khi sinh hoạt thường kỳ và chuyên đề cùng một buổi" if combined else ""
    return (
        f"Buổi sinh hoạt kéo dài {minutes} phút, ít hơn {needed} phút tối thiểu "
        f"{what} theo Hướng dẫn 42-HD/BTCTW.".replace("  ", " ")
    )


# -- votes: party-rules.md §2 ------------------------------------------------------------


@dataclass(frozen=True)
class VoteResult:
    yes: int
    no: int
    abstain: int
    denominator: int
    passed: bool
    rule: str


def ordinary_denominator(*, official_summoned: int, excluded: int) -> int:
    """QĐ 24-QĐ/TW point 9.3 (party-rules.md §2): all official members summoned, minus the
    listed exclusions (assigned elsewhere, exempted and absent, suspended, absent with an
    approved reason)."""
    return max(official_summoned - excluded, 0)


def vote_passes(*, kind: str, yes: int, denominator: int) -> bool:
    """Điều lệ Điều 3–5, QĐ 24 point 9.3 (party-rules.md §2).

    Ordinary resolution: more than half of the denominator. Admission and recognition as
    official member: at least two thirds of all official members.
    """
    if denominator <= 0:
        return False
    if kind == VOTE_ADMISSION:
        return yes * 3 >= denominator * 2
    return yes * 2 > denominator


def rule_text(kind: str) -> str:
    if kind == VOTE_ADMISSION:
        return "Cần ít nhất 2/3 tổng số đảng viên chính thức tán thành (Điều lệ Đảng, Điều 4, 5)."
    return (
        "Cần quá 1/2 số đảng viên chính thức được triệu tập, trừ các trường hợp được loại trừ, "
        "tán thành (QĐ 24-QĐ/TW, điểm 9.3)."
    )


def tally(ballots: Iterable[tuple[str, str]]) -> tuple[int, int, int]:
    """Count (member_status, choice) ballots. Điều lệ Điều 3: probationary members do not
    vote, so their ballots are ignored. Choices: 'yes', 'no', 'abstain'."""
    counts = {"yes": 0, "no": 0, "abstain": 0}
    for status, choice in ballots:
        if status != "official" or choice not in counts:
            continue
        counts[choice] += 1
    return counts["yes"], counts["no"], counts["abstain"]


# -- dossier: seed 001 §IV ---------------------------------------------------------------

DOSSIER_ITEMS = {
    "plan": "Kế hoạch sinh hoạt chuyên đề",
    "draft": "Dự thảo đã được chi ủy duyệt",
    "minutes": "Biên bản đã ký",
    "conclusion": "Kết luận hoặc nghị quyết đã ban hành",
    "report": "Báo cáo gửi Đảng ủy",
}
"""Seed 001 §IV: "hồ sơ gồm: kế hoạch, dự thảo chuyên đề, tài liệu phục vụ sinh hoạt,
biên bản sinh hoạt, kết luận sinh hoạt chuyên đề…; đồng thời báo cáo Đảng ủy xã". Materials
are kept when there are any; a meeting need not have extra materials."""
