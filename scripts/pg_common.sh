# Sourced by scripts/pg.sh and scripts/pg_replica.sh: what every private PostgreSQL server of
# the project needs — Debian's binaries, running them as their owner, starting a server that
# outlives the caller, and one lock per server folder.
#
#   pg_setup NAME DIR   sets BIN (Debian's PostgreSQL binaries), OWNER, creates DIR owned by
#                       OWNER and takes DIR/.lock (held on fd 9 until the caller exits), so
#                       that two runs at once never both initdb or both start a server.
#   as_owner CMD…       runs CMD as the server's owner (`postgres` when we are root: PostgreSQL
#                       refuses to run as root; else ourselves).
#   as_owner_detached CMD…  the same, in its own session, holding no descriptor of the caller
#                       (not the lock, not a CI runner's output pipe that would keep it waiting).

pg_setup() {
  local name=$1 dir=$2
  BIN=/usr/lib/postgresql/15/bin
  if [ ! -x "$BIN/initdb" ]; then
    # Another major version from Debian's packages will do as well.
    BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    echo "$name: PostgreSQL is not installed (apt-get install postgresql, or run scripts/system-deps.sh as root)." >&2
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ]; then
    OWNER=postgres
  else
    OWNER=$(id -un)
  fi
  mkdir -p "$dir"
  chown "$OWNER" "$dir" 2>/dev/null || true
  exec 9>"$dir/.lock"
  flock 9
}

as_owner() {
  if [ "$OWNER" = postgres ] && [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

as_owner_detached() {
  (
    for fd in /proc/$BASHPID/fd/*; do
      n=${fd##*/}
      if [ "$n" -gt 2 ]; then eval "exec $n>&-" 2>/dev/null || true; fi
    done
    as_owner setsid "$@" </dev/null
  )
}
