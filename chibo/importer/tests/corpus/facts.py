"""The facts of each corpus plan (dev/plans.py, test/plans.py): build.py writes from them both
the plan's file and its truth file.

Every plan renders a public web page about a real Party cell (see ``source``). The stored pages
give the cell, its committee, the year and some of the plan's content (a topic, its month, who
prepared it, member counts, targets); they rarely give the whole plan text. What a page did not
give was completed in the plan's own layout and is listed, item by item, in ``completed`` (it is
copied into the truth file). Prose was re-typed in our own words; topic titles from the sources
are kept as the short factual titles they are.

Fields of a topic: title, quarter, month, presenters, form. ``conflict`` marks a month written
outside its quarter (kept as written; the truth expects it flagged). Layouts that write the time
as a cell typed it (``when``, e.g. "T9/2024", "tháng 9 năm 2024") or a role beside each presenter
(``roles``, e.g. "đề dẫn", "tham luận") take them from the topic; neither goes into the truth.
"""

from __future__ import annotations

from typing import Any

T = dict[str, Any]


def topic(title: str, quarter: int, month: int | None, presenters: list[str], form: str = "",
          conflict: bool = False, short: str = "", when: str = "",
          roles: list[str] | None = None) -> T:  # fmt: skip
    return {
        "title": title,
        "quarter": quarter,
        "month": month,
        "presenters": presenters,
        "form": form,
        "conflict": conflict,
        "short": short or title,
        "when": when,
        "roles": roles or [],
    }


def target(
    text: str, kind: str, value_min: float | None = None, value_max: float | None = None
) -> T:
    return {"text": text, "kind": kind, "value_min": value_min, "value_max": value_max}


def topic_with(title: str, quarter: int, month: int | None, presenters: list[str], when: str = "",
               form: str = "", roles: list[str] | None = None, conflict: bool = False,
               **extra: Any) -> T:  # fmt: skip
    """A topic with the time as typed (``when``) first, and the keys a batch's own layouts read
    besides (``product``, ``note``, ``qtag`` …) as ``extra``; none of them goes into the truth."""
    out = topic(title, quarter, month, presenters, form, conflict=conflict, when=when, roles=roles)
    out.update(extra)
    return out
