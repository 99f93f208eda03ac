"""Initiatives (sáng kiến) and the school's idea bank.

- What an initiative is: a technical, management or working solution that the unit recognises
  when it (a) is new within the unit, (b) has been applied or trial-applied there and can bring
  a real benefit, (c) is not an excluded subject (NĐ 13/2012/NĐ-CP, Điều lệ Sáng kiến, Điều 3).
  The school's council therefore scores three criteria, and an initiative is recognised only when
  each of them is met. Whether NĐ 13/2012 still applies after the 2025 law on science,
  technology and innovation was not found, so the score sheet is the school's to change.
- What it is used for: an initiative recognised by the unit is one of the grounds for the title
  "Chiến sĩ thi đua cơ sở" (Luật Thi đua, khen thưởng 2022, Điều 23); its certificate is kept.
- "Một đổi mới – một sáng kiến/năm" is the cell's plan: one registration a person a year counts
  toward the plan's target, more are allowed.
- No national framework defines the teachers' "KPI 4 chiều" (nothing here: it is the school's
  own, advisory, and never a Party rating).
"""

from __future__ import annotations

from dataclasses import dataclass

from .sources import cite

DEFINITION = cite("ND13_2012", "Điều 3 (điều kiện công nhận sáng kiến)")
TITLE_USE = cite("LUAT_TDKT", "Điều 23 (danh hiệu Chiến sĩ thi đua cơ sở)")
ONE_A_YEAR = cite("CELL_PLAN", "mỗi giáo viên đăng ký “một đổi mới – một sáng kiến/năm”")
SCHOOL_SHEET = cite("SCHOOL", "phiếu chấm của Hội đồng sáng kiến nhà trường")


@dataclass(frozen=True)
class Criterion:
    code: str
    label: str  # as the score sheet prints it
    condition: str  # the condition of NĐ 13/2012, Điều 3 it checks


CRITERIA: tuple[Criterion, ...] = (
    Criterion("novelty", "Tính mới trong phạm vi nhà trường",
              "có tính mới trong phạm vi đơn vị"),
    Criterion("applied", "Đã được áp dụng hoặc áp dụng thử tại trường",
              "đã được áp dụng hoặc áp dụng thử tại đơn vị"),
    Criterion("benefit", "Lợi ích thiết thực mang lại",
              "có khả năng mang lại lợi ích thiết thực"),
)  # fmt: skip

# The school's default score sheet (points per criterion, out of 100, and the pass mark): a
# school's council changes them; no regulation sets them.
DEFAULT_MAX_POINTS: dict[str, int] = {"novelty": 30, "applied": 30, "benefit": 40}
DEFAULT_PASS_MARK = 50
MAX_POINTS_BOUNDS = (1, 100)

COUNTED_PER_YEAR = 1  # registrations of one person in one year counted toward the target


def unmet(averages: dict[str, float]) -> list[Criterion]:
    """The criteria the council did not find met: an average of zero points."""
    return [c for c in CRITERIA if averages.get(c.code, 0) <= 0]


def recognition_problem(averages: dict[str, float], total: float, pass_mark: int) -> str:
    """Why the scores do not allow recognition ('' when they do)."""
    missing = unmet(averages)
    if missing:
        names = "; ".join(c.condition for c in missing)
        return (f"Chưa đủ điều kiện công nhận sáng kiến ({DEFINITION.full}): hội đồng chưa thấy "
                f"đáp ứng điều kiện: {names}.")  # fmt: skip
    if total < pass_mark:
        return (f"Điểm bình quân {total:.1f} thấp hơn mức công nhận {pass_mark} điểm "
                f"do nhà trường quy định.")  # fmt: skip
    return ""
