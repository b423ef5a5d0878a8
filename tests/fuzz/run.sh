#!/usr/bin/env bash
# Fuzzes every parser that reads bytes from outside (issue 13 section 6).
#   tests/fuzz/run.sh SECONDS [harness...]
# Installs clang and libFuzzer when missing (packaging/install-deps.sh --with-fuzz), builds the
# harnesses with -fsanitize=fuzzer,address,undefined in build-fuzz/ (CLINICMDM_FUZZ=ON), then for each
# harness: writes its seeds (real messages from the tests' simulators; PEM/PKCS#12 from openssl), fuzzes
# for SECONDS from the committed corpus plus the seeds, and minimises everything (-merge=1) back into
# tests/fuzz/corpus/<harness>/, which the regular build's fuzz_replay_<harness> tests replay (with the
# reproducers of fixed bugs in tests/fuzz/regressions/<harness>/, which are never minimised away).
# FUZZ_JOBS harnesses run at once (default 2), each under nice -n 19. Exits non-zero when any harness
# found a crash, leak, timeout or out-of-memory (the reproducer is left in build-fuzz/fuzz-work/<harness>/).
# Figures: build-fuzz/fuzz-work/summary.tsv.
set -euo pipefail

seconds="${1:?usage: tests/fuzz/run.sh SECONDS [harness...]}"
shift
src="$(cd "$(dirname "$0")/../.." && pwd)"
fuzz="$src/tests/fuzz"
build="${FUZZ_BUILD_DIR:-$src/build-fuzz}"
jobs="${FUZZ_JOBS:-2}"
all=(http_request plist apple_mdm scep_request android_agent csv_import adb_reply pem_pkcs12)
if [ "$#" -gt 0 ]; then harnesses=("$@"); else harnesses=("${all[@]}"); fi

"$src/packaging/install-deps.sh" --with-fuzz

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$src" -B "$build" -G Ninja -DCLINICMDM_FUZZ=ON -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only"
fi
cmake --build "$build" -j "${FUZZ_BUILD_JOBS:-2}" --target "${harnesses[@]/#/fuzz_}"

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$fuzz/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
work="$build/fuzz-work"
mkdir -p "$work"

# PEM and PKCS#12 seeds, made by openssl under the fixed fuzzing CA (see fuzz_pem_pkcs12.cpp for the layout).
pem_seeds() {
  local out="$1" t
  t="$(mktemp -d)"
  openssl req -newkey rsa:2048 -nodes -keyout "$t/leaf.key" -out "$t/leaf.csr" -subj "/CN=mdm.clinic.test" 2>/dev/null
  printf 'subjectAltName=DNS:mdm.clinic.test\nextendedKeyUsage=serverAuth\n' > "$t/ext"
  openssl x509 -req -in "$t/leaf.csr" -CA "$fuzz/data/scep-ca.pem" -CAkey "$fuzz/data/scep-ca.key" -CAserial "$t/ca.srl" -CAcreateserial \
          -days 3650 -extfile "$t/ext" -out "$t/leaf.pem" 2>/dev/null
  openssl pkey -in "$t/leaf.key" -aes-256-cbc -passout pass:fuzz -out "$t/leaf.enc.key"
  openssl req -new -x509 -key "$t/leaf.key" -days 3650 -out "$t/push.pem" \
          -subj "/UID=com.apple.mgmt.External.0c1a7f4e-51c6-4f3e-9d0a-1b2c3d4e5f60/CN=APSP:0c1a7f4e/C=US" 2>/dev/null
  # Iteration counts of 1 keep each PKCS#12 input cheap to try (the format's key derivation is slow by design).
  openssl pkcs12 -export -in "$t/leaf.pem" -inkey "$t/leaf.key" -certfile "$fuzz/data/scep-ca.pem" -passout pass:fuzz \
          -iter 1 -nomaciter -out "$t/leaf.p12" 2>/dev/null
  openssl pkcs12 -export -in "$t/push.pem" -inkey "$t/leaf.key" -passout pass:fuzz -iter 1 -nomaciter -out "$t/push.p12" 2>/dev/null
  local sep='|||FUZZ|||'
  { printf '\000'; cat "$t/leaf.pem" "$fuzz/data/scep-ca.pem"; printf '%s' "$sep"; cat "$t/leaf.key"; } > "$out/pem"
  { printf '\000'; cat "$t/leaf.pem"; printf '%s' "$sep"; cat "$t/leaf.enc.key"; printf '%sfuzz' "$sep"; } > "$out/pem-encrypted"
  { printf '\001'; cat "$t/leaf.p12"; } > "$out/p12"
  { printf '\002'; cat "$t/push.p12"; } > "$out/push-p12"
  { printf '\003'; openssl x509 -in "$t/push.pem" -outform DER; printf '%s' "$sep"; cat "$t/leaf.enc.key"; printf '%sfuzz' "$sep"; } \
    > "$out/push-der-and-key"
  rm -rf "$t"
}

