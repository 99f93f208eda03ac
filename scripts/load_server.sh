# Sourced by scripts/loadtest.sh and scripts/loadtest_room.sh: the production set-up a load test
# runs against. Starts its own PostgreSQL (scripts/pg.sh on the port and folder in CHIBO_PG_PORT
# and CHIBO_PG_DIR, stopped at exit), a fresh database, migrations, static files, the demo and
# the load users, then gunicorn with DEBUG off on a free loopback port.
#
#   load_server_start DB SETUP_SCRIPT USERS WORKERS THREADS KEEPALIVE [gunicorn options...]
#     sets WORK (a fresh folder: setup.json, gunicorn.log), PORT, MEETING (from setup.json)
#   load_server_stop      stops gunicorn (PostgreSQL stops at exit)
BIN=$PWD/.venv/bin
SERVER_PID=""

load_server_cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  CHIBO_PG_STOP=1 bash scripts/pg.sh || true
}

load_server_start() {
  local db=$1 setup=$2 users=$3 workers=$4 threads=$5 keepalive=$6
  shift 6
  local url hostport psql_bin
  url=$(bash scripts/pg.sh)
  hostport=${url#postgres://chibo@}
  hostport=${hostport%/*}
  psql_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)/psql
  trap load_server_cleanup EXIT INT TERM
  "$psql_bin" -h "${hostport%:*}" -p "${hostport#*:}" -U postgres -v ON_ERROR_STOP=1 -qtA -d postgres \
    -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db OWNER chibo"

  WORK=$(mktemp -d "/tmp/$db.XXXXXX")
  export DATABASE_URL=postgres://chibo@$hostport/$db CHIBO_DATA_DIR=$WORK CHIBO_DEBUG=0 \
    CHIBO_SECRET_KEY=loadtest-only-not-secret CHIBO_SSL_REDIRECT=0 CHIBO_HSTS_SECONDS=0 \
    CHIBO_ALLOWED_HOSTS=127.0.0.1 CHIBO_LOG_LEVEL=WARNING \
    CHIBO_EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
  "$BIN/chibo" migrate --noinput -v0
  "$BIN/chibo" collectstatic --noinput -v0
  "$BIN/chibo" demo >/dev/null
  "$BIN/python" "$setup" "$users" >"$WORK/setup.json"
  MEETING=$("$BIN/python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["meeting"])' "$WORK/setup.json")

  PORT=$("$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$BIN/gunicorn" chibo.wsgi:application --bind "127.0.0.1:$PORT" --workers "$workers" --threads "$threads" \
    --keep-alive "$keepalive" "$@" \
    --access-logfile /dev/null --error-logfile "$WORK/gunicorn.log" --capture-output &
  SERVER_PID=$!
  for _ in $(seq 150); do  # up to 30 s for the workers to boot
    curl -fsS "http://127.0.0.1:$PORT/healthz/" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "load_server: gunicorn did not answer on 127.0.0.1:$PORT within 30 s" >&2
  cat "$WORK/gunicorn.log" >&2
  return 1
}

load_server_stop() {
  kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}
