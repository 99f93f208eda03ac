"""Personas shared by every test: anonymous, a member, the Bí thư, a member of another
cell, a committee officer. Every view is tried with each (see core/tests/test_route_matrix.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from chibo.members.models import Member, Role
from chibo.organizations.models import Cell, Committee, CommitteeOfficer, Term

PASSWORD = "s3cret-pass-123"


def make_committee(name: str = "Đảng ủy xã Yên Mô", parent: Committee | None = None) -> Committee:
    return Committee.objects.create(name=name, parent=parent, place_name=name.split()[-1])


def make_cell(
    committee: Committee, name: str = "Chi bộ Trường Mầm non Yên Hoà", **extra: Any
) -> Cell:
    cell = Cell.objects.create(name=name, committee=committee, place_name="Yên Mô", **extra)
    Term.objects.create(
        cell=cell, name="2025–2030", start=dt.date(2025, 7, 1), end=dt.date(2030, 6, 30)
    )
    return cell


_card = iter(range(1, 10**6))


def make_member(cell: Cell, full_name: str = "Nguyễn Thị Hường", **extra: Any) -> Member:
    fields: dict[str, Any] = {
        "gender": "female",
        "status": Member.Status.OFFICIAL,
        "admission_date": dt.date(2010, 5, 19),
        "official_date": dt.date(2011, 5, 19),
        "card_number": f"T{next(_card):06d}",
        "qualification": "university",
    }
    fields.update(extra)
    if fields["status"] == Member.Status.PROBATIONARY:
        # No official date and no Party card before recognition as an official member.
        for name, empty in (("official_date", None), ("card_number", "")):
            if name not in extra:
                fields[name] = empty
    member = Member(cell=cell, full_name=full_name, **fields)
    member.save()
    return member


def make_user(username: str) -> Any:
    return get_user_model().objects.create_user(username=username, password=PASSWORD)


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """Each test starts with an empty cache: rate limits (the activation code) and cached
    dashboard totals never leak from one test into another."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # LibreOffice takes about a second a document: tests that check PDFs turn it back on.
    settings.DOCUMENTS_PDF = False


@pytest.fixture(autouse=True, scope="session")
def _live_server_one_request_at_a_time() -> Any:
    """On SQLite the tests' database lives in memory, and the live server's threads share its one
    connection: two pages polling at once (the meeting room's phones, lazy images) could interleave
    their transactions on it ("cannot start a transaction within a transaction"). Requests then
    take turns, each whole — body and close included. PostgreSQL gives every thread its own
    connection and keeps the threaded server."""
    import threading

    from django.core.servers.basehttp import ThreadedWSGIServer
    from django.db import connection
    from django.test import testcases

    if connection.vendor != "sqlite":
        yield
        return

    class OneRequestAtATime(ThreadedWSGIServer):
        def set_app(self, application: Any) -> None:
            turn = threading.Lock()

            def serial(environ: Any, start_response: Any) -> Any:
                with turn:
                    response = application(environ, start_response)
                    try:
                        return [b"".join(response)]
                    finally:
                        if hasattr(response, "close"):
                            response.close()

            super().set_app(serial)

    original = testcases.LiveServerThread.server_class
    testcases.LiveServerThread.server_class = OneRequestAtATime
    yield
    testcases.LiveServerThread.server_class = original


@pytest.fixture(autouse=True, scope="session")
def _stored_files_in_tmp(tmp_path_factory: Any) -> Any:
    """Files stored during tests (issued documents, uploads) go to a temporary folder,
    never to var/files."""
    from django.conf import settings
    from django.test import override_settings

    storages: dict[str, Any] = settings.STORAGES
    default: dict[str, Any] = dict(storages["default"])
    default["OPTIONS"] = {
        **default.get("OPTIONS", {}),
        "location": str(tmp_path_factory.mktemp("files")),
    }
    caches: dict[str, Any] = dict(settings.CACHES)
    if "sessions" in caches and caches["sessions"]["BACKEND"].endswith("FileBasedCache"):
        # The shared session cache (chibo.settings) too: not var/sessions.
        caches["sessions"] = {
            **caches["sessions"],
            "LOCATION": str(tmp_path_factory.mktemp("sessions")),
        }
    with override_settings(STORAGES={**settings.STORAGES, "default": default}, CACHES=caches):
        yield


@dataclass
class World:
    committee: Committee
    other_committee: Committee
    cell: Cell
    other_cell: Cell
    secretary: Member
    member: Member
    other_secretary: Member
    officer: Any


@pytest.fixture
def world(db: Any) -> World:
    province = make_committee("Tỉnh ủy Ninh Bình")
    committee = make_committee("Đảng ủy xã Yên Mô", parent=province)
    other_committee = make_committee("Đảng ủy xã Vĩnh Phong", parent=province)
    cell = make_cell(committee, days_before_distribution=3)
    other_cell = make_cell(other_committee, "Chi bộ Trường Tiểu học Vĩnh Phong 4")
    secretary = make_member(cell, "Dương Thị Huệ", role=Role.SECRETARY, user=make_user("bithu"))
    member = make_member(cell, "Phạm Thị Thu Hà", user=make_user("dangvien"))
    other_secretary = make_member(
        other_cell, "Nguyễn Hoài Thu", role=Role.SECRETARY, user=make_user("bithu2")
    )
    officer = make_user("danguy")
    CommitteeOfficer.objects.create(committee=committee, user=officer)
    return World(
        committee, other_committee, cell, other_cell, secretary, member, other_secretary, officer
    )


PERSONAS = ["anonymous", "member", "secretary", "other_cell", "officer"]


def persona_client(world: World, persona: str) -> Client:
    client = Client()
    users = {
        "member": world.member.user,
        "secretary": world.secretary.user,
        "other_cell": world.other_secretary.user,
        "officer": world.officer,
    }
    if persona != "anonymous":
        client.force_login(users[persona], backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def secretary_client(world: World) -> Client:
    return persona_client(world, "secretary")


@pytest.fixture
def member_client(world: World) -> Client:
    return persona_client(world, "member")


@pytest.fixture
def officer_client(world: World) -> Client:
    return persona_client(world, "officer")


@pytest.fixture
def other_client(world: World) -> Client:
    return persona_client(world, "other_cell")


@pytest.fixture
def database_tasks(settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Background tasks through django-tasks-db's database backend, run by its db_worker."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    # The worker closes "old" connections between tasks; inside a test that would close the
    # test's own transaction on PostgreSQL (SQLite's in-memory database ignores it).
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


_DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "live_server"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test marked `engine_free` runs only in the SQLite run; it must truly touch no database."""
    for item in items:
        if item.get_closest_marker("engine_free") is None:
            continue
        fixtures = set(getattr(item, "fixturenames", ()))
        if item.get_closest_marker("django_db") or fixtures & _DATABASE_FIXTURES:
            raise pytest.UsageError(f"{item.nodeid}: marked engine_free but uses the database")
