"""Admitting a new member (kết nạp đảng viên), from the outstanding non-member to the official
member: who can be admitted, who sponsors, the order of the file, the deadlines, the forms.

The texts change: the 2025 implementing rules (QĐ 294-QĐ/TW, HD 06-HD/TW, with HD 12-HD/BTCTW's
forms) are the default; the texts announced for 2026 (QĐ 208-QĐ/TW, HD 01-HD/TW) have been seen
only in third-party summaries and are kept as a pending rule set a committee may switch to.
Form codes, deadlines and thresholds are data of a `RuleSet`, never constants in the app, and
a file keeps the code of the set it was voted under.

The vote (at least 2/3 of all official members) is chibo.rules.votes' ADMISSION kind; probation
and the official date are chibo.rules.organization's. Working days are Monday to Friday: public
holidays and Tết are not known here, so a deadline may come a few days early (status "I").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from . import organization, votes
from .evaluation import working_days_between
from .sources import Citation, cite

# -- who can be admitted ---------------------------------------------------------------------

MIN_AGE_YEARS = 18
MAX_AGE_YEARS = 60
SOURCE_AGE = cite("QD294", "về tuổi đời: đủ 18 tuổi đến đủ 60 tuổi, tính theo tháng, đến ngày chi "
                  "bộ xét kết nạp")  # fmt: skip
SOURCE_OVER_AGE = cite("QD294", "trên 60 tuổi chỉ kết nạp khi được ban thường vụ cấp ủy trực thuộc "
                       "Trung ương đồng ý bằng văn bản")  # fmt: skip

PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY = "primary", "lower_secondary", "upper_secondary"
EDUCATION_LEVELS = (
    (PRIMARY, "Tiểu học"),
    (LOWER_SECONDARY, "Trung học cơ sở"),
    (UPPER_SECONDARY, "Trung học phổ thông"),
)
_EDUCATION_ORDER = [code for code, _label in EDUCATION_LEVELS]
SOURCE_EDUCATION = cite("HD06", "về học vấn: tốt nghiệp trung học cơ sở trở lên; tiểu học chỉ ở "
                        "miền núi, biên giới, hải đảo, vùng đồng bào dân tộc, vùng khó khăn")  # fmt: skip

# -- sponsors (Điều lệ Điều 4) ---------------------------------------------------------------

TWO_MEMBERS, YOUTH_UNION, TRADE_UNION = "two_members", "youth_union", "trade_union"
SPONSOR_ROUTES = (
    (TWO_MEMBERS, "Hai đảng viên chính thức giới thiệu"),
    (YOUTH_UNION, "Ban Chấp hành đoàn cơ sở và một đảng viên chính thức giới thiệu"),
    (TRADE_UNION, "Ban Chấp hành công đoàn cơ sở và một đảng viên chính thức giới thiệu"),
)
ROUTE_LABELS = dict(SPONSOR_ROUTES)
# Đoàn members are 16 to 30 years old (Điều lệ Đoàn); "độ tuổi thanh niên" is read as up to 30.
YOUTH_MAX_AGE_YEARS = 30
SOURCE_ROUTE = cite("DIEU_LE", "Điều 4.1 (người trong độ tuổi thanh niên là đoàn viên, do Ban Chấp "
                    "hành đoàn cơ sở và một đảng viên chính thức giới thiệu; nơi không có tổ chức "
                    "Đoàn thì công đoàn viên do Ban Chấp hành công đoàn cơ sở và một đảng viên "
                    "chính thức giới thiệu)")  # fmt: skip
SOURCE_YOUTH_AGE = cite("DIEU_LE_DOAN", "độ tuổi đoàn viên từ 16 đến 30", status="I")
SOURCE_SPONSOR = cite("DIEU_LE", "Điều 4.2 (người giới thiệu là đảng viên chính thức, cùng công tác "
                      "với người vào Đảng ít nhất một năm)")  # fmt: skip
SOURCE_SPONSOR_TOGETHER = cite("QD294", "về người giới thiệu: cùng công tác, học tập hoặc cư trú "
                               "với người vào Đảng ít nhất 12 tháng", status="T")  # fmt: skip

# -- the file ----------------------------------------------------------------------------------

SOURCE_REVIEW = cite("DIEU_LE", "Điều 4.3 (chi ủy thẩm tra lại điều kiện, lấy ý kiến đoàn thể "
                     "trước khi chi bộ xét)")  # fmt: skip
SOURCE_ORDER = cite("HD06", "người vào Đảng viết đơn trước, khai lý lịch sau", status="T")
SOURCE_BACKGROUND = cite("HD06", "thẩm tra lý lịch; chi ủy chỉ nhận xét, kết luận sau khi có kết "
                         "quả thẩm tra", status="T")  # fmt: skip
SOURCE_CERTIFICATE = cite("HD06", "giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng có giá trị "
                          "60 tháng đến ngày chi bộ xét", status="T")  # fmt: skip
SOURCE_ONE_BY_ONE = cite("DIEU_LE", "Điều 4.3 (chi bộ xét từng người)")
SOURCE_VOTE = votes.SOURCE_TWO_THIRDS
SOURCE_WORKING_DAYS = cite(
    "DEFAULT", "ngày làm việc tính từ thứ Hai đến thứ Sáu, chưa trừ ngày lễ, Tết"
)
SOURCE_DECISION_ORDER = cite("DIEU_LE", "Điều 4.3 (cấp ủy cấp trên xem xét, quyết định sau khi có "
                             "nghị quyết của chi bộ)")  # fmt: skip

PROBATION_MONTHS = organization.PROBATION_MONTHS
SOURCE_PROBATION = organization.SOURCE_PROBATION


@dataclass(frozen=True)
class RuleSet:
    """One version of the admission rules: the texts, the form codes and the numbers."""

    code: str
    title: str
    short: str
    pending: bool  # announced but not verified against the text: a committee may still choose it
    texts: tuple[Citation, ...]
    forms_source: Citation
    forms: Mapping[str, str]  # form key → printed code, e.g. "resolution" → "6-KNĐ"
    decider: str  # who decides admission for a school cell, as the screens say it
    decider_source: Citation
    decision_source: Citation
    ceremony_source: Citation
    recognition_decision_source: Citation
    min_age_months: int = MIN_AGE_YEARS * 12
    max_age_months: int = MAX_AGE_YEARS * 12
    min_education: str = LOWER_SECONDARY
    sponsor_months: int = 12
    certificate_months: int = 60
    decision_working_days: int = 60
    decision_extension_working_days: int = 30
    ceremony_working_days: int = 30
    recognition_working_days: int = organization.RECOGNITION_WINDOW_WORKING_DAYS
    recognition_decision_working_days: int = 30
    notes: tuple[str, ...] = field(default_factory=tuple)

    def form(self, key: str) -> str:
        """'Mẫu 6-KNĐ' for a form key, '' where the set has no form for it."""
        code = self.forms.get(key, "")
        return f"Mẫu {code}" if code else ""

    @property
    def status_label(self) -> str:
        return "Chờ xác minh văn bản gốc" if self.pending else "Đang áp dụng"

    @property
    def in_force_from(self) -> dt.date | None:
        """The day its newest text was issued: a cell that votes earlier votes under the default."""
        days = [c.source.issued for c in self.texts if c.source.issued]
        return max(days) if days else None

    def applies_on(self, day: dt.date) -> bool:
        return self.in_force_from is None or day >= self.in_force_from


# HD 12-HD/BTCTW (2022), Phụ lục 2. Numbers marked [L]/[T]/[I] in the research are kept as data so
# that a committee's correction, or a 2026 renumbering, changes one table.
FORMS_2022 = {
    "certificate": "CN-NTVĐ",
    "application": "1-KNĐ",
    "life_history": "2-KNĐ",
    "sponsor": "3-KNĐ",
    "union_resolution": "4-KNĐ",
    "comments": "5-KNĐ",
    "resolution": "6-KNĐ",
    "decision": "9-KNĐ",
    "self_review": "10-KNĐ",
    "helper_review": "11-KNĐ",
    "probation_comments": "12-KNĐ",
    "recognition_resolution": "13-KNĐ",
    "recognition_decision": "16-KNĐ",
}

RULES_2025 = RuleSet(
    code="qd294_2025",
    title="Quy định 294-QĐ/TW, Hướng dẫn 06-HD/TW (2025) và các mẫu của Hướng dẫn 12-HD/BTCTW (2022)",
    short="QĐ 294 + HD 06 (2025)",
    pending=False,
    texts=(cite("DIEU_LE", "Điều 4, 5"), cite("QD294"), cite("HD06")),
    forms_source=cite("HD12_2022", "Phụ lục 2 (các mẫu …-KNĐ)"),
    forms=FORMS_2022,
    decider="Ban Thường vụ Đảng ủy cấp trên trực tiếp",
    decider_source=cite(
        "QD294",
        "ban thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng "
        "quyết định kết nạp; với chi bộ trường học sau năm 2025 là Ban Thường vụ "
        "Đảng ủy phường, xã",
        status="I",
    ),  # fmt: skip
    decision_source=cite(
        "QD294",
        "cấp ủy có thẩm quyền quyết định kết nạp trong 60 ngày làm việc kể "
        "từ ngày chi bộ có nghị quyết đề nghị (thêm 30 ngày làm việc trong trường "
        "hợp đặc biệt)",
    ),  # fmt: skip
    ceremony_source=cite(
        "QD294",
        "lễ kết nạp tổ chức trong 30 ngày làm việc kể từ ngày nhận quyết "
        "định; chậm hơn phải được cấp ủy cấp trên trực tiếp đồng ý",
    ),  # fmt: skip
    recognition_decision_source=cite(
        "QD294",
        "cấp ủy có thẩm quyền quyết định công nhận đảng viên "
        "chính thức trong 30 ngày làm việc kể từ ngày chi bộ có nghị "
        "quyết đề nghị",
    ),  # fmt: skip
)

RULES_2026 = RuleSet(
    code="qd208_2026",
    title="Quy định 208-QĐ/TW và Hướng dẫn 01-HD/TW (2026), chờ xác minh văn bản gốc",
    short="QĐ 208 + HD 01 (2026, chờ xác minh)",
    pending=True,
    texts=(cite("DIEU_LE", "Điều 4, 5"), cite("QD208_2026"), cite("HD01_2026")),
    # Whether the 2026 guide renumbers the forms is not known: the 2022 numbers are kept.
    forms_source=cite(
        "HD12_2022", "Phụ lục 2 (chưa rõ văn bản năm 2026 có đánh số lại mẫu hay không)", status="T"
    ),  # fmt: skip
    forms=FORMS_2022,
    decider="Ban Thường vụ Đảng ủy cơ sở (xã, phường, đặc khu)",
    decider_source=cite(
        "QD208_2026",
        "đảng bộ xã, phường, đặc khu là đảng bộ cơ sở; ban thường vụ "
        "đảng ủy cơ sở quyết định kết nạp",
    ),  # fmt: skip
    decision_source=cite(
        "QD208_2026", "thời hạn quyết định kết nạp (giữ 60 ngày làm việc như năm 2025)", status="I"
    ),  # fmt: skip
    ceremony_source=cite(
        "QD208_2026", "lễ kết nạp trong 30 ngày làm việc kể từ ngày nhận quyết định"
    ),
    recognition_decision_source=cite(
        "QD208_2026",
        "thời hạn quyết định công nhận chính thức (giữ 30 ngày làm việc như năm 2025)",
        status="I",
    ),  # fmt: skip
    notes=("Tuổi 18–60, tốt nghiệp trung học cơ sở, 12 tháng dự bị như năm 2025.",),
)

RULE_SETS: dict[str, RuleSet] = {r.code: r for r in (RULES_2025, RULES_2026)}
DEFAULT_RULE_SET = RULES_2025.code
SOURCE_RULE_SET_CHOICE = cite(
    "DEFAULT", "Đảng ủy chọn bộ quy định áp dụng cho các chi bộ trực thuộc"
)


def rule_set(code: str) -> RuleSet:
    """The set of this code; the default one for '' or a code no longer known."""
    return RULE_SETS.get(code) or RULE_SETS[DEFAULT_RULE_SET]


def rule_set_on(chosen: RuleSet, day: dt.date) -> RuleSet:
    """The set a vote on `day` is held under: the committee's choice once its texts exist,
    else the default (a 2026 text is never cited for a 2025 meeting)."""
    return chosen if chosen.applies_on(day) else RULE_SETS[DEFAULT_RULE_SET]


# -- small functions ---------------------------------------------------------------------------


def age_in_months(birth_date: dt.date, on: dt.date) -> int:
    """Whole months lived on `on` (the rule counts age in months)."""
    months = (on.year - birth_date.year) * 12 + on.month - birth_date.month
    return months - 1 if on.day < birth_date.day else months


def months_between(start: dt.date, end: dt.date) -> int:
    return age_in_months(start, end)


def _ym(months: int) -> str:
    years, rest = divmod(months, 12)
    return f"{years} tuổi {rest} tháng" if rest else f"{years} tuổi"


def age_problem(*, birth_date: dt.date | None, on: dt.date, rules: RuleSet,
                over_age_consent: str = "") -> str:  # fmt: skip
    """'' when the age fits on `on`; otherwise why not, in Vietnamese."""
    if birth_date is None:
        return f"Chưa có ngày sinh nên chưa tính được tuổi ({SOURCE_AGE.text})."
    months = age_in_months(birth_date, on)
    if months < rules.min_age_months:
        return (
            f"Ngày {on:%d/%m/%Y} quần chúng mới {_ym(max(months, 0))}, chưa đủ "
            f"{rules.min_age_months // 12} tuổi (tính theo tháng; {SOURCE_AGE.text})."
        )
    if months > rules.max_age_months and not over_age_consent.strip():
        return (
            f"Ngày {on:%d/%m/%Y} quần chúng đã {_ym(months)}, quá {rules.max_age_months // 12} tuổi; "
            f"cần văn bản đồng ý của cấp có thẩm quyền ({SOURCE_OVER_AGE.text})."
        )
    return ""


def education_problem(*, education: str, hardship_area: bool, rules: RuleSet) -> str:
    if education not in _EDUCATION_ORDER:
        return f"Chưa ghi trình độ học vấn ({SOURCE_EDUCATION.text})."
    if _EDUCATION_ORDER.index(education) >= _EDUCATION_ORDER.index(rules.min_education):
        return ""
    if education == PRIMARY and hardship_area:
        return ""
    return (
        "Người vào Đảng phải tốt nghiệp trung học cơ sở trở lên; trình độ tiểu học chỉ được xét ở "
        f"miền núi, biên giới, hải đảo, vùng đồng bào dân tộc, vùng khó khăn ({SOURCE_EDUCATION.text})."
    )


def certificate_expires(issued_on: dt.date, rules: RuleSet) -> dt.date:
    """The last day the awareness-course certificate is valid."""
    return organization.add_months(issued_on, rules.certificate_months)


def certificate_problem(*, issued_on: dt.date | None, on: dt.date, rules: RuleSet) -> str:
    if issued_on is None:
        return (
            "Chưa có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng "
            f"({SOURCE_CERTIFICATE.text})."
        )
    if issued_on > on:
        return f"Giấy chứng nhận cấp ngày {issued_on:%d/%m/%Y}, sau ngày {on:%d/%m/%Y}."
    expires = certificate_expires(issued_on, rules)
    if on > expires:
        return (
            f"Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng cấp ngày {issued_on:%d/%m/%Y} đã "
            f"hết hiệu lực từ ngày {expires:%d/%m/%Y} (có giá trị {rules.certificate_months} tháng; "
            f"{SOURCE_CERTIFICATE.text}). Quần chúng cần học lại lớp bồi dưỡng."
        )
    return ""


def expected_route(*, age_months: int, unit_has_youth_union: bool) -> str:
    """The sponsor route the Charter points to, from two facts (the chi ủy may choose otherwise,
    with a reason): a young person where there is a Đoàn organisation goes through the Đoàn; where
    there is none, through the công đoàn; otherwise two official members."""
    if not unit_has_youth_union:
        return TRADE_UNION
    if age_months < (YOUTH_MAX_AGE_YEARS + 1) * 12:
        return YOUTH_UNION
    return TWO_MEMBERS


def members_needed(route: str) -> int:
    """Official members who sign a sponsor letter: two, or one beside the organisation's resolution."""
    return 2 if route == TWO_MEMBERS else 1


