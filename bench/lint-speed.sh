#!/usr/bin/env bash
# How much the serialint command costs over parsing, side by side in one run:
#   1. serialint -j 1        against clang++-19 -fsyntax-only, one unit at a time
#   2. serialint -j 1        against clang-tidy-19 -load <plugin> with the same checks
#   3. serialint -j 2        against serialint -j 1
# over the project's own sources plus a generated corpus of translation units
# that include Boost, cereal and the standard library (written to a temporary
# directory, never kept).
#   bench/lint-speed.sh BUILD_DIR [CORPUS_SIZE]     (default 200)
set -euo pipefail
build=$(cd "$1" && pwd)
count=${2:-200}
repo=$(cd "$(dirname "$0")/.." && pwd)
serialint="$build/bin/serialint"
plugin=$(ls "$build"/lib/*SerialintTidyModule.so)
msgpack="$repo/.deps/msgpack/usr/include"
mpi=/usr/lib/x86_64-linux-gnu/openmpi/include
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$repo/bench/make-corpus.py" "$work" "$count" "$repo" "$msgpack" "$mpi" "$build"

files=$(python3 -c "import json,sys; print(' '.join(e['file'] for e in json.load(open(sys.argv[1]))))" "$work/compile_commands.json")

seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

echo "parse:      clang++-19 -fsyntax-only, one at a time"
parse=$(seconds bash "$work/parse.sh"); echo "  ${parse}s"
echo "serialint:  -j 1"
serial=$(seconds "$serialint" -p "$work" -j 1); echo "  ${serial}s"
echo "clang-tidy: clang-tidy-19 -load, same checks"
tidy=$(seconds clang-tidy-19 -load "$plugin" -checks='-*,serialint-*' -p "$work" $files); echo "  ${tidy}s"
echo "serialint:  -j 2"
parallel=$(seconds "$serialint" -p "$work" -j 2); echo "  ${parallel}s"

ratio() { echo "scale=2; $1 / $2" | bc; }
echo
echo "serialint -j 1 / parse alone          $(ratio "$serial" "$parse")x   (goal <= 1.05)"
echo "serialint -j 1 / clang-tidy -load     $(ratio "$serial" "$tidy")x   (goal <= 1.00)"
echo "serialint -j 1 / serialint -j 2       $(ratio "$serial" "$parallel")x faster   (goal >= 1.7)"
