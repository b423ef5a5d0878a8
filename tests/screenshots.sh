#!/usr/bin/env bash
# Screenshots of every console page and tab at 1280x720, in English and Spanish, over a seeded demo
# fleet (5,000 devices unless DEVICES says otherwise), into OUT_DIR/en and OUT_DIR/es; the README's
# pictures in resources/screenshots/ are copied from them. The same run fails when a label, column
# header or chart label is elided (it is test_window_layout, which the test suite runs too).
# Usage: tests/screenshots.sh [BUILD_DIR] [OUT_DIR]     (build first: cmake --build BUILD_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=$(realpath -m "${2:-$build/screenshots}")
if [ ! -x "$build/tests/test_window_layout" ]; then
  echo "screenshots.sh: $build/tests/test_window_layout is missing: cmake --build $build --target test_window_layout" >&2
  exit 1
fi
rm -rf "$out"
mkdir -p "$out"
status=0
CLINICMDM_SCREENSHOT_DIR="$out" CLINICMDM_LAYOUT_DEVICES="${DEVICES:-5000}" QT_QPA_PLATFORM=offscreen \
  "$build/tests/test_window_layout" || status=$?
# The README's pictures: the Devices page and the dashboard, in English.
for page in devices dashboard; do
  shot=$(ls "$out"/en/[0-9][0-9]-"$page".png 2>/dev/null | head -n 1)
  [ -n "$shot" ] && cp "$shot" "resources/screenshots/$page.png"
done
echo "screenshots.sh: $(find "$out" -name '*.png' | wc -l) screenshots in $out"
exit "$status"
