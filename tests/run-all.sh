#!/usr/bin/env bash
# Runs every CTest test of a build folder, with the services the tests talk to started here first
# and stopped afterwards. Usage: tests/run-all.sh BUILD_DIR [ctest args]
#
# Services:
#  - a private D-Bus session bus (dbus-run-session) with a throwaway gnome-keyring, created and
#    unlocked with a fixed test password in a temporary XDG_DATA_HOME, so keychain tests use the real
#    Secret Service and never touch the user's own keyring. The keyring daemon exits with the bus.
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
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home"
eval "$(printf 'clinicmdm-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL

ctest --test-dir "$build" --output-on-failure --no-tests=error "$@"
