"""Times as a reader takes them, rewritten into the one grammar `topics.parse_time` reads.

A day range ("10/10 – 20/10/2022", "từ 09 – 15/9/2024", "14/4 – 25/4/2025") places the meeting in
the month of its last day, the day it is held by, unless it runs over three months or more
("Từ 01/01 đến 31/3/2021": a quarter, no month of its own); a quarter with its year ("Q4/2022", "Quý I/2024")
is a quarter, not month 4 or 1 of that year. Months in words ("tháng Mười một") are read by
`topics._month_digits`.
"""

from __future__ import annotations

import re

_DAY_RANGE = re.compile(
    r"(?<![\d/])(?<!tháng )(?<!Tháng )(?:(?:từ|Từ)\s+)?(?:(?:ngày|Ngày)\s+)?(\d{1,2})(?:\s*/\s*(\d{1,2}))?"
    r"\s*(?:[-–—]|đến)\s*(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])"
)
_QUARTER_YEAR = re.compile(r"\b(Q\.?|qu[ýí])\s*(IV|III|II|I|[1-4])\s*/\s*(\d{4})\b", re.IGNORECASE)


def _range(match: re.Match[str]) -> str:
    first, first_month, day, month, year = match.groups()
    if not (1 <= int(first) <= 31 and 1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return match.group(0)
    if first_month and not 1 <= int(first_month) <= 12:
        return match.group(0)
    if first_month and int(month) - int(first_month) >= 2:
        # "Từ 01/01 đến 31/3/2021": a period of months (a quarter), not the day of a meeting
        return f"tháng {int(first_month)} đến tháng {int(month)}" + (f" năm {year}" if year else "")
    return f"ngày {int(day)}/{int(month)}" + (f"/{year}" if year else "")


def time_text(text: str) -> str:
    """`text` with its day ranges and year-qualified quarters written the plain way."""
    if "/" not in text:
        return text
    text = _QUARTER_YEAR.sub(lambda m: f"quý {m.group(2)} năm {m.group(3)}", text)
    return _DAY_RANGE.sub(_range, text)
