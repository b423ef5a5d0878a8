#!/usr/bin/env bash
# Runs every CTest test of a build folder, with the services the tests talk to started here first
# and stopped afterwards. Usage: tests/run-all.sh BUILD_DIR [ctest args]
#
# Services:
#  - a private D-Bus session bus (dbus-run-session) with a throwaway gnome-keyring, created and
#    unlocked with a fixed test password in a temporary XDG_DATA_HOME, so keychain tests use the real
#    Secret Service and never touch the user's own keyring. The keyring daemon exits with the bus.
#  - a throwaway PostgreSQL cluster (tests/pg-test-cluster.sh: temporary folder, unix socket there
#    and 127.0.0.1 on a free port, a test role with a random password), exported to the tests as
#    CLINICMDM_TEST_PG + CLINICMDM_TEST_PG_PASSWORD, stopped and deleted at exit. Without the
#    postgresql package the PostgreSQL tests are skipped; in CI (CI=true) they fail instead.
set -euo pipefail
build=${1:-build}
shift || true
cd "$(dirname "$0")/.."

if [ -z "${CLINICMDM_TEST_SESSION:-}" ]; then
  for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
      echo "run-all.sh: $tool is missing; run packaging/install-deps.sh --with-tests" >&2
      exit 1
    fi
  done
  exec dbus-run-session -- env CLINICMDM_TEST_SESSION=1 "$0" "$build" "$@"
fi

keyring_home=$(mktemp -d)
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/clinicmdm-pg.XXXXXX")
trap 'tests/pg-test-cluster.sh stop "$pg_dir"; rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home"
eval "$(printf 'clinicmdm-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL

pg_rc=0
pg_env=$(tests/pg-test-cluster.sh start "$pg_dir") || pg_rc=$?
if [ "$pg_rc" -eq 0 ]; then
  eval "$pg_env"
elif [ "$pg_rc" -eq 2 ]; then
  echo "run-all.sh: no PostgreSQL server installed (packaging/install-deps.sh --with-tests): PostgreSQL tests will skip${CI:+, and fail in CI}" >&2
else
  echo "run-all.sh: the PostgreSQL test server did not start" >&2
  if [ "${CI:-}" = "true" ]; then exit 1; fi
fi

ctest --test-dir "$build" --output-on-failure --no-tests=error "$@"
