#!/usr/bin/env bash
# Proves that check_docs.py fails a page for each kind of drift it claims to
# catch, and passes a page that is right. Pages are written at test time.
#   selftest.sh PYTHON REPO BUILD
set -u
python=$1 repo=$2 build=$3
checker="$repo/test/docs/check_docs.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# expect_failure NAME MESSAGE: the page on stdin must fail, saying MESSAGE.
expect_failure() {
  local page="$work/$1.md"
  cat >"$page"
  output=$("$python" "$checker" --repo "$repo" --build "$build" "$page" 2>&1)
  if [ $? -eq 0 ]; then
    echo "FAIL: $1: the checker passed a wrong page"; failures=$((failures + 1))
  elif ! grep -qF -- "$2" <<<"$output"; then
    echo "FAIL: $1: the checker did not say: $2"; echo "$output"; failures=$((failures + 1))
  else
    echo "ok: $1"
  fi
}

expect_failure no-directive "no '<!-- checked: KIND ... -->' line above the block" <<'EOF'
```sh
serialint --version
```
EOF

expect_failure source-drift "the block differs from examples/ray_lambda/good.cpp#fix" <<'EOF'
<!-- checked: source examples/ray_lambda/good.cpp#fix -->
```cpp
int scale(int value, int factor) { return value * factor * 2; }
RAY_REMOTE(scale);
```
EOF

expect_failure missing-region "has no complete region 'nowhere'" <<'EOF'
<!-- checked: source examples/ray_lambda/good.cpp#nowhere -->
```cpp
```
EOF

expect_failure output-drift "does not print, in this order:" <<'EOF'
<!-- checked: excerpt status=1 serialint examples/ray_lambda/bad.cpp -->
```
warning: lambda passed to 'ray::Task' can be sent to another process
```
EOF

expect_failure wrong-status "exited 1, not 0" <<'EOF'
<!-- checked: transcript -->
```
$ serialint examples/ray_lambda/bad.cpp
(exit status 0)
```
EOF

expect_failure lint-usage-error "exited 2 and did not report a serialint finding" <<'EOF'
<!-- checked: runs -->
```sh
build/release/bin/serialint --no-such-option examples/ray_lambda/bad.cpp
```
EOF

expect_failure clean-file-claimed-bad "exited 0 and did not report a serialint finding" <<'EOF'
<!-- checked: runs -->
```sh
build/release/bin/serialint examples/ray_lambda/good.cpp
```
EOF

expect_failure unknown-cmake-option "'SERIALINT_NO_SUCH_OPTION' is not an option of the project" <<'EOF'
<!-- checked: dry-run -->
```sh
cmake -S . -B build-x -DSERIALINT_NO_SUCH_OPTION=ON
```
EOF

expect_failure unknown-target "ninja target 'no-such-target' is not defined by the project" <<'EOF'
<!-- checked: dry-run -->
```sh
ninja -C build-x no-such-target
```
EOF

expect_failure unknown-serialint-option "serialint has no option '--no-such-option'" <<'EOF'
<!-- checked: dry-run -->
```sh
serialint -p build --no-such-option
```
EOF

expect_failure unknown-check-option "unknown check option 'serialint-pool-callable.PoolAPI'" <<'EOF'
<!-- checked: clang-tidy-config -->
```yaml
CheckOptions:
  serialint-pool-callable.PoolAPI: 'team::go(callable=0, policy=by-name)'
```
EOF

expect_failure malformed-pool-api "invalid entry in option 'PoolAPIs'" <<'EOF'
<!-- checked: clang-tidy-config -->
```yaml
CheckOptions:
  PoolAPIs: 'team::go(callable=0)'
```
EOF

expect_failure hook-that-passes "the hook should fail on the sample's finding" <<'EOF'
<!-- checked: pre-commit-config -->
```yaml
repos:
  - repo: local
    hooks:
      - id: nothing
        name: nothing
        entry: "true"
        language: system
        types: [c++]
```
EOF

expect_failure unknown-kind "unknown kind 'compiles'" <<'EOF'
<!-- checked: compiles -->
```cpp
int main() {}
```
EOF

expect_failure matrix-variable-not-listed "names matrix.shard, which the matrix does not list" <<'EOF'
<!-- checked: github-steps -->
```yaml
strategy:
  matrix:
    os: [linux]
steps:
  - run: serialint -p build --shard ${{ matrix.shard }}/2 --format sarif > out.sarif || test $? -eq 1
```
EOF

# Which of two shards holds the one-unit sample is the hash's: a merge of
# one shard alone has the finding in one of the two runs and not the other.
expect_failure matrix-merge-of-one-shard "is not SARIF 2.1.0 with the sample's finding" <<'EOF'
<!-- checked: github-steps -->
```yaml
strategy:
  matrix:
    shard: [1, 2]
steps:
  - run: serialint -p build --shard ${{ matrix.shard }}/2 --format sarif > s-${{ matrix.shard }}.sarif || test $? -eq 1
  - run: test -s s-1.sarif && test -s s-2.sarif && serialint merge s-1.sarif -o one.sarif && serialint merge s-2.sarif -o two.sarif
  - uses: github/codeql-action/upload-sarif@v3
    with:
      sarif_file: one.sarif
  - uses: github/codeql-action/upload-sarif@v3
    with:
      sarif_file: two.sarif
```
EOF

expect_failure gitlab-parallel-step-fails "exited 1" <<'EOF'
<!-- checked: gitlab-jobs -->
```yaml
lint:
  parallel: 2
  script:
    - test "$CI_NODE_INDEX/$CI_NODE_TOTAL" = 1/2
```
EOF

cat >"$work/right.md" <<'EOF'
<!-- checked: transcript -->
```
$ serialint examples/ray_lambda/bad.cpp
examples/ray_lambda/bad.cpp:13:33: warning: lambda '[factor](int value)' passed to 'ray::Task' cannot be sent to another process: a worker can only look a function up by a registered name [serialint-pool-callable]
...
(exit status 1)
$ echo $?
1
```
EOF
if "$python" "$checker" --repo "$repo" --build "$build" "$work/right.md" >"$work/right.out" 2>&1; then
  echo "ok: right"
else
  echo "FAIL: right: the checker failed a right page"; cat "$work/right.out"; failures=$((failures + 1))
fi
[ "$failures" -eq 0 ]
