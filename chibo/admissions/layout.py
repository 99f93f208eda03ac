"""The admission file as its page shows it: every step in order, what was recorded (who,
when, which document), its form code from the rule set, and which step can be recorded now."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from chibo.members.models import Member

from .models import Candidate, Sponsor, Stage, Step, StepKind
from .models.records import BEFORE_VOTE, STEP_FORMS
from .transitions import TRANSITIONS

SPONSORS = "sponsors"
ADMISSION = [
    StepKind.COURSE, StepKind.APPLICATION, StepKind.LIFE_HISTORY, StepKind.BACKGROUND_CHECK, SPONSORS,
    StepKind.COMMENTS, StepKind.REVIEW, StepKind.VOTE, StepKind.RESOLUTION, StepKind.DECISION,
    StepKind.CEREMONY,
]  # fmt: skip
PROBATION = [
    StepKind.SELF_REVIEW, StepKind.HELPER_REVIEW, StepKind.PROBATION_COMMENTS, StepKind.RECOGNITION_VOTE,
    StepKind.RECOGNITION_RESOLUTION, StepKind.RECOGNITION_DECISION,
]  # fmt: skip
# The verb that records each step, and the stages where it can be recorded.
VERB = {
    StepKind.COURSE: ("course", BEFORE_VOTE),
    StepKind.APPLICATION: ("application", (Stage.SOURCE, Stage.COURSE)),
    StepKind.LIFE_HISTORY: ("life_history", (Stage.FILE,)),
    StepKind.BACKGROUND_CHECK: ("background_check", (Stage.FILE,)),
    SPONSORS: ("sponsor", BEFORE_VOTE),
    StepKind.COMMENTS: ("comments", (Stage.SOURCE, Stage.COURSE, Stage.FILE)),
    StepKind.REVIEW: ("review", (Stage.SOURCE, Stage.COURSE, Stage.FILE)),
    StepKind.VOTE: ("vote", (Stage.READY,)),
    StepKind.RESOLUTION: ("propose", (Stage.READY,)),
    StepKind.DECISION: ("decision", (Stage.PROPOSED,)),
    StepKind.CEREMONY: ("ceremony", (Stage.DECIDED,)),
    StepKind.SELF_REVIEW: ("self_review", (Stage.PROBATION,)),
    StepKind.HELPER_REVIEW: ("helper_review", (Stage.PROBATION,)),
    StepKind.PROBATION_COMMENTS: ("comments", (Stage.PROBATION,)),
    StepKind.RECOGNITION_VOTE: ("recognition_vote", (Stage.PROBATION,)),
    StepKind.RECOGNITION_RESOLUTION: ("propose_recognition", (Stage.PROBATION,)),
    StepKind.RECOGNITION_DECISION: ("recognise", (Stage.RECOGNITION,)),
}
# Steps that stay open after they were recorded once (a certificate renewed, another sponsor).
REOPEN = (StepKind.COURSE, SPONSORS, StepKind.VOTE, StepKind.RECOGNITION_VOTE)


@dataclass
class Row:
    key: str
    label: str
    form_code: str
    records: list[Step] = field(default_factory=list)
    sponsors: list[Sponsor] = field(default_factory=list)
    votes: list[tuple[Any, Any, Any]] = field(default_factory=list)  # (vote, outcome, day)
    verb: str = ""
    button: str = ""
    open: bool = False
    next: bool = False
    form: Any = None

    @property
    def done(self) -> bool:
        return bool(self.records or self.sponsors or self.votes)

    @property
    def last(self) -> Step | None:
        return self.records[-1] if self.records else None


def rows(candidate: Candidate, keys: Sequence[str], *, sponsors_complete: bool) -> list[Row]:
    rules = candidate.ruleset
    by_kind: dict[str, list[Step]] = {}
    for step in candidate.steps.all():
        by_kind.setdefault(step.kind, []).append(step)
    out: list[Row] = []
    stage = candidate.effective_stage
    for key in keys:
        if key == SPONSORS:
            row = Row(key, "Người giới thiệu", " / ".join(filter(None, [rules.form("sponsor"),
                                                                    rules.form("union_resolution")])),
                      sponsors=list(candidate.sponsors.all()))  # fmt: skip
        else:
            row = Row(
                key,
                StepKind(key).label,
                rules.form(STEP_FORMS.get(key, "")),
                records=by_kind.get(key, []),
            )
        if key == StepKind.VOTE:
            row.votes = [(s.vote, Member.vote_outcome(s.vote), s.on) for s in row.records if s.vote]
        elif key == StepKind.RECOGNITION_VOTE and candidate.member is not None:
            # Also a vote taken in the meeting room rather than from this page.
            row.votes = [(v, Member.vote_outcome(v), Member.vote_day(v))
                         for v in candidate.member.recognition_votes_in_order()]  # fmt: skip
        verb, stages = VERB[key]
        complete = row.done and (key != SPONSORS or sponsors_complete)
        row.verb, row.button = verb, TRANSITIONS[verb].button
        row.open = stage in stages and (not complete or key in REOPEN)
        if key == SPONSORS and complete and stage == Stage.READY:
            row.open = False  # reviewed by the chi ủy: the sponsors stand
        if row.votes and row.votes[-1][1].passed:
            row.open = False
        if key in (StepKind.RESOLUTION, StepKind.RECOGNITION_RESOLUTION):
            # A resolution follows a vote that passed; after one that failed the chi bộ does not propose.
            votes = out[-1].votes if out else []
            row.open = row.open and bool(votes) and votes[-1][1].passed
        out.append(row)
    # The step to do next: the first open one not yet done (a renewed certificate or a second
    # vote is possible, but is not what comes next).
    for row in out:
        if (
            row.open
            and not (row.done and row.key in REOPEN)
            and not (row.key == SPONSORS and sponsors_complete)
        ):
            row.next = True
            break
    return out
