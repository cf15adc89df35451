// The values both benchmarks measure, and cereal's serialization of them,
// so the runtime's and the adapters' ratios are taken on the same data.
#ifndef SERIALINT_BENCH_VALUES_HPP
#define SERIALINT_BENCH_VALUES_HPP

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

// Built once per benchmark program, outside the timed loops.
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

} // namespace

#endif // SERIALINT_BENCH_VALUES_HPP
