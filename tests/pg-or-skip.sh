#!/usr/bin/env bash
# Runs a test executable against the PostgreSQL test server of tests/run-all.sh. Without one it is
# reported as skipped (exit 77, CTest's SKIP_RETURN_CODE) on a developer machine, and fails in CI.
if [ -z "${CLINICMDM_TEST_PG:-}" ]; then
  echo "no PostgreSQL test server (CLINICMDM_TEST_PG unset): run the tests with tests/run-all.sh"
  if [ "${CI:-}" = "true" ]; then exit 1; fi
  exit 77
fi
exec "$@"
