#!/usr/bin/env bash
# Functions to run a private PostgreSQL cluster on loopback, without Docker and without a system service.
# Sourced by run.sh (a cluster kept between runs) and test.sh (a throwaway cluster). Nothing here needs a
# running server beforehand; everything is idempotent.

pg_find_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return 0
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  cat >&2 <<'MSG'
PostgreSQL server binaries (initdb, pg_ctl) were not found.
Install them, for example on Debian/Ubuntu:   sudo apt-get install -y postgresql
(on Fedora: sudo dnf install postgresql-server; on macOS: brew install postgresql@15),
or point the application at an existing server with ConnectionStrings__Governance (see README).
MSG
  return 1
}

# Runs a PostgreSQL program as the cluster's owner: initdb and postgres refuse to run as root, so as root they
# run as the "postgres" system user.
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# True when the cluster owner can reach the given directory (every parent needs the execute bit for it).
pg_owner_can_reach() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- test -x "$1" 2>/dev/null; else test -w "$1"; fi
}

pg_prepare_dir() { # dir
  mkdir -p "$1"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$1"; chmod 700 "$1"; fi
}

pg_free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# pg_start DATADIR PORT: initialises the cluster when new, starts it when not running. Logs to DATADIR/../postgres.log.
pg_start() {
  local data="$1" port="$2" bin log sock
  bin="$(pg_find_bindir)" || return 1
  log="$(dirname "$data")/postgres.log"
  sock="$(dirname "$data")/socket"
  if [ ! -f "$data/PG_VERSION" ]; then
    pg_prepare_dir "$data"
    pg_as_owner "$bin/initdb" -D "$data" -U governance -A trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  fi
  pg_prepare_dir "$sock"
  touch "$log"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$log"
  if ! pg_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    pg_as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $sock -c fsync=${PG_FSYNC:-on}" start >/dev/null || {
        echo "PostgreSQL did not start; its log is $log:" >&2; tail -20 "$log" >&2; return 1; }
  fi
}

pg_stop() { # DATADIR
  local bin; bin="$(pg_find_bindir)" || return 0
  [ -f "$1/PG_VERSION" ] || return 0
  pg_as_owner "$bin/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_throwaway NAME: a cluster for one run of the tests or the benchmark, under /tmp (which the postgres user can
# reach even when the checkout is not) and with fsync off (it need not survive a power cut, and that makes it faster).
# Sets PG_THROWAWAY (its folder) and PG_THROWAWAY_PORT; pg_throwaway_remove stops it and deletes the folder.
pg_throwaway() {
  PG_THROWAWAY="$(mktemp -d "/tmp/governance-$1-XXXXXX")" || return 1
  chmod 755 "$PG_THROWAWAY"
  PG_THROWAWAY_PORT="$(pg_free_port)"
  PG_FSYNC=off pg_start "$PG_THROWAWAY/postgres" "$PG_THROWAWAY_PORT"
}

pg_throwaway_remove() {
  [ -n "${PG_THROWAWAY:-}" ] || return 0
  pg_stop "$PG_THROWAWAY/postgres"
  rm -rf "$PG_THROWAWAY"
  PG_THROWAWAY=""
}

# pg_ensure_database PORT NAME
pg_ensure_database() {
  local bin; bin="$(pg_find_bindir)" || return 1
  if ! "$bin/psql" -h 127.0.0.1 -p "$1" -U governance -d postgres -tAc "select 1 from pg_database where datname='$2'" | grep -q 1; then
    "$bin/createdb" -h 127.0.0.1 -p "$1" -U governance "$2"
  fi
}
