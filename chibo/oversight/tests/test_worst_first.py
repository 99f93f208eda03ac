"""The committee dashboard lists the cells most behind first (a phone shows the top of the list
only); "Xếp theo tên" gives the alphabetical order back. Plain labels, no codes."""

from __future__ import annotations

import pytest
from django.urls import reverse

from chibo.conftest import make_cell
from chibo.meetings.tests.helpers import make_task

pytestmark = pytest.mark.django_db


def _order(html: str, names: list[str]) -> list[str]:
    return sorted(names, key=lambda name: html.index(f">{name}</a>"))


def test_the_cell_with_overdue_tasks_comes_first(world, officer_client):
    other = make_cell(world.committee, "Chi bộ An Bình")
    make_task(world, days=-5)  # world.cell has an overdue task
    names = [other.name, world.cell.name]
    url = reverse("oversight:committee", args=[world.committee.pk])
    html = officer_client.get(url).content.decode()
    assert _order(html, names) == [world.cell.name, other.name]
    assert "Thường kỳ" in html and ">TK " not in html and "Vi phạm" not in html
    by_name = officer_client.get(url + "?order=name").content.decode()
    assert _order(by_name, names) == [other.name, world.cell.name]
