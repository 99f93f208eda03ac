#!/usr/bin/env bash
# Two private PostgreSQL servers from Debian's packages on loopback, the second a hot standby of
# the first by streaming replication: what the read-replica tests run against (docs/scale.md).
# Idempotent like scripts/pg.sh: a second run finds both initialised and running and changes
# nothing. The role `chibo` (CREATEDB) and the database `chibo` are made on the primary and
# reach the standby by replication. Prints two lines on stdout, the primary's DATABASE_URL then
# the standby's; everything else goes to stderr.
#
#   CHIBO_PG_PRIMARY_PORT  the primary's port on 127.0.0.1 (default 54361)
#   CHIBO_PG_STANDBY_PORT  the standby's port on 127.0.0.1 (default 54362)
#   CHIBO_PG_REPLICA_DIR   folder for both servers (default /var/tmp/chibo-pg-replica)
#   CHIBO_PG_STOP          set to 1 to stop both servers instead
set -euo pipefail

PRIMARY_PORT=${CHIBO_PG_PRIMARY_PORT:-54361}
STANDBY_PORT=${CHIBO_PG_STANDBY_PORT:-54362}
DIR=${CHIBO_PG_REPLICA_DIR:-/var/tmp/chibo-pg-replica}
PRIMARY=$DIR/primary
STANDBY=$DIR/standby
SOCK=$DIR/run
REPLICATOR=chibo_replicator

# Binaries, owner, detached start and the folder's lock: shared with scripts/pg.sh.
# shellcheck source=scripts/pg_common.sh
. "$(dirname "$0")/pg_common.sh"
pg_setup pg_replica.sh "$DIR"

running() { as_owner "$BIN/pg_ctl" -D "$1" status >/dev/null 2>&1; }

if [ "${CHIBO_PG_STOP:-0}" = 1 ]; then
  for data in "$STANDBY/data" "$PRIMARY/data"; do
    if [ -f "$data/postmaster.pid" ]; then
      as_owner "$BIN/pg_ctl" -D "$data" -m fast -w stop >&2
    fi
  done
  exit 0
fi

# A throwaway pair for tests: durability is traded for speed (fsync off), but commits stay
# synchronous on the primary so that a commit's WAL is sent to the standby at once.
COMMON="-h 127.0.0.1 -k $SOCK -c fsync=off -c full_page_writes=off -c shared_buffers=64MB"
start() { # data-folder port extra-options
  local data=$1 port=$2 log=$1/../server.log
  touch "$log" && chown "$OWNER" "$log"
  if ! as_owner_detached "$BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 start \
    -o "$COMMON -p $port $3" >&2; then
    tail -n 20 "$log" >&2
    exit 1
  fi
}
system_id() { as_owner "$BIN/pg_controldata" "$1" 2>/dev/null | sed -n 's/^Database system identifier: *//p'; }

install -d -o "$OWNER" -m 755 "$SOCK" "$PRIMARY" "$STANDBY"

# The primary: WAL for a replica, senders for the standby, the replication role allowed from
# loopback only.
if [ ! -f "$PRIMARY/data/PG_VERSION" ]; then
  echo "pg_replica.sh: initialising the primary in $PRIMARY/data ($BIN)" >&2
  rm -rf "$PRIMARY/data"
  install -d -o "$OWNER" -m 700 "$PRIMARY/data"
  as_owner "$BIN/initdb" -D "$PRIMARY/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    >"$PRIMARY/initdb.log" 2>&1 || {
    cat "$PRIMARY/initdb.log" >&2
    exit 1
  }
  # Only these lines: local superuser, the app role and the replication role, all on loopback.
  cat >"$PRIMARY/data/pg_hba.conf" <<EOF
local   all          all                          trust
host    all          all          127.0.0.1/32    trust
host    replication  $REPLICATOR  127.0.0.1/32    trust
EOF
  chown "$OWNER" "$PRIMARY/data/pg_hba.conf"
fi
if ! running "$PRIMARY/data"; then
  echo "pg_replica.sh: starting the primary on 127.0.0.1:$PRIMARY_PORT" >&2
  start "$PRIMARY/data" "$PRIMARY_PORT" \
    "-c wal_level=replica -c max_wal_senders=4 -c wal_keep_size=512MB -c wal_writer_delay=10ms"
fi

PSQL=("$BIN/psql" -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
"${PSQL[@]}" -p "$PRIMARY_PORT" >&2 <<SQL
SELECT 'CREATE ROLE $REPLICATOR LOGIN REPLICATION'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$REPLICATOR')\gexec
SELECT 'CREATE ROLE chibo LOGIN CREATEDB'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chibo')\gexec
SELECT 'CREATE DATABASE chibo OWNER chibo'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'chibo')\gexec
SQL

# The standby: a base backup of the primary with -R (standby.signal + primary_conninfo), made
# again when missing or when it belongs to an earlier primary (a re-initialised folder).
if [ -f "$STANDBY/data/PG_VERSION" ] && [ "$(system_id "$STANDBY/data")" != "$(system_id "$PRIMARY/data")" ]; then
  echo "pg_replica.sh: the standby belongs to another primary; making it again" >&2
  if running "$STANDBY/data"; then as_owner "$BIN/pg_ctl" -D "$STANDBY/data" -m immediate -w stop >&2; fi
  rm -rf "$STANDBY/data"
fi
if [ ! -f "$STANDBY/data/PG_VERSION" ]; then
  echo "pg_replica.sh: copying the primary into $STANDBY/data (pg_basebackup -R)" >&2
  rm -rf "$STANDBY/data"
  install -d -o "$OWNER" -m 700 "$STANDBY/data"
  as_owner "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U "$REPLICATOR" \
    -D "$STANDBY/data" -R -X stream -c fast >&2
fi
if ! running "$STANDBY/data"; then
  echo "pg_replica.sh: starting the standby on 127.0.0.1:$STANDBY_PORT" >&2
  # Short queries only, so replay never waits long for them; feedback keeps the primary from
  # vacuuming rows a standby query still reads.
  start "$STANDBY/data" "$STANDBY_PORT" \
    "-c hot_standby=on -c hot_standby_feedback=on -c wal_receiver_status_interval=1s"
fi

# Ready means streaming: wait (bounded) for the standby's WAL receiver to be connected.
for _ in $(seq 1 300); do
  state=$("${PSQL[@]}" -p "$STANDBY_PORT" -c "SELECT status FROM pg_stat_wal_receiver" 2>/dev/null || true)
  [ "$state" = streaming ] && break
  sleep 0.1
done
if [ "$state" != streaming ]; then
  echo "pg_replica.sh: the standby on :$STANDBY_PORT does not stream from the primary (status '$state')" >&2
  tail -n 20 "$STANDBY/server.log" >&2
  exit 1
fi

echo "postgres://chibo@127.0.0.1:$PRIMARY_PORT/chibo"
echo "postgres://chibo@127.0.0.1:$STANDBY_PORT/chibo"
