"""Demo kiểm tra, giám sát for Hoa Mai (seed 003 §4.6, seed 004 §5): the programme of the year,
issued; a closed inspection of the fee book (answered by the treasurer, concluded by the cell's
vote, its notice issued); an open inspection of a member who stopped paying, past its due date
so that it shows on "Việc hôm nay" and on the committee dashboard.

Dates count back from today. Idempotent: nothing is added once the cell has a programme.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from chibo.inspections.models import Case, Programme
from chibo.members.models import Member, Role
from chibo.organizations.models import Cell
from chibo.rules import inspection as rules

CELL = "Chi bộ Trường Mầm non Hoa Mai"
DEPUTY = "Nguyễn Thị Thanh Hương"
COMMITTEE_MEMBER = "Lê Thị Minh Nguyệt"
UNPAID = "Lương Thị Thảo"  # flagged in the fee book demo


@transaction.atomic
def load_inspections_demo(today: dt.date | None = None) -> None:
    cell = Cell.objects.filter(name=CELL).first()
    if cell is None or Programme.objects.filter(cell=cell).exists():
        return
    today = today or timezone.localdate()
    members = {m.full_name: m for m in Member.objects.for_cell(cell).current()}
    secretary = next((m for m in members.values() if m.role == Role.SECRETARY), None)
    if secretary is None or secretary.user is None or UNPAID not in members:
        return
    by = secretary.user

    def day(days_ago: int) -> dt.date:
        return today - dt.timedelta(days=days_ago)

    programme = Programme.create(cell=cell, year=day(20).year, by=by, purpose=(
        "Kiểm tra, giám sát đảng viên chấp hành Điều lệ Đảng, nghị quyết và quy chế của Đảng; kiểm tra việc thu, "
        "nộp, sử dụng đảng phí theo kế hoạch của Đảng ủy phường; giám sát các đoàn thể trong nhà trường thực hiện "
        "nghị quyết. Kịp thời nhắc nhở, uốn nắn, không để khuyết điểm kéo dài."))  # fmt: skip
    fees = programme.add_item(by=by, kind=rules.INSPECTION, mode=rules.THEMATIC, subject_kind=rules.FEE_BOOK,
                              subject_member=None, subject_org="",
                              content="Kiểm tra việc thu, nộp, sử dụng đảng phí và sổ thu, nộp đảng phí",
                              starts_on=day(90), ends_on=day(20), performers=[members[DEPUTY]])  # fmt: skip
    member = programme.add_item(by=by, kind=rules.INSPECTION, mode=rules.THEMATIC, subject_kind=rules.MEMBER,
                                subject_member=members[UNPAID], subject_org="",
                                content="Kiểm tra đảng viên chấp hành nghĩa vụ đóng đảng phí",
                                starts_on=day(40), ends_on=day(3), performers=[members[COMMITTEE_MEMBER]])  # fmt: skip
    programme.add_item(by=by, kind=rules.SUPERVISION, mode=rules.REGULAR, subject_kind=rules.MASS_ORG,
                       subject_member=None, subject_org="Công đoàn trường",
                       content="Giám sát Công đoàn trường thực hiện nghị quyết của chi bộ về phong trào thi đua",
                       starts_on=day(60), ends_on=day(-60), performers=[members[DEPUTY], members[COMMITTEE_MEMBER]])  # fmt: skip
    programme.issue(by=by, on=day(95))

    closed = Case.open_case(cell=cell, by=by, item=fees, opened_on=day(60))
    closed.record_findings(by=by, on=day(45), text=(
        "Sổ thu, nộp đảng phí ghi đầy đủ từng tháng, có chữ ký người nộp; số thu khớp với chứng từ nộp cấp trên.\n"
        "Một số tháng nộp lên Đảng ủy phường chậm 5 đến 7 ngày so với lịch."))  # fmt: skip
    closed.record_explanation(by=by, on=day(40), text=(
        "Việc nộp chậm do chờ đảng viên nộp qua Cổng Dịch vụ công đối chiếu xong; từ nay nộp đúng lịch."))  # fmt: skip
    closed.propose(by=by, text=(
        "Chi bộ thực hiện thu, nộp đảng phí đúng quy định, sổ sách rõ ràng, minh bạch.\n"
        "Đồng chí thu đảng phí khắc phục việc nộp chậm, nộp cấp trên đúng lịch hằng tháng."))  # fmt: skip
    officials = Member.objects.filter(cell=cell, status=Member.Status.OFFICIAL).count()
    closed.adopt(by=by, on=day(30), votes_for=officials - 2, votes_against=0, excluded=2)
    closed.issue_conclusion(by=by, on=day(28))
    closed.close(by=by, on=day(25))

    opened = Case.open_case(cell=cell, by=by, item=member, opened_on=day(30))
    opened.record_findings(by=by, on=day(10), text=(
        "Đồng chí chưa nộp đảng phí ba tháng liên tiếp; sổ thu, nộp đảng phí đã đánh dấu."))  # fmt: skip
