#!/usr/bin/env bash
# Runs a documentation snippet's program and checks that it succeeds and that
# its output holds each expected text.
#   run_snippet.sh TEXT... -- COMMAND [ARGS...]
set -u
expected=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do expected+=("$1"); shift; done
shift
output=$("$@" 2>&1)
status=$?
fail=0
if [ "$status" -ne 0 ]; then
  echo "FAIL: '$*' exited $status"; fail=1
fi
for text in "${expected[@]}"; do
  if ! grep -qF -- "$text" <<<"$output"; then
    echo "FAIL: '$*' does not print: $text"; fail=1
  fi
done
if [ "$fail" -ne 0 ]; then
  echo "--- it printed:"; echo "$output"; exit 1
fi
echo "ok: $(basename "$1")"
