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

BIN=/usr/lib/postgresql/15/bin
if [ ! -x "$BIN/initdb" ]; then
  # Another major version from Debian's packages will do as well.
  BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "pg.sh: PostgreSQL is not installed (apt-get install postgresql, or run scripts/system-deps.sh as root)." >&2
  exit 1
fi

# The server runs as `postgres` when we are root (it refuses to run as root), else as us.
if [ "$(id -u)" -eq 0 ]; then
  OWNER=postgres
  as_owner() { (cd / && runuser -u postgres -- "$@"); }
else
  OWNER=$(id -un)
  as_owner() { (cd / && "$@"); }
fi

# The server must outlive this script without holding anything of its caller's: not the lock
# below, not a CI runner's output pipe (which would keep the runner waiting), not its session.
as_owner_detached() {
  (
    for fd in /proc/$BASHPID/fd/*; do
      n=${fd##*/}
      if [ "$n" -gt 2 ]; then eval "exec $n>&-" 2>/dev/null || true; fi
    done
    as_owner setsid "$@" </dev/null
  )
}

mkdir -p "$DIR"
chown "$OWNER" "$DIR" 2>/dev/null || true
# Two runs at once (say, two terminals) must not both initdb or both start the server.
exec 9>"$DIR/.lock"
flock 9

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
