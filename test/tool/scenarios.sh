#!/usr/bin/env bash
# The `serialint` command on a real multi-file project, one scenario per run:
#   scenarios.sh NAME
# Reads SERIALINT, REPO, MSGPACK_INCLUDE, MPI_INCLUDE and SCRATCH (a
# directory under the build tree) from the environment; the pre-commit,
# run-clang-tidy and fix scenarios read PLUGIN, RUN_CLANG_TIDY, CLANG_TIDY,
# CLANG_APPLY_REPLACEMENTS too.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/project.sh"

name=$1
work="$SCRATCH/$name"
rm -rf "$work"
mkdir -p "$work"
proj="$work/project"
out="$work/stdout"
err="$work/stderr"
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
show() { echo "--- stdout:"; cat "$out"; echo "--- stderr:"; cat "$err"; }
run() { "$@" >"$out" 2>"$err"; status=$?; }
want_status() { [ "$status" = "$1" ] || fail "exit status $status, expected $1"; }
want_out() { grep -Eq -- "$1" "$out" || fail "stdout does not match: $1"; }
want_err() { grep -Eq -- "$1" "$err" || fail "stderr does not match: $1"; }
refuse_out() { ! grep -Eq -- "$1" "$out" || fail "stdout matches: $1"; }
want_err_lines() {
  local n; n=$(wc -l <"$err")
  [ "$n" = "$1" ] || fail "$n lines on stderr, expected $1"
}
count_out() { grep -Ec -- "$1" "$out"; }

# A front end that overflows its stack on deeply nested parentheses: a real
# crash, not a simulated one.
add_crashing_unit() {
  python3 - "$proj" <<'PY'
import json, sys
proj = sys.argv[1]
depth = 200000
with open(f"{proj}/src/deep.cpp", "w") as f:
    f.write("int deep() { return " + "(" * depth + "1" + ")" * depth + "; }\n")
db = f"{proj}/build/compile_commands.json"
entries = json.load(open(db))
entries.insert(1, {"directory": f"{proj}/build", "file": f"{proj}/src/deep.cpp",
                   "command": f"clang++-19 -std=c++20 -fbracket-depth=1000000 -c {proj}/src/deep.cpp"})
json.dump(entries, open(db, "w"), indent=1)
PY
}

scenario_crash_is_isolated() {
  make_project "$proj"
  add_crashing_unit
  cd "$proj" && run "$SERIALINT" -p build -j 2
  want_status 3
  want_out "$RAY_FINDING"
  want_out "$MPI_FINDING"
  want_out "$UPCXX_FINDING"
  want_err "could not analyse 'src/deep.cpp': the front end crashed \(signal 11"
  want_err_lines 1
}

# A front end that takes far too long: a constant expression of 2^40 steps,
# hours of work.
add_spinning_unit() {
  cat >"$proj/src/spin.cpp" <<'CPP'
constexpr long spin() { long n = 0; for (long i = 0; i < (1L << 40); ++i) n += i & 1; return n; }
static_assert(spin() > 0);
CPP
  python3 - "$proj" <<'PY'
import json, sys
proj = sys.argv[1]
db = f"{proj}/build/compile_commands.json"
entries = json.load(open(db))
entries.insert(0, {"directory": f"{proj}/build", "file": f"{proj}/src/spin.cpp",
                   "command": f"clang++-19 -std=c++20 -fconstexpr-steps=4294967295 -c {proj}/src/spin.cpp"})
json.dump(entries, open(db, "w"), indent=1)
PY
}

# The limit leaves a loaded machine time for the other unit.
scenario_hang_is_isolated() {
  make_project "$proj"
  add_spinning_unit
  cd "$proj" && run "$SERIALINT" -p build -j 2 --unit-timeout 40 src/spin.cpp src/ray_jobs.cpp
  want_status 3
  want_out "$RAY_FINDING"
  want_err "^serialint: error: could not analyse 'src/spin.cpp': it took longer than 40 s \(--unit-timeout\)$"
  want_err_lines 1
}

scenario_parse_failure_keeps_other_findings() {
  make_project "$proj"
  echo 'int broken() { return undeclared; }' >>"$proj/src/clean.cpp"
  cd "$proj" && run "$SERIALINT" -p build
  want_status 3
  want_out "$RAY_FINDING"
  want_out "src/clean.cpp:[0-9]+:[0-9]+: error: use of undeclared identifier"
  want_err "could not analyse 'src/clean.cpp': it does not compile"
}

scenario_parallel_matches_serial() {
  make_project "$proj"
  cd "$proj" && run "$SERIALINT" -p build -j 1
  want_status 1
  cp "$out" "$work/serial"
  run "$SERIALINT" -p build -j 3
  want_status 1
  cmp -s "$out" "$work/serial" || fail "-j 3 and -j 1 print different results"
  [ "$(count_out ': warning: ')" = 3 ] || fail "expected 3 warnings"
}

scenario_whole_database_without_files() {
  make_project "$proj"
  cd "$proj" && run "$SERIALINT" -p build
  want_status 1
  want_out "$RAY_FINDING"
  want_out "$MPI_FINDING"
  want_out "$UPCXX_FINDING"
  # Sorted by file, whatever order the workers finish in.
  [ "$(grep -Eo '^src/[a-z_]+\.cpp:[0-9]+:[0-9]+: warning' "$out" | cut -d: -f1 | tr '\n' ' ')" \
    = "src/mpi_jobs.cpp src/ray_jobs.cpp src/upcxx_jobs.cpp " ] || fail "findings not sorted by file"
  [ ! -s "$err" ] || fail "stderr is not empty when it is not a terminal"
}

