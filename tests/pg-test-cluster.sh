#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test run, used by tests/run-all.sh (and by hand).
#
#   eval "$(tests/pg-test-cluster.sh start DIR)"   initdb into DIR, start it, print the exports
#   tests/pg-test-cluster.sh stop DIR               stop the server and delete DIR
#
# The server listens on a unix socket inside DIR and on 127.0.0.1 at a free port, and nowhere else.
# It has one database and one password-protected role for the tests (owner of the database, may
# create further databases: each test executable gets its own). PostgreSQL refuses to run as root,
# so under root the cluster belongs to the `postgres` system user (from the Debian package).
# Prints nothing and exits 2 when no PostgreSQL server is installed.
set -euo pipefail

cmd=${1:?start or stop}
dir=${2:?cluster directory}

pg_bin=""
for d in /usr/lib/postgresql/*/bin; do
  if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then pg_bin=$d; fi
done
if [ -z "$pg_bin" ] && command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
  pg_bin=$(dirname "$(command -v initdb)")
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
start)
  [ -n "$pg_bin" ] || exit 2
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "pg-test-cluster.sh: running as root but there is no postgres user to own the cluster" >&2
    exit 2
  fi
  mkdir -p "$dir"
  chmod 700 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  superuser=$(as_owner id -un)
  as_owner "$pg_bin/initdb" -D "$dir/data" -U "$superuser" --auth-local=peer --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  {
    echo "local all $superuser peer"
    echo "local all all scram-sha-256"
    echo "host all all 127.0.0.1/32 scram-sha-256"
  } | as_owner tee "$dir/data/pg_hba.conf" >/dev/null

  started=""
  for _ in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    # A port something already listens on is no good; a race with another starter just retries.
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
    if as_owner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
         -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
         start >/dev/null; then
      started=$port
      break
    fi
  done
  if [ -z "$started" ]; then
    echo "pg-test-cluster.sh: the PostgreSQL test server did not start:" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
  fi
  # pg_ctl -w already waited; pg_isready confirms that the socket answers (bounded, no sleep loop).
  as_owner "$pg_bin/pg_isready" -q -h "$dir" -p "$port" -t 30

  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  as_owner "$pg_bin/psql" -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -d postgres \
    -v pw="$password" >/dev/null <<'SQL'
CREATE ROLE clinicmdm_test LOGIN CREATEDB PASSWORD :'pw';
CREATE DATABASE clinicmdm_test OWNER clinicmdm_test;
SQL
  echo "export CLINICMDM_TEST_PG='host=127.0.0.1 port=$port dbname=clinicmdm_test user=clinicmdm_test'"
  echo "export CLINICMDM_TEST_PG_PASSWORD='$password'"
  echo "export CLINICMDM_TEST_PG_SOCKET_DIR='$dir'"
  ;;
stop)
  if [ -n "$pg_bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
