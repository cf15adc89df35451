#!/usr/bin/env bash
# The plugin under clang-tidy and the serialint command must report the same
# findings on the same file with the same .clang-tidy.
#   compare.sh CLANG_TIDY PLUGIN SERIALINT FILE -- FLAGS...
set -u
tidy=$1 plugin=$2 serialint=$3 file=$4
shift 5
findings() { grep -E '^[^ ].*:[0-9]+:[0-9]+: (warning|error|note):' | sort; }
a=$("$tidy" -load "$plugin" "$file" -- "$@" 2>/dev/null | findings)
b=$("$serialint" "$file" -- "$@" 2>/dev/null | findings)
if [ -z "$a" ]; then echo "FAIL: clang-tidy reported nothing"; exit 1; fi
if [ "$(grep -c warning: <<<"$a")" -lt 6 ]; then
  echo "FAIL: expected at least 6 warnings, got:"; echo "$a"; exit 1
fi
if [ "$a" != "$b" ]; then
  echo "FAIL: the findings differ"; diff <(echo "$a") <(echo "$b"); exit 1
fi
echo "ok: $(grep -c warning: <<<"$a") warnings and $(grep -c note: <<<"$a") notes, identical"
