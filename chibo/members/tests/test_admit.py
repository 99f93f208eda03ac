"""Member.admit: the ceremony's verb (called by the admission file) makes a probationary member."""

import datetime as dt

import pytest

from chibo.audit.models import AuditEntry
from chibo.members.models import Member, MemberError

pytestmark = pytest.mark.django_db


def test_a_member_admitted_at_the_ceremony_is_probationary_from_that_day(world):
    member = Member.admit(cell=world.cell, by=world.secretary.user, on=dt.date(2026, 3, 2),
                          decision="45-QĐ/ĐU ngày 20/02/2026", full_name="Lê Văn An", gender="male")  # fmt: skip
    assert member.status == Member.Status.PROBATIONARY and member.admission_date == dt.date(
        2026, 3, 2
    )
    assert member.probation_ends == dt.date(2027, 3, 2) and member.card_number == ""
    entry = AuditEntry.objects.get(action="member.admit")
    assert entry.after["decision"] == "45-QĐ/ĐU ngày 20/02/2026"


def test_status_and_dates_are_not_the_callers_to_choose(world):
    with pytest.raises(MemberError, match="dự bị từ ngày lễ kết nạp"):
        Member.admit(cell=world.cell, by=world.secretary.user, on=dt.date(2026, 3, 2), decision="45-QĐ/ĐU",
                     full_name="Lê Văn An", gender="male", status=Member.Status.OFFICIAL)  # fmt: skip
    assert not Member.objects.filter(full_name="Lê Văn An").exists()
