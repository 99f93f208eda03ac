"""Đảng phí (Quy định 01-QĐ/TW of 03/02/2026, in force 01/02/2026): who pays how much, the
exemptions and reductions, and the member who stops paying.

Money is whole đồng (int) everywhere. A rate is held in basis points (1 % = 100) so that no
float ever touches an amount. The share a cell keeps and the share it passes up is NOT here:
no text found fixes it under QĐ 01, so it is a committee setting with no default
(chibo.fees.RetentionShare), and every screen says so when it is unset.

The rules change by date: the uninsured rates rise on 01/01/2028, and the regional minimum
wage follows the Government's decrees. `rate_for(category, month)` and
`regional_minimum_wage(region, month)` answer for a given fee month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .sources import Citation, cite

SOURCE = cite("QD01_2026")
# The first fee month under QĐ 01; earlier months were under QĐ 342/2010, whose rates the
# rulebook does not hold, so the fee book starts here.
IN_FORCE = dt.date(2026, 2, 1)
SOURCE_IN_FORCE = cite("QD01_2026", "có hiệu lực từ ngày 01/02/2026, thay thế Quyết định 342-QĐ/TW")

# -- categories and rates -------------------------------------------------------------------

INSURED = "insured"
SICK_LEAVE = "sick_leave"
PENSION = "pension"
STUDENT = "student"
UNINSURED = "uninsured"
UNINSURED_RETIRED = "uninsured_retired"


@dataclass(frozen=True)
class Category:
    code: str
    label: str  # what the member is, as the book writes it
    base_label: str  # what the amount is ("" for a flat fee)
    source: Citation
    short: str  # the base, as a line of the book writes it: "Lương BHXH", "Lương hưu"
    uses_minimum_wage: bool = False


CATEGORIES: tuple[Category, ...] = (
    Category(INSURED, "Có lương đóng bảo hiểm xã hội bắt buộc",
             "Tiền lương làm căn cứ đóng BHXH của tháng liền trước",
             cite("QD01_2026", "Điều 3 (1% tiền lương làm căn cứ đóng bảo hiểm xã hội bắt buộc "
                  "của tháng liền trước)"), "Lương BHXH"),
    Category(SICK_LEAVE, "Nghỉ ốm đau, thai sản hưởng trợ cấp BHXH",
             "Tiền trợ cấp ốm đau, thai sản của tháng",
             cite("QD01_2026", "Điều 3 (1% tiền trợ cấp ốm đau, thai sản do BHXH chi trả)"),
             "Trợ cấp ốm đau, thai sản"),
    Category(PENSION, "Hưởng lương hưu", "Lương hưu của tháng",
             cite("QD01_2026", "Điều 3 (0,5% lương hưu)"), "Lương hưu"),
    Category(STUDENT, "Học sinh, sinh viên", "",
             cite("QD01_2026", "Điều 3 (học sinh, sinh viên đóng 5.000 đồng/tháng)"),
             "Học sinh, sinh viên"),
    Category(UNINSURED, "Không đóng BHXH bắt buộc, chưa đến tuổi nghỉ hưu",
             "Lương tối thiểu vùng theo tháng nơi đảng viên đăng ký",
             cite("QD01_2026", "Điều 3 khoản 2 điểm 2.2 (0,3% lương tối thiểu vùng đến hết năm "
                  "2027; 0,5% từ 01/01/2028)"), "Lương tối thiểu vùng", uses_minimum_wage=True),
    Category(UNINSURED_RETIRED, "Không đóng BHXH bắt buộc, đã đến tuổi nghỉ hưu",
             "Lương tối thiểu vùng theo tháng nơi đảng viên đăng ký",
             cite("QD01_2026", "Điều 3 khoản 2 điểm 2.2 (0,2% lương tối thiểu vùng đến hết năm "
                  "2027; 0,3% từ 01/01/2028)"), "Lương tối thiểu vùng", uses_minimum_wage=True),
)  # fmt: skip
CATEGORY_BY_CODE = {c.code: c for c in CATEGORIES}
CATEGORY_CHOICES = [(c.code, c.label) for c in CATEGORIES]

STUDENT_FEE = 5_000  # đồng a month
RATES_CHANGE = dt.date(2028, 1, 1)  # the uninsured rates rise (QĐ 01, điểm 2.2)
# Basis points (1 % = 100) before and from RATES_CHANGE; equal where nothing changes.
_BASIS_POINTS: dict[str, tuple[int, int]] = {
    INSURED: (100, 100),
    SICK_LEAVE: (100, 100),
    PENSION: (50, 50),
    UNINSURED: (30, 50),
    UNINSURED_RETIRED: (20, 30),
}


@dataclass(frozen=True)
class Rate:
    """The rate of one category for one fee month: a share of an amount, or a flat fee."""

    category: Category
    basis_points: int = 0  # 100 = 1 %
    flat: int | None = None

    @property
    def percent_text(self) -> str:
        """'1%', '0,5%', '5.000 đ/tháng' as a reader writes it."""
        if self.flat is not None:
            return f"{money(self.flat)}/tháng"
        whole, rest = divmod(self.basis_points, 100)
        return f"{whole}%" if not rest else f"{whole},{rest:02d}".rstrip("0") + "%"

    @property
    def percent(self) -> str:
        """'1.00', '0.50' for programs (the API), '' for a flat fee."""
        return "" if self.flat is not None else f"{self.basis_points / 100:.2f}"

    def fee(self, base: int) -> int:
        """The month's fee in whole đồng, before any reduction (rounding: ROUNDING_RULE)."""
        if self.flat is not None:
            return self.flat
        if base < 0:
            raise ValueError("base must not be negative")
        return round_half_up(base * self.basis_points, 10_000)


