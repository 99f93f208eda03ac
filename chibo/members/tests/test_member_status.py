import datetime as dt

import pytest

from chibo.conftest import make_member
from chibo.members.models import Member, MemberError, Role

pytestmark = pytest.mark.django_db


def test_transfer_out_ends_the_role_and_leaves_the_current_list(world):
    world.member.assign_role(Role.COMMITTEE_MEMBER, on=dt.date(2025, 7, 1), by=world.secretary.user)
    world.member.transfer_out(
        on=dt.date(2026, 2, 1), by=world.secretary.user, to="Chi bộ Trường Tiểu học Yên Hòa"
    )
    world.member.refresh_from_db()
    assert world.member.status == Member.Status.TRANSFERRED
    assert world.member.role == Role.MEMBER
    assert world.member.role_history.get().end == dt.date(2026, 2, 1)
    assert world.member not in Member.objects.for_cell(world.cell).current()


def test_removal_needs_a_reason(world):
    with pytest.raises(MemberError, match="lý do"):
        world.member.remove_from_list(on=dt.date(2026, 2, 1), by=world.secretary.user, note=" ")


def test_one_secretary_at_a_time(world):
    with pytest.raises(MemberError, match="đã có Bí thư"):
        world.member.assign_role(Role.SECRETARY, on=dt.date(2026, 1, 1), by=world.secretary.user)


def test_a_probationary_member_cannot_be_secretary(world):
    member = make_member(world.cell, "Mai Thị Phương", status=Member.Status.PROBATIONARY)
    with pytest.raises(MemberError, match="chính thức"):
        member.assign_role(Role.DEPUTY_SECRETARY, on=dt.date(2026, 1, 1), by=world.secretary.user)


@pytest.mark.parametrize(
    ("admitted", "today", "flag"),
    [
        (dt.date(2025, 1, 10), dt.date(2025, 12, 10), ""),  # 31 days left
        (dt.date(2025, 1, 10), dt.date(2025, 12, 11), "due"),  # exactly 30 days left
        (dt.date(2025, 1, 10), dt.date(2026, 1, 10), "overdue"),  # 12 months reached
        (dt.date(2025, 1, 10), dt.date(2026, 5, 1), "overdue"),
    ],
)
def test_probation_flag_edges(world, admitted, today, flag):
    member = make_member(
        world.cell, "Mai Thị Phương", status=Member.Status.PROBATIONARY, admission_date=admitted
    )
    assert member.probation_flag(today) == flag


def test_probation_end_handles_month_ends(world):
    member = make_member(
        world.cell,
        "Mai Thị Phương",
        status=Member.Status.PROBATIONARY,
        admission_date=dt.date(2024, 2, 29),
    )
    assert member.probation_ends == dt.date(2025, 2, 28)
