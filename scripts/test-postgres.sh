#!/usr/bin/env bash
# The whole suite on PostgreSQL: start (or reuse) the loopback server of scripts/pg.sh and
# point DATABASE_URL at it; Django's test runner creates and drops `test_chibo` there.
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE_URL=$(bash scripts/pg.sh)
export DATABASE_URL
echo "DATABASE_URL=$DATABASE_URL" >&2
exec bash scripts/pytest.sh "$@"
