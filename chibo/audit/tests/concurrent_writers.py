"""Run by test_concurrent_writers.py in a fresh process on a file SQLite database (in-memory
test databases share one cache and lock by table, unlike a real deployment).

Threads each write in their own transaction (a row update plus an audit entry, like every
model verb) at the same moment. Prints JSON: errors, rows written, chain verdict.
"""

from __future__ import annotations

import json
import os
import sys
import threading

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chibo.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from chibo.audit.models import AuditEntry, log_action  # noqa: E402
from chibo.audit.verify import verify  # noqa: E402


def main(threads: int, writes: int) -> None:
    call_command("migrate", verbosity=0)
    User = get_user_model()
    users = [User.objects.create_user(f"ghi{i}") for i in range(threads)]
    connection.close()
    errors: list[str] = []
    start = threading.Barrier(threads)

    def work(user: object) -> None:
        try:
            start.wait()
            for n in range(writes):
                with transaction.atomic():
                    # Read first, then write, as every model verb does (select_for_update is a
                    # plain SELECT on SQLite): a deferred transaction would fail to upgrade.
                    User.objects.select_for_update().get(pk=user.pk)  # type: ignore[attr-defined]
                    User.objects.filter(pk=user.pk).update(first_name=f"lần {n}")  # type: ignore[attr-defined]
                    log_action(user, "test.write", by=user, before={"n": n - 1}, after={"n": n})  # type: ignore[arg-type]
        except Exception as error:  # every failure is reported, none hidden
            errors.append(repr(error))
        finally:
            connection.close()

    workers = [threading.Thread(target=work, args=(u,)) for u in users]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    verdict = verify()
    print(json.dumps({"errors": errors, "rows": AuditEntry.objects.filter(action="test.write").count(),
                      "chain_ok": verdict.ok, "checked": verdict.checked}))  # fmt: skip


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
