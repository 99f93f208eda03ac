"""The school's idea bank (ideas, support, comments, the initiative council, certificates) and
its advisory "KPI 4 chiều" (indicators, terms, entered values, results)."""

from .bank import (
    Attachment,
    Comment,
    CouncilSeat,
    Idea,
    IdeaError,
    IdeaSettings,
    Score,
    Support,
    manager_of,
    staff_of,
)
from .kpi import Dimension, Indicator, KpiEntry, KpiResult, KpiTerm, Source

__all__ = [
    "Attachment", "Comment", "CouncilSeat", "Dimension", "Idea", "IdeaError", "IdeaSettings", "Indicator",
    "KpiEntry", "KpiResult", "KpiTerm", "Score", "Source", "Support", "manager_of", "staff_of",
]  # fmt: skip
