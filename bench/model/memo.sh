#!/usr/bin/env bash
# The type model memoises per canonical type: a translation unit's cost grows
# with the number of distinct types, not with call sites times type size.
#
# Generates translation units over the same 50 deep payload types (each a
# chain of 12 nested classes with containers and a serializer), with 50, 500
# and 2000 Boost.MPI sends, and reads serialint-pool-payload's own time from
# clang-tidy's check profile. Run from a build tree:
#   bench/model/memo.sh build/release/lib/libSerialintTidyModule.so
set -euo pipefail
plugin=${1:?usage: memo.sh PATH/TO/libSerialintTidyModule.so}
tidy=${CLANG_TIDY:-clang-tidy-19}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

types=50 depth=12
generate() { # calls
  local calls=$1
  {
    echo '#include <boost/mpi.hpp>'
    echo '#include <boost/serialization/map.hpp>'
    echo '#include <boost/serialization/string.hpp>'
    echo '#include <boost/serialization/vector.hpp>'
    for ((t = 0; t < types; ++t)); do
      echo "struct T${t}_L${depth} { int v; template <class A> void serialize(A &a, unsigned) { a & v; } };"
      for ((d = depth - 1; d >= 0; --d)); do
        echo "struct T${t}_L${d} { std::vector<T${t}_L$((d + 1))> kids; std::map<std::string, T${t}_L$((d + 1))> named; double w;"
        echo "  template <class A> void serialize(A &a, unsigned) { a & kids & named & w; } };"
      done
    done
    echo 'void send_all(boost::mpi::communicator &world) {'
    for ((c = 0; c < calls; ++c)); do
      echo "  { T$((c % types))_L0 v; world.send(1, $c, v); }"
    done
    echo '}'
  } >"$work/calls_$calls.cpp"
}

check_time() { # file -> seconds spent in serialint-pool-payload
  "$tidy" -load "$plugin" -checks='-*,serialint-pool-payload' --enable-check-profile \
    "$1" -- -std=c++20 -I/usr/lib/x86_64-linux-gnu/openmpi/include 2>&1 >/dev/null |
    awk '/serialint-pool-payload/ { print $(NF-4); exit }'
}

printf '%-8s %-16s %s\n' calls "check time (s)" "per call (ms)"
for calls in 50 500 2000; do
  generate "$calls"
  t=$(check_time "$work/calls_$calls.cpp")
  printf '%-8s %-16s %s\n' "$calls" "$t" "$(awk -v t="$t" -v c="$calls" 'BEGIN { printf "%.4f", 1000 * t / c }')"
done
