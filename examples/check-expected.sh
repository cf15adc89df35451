#!/usr/bin/env bash
# Lints an example's bad.cpp and good.cpp as a user would, from the
# repository root, and compares what serialint prints with the expected
# output kept beside the example.
#   check-expected.sh SERIALINT EXAMPLE [--update]
set -u
serialint=$1 example=$2
dir=examples/$example
# Source and caret lines are clang's excerpt of the file; the findings are
# the lines that name a location.
# Paths are printed from the repository root, wherever it is cloned.
root=$(cd "$(dirname "$0")/.." && pwd)
findings() {
  grep -E '^[^ ].*:[0-9]+:[0-9]+: (warning|error|note):' | sed "s|^$root/||" || true
}
actual=$(cd "$(dirname "$0")/.." && "$serialint" "$dir/bad.cpp" 2>/dev/null | findings)
if [ "${3:-}" = --update ]; then
  printf '%s\n' "$actual" >"$dir/expected-lint.txt"
  exit 0
fi
if ! diff -u "$dir/expected-lint.txt" <(printf '%s\n' "$actual"); then
  echo "FAIL: serialint's output on $dir/bad.cpp differs from $dir/expected-lint.txt"
  exit 1
fi
clean=$(cd "$(dirname "$0")/.." && "$serialint" "$dir/good.cpp" 2>/dev/null | findings)
if [ -n "$clean" ]; then
  echo "FAIL: $dir/good.cpp is not clean:"; echo "$clean"; exit 1
fi
echo "ok: $dir: $(grep -c 'warning:' "$dir/expected-lint.txt") findings as expected; good.cpp clean"
