#!/usr/bin/env bash
# What the result cache (--cache-dir) saves, side by side in one run over the
# generated corpus (bench/make-corpus.py, in a temporary directory):
#   1. serialint without a cache                   the baseline
#   2. the same with an empty cache                cold: every unit analysed and kept
#   3. the same again                              warm: every unit from the cache
#   4. after an edit to one unit, and to a header a tenth of the units include
#   bench/cache.sh BUILD_DIR [CORPUS_SIZE] [JOBS]     (defaults 200 and 2)
set -euo pipefail
build=$(cd "$1" && pwd)
count=${2:-200}
jobs=${3:-2}
repo=$(cd "$(dirname "$0")/.." && pwd)
serialint="$build/bin/serialint"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Generated units only: the project's own sources are left out.
mkdir -p "$work/none" && echo '[]' >"$work/none/compile_commands.json"
python3 "$repo/bench/make-corpus.py" "$work" "$count" "$repo" "$repo/.deps/msgpack/usr/include" \
  /usr/lib/x86_64-linux-gnu/openmpi/include "$work/none"
cache="$work/cache"

# Runs serialint over the corpus; prints its wall time and keeps its output
# in $work/NAME.out and its cache line in $work/NAME.err.
timed() {
  local name=$1 start end
  shift
  start=$(date +%s.%N)
  "$serialint" -p "$work" -j "$jobs" "$@" >"$work/$name.out" 2>"$work/$name.err" || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
same() { cmp -s "$work/baseline.out" "$work/$1.out" && echo "same output" || echo "OUTPUT DIFFERS"; }
stats() { grep '^serialint: cache:' "$work/$1.err" | sed 's/^serialint: cache: //; s/, in .*//'; }

baseline=$(timed baseline)
echo "no cache:      ${baseline}s"
cold=$(timed cold --cache-dir "$cache" --cache-stats)
echo "cold cache:    ${cold}s   $(same cold); $(stats cold)"
warm=$(timed warm --cache-dir "$cache" --cache-stats)
echo "warm cache:    ${warm}s   $(same warm); $(stats warm)"
echo '// edited' >>"$work/corpus/unit0003.cpp"
unit=$(timed unit --cache-dir "$cache" --cache-stats)
echo "one unit edited:   ${unit}s   $(stats unit)"
echo 'inline int edited_value() { return 2; }' >>"$work/corpus/common.h"
header=$(timed header --cache-dir "$cache" --cache-stats)
echo "common.h edited:   ${header}s   $(stats header)   ($(grep -lc common.h "$work"/corpus/*.cpp | wc -l) units include it)"
echo "cache size:    $(du -sh "$cache" | cut -f1) for $(find "$cache" -type f | wc -l) entries"

ratio() { echo "scale=3; $1 / $2" | bc; }
echo
echo "warm / cold                  $(ratio "$warm" "$cold")x   (goal <= 0.05)"
echo "warm / no cache              $(ratio "$warm" "$baseline")x"
echo "cold / no cache              $(ratio "$cold" "$baseline")x   (the cost of keying and keeping)"
echo "header edited / no cache     $(ratio "$header" "$baseline")x"
