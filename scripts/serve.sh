#!/usr/bin/env bash
# Serve the app and run the background task worker beside it; stopping one stops both.
set -euo pipefail
HOST=${1:-127.0.0.1}
PORT=${2:-8000}
BIN=.venv/bin
$BIN/chibo db_worker --queue-name default >var/worker.log 2>&1 &
WORKER=$!
trap 'kill $WORKER 2>/dev/null || true' EXIT INT TERM
$BIN/chibo runserver "$HOST:$PORT"
