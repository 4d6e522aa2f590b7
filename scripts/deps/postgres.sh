#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the storage tests and records its URL in .deps.env.
# Idempotent: does nothing when APOGEE_TEST_POSTGRES is set; reuses a running server; installs Debian's
# postgresql package only when no server binaries are found. The cluster lives under /tmp (owned by the
# postgres OS user, which initdb requires since we run as root) and listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

if [ -n "${APOGEE_TEST_POSTGRES:-}" ]; then
  echo "postgres: APOGEE_TEST_POSTGRES already set; nothing to do"
  exit 0
fi

port=${APOGEE_PG_PORT:-55432}
url="postgres://apogee:apogee@127.0.0.1:${port}/apogee_test"
# One cluster per checkout, so two worktrees on one machine do not share a data folder.
tag=$(printf '%s' "$root" | cksum | cut -d' ' -f1)
data="/tmp/apogee-pgdata-${tag}"

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

bin=$(find_bin || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres: installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  bin=$(find_bin)
fi

as_pg() {
  if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

record() {
  touch .deps.env
  grep -v '^export APOGEE_TEST_POSTGRES=' .deps.env > .deps.env.tmp || true
  mv .deps.env.tmp .deps.env
  echo "export APOGEE_TEST_POSTGRES=${url}" >> .deps.env
}

ready() { "$bin/pg_isready" -h 127.0.0.1 -p "$port" -q; }

if ready; then
  # A server is up on our port: use it if our database answers, else it is someone else's.
  if PGPASSWORD=apogee "$bin/psql" -h 127.0.0.1 -p "$port" -U apogee -d apogee_test -Atqc 'select 1' >/dev/null 2>&1; then
    echo "postgres: already running on port ${port}"
    record
    exit 0
  fi
fi

if [ ! -s "$data/PG_VERSION" ]; then
  rm -rf "$data"
  mkdir -p "$data"
  chown postgres:postgres "$data"
  chmod 700 "$data"
  as_pg "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi

if ! ready; then
  # The socket goes into the data folder: /var/run/postgresql may not exist on a fresh machine.
  as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p ${port} -k ${data} -c fsync=off -c max_connections=200" start >/dev/null
fi

psql_admin() { "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atqc "$1"; }
if [ "$(psql_admin "select 1 from pg_roles where rolname='apogee'")" != "1" ]; then
  psql_admin "create role apogee login password 'apogee'"
fi
if [ "$(psql_admin "select 1 from pg_database where datname='apogee_test'")" != "1" ]; then
  psql_admin "create database apogee_test owner apogee"
fi

record
echo "postgres: running on port ${port} (${data})"