def route_problem(*, route: str, expected: str, reason: str) -> str:
    if route not in ROUTE_LABELS:
        return "Chưa chọn cách giới thiệu người vào Đảng."
    if route != expected and not reason.strip():
        return (
            f"Theo {SOURCE_ROUTE.source.short} Điều 4.1, trường hợp này là “{ROUTE_LABELS[expected]}”; "
            f"chọn “{ROUTE_LABELS[route]}” thì chi ủy ghi rõ lý do ({SOURCE_YOUTH_AGE.text})."
        )
    return ""


def sponsor_problem(*, name: str, official: bool, together_since: dt.date | None, on: dt.date,
                    rules: RuleSet) -> str:  # fmt: skip
    """'' when the member can sponsor on `on`: official, and together with the candidate at
    least 12 months (party seniority does not matter)."""
    if not official:
        return (
            f"Đồng chí {name} chưa là đảng viên chính thức nên không được giới thiệu người vào Đảng "
            f"({SOURCE_SPONSOR.text})."
        )
    if together_since is None:
        return f"Hãy ghi đồng chí {name} cùng công tác, học tập hoặc cư trú với quần chúng từ ngày nào."
    months = months_between(together_since, on)
    if months < rules.sponsor_months:
        return (
            f"Đồng chí {name} mới cùng công tác, học tập hoặc cư trú với quần chúng từ ngày "
            f"{together_since:%d/%m/%Y} ({max(months, 0)} tháng); người giới thiệu phải cùng công tác "
            f"ít nhất {rules.sponsor_months} tháng ({SOURCE_SPONSOR.text}; {SOURCE_SPONSOR_TOGETHER.text})."
        )
    return ""


