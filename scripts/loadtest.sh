#!/usr/bin/env bash
# `make loadtest`: a bounded Locust run against the production set-up (gunicorn, DEBUG off) on
# PostgreSQL, loopback only; writes bench/loadtest.json and bench/loadtest.md.
#
# Its own PostgreSQL (scripts/pg.sh on another port and folder than the test server, stopped
# at the end), a fresh database, migrations, the demo and LOAD_USERS load users.
#
#   LOAD_USERS=50      simultaneous users            LOAD_TIME=3m   how long (Locust syntax)
#   LOAD_SPAWN=5       users started per second      LOAD_WORKERS   gunicorn workers (2 × CPUs)
#   LOAD_KEEPALIVE=30  seconds gunicorn keeps an idle client connection open. Locust users reuse
#                      their connections after pauses of up to 2 s;
#                      gunicorn's default of 2 s closes them at that very moment, and a request
#                      sent on a connection the server is closing fails with no status (status 0).
#   CHIBO_LOAD_PG_PORT=54339  CHIBO_LOAD_PG_DIR=/var/tmp/chibo-pg-load
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${LOAD_USERS:-50}
TIME=${LOAD_TIME:-3m}
SPAWN=${LOAD_SPAWN:-5}
WORKERS=${LOAD_WORKERS:-$(( $(nproc) * 2 ))}
KEEPALIVE=${LOAD_KEEPALIVE:-30}
BIN=$PWD/.venv/bin
export CHIBO_PG_PORT=${CHIBO_LOAD_PG_PORT:-54339} CHIBO_PG_DIR=${CHIBO_LOAD_PG_DIR:-/var/tmp/chibo-pg-load}

URL=$(bash scripts/pg.sh)
HOSTPORT=${URL#postgres://chibo@}
HOSTPORT=${HOSTPORT%/*}
PSQL_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)/psql
psql_() { "$PSQL_BIN" -h "${HOSTPORT%:*}" -p "${HOSTPORT#*:}" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

WORK=$(mktemp -d /tmp/chibo-load.XXXXXX)
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  CHIBO_PG_STOP=1 bash scripts/pg.sh || true
}
trap cleanup EXIT INT TERM

DB=chibo_load
psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER chibo"
export DATABASE_URL=postgres://chibo@$HOSTPORT/$DB CHIBO_DATA_DIR=$WORK CHIBO_DEBUG=0 \
  CHIBO_SECRET_KEY=loadtest-only-not-secret CHIBO_SSL_REDIRECT=0 CHIBO_HSTS_SECONDS=0 \
  CHIBO_ALLOWED_HOSTS=127.0.0.1 CHIBO_LOG_LEVEL=WARNING CHIBO_EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
"$BIN/chibo" migrate --noinput -v0
"$BIN/chibo" collectstatic --noinput -v0
"$BIN/chibo" demo >/dev/null
"$BIN/python" bench/load_setup.py "$USERS" >"$WORK/setup.json"
MEETING=$("$BIN/python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["meeting"])' "$WORK/setup.json")

PORT=$("$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN/gunicorn" chibo.wsgi:application --bind "127.0.0.1:$PORT" --workers "$WORKERS" --threads 4 \
  --keep-alive "$KEEPALIVE" \
  --access-logfile /dev/null --error-logfile "$WORK/gunicorn.log" --capture-output &
SERVER_PID=$!
for _ in $(seq 150); do  # up to 30 s for the workers to boot
  curl -fsS "http://127.0.0.1:$PORT/healthz/" >/dev/null 2>&1 && break
  sleep 0.2
done

echo "loadtest: $USERS users for $TIME on 127.0.0.1:$PORT ($WORKERS gunicorn workers × 4 threads)" >&2
LOAD_SETUP=$WORK/setup.json LOAD_ACKED=$WORK/acked.json "$BIN/locust" -f bench/locustfile.py --headless \
  --host "http://127.0.0.1:$PORT" -u "$USERS" -r "$SPAWN" -t "$TIME" --stop-timeout 10 \
  --csv "$WORK/load" --only-summary --loglevel WARNING || true
kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
"$BIN/python" bench/load_report.py "$WORK/load_stats.csv" "$WORK/acked.json" "$MEETING" "$USERS" "$TIME" bench
