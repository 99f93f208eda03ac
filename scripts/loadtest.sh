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
export CHIBO_PG_PORT=${CHIBO_LOAD_PG_PORT:-54339} CHIBO_PG_DIR=${CHIBO_LOAD_PG_DIR:-/var/tmp/chibo-pg-load}
# shellcheck source=scripts/load_server.sh
source scripts/load_server.sh
load_server_start chibo_load bench/load_setup.py "$USERS" "$WORKERS" 4 "$KEEPALIVE"

echo "loadtest: $USERS users for $TIME on 127.0.0.1:$PORT ($WORKERS gunicorn workers × 4 threads)" >&2
LOAD_SETUP=$WORK/setup.json LOAD_ACKED=$WORK/acked.json "$BIN/locust" -f bench/locustfile.py --headless \
  --host "http://127.0.0.1:$PORT" -u "$USERS" -r "$SPAWN" -t "$TIME" --stop-timeout 10 \
  --csv "$WORK/load" --only-summary --loglevel WARNING || true
load_server_stop
"$BIN/python" bench/load_report.py "$WORK/load_stats.csv" "$WORK/acked.json" "$MEETING" "$USERS" "$TIME" bench
