# Sourced by run.sh and deb.sh: configures and builds the consumer project
# (test/install) against an installed serialint, and checks that its
# clang-tidy step, through the installed plugin, reported the lambda.
#   build_consumer PREFIX SCRATCH    (calls fail, which the caller defines)
build_consumer() {
  local prefix=$1 scratch=$2
  local here; here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  cmake -S "$here" -B "$scratch/consumer" -DCMAKE_PREFIX_PATH="$prefix" >"$scratch/configure.log" 2>&1 ||
    { cat "$scratch/configure.log"; fail "the consumer does not configure against $prefix"; }
  cmake --build "$scratch/consumer" >"$scratch/build.log" 2>&1 || fail "the consumer does not build"
  grep -Eq "main.cpp:11:10: warning: lambda '[^']*' passed to 'submit' cannot be sent to another process.*\[serialint-pool-callable\]" \
    "$scratch/build.log" || fail "the consumer's clang-tidy step did not report the lambda"
  # serialint_lint(consumer): the command's target fails on the finding.
  if cmake --build "$scratch/consumer" --target consumer-serialint >"$scratch/lint.log" 2>&1; then
    fail "the target consumer-serialint succeeded over a finding"
  fi
  grep -Eq "main.cpp:11:10: warning: lambda '[^']*' passed to 'submit' cannot be sent to another process.*\[serialint-pool-callable\]" \
    "$scratch/lint.log" || { cat "$scratch/lint.log"; fail "the target consumer-serialint did not report the lambda"; }
  # Again, from the cache in the build tree: the same finding, not analysed again.
  cmake --build "$scratch/consumer" --target consumer-serialint >"$scratch/lint-again.log" 2>&1
  grep -Eq "main.cpp:11:10: warning: lambda '[^']*' passed to 'submit'" "$scratch/lint-again.log" ||
    fail "the cached run of consumer-serialint lost the lambda"
  grep -q "^serialint: cache: 1 hit, 0 misses, .* in $scratch/consumer/serialint-cache$" "$scratch/lint-again.log" ||
    { cat "$scratch/lint-again.log"; fail "consumer-serialint did not use the cache in its build tree"; }
}
