#!/usr/bin/env bash
# `make bench`: time the key pages and API routes at a small and a large data size.
#
# For each size: a fresh database on the private PostgreSQL of scripts/pg.sh, migrations,
# `chibo gen-data` (bulk COPY), ANALYZE, then gunicorn on 127.0.0.1 as deploy/chibo-web.service
# runs it (the same workers, threads and timeout, read from that file), in production settings
# (CHIBO_DEBUG=0: cached template loader, persistent connections, manifest static files);
# CHIBO_BENCH=1 adds the yardstick views under /bench/), then `chibo bench_pages`.
# Finally `chibo bench_report` writes bench/results.json and bench/RESULTS.md.
#
#   CHIBO_BENCH_SMALL=100 CHIBO_BENCH_LARGE=10000  cells per size (25 members each, 3 years)
#   CHIBO_BENCH_RUNS=30        timed requests per page (after 3 warm-up requests)
#   CHIBO_BENCH_GEN_TIMEOUT=2400  seconds allowed to generate one size; a size that does not
#                              finish is skipped and the report says so
#   CHIBO_BENCH_SIZES="small"  which sizes to run (default "small large")
#   CHIBO_BENCH_REUSE=1        keep a database generated earlier with the same parameters
#   CHIBO_PG_PORT, CHIBO_PG_DIR  which private PostgreSQL of scripts/pg.sh to use
set -euo pipefail
cd "$(dirname "$0")/.."

SMALL=${CHIBO_BENCH_SMALL:-100}
LARGE=${CHIBO_BENCH_LARGE:-10000}
MEMBERS=${CHIBO_BENCH_MEMBERS:-25}
YEARS=${CHIBO_BENCH_YEARS:-3}
RUNS=${CHIBO_BENCH_RUNS:-30}
GEN_TIMEOUT=${CHIBO_BENCH_GEN_TIMEOUT:-2400}
BIN=$PWD/.venv/bin