scenario_nearest_database_above_file() {
  make_project "$proj"
  mv "$proj/build/compile_commands.json" "$proj/compile_commands.json"
  cd "$work" && run "$SERIALINT" project/src/ray_jobs.cpp
  want_status 1
  want_out "project/$RAY_FINDING"
  # The database lists it; its neighbours in the database are not checked.
  refuse_out "mpi_jobs"
}

scenario_database_errors() {
  # Away from the build tree, whose compile_commands.json would be found.
  local outside; outside=$(mktemp -d)
  mkdir -p "$outside/empty" "$outside/loose" "$outside/malformed"
  cd "$outside" && run "$SERIALINT"
  want_status 2
  want_err "^serialint: error: no input files and no compile_commands.json found"
  want_err_lines 1
  run "$SERIALINT" -p "$outside/no-such-dir"
  want_status 2
  want_err "^serialint: error: no such build directory: '.*no-such-dir'$"
  want_err_lines 1
  run "$SERIALINT" -p "$outside/empty"
  want_status 2
  want_err "^serialint: error: no compile_commands.json or compile_flags.txt in '.*empty'$"
  want_err_lines 1
  echo 'int main() {}' >"$outside/loose/main.cpp"
  run "$SERIALINT" "$outside/loose/main.cpp"
  want_status 2
  want_err "^serialint: error: no compile_commands.json or compile_flags.txt above '.*main.cpp'"
  want_err_lines 1
  echo '[{"directory": "/", "file": "a.cpp", "command": ' >"$outside/malformed/compile_commands.json"
  run "$SERIALINT" -p "$outside/malformed"
  want_status 2
  want_err "^serialint: error: cannot read '.*malformed/compile_commands.json': "
  want_err_lines 1
  cd "$work" && rm -rf "$outside"
}

scenario_bad_inputs() {
  make_project "$proj"
  cd "$proj"
  echo "not code" >src/notes.txt
  run "$SERIALINT" -p build src/notes.txt
  want_status 2; want_err "^serialint: error: 'src/notes.txt' is not a C or C\\+\\+ source file$"; want_err_lines 1
  printf 'int x;\0\1\2\3' >src/blob.cpp
  run "$SERIALINT" -p build src/blob.cpp
  want_status 2; want_err "^serialint: error: 'src/blob.cpp' is a binary file, not C or C\\+\\+ source$"; want_err_lines 1
  : >src/empty.cpp
  run "$SERIALINT" -p build src/empty.cpp
  want_status 0; [ ! -s "$out" ] || fail "an empty file has findings"
  run "$SERIALINT" -p build src/does-not-exist.cpp
  want_status 2; want_err "^serialint: error: no such file: 'src/does-not-exist.cpp'$"; want_err_lines 1
  run "$SERIALINT" -p build src
  want_status 2; want_err "is a directory"; want_err_lines 1
}

scenario_large_file() {
  make_project "$proj"
  cd "$proj"
  {
    echo '#include <ray/api.h>'
    for i in $(seq 1 50000); do echo "int f$i(int x) { return x + $i; }"; done
    echo 'void submit() { ray::Task([](int x) { return x; }).Remote(1); }'
  } >src/large.cpp
  run "$SERIALINT" -p build src/large.cpp
  want_status 1
  want_out "^src/large.cpp:50002:27: warning: lambda '[^']*' passed to 'ray::Task'"
  [ "$(count_out ': warning: ')" = 1 ] || fail "expected exactly one warning"
}

scenario_configuration() {
  make_project "$proj"
  cd "$proj"
  printf 'Checks: [unclosed\n' >.clang-tidy
  run "$SERIALINT" -p build src/ray_jobs.cpp
  want_status 2
  want_err "^serialint: error: invalid configuration in .*/project/.clang-tidy: [0-9]+:[0-9]+: "
  want_err_lines 1
  printf 'Checks: "-*,serialint-pool-payload"\n' >.clang-tidy
  run "$SERIALINT" -p build
  want_status 1
  want_out "$MPI_FINDING"
  refuse_out "ray_jobs"
  run "$SERIALINT" -p build --checks=-serialint-pool-payload
  want_status 2
  want_err "^serialint: error: no checks enabled"
  want_err_lines 1
  # A project's .clang-tidy that turns every check off (HPX's does) is for
  # its clang-tidy runs: serialint still runs its checks, and says so once.
  printf 'Checks: "-*,bugprone-*"\n' >.clang-tidy
  run "$SERIALINT" -p build -j 2
  want_status 1
  want_out "$MPI_FINDING"
  want_out "$RAY_FINDING"
  want_err "^serialint: note: the configuration for '.*' disables serialint's checks; running 'serialint-[*]' [(]pass --checks to choose[)]$"
  want_err_lines 1
  run "$SERIALINT" -p build --checks=-*
  want_status 2
  want_err "^serialint: error: no checks enabled"
  rm .clang-tidy
  run "$SERIALINT" -p build --config="{Checks: '-*,serialint-pool-callable'}"
  want_status 1
  refuse_out "mpi_jobs"
  want_out "$RAY_FINDING"
  # CheckOptions reach the checks, in the command as in the plugin.
  mkdir -p team
  cat >team/.clang-tidy <<'YAML'
Checks: '-*,serialint-pool-callable'
CheckOptions:
  PoolAPIs: 'team::submit(callable=0, payload=1.., policy=by-name, backend=cereal)'
YAML
  cat >team/jobs.cpp <<'CPP'
namespace team {
template <class F, class... A> void submit(F &&, A &&...) {}
} // namespace team
void work() { team::submit([](int x) { return x; }, 1); }
CPP
  local team_finding="team/jobs.cpp:4:28: warning: lambda '[^']*' passed to 'team::submit' cannot be sent to another process"
  run "$SERIALINT" team/jobs.cpp -- -std=c++20
  want_status 1
  want_out "$team_finding"
  run "$CLANG_TIDY" -load "$PLUGIN" team/jobs.cpp -- -std=c++20
  want_out "$team_finding"
  rm team/.clang-tidy
  run "$SERIALINT" team/jobs.cpp -- -std=c++20
  want_status 0
}

