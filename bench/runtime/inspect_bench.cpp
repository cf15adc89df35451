// serialint::inspect against cereal's binary serialization of the same
// values. Ratios are read from one run of this program; see
// docs/performance.md, "Runtime".
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include <benchmark/benchmark.h>

#include <cereal/archives/binary.hpp>
#include <cereal/types/memory.hpp>
#include <cereal/types/polymorphic.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/variant.hpp>
#include <cereal/types/vector.hpp>

#include <serialint/serialint.hpp>

#include "../common/bench_values.hpp"

namespace {

template <class T>
void run_inspect(benchmark::State &state, const T &value, serialint::options opts = {}) {
  for (auto _ : state) {
    serialint::report found = serialint::inspect(value, opts);
    if (!found.ok())
      state.SkipWithError("unexpected finding");
    benchmark::DoNotOptimize(found);
  }
}

serialint::options full_walk() {
  serialint::options opts;
  opts.visit_always_ok = true;
  return opts;
}

} // namespace

static void Records_Cereal(benchmark::State &state) { serialize_with_cereal(state, records()); }
static void Records_Inspect(benchmark::State &state) { run_inspect(state, records()); }
static void Records_InspectFullWalk(benchmark::State &state) {
  run_inspect(state, records(), full_walk());
}
static void SharedGraph_Cereal(benchmark::State &state) { serialize_with_cereal(state, graph()); }
static void SharedGraph_Inspect(benchmark::State &state) { run_inspect(state, graph()); }
static void SharedGraph_InspectFullWalk(benchmark::State &state) {
  run_inspect(state, graph(), full_walk());
}
static void ShapeGraph_Cereal(benchmark::State &state) {
  serialize_with_cereal(state, shape_graph());
}
static void ShapeGraph_Inspect(benchmark::State &state) { run_inspect(state, shape_graph()); }
static void Variants_Cereal(benchmark::State &state) { serialize_with_cereal(state, items()); }
static void Variants_Inspect(benchmark::State &state) { run_inspect(state, items()); }
static void AlwaysOk_InspectTenMillionInts(benchmark::State &state) {
  static const std::vector<int> numbers(10'000'000, 1);
  run_inspect(state, numbers);
}
static void AlwaysOk_InspectOneRecord(benchmark::State &state) {
  run_inspect(state, records().front());
}

BENCHMARK(Records_Cereal)->Unit(benchmark::kMicrosecond);
BENCHMARK(Records_Inspect)->Unit(benchmark::kMicrosecond);
BENCHMARK(Records_InspectFullWalk)->Unit(benchmark::kMicrosecond);
BENCHMARK(SharedGraph_Cereal)->Unit(benchmark::kMicrosecond);
BENCHMARK(SharedGraph_Inspect)->Unit(benchmark::kMicrosecond);
BENCHMARK(SharedGraph_InspectFullWalk)->Unit(benchmark::kMicrosecond);
BENCHMARK(ShapeGraph_Cereal)->Unit(benchmark::kMicrosecond);
BENCHMARK(ShapeGraph_Inspect)->Unit(benchmark::kMicrosecond);
BENCHMARK(Variants_Cereal)->Unit(benchmark::kMicrosecond);
BENCHMARK(Variants_Inspect)->Unit(benchmark::kMicrosecond);
BENCHMARK(AlwaysOk_InspectTenMillionInts)->Unit(benchmark::kNanosecond);
BENCHMARK(AlwaysOk_InspectOneRecord)->Unit(benchmark::kNanosecond);

BENCHMARK_MAIN();
