#!/usr/bin/env bash
# Installs every build, run and test dependency of ClinicMDM from Debian 12's packages.
# Idempotent: packages already present are not touched, and nothing runs apt when all are there.
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qtkeychain-qt6-dev libssl-dev libplist-dev libqrencode-dev libargon2-dev
  libimobiledevice-dev libnghttp2-dev libcurl4-openssl-dev
  qt6-svg-dev libqt6opengl6-dev libgl-dev libxkbcommon-dev
)
run_pkgs=(
  qt6-qpa-plugins libqt6svg6 qt6-translations-l10n
  gnome-keyring libsecret-1-0 dbus dbus-x11
)
test_pkgs=(
  xvfb xauth poppler-utils qpdf openssl libsecret-tools
  adb nghttp2-server nghttp2-client postgresql sqlite3
  curl
  nodejs
  scep libyaml-dev
)
# The tests' Apple payload schema checker reads Apple's YAML with libyaml (tests are built by default).
build_pkgs+=(libyaml-dev)

# The libFuzzer harnesses (tests/fuzz/run.sh): Debian's clang with its fuzzer and sanitizer runtimes.
fuzz_pkgs=(clang-14 libclang-rt-14-dev llvm-14)

want=("${build_pkgs[@]}" "${run_pkgs[@]}")
for arg in "$@"; do
  case "$arg" in
    --with-tests) want+=("${test_pkgs[@]}") ;;
    --with-fuzz) want+=("${fuzz_pkgs[@]}") ;;
    *) echo "usage: $0 [--with-tests] [--with-fuzz]" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
