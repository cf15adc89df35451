// cereal's binary serialization of a value, bare and through
// serialint::traced(value) with tracing off and on, side by side on the values
// of bench/runtime/inspect_bench.cpp. Ratios are read from one run of this
// program; see docs/performance.md, "Adapters".
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

#include <serialint/cereal.hpp>
#include <serialint/serialint.hpp>

#include "../common/bench_values.hpp"

namespace {

// Tracing off: no SERIALINT_TRACE, no sink.
template <class T> void serialize_traced_off(benchmark::State &state, const T &value) {
  for (auto _ : state) {
    std::ostringstream out;
    {
      cereal::BinaryOutputArchive archive(out);
      archive(serialint::traced(value, "value"));
    }
    benchmark::DoNotOptimize(out.tellp());
  }
}

// Tracing on: every node of the walk written as a JSON line to a sink that
// discards them (what SERIALINT_TRACE costs, less the file system).
template <class T> void serialize_traced_on(benchmark::State &state, const T &value) {
  serialint::detail::null_ostream sink;
  for (auto _ : state) {
    std::ostringstream out;
    {
      cereal::BinaryOutputArchive archive(out);
      archive(serialint::traced(value, "value", sink));
    }
    benchmark::DoNotOptimize(out.tellp());
  }
}

const bench::Record &one_record() {
  static const bench::Record value = records()[12345];
  return value;
}

} // namespace

#define SERIALINT_ADAPTER_BENCH(Name, value)                                               \
  static void Name##_Bare(benchmark::State &state) { serialize_with_cereal(state, value); } \
  static void Name##_TracedOff(benchmark::State &state) {                                  \
    serialize_traced_off(state, value);                                                    \
  }                                                                                        \
  static void Name##_TracedOn(benchmark::State &state) { serialize_traced_on(state, value); }

SERIALINT_ADAPTER_BENCH(Records, records())
SERIALINT_ADAPTER_BENCH(SharedGraph, graph())
SERIALINT_ADAPTER_BENCH(ShapeGraph, shape_graph())
SERIALINT_ADAPTER_BENCH(Variants, items())
SERIALINT_ADAPTER_BENCH(OneRecord, one_record())

BENCHMARK(Records_Bare)->Unit(benchmark::kMicrosecond);
BENCHMARK(Records_TracedOff)->Unit(benchmark::kMicrosecond);
BENCHMARK(Records_TracedOn)->Unit(benchmark::kMicrosecond);
BENCHMARK(SharedGraph_Bare)->Unit(benchmark::kMicrosecond);
BENCHMARK(SharedGraph_TracedOff)->Unit(benchmark::kMicrosecond);
BENCHMARK(SharedGraph_TracedOn)->Unit(benchmark::kMicrosecond);
BENCHMARK(ShapeGraph_Bare)->Unit(benchmark::kMicrosecond);
BENCHMARK(ShapeGraph_TracedOff)->Unit(benchmark::kMicrosecond);
BENCHMARK(ShapeGraph_TracedOn)->Unit(benchmark::kMicrosecond);
BENCHMARK(Variants_Bare)->Unit(benchmark::kMicrosecond);
BENCHMARK(Variants_TracedOff)->Unit(benchmark::kMicrosecond);
BENCHMARK(Variants_TracedOn)->Unit(benchmark::kMicrosecond);
BENCHMARK(OneRecord_Bare)->Unit(benchmark::kNanosecond);
BENCHMARK(OneRecord_TracedOff)->Unit(benchmark::kNanosecond);
BENCHMARK(OneRecord_TracedOn)->Unit(benchmark::kNanosecond);

BENCHMARK_MAIN();