fuzz_one() {
  local name="$1" exe="$build/tests/fuzz/fuzz_$1" dir="$work/$1" committed="$fuzz/corpus/$1"
  rm -rf "$dir"
  mkdir -p "$dir/corpus" "$dir/seeds" "$dir/merged" "$dir/artifacts" "$committed"
  cp -a "$committed/." "$dir/corpus/" 2>/dev/null || true
  if [ "$name" = pem_pkcs12 ]; then pem_seeds "$dir/seeds"; fi
  local dict=() regressions=()
  if [ -f "$fuzz/fuzz_$name.dict" ]; then dict=(-dict="$fuzz/fuzz_$name.dict"); fi
  # Reproducers of bugs the fuzzers found: read as seeds, kept as they are (merge does not touch them).
  if [ -d "$fuzz/regressions/$name" ]; then regressions=("$fuzz/regressions/$name"); fi
  local before
  before=$(( $(ls "$dir/corpus" | wc -l) ))
  CLINICMDM_FUZZ_WRITE_SEEDS="$dir/seeds" nice -n 19 "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$dir/artifacts/" "${dict[@]}" "$dir/corpus" "$dir/seeds" \
      "${regressions[@]}" > "$dir/fuzz.log" 2>&1 || true
  before="$before+$(ls "$dir/seeds" | wc -l)"
  nice -n 19 "$exe" -merge=1 -timeout=10 -rss_limit_mb=2560 -max_len=65536 -artifact_prefix="$dir/artifacts/" \
      "$dir/merged" "$dir/corpus" "$dir/seeds" > "$dir/merge.log" 2>&1 || true
  local after runs rate crashes leaks timeouts ooms
  after=$(ls "$dir/merged" | wc -l)
  if [ "$after" -gt 0 ]; then
    rm -rf "$committed" && mkdir -p "$committed" && cp -a "$dir/merged/." "$committed/"
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/fuzz.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/fuzz.log" | tail -1)
  crashes=$(find "$dir/artifacts" -name 'crash-*' -o -name 'deadly-signal*' | wc -l)
  leaks=$(find "$dir/artifacts" -name 'leak-*' | wc -l)
  timeouts=$(find "$dir/artifacts" -name 'timeout-*' | wc -l)
  ooms=$(find "$dir/artifacts" -name 'oom-*' | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$seconds" "${runs:-?}" "${rate:-?}" "$before" "$after" \
         "$crashes" "$leaks" "$timeouts" "$ooms" >> "$work/summary.tsv"
  echo "fuzz_$name: ${runs:-?} runs (${rate:-?}/s), corpus $before -> $after, crashes $crashes, leaks $leaks, timeouts $timeouts, oom $ooms"
}

printf 'harness\tseconds\texecutions\texec_per_s\tcorpus_before(committed+seeds)\tcorpus_after\tcrashes\tleaks\ttimeouts\toom\n' \
  > "$work/summary.tsv"
running=0
for name in "${harnesses[@]}"; do
  fuzz_one "$name" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
done
wait
column -t -s $'\t' "$work/summary.tsv"
! awk -F'\t' 'NR > 1 && ($7 + $8 + $9 + $10) > 0 { bad = 1 } END { exit !bad }' "$work/summary.tsv"
