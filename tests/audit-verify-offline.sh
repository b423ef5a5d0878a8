#!/usr/bin/env bash
# Verifies a ClinicMDM audit export offline, with openssl and standard shell tools only
# (bash, awk, cut, cmp). This is the procedure of README "Verifying an audit export", as a script.
# Usage: audit-verify-offline.sh EXPORT_FOLDER      Exit 0: intact; 1: tampered or incomplete.
set -u
export LC_ALL=C
dir=${1:?usage: audit-verify-offline.sh EXPORT_FOLDER}
tab=$(printf '\t')
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*"; exit 1; }
sha256() { openssl dgst -sha256 -r | cut -d' ' -f1; }

[ -s "$dir/chain.tsv" ] || fail "no chain.tsv in $dir"

# 1. The hash chain: each entry's hash is SHA-256 of  prev_hash LF canonical,  ids are consecutive
#    and each prev_hash is the hash of the entry before. awk writes each entry's hashed bytes to a
#    file named after its id and checks the links; one openssl run hashes all the files (the same as
#    `printf '%s\n%s' "$prev_hash" "$canonical" | openssl dgst -sha256` per entry, only faster).
mkdir "$work/m"
awk -F'\t' -v dir="$work/m" -v problems="$work/problems" -v expected="$work/expected" '
  { hash = $1; prev = $2; id = $3; canonical = substr($0, length($1) + length($2) + 3)
    if (NR > 1 && id != last_id + 1)
      printf "%s\tentry %s is missing (the next line is entry %s)\n", last_id + 1, last_id + 1, id > problems
    else if (NR > 1 && prev != last_hash)
      printf "%s\tentry %s: prev_hash is not the hash of entry %s\n", id, id, last_id > problems
    f = dir "/" id; printf "%s\n%s", prev, canonical > f; close(f)
    print id, hash > expected
    last_id = id; last_hash = hash }' "$dir/chain.tsv"
(cd "$work/m" && ls | xargs openssl dgst -sha256 -r) > "$work/computed" || fail "openssl could not hash the entries"
awk -v problems="$work/problems" '
  NR == FNR { want[$1] = $2; next }
  { name = $2; sub(/^\*/, "", name)
    if (want[name] != $1) printf "%s\tentry %s: hash does not match its contents\n", name, name >> problems }' \
  "$work/expected" "$work/computed"
if [ -s "$work/problems" ]; then
  fail "$(sort -n "$work/problems" | head -n 1 | cut -f2-)"
fi
count=$(wc -l < "$work/expected" | tr -d ' ')
first=$(head -n 1 "$work/expected" | cut -d' ' -f1)
last_id=$(tail -n 1 "$work/expected" | cut -d' ' -f1)
echo "chain: $count entries ($first to $last_id), every hash matches"

# 2. The public keys: each file is named after the SHA-256 of its DER form (the key fingerprint).
for pem in "$dir"/keys/*.pem; do
  [ -e "$pem" ] || fail "no public keys in $dir/keys"
  fp=$(openssl pkey -pubin -in "$pem" -outform DER | sha256)
  [ "$dir/keys/$fp.pem" = "$pem" ] || fail "$pem does not have the fingerprint its name says"
done

# 3. The checkpoints: each signature verifies with its key, over
#    "clinicmdm-audit-checkpoint-v1" LF upto_id LF upto_hash LF created_at,
#    and upto_hash is the hash of entry upto_id in chain.tsv.
signed_last=no; checked=0
while IFS="$tab" read -r cid upto uhash created fp sig; do
  [ -f "$dir/keys/$fp.pem" ] || fail "checkpoint $cid: signed by unknown key $fp"
  entry_hash=$(awk -F'\t' -v id="$upto" '$3 == id { print $1 }' "$dir/chain.tsv")
  [ "$entry_hash" = "$uhash" ] || fail "checkpoint $cid: entry $upto is not what was signed"
  printf 'clinicmdm-audit-checkpoint-v1\n%s\n%s\n%s' "$upto" "$uhash" "$created" > "$work/message"
  printf '%s' "$sig" | openssl base64 -d -A > "$work/signature"
  openssl dgst -sha256 -verify "$dir/keys/$fp.pem" -signature "$work/signature" "$work/message" > /dev/null \
    || fail "checkpoint $cid: signature does not verify"
  [ "$upto" = "$last_id" ] && signed_last=yes
  echo "checkpoint $cid: entry $upto signed $created by key $fp: signature OK"
  checked=$((checked + 1))
done < "$dir/checkpoints.tsv"
[ "$signed_last" = yes ] || fail "the last entry ($last_id) is not covered by a signed checkpoint"

# 4. The readable file holds exactly the verified rows.
if [ -f "$dir/entries.csv" ]; then
  awk -F'\t' 'BEGIN { print "hash,prev_hash,id,occurred_at,actor,actor_role,device_id,action,outcome,details" }
    { out = ""
      for (i = 1; i <= NF; i++) {
        n = split($i, parts, "\""); f = parts[1]
        for (j = 2; j <= n; j++) f = f "\"\"" parts[j]
        out = out (i > 1 ? "," : "") "\"" f "\""
      }
      print out }' "$dir/chain.tsv" > "$work/entries.csv"
  cmp -s "$work/entries.csv" "$dir/entries.csv" || fail "entries.csv differs from the verified chain.tsv"
  echo "entries.csv: identical to the verified chain"
fi
if [ -f "$dir/entries.jsonl" ]; then
  awk -F'\t' 'function js(s,   n, parts, out, j, m, q, k) {
      n = split(s, parts, "\\"); out = parts[1]
      for (j = 2; j <= n; j++) out = out "\\\\" parts[j]
      m = split(out, q, "\""); out = q[1]
      for (k = 2; k <= m; k++) out = out "\\\"" q[k]
      return "\"" out "\"" }
    { printf "{\"hash\":%s,\"prev_hash\":%s,\"id\":%s,\"occurred_at\":%s,\"actor\":%s,\"actor_role\":%s,\"device_id\":%s,\"action\":%s,\"outcome\":%s,\"details\":%s}\n",
        js($1), js($2), $3, js($4), js($5), js($6), ($7 == "" ? "null" : $7), js($8), js($9), js($10) }' \
    "$dir/chain.tsv" > "$work/entries.jsonl"
  cmp -s "$work/entries.jsonl" "$dir/entries.jsonl" || fail "entries.jsonl differs from the verified chain.tsv"
  echo "entries.jsonl: identical to the verified chain"
fi

echo "OK: $count entries ($first to $last_id) intact, $checked checkpoint(s) verified."
echo "Compare the key fingerprint(s) above with the one the clinic gave you independently."