class RuleError(ValueError):
    """A fee month or an input the rulebook cannot price; the message is Vietnamese."""


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def check_month(month: dt.date) -> None:
    if first_of_month(month) < IN_FORCE:
        raise RuleError(
            "Sổ đảng phí bắt đầu từ tháng 02/2026, khi Quy định 01-QĐ/TW có hiệu lực; "
            "các tháng trước áp dụng Quyết định 342-QĐ/TW, phần mềm chưa có mức thu của quy định đó."
        )


def rate_for(category: str, month: dt.date) -> Rate:
    """The rate of `category` for the fee month containing `month`."""
    check_month(month)
    cat = CATEGORY_BY_CODE.get(category)
    if cat is None:
        raise RuleError("Đối tượng đóng đảng phí không hợp lệ.")
    if category == STUDENT:
        return Rate(cat, flat=STUDENT_FEE)
    before, after = _BASIS_POINTS[category]
    return Rate(cat, basis_points=after if first_of_month(month) >= RATES_CHANGE else before)


# -- the regional minimum wage (uninsured members) -------------------------------------------

REGIONS = ("I", "II", "III", "IV")
REGION_CHOICES = [(r, f"Vùng {r}") for r in REGIONS]
# (in force from, {region: đồng a month}), oldest first. Nghị định 293/2025/NĐ-CP from
# 01/01/2026; the figures are third-party until checked against the decree's text.
_MINIMUM_WAGES: tuple[tuple[dt.date, dict[str, int]], ...] = (
    (dt.date(2026, 1, 1), {"I": 5_310_000, "II": 4_730_000, "III": 4_140_000, "IV": 3_700_000}),
)
SOURCE_MINIMUM_WAGE = cite(
    "QD01_2026",
    "Điều 3 khoản 2 điểm 2.2: mức lương tối thiểu vùng theo tháng do Chính phủ quy định "
    "(Nghị định 293/2025/NĐ-CP từ 01/01/2026: vùng I 5.310.000 đ, vùng II 4.730.000 đ, "
    "vùng III 4.140.000 đ, vùng IV 3.700.000 đ)",
    status="T",
)


def regional_minimum_wage(region: str, month: dt.date) -> int:
    if region not in REGIONS:
        raise RuleError("Cần chọn vùng lương tối thiểu (I, II, III hoặc IV).")
    chosen: dict[str, int] | None = None
    for start, wages in _MINIMUM_WAGES:
        if start <= first_of_month(month):
            chosen = wages
    if chosen is None:
        raise RuleError("Chưa có mức lương tối thiểu vùng cho tháng này.")
    return chosen[region]


# -- the salary month ----------------------------------------------------------------------

