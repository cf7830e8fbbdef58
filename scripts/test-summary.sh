#!/usr/bin/env bash
# Prints "N passed, N failed" summed over every TRX file in the given folder, so a run that executed no test shows.
set -u
dir="${1:-TestResults}"
passed=0; failed=0
for f in "$dir"/*.trx; do
  [ -f "$f" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  p=$(echo "$counters" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')
  x=$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
  e=$(echo "$counters" | grep -o ' error="[0-9]*"' | grep -o '[0-9]*')
  passed=$((passed + ${p:-0})); failed=$((failed + ${x:-0} + ${e:-0}))
done
echo "$passed passed, $failed failed"
