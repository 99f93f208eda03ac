"""The share a cell keeps: set by a committee, read up the tree (nearest wins), no default;
every page and file that needs it says plainly when it is unset."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from chibo.audit.models import AuditEntry
from chibo.fees.models import NO_SHARE, FeeError, RetentionShare, share_for_cell

from .helpers import basis, pay

pytestmark = pytest.mark.django_db


def _decide(committee, percent, by=None):
    return RetentionShare.decide(committee=committee, percent=percent, decision="Quyết định số 12-QĐ/ĐU",
                                 decided_on=dt.date(2026, 2, 5), by=by)  # fmt: skip


def test_there_is_no_default_share(world):
    assert share_for_cell(world.cell) is None
    assert NO_SHARE == "Đảng ủy chưa quy định tỷ lệ trích giữ lại"


def test_the_nearest_committee_up_the_tree_wins(world):
    _decide(world.committee.parent, 30)
    assert share_for_cell(world.cell).percent == 30
    assert share_for_cell(world.other_cell).percent == 30
    _decide(world.committee, 40)
    assert share_for_cell(world.cell).percent == 40
    assert share_for_cell(world.other_cell).percent == 30


def test_a_change_is_audited_with_before_and_after(world):
    _decide(world.committee, 30, by=world.officer)
    _decide(world.committee, 35, by=world.officer)
    entry = AuditEntry.objects.filter(action="fees.retention_share").first()
    assert (entry.before["percent"], entry.after["percent"]) == (30, 35)
    assert entry.committee == world.committee and entry.actor == world.officer
    assert RetentionShare.objects.count() == 1


def test_a_share_out_of_range_is_refused(world):
    with pytest.raises(FeeError, match="từ 0 đến 100%"):
        _decide(world.committee, 101)


def test_every_page_says_when_the_share_is_unset(december, world, secretary_client, officer_client):
    basis(world.member)
    pay(world.member, 70_000, dt.date(2026, 12, 4), today=dt.date(2026, 12, 15))
    pages = [
        secretary_client.get(reverse("fees:book", args=[world.cell.pk])),
        secretary_client.get(reverse("fees:remittances", args=[world.cell.pk])),
        officer_client.get(reverse("fees:committee", args=[world.committee.pk])),
    ]
    for page in pages:
        assert NO_SHARE in page.content.decode()
    _decide(world.committee, 30)
    book = secretary_client.get(reverse("fees:book", args=[world.cell.pk])).content.decode()
    assert NO_SHARE not in book
    assert "Trích giữ lại 30%" in book and "21.000\u00a0đ" in book and "49.000\u00a0đ" in book


def test_an_officer_sets_the_share_on_the_committee_page(december, world, officer_client):
    response = officer_client.post(reverse("fees:share", args=[world.committee.pk]), {
        "percent": "30", "decision": "Quyết định số 12-QĐ/ĐU", "decided_on": "2026-02-05"})  # fmt: skip
    assert response.status_code == 302
    assert share_for_cell(world.cell).percent == 30
    response = officer_client.post(reverse("fees:share", args=[world.committee.pk]), {
        "percent": "130", "decision": "x", "decided_on": "2026-02-05"}, follow=True)  # fmt: skip
    assert "Tỷ lệ phải từ 0 đến 100%." in response.content.decode()
    assert share_for_cell(world.cell).percent == 30
