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

namespace bench {

struct Record {
  int id;
  std::string name;
  std::vector<double> samples;
  std::vector<std::string> tags;
};

struct GraphNode {
  int id;
  std::string label;
  std::vector<std::shared_ptr<GraphNode>> edges;
};

struct Shape {
  virtual ~Shape() = default;
  virtual double area() const = 0;
};

struct Circle : Shape {
  double radius = 1;
  double area() const override { return 3.14159 * radius * radius; }
  template <class Archive> void serialize(Archive &ar) { ar(radius); }
};

// A graph whose nodes hold a polymorphic shape: the walk must follow every
// edge (each object once) to check the dynamic types.
struct ShapeNode {
  int id;
  std::string label;
  std::unique_ptr<Shape> shape;
  std::vector<std::shared_ptr<ShapeNode>> edges;
};

using Item = std::variant<int, std::string, std::vector<double>, std::unique_ptr<Shape>>;

} // namespace bench

// Outside bench's namespace, so that serialint walks these types member by
// member instead of trusting them.
namespace cereal {
template <class Archive> void serialize(Archive &ar, bench::Record &r) {
  ar(r.id, r.name, r.samples, r.tags);
}
template <class Archive> void serialize(Archive &ar, bench::GraphNode &n) {
  ar(n.id, n.label, n.edges);
}
template <class Archive> void serialize(Archive &ar, bench::ShapeNode &n) {
  ar(n.id, n.label, n.shape, n.edges);
}
} // namespace cereal

CEREAL_REGISTER_TYPE(bench::Circle)
CEREAL_REGISTER_POLYMORPHIC_RELATION(bench::Shape, bench::Circle)
SERIALINT_REGISTER_POLYMORPHIC(bench::Shape, bench::Circle);

namespace {

constexpr std::size_t count = 100'000;

// Appends rather than `"x" + std::to_string(i)`, which trips a false
// -Wrestrict in GCC 12's std::string at -O3.
std::string numbered(const char *prefix, std::size_t i) {
  std::string text = prefix;
  text += std::to_string(i);
  return text;
}

std::vector<bench::Record> make_records() {
  std::vector<bench::Record> records;
  records.reserve(count);
  for (std::size_t i = 0; i < count; ++i)
    records.push_back({static_cast<int>(i), numbered("record-", i),
                       std::vector<double>(8, 0.5 * static_cast<double>(i)),
                       {"alpha", "beta", std::to_string(i % 97)}});
  return records;
}

// A DAG: every node links to up to three earlier ones, so most nodes are
// shared by several owners.
std::vector<std::shared_ptr<bench::GraphNode>> make_graph() {
  std::mt19937 random(7);
  std::vector<std::shared_ptr<bench::GraphNode>> nodes;
  nodes.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    auto node = std::make_shared<bench::GraphNode>();
    node->id = static_cast<int>(i);
    node->label = numbered("n", i);
    for (int e = 0; e < 3 && i > 0; ++e)
      node->edges.push_back(nodes[random() % i]);
    nodes.push_back(std::move(node));
  }
  return nodes;
}

std::vector<std::shared_ptr<bench::ShapeNode>> make_shape_graph() {
  std::mt19937 random(11);
  std::vector<std::shared_ptr<bench::ShapeNode>> nodes;
  nodes.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    auto node = std::make_shared<bench::ShapeNode>();
    node->id = static_cast<int>(i);
    node->label = numbered("s", i);
    node->shape = std::make_unique<bench::Circle>();
    for (int e = 0; e < 3 && i > 0; ++e)
      node->edges.push_back(nodes[random() % i]);
    nodes.push_back(std::move(node));
  }
  return nodes;
}

std::vector<bench::Item> make_items() {
  std::vector<bench::Item> items;
  items.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    switch (i % 4) {
    case 0: items.emplace_back(static_cast<int>(i)); break;
    case 1: items.emplace_back(numbered("item-", i)); break;
    case 2: items.emplace_back(std::vector<double>{1.0, 2.0, 3.0}); break;
    default: items.emplace_back(std::make_unique<bench::Circle>()); break;
    }
  }
  return items;
}

template <class T> void serialize_with_cereal(benchmark::State &state, const T &value) {
  for (auto _ : state) {
    std::ostringstream out;
    {
      cereal::BinaryOutputArchive archive(out);
      archive(value);
    }
    benchmark::DoNotOptimize(out.tellp());
  }
}

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

const std::vector<bench::Record> &records() {
  static const auto value = make_records();
  return value;
}
const std::vector<std::shared_ptr<bench::GraphNode>> &graph() {
  static const auto value = make_graph();
  return value;
}
const std::vector<std::shared_ptr<bench::ShapeNode>> &shape_graph() {
  static const auto value = make_shape_graph();
  return value;
}
const std::vector<bench::Item> &items() {
  static const auto value = make_items();
  return value;
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
