"""An inspection case past its due date is on the chi ủy's "Việc hôm nay", one tap from the case;
a member does not see it, and a closed case leaves the list."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from chibo.inspections.tests.helpers import ago, open_member_case, to_proposed

pytestmark = pytest.mark.django_db


def _lines(response) -> list[tuple[str, str]]:
    return re.findall(r'data-kind="([^"]*)">\s*<a href="([^"]*)"', response.content.decode())


def test_an_overdue_case_is_on_the_secretarys_list_until_closed(
    world, secretary_client, member_client
):
    case = open_member_case(world, due_on=ago(3))
    line = ("inspection_case", reverse("inspections:case", args=[case.pk]))
    home = secretary_client.get(reverse("home"))
    assert line in _lines(home)
    assert "Quá hạn" in home.content.decode()
    assert line not in _lines(member_client.get(reverse("home")))

    to_proposed(world, case)
    case.adopt(by=world.secretary.user, on=ago(1), votes_for=2, votes_against=0)
    case.issue_conclusion(by=world.secretary.user)
    case.close(by=world.secretary.user)
    assert line not in _lines(secretary_client.get(reverse("home")))
