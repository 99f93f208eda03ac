"""The next deadline of an admission file, from its stage, the day it entered that stage and
the rule set it was voted under: what the reminders, the cell's pages and the committee's
dashboard read. No query: callers load (stage, since, rule set) rows themselves."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from chibo.rules import admission as rules
from chibo.rules import organization
from chibo.rules.sources import Citation

from .models.records import Stage


@dataclass(frozen=True)
class Due:
    what: str
    due: dt.date
    source: Citation
    cell_acts: bool  # the cell's own step; otherwise the superior committee's

    def late(self, today: dt.date) -> bool:
        return today > self.due

    def text(self, name: str, today: dt.date) -> str:
        when = (
            f"quá hạn từ ngày {self.due:%d/%m/%Y}"
            if self.late(today)
            else f"hạn ngày {self.due:%d/%m/%Y}"
        )
        return f"{self.what} ({name}): {when}"


def due_for(*, stage: str, since: dt.date | None, rule_set: str) -> Due | None:
    """The deadline now running for a file at `stage` since `since`, or None."""
    if since is None or stage not in (
        Stage.PROPOSED,
        Stage.DECIDED,
        Stage.PROBATION,
        Stage.RECOGNITION,
    ):
        return None
    r = rules.rule_set(rule_set)
    if stage == Stage.PROPOSED:
        return Due(f"Cấp ủy cấp trên quyết định kết nạp (trong {r.decision_working_days} ngày làm việc "
                   "kể từ nghị quyết của chi bộ)", rules.decision_due(since, r), r.decision_source, False)  # fmt: skip
    if stage == Stage.DECIDED:
        return Due(f"Tổ chức lễ kết nạp (trong {r.ceremony_working_days} ngày làm việc kể từ ngày nhận "
                   "quyết định)", rules.ceremony_due(since, r), r.ceremony_source, True)  # fmt: skip
    if stage == Stage.PROBATION:
        return Due(f"Chi bộ xét công nhận đảng viên chính thức (trong {r.recognition_working_days} ngày "
                   "làm việc sau khi hết thời kỳ dự bị)", rules.recognition_due(since, r),
                   organization.SOURCE_RECOGNITION_WINDOW, True)  # fmt: skip
    return Due(f"Cấp ủy cấp trên quyết định công nhận chính thức (trong "
               f"{r.recognition_decision_working_days} ngày làm việc kể từ nghị quyết của chi bộ)",
               rules.recognition_decision_due(since, r), r.recognition_decision_source, False)  # fmt: skip


def probation_ends(stage: str, since: dt.date | None) -> dt.date | None:
    if stage != Stage.PROBATION or since is None:
        return None
    return organization.probation_ends(since)


CERTIFICATE_SOON_DAYS = 30


@dataclass(frozen=True)
class FileDue:
    """What an admission file asks of the chi ủy now: the reminders and "Việc hôm nay" read it."""

    day: dt.date
    kind: str  # "admission.certificate" or "admission.due"
    text: str


def certificate_expiring_before(today: dt.date) -> dt.date:
    """Files whose awareness-course certificate was issued on or before this day expire within
    CERTIFICATE_SOON_DAYS: the SQL filter of files to look at."""
    months = rules.rule_set(rules.DEFAULT_RULE_SET).certificate_months
    return organization.add_months(today + dt.timedelta(days=CERTIFICATE_SOON_DAYS), -months)


def file_due(candidate: Any, today: dt.date) -> FileDue | None:
    """The certificate about to expire before the vote, or the deadline now running."""
    from .models.records import BEFORE_VOTE

    if candidate.stage in BEFORE_VOTE:
        if not candidate.certificate_date:
            return None
        months = rules.rule_set(rules.DEFAULT_RULE_SET).certificate_months
        ends = organization.add_months(candidate.certificate_date, months)
        text = (f"Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng của quần chúng "
                f"{candidate.full_name} hết hiệu lực ngày {ends:%d/%m/%Y}")  # fmt: skip
        return FileDue(ends, "admission.certificate", text)
    due = due_for(
        stage=candidate.effective_stage, since=candidate.stage_since, rule_set=candidate.rule_set
    )
    if due is None:
        return None
    return FileDue(due.due, "admission.due", due.text(candidate.full_name, today))
