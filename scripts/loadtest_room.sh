#!/usr/bin/env bash
# `make loadtest-room`: 40 phones follow one meeting in the paperless room for 10 minutes
# against the production set-up (gunicorn as in deploy/chibo-web.service, DEBUG off) on its
# own PostgreSQL, loopback only; writes bench/room_load.json (errors, update delay p95).
#
#   ROOM_LOAD_USERS=40   phones                  ROOM_LOAD_TIME=10m   how long (Locust syntax)
#   ROOM_LOAD_WORKERS=3  ROOM_LOAD_THREADS=4     gunicorn (threads 1 = sync workers)
#   ROOM_LOAD_KEEPALIVE=30  seconds gunicorn keeps an idle connection (its 2 s default closes
#                           it just as a phone polls again: status-0 errors, see loadtest.sh)
#   CHIBO_ROOM_PG_PORT=54377  CHIBO_ROOM_PG_DIR=/var/tmp/chibo-pg-room
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${ROOM_LOAD_USERS:-40}
TIME=${ROOM_LOAD_TIME:-10m}
WORKERS=${ROOM_LOAD_WORKERS:-3}
THREADS=${ROOM_LOAD_THREADS:-4}
KEEPALIVE=${ROOM_LOAD_KEEPALIVE:-30}
BIN=$PWD/.venv/bin
export CHIBO_PG_PORT=${CHIBO_ROOM_PG_PORT:-54377} CHIBO_PG_DIR=${CHIBO_ROOM_PG_DIR:-/var/tmp/chibo-pg-room}

URL=$(bash scripts/pg.sh)
HOSTPORT=${URL#postgres://chibo@}
HOSTPORT=${HOSTPORT%/*}
PSQL_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)/psql
psql_() { "$PSQL_BIN" -h "${HOSTPORT%:*}" -p "${HOSTPORT#*:}" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

WORK=$(mktemp -d /tmp/chibo-room-load.XXXXXX)
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  CHIBO_PG_STOP=1 bash scripts/pg.sh || true
}
trap cleanup EXIT INT TERM

DB=chibo_room_load
psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER chibo"
export DATABASE_URL=postgres://chibo@$HOSTPORT/$DB CHIBO_DATA_DIR=$WORK CHIBO_DEBUG=0 \
  CHIBO_SECRET_KEY=loadtest-only-not-secret CHIBO_SSL_REDIRECT=0 CHIBO_HSTS_SECONDS=0 \
  CHIBO_ALLOWED_HOSTS=127.0.0.1 CHIBO_LOG_LEVEL=WARNING CHIBO_EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
"$BIN/chibo" migrate --noinput -v0
"$BIN/chibo" collectstatic --noinput -v0
"$BIN/chibo" demo >/dev/null
"$BIN/python" bench/room_load_setup.py "$USERS" >"$WORK/setup.json"
MEETING=$("$BIN/python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["meeting"])' "$WORK/setup.json")

PORT=$("$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN/gunicorn" chibo.wsgi:application --bind "127.0.0.1:$PORT" --workers "$WORKERS" --threads "$THREADS" \
  --timeout 60 --keep-alive "$KEEPALIVE" --access-logfile /dev/null --error-logfile "$WORK/gunicorn.log" --capture-output &
SERVER_PID=$!
for _ in $(seq 150); do  # up to 30 s for the workers to boot
  curl -fsS "http://127.0.0.1:$PORT/healthz/" >/dev/null 2>&1 && break
  sleep 0.2
done

echo "loadtest-room: $USERS phones + 1 chair for $TIME on 127.0.0.1:$PORT ($WORKERS workers × $THREADS threads)" >&2
ROOM_LOAD_SETUP=$WORK/setup.json ROOM_LOAD_OUT=$WORK/run.json "$BIN/locust" -f bench/room_locustfile.py --headless \
  --host "http://127.0.0.1:$PORT" -u "$((USERS + 1))" -r 10 -t "$TIME" --stop-timeout 10 \
  --csv "$WORK/load" --only-summary --loglevel WARNING || true
kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
grep -c "Traceback" "$WORK/gunicorn.log" >&2 || true
"$BIN/python" bench/room_load_report.py "$WORK/load_stats.csv" "$WORK/run.json" "$MEETING" "$USERS" "$TIME" \
  "${WORKERS} workers × ${THREADS} threads" bench
