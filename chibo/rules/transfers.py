"""Moving a member's Party activity to another organisation (chuyển sinh hoạt đảng), after
Quy định 294-QĐ/TW point 6.3 (in force 01/7/2025; the same deadlines as QĐ 29/2016 and QĐ 24/2021).

- Official transfer: the member starts the procedure within 60 working days of the decision
  taking effect (new post, retirement, leaving) or of the change of residence, and presents the
  letter to the receiving chi ủy within 30 working days of being introduced (6.3.1).
- Temporary transfer: a stay of 3 months to under a year (study, work elsewhere) then back: the
  wording of QĐ 29/2016 and QĐ 24/2021; QĐ 294's own wording was not read (status T).
- No transfer while the member is under inspection (6.3.1, as the project's rule research reads it).
Working days are Monday to Friday; public holidays are not known to the product.
"""

from __future__ import annotations

import datetime as dt

from .admission import add_working_days
from .sources import cite

START_WORKING_DAYS = 60
PRESENT_WORKING_DAYS = 30

SOURCE_START = cite("QD294", "điểm 6.3.1 (làm thủ tục trong 60 ngày làm việc)")
SOURCE_PRESENT = cite("QD294", "điểm 6.3.1 (xuất trình giấy giới thiệu trong 30 ngày làm việc)")
SOURCE_TEMPORARY = cite(
    "QD294", "điểm 6.3.2 (chuyển sinh hoạt tạm thời từ 3 tháng đến dưới 1 năm)", status="T"
)
SOURCE_NO_TRANSFER = cite(
    "QD294", "điểm 6.3.1 (không chuyển sinh hoạt đảng khi đảng viên đang bị kiểm tra)"
)
SOURCE_LETTER = cite(
    "HD12_2022", "giấy giới thiệu sinh hoạt đảng (số hiệu mẫu chưa đối chiếu)", status="I"
)

NO_TRANSFER_MESSAGE = (
    "Đảng viên đang trong một cuộc kiểm tra chưa kết thúc, chưa thể chuyển sinh hoạt đảng. "
    f"Căn cứ: {SOURCE_NO_TRANSFER.full}."
)


def start_due(cause_on: dt.date) -> dt.date:
    """The last day to start the transfer: 60 working days after the decision or the move."""
    return add_working_days(cause_on, START_WORKING_DAYS)


def present_due(issued_on: dt.date) -> dt.date:
    """The last day to present the letter to the receiving chi ủy."""
    return add_working_days(issued_on, PRESENT_WORKING_DAYS)
