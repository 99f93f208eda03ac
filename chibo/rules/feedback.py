"""The parents' feedback portal and the satisfaction survey: what the law says, the survey's scale
and formula, and the defaults a school may change.

- Identity: the law on grassroots democracy forbids revealing a person who provides information
  about a violation, so the sender's identity is shown only to the school's handlers and every
  view of it is audited.
- Anonymous denunciations are not handled as denunciations (QĐ 296, Điều 19, [T]): a tố cáo goes
  through the formal channel, the portal only points there.
- No law sets a deadline for a school answering parents: the due days per category, the reopen
  window and the reports before hiding are the school's own settings, with defaults here.
- The survey follows the structure of the education ministry's toolkit (QĐ 3476/QĐ-BGDĐT):
  content groups and a 5-point scale. The ward's own formula is not published, so the formula is
  a choice of the survey round, stated on every page that shows the index.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .sources import Citation, cite

IDENTITY = cite(
    "LUAT_THDC", "Điều 9 khoản 2 (không được tiết lộ thông tin về người cung cấp thông tin)"
)
DENUNCIATION = cite("QD296", "Điều 19 (đơn tố cáo giấu tên không xử lý như đơn tố cáo)", status="T")
SURVEY_TOOLKIT = cite("QD3476", "nhóm nội dung và thang đo 5 mức")
SCHOOL_DEFAULT = cite("SCHOOL")

# -- the survey ----------------------------------------------------------------------------
SCALE: dict[int, str] = {
    1: "Rất không hài lòng",
    2: "Không hài lòng",
    3: "Bình thường",
    4: "Hài lòng",
    5: "Rất hài lòng",
}
POSITIVE = (4, 5)  # "hài lòng" and "rất hài lòng"

# The toolkit's content groups, plus the overall question; (code, heading).
GROUPS: list[tuple[str, str]] = [
    ("access", "Tiếp cận dịch vụ giáo dục"),
    ("facilities", "Cơ sở vật chất, trang thiết bị"),
    ("environment", "Môi trường giáo dục"),
    ("activities", "Hoạt động nuôi dưỡng, chăm sóc, giáo dục trẻ"),
    ("results", "Kết quả chăm sóc, giáo dục trẻ"),
    ("overall", "Đánh giá chung"),
]


@dataclass(frozen=True)
class Formula:
    code: str
    label: str
    text: str  # the formula in words, shown beside every index
    source: Citation


FORMULAS: dict[str, Formula] = {f.code: f for f in [
    Formula("positive_share", "Tỷ lệ câu trả lời hài lòng",
            "Tỷ lệ hài lòng = số câu trả lời “Hài lòng” hoặc “Rất hài lòng” ÷ tổng số câu trả lời "
            "có chọn mức × 100%. Câu bỏ trống không tính.",
            cite("DEFAULT", "cách tính của phường chưa công bố; nhà trường chọn khi mở đợt khảo sát")),
    Formula("mean_score", "Điểm trung bình quy ra phần trăm",
            "Tỷ lệ hài lòng = điểm trung bình các câu trả lời (thang 1–5) ÷ 5 × 100%. "
            "Câu bỏ trống không tính.",
            cite("DEFAULT", "cách tính của phường chưa công bố; nhà trường chọn khi mở đợt khảo sát")),
]}  # fmt: skip
DEFAULT_FORMULA = "positive_share"


def satisfaction(counts: Mapping[int, int], formula: str = DEFAULT_FORMULA) -> Decimal | None:
    """The index from how many answers chose each score (1–5); None when nobody answered."""
    total = sum(n for score, n in counts.items() if score in SCALE)
    if not total:
        return None
    if formula == "mean_score":
        points = sum(score * n for score, n in counts.items() if score in SCALE)
        value = Decimal(points) * 100 / (Decimal(total) * max(SCALE))
    else:
        positive = sum(n for score, n in counts.items() if score in POSITIVE)
        value = Decimal(positive) * 100 / Decimal(total)
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


# -- the school's settings ---------------------------------------------------------------------
# Days to answer, per category (calendar days from receipt). A school changes them; the
# research suggests about 15 days to answer, less for meals and safety.
DUE_DAYS_DEFAULT: dict[str, int] = {
    "care": 10,
    "meals": 5,
    "safety": 2,
    "facilities": 15,
    "fees": 10,
    "conduct": 7,
    "other": 15,
}
DUE_DAYS_BOUNDS = (1, 60)
REOPEN_DAYS_DEFAULT = 14  # the sender may reopen an answer within this many days
REOPEN_DAYS_BOUNDS = (0, 90)
HIDE_AFTER_REPORTS_DEFAULT = 3  # a public item is hidden after this many reports (as Decidim)
HIDE_AFTER_REPORTS_BOUNDS = (1, 20)
REMIND_DAYS_BEFORE = 2  # handlers are reminded this many days before an item falls due
