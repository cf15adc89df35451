#!/usr/bin/env bash
# Builds the Debian package from a build tree, checks its files and
# dependencies with dpkg-deb, unpacks it into a scratch root, and builds the
# consumer project against the unpacked tree.
#   deb.sh BUILD_DIR SCRATCH
set -u
build=$1
scratch=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$scratch"
mkdir -p "$scratch"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
. "$here/consumer.sh"

(cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake") >"$scratch/cpack.log" 2>&1 ||
  { cat "$scratch/cpack.log"; echo "FAIL: cpack failed"; exit 1; }
version=$(sed -n 's/^project(serialint VERSION \([0-9.]*\).*/\1/p' "$here/../../CMakeLists.txt")
deb="$scratch/serialint_${version}_amd64.deb"
[ -f "$deb" ] || { ls "$scratch"; echo "FAIL: no $deb"; exit 1; }

dpkg-deb --contents "$deb" >"$scratch/contents" || fail "dpkg-deb cannot read the package"
for file in usr/bin/serialint usr/lib/serialint/libSerialintTidyModule.so \
    usr/include/serialint/serialint.hpp usr/include/serialint/traced.hpp \
    usr/include/serialint/detail/call_record.hpp \
    usr/lib/cmake/serialint/serialintConfig.cmake usr/lib/cmake/serialint/serialintTargets.cmake; do
  grep -q " \./$file\$" "$scratch/contents" || fail "not in the package: $file"
done
depends=$(dpkg-deb -f "$deb" Depends)
for package in libclang-cpp19 libllvm19 clang-tidy-19; do
  printf '%s\n' "$depends" | grep -Eq "(^|, )$package(,|$| )" || fail "Depends lacks $package: $depends"
done
[ "$(dpkg-deb -f "$deb" Package)" = serialint ] || fail "the package is not named serialint"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the package's version is not $version"

root="$scratch/root"
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb cannot unpack the package"
"$root/usr/bin/serialint" --version | grep -q "^serialint $version " || fail "the unpacked command does not run"
build_consumer "$root/usr" "$scratch"

if [ "$failures" -ne 0 ]; then
  echo "--- build log:"; cat "$scratch/build.log" 2>/dev/null
  exit 1
fi
echo "ok: $(basename "$deb") holds the command, plugin, headers and CMake package; a consumer built against it"
