#!/usr/bin/env bash
# Push fan-out benchmark (issue 5): 10,000 MDM wakes through ClinicMDM's HTTP/2 push path
#  1. against nghttpd on loopback, side by side with h2load against the same server (the ceiling);
#  2. against a node server answering each request after 50 ms with 1,000 concurrent streams
#     (ideal: 10,000 x 50 ms / 1,000 = 0.5 s).
# Usage: tests/bench/bench_push.sh BUILD_DIR [COUNT]
set -euo pipefail
build=${1:-build}
count=${2:-10000}
here=$(cd "$(dirname "$0")" && pwd)
bench="$(cd "$build" && pwd)/tests/bench/bench_push"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
cd "$work"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 1 \
  -subj "/CN=bench CA" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout server.key -out server.csr \
  -subj "/CN=localhost" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 1 -extfile ext -out server.pem 2>/dev/null
mkdir -p htdocs/3/device && : > htdocs/3/device/00aa
port=$((20000 + RANDOM % 20000))
nghttpd -d htdocs --no-content-length "$port" server.key server.pem >/dev/null 2>&1 &
pids+=($!)
sleep 0.5
printf '{"mdm":"magic-0000"}' > body.json
echo "== nghttpd, $count requests, one connection"
for m in 100 1000; do
  printf 'h2load -m %-4s: ' "$m"
  h2load -n "$count" -c 1 -m "$m" -d body.json -H 'apns-push-type: mdm' -H 'apns-priority: 10' \
    "https://127.0.0.1:$port/3/device/00aa" | grep -E 'finished in'
done
for run in 1 2 3; do "$bench" --port "$port" --ca ca.pem --count "$count"; done
node "$here/../mock/apns-mock.js" --key server.key --cert server.pem --delay-ms 50 --max-streams 1000 --port 0 > node.out &
pids+=($!)
while ! grep -q LISTENING node.out; do sleep 0.1; done
nport=$(awk '/LISTENING/ {print $2}' node.out)
echo "== node server answering after 50 ms, 1,000 concurrent streams (ideal 0.5 s for 10,000)"
printf 'h2load -m 1000: '
h2load -n "$count" -c 1 -m 1000 -d body.json "https://127.0.0.1:$nport/3/device/00aa" | grep -E 'finished in'
for run in 1 2 3; do "$bench" --port "$nport" --ca ca.pem --count "$count"; done
