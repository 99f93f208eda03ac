"""Who votes and when a vote passes: one definition for meetings, admissions, recognition and
the annual rating.

- Only official members vote (Điều lệ Điều 3): probationary members' ballots never count.
- An ordinary decision passes with more than half of the denominator: all official members
  summoned, less those QĐ 24 point 9.3 lets the cell leave out (assigned elsewhere, exempted
  and absent, suspended, absent throughout with a reason the convener approved). QĐ 294/2025
  is taken to keep that point (not verified: status "I").
- Admission and recognition as an official member need at least two thirds of all the cell's
  official members (Điều lệ Điều 4, 5), whoever is present.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .sources import Citation, cite

ORDINARY = "ordinary"
ADMISSION = "admission"  # also recognition as an official member
EVALUATION = "evaluation"  # the cell's vote on a proposed annual rating

SOURCE_WHO_VOTES = cite("DIEU_LE", "Điều 3 (đảng viên dự bị không biểu quyết)")
SOURCE_ORDINARY = cite("QD24", "điểm 9.3", status="I")
SOURCE_TWO_THIRDS = cite("DIEU_LE", "Điều 4, 5 (ít nhất 2/3 tổng số đảng viên chính thức)")
# The rating regulations (QĐ 132, 124, 366) set no voting procedure for the cell's proposal, in
# any year: the Charter's ordinary majority is applied, labelled as a configurable default.
SOURCE_EVALUATION = cite("DIEU_LE", "Điều 10 (nghị quyết có giá trị khi quá nửa số thành viên "
                         "tán thành), áp dụng cho biểu quyết đề nghị mức xếp loại", status="I")  # fmt: skip


def source(kind: str) -> Citation:
    return {ADMISSION: SOURCE_TWO_THIRDS, EVALUATION: SOURCE_EVALUATION}.get(kind, SOURCE_ORDINARY)


def denominator(*, kind: str, official_members: int, excluded: int = 0) -> int:
    """The number a vote is counted against.

    `official_members` is every official member of the cell (all are summoned to a chi bộ
    meeting); `excluded` those point 9.3 leaves out, counted once each (an excused absence is
    one exclusion, however it is recorded). Two-thirds votes never exclude anyone.
    """
    if kind == ADMISSION:
        return max(official_members, 0)
    return max(official_members - excluded, 0)


def passes(*, kind: str, yes: int, denominator: int) -> bool:
    if denominator <= 0:
        return False
    if kind == ADMISSION:
        return yes * 3 >= denominator * 2
    return yes * 2 > denominator


def needed(*, kind: str, denominator: int) -> int:
    """The fewest votes in favour that pass: for the screen ("cần ít nhất 5 phiếu")."""
    if denominator <= 0:
        return 1
    if kind == ADMISSION:
        return -(-2 * denominator // 3)
    return denominator // 2 + 1


def rule_text(kind: str) -> str:
    if kind == ADMISSION:
        return f"Cần ít nhất 2/3 tổng số đảng viên chính thức của chi bộ tán thành ({SOURCE_TWO_THIRDS.text})."
    return (
        "Cần quá 1/2 số đảng viên chính thức được triệu tập tán thành, trừ các trường hợp được "
        f"loại trừ ({source(kind).full})."
    )


def manual_exclusion_limit(*, official_members: int, present: int, excused: int) -> int:
    """The most officials a cell may still leave out by hand (assigned elsewhere, suspended…):
    those neither present nor already counted as excused. Each person is excluded once."""
    return max(official_members - present - excused, 0)


def ballots_problem(*, cast: int, official_present: int) -> str:
    """'' when the ballots can be right; otherwise why not."""
    if cast > official_present:
        return (
            f"Tổng số phiếu ({cast}) vượt quá số đảng viên chính thức có mặt ({official_present}). "
            f"Đảng viên dự bị không biểu quyết ({SOURCE_WHO_VOTES.text})."
        )
    return ""


def voter_problem(*, member_status: str, present: bool) -> str:
    """'' when this member casts a ballot in the room; otherwise why not. Only official members
    present vote: a probationary member attends and speaks but does not vote (Điều 3)."""
    if member_status != "official":
        return (
            "Đồng chí là đảng viên dự bị: được dự họp, phát biểu nhưng không biểu quyết. "
            f"Căn cứ: {SOURCE_WHO_VOTES.text}."
        )
    if not present:
        return "Chỉ đảng viên chính thức có mặt tại buổi sinh hoạt được biểu quyết."
    return ""


def tally(ballots: Iterable[tuple[str, str]]) -> tuple[int, int, int]:
    """Count (member_status, choice) ballots; probationary members' ballots are ignored.
    Choices: 'yes', 'no', 'abstain'."""
    counts = {"yes": 0, "no": 0, "abstain": 0}
    for status, choice in ballots:
        if status != "official" or choice not in counts:
            continue
        counts[choice] += 1
    return counts["yes"], counts["no"], counts["abstain"]


@dataclass(frozen=True)
class Outcome:
    yes: int
    no: int
    abstain: int
    denominator: int
    passed: bool
    kind: str

    @property
    def percent(self) -> float:
        return 100 * self.yes / self.denominator if self.denominator else 0.0


def decide(*, kind: str, yes: int, no: int, abstain: int, official_members: int,
           excluded: int = 0) -> Outcome:  # fmt: skip
    base = denominator(kind=kind, official_members=official_members, excluded=excluded)
    return Outcome(yes, no, abstain, base, passes(kind=kind, yes=yes, denominator=base), kind)