scenario_json() {
  make_project "$proj"
  cd "$proj" && run "$SERIALINT" -p build --format json
  want_status 1
  python3 - "$out" <<'PY' || fail "json output is not as expected"
import json, sys
doc = json.load(open(sys.argv[1]))
diags = doc["diagnostics"]
assert [d["file"] for d in diags] == ["src/mpi_jobs.cpp", "src/ray_jobs.cpp", "src/upcxx_jobs.cpp"], diags
ray = diags[1]
assert ray["check"] == "serialint-pool-callable" and ray["severity"] == "warning"
assert (ray["line"], ray["column"]) == (7, 13), ray
assert "RAY_REMOTE" in ray["notes"][0]["message"]
upcxx = diags[2]
assert upcxx["fixes"] == [{"file": "src/upcxx_jobs.cpp", "offset": upcxx["offset"], "length": 1, "replacement": ""}], upcxx
assert doc["failed"] == [] and doc["translationUnits"] == 4
PY
}

scenario_sarif() {
  make_project "$proj"
  add_crashing_unit
  cd "$proj" && run "$SERIALINT" -p build --format sarif
  want_status 3
  python3 - "$out" <<'PY' || fail "sarif output is not as expected"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["version"] == "2.1.0" and "sarif-2.1.0" in doc["$schema"]
run = doc["runs"][0]
driver = run["tool"]["driver"]
assert driver["name"] == "serialint"
rules = [r["id"] for r in driver["rules"]]
assert "serialint-pool-callable" in rules and "serialint-pool-payload" in rules
assert all(r["shortDescription"]["text"] for r in driver["rules"])
# The serialint rules come from checks/CheckCatalog.h, with their docs page.
callable = driver["rules"][rules.index("serialint-pool-callable")]
assert callable["shortDescription"]["text"] == "A callable passed to a pool API cannot be sent to another process", callable
assert "docs/checks/pool-callable.md" in callable["help"]["text"], callable
assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///")
results = run["results"]
assert len(results) == 3, results
for r in results:
    assert rules[r["ruleIndex"]] == r["ruleId"]
    loc = r["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert loc["artifactLocation"]["uri"].startswith("src/")
    assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
ray = next(r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "src/ray_jobs.cpp")
assert ray["level"] == "warning" and ray["locations"][0]["physicalLocation"]["region"] == {"startLine": 7, "startColumn": 13}
assert "RAY_REMOTE" in ray["relatedLocations"][0]["message"]["text"]
upcxx = next(r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "src/upcxx_jobs.cpp")
change = upcxx["fixes"][0]["artifactChanges"][0]
assert change["artifactLocation"]["uri"] == "src/upcxx_jobs.cpp"
assert change["replacements"] == [{"deletedRegion": {"startLine": 5, "startColumn": 18, "endLine": 5, "endColumn": 19},
                                   "insertedContent": {"text": ""}}], change
inv = run["invocations"][0]
assert inv["executionSuccessful"] is False
assert "src/deep.cpp" in inv["toolExecutionNotifications"][0]["message"]["text"]
PY
}

scenario_export_fixes_for_clang_apply_replacements() {
  make_project "$proj"
  mkdir -p "$work/fixes"
  cd "$proj" && run "$SERIALINT" -p build --export-fixes "$work/fixes/serialint.yaml"
  want_status 1
  grep -q "ReplacementText" "$work/fixes/serialint.yaml" || fail "no replacement exported"
  "$CLANG_APPLY_REPLACEMENTS" "$work/fixes" || fail "clang-apply-replacements refused the file"
  grep -Fq 'upcxx::rpc(1, [factor](int x) { return x * factor; }, 2);' src/upcxx_jobs.cpp ||
    fail "the fix was not applied: $(cat src/upcxx_jobs.cpp)"
  run "$SERIALINT" -p build src/upcxx_jobs.cpp
  want_status 0
}

# --fix is clang-tidy's: handleErrors applies the fix-its and says so.
scenario_fix() {
  make_project "$proj"
  cd "$proj" && run "$SERIALINT" -p build --fix --format json
  want_status 2
  want_err "^serialint: error: --fix prints the text report; with --format=json or sarif, use --export-fixes"
  want_err_lines 1
  run "$SERIALINT" -p build --fix
  want_status 1
  want_out "^src/upcxx_jobs.cpp:5:18: note: FIX-IT applied suggested code changes$"
  want_err "^clang-tidy applied 1 of 1 suggested fixes\.$"
  grep -Fq '[factor](int x)' src/upcxx_jobs.cpp || fail "the fix was not applied"
  grep -Fq '[factor](int value)' src/ray_jobs.cpp || fail "a file without fixes changed"
  run "$SERIALINT" -p build src/upcxx_jobs.cpp
  want_status 0
}

scenario_diff_base() {
  make_project "$proj"
  cd "$proj"
  git init -q . && git add src && git -c user.name=t -c user.email=t@t commit -qm base
  run "$SERIALINT" -p build --diff-base HEAD
  want_status 0
  [ ! -s "$out" ] || fail "findings on unchanged lines are reported"
  echo 'void again(int factor) { ray::Task([factor](int v) { return v * factor; }).Remote(2); }' >>src/ray_jobs.cpp
  run "$SERIALINT" -p build --diff-base HEAD
  want_status 1
  want_out "^src/ray_jobs.cpp:10:36: warning: lambda '[^']*' passed to 'ray::Task'"
  refuse_out "^src/ray_jobs.cpp:7:"
  refuse_out "mpi_jobs"
  run "$SERIALINT" -p build --diff-base no-such-rev
  want_status 2
  want_err "^serialint: error: --diff-base: unknown git revision 'no-such-rev'$"
  want_err_lines 1
}

# Seven more units, each with one finding: copies of ray_jobs.cpp.
add_ray_copies() {
  python3 - "$proj" <<'PY'
import json, shutil, sys
proj = sys.argv[1]
db = f"{proj}/build/compile_commands.json"
entries = json.load(open(db))
template = next(e for e in entries if e["file"].endswith("/ray_jobs.cpp"))
for k in range(7):
    name = f"{proj}/src/ray_copy_{k}.cpp"
    shutil.copy(f"{proj}/src/ray_jobs.cpp", name)
    entries.append({"directory": template["directory"], "file": name,
                    "command": template["command"].replace("ray_jobs", f"ray_copy_{k}")})
json.dump(entries, open(db, "w"), indent=1)
PY
}

scenario_shards_cover_everything() {
  make_project "$proj"
  add_ray_copies
  cd "$proj" && run "$SERIALINT" -p build -j 2
  want_status 1
  grep ': warning: ' "$out" | sort >"$work/all"
  [ "$(wc -l <"$work/all")" = 10 ] || fail "expected 10 warnings unsharded"
  local n k
  for n in 2 3; do
    : >"$work/union"
    for k in $(seq 1 "$n"); do
      run "$SERIALINT" -p build -j 2 --shard "$k/$n"
      [ "$status" = 0 ] || [ "$status" = 1 ] || fail "--shard $k/$n exited $status"
      grep ': warning: ' "$out" >>"$work/union"
    done
    sort "$work/union" | cmp -s - "$work/all" || fail "the $n shards do not cover the units exactly once"
  done
  # The same slice whatever the order of the database and the jobs.
  cp "$out" "$work/last"
  python3 -c 'import json,sys; p=sys.argv[1]; e=json.load(open(p)); json.dump(e[::-1], open(p,"w"))' \
    build/compile_commands.json
  run "$SERIALINT" -p build -j 1 --shard 3/3
  cmp -s "$out" "$work/last" || fail "--shard 3/3 is another slice with the database reversed"
  # A slice that no unit falls in is clean, not an error.
  run "$SERIALINT" -p build --shard 97/97
  [ "$status" = 0 ] || [ "$status" = 1 ] || fail "--shard 97/97 exited $status"
  for bad in 0/3 4/3 1/0 x 3 1/2/3; do
    run "$SERIALINT" -p build --shard "$bad"
    want_status 2
    want_err "^serialint: error: --shard: '$bad' is not K/N with 1 <= K <= N$"
    want_err_lines 1
  done
}

scenario_sarif_merge_equals_unsharded() {
  make_project "$proj"
  add_ray_copies
  add_crashing_unit
  cd "$proj" && run "$SERIALINT" -p build -j 2 --format sarif
  want_status 3
  cp "$out" "$work/all.sarif"
  local k
  for k in 1 2 3; do
    run "$SERIALINT" -p build -j 2 --format sarif --shard "$k/3"
    cp "$out" "$work/shard-$k.sarif"
  done
  # shard 1 twice: its results, and its failure, are kept once.
  run "$SERIALINT" merge "$work/shard-1.sarif" "$work/shard-2.sarif" "$work/shard-1.sarif" \
    "$work/shard-3.sarif" -o "$work/merged.sarif"
  want_status 0
  python3 - "$work/all.sarif" "$work/merged.sarif" <<'PY' || fail "the merged SARIF is not the unsharded SARIF"
import json, sys
def key(run, r):
    r = dict(r)
    rule = run["tool"]["driver"]["rules"][r.pop("ruleIndex")]["id"]
    assert rule == r["ruleId"], (rule, r["ruleId"])
    return json.dumps(r, sort_keys=True)
def summary(path):
    run = json.load(open(path))["runs"][0]
    results = sorted(key(run, r) for r in run["results"])
    rules = sorted(json.dumps(r, sort_keys=True) for r in run["tool"]["driver"]["rules"])
    inv = run["invocations"][0]
    notes = sorted(json.dumps(n, sort_keys=True) for n in inv["toolExecutionNotifications"])
    return results, rules, inv["executionSuccessful"], notes
whole, merged = summary(sys.argv[1]), summary(sys.argv[2])
assert len(whole[0]) == 10, len(whole[0])
assert whole == merged, (whole, merged)
# Fingerprints: one per result, none shared, no line numbers in them.
run = json.load(open(sys.argv[2]))["runs"][0]
prints = [r["partialFingerprints"]["serialintFinding/v1"] for r in run["results"]]
assert len(prints) == len(set(prints)) == 10, prints
PY
  # A finding moved down by an edit above it keeps its fingerprint.
  python3 - "$work/all.sarif" >"$work/before" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
print(sorted(r["partialFingerprints"]["serialintFinding/v1"] for r in run["results"]
             if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "src/ray_jobs.cpp"))
PY
  sed -i '1i // a comment that moves every line down' src/ray_jobs.cpp
  run "$SERIALINT" -p build --format sarif src/ray_jobs.cpp
  python3 - "$out" >"$work/after" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert run["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 8
print(sorted(r["partialFingerprints"]["serialintFinding/v1"] for r in run["results"]))
PY
  cmp -s "$work/before" "$work/after" || fail "a moved finding changed its fingerprint"
  # Bad inputs: one line each, status 2.
  printf 'not json' >"$work/bad.json"
  printf '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "other"}}, "results": []}]}' >"$work/other.sarif"
  run "$SERIALINT" merge "$work/missing.sarif"
  want_status 2
  want_err "^serialint: error: merge: cannot read '.*missing.sarif': "
  want_err_lines 1
  run "$SERIALINT" merge "$work/bad.json"
  want_status 2
  want_err "^serialint: error: merge: '.*bad.json' is not JSON: "
  want_err_lines 1
  run "$SERIALINT" merge "$work/other.sarif"
  want_status 2
  want_err "^serialint: error: merge: '.*other.sarif' is not a run of serialint$"
  run "$SERIALINT" merge
  want_status 2
  want_err "^serialint: error: merge: no SARIF files given"
  run "$SERIALINT" merge "$work/shard-1.sarif" -o
  want_status 2
  want_err "^serialint: error: merge: -o needs a file name$"
}

scenario_baseline() {
  make_project "$proj"
  cd "$proj" && run "$SERIALINT" -p build --format sarif
  want_status 1
  cp "$out" "$work/old.sarif"
  # The same tree: every finding unchanged, none new, none absent.
  run "$SERIALINT" -p build --format sarif --baseline "$work/old.sarif"
  want_status 1
  python3 - "$out" <<'PY' || fail "an unchanged tree is not all unchanged"
import json, sys
states = [r["baselineState"] for r in json.load(open(sys.argv[1]))["runs"][0]["results"]]
assert states == ["unchanged"] * 3, states
PY
  run "$SERIALINT" -p build --baseline "$work/old.sarif" --only-new
  want_status 0
  [ ! -s "$out" ] || fail "--only-new printed unchanged findings"
  # Move every finding of ray_jobs.cpp down, fix upcxx_jobs.cpp, add a new one.
  sed -i '1i // a comment that moves every line down' src/ray_jobs.cpp
  sed -i 's/\[&factor\]/[factor]/' src/upcxx_jobs.cpp
  echo 'void again(int factor) { ray::Task([factor](int v) { return v * factor; }).Remote(2); }' >>src/ray_jobs.cpp
  run "$SERIALINT" -p build --format sarif --baseline "$work/old.sarif"
  want_status 1
  python3 - "$out" <<'PY' || fail "the baseline states are wrong"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
by_state = {}
for r in run["results"]:
    assert rules[r["ruleIndex"]] == r["ruleId"]
    uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] if r["locations"] else ""
    by_state.setdefault(r["baselineState"], []).append((uri, r["locations"][0]["physicalLocation"]["region"]["startLine"] if r["locations"] else 0))
assert ("src/ray_jobs.cpp", 8) in by_state.get("unchanged", []), by_state
assert ("src/upcxx_jobs.cpp", 5) in by_state.get("absent", []), by_state
assert by_state.get("new") == [("src/ray_jobs.cpp", 11)], by_state
assert len(by_state.get("unchanged", [])) == 2, by_state
PY
  run "$SERIALINT" -p build --baseline "$work/old.sarif" --only-new
  want_status 1
  want_out "^src/ray_jobs.cpp:11:[0-9]+: warning: lambda '\\[factor\\]\\(int v\\)'"
  refuse_out "^src/ray_jobs.cpp:8:"
  refuse_out "^src/mpi_jobs.cpp"
  # Bad inputs: one line each, status 2, before any analysis.
  run "$SERIALINT" -p build --only-new
  want_status 2
  want_err "^serialint: error: --only-new needs --baseline$"
  want_err_lines 1
  run "$SERIALINT" -p build --baseline "$work/none.sarif"
  want_status 2
  want_err "^serialint: error: --baseline: cannot read '.*none.sarif': "
  want_err_lines 1
}

# Two units include one header, so that an edit to it is seen in both.
add_shared_header() {
  echo 'inline int shared_value() { return 1; }' >"$proj/src/shared.h"
  echo '#include "shared.h"' >>"$proj/src/ray_jobs.cpp"
  echo '#include "shared.h"' >>"$proj/src/clean.cpp"
}

want_same_as() { cmp -s "$out" "$1" || { fail "output differs from $1"; diff "$1" "$out" | head -20; }; }

# A directory searched first for headers, empty until a test puts one there.
add_override_directory() {
  mkdir -p "$proj/overrides"
  sed -i "s|clang++-19 -std=c++20 |clang++-19 -std=c++20 -I$proj/overrides |" "$proj/build/compile_commands.json"
}

scenario_cache() {
  make_project "$proj"
  add_shared_header
  add_override_directory
  local cache="$work/cache"
  cd "$proj" && run "$SERIALINT" -p build
  want_status 1
  cp "$out" "$work/plain"
  run "$SERIALINT" -p build --format sarif
  cp "$out" "$work/plain.sarif"

  run "$SERIALINT" -p build --cache-dir "$cache" --cache-stats
  want_status 1
  want_same_as "$work/plain"
  want_err "^serialint: cache: 0 hits, 4 misses, 0 B read, [0-9.]+ (B|KiB) written, in $cache$"
  want_err_lines 1
  run "$SERIALINT" -p build --cache-dir "$cache" --cache-stats
  want_status 1
  want_same_as "$work/plain"
  want_err "^serialint: cache: 4 hits, 0 misses, "
  run "$SERIALINT" -p build --cache-dir "$cache" --format sarif
  want_same_as "$work/plain.sarif"
  [ ! -s "$err" ] || fail "a cache with nothing wrong in it says something"

  # An edit to the shared header is seen by exactly the two units that include it.
  echo 'inline int other_value() { return 2; }' >>src/shared.h
  run "$SERIALINT" -p build --cache-dir "$cache" --cache-stats
  want_same_as "$work/plain"
  want_err "^serialint: cache: 2 hits, 2 misses, "

  # A header created where it shadows another, though no file it replaces changed.
  mkdir -p overrides/ray
  printf '#include_next <ray/api.h>\ninline int shadowing() { return 3; }\n' >overrides/ray/api.h
  run "$SERIALINT" -p build --cache-dir "$cache" --cache-stats
  want_same_as "$work/plain"
  want_err "^serialint: cache: 2 hits, 2 misses, "

  # A NOLINT is a comment, which preprocessing drops; the key still sees it.
  sed -i '7s|$| // NOLINT|' src/ray_jobs.cpp
  run "$SERIALINT" -p build --cache-dir "$cache" --cache-stats
  want_status 1
  refuse_out "ray_jobs"
  want_out "$MPI_FINDING"
  want_err "^serialint: cache: 3 hits, 1 miss, "
  cp "$out" "$work/nolint"
  "$SERIALINT" -p build >"$work/nolint-plain" 2>/dev/null
  cmp -s "$work/nolint" "$work/nolint-plain" || fail "cached and plain runs differ after the NOLINT"

  # A damaged entry is a miss, said once, and is written again. The newest
  # entry is the one the NOLINT run wrote, which the next run will read.
  local entry size
  entry=$(find "$cache" -path "$cache/probes" -prune -o -type f -printf '%T@ %p\n' | sort -n | tail -1 | cut -d' ' -f2)
  size=$(wc -c <"$entry")
  head -c $((size - 10)) "$entry" >"$entry.cut" && mv "$entry.cut" "$entry"
  run "$SERIALINT" -p build --cache-dir "$cache"
  want_status 1
  want_same_as "$work/nolint"
  want_err "^serialint: warning: ignored the cache entry $entry: it is truncated \([0-9]+ of [0-9]+ bytes\); it will be written again$"
  want_err_lines 1
  run "$SERIALINT" -p build --cache-dir "$cache" --cache-stats
  want_err "^serialint: cache: 4 hits, 0 misses, "
  want_err_lines 1
  printf 'not an entry\n' >"$entry"
  run "$SERIALINT" -p build --cache-dir "$cache"
  want_same_as "$work/nolint"
  want_err "ignored the cache entry $entry: it is not a serialint cache entry; "
  want_err_lines 1
  sed -i '$s/.$/?/' "$entry"
  run "$SERIALINT" -p build --cache-dir "$cache"
  want_same_as "$work/nolint"
  want_err "ignored the cache entry $entry: its digest does not match its contents; "
  want_err_lines 1
  run "$SERIALINT" -p build --cache-dir "$cache" --cache-stats
  want_err "^serialint: cache: 4 hits, 0 misses, "

  # Damaged probes cost a preprocessing, not an analysis, and are written again.
  local probes
  probes=$(find "$cache/probes" -type f -printf '%T@ %p\n' | sort -n | tail -1 | cut -d' ' -f2)
  printf 'not an entry\n' >"$probes"
  run "$SERIALINT" -p build --cache-dir "$cache" --cache-stats
  want_same_as "$work/nolint"
  want_err "^serialint: warning: ignored the cache entry $probes: it is not a serialint cache entry; it will be written again$"
  want_err "^serialint: cache: 4 hits, 0 misses, "
  want_err_lines 2
  run "$SERIALINT" -p build --cache-dir "$cache"
  [ ! -s "$err" ] || fail "the probes were not written again: $(cat "$err")"

  # Another configuration is another key; the environment names the directory too.
  run "$SERIALINT" -p build --cache-dir "$cache" --cache-stats --checks='-*,serialint-pool-callable'
  want_err "^serialint: cache: 0 hits, 4 misses, "
  refuse_out "mpi_jobs"
  SERIALINT_CACHE_DIR="$cache" run "$SERIALINT" -p build --cache-stats
  want_same_as "$work/nolint"
  want_err "^serialint: cache: 4 hits, 0 misses, "
  [ -z "$(find "$cache" -name '*.tmp-*')" ] || fail "the cache holds temporary files"

  # Usage errors, before any work is done.
  run "$SERIALINT" -p build --cache-dir "$work/plain"
  want_status 2
  want_err "^serialint: error: cannot use '$work/plain' as the cache directory: it is not a directory$"
  want_err_lines 1
  run "$SERIALINT" -p build --cache-stats
  want_status 2
  want_err "^serialint: error: --cache-stats needs --cache-dir or SERIALINT_CACHE_DIR$"
  want_err_lines 1

  # Entries that cannot be written: a warning, and the results all the same.
  local blocked="$work/blocked" i
  mkdir -p "$blocked"
  for i in $(seq 0 255); do : >"$blocked/$(printf %02x "$i")"; done
  run "$SERIALINT" -p build --cache-dir "$blocked"
  want_status 1
  want_same_as "$work/nolint"
  want_err "^serialint: warning: could not write 4 cache entries, the first: "
  want_err_lines 1

  # Runs that share a directory, at the same time, each print the whole result.
  local shared="$work/shared"
  "$SERIALINT" -p build -j 2 --cache-dir "$shared" >"$work/first" 2>"$work/first.err" &
  "$SERIALINT" -p build -j 2 --cache-dir "$shared" >"$work/second" 2>"$work/second.err"
  wait
  cmp -s "$work/first" "$work/nolint" || fail "the first of two concurrent runs differs"
  cmp -s "$work/second" "$work/nolint" || fail "the second of two concurrent runs differs"
  [ ! -s "$work/first.err" ] && [ ! -s "$work/second.err" ] || fail "concurrent runs warn: $(cat "$work"/*.err)"
}

# A worker killed from outside (as the OOM killer would) costs its unit only.
scenario_killed_worker() {
  make_project "$proj"
  add_spinning_unit
  cd "$proj" || return
  "$SERIALINT" -p build -j 2 --unit-timeout 300 src/spin.cpp src/ray_jobs.cpp >"$out" 2>"$err" &
  local parent=$! worker
  worker=$(spin_worker "$parent") || { fail "no worker for src/spin.cpp appeared"; kill -KILL "$parent"; return; }
  sleep 1
  kill -KILL "$worker"
  wait "$parent"; status=$?
  want_status 3
  want_out "$RAY_FINDING"
  want_err "^serialint: error: could not analyse 'src/spin.cpp': the worker was killed \(signal 9: Killed\), by a user or for want of memory$"
  want_err_lines 1

  # The command stopped (a cancelled CI job): its workers stop with it.
  "$SERIALINT" -p build --unit-timeout 300 src/spin.cpp >/dev/null 2>&1 &
  parent=$!
  worker=$(spin_worker "$parent") || { fail "no second worker for src/spin.cpp appeared"; kill -KILL "$parent"; return; }
  kill -TERM "$parent"
  wait "$parent"
  local i
  for i in $(seq 1 50); do kill -0 "$worker" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$worker" 2>/dev/null; then
    fail "the worker outlived the command by 5 s"
    kill -KILL "$worker"
  fi
}

# The pid of the worker the command PARENT started for src/spin.cpp, once
# there is one (30 s at most); a child of PARENT's, so that another test's
# worker for a file of the same name is left alone.
spin_worker() {
  local parent=$1 i worker
  for i in $(seq 1 300); do
    worker=$(pgrep -P "$parent" -f -- "--serialint-worker=src/spin.cpp" | head -1)
    [ -n "$worker" ] && { echo "$worker"; return 0; }
    sleep 0.1
  done
  return 1
}

# Output that cannot be written: one line, status 2, and no half a file.
scenario_output_faults() {
  make_project "$proj"
  cd "$proj" || return
  run "$SERIALINT" -p build --format sarif
  want_status 1
  cp "$out" "$work/whole.sarif"

  "$SERIALINT" -p build --format sarif >/dev/full 2>"$err"; status=$?
  want_status 2
  want_err "^serialint: error: cannot write the results to standard output: No space left on device$"
  want_err_lines 1

  run "$SERIALINT" -p build --export-fixes /dev/full
  want_status 2
  want_err "^serialint: error: cannot write '/dev/full': No space left on device$"
  want_err_lines 1

  # A file limit of 1 KiB stands for a disk that fills up halfway through.
  echo 'an earlier merge' >"$work/merged.sarif"
  (ulimit -f 1; trap '' XFSZ; exec "$SERIALINT" merge "$work/whole.sarif" -o "$work/merged.sarif") >"$out" 2>"$err"
  status=$?
  want_status 2
  want_err "^serialint: error: merge: cannot write '$work/merged.sarif': File too large$"
  want_err_lines 1
  [ "$(cat "$work/merged.sarif")" = "an earlier merge" ] || fail "the earlier merge was overwritten by part of a new one"
  [ -z "$(find "$work" -name 'merged.sarif.tmp-*')" ] || fail "a temporary file is left beside merged.sarif"
  run "$SERIALINT" merge "$work/whole.sarif" -o "$work/merged.sarif"
  want_status 0
  python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$work/merged.sarif" || fail "the merge without a limit is not whole JSON"

  # A cache whose entries cannot be written (every folder an entry would go
  # in is a file; root ignores permissions): the findings stand, one warning
  # says so, and nothing half-written is left to be read next time.
  run "$SERIALINT" -p build
  cp "$out" "$work/plain"
  local cache="$work/unwritable-cache" k
  mkdir -p "$cache"
  for k in $(seq 0 255); do : >"$cache/$(printf '%02x' "$k")"; done
  : >"$cache/probes"
  run "$SERIALINT" -p build --cache-dir "$cache"
  want_status 1
  want_same_as "$work/plain"
  want_err "^serialint: warning: could not write [0-9]+ cache entr(y|ies, the first): $cache/"
  want_err_lines 1
  [ -z "$(find "$cache" -type f -size +0)" ] || fail "a cache entry was half written"
}

scenario_list_pool_apis() {
  run "$SERIALINT" --list-pool-apis
  want_status 0
  want_out "^# profile ray$"
  want_out "^ray::Task\(callable=0, policy=by-name, backend=msgpack, register=RAY_REMOTE\)$"
  want_out "^# profile boost-mpi$"
  want_out "^boost::mpi::communicator::send\(payload=2, policy=payload-only, backend=boost, counted-arrays=yes\)$"
  want_out "^# profile annotated: "
  [ "$(grep -vc '^#' "$out")" -gt 40 ] || fail "too few entries"

  # What a configuration enables: the profiles it names and its own entries.
  mkdir -p "$work/listing" && cd "$work/listing"
  printf '%s\n' "CheckOptions:" "  Profiles: 'boost-mpi'" \
    "  PoolAPIs: 'team::pool::submit(callable=0, payload=1.., policy=by-name, backend=cereal)'" >.clang-tidy
  run "$SERIALINT" --list-pool-apis
  want_status 0
  want_out "^# option PoolAPIs$"
  want_out "^team::pool::submit\(callable=0, payload=1\.\., policy=by-name, backend=cereal\)$"
  want_out "^boost::mpi::communicator::send\("
  refuse_out "^ray::"
  refuse_out "^# profile annotated"

  # A listed line is an entry: copied into PoolAPIs it lists as it was.
  local line
  line=$(cd / && "$SERIALINT" --list-pool-apis | grep -m1 '^upcxx::detail::support_as_rpc::as_rpc(')
  [ -n "$line" ] || fail "no as_rpc entry listed"
  printf '%s\n' "CheckOptions:" "  Profiles: ''" "  PoolAPIs: '$line'" >.clang-tidy
  run "$SERIALINT" --list-pool-apis
  want_status 0
  [ "$(grep -v '^#' "$out")" = "$line" ] || fail "the copied entry lists as: $(cat "$out")"

  printf '%s\n' "CheckOptions:" "  serialint-pool-payload.PoolAPIs: 'team::send(payload=9x)'" >.clang-tidy
  run "$SERIALINT" --list-pool-apis
  want_status 2
  want_err "^serialint: error: invalid entry in option 'PoolAPIs': "
  want_err_lines 1
  printf '%s\n' "CheckOptions:" "  Profiles: 'ray;spark'" >.clang-tidy
  run "$SERIALINT" --list-pool-apis
  want_status 2
  want_err "^serialint: error: unknown pool-API profile 'spark' in option 'Profiles'; known profiles are ray, "
  want_err_lines 1
}

scenario_progress_on_terminal() {
  make_project "$proj"
  cd "$proj"
  # `script` gives the command a terminal; the progress goes to it.
  script -qec "'$SERIALINT' -p build -j 1 src/clean.cpp src/ray_jobs.cpp" "$work/typescript" >"$out" 2>"$err"
  want_out '\[1/2\] src/(clean|ray_jobs)\.cpp'
  want_out '\[2/2\] src/(clean|ray_jobs)\.cpp'
  run "$SERIALINT" -p build -j 1 src/clean.cpp src/ray_jobs.cpp
  refuse_out '\[1/2\]'
  [ ! -s "$err" ] || fail "progress written when stderr is not a terminal"
}

# run-clang-tidy with the plugin and serialint print the same findings and
# notes on the same project.
scenario_run_clang_tidy_agrees() {
  make_project "$proj"
  cd "$proj"
  "$RUN_CLANG_TIDY" -p build -clang-tidy-binary "$CLANG_TIDY" -load "$PLUGIN" \
    -checks='-*,serialint-*' -quiet >"$work/run-clang-tidy.out" 2>"$work/run-clang-tidy.err"
  run "$SERIALINT" -p build
  want_status 1
  local located='^[^ ]+:[0-9]+:[0-9]+: (warning|note|error): '
  grep -E "$located" "$work/run-clang-tidy.out" | sed "s|^$proj/||" | sort -u >"$work/theirs"
  grep -E "$located" "$out" | sort -u >"$work/ours"
  [ "$(grep -c ': warning: ' "$work/ours")" = 3 ] || fail "expected 3 warnings from serialint"
  diff -u "$work/theirs" "$work/ours" >"$work/diff" ||
    fail "run-clang-tidy and serialint disagree: $(cat "$work/diff")"
}

git_in() { git -C "$1" -c user.name=serialint -c user.email=test@serialint "${@:2}"; }

# A scratch repository with the project, a compile database in build/ and a
# pre-commit configuration; the hook is installed into .git/hooks.
make_commit_repo() {
  make_project "$proj"
  echo build/ >"$proj/.gitignore"
  cat >"$proj/.pre-commit-config.yaml"
  mv "$proj/src/ray_jobs.cpp" "$work/ray_jobs.cpp"
  git_in "$proj" init -q
  git_in "$proj" add .gitignore .pre-commit-config.yaml src
  git_in "$proj" commit -qm base --no-verify
  export PRE_COMMIT_HOME="$work/pre-commit-home"
  (cd "$proj" && "$PRE_COMMIT" install >/dev/null) || fail "pre-commit install failed"
}

# A staged file with a finding blocks the commit and shows the finding; once
# fixed, it commits.
commit_bad_then_good() {
  cp "$work/ray_jobs.cpp" "$proj/src/ray_jobs.cpp"
  git_in "$proj" add src/ray_jobs.cpp
  run git_in "$proj" commit -m "add a lambda sent to ray"
  [ "$status" != 0 ] || fail "the commit with a finding went through"
  grep -Eq "$RAY_FINDING" "$out" "$err" || fail "the hook did not show the finding"
  sed -i 's/ray::Task(\[factor\](int value) { return value \* factor; })/ray::Task(scale)/; s/Remote(1);/Remote(1, factor);/' \
    "$proj/src/ray_jobs.cpp"
  git_in "$proj" add src/ray_jobs.cpp
  run git_in "$proj" commit -m "send a registered function"
  want_status 0
  [ "$(git_in "$proj" log --oneline | wc -l)" = 2 ] || fail "the clean file was not committed"
}

scenario_pre_commit_local_hook() {
  make_commit_repo <<YAML
repos:
  - repo: local
    hooks:
      - id: serialint
        name: serialint
        entry: $SERIALINT -p build
        language: system
        types: [c++]
        require_serial: true
YAML
  commit_bad_then_good
}

# The hook as published in .pre-commit-hooks.yaml, from a repository holding
# that file at a commit, with serialint on PATH as an install puts it.
scenario_pre_commit_hooks_repository() {
  local hooks="$work/hooks-repo"
  mkdir -p "$hooks"
  cp "$REPO/.pre-commit-hooks.yaml" "$hooks/"
  git_in "$hooks" init -q
  git_in "$hooks" add .pre-commit-hooks.yaml
  git_in "$hooks" commit -qm hooks
  local rev; rev=$(git_in "$hooks" rev-parse HEAD)
  export PATH="$(dirname "$SERIALINT"):$PATH"
  make_commit_repo <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: serialint
        args: [-p, build]
YAML
  commit_bad_then_good
}

scenario_"${name//-/_}"
if [ "$failures" -ne 0 ]; then
  show
  exit 1
fi
echo "ok: $name"
