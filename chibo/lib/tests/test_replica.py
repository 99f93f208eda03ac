"""The read-replica router: reads of marked read-only views go to "replica" when it exists,
never inside a write transaction, never writes, never migrations."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.db import transaction

from chibo.lib.replica import REPLICA, ReplicaRouter, read_replica, reading_replica
from chibo.organizations.models import Cell

router = ReplicaRouter()


@pytest.fixture
def replica(monkeypatch):
    monkeypatch.setitem(settings.DATABASES, REPLICA, {**settings.DATABASES["default"]})


def test_without_a_replica_every_read_stays_on_the_primary(monkeypatch):
    monkeypatch.delitem(settings.DATABASES, REPLICA, raising=False)  # configured or not here
    with reading_replica():
        assert router.db_for_read(Cell) is None


def test_marked_reads_go_to_the_replica_and_others_do_not(replica):
    assert router.db_for_read(Cell) is None
    with reading_replica():
        assert router.db_for_read(Cell) == REPLICA
    assert router.db_for_read(Cell) is None


@pytest.mark.django_db(transaction=True)
def test_a_read_inside_a_write_transaction_stays_on_the_primary(replica):
    with reading_replica(), transaction.atomic():
        assert router.db_for_read(Cell) is None


def test_writes_and_migrations_never_go_to_the_replica(replica):
    with reading_replica():
        assert router.db_for_write(Cell) is None
    assert router.allow_migrate(REPLICA, "organizations") is False
    assert router.allow_migrate("default", "organizations") is True


def test_the_decorator_marks_only_the_view_it_wraps(replica):
    seen = []

    @read_replica
    def view() -> None:
        seen.append(router.db_for_read(Cell))

    view()
    assert seen == [REPLICA] and router.db_for_read(Cell) is None


def test_the_committee_dashboard_and_api_figures_are_marked():
    from chibo.api.integrations import committee_figures
    from chibo.oversight.views import committee_dashboard

    for view in (committee_dashboard, committee_figures):
        assert getattr(view, "__wrapped__", None) is not None
