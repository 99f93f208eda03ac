"""What a plan should satisfy, each rule with the text it comes from.

`plan_findings(plan)` returns findings for the plan page; errors also block issuing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chibo.documents.parts import capacity_for
from chibo.lib.vietnamese import roman
from chibo.rules import documents as doc_rules
from chibo.rules import meetings as meeting_rules
from chibo.rules import organization as org_rules
from chibo.rules import sources
from chibo.rules.sources import cite

from .models import month_quarter_error

if TYPE_CHECKING:
    from .models import Plan

ERROR, WARNING = "error", "warning"

# Sources are shown to users: regulations only, from the rulebook.
SOURCE_QUARTERLY = sources.join(
    meeting_rules.SOURCE_QUARTERLY, cite("HD42", "chuẩn bị và tổ chức sinh hoạt chuyên đề")
)
SOURCE_QUARTER_MONTHS = (
    "Quý I gồm tháng 1–3, Quý II tháng 4–6, Quý III tháng 7–9, Quý IV tháng 10–12"
)
SOURCE_PREPARER = cite(
    "HD42", "bước chuẩn bị 1 (phân công đảng viên của chi bộ chuẩn bị nội dung)"
).full
SOURCE_YEAR = cite("HD42", "hằng năm chi bộ xây dựng kế hoạch sinh hoạt chuyên đề", status="T").full
SOURCE_SIGNING = f"{doc_rules.SOURCE_SIGNING.full}; {org_rules.SOURCE_CHI_UY.full}"


@dataclass(frozen=True)
class Finding:
    level: str  # "error" | "warning"
    message: str  # Vietnamese, for the user
    source: str  # the regulation or seed the rule comes from
    topic_id: int | None = None

    @property
    def is_error(self) -> bool:
        return self.level == ERROR


def plan_findings(plan: Plan, *, today: dt.date | None = None) -> list[Finding]:
    """Findings for one plan. Reads topics with their preparers (prefetch them to save queries)."""
    findings: list[Finding] = []
    topics = list(plan.topics.all())
    if plan.is_thematic:
        covered = {t.quarter for t in topics}
        for quarter in (1, 2, 3, 4):
            if quarter not in covered:
                findings.append(
                    Finding(
                        WARNING, f"Quý {roman(quarter)} chưa có chuyên đề nào.", SOURCE_QUARTERLY
                    )
                )
    for index, topic in enumerate(topics, start=1):
        label = f"Chuyên đề {index}"
        error = month_quarter_error(topic.month, topic.quarter)
        if error:
            findings.append(Finding(ERROR, f"{label}: {error}.", SOURCE_QUARTER_MONTHS, topic.pk))
        for member in topic.preparers.all():
            if member.cell_id != plan.cell_id or not member.is_active:
                findings.append(Finding(
                    ERROR, f"{label}: đồng chí {member.full_name} không còn là đảng viên đang sinh hoạt "
                    "của chi bộ; hãy phân công người khác.", SOURCE_PREPARER, topic.pk,
                ))  # fmt: skip
        if plan.is_draft and not topic.preparers.all() and not topic.preparer_note.strip():
            findings.append(Finding(WARNING, f"{label} (Quý {roman(topic.quarter)}) chưa phân công người chuẩn bị.",
                                    SOURCE_PREPARER, topic.pk))  # fmt: skip
        if plan.is_draft and not topic.title.strip():
            findings.append(Finding(WARNING, f"{label} (Quý {roman(topic.quarter)}) chưa có chủ đề.",
                                    SOURCE_QUARTERLY, topic.pk))  # fmt: skip
    today = today or dt.date.today()
    if plan.is_draft and plan.year < today.year:
        findings.append(Finding(WARNING, f"Năm {plan.year} đã qua; kế hoạch năm thường được xây dựng đầu năm.",
                                SOURCE_YEAR))  # fmt: skip
    findings.extend(_signing_findings(plan))
    return findings


def _signing_findings(plan: Plan) -> list[Finding]:
    capacity = plan.signing_capacity.upper().replace(".", "").split()
    if capacity[:2] != ["T/M", "CHI"] or len(capacity) < 3:
        return []
    expected = capacity_for(plan.cell)
    if capacity[2] == "ỦY" and expected != doc_rules.SIGN_FOR_CHI_UY:
        return [Finding(WARNING, "Chi bộ có dưới 9 đảng viên chính thức nên không có chi ủy: "
                        f"nên ký “{expected}”.", SOURCE_SIGNING)]  # fmt: skip
    if capacity[2] == "BỘ" and expected == doc_rules.SIGN_FOR_CHI_UY:
        return [Finding(WARNING, "Chi bộ có từ 9 đảng viên chính thức trở lên nên có chi ủy: "
                        f"nên ký “{expected}”.", SOURCE_SIGNING)]  # fmt: skip
    return []


def year_warning(year: int, *, today: dt.date | None = None) -> Finding | None:
    """Shown when creating a plan for a year that has passed."""
    today = today or dt.date.today()
    if year < today.year:
        return Finding(
            WARNING, f"Năm {year} đã qua; kế hoạch năm thường được xây dựng đầu năm.", SOURCE_YEAR
        )
    return None
