"""The "Việc hôm nay" registry: providers add items, the list is sorted by urgency, a broken
provider is skipped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from chibo.lib import today
from chibo.lib.today import OVERDUE, SOON, TODAY, Item, Who

DAY = dt.date(2026, 12, 2)


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(today, "_providers", {})
    yield


def test_urgency_from_the_due_date() -> None:
    assert today.urgency_of(DAY - dt.timedelta(days=1), DAY) == OVERDUE
    assert today.urgency_of(DAY + dt.timedelta(days=1), DAY) == TODAY
    assert today.urgency_of(DAY + dt.timedelta(days=5), DAY) == SOON
    assert today.urgency_of(None, DAY) == today.LATER


def test_items_of_every_provider_most_urgent_first(registry: None) -> None:
    @today.provider("a")
    def a(who: Who) -> list[Item]:
        return [
            Item("Sau", "/a", due=DAY + dt.timedelta(days=20)),
            Item("Quá hạn", "/b", due=DAY - dt.timedelta(days=2)),
        ]

    @today.provider("b")
    def b(who: Who) -> list[Item]:
        return [Item("Hôm nay", "/c", due=DAY), Item("Tin", "/d", urgency=today.INFO)]

    who = Who(user=None, member=None, committees=[], today=DAY)
    assert [i.title for i in today.items_for(who)] == ["Quá hạn", "Hôm nay", "Sau", "Tin"]


def test_a_broken_provider_is_skipped(registry: None, caplog: pytest.LogCaptureFixture) -> None:
    @today.provider("broken")
    def broken(who: Who) -> list[Item]:
        raise RuntimeError("boom")

    @today.provider("fine")
    def fine(who: Who) -> list[Item]:
        return [Item("Việc", "/x")]

    who = Who(user=None, member=None, committees=[], today=DAY)
    assert [i.title for i in today.items_for(who)] == ["Việc"]
    assert "broken" in caplog.text


def test_the_domain_apps_register_their_providers() -> None:
    assert {"meetings", "admissions", "evaluations", "oversight"} <= set(today.providers())
