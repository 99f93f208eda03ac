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
export CHIBO_PG_PORT=${CHIBO_ROOM_PG_PORT:-54377} CHIBO_PG_DIR=${CHIBO_ROOM_PG_DIR:-/var/tmp/chibo-pg-room}
# shellcheck source=scripts/load_server.sh
source scripts/load_server.sh
load_server_start chibo_room_load bench/room_load_setup.py "$USERS" "$WORKERS" "$THREADS" "$KEEPALIVE" --timeout 60

echo "loadtest-room: $USERS phones + 1 chair for $TIME on 127.0.0.1:$PORT ($WORKERS workers × $THREADS threads)" >&2
ROOM_LOAD_SETUP=$WORK/setup.json ROOM_LOAD_OUT=$WORK/run.json "$BIN/locust" -f bench/room_locustfile.py --headless \
  --host "http://127.0.0.1:$PORT" -u "$((USERS + 1))" -r 10 -t "$TIME" --stop-timeout 10 \
  --csv "$WORK/load" --only-summary --loglevel WARNING || true
load_server_stop
grep -c "Traceback" "$WORK/gunicorn.log" >&2 || true
"$BIN/python" bench/room_load_report.py "$WORK/load_stats.csv" "$WORK/run.json" "$MEETING" "$USERS" "$TIME" \
  "${WORKERS} workers × ${THREADS} threads" bench
