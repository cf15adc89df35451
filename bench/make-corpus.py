#!/usr/bin/env python3
# Writes the benchmarks' corpus into WORK: COUNT generated translation units
# that include Boost, cereal, the Ray model and the standard library (a tenth
# with a finding; a tenth include corpus/common.h, for edits that reach
# several units), the project's own tool/ and checks/ sources from BUILD's
# compile_commands.json, and parse.sh, the same commands as a plain parse.
#   make-corpus.py WORK COUNT REPO MSGPACK_INCLUDE MPI_INCLUDE BUILD
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
with open(f"{work}/corpus/common.h", "w") as common:
    common.write("inline int common_value() { return 1; }\n")
for n in range(count):
    path = f"{work}/corpus/unit{n:04d}.cpp"
    bad = n % 10 == 0
    if n % 2:
        text = mpi_unit.format(n=n, maybe_ptr=" *" if bad else "", init=" = nullptr" if bad else " = 0")
    else:
        text = cereal_unit.format(n=n, maybe_lambda="ray::Task([](int x) { return x; }).Remote(1);" if bad else "")
    if n % 10 == 5:
        text = '#include "common.h"\n' + text
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
