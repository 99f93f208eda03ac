"""How a cell is organised: the chi ủy threshold, probation and the official date."""

from __future__ import annotations

import calendar
import datetime as dt

from .sources import cite

# QĐ 294-QĐ/TW: a cell needs 3 official members; with 9 or more it elects a chi ủy, with fewer
# a Bí thư (and a Phó Bí thư where needed).
MIN_OFFICIAL_TO_FORM_CELL = 3
CHI_UY_MIN_OFFICIAL = 9
SOURCE_CHI_UY = cite("QD294", "chi bộ có từ 9 đảng viên chính thức trở lên bầu chi ủy")

# Điều lệ Đảng, Điều 5: probation lasts twelve months from the day of admission.
PROBATION_MONTHS = 12
SOURCE_PROBATION = cite("DIEU_LE", "Điều 5 (thời kỳ dự bị 12 tháng)")
# QĐ 24 / QĐ 29 point 4.2, carried over: the official date is the end of probation, however late
# the cell meets or the superior decides.
SOURCE_OFFICIAL_DATE = cite("QD294", "ngày công nhận chính thức là ngày hết 12 tháng dự bị")
# The cell considers recognition within 30 working days of the end of probation.
RECOGNITION_WINDOW_WORKING_DAYS = 30
SOURCE_RECOGNITION_WINDOW = cite(
    "QD294",
    "chi bộ xét công nhận chính thức trong 30 ngày làm việc kể từ khi hết dự bị",
    status="I",
)
# The Party card is issued only once the member is recognised as official (HD 01-HD/TW mục 7;
# whether HD 06-HD/TW keeps the wording is not checked).
SOURCE_PARTY_CARD = cite("HD01_2021", "mục 7 (thẻ đảng viên phát cho đảng viên chính thức)")
# A software default: warn the chi ủy this many days before probation ends.
PROBATION_WARNING_DAYS = 30


def elects_committee(official_members: int) -> bool:
    """QĐ 294: a cell with at least 9 official members elects a chi ủy."""
    return official_members >= CHI_UY_MIN_OFFICIAL


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the month's last day when it is shorter (31/01 → 28/02)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def probation_ends(admission_date: dt.date) -> dt.date:
    """Điều lệ Điều 5: the day twelve months after admission."""
    return add_months(admission_date, PROBATION_MONTHS)


def official_date(admission_date: dt.date) -> dt.date:
    """The date a recognised member becomes official: the end of the 12 months, never the day of
    the vote or of the decision."""
    return probation_ends(admission_date)


def official_date_problem(*, admission_date: dt.date | None, on: dt.date) -> str:
    """'' when `on` is the right official date; otherwise why not, in Vietnamese."""
    if admission_date is None:
        return "Chưa có ngày kết nạp nên chưa tính được ngày hết thời kỳ dự bị."
    ends = official_date(admission_date)
    if on != ends:
        return (
            f"Ngày công nhận đảng viên chính thức phải là ngày hết 12 tháng dự bị: "
            f"{ends:%d/%m/%Y} (kết nạp {admission_date:%d/%m/%Y}; {SOURCE_PROBATION.text}; "
            f"{SOURCE_OFFICIAL_DATE.text})."
        )
    return ""


def probation_flag(ends: dt.date | None, today: dt.date) -> str:
    """'overdue' once probation has ended, 'due' within the warning window, else ''."""
    if ends is None:
        return ""
    if ends <= today:
        return "overdue"
    if (ends - today).days <= PROBATION_WARNING_DAYS:
        return "due"
    return ""
