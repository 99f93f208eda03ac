from typing import Any

import pytest


@pytest.fixture
def immediate_tasks(settings: Any) -> None:
    """Run enqueued tasks at once, in the test's own transaction."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def database_tasks(settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    # The worker closes "old" connections between tasks; inside a test that would close the
    # test's own transaction on PostgreSQL (SQLite's in-memory database ignores it).
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
