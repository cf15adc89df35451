#!/usr/bin/env bash
# The plugin under clang-tidy and the serialint command must print the same
# text, byte for byte (every warning and note, its source line and its
# caret), on the same file with the same configuration.
#   compare.sh CLANG_TIDY PLUGIN SERIALINT FILE -- FLAGS...
set -u
tidy=$1 plugin=$2 serialint=$3 file=$4
shift 5
dir=$(dirname "$file")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# identical NAME: $work/NAME.tidy and $work/NAME.serialint hold the same bytes.
identical() {
  cmp -s "$work/$1.tidy" "$work/$1.serialint" ||
    fail "$1: the outputs differ: $(diff "$work/$1.tidy" "$work/$1.serialint" | head -40)"
}

# From outside the project: both print the paths absolute.
(cd "$work" && "$tidy" -load "$plugin" "$file" -- "$@" >"$work/outside.tidy" 2>/dev/null)
(cd "$work" && "$serialint" "$file" -- "$@" >"$work/outside.serialint" 2>/dev/null)
warnings=$(grep -c ': warning: ' "$work/outside.tidy")
notes=$(grep -c ': note: ' "$work/outside.tidy")
[ "$warnings" -ge 6 ] || fail "expected at least 6 warnings from clang-tidy, got $warnings"
grep -Eq '^ +[0-9]+ \| ' "$work/outside.tidy" || fail "clang-tidy printed no source line"
grep -Eq '^ +\| +\^' "$work/outside.tidy" || fail "clang-tidy printed no caret"
identical outside

# From the project's directory: serialint shows the paths below the working
# directory relative to it (docs/command.md), clang-tidy keeps them absolute;
# the rest is the same.
(cd "$dir" && "$tidy" -load "$plugin" "$file" -- "$@" 2>/dev/null | sed "s|^$dir/||" >"$work/inside.tidy")
(cd "$dir" && "$serialint" "$(basename "$file")" -- "$@" >"$work/inside.serialint" 2>/dev/null)
grep -Eq "^$(basename "$file"):[0-9]+:[0-9]+: warning: " "$work/inside.serialint" ||
  fail "serialint did not print the path relative to the working directory"
identical inside

# Warnings turned into errors by the configuration: the workers' YAML does
# not carry that, the command works it out again as clang-tidy does.
{ cat "$dir/.clang-tidy"; echo "WarningsAsErrors: 'serialint-pool-payload'"; } >"$work/werror.yaml"
(cd "$work" && "$tidy" -load "$plugin" --config-file="$work/werror.yaml" "$file" -- "$@" \
  >"$work/werror.tidy" 2>/dev/null)
(cd "$work" && "$serialint" --config-file="$work/werror.yaml" "$file" -- "$@" \
  >"$work/werror.serialint" 2>/dev/null)
grep -q ': error: .*\[serialint-pool-payload,-warnings-as-errors\]' "$work/werror.tidy" ||
  fail "clang-tidy turned no warning into an error"
identical werror

if [ "$failures" -ne 0 ]; then exit 1; fi
echo "ok: $warnings warnings and $notes notes, byte for byte, from outside and inside the project and as errors"
