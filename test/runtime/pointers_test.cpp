// Owning pointers, shared and cyclic graphs, and polymorphic objects.
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "support.hpp"

using serialint::node_status;
using serialint::reason;
using serialint_test::only_finding;
using serialint_test::paths_of;

namespace {

struct Leaf {
  int value = 0;
  std::function<void()> callback;
};

struct Graph {
  std::vector<std::shared_ptr<Leaf>> leaves;
};

struct Cell {
  int value = 0;
  std::shared_ptr<Cell> next;
  std::optional<std::function<void()>> hook;
};

struct Shape {
  virtual ~Shape() = default;
  virtual double area() const = 0;
};

struct Circle : Shape {
  double radius = 1;
  double area() const override { return 3 * radius * radius; }
  template <class Archive> void serialize(Archive &ar) { ar(radius); }
};

struct Blob : Shape {
  std::mutex guard;
  double area() const override { return 0; }
};

struct Square : Shape {
  double side = 1;
  double area() const override { return side * side; }
};

struct Canvas {
  std::vector<std::unique_ptr<Shape>> shapes;
};

} // namespace

TEST(Pointers, NullOwningPointersAreOk) {
  std::unique_ptr<Leaf> none;
  std::shared_ptr<Leaf> also_none;
  EXPECT_TRUE(serialint::inspect(none).ok());
  EXPECT_TRUE(serialint::inspect(also_none).ok());
}

TEST(Pointers, UniquePtrWalksIntoThePointee) {
  auto leaf = std::make_unique<Leaf>();
  leaf->callback = [] {};
  const auto found = only_finding(serialint::inspect(leaf));
  EXPECT_EQ(found.path, "value->callback");
}

TEST(Pointers, SharedObjectIsWalkedOnceAndMarked) {
  auto shared = std::make_shared<Leaf>();
  shared->callback = [] {};
  Graph graph{{shared, shared, shared}};
  EXPECT_EQ(paths_of(serialint::inspect(graph)),
            (std::vector<std::string>{"value.leaves[0]->callback"}));
  const auto tree = serialint::trace(graph);
  std::size_t shared_marks = 0;
  for (const auto &node : tree.nodes())
    if (node.status == node_status::shared) {
      ++shared_marks;
      EXPECT_EQ(tree.nodes()[node.same_as].path, "*value.leaves[0]");
      EXPECT_EQ(tree.nodes()[node.same_as].segment, "*");
    }
  EXPECT_EQ(shared_marks, 2u);
}

TEST(Pointers, CycleIsWalkedOnceAndMarked) {
  auto first = std::make_shared<Cell>();
  auto second = std::make_shared<Cell>();
  first->next = second;
  second->next = first;
  second->hook = [] {};
  EXPECT_EQ(paths_of(serialint::inspect(first)),
            (std::vector<std::string>{"*value->next->hook"}));
  const auto tree = serialint::trace(first);
  std::size_t cycles = 0;
  for (const auto &node : tree.nodes())
    if (node.status == node_status::cycle) {
      ++cycles;
      EXPECT_EQ(node.path, "value->next->next");
    }
  EXPECT_EQ(cycles, 1u);
  second->next.reset();
}

TEST(Pointers, UnregisteredDerivedTypeIsReported) {
  Canvas canvas;
  canvas.shapes.push_back(std::make_unique<Square>());
  const auto found = only_finding(serialint::inspect(canvas));
  EXPECT_EQ(found.path, "*value.shapes[0]");
  EXPECT_EQ(found.reason, reason::unregistered_polymorphic);
  EXPECT_EQ(found.type, "(anonymous namespace)::Square");
}

TEST(Pointers, RegisteredDerivedTypeIsJudgedByItsDynamicType) {
  serialint::register_polymorphic<Shape, Circle>();
  serialint::register_polymorphic<Shape, Blob>();
  Canvas canvas;
  canvas.shapes.push_back(std::make_unique<Circle>());
  canvas.shapes.push_back(std::make_unique<Blob>());
  const auto found = only_finding(serialint::inspect(canvas));
  EXPECT_EQ(found.path, "*value.shapes[1]");
  EXPECT_EQ(found.reason, reason::no_serializer);
  EXPECT_EQ(found.type, "(anonymous namespace)::Blob");
}

TEST(Pointers, RawPointerIsNotFollowed) {
  Leaf leaf;
  leaf.callback = [] {};
  Leaf *pointer = &leaf;
  const auto found = only_finding(serialint::inspect(pointer));
  EXPECT_EQ(found.path, "value");
  EXPECT_EQ(found.reason, reason::address_bound);
}

namespace {

struct Vertex {
  int id = 0;
  std::unique_ptr<Shape> shape;
  std::vector<std::shared_ptr<Vertex>> edges;
};

} // namespace

TEST(Pointers, DiamondReportsASharedCulpritOnce) {
  serialint::register_polymorphic<Shape, Circle>();
  auto bottom = std::make_shared<Vertex>();
  bottom->shape = std::make_unique<Square>();
  auto left = std::make_shared<Vertex>();
  auto right = std::make_shared<Vertex>();
  left->edges = {bottom};
  right->edges = {bottom, left};
  Vertex top;
  top.edges = {left, right};
  EXPECT_EQ(paths_of(serialint::inspect(top)),
            (std::vector<std::string>{"*value.edges[0]->edges[0]->shape"}));
}

TEST(Pointers, TraceAndInspectFindTheSamePaths) {
  serialint::register_polymorphic<Shape, Circle>();
  auto shared = std::make_shared<Vertex>();
  shared->shape = std::make_unique<Square>();
  Vertex root;
  root.shape = std::make_unique<Circle>();
  for (int i = 0; i < 3; ++i) {
    auto middle = std::make_shared<Vertex>();
    middle->edges = {shared};
    if (i == 1)
      middle->shape = std::make_unique<Square>();
    root.edges.push_back(middle);
  }
  const auto inspected = paths_of(serialint::inspect(root));
  const auto traced = paths_of(serialint::trace(root).report());
  EXPECT_EQ(inspected, traced);
  EXPECT_EQ(inspected, (std::vector<std::string>{"*value.edges[0]->edges[0]->shape",
                                                 "*value.edges[1]->shape"}));
}
