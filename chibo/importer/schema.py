"""What an imported plan looks like: one field per field of chibo.plans (Plan, Topic, Target).

`ParsedPlan.to_dict()` is the JSON printed by `chibo import-plan FILE --json` and described
in docs/import-plan.md. Dates are ISO strings, quarters 1–4, months 1–12, numbers plain.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass
class Person:
    """A person named in the plan: 'Đồng chí Dương Thị Huệ - Bí thư chi bộ'."""

    name: str  # "Dương Thị Huệ"; "" when only a role is written ("Bí thư chi bộ")
    role_note: str = ""  # "Bí thư chi bộ"
    text: str = ""  # as written


@dataclass
class ParsedTopic:
    """→ chibo.plans.Topic (preparers are matched to Members by `match_people`)."""

    title: str = ""
    content: str = ""
    quarter: int | None = None
    month: int | None = None
    form: str = ""
    presenters: list[Person] = field(default_factory=list)
    preparer_note: str = ""  # the presenter line as written → Topic.preparer_note
    outputs: str = ""
    number: int | None = None  # "Chuyên đề 02" → 2, used to merge repeated mentions
    date: str | None = None  # "ngày 20/3/2026" when the plan names a day
    conflicts: list[str] = field(default_factory=list)
    # Every value the document gives for a field it contradicts itself on: {"month": [3, 4]}.
    alternatives: dict[str, list[Any]] = field(default_factory=dict)
    # A field the file does not write, inferred by the reader, with why: {"quarter": "…"}.
    # The review screen asks the user to check it; a field the file writes is never here.
    inferred: dict[str, str] = field(default_factory=dict)


@dataclass
class ParsedTarget:
    """→ chibo.plans.Target."""

    text: str
    kind: Literal["percent", "count", "range", "threshold", "yes_no", "text"] = "text"
    value_min: float | None = None
    value_max: float | None = None
    unit: str = ""
    population: str = ""
    comparison: str = ""  # ">=", "=", "<=", ">", "<" or ""
    section: str = ""  # the heading the target was found under
    group: str = ""  # a lead-in line such as "Phấn đấu các danh hiệu thi đua"


@dataclass
class ParsedPlan:
    """→ chibo.plans.Plan."""

    kind: Literal["thematic", "activity"] = "activity"
    year: int | None = None
    title: str = ""
    cell_name: str = ""
    committee_name: str = ""
    number: int | None = None
    type_code: str = ""
    date: str | None = None  # "2026-02-01"
    place: str = ""
    legal_bases: list[str] = field(default_factory=list)
    topics: list[ParsedTopic] = field(default_factory=list)
    targets: list[ParsedTarget] = field(default_factory=list)
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)
    days_before_distribution: int | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
