"""Exemptions and reductions: granted with their decision, refused when longer than twelve
months (hardship), overlapping, or reaching into a closed month."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.fees.models import FeeError, FeeRelief
from chibo.rules import fees as rules

from .helpers import basis, close

pytestmark = pytest.mark.django_db


def _grant(member, first, last, kind=rules.REDUCE_50, reason=rules.HARDSHIP):
    return FeeRelief.grant(member=member, kind=kind, reason=reason, first_month=first, last_month=last,
                           decision="Nghị quyết chi bộ số 05-NQ/CB", decided_on=first, by=None)  # fmt: skip


def test_a_reduction_of_twelve_months_is_granted_and_audited(world):
    relief = _grant(world.member, dt.date(2026, 3, 1), dt.date(2027, 2, 1))
    assert relief.period_text == "từ 03/2026 đến 02/2027"
    assert AuditEntry.objects.get(action="fees.relief").after["kind"] == rules.REDUCE_50


def test_it_refuses_a_reduction_longer_than_twelve_months(world):
    with pytest.raises(FeeError, match="không quá 12 tháng; đề nghị này 13 tháng"):
        _grant(world.member, dt.date(2026, 3, 1), dt.date(2027, 3, 1))
    assert not FeeRelief.objects.exists()


def test_it_refuses_overlapping_reliefs(world):
    _grant(world.member, dt.date(2026, 3, 1), dt.date(2026, 6, 1))
    with pytest.raises(FeeError, match="Trùng thời gian"):
        _grant(world.member, dt.date(2026, 6, 1), dt.date(2026, 8, 1))
    with pytest.raises(FeeError, match="Trùng thời gian"):
        _grant(
            world.member, dt.date(2026, 2, 1), None, kind=rules.EXEMPT, reason=rules.SENIORITY_50
        )
    _grant(world.member, dt.date(2026, 7, 1), dt.date(2026, 8, 1))


def test_it_refuses_a_relief_reaching_into_a_closed_month(world):
    basis(world.member)
    basis(world.secretary)
    close(world.cell, dt.date(2026, 2, 1))
    with pytest.raises(FeeError, match="Tháng 02/2026 đã khóa sổ"):
        _grant(world.member, dt.date(2026, 2, 1), dt.date(2026, 4, 1))


def test_the_page_refuses_thirteen_months_in_vietnamese(december, world, secretary_client):
    response = secretary_client.post(reverse("fees:reliefs", args=[world.cell.pk]), {
        "member": world.member.pk, "kind": rules.REDUCE_30, "reason": rules.HARDSHIP,
        "first_month": "2026-12", "last_month": "2027-12", "decision": "Nghị quyết số 09-NQ/CB",
        "decided_on": "2026-12-03",
    })  # fmt: skip
    assert response.status_code == 200
    assert (
        "Mỗi lần miễn, giảm không quá 12 tháng; đề nghị này 13 tháng" in response.content.decode()
    )
    assert not FeeRelief.objects.exists()
