"""The read replica against two real PostgreSQL servers: a primary as "default" and its hot
standby as "replica" (scripts/pg_replica.sh; scripts/test-postgres.sh runs this module).

The committee dashboard's and the API committee figures' SELECTs run on the standby and show
what was written on the primary once it is replayed there; writes, and reads inside a write
transaction, stay on the primary; a write sent to the standby would fail, so none is sent.

The standby's test database is the primary's, by replication: "replica" is a test mirror of
"default" (chibo/settings.py), so Django creates and flushes it on the primary only.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.db import DatabaseError, connections, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from chibo.api.tests.conftest import api_client_for
from chibo.conftest import World, make_cell, persona_client
from chibo.lib.replica import REPLICA, reading_replica
from chibo.meetings.models import Meeting
from chibo.meetings.tests.helpers import held
from chibo.organizations.models import Cell

MISSING = (
    ""
    if os.environ.get("CHIBO_TEST_REPLICA_URL") and REPLICA in settings.DATABASES
    else "no PostgreSQL standby: CHIBO_TEST_REPLICA_URL is unset "
    "(scripts/test-postgres.sh starts one with scripts/pg_replica.sh and sets it)"
)
# The SQLite suite cannot have one. A PostgreSQL run in CI must (like Chromium for the browser
# tests): there the tests run and fail instead of being skipped quietly.
MUST_RUN = bool(os.environ.get("CI")) and "postgresql" in settings.DATABASES["default"]["ENGINE"]
if MISSING and not MUST_RUN:
    pytest.skip(MISSING, allow_module_level=True)

pytestmark = [pytest.mark.replica]
if not MISSING:
    pytestmark.append(pytest.mark.django_db(transaction=True, databases=["default", REPLICA]))


@pytest.fixture(autouse=True)
def _a_standby() -> None:
    if MISSING:
        pytest.fail(f"{MISSING}: CI must run the read-replica tests.", pytrace=False)


REPLAY_TIMEOUT = 10.0  # seconds; on loopback replay takes milliseconds
DELAYS: list[float] = []


def replayed() -> float:
    """Wait until the standby has replayed all the WAL the primary has written so far; return
    how long that took. Polled, bounded by REPLAY_TIMEOUT."""
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()")
        (lsn,) = cursor.fetchone()
    start = time.monotonic()
    with connections[REPLICA].cursor() as cursor:
        while True:
            cursor.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [lsn])
            if cursor.fetchone()[0]:
                DELAYS.append(time.monotonic() - start)
                return DELAYS[-1]
            if time.monotonic() - start > REPLAY_TIMEOUT:
                pytest.fail(f"the standby has not replayed {lsn} after {REPLAY_TIMEOUT} s")
            time.sleep(0.002)  # the poll interval, not a guess at the delay


@pytest.fixture(scope="module", autouse=True)
def _report_delays(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if DELAYS:
        plugins = request.config.pluginmanager
        reporter, capture = (
            plugins.get_plugin("terminalreporter"),
            plugins.get_plugin("capturemanager"),
        )
        if reporter is not None and capture is not None:
            ms = ", ".join(f"{d * 1000:.0f}" for d in DELAYS)
            with capture.global_and_fixture_disabled():
                reporter.write_line(f"\nreplica: waits for replay on the standby, in ms: {ms}")


class Captured:
    """The SQL each server ran while the block ran."""

    def __enter__(self) -> Captured:
        self._primary = CaptureQueriesContext(connections["default"])
        self._standby = CaptureQueriesContext(connections[REPLICA])
        self._primary.__enter__()
        self._standby.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._standby.__exit__(*exc)
        self._primary.__exit__(*exc)

    @property
    def primary(self) -> list[str]:
        return [q["sql"] for q in self._primary.captured_queries]

    @property
    def standby(self) -> list[str]:
        return [q["sql"] for q in self._standby.captured_queries]


def _reads_only(sqls: list[str]) -> bool:
    return bool(sqls) and all(sql.lstrip().upper().startswith("SELECT") for sql in sqls)


def _touching(sqls: list[str], table: str) -> list[str]:
    return [sql for sql in sqls if f'"{table}"' in sql]


def _only(sqls: list[str], *tables: str) -> bool:
    """Every statement is on one of these tables (and there was at least one)."""
    return bool(sqls) and all(any(f'"{t}"' in sql for t in tables) for sql in sqls)


def test_the_replica_alias_is_a_standby_of_the_primary():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery(), current_database(), inet_server_port()")
        primary = cursor.fetchone()
    with connections[REPLICA].cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery(), current_database(), inet_server_port()")
        standby = cursor.fetchone()
    assert primary[0] is False and standby[0] is True
    assert primary[1] == standby[1]  # the test database, by replication
    assert primary[2] != standby[2]  # two servers


def test_the_standby_refuses_a_write(world: World):
    """So a write routed to "replica" could not pass unnoticed: it would raise."""
    replayed()
    with pytest.raises(DatabaseError, match="read-only transaction"):
        Cell.objects.using(REPLICA).filter(pk=world.cell.pk).update(name="Chi bộ đổi tên")
    assert Cell.objects.using(REPLICA).get(pk=world.cell.pk).name == world.cell.name


def test_the_committee_dashboard_reads_on_the_standby_what_was_written_on_the_primary(
    world: World,
):
    client = persona_client(world, "officer")
    new_cell = make_cell(world.committee, "Chi bộ Trạm Y tế xã Yên Mô")
    replayed()
    with Captured() as ran:
        response = client.get(reverse("oversight:committee", args=[world.committee.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert new_cell.name in body and world.cell.name in body
    # The cells, meetings and totals came from the standby, in SELECTs only; the primary
    # served only the session and the signed-in user, before the view.
    assert _reads_only(ran.standby)
    for table in ("organizations_committee", "organizations_cell", "meetings_meeting"):
        assert _touching(ran.standby, table), table
    assert _only(ran.primary, "django_session", "auth_user")


def test_the_api_committee_figures_read_on_the_standby_what_was_written_on_the_primary(
    world: World,
):
    api = api_client_for(world, "officer")
    meeting = held(world)  # a regular meeting, through the model verbs
    year = meeting.starts_at.year
    assert meeting.status == Meeting.Status.HELD
    replayed()
    with Captured() as ran:
        response = api.get(f"committees/{world.committee.pk}/oversight?year={year}")
    assert response.status_code == 200
    figures = response.json()
    assert figures["cells"] == 1 and figures["regular_held"] == 1
    assert _reads_only(ran.standby)
    # The figures are sums over the summary the verbs keep (chibo.meetings.summary).
    for table in ("organizations_committee", "organizations_cell", "meetings_cellyear"):
        assert _touching(ran.standby, table), table
    # The primary checked the token and noted its use (a write), before the operation.
    assert _only(ran.primary, "api_apitoken")


def test_pages_that_write_work_and_see_their_write_at_once(world: World):
    """Creating a meeting goes to the primary, and the next page (not marked for the replica)
    shows it without waiting for replay; the standby receives no statement at all."""
    client = persona_client(world, "secretary")
    replayed()
    with Captured() as ran:
        response = client.post(
            reverse("meetings:create", args=[world.cell.pk]),
            {"kind": "regular", "title": "Sinh hoạt chi bộ thường kỳ tháng 03/2026",
             "starts_at": "2026-03-03T08:00", "place": "Phòng họp", "chair": world.secretary.pk},
        )  # fmt: skip
        meeting = Meeting.objects.get(cell=world.cell)
        assert response.status_code == 302
        detail = client.get(response["Location"])
    assert detail.status_code == 200 and meeting.title in detail.content.decode()
    assert ran.standby == []
    assert any(sql.startswith('INSERT INTO "meetings_meeting"') for sql in ran.primary)


def test_a_read_inside_a_write_transaction_sees_its_own_write(world: World):
    """Model verbs read inside their transaction (select_for_update): even in a view marked for
    the replica those reads stay on the primary, where the uncommitted row is."""
    replayed()
    with Captured() as ran, reading_replica(), transaction.atomic():
        cell = make_cell(world.committee, "Chi bộ Trường THCS Yên Mô")
        assert Cell.objects.filter(pk=cell.pk).exists()
    assert ran.standby == []
    # Outside the transaction the same marked read goes to the standby, which has it once
    # replayed.
    replayed()
    with Captured() as ran, reading_replica():
        assert Cell.objects.filter(pk=cell.pk).exists()
    assert len(ran.standby) == 1 and ran.primary == []
