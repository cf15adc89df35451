#!/usr/bin/env bash
# Runs an example program and compares what it prints with the expected
# output kept beside it, which its README shows.
#   check-output.sh PROGRAM EXPECTED_FILE
set -u
program=$1 expected=$2
actual=$("$program" 2>&1)
status=$?
if [ "$status" -ne 0 ]; then
  echo "FAIL: $program exited $status"; echo "$actual"; exit 1
fi
if ! diff -u "$expected" <(printf '%s\n' "$actual"); then
  echo "FAIL: the output of $program differs from $expected"
  exit 1
fi
echo "ok: $(basename "$program") prints $expected"
