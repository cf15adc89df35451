#!/usr/bin/env bash
# Installs serialint from a build tree into a scratch prefix, then configures
# and builds the consumer project against it.
#   run.sh BUILD_DIR SCRATCH
set -u
build=$1
scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
prefix="$scratch/prefix"
rm -rf "$scratch"
mkdir -p "$scratch"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
. "$here/consumer.sh"

cmake --install "$build" --prefix "$prefix" >"$scratch/install.log" 2>&1 ||
  { cat "$scratch/install.log"; fail "cmake --install failed"; exit 1; }
for installed in bin/serialint lib/serialint/libSerialintTidyModule.so \
    include/serialint/annotations.hpp include/serialint/serialint.hpp \
    lib/cmake/serialint/serialintConfig.cmake lib/cmake/serialint/serialintConfigVersion.cmake \
    lib/cmake/serialint/serialintTargets.cmake; do
  [ -e "$prefix/$installed" ] || fail "not installed: $installed"
done
"$prefix/bin/serialint" --version | grep -q '^serialint ' || fail "the installed command does not run"

build_consumer "$prefix" "$scratch"

if [ "$failures" -ne 0 ]; then
  echo "--- build log:"; cat "$scratch/build.log"
  exit 1
fi
echo "ok: installed to $prefix, consumer built and linted"
