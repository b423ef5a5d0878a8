#!/usr/bin/env bash
# Configures and builds ClinicMDM into build/ (Ninja). CI (CI=true) turns warnings into errors.
set -euo pipefail
cd "$(dirname "$0")/.."
werror=OFF
if [ -n "${CI:-}" ]; then werror=ON; fi
cmake -S . -B build -G Ninja -DCLINICMDM_WERROR="$werror" "$@" >/dev/null
cmake --build build
