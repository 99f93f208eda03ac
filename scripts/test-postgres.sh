#!/usr/bin/env bash
# The whole suite on PostgreSQL: start (or reuse) the loopback server of scripts/pg.sh and
# point DATABASE_URL at it. Django's test runner creates and drops `test_<name>` there; the
# name carries this process id so that two runs at once (two terminals, two worktrees)
# never drop each other's test database. Tests marked `engine_free` (they touch no database —
# pytest-django refuses them one — and read the public-plan corpus with OCR for minutes) ran in
# the SQLite run and are left out here: on another engine they would give the same figures.
#
# Then the read-replica tests (marker `replica`) against a primary and its hot standby
# (scripts/pg_replica.sh): a second, short pytest run with "default" on the primary and
# CHIBO_TEST_REPLICA_URL naming the standby. With arguments (a path, -k …) only the first run
# happens, unless CHIBO_TEST_REPLICA=1; CHIBO_TEST_REPLICA=0 leaves the second run out.
set -uo pipefail
cd "$(dirname "$0")/.."
url=$(bash scripts/pg.sh) || exit 1
status=0
start=$SECONDS
echo "DATABASE_URL=${url%/*}/chibo_$$ (test database test_chibo_$$)" >&2
DATABASE_URL="${url%/*}/chibo_$$" bash scripts/pytest.sh -m "not replica and not engine_free" "$@" || status=$?

replica=${CHIBO_TEST_REPLICA:-}
if [ -z "$replica" ]; then
  if [ $# -eq 0 ]; then replica=1; else replica=0; fi
fi
if [ "$replica" = 1 ]; then
  echo "::: the suite took $((SECONDS - start)) s; now the read replica :::" >&2
  start=$SECONDS
  if urls=$(bash scripts/pg_replica.sh); then
    primary=$(sed -n 1p <<<"$urls")
    standby=$(sed -n 2p <<<"$urls")
    echo "DATABASE_URL=${primary%/*}/chibo_$$, CHIBO_TEST_REPLICA_URL=$standby" >&2
    DATABASE_URL="${primary%/*}/chibo_$$" CHIBO_TEST_REPLICA_URL="$standby" \
      bash scripts/pytest.sh -m replica chibo/lib/tests/test_replica_servers.py ||
      status=$?
  else
    echo "test-postgres.sh: the primary and standby did not start (scripts/pg_replica.sh)" >&2
    status=1
  fi
  echo "::: the read-replica run took $((SECONDS - start)) s :::" >&2
fi
exit "$status"
