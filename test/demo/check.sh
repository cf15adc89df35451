#!/bin/sh
# check.sh BUILD_DIR: scripts/demo over BUILD_DIR exits 0 and says every step
# behaved; and over a build whose serialint finds nothing, exits 1 and says
# which steps did not.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$1

output=$(SERIALINT_DEMO_BUILD="$build" "$root/scripts/demo" 2>&1)
status=$?
printf '%s\n' "$output" | tail -n 5
if [ "$status" -ne 0 ] || ! printf '%s\n' "$output" | grep -q 'demo: every step behaved as its README says'; then
  echo "check.sh: FAIL: the demo exited $status over $build"
  printf '%s\n' "$output" | grep 'UNEXPECTED' || true
  exit 1
fi

stub=$(mktemp -d)
trap 'rm -rf "$stub"' EXIT
mkdir -p "$stub/bin"
printf '#!/bin/sh\nexit 0\n' > "$stub/bin/serialint"
chmod +x "$stub/bin/serialint"
output=$(SERIALINT_DEMO_BUILD="$stub" "$root/scripts/demo" 2>&1)
status=$?
if [ "$status" -ne 1 ] || ! printf '%s\n' "$output" | grep -q 'UNEXPECTED: serialint examples/ray_lambda/bad.cpp exited 0, expected 1'; then
  echo "check.sh: FAIL: with a serialint that finds nothing the demo exited $status:"
  printf '%s\n' "$output" | tail -n 5
  exit 1
fi
echo "check.sh: PASS"
