"""A cell's inspection and supervision (kiểm tra, giám sát) and what it may record of discipline.

Texts in force: Điều lệ Đảng Chương VII (kiểm tra, giám sát) and Chương VIII (kỷ luật); Quy định
296-QĐ/TW (30/5/2025), which replaced Quy định 22-QĐ/TW (2021); Hướng dẫn 08-HD/TW (10/6/2025),
which replaced Hướng dẫn 02-HD/TW (2021). The press confirms QĐ 296's date and what it replaced;
its article-by-article wording and HD 08 were not read, so a detail carried over from QĐ 22 /
QĐ 30 into QĐ 296 is marked "I" (to verify), and the cell's step-by-step practice comes from a
province's published procedure for cells ("L").

What the product does, and what it never does:
- the cell's duties are recorded as a programme for the year and its cases (kiểm tra /
  giám sát; thường xuyên / chuyên đề), each case concluded by the cell in a meeting by vote;
- discipline is decided by the competent body (the chi bộ itself only for khiển trách and
  cảnh cáo of its members, Điều lệ Điều 36.1); the product records the body, the form, the
  decision number and date, and never proposes or decides a form itself.
"""

from __future__ import annotations

from . import votes
from .sources import cite

# -- what the cell must do ------------------------------------------------------------------

SOURCE_DUTY = cite(
    "DIEU_LE",
    "Chương VII, Điều 30 (kiểm tra, giám sát là chức năng lãnh đạo của Đảng; tổ chức đảng kiểm tra, "
    "giám sát đảng viên chấp hành Cương lĩnh, Điều lệ, nghị quyết)",
)
SOURCE_DEFINITIONS = cite(
    "QD30_2016",
    "Điều 30, tiết 1.1 (kiểm tra là xem xét, đánh giá, kết luận ưu điểm, khuyết điểm, vi phạm; giám sát "
    "thường xuyên và giám sát chuyên đề)",
)
SOURCE_REGULATION = cite("QD296", "công tác kiểm tra, giám sát và kỷ luật của Đảng")
SOURCE_GUIDE = cite("HD08_2025", "hướng dẫn thực hiện Quy định 296-QĐ/TW")
# The cell's duties in the programme: its members' compliance, the fee book, the mass
# organisations it leads. The fee book and mass organisations are named by the cells' own plans
# (seed plans 003 §4.6 and 004 §5) and by the ward's inspection of fees.
SOURCE_FEES = cite(
    "CELL_PLAN", "kiểm tra, giám sát việc thu, nộp, sử dụng đảng phí theo kế hoạch của Đảng ủy"
)
SOURCE_MASS_ORGS = cite(
    "CELL_PLAN", "kiểm tra, giám sát các đoàn thể trong nhà trường thực hiện nghị quyết"
)
SOURCE_FINANCE_STAFF = cite(
    "CELL_PLAN",
    "kiểm tra, giám sát thường xuyên đảng viên phụ trách tài chính, hành chính – nhân sự",
)

INSPECTION = "inspection"
SUPERVISION = "supervision"
KINDS = ((INSPECTION, "Kiểm tra"), (SUPERVISION, "Giám sát"))

REGULAR = "regular"
THEMATIC = "thematic"
MODES = ((REGULAR, "Thường xuyên"), (THEMATIC, "Chuyên đề"))
SOURCE_MODES = cite("QD30_2016", "Điều 30 (giám sát thường xuyên và giám sát chuyên đề)")

MEMBER = "member"
FEE_BOOK = "fee_book"
MASS_ORG = "mass_org"
SUBJECTS = (
    (MEMBER, "Đảng viên"),
    (FEE_BOOK, "Việc thu, nộp, sử dụng đảng phí"),
    (MASS_ORG, "Đoàn thể thực hiện nghị quyết"),
)
SUBJECT_SOURCES = {MEMBER: SOURCE_DUTY, FEE_BOOK: SOURCE_FEES, MASS_ORG: SOURCE_MASS_ORGS}

# -- how the cell runs a case (published procedure of a province for its cells) ------------

SOURCE_PROGRAMME = cite(
    "BP1127",
    "bước chuẩn bị: đầu năm Bí thư dự thảo kế hoạch kiểm tra, giám sát năm (đối tượng, nội dung, thời "
    "gian, phương pháp); chi bộ họp thống nhất và ban hành",
)
SOURCE_NOTICE = cite(
    "BP1127",
    "Bí thư thông báo nội dung, thời gian kiểm tra cho đảng viên được kiểm tra tại kỳ họp liền trước",
)
SOURCE_EXPLANATION = cite(
    "BP1127",
    "đảng viên được kiểm tra báo cáo tự kiểm tra, giải trình, bổ sung những vấn đề cần làm rõ",
)
SOURCE_CONCLUSION = cite(
    "BP1127", "bước kết thúc: chi bộ tổ chức hội nghị xem xét, kết luận; có biên bản"
)
# Who adopts a conclusion: the cell, in a meeting, by the Charter's ordinary majority (more than
# half of the official members summoned, less the point-9.3 exclusions; chibo.rules.votes).
CONCLUSION_VOTE_KIND = votes.ORDINARY
SOURCE_CONCLUSION_VOTE = votes.SOURCE_ORDINARY
# The cell's conclusion is issued as a notice (Thông báo kết luận kiểm tra / kết quả giám sát).
SOURCE_DOCUMENT = cite("HD36", "thể thức văn bản của Đảng")

