#!/usr/bin/env bash
# How much the serialint command costs over parsing, side by side in one run:
#   1. serialint -j 1        against clang++-19 -fsyntax-only, one unit at a time
#   2. serialint -j 1        against clang-tidy-19 -load <plugin> with the same checks
#   3. serialint -j 2        against serialint -j 1
# over the project's own sources plus a generated corpus of translation units
# that include Boost, cereal and the standard library (written to a temporary
# directory, never kept).
#   bench/lint-speed.sh BUILD_DIR [CORPUS_SIZE]     (default 200)
set -euo pipefail
build=$(cd "$1" && pwd)
count=${2:-200}
repo=$(cd "$(dirname "$0")/.." && pwd)
serialint="$build/bin/serialint"
plugin=$(ls "$build"/lib/*SerialintTidyModule.so)
msgpack="$repo/.deps/msgpack/usr/include"
mpi=/usr/lib/x86_64-linux-gnu/openmpi/include
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$count" "$repo" "$msgpack" "$mpi" "$build" <<'PY'
import json, os, sys
work, count, repo, msgpack, mpi, build = sys.argv[1], int(sys.argv[2]), *sys.argv[3:]
flags = f"-std=c++20 -I{repo}/test/models -I{repo}/runtime/include -isystem {msgpack} -DMSGPACK_NO_BOOST -isystem {mpi}"

mpi_unit = """#include <boost/mpi.hpp>
#include <boost/serialization/vector.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/map.hpp>
#include <map>
#include <string>
#include <vector>

namespace unit{n} {{
struct Sample {{
  std::string name;
  std::vector<double> values;
  std::map<std::string, int> tags;
  template <class Archive> void serialize(Archive &ar, const unsigned int) {{ ar & name & values & tags; }}
}};
struct Batch {{
  std::vector<Sample> samples;
  int{maybe_ptr} owner{init};
  template <class Archive> void serialize(Archive &ar, const unsigned int) {{ ar & samples; }}
}};
double total(const Batch &b) {{
  double sum = 0;
  for (const Sample &s : b.samples)
    for (double v : s.values) sum += v * {n};
  return sum;
}}
void exchange(boost::mpi::communicator &world, Batch &batch) {{
  world.send(1, {n}, batch);
  boost::mpi::broadcast(world, batch, 0);
  std::vector<int> counts;
  boost::mpi::gather(world, static_cast<int>(batch.samples.size()), counts, 0);
}}
}}
"""

cereal_unit = """#include <cereal/archives/binary.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/memory.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <boost/optional.hpp>
#include <boost/container/flat_map.hpp>
#include <ray/api.h>
#include <algorithm>
#include <functional>
#include <memory>
#include <sstream>

namespace unit{n} {{
struct Record {{
  int id = {n};
  std::string label;
  std::vector<std::shared_ptr<int>> parts;
  std::map<int, std::string> names;
  template <class Archive> void serialize(Archive &ar) {{ ar(id, label, parts, names); }}
}};
int weigh(int value) {{ return value * {n}; }}
RAY_REMOTE(weigh);
std::string pack(const Record &r) {{
  std::ostringstream out;
  cereal::BinaryOutputArchive archive(out);
  archive(r);
  return out.str();
}}
int submit(std::vector<int> values) {{
  boost::container::flat_map<int, int> seen;
  boost::optional<int> best;
  std::sort(values.begin(), values.end());
  for (int v : values) {{ seen[v]++; if (!best || v > *best) best = v; }}
  ray::Task(weigh).Remote(best.value_or(0));
  {maybe_lambda}
  return static_cast<int>(seen.size());
}}
}}
"""

entries = []
os.makedirs(f"{work}/corpus", exist_ok=True)
for n in range(count):
    path = f"{work}/corpus/unit{n:04d}.cpp"
    bad = n % 10 == 0
    if n % 2:
        text = mpi_unit.format(n=n, maybe_ptr=" *" if bad else "", init=" = nullptr" if bad else " = 0")
    else:
        text = cereal_unit.format(n=n, maybe_lambda="ray::Task([](int x) { return x; }).Remote(1);" if bad else "")
    open(path, "w").write(text)
    entries.append({"directory": f"{work}/corpus", "file": path,
                    "arguments": ["clang++-19", *flags.split(), "-c", path]})
own = json.load(open(f"{build}/compile_commands.json"))
for e in own:
    if e["file"].startswith((f"{repo}/tool/", f"{repo}/checks/")):
        entries.append(e)
json.dump(entries, open(f"{work}/compile_commands.json", "w"), indent=1)

# The same commands as a plain parse, for clang++-19 -fsyntax-only.
with open(f"{work}/parse.sh", "w") as script:
    for e in entries:
        args = e.get("arguments") or e["command"].split()
        args = [a for a in args[1:]]
        if "-o" in args:
            i = args.index("-o"); del args[i:i + 2]
        args = [a for a in args if a != "-c"]
        script.write(f"cd {e['directory']} && clang++-19 -fsyntax-only -Wno-error -w {' '.join(args)} || true\n")
print(f"{len(entries)} translation units: {count} generated, {len(entries) - count} of the project's own")
PY

files=$(python3 -c "import json,sys; print(' '.join(e['file'] for e in json.load(open(sys.argv[1]))))" "$work/compile_commands.json")

seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

echo "parse:      clang++-19 -fsyntax-only, one at a time"
parse=$(seconds bash "$work/parse.sh"); echo "  ${parse}s"
echo "serialint:  -j 1"
serial=$(seconds "$serialint" -p "$work" -j 1); echo "  ${serial}s"
echo "clang-tidy: clang-tidy-19 -load, same checks"
tidy=$(seconds clang-tidy-19 -load "$plugin" -checks='-*,serialint-*' -p "$work" $files); echo "  ${tidy}s"
echo "serialint:  -j 2"
parallel=$(seconds "$serialint" -p "$work" -j 2); echo "  ${parallel}s"

ratio() { echo "scale=2; $1 / $2" | bc; }
echo
echo "serialint -j 1 / parse alone          $(ratio "$serial" "$parse")x   (goal <= 1.05)"
echo "serialint -j 1 / clang-tidy -load     $(ratio "$serial" "$tidy")x   (goal <= 1.00)"
echo "serialint -j 1 / serialint -j 2       $(ratio "$serial" "$parallel")x faster   (goal >= 1.7)"
