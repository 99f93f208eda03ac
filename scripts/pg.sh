#!/usr/bin/env bash
# Start a private PostgreSQL server from Debian's packages on loopback (idempotent: a second
# run finds it initialised and running and changes nothing), make sure the role `chibo`
# (CREATEDB, for Django's test database) and the database `chibo` exist, and print the
# DATABASE_URL on stdout. Everything else goes to stderr.
#
#   CHIBO_PG_PORT  port on 127.0.0.1 (default 54329; Debian's own cluster on 5432 is ignored)
#   CHIBO_PG_DIR   data, socket and log folder (default /var/tmp/chibo-pg; not under /root,
#                  whose mode 700 keeps the postgres user out)
#   CHIBO_PG_STOP  set to 1 to stop the server instead
set -euo pipefail

PORT=${CHIBO_PG_PORT:-54329}
DIR=${CHIBO_PG_DIR:-/var/tmp/chibo-pg}
DATA=$DIR/data
SOCK=$DIR/run
LOG=$DIR/server.log

# Binaries, owner, detached start and the folder's lock: one home for both server scripts.
# shellcheck source=scripts/pg_common.sh
. "$(dirname "$0")/pg_common.sh"
pg_setup pg.sh "$DIR"

if [ "${CHIBO_PG_STOP:-0}" = 1 ]; then
  if [ -f "$DATA/postmaster.pid" ]; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2
  fi
  exit 0
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
  echo "pg.sh: initialising $DATA ($BIN)" >&2
  rm -rf "$DATA"
  install -d -o "$OWNER" -m 700 "$DATA"
  as_owner "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || {
    cat "$DIR/initdb.log" >&2
    exit 1
  }
fi
install -d -o "$OWNER" -m 755 "$SOCK"

if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  echo "pg.sh: starting PostgreSQL on 127.0.0.1:$PORT" >&2
  # A throwaway server for tests and development: durability is traded for speed.
  touch "$LOG" && chown "$OWNER" "$LOG"
  if ! as_owner_detached "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start \
    -o "-h 127.0.0.1 -p $PORT -k $SOCK -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2; then
    tail -n 20 "$LOG" >&2
    exit 1
  fi
fi

PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
"${PSQL[@]}" >&2 <<'SQL'
SELECT 'CREATE ROLE chibo LOGIN CREATEDB'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chibo')\gexec
SELECT 'CREATE DATABASE chibo OWNER chibo'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'chibo')\gexec
SQL

echo "postgres://chibo@127.0.0.1:$PORT/chibo"