def vote_outcome(*, yes: int, no: int, abstain: int, official_members: int) -> votes.Outcome:
    """The cell's vote on one candidate, counted once for the whole app by chibo.rules.votes."""
    return votes.decide(kind=votes.ADMISSION, yes=yes, no=no, abstain=abstain,
                        official_members=official_members)  # fmt: skip


def vote_problem(outcome: votes.Outcome) -> str:
    if outcome.passed:
        return ""
    need = votes.needed(kind=votes.ADMISSION, denominator=outcome.denominator)
    return (
        f"Chi bộ biểu quyết không đạt: {outcome.yes}/{outcome.denominator} đảng viên chính thức tán "
        f"thành, cần ít nhất {need}. {votes.rule_text(votes.ADMISSION)}"
    )


# -- deadlines ---------------------------------------------------------------------------------


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The day `days` working days (Monday–Friday) after `start`; holidays are not known."""
    day = start
    left = days
    while left > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def working_days_late(due: dt.date, today: dt.date) -> int:
    return working_days_between(due, today) if today > due else 0


def decision_due(resolution_on: dt.date, rules: RuleSet) -> dt.date:
    return add_working_days(resolution_on, rules.decision_working_days)


def ceremony_due(received_on: dt.date, rules: RuleSet) -> dt.date:
    return add_working_days(received_on, rules.ceremony_working_days)


def recognition_due(ceremony_on: dt.date, rules: RuleSet) -> dt.date:
    """The cell considers recognition within N working days of the end of probation."""
    return add_working_days(
        organization.probation_ends(ceremony_on), rules.recognition_working_days
    )


def recognition_decision_due(resolution_on: dt.date, rules: RuleSet) -> dt.date:
    return add_working_days(resolution_on, rules.recognition_decision_working_days)


def decision_order_problem(*, decision_date: dt.date, resolution_on: dt.date | None,
                           what: str = "kết nạp") -> str:  # fmt: skip
    """A superior's decision is taken on the cell's resolution, never before it."""
    if resolution_on is None:
        return f"Chi bộ chưa có nghị quyết đề nghị {what}; chưa thể ghi quyết định của cấp trên."
    if decision_date < resolution_on:
        return (
            f"Ngày quyết định ({decision_date:%d/%m/%Y}) trước ngày nghị quyết của chi bộ "
            f"({resolution_on:%d/%m/%Y}): cấp trên chỉ quyết định sau khi chi bộ có nghị quyết đề "
            f"nghị ({SOURCE_DECISION_ORDER.text})."
        )
    return ""


def ceremony_problem(*, on: dt.date, received_on: dt.date, rules: RuleSet, consent: str) -> str:
    if on < received_on:
        return (
            f"Lễ kết nạp ({on:%d/%m/%Y}) không thể trước ngày nhận quyết định kết nạp "
            f"({received_on:%d/%m/%Y})."
        )
    due = ceremony_due(received_on, rules)
    if on > due and not consent.strip():
        return (
            f"Lễ kết nạp phải tổ chức chậm nhất ngày {due:%d/%m/%Y} ({rules.ceremony_working_days} ngày "
            f"làm việc kể từ ngày nhận quyết định; {rules.ceremony_source.text}). Tổ chức muộn hơn "
            "cần ghi văn bản đồng ý của cấp ủy cấp trên trực tiếp."
        )
    return ""


SOURCES = (
    SOURCE_AGE, SOURCE_EDUCATION, SOURCE_ROUTE, SOURCE_SPONSOR, SOURCE_SPONSOR_TOGETHER,
    SOURCE_CERTIFICATE, SOURCE_REVIEW, SOURCE_ONE_BY_ONE, SOURCE_VOTE, SOURCE_PROBATION,
    SOURCE_WORKING_DAYS,
)  # fmt: skip
