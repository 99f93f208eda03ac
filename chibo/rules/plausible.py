"""How far a date a person types may plausibly lie: the bounds the forms and the API check
before anything is saved (a member's birth, admission and official dates; a meeting's day).

Only the admission age is regulated (Điều lệ Đảng, Điều 1.2: from eighteen years of age). The
other bounds are the product's own sanity checks, cited as such (source "SANITY"), so nobody
reads them as a Party rule: a birth before 1900, an admission before the Party was founded, a
meeting more than a year ahead or five years back is almost surely a typing mistake.
"""

from __future__ import annotations

import datetime as dt

from .admission import MIN_AGE_YEARS, age_in_months
from .sources import cite

EARLIEST_BIRTH = dt.date(1900, 1, 1)
PARTY_FOUNDED = dt.date(1930, 2, 3)  # Hội nghị thành lập Đảng, 03/02/1930
MEETING_YEARS_AHEAD = 1
MEETING_YEARS_BACK = 5

SOURCE_ADMISSION_AGE = cite("DIEU_LE", "Điều 1.2 (công dân Việt Nam từ mười tám tuổi trở lên)")
SOURCE_SANITY = cite("SANITY")


def _d(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def member_date_problems(
    *,
    birth: dt.date | None,
    admission: dt.date | None,
    official: dt.date | None,
    today: dt.date,
) -> dict[str, str]:
    """Field name → why its date cannot be right, in Vietnamese; {} when all are plausible."""
    problems: dict[str, str] = {}
    if birth and birth > today:
        problems["birth_date"] = "Ngày sinh không thể ở tương lai."
    elif birth and birth < EARLIEST_BIRTH:
        problems["birth_date"] = (
            f"Ngày sinh {_d(birth)} trước năm {EARLIEST_BIRTH.year}; hãy kiểm tra lại "
            f"({SOURCE_SANITY.text})."
        )
    if admission and admission > today:
        problems["admission_date"] = (
            f"Ngày vào Đảng {_d(admission)} ở tương lai; chỉ ghi ngày đã được kết nạp."
        )
    elif admission and admission < PARTY_FOUNDED:
        problems["admission_date"] = (
            f"Ngày vào Đảng {_d(admission)} trước ngày thành lập Đảng {_d(PARTY_FOUNDED)}."
        )
    elif admission and birth and "birth_date" not in problems:
        months = age_in_months(birth, admission)
        if months < MIN_AGE_YEARS * 12:
            problems["admission_date"] = (
                f"Ngày vào Đảng {_d(admission)} khi đồng chí mới {max(months, 0) // 12} tuổi; "
                f"người vào Đảng phải từ {MIN_AGE_YEARS} tuổi trở lên ({SOURCE_ADMISSION_AGE.text})."
            )
    if official and official > today:
        problems["official_date"] = (
            f"Ngày chính thức {_d(official)} ở tương lai; chỉ ghi khi đã được công nhận."
        )
    elif official and admission and official < admission:
        problems["official_date"] = "Ngày chính thức không thể trước ngày vào Đảng."
    return problems


def meeting_day_problem(day: dt.date, *, today: dt.date) -> str:
    """'' when a meeting on `day` is plausible; otherwise why not, in Vietnamese."""
    if day > _years_after(today, MEETING_YEARS_AHEAD):
        return (
            f"Ngày họp {_d(day)} cách hôm nay hơn {MEETING_YEARS_AHEAD} năm; hãy kiểm tra lại "
            f"năm ({SOURCE_SANITY.text})."
        )
    if day < _years_after(today, -MEETING_YEARS_BACK):
        return (
            f"Ngày họp {_d(day)} đã qua hơn {MEETING_YEARS_BACK} năm; hãy kiểm tra lại "
            f"năm ({SOURCE_SANITY.text})."
        )
    return ""


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29/02 in a year that has none
        return day.replace(year=day.year + years, day=28)