SOURCE_PREVIOUS_MONTH = cite(
    "QD01_2026", "Điều 3 (căn cứ là tiền lương đóng BHXH của tháng liền trước)"
)


def fee_month_for_salary(salary_month: dt.date) -> dt.date:
    """The fee month that a month's insured salary is the base of: the next one (QĐ 01:
    "tháng liền trước"). The payroll of 10/2026 prices the fee of 11/2026."""
    first = first_of_month(salary_month)
    return (first + dt.timedelta(days=32)).replace(day=1)


# -- rounding ------------------------------------------------------------------------------

ROUNDING_RULE = (
    "Đảng phí tính bằng đồng: lấy thu nhập làm căn cứ nhân với tỷ lệ, làm tròn đến đồng "
    "(phần lẻ từ 0,5 đồng trở lên làm tròn lên); số được giảm tính trên số đã làm tròn và "
    "cũng làm tròn đến đồng."
)
SOURCE_ROUNDING = cite(
    "DEFAULT", "cách làm tròn; chưa thấy Quy định 01-QĐ/TW nêu cách làm tròn", status="I"
)


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded to the nearest whole, halves up (non-negative only)."""
    if numerator < 0 or denominator <= 0:
        raise ValueError("round_half_up takes a non-negative numerator")
    return (2 * numerator + denominator) // (2 * denominator)


# -- exemptions and reductions (QĐ 01 Điều 5) -----------------------------------------------

EXEMPT = "exempt"
REDUCE_30, REDUCE_50, REDUCE_70 = "reduce_30", "reduce_50", "reduce_70"
RELIEF_PERCENT = {EXEMPT: 100, REDUCE_30: 30, REDUCE_50: 50, REDUCE_70: 70}
RELIEF_CHOICES = [
    (EXEMPT, "Miễn đóng"),
    (REDUCE_30, "Giảm 30%"),
    (REDUCE_50, "Giảm 50%"),
    (REDUCE_70, "Giảm 70%"),
]

SENIORITY_50 = "seniority_50"
SOCIAL_ALLOWANCE = "social_allowance"
POOR_HOUSEHOLD = "poor_household"
SERIOUS_ILLNESS = "serious_illness"
HARDSHIP = "hardship"


@dataclass(frozen=True)
class ReliefReason:
    code: str
    label: str
    exemption_only: bool  # the text grants exemption, not a reduction
    needs_application: bool
    max_months: int | None  # None: no period limit in the text


MAX_RELIEF_MONTHS = 12
SOURCE_RELIEF = cite(
    "QD01_2026",
    "Điều 5 (miễn đóng: từ 50 năm tuổi đảng, hưởng trợ cấp hưu trí xã hội, hộ nghèo, cận nghèo, bệnh "
    "hiểm nghèo; khó khăn khác: miễn hoặc giảm 30%, 50%, 70%, mỗi lần không quá 12 tháng)",
)
RELIEF_REASONS: tuple[ReliefReason, ...] = (
    ReliefReason(SENIORITY_50, "Có từ 50 năm tuổi đảng trở lên", True, False, None),
    ReliefReason(SOCIAL_ALLOWANCE, "Hưởng trợ cấp hưu trí xã hội", True, False, None),
    ReliefReason(POOR_HOUSEHOLD, "Hộ nghèo, hộ cận nghèo (có đơn)", True, True, None),
    ReliefReason(SERIOUS_ILLNESS, "Mắc bệnh hiểm nghèo theo danh mục của Bộ Y tế (có đơn)",
                 True, True, None),
    ReliefReason(HARDSHIP, "Hoàn cảnh khó khăn khác (có đơn)", False, True, MAX_RELIEF_MONTHS),
)  # fmt: skip
RELIEF_REASON_BY_CODE = {r.code: r for r in RELIEF_REASONS}
RELIEF_REASON_CHOICES = [(r.code, r.label) for r in RELIEF_REASONS]


def months_between(first: dt.date, last: dt.date) -> int:
    """How many fee months from `first` to `last`, both included (01/2027–12/2027 is 12)."""
    return (last.year - first.year) * 12 + last.month - first.month + 1


def relief_problem(*, kind: str, reason: str, first: dt.date, last: dt.date | None) -> str:
    """'' when an exemption or reduction can be granted as asked; otherwise why not."""
    if kind not in RELIEF_PERCENT:
        return "Hình thức miễn, giảm không hợp lệ."
    rule = RELIEF_REASON_BY_CODE.get(reason)
    if rule is None:
        return "Lý do miễn, giảm không hợp lệ."
    if rule.exemption_only and kind != EXEMPT:
        return f"Trường hợp “{rule.label}” được miễn đóng, không phải giảm ({SOURCE_RELIEF.text})."
    if last is not None and last < first:
        return "Tháng kết thúc phải sau hoặc trùng tháng bắt đầu."
    if rule.max_months is not None:
        if last is None:
            return (f"Miễn, giảm vì khó khăn phải có tháng kết thúc, mỗi lần không quá "
                    f"{rule.max_months} tháng ({SOURCE_RELIEF.source.short}, Điều 5).")  # fmt: skip
        if months_between(first, last) > rule.max_months:
            return (f"Mỗi lần miễn, giảm không quá {rule.max_months} tháng; đề nghị này "
                    f"{months_between(first, last)} tháng ({SOURCE_RELIEF.source.short}, Điều 5).")  # fmt: skip
    return ""


def reduced(fee: int, relief: str | None) -> int:
    """The fee after an exemption or reduction, whole đồng (ROUNDING_RULE)."""
    if not relief:
        return fee
    percent = RELIEF_PERCENT[relief]
    return round_half_up(fee * (100 - percent), 100)


def due(*, category: str, base: int, month: dt.date, relief: str | None = None) -> int:
    """The fee for one month: rate of the category × base, rounded, less any relief."""
    return reduced(rate_for(category, month).fee(base), relief)


# -- the member who stops paying --------------------------------------------------------------

UNPAID_MONTHS_FLAG = 3
SOURCE_UNPAID = cite(
    "QD01_2026",
    "đảng viên không đóng đảng phí 3 tháng trong năm mà không có lý do chính đáng thì chi bộ "
    "xem xét, đề nghị cấp có thẩm quyền xóa tên",
)


def months_unpaid(dues: Sequence[int], outstanding: int) -> int:
    """How many of the months whose dues are `dues` (oldest first) are not covered when
    `outstanding` đồng is still owed: payments settle the oldest months first, so the debt
    sits on the latest ones. A month paid in part counts as unpaid; a month with nothing due
    (exempt) never does."""
    if outstanding <= 0:
        return 0
    count = 0
    for amount in reversed(dues):
        if outstanding <= 0:
            break
        if amount <= 0:
            continue
        count += 1
        outstanding -= amount
    return count


def is_flagged(unpaid_months: int) -> bool:
    return unpaid_months >= UNPAID_MONTHS_FLAG


def flag_text(unpaid_months: int) -> str:
    return (
        f"Chưa đóng đảng phí {unpaid_months} tháng trong năm: chi ủy xem xét lý do; nếu không "
        f"có lý do chính đáng, chi bộ đề nghị cấp có thẩm quyền xóa tên ({SOURCE_UNPAID.source.short})."
    )


# -- payment -------------------------------------------------------------------------------

CASH = "cash"
PORTAL = "portal"
METHOD_CHOICES = [
    (CASH, "Tiền mặt tại chi bộ"),
    (PORTAL, "Cổng Dịch vụ công quốc gia"),
]
SOURCE_PAYMENT = cite(
    "QD01_2026", "đảng viên đóng hằng tháng trên Cổng Dịch vụ công quốc gia hoặc bằng tiền mặt "
    "tại chi bộ"
)  # fmt: skip


def money(amount: int) -> str:
    """'1.234.000 đ' (Vietnamese thousands dot); negative amounts keep their sign."""
    sign = "-" if amount < 0 else ""
    return f"{sign}{abs(amount):,} đ".replace(",", ".")


SOURCES = (
    SOURCE_IN_FORCE, *(c.source for c in CATEGORIES), SOURCE_MINIMUM_WAGE, SOURCE_PREVIOUS_MONTH,
    SOURCE_ROUNDING, SOURCE_RELIEF, SOURCE_UNPAID, SOURCE_PAYMENT,
)  # fmt: skip
