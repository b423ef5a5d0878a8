#!/usr/bin/env bash
# Quick start, command 2: install what is missing (test peers included), build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh --with-tests
packaging/build.sh
exec tests/run-all.sh build
