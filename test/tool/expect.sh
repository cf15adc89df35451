#!/usr/bin/env bash
# Runs a command and checks its exit status and output.
#   expect.sh --exit N [--match ERE]... [--no-match ERE]... [--lines N] -- command...
# --lines counts the lines on stderr (for "one-line error" promises).
set -u
exit_want=""; matches=(); nomatches=(); lines=""
while [ $# -gt 0 ]; do
  case "$1" in
    --exit) exit_want=$2; shift 2 ;;
    --match) matches+=("$2"); shift 2 ;;
    --no-match) nomatches+=("$2"); shift 2 ;;
    --stderr-lines) lines=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "expect.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
out=$(mktemp); err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$@" >"$out" 2>"$err"
status=$?
fail=0
if [ -n "$exit_want" ] && [ "$status" != "$exit_want" ]; then
  echo "FAIL: exit status $status, expected $exit_want"; fail=1
fi
for m in "${matches[@]+"${matches[@]}"}"; do
  grep -Eq -- "$m" "$out" "$err" || { echo "FAIL: output does not match: $m"; fail=1; }
done
for m in "${nomatches[@]+"${nomatches[@]}"}"; do
  grep -Eq -- "$m" "$out" "$err" && { echo "FAIL: output matches: $m"; fail=1; }
done
if [ -n "$lines" ]; then
  n=$(wc -l <"$err")
  [ "$n" = "$lines" ] || { echo "FAIL: $n lines on stderr, expected $lines"; fail=1; }
fi
if [ $fail -ne 0 ]; then
  echo "--- command: $*"; echo "--- stdout:"; cat "$out"; echo "--- stderr:"; cat "$err"
  exit 1
fi
echo "ok: $*"
