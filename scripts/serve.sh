#!/usr/bin/env bash
# Serve the app and run the background task worker beside it; stopping one stops both
# (Ctrl-C, a TERM to this script, or either process dying).
set -uo pipefail
HOST=${1:-127.0.0.1}
PORT=${2:-8000}
BIN=.venv/bin
mkdir -p var
# Start the daily reminder chain (a no-op when a tick already waits in the queue).
$BIN/chibo send-reminders --enqueue
$BIN/chibo import-cleanup --enqueue  # the daily cleanup of old plan imports, likewise
$BIN/chibo db_worker --queue-name default >var/worker.log 2>&1 &
WORKER=$!
$BIN/chibo runserver "$HOST:$PORT" &
SERVER=$!
# In development both reload on code changes through a child process: stop children first.
stop() {
  trap - EXIT INT TERM
  for pid in "$SERVER" "$WORKER"; do
    pkill -TERM -P "$pid" 2>/dev/null
    kill -TERM "$pid" 2>/dev/null
  done
  wait 2>/dev/null
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT
wait -n "$SERVER" "$WORKER"