URL=$(bash scripts/pg.sh)                  # postgres://chibo@127.0.0.1:PORT/chibo
HOSTPORT=${URL#postgres://chibo@}
HOSTPORT=${HOSTPORT%/*}
PSQL_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)/psql
psql_() { "$PSQL_BIN" -h "${HOSTPORT%:*}" -p "${HOSTPORT#*:}" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
PG_VERSION=$(psql_ -d postgres -c "SHOW server_version" | head -n 1)

WORK=$(mktemp -d /tmp/chibo-bench.XXXXXX)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true; }
trap cleanup EXIT INT TERM
export CHIBO_DATA_DIR=$WORK CHIBO_DEBUG=0 CHIBO_SECRET_KEY=bench-only-not-secret CHIBO_SSL_REDIRECT=0 \
  CHIBO_HSTS_SECONDS=0 CHIBO_BENCH=1 CHIBO_ALLOWED_HOSTS=127.0.0.1,localhost,testserver CHIBO_LOG_LEVEL=WARNING
DATABASE_URL=$URL "$BIN/chibo" collectstatic --noinput -v0

NOTES=(
  "The committee dashboard reads its committee-wide totals, filters and worst-first order from the per-cell summary (meetings.CellYear and CellTaskDue, kept by the meeting, report and task verbs), with no cache; the grid of cells and the findings are computed live on every request, 25 cells a page."
  "The sizes ran one after the other on a shared machine (other work was running on its $(nproc) CPUs): medians are steadier than p95."
)
INPUTS=()

generate() { # name cells -> 0 when the database holds the data
  local name=$1 cells=$2 db=chibo_bench_$1
  local want="cells=$cells members=$MEMBERS years=$YEARS seed=1 date=$(date +%Y-%m)"
  if [ "${CHIBO_BENCH_REUSE:-0}" = 1 ] && [ "$(psql_ -d postgres -c "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$db'")" = "$want" ]; then
    echo "bench: reusing $db ($want)" >&2
    DATABASE_URL=postgres://chibo@$HOSTPORT/$db "$BIN/chibo" migrate --noinput -v0  # newer code
    return 0
  fi
  psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db OWNER chibo"
  DATABASE_URL=postgres://chibo@$HOSTPORT/$db "$BIN/chibo" migrate --noinput -v0
  echo "bench: generating $name ($cells cells × $MEMBERS members, $YEARS years)…" >&2
  local started=$SECONDS
  # As the superuser, so that the generator may skip foreign-key triggers during COPY.
  if ! DATABASE_URL=postgres://postgres@$HOSTPORT/$db timeout "$GEN_TIMEOUT" "$BIN/chibo" gen-data \
      --cells "$cells" --members-per-cell "$MEMBERS" --years "$YEARS" --seed 1 >&2; then
    NOTES+=("The $name size ($cells cells) did not finish generating within ${GEN_TIMEOUT} s and was not measured.")
    return 1
  fi
  psql_ -d "$db" -c "VACUUM ANALYZE" >/dev/null
  NOTES+=("Generating the $name size ($cells cells, $((cells * MEMBERS)) members, $YEARS years of meetings) took $((SECONDS - started)) s (bulk COPY).")
  psql_ -d postgres -c "COMMENT ON DATABASE $db IS '$want'"
}

# The production server's options, as deploy/chibo-web.service starts it.
EXEC=$(tr -d '\\\n' < deploy/chibo-web.service | grep -o 'ExecStart=[^[]*gunicorn[^[]*' | head -n 1)
opt() { echo "$EXEC" | grep -o -- "--$1 [0-9]*" | awk '{print $2}'; }
GUNICORN_WORKERS=$(opt workers); GUNICORN_THREADS=$(opt threads); GUNICORN_TIMEOUT=$(opt timeout)
GUNICORN_WORKERS=${GUNICORN_WORKERS:-3} GUNICORN_THREADS=${GUNICORN_THREADS:-1} GUNICORN_TIMEOUT=${GUNICORN_TIMEOUT:-60}
export CHIBO_BENCH_SERVER="gunicorn $GUNICORN_WORKERS workers × $GUNICORN_THREADS threads (deploy/chibo-web.service), 127.0.0.1"

measure() { # name
  local name=$1 db=chibo_bench_$1 port
  port=$("$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  DATABASE_URL=postgres://chibo@$HOSTPORT/$db "$BIN/gunicorn" chibo.wsgi:application --bind "127.0.0.1:$port" \
    --workers "$GUNICORN_WORKERS" --threads "$GUNICORN_THREADS" --timeout "$GUNICORN_TIMEOUT" --access-logfile /dev/null --error-logfile "$WORK/gunicorn-$name.log" &
  SERVER_PID=$!
  "$BIN/python" - "$port" <<'PY'
import sys, time, urllib.request
for _ in range(150):  # up to 30 s for the workers to boot
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/bench/bare/", timeout=2)
        break
    except OSError:
        time.sleep(0.2)
else:
    sys.exit("bench: the server did not start")
PY
  DATABASE_URL=postgres://chibo@$HOSTPORT/$db "$BIN/chibo" bench_pages --port "$port" --size "$name" \
    --runs "$RUNS" --out "$WORK/$name.json"
  kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
  INPUTS+=("$WORK/$name.json")
}

for size in ${CHIBO_BENCH_SIZES:-small large}; do
  cells=$SMALL
  [ "$size" = large ] && cells=$LARGE
  if generate "$size" "$cells"; then
    measure "$size"
  fi
done

ARGS=()
for note in "${NOTES[@]}"; do ARGS+=(--note "$note"); done
DATABASE_URL=$URL "$BIN/chibo" bench_report "${INPUTS[@]}" --pg-version "PostgreSQL $PG_VERSION" "${ARGS[@]}"
echo "bench: wrote bench/results.json and bench/RESULTS.md" >&2
