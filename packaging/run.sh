#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, and start the console on its embedded
# SQLite database (in the user's data folder unless --db PATH is given). Arguments go to clinicmdm.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
packaging/build.sh
exec build/clinicmdm "$@"
