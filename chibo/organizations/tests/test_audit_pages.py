import datetime as dt

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_secretary_sees_the_cell_log(world, secretary_client):
    world.member.update(by=world.secretary.user, phone="0912345678")
    body = secretary_client.get(
        reverse("organizations:cell_audit", args=[world.cell.pk])
    ).content.decode()
    assert "Sửa thông tin đảng viên" in body and "0912345678" in body
    assert "member.update" not in body


def test_officer_sees_log_of_cells_below_only(world, officer_client):
    world.member.update(by=world.secretary.user, phone="0912345678")
    world.other_secretary.update(by=world.other_secretary.user, phone="0987654321")
    response = officer_client.get(
        reverse("organizations:committee_audit", args=[world.committee.pk])
    )
    body = response.content.decode()
    assert "0912345678" in body and "0987654321" not in body


def test_committee_page_lists_cells_below_with_counts(
    world, officer_client, django_assert_num_queries
):
    url = reverse("organizations:committee", args=[world.committee.pk])
    officer_client.get(url)
    with django_assert_num_queries(5):  # was 8: session cached, layout facts in the user query
        response = officer_client.get(url)
    assert world.cell.name in response.content.decode()
    assert world.other_cell.name not in response.content.decode()


def test_role_change_is_audited(world):
    from chibo.audit.models import AuditEntry
    from chibo.members.models import Role

    world.member.assign_role(Role.COMMITTEE_MEMBER, on=dt.date(2026, 1, 5), by=world.secretary.user)
    entry = AuditEntry.objects.get(action="member.role")
    assert entry.before == {"role": "member"} and entry.after["role"] == "committee_member"
