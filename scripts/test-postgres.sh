#!/usr/bin/env bash
# The whole suite on PostgreSQL: start (or reuse) the loopback server of scripts/pg.sh and
# point DATABASE_URL at it. Django's test runner creates and drops `test_<name>` there; the
# name carries this process id so that two runs at once (two terminals, two worktrees)
# never drop each other's test database.
set -euo pipefail
cd "$(dirname "$0")/.."
url=$(bash scripts/pg.sh)
export DATABASE_URL="${url%/*}/chibo_$$"
echo "DATABASE_URL=$DATABASE_URL (test database test_chibo_$$)" >&2
exec bash scripts/pytest.sh "$@"