# -- deadlines ------------------------------------------------------------------------------

# A case is due when the programme item's time window ends (the cell's own plan), or, opened
# outside the programme, on the date the chi bộ set when opening it. No national deadline for a
# cell's own inspection was found.
SOURCE_DUE = cite("CELL_PLAN", "thời gian kiểm tra, giám sát ghi trong kế hoạch")
SOURCE_DUE_AD_HOC = cite("CELL_PLAN", "thời hạn chi bộ định khi mở cuộc kiểm tra đột xuất")
# Days after the due date before the committee dashboard lists a case (configurable default).
OVERDUE_GRACE_DAYS = 0

# -- discipline: recorded, never decided by the product -------------------------------------

REPRIMAND = "reprimand"
WARNING = "warning"
DISMISSAL = "dismissal"
EXPULSION = "expulsion"
DISCIPLINE_FORMS = (
    (REPRIMAND, "Khiển trách"),
    (WARNING, "Cảnh cáo"),
    (DISMISSAL, "Cách chức"),
    (EXPULSION, "Khai trừ"),
)
SOURCE_FORMS = cite("QD22_2021", "Điều 10 (hình thức kỷ luật đảng viên chính thức: khiển trách, cảnh cáo, "
                    "cách chức, khai trừ; đảng viên dự bị: khiển trách, cảnh cáo)")  # fmt: skip
PROBATIONARY_FORMS = frozenset({REPRIMAND, WARNING})

CELL_BODY = "cell"
UPPER_BODY = "upper"
BODIES = ((CELL_BODY, "Chi bộ"), (UPPER_BODY, "Tổ chức đảng cấp trên có thẩm quyền"))
# The chi bộ may itself decide khiển trách and cảnh cáo of its members; anything else is decided
# by the committee above (the chi bộ only proposes).
CELL_MAY_DECIDE = frozenset({REPRIMAND, WARNING})
SOURCE_CELL_AUTHORITY = cite(
    "DIEU_LE",
    "Điều 36, điểm 1 (chi bộ quyết định khiển trách, cảnh cáo đảng viên trong chi bộ vi phạm phẩm chất chính "
    "trị, tư tưởng, đạo đức, lối sống, sinh hoạt đảng, thực hiện nhiệm vụ đảng viên)",
)
# The cell's own vote on discipline: more than half of all its official members (khai trừ: at
# least two thirds). Confirmed for QĐ 22 Điều 15 point 3.3; QĐ 296 is taken to keep it.
SOURCE_DISCIPLINE_VOTE = cite(
    "QD22_2021", "Điều 15, điểm 3 (trên một nửa số đảng viên chính thức; khai trừ ít nhất 2/3)"
)
SOURCE_DISCIPLINE_VOTE_NOW = cite(
    "QD296", "giữ tỷ lệ biểu quyết kỷ luật của Quy định 22-QĐ/TW", status="I"
)


def discipline_vote(
    *, form: str, yes: int, no: int, abstain: int, official_members: int
) -> votes.Outcome:
    """The chi bộ's vote on a discipline form, counted on ALL its official members (nobody is
    excluded): more than half, or at least two thirds for khai trừ."""
    kind = votes.ADMISSION if form == EXPULSION else votes.ORDINARY
    return votes.decide(
        kind=kind, yes=yes, no=no, abstain=abstain, official_members=official_members, excluded=0
    )


def discipline_rule_text(form: str) -> str:
    share = "ít nhất 2/3" if form == EXPULSION else "trên một nửa"
    return (f"Kỷ luật phải được {share} tổng số đảng viên chính thức của chi bộ biểu quyết tán thành "
            f"({SOURCE_DISCIPLINE_VOTE.full}; {SOURCE_DISCIPLINE_VOTE_NOW.text}).")  # fmt: skip


def cell_may_decide(form: str) -> bool:
    return form in CELL_MAY_DECIDE


# -- an open case holds other files ----------------------------------------------------------

# A member under inspection is not transferred until the case is closed (QĐ 294 point 6.3.1,
# chibo.rules research: "no transfer while under inspection or complaint").
# The transfer rule (no transfer during an open inspection, QĐ 294 point 6.3.1) lives in
# chibo.rules.transfers.SOURCE_NO_TRANSFER: one rule, one home.
