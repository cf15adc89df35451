// Hardening, in the spirit of Spark's SerializationDebugger: the walk never
// crashes the user's program, never loops, and never calls user code that
// could throw from under it. Runtime-only cases (inspect, trace,
// require_serializable, the JSON-lines log); test/adapters/hardening_test.cpp
// has those through traced().
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "support.hpp"

using serialint::node_status;
using serialint::reason;
using serialint_test::only_finding;
using serialint_test::paths_of;
using serialint_test::count_of;
using serialint_test::line_count;
using serialint_test::read_file;

namespace hardening_test {

int target = 7;

// ---------------------------------------------------------------------------
// User code the walk must not depend on: printing, comparing or hashing a key.
// Armed, every one of these throws.
bool armed = false;

struct printing_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void trip(const char *what) {
  if (armed)
    throw printing_error(what);
}

// A map key of class type, with every way a user might print it.
struct Key {
  int id = 0;
  bool operator<(const Key &other) const {
    trip("Key::operator<");
    return id < other.id;
  }
  bool operator==(const Key &other) const {
    trip("Key::operator==");
    return id == other.id;
  }
};
std::ostream &operator<<(std::ostream &out, const Key &key) {
  trip("operator<<(std::ostream &, Key)");
  return out << "Key#" << key.id;
}
std::string to_string(const Key &key) {
  trip("to_string(Key)");
  return "Key#" + std::to_string(key.id);
}

struct KeyHash {
  std::size_t operator()(const Key &key) const {
    trip("KeyHash");
    return static_cast<std::size_t>(key.id);
  }
};

// An enum key whose own operator<< throws: the path writes it as a cast.
enum class Color { red, green };
std::ostream &operator<<(std::ostream &out, Color color) {
  trip("operator<<(std::ostream &, Color)");
  return out << static_cast<int>(color);
}

struct Holder {
  int *raw = nullptr;
};

struct Armed {
  Armed() { armed = true; }
  ~Armed() { armed = false; }
  Armed(const Armed &) = delete;
  Armed &operator=(const Armed &) = delete;
};

// ---------------------------------------------------------------------------
// Cycles through the shapes the walk opens: map values, variant
// alternatives, weak_ptrs, and a unique_ptr between two shared objects.
struct MapNode {
  std::map<std::string, std::shared_ptr<MapNode>> children;
  std::vector<int *> pins;
};

struct WeakNode {
  std::map<int, std::weak_ptr<WeakNode>> parents;
  std::shared_ptr<WeakNode> child;
  std::vector<int *> pins;
};

struct VariantNode {
  std::variant<int, std::shared_ptr<VariantNode>, std::weak_ptr<VariantNode>> next;
  std::vector<int *> pins;
};

struct Owner;
struct Owned {
  std::shared_ptr<Owner> back;
  std::vector<int *> pins;
};
struct Owner {
  std::unique_ptr<Owned> owned;
};

std::size_t count_status(const serialint::trace_tree &tree, node_status status) {
  std::size_t count = 0;
  for (const auto &node : tree.nodes())
    count += node.status == status;
  return count;
}

// Every cycle mark points back to a node that is open above it: one of
// `expected` (paths of the objects the cycles close on).
void expect_cycle_marks(const serialint::trace_tree &tree, std::size_t expected_count,
                        const std::vector<std::string> &expected_targets) {
  std::size_t cycles = 0;
  for (const auto &node : tree.nodes()) {
    if (node.status != node_status::cycle)
      continue;
    ++cycles;
    ASSERT_NE(node.same_as, serialint::trace_node::none);
    ASSERT_LT(node.same_as, tree.nodes().size());
    const std::string &target_path = tree.nodes()[node.same_as].path;
    bool known = false;
    for (const auto &t : expected_targets)
      known = known || t == target_path;
    EXPECT_TRUE(known) << "cycle mark at " << node.path << " points to " << target_path;
  }
  EXPECT_EQ(cycles, expected_count) << tree.to_string();
}

// ---------------------------------------------------------------------------
// Authors' texts: a why of nullptr, and a why with characters that would
// break a line-per-finding or line-per-node format.
struct NullWhy {
  int handle = 0;
};
struct ForeignNullWhy {
  int handle = 0;
};
struct MarkedNullWhy {
  SERIALINT_UNSERIALIZABLE(nullptr);
  int handle = 0;
};
struct AwkwardWhy {
  SERIALINT_UNSERIALIZABLE("line one\nline \"two\"\t\\ and \x01 control");
  int handle = 0;
};
struct HoldsAwkward {
  AwkwardWhy first;
  std::map<std::string, Holder> by_name;
};

} // namespace hardening_test

template <> struct serialint::classify<hardening_test::NullWhy> {
  static constexpr serialint::reason reason = serialint::reason::os_resource;
  static constexpr const char *why = nullptr;
};
template <> struct serialint::unserializable_reason<hardening_test::ForeignNullWhy> {
  static constexpr const char *why = nullptr;
};

using namespace hardening_test;

// --- Printing user values ---------------------------------------------------

// The runtime never prints a key of class type (it has no literal form): the
// path falls back to std::next(...)->second, and nothing the user wrote to
// print, compare or hash a key is called during the walk.
TEST(Hardening, KeyWhosePrintingThrowsFallsBackToPosition) {
  std::map<Key, Holder> by_key;
  by_key[Key{1}] = Holder{nullptr};
  by_key[Key{2}] = Holder{&target};
  const Armed arm;

  serialint::report found;
  EXPECT_NO_THROW(found = serialint::inspect(by_key, {.root_name = "by_key"}));
  EXPECT_EQ(paths_of(found), (std::vector<std::string>{"std::next(by_key.begin(), 0)->second.raw",
                                                       "std::next(by_key.begin(), 1)->second.raw"}));
  ASSERT_EQ(found.findings().size(), 2u);
  EXPECT_EQ(found.findings()[1].reason, reason::address_bound);
  EXPECT_EQ(found.findings()[1].type, "int*");

  serialint::trace_tree tree;
  EXPECT_NO_THROW(tree = serialint::trace(by_key, {.root_name = "by_key"}));
  EXPECT_EQ(paths_of(tree.report()), paths_of(found));
  std::string text;
  EXPECT_NO_THROW(text = tree.to_string());
  EXPECT_NE(text.find("value#1"), std::string::npos) << text;
  EXPECT_EQ(text.find("Key#"), std::string::npos) << "a user printer was called:\n" << text;

  std::ostringstream printed;
  serialint::report printed_report;
  EXPECT_NO_THROW(printed_report = serialint::trace(by_key, printed, {.root_name = "by_key"}));
  EXPECT_EQ(paths_of(printed_report), paths_of(found));
  EXPECT_NE(printed.str().find("`- value#1: hardening_test::Holder"), std::string::npos)
      << printed.str();
  EXPECT_EQ(count_of(printed.str(), "<-- FAIL address-bound"), 2u) << printed.str();

  std::ostringstream json;
  EXPECT_NO_THROW(serialint::write_json_lines(json, tree));
  EXPECT_NE(json.str().find("\"path\":\"std::next(by_key.begin(), 1)->second.raw\""),
            std::string::npos)
      << json.str();

  try {
    serialint::require_serializable(by_key, {.root_name = "by_key"});
    ADD_FAILURE() << "require_serializable accepted a raw pointer";
  } catch (const serialint::unserializable_error &error) {
    EXPECT_NE(std::string(error.what()).find("std::next(by_key.begin(), 1)->second.raw"),
              std::string::npos)
        << error.what();
  } catch (const std::exception &other) {
    ADD_FAILURE() << "require_serializable let a user exception out: " << other.what();
  }
  EXPECT_TRUE(armed) << "the guard was reset early";
}

TEST(Hardening, KeyPrintingIsNotCalledForTheLogEither) {
  std::map<Key, Holder> by_key;
  by_key[Key{5}] = Holder{&target};
  const std::string file = ::testing::TempDir() + "serialint-hardening-keys.jsonl";
  std::remove(file.c_str());
  ::setenv("SERIALINT_TRACE", file.c_str(), 1);
  {
    const Armed arm;
    EXPECT_THROW(serialint::require_serializable(by_key, {.root_name = "by_key"}),
                 serialint::unserializable_error);
  }
  ::unsetenv("SERIALINT_TRACE");
  const std::string log = read_file(file);
  EXPECT_NE(log.find("\"path\":\"std::next(by_key.begin(), 0)->second.raw\""), std::string::npos)
      << log;
  EXPECT_EQ(log.find("Key#"), std::string::npos) << log;
  std::remove(file.c_str());
}

TEST(Hardening, UnorderedMapIsWalkedWithoutHashingOrComparingKeys) {
  std::unordered_map<Key, Holder, KeyHash> by_key;
  by_key[Key{3}] = Holder{&target};
  const Armed arm;
  serialint::report found;
  EXPECT_NO_THROW(found = serialint::inspect(by_key));
  EXPECT_EQ(only_finding(found).path, "std::next(value.begin(), 0)->second.raw");
  EXPECT_NO_THROW(serialint::trace(by_key).to_string());
}

TEST(Hardening, EnumKeyIsWrittenAsACastNotByItsOperator) {
  std::map<Color, Holder> by_color;
  by_color[Color::red] = Holder{nullptr};
  by_color[Color::green] = Holder{&target};
  const Armed arm;
  serialint::report found;
  EXPECT_NO_THROW(found = serialint::inspect(by_color));
  EXPECT_EQ(paths_of(found),
            (std::vector<std::string>{"value[static_cast<hardening_test::Color>(0)].raw",
                                      "value[static_cast<hardening_test::Color>(1)].raw"}));
  EXPECT_NO_THROW(serialint::trace(by_color).to_string());
}

// --- Authors' texts ---------------------------------------------------------

TEST(Hardening, ClassifyWithANullWhyUsesTheTablesWhy) {
  const NullWhy value;
  serialint::finding f;
  EXPECT_NO_THROW(f = only_finding(serialint::inspect(value)));
  EXPECT_EQ(f.reason, reason::os_resource);
  EXPECT_EQ(f.message, std::string(serialint::info(reason::os_resource).label) + ": " +
                           std::string(serialint::info(reason::os_resource).why));
}

// A type marked with a null why is marked all the same: the author asked for
// it to be refused, and the static checks, which see the marker, refuse it.
// The message falls back to the reason table's why.
TEST(Hardening, MarkedWithANullWhyIsStillMarked) {
  const MarkedNullWhy marked;
  const ForeignNullWhy foreign;
  const serialint::finding m = only_finding(serialint::inspect(marked));
  EXPECT_EQ(m.reason, reason::marked);
  EXPECT_EQ(m.message, std::string(serialint::info(reason::marked).label) + ": " +
                           std::string(serialint::info(reason::marked).why));
  EXPECT_EQ(only_finding(serialint::inspect(foreign)).reason, reason::marked);
}

// A why with a newline, quotes, a tab, a backslash and a control character:
// the JSON lines stay one object per line, escaped, and the trace and the
// error do not throw.
TEST(Hardening, AwkwardAuthorTextStaysInItsLine) {
  HoldsAwkward value;
  value.by_name["a\"b\nc"] = Holder{&target};
  const serialint::trace_tree tree = serialint::trace(value, {.root_name = "v"});
  ASSERT_EQ(tree.report().findings().size(), 2u);
  EXPECT_EQ(tree.report().findings()[0].path, "v.first");
  EXPECT_EQ(tree.report().findings()[0].reason, reason::marked);
  EXPECT_EQ(tree.report().findings()[1].path, "v.by_name[\"a\\\"b\\nc\"].raw");
  std::ostringstream json;
  serialint::write_json_lines(json, tree);
  EXPECT_EQ(line_count(json.str()), tree.nodes().size()) << json.str();
  EXPECT_NE(json.str().find("line one\\nline \\\"two\\\"\\t\\\\ and \\u0001 control"),
            std::string::npos)
      << json.str();
  EXPECT_NO_THROW(tree.to_string());
  try {
    serialint::require_serializable(value, {.root_name = "v"});
    ADD_FAILURE() << "require_serializable accepted a marked type";
  } catch (const serialint::unserializable_error &error) {
    EXPECT_NE(std::string(error.what()).find("v.first (hardening_test::AwkwardWhy): marked"),
              std::string::npos)
        << error.what();
  }
}

// --- Never loop ---------------------------------------------------------------

TEST(Hardening, SharedCycleThroughAMapValueEnds) {
  auto root = std::make_shared<MapNode>();
  auto child = std::make_shared<MapNode>();
  root->children["self"] = root;
  root->children["kid"] = child;
  child->children["back"] = root;
  child->children["me"] = child;
  child->pins.push_back(&target);

  const serialint::report found = serialint::inspect(root, {.root_name = "root"});
  EXPECT_EQ(paths_of(found), (std::vector<std::string>{"root->children[\"kid\"]->pins[0]"}));
  const serialint::trace_tree tree = serialint::trace(root, {.root_name = "root"});
  EXPECT_EQ(paths_of(tree.report()), paths_of(found));
  EXPECT_LT(tree.nodes().size(), 40u) << tree.to_string();
  expect_cycle_marks(tree, 3, {"*root", "*root->children[\"kid\"]"});
  EXPECT_THROW(serialint::require_serializable(root), serialint::unserializable_error);

  // Without the culprit the cyclic graph is fine, and still ends.
  child->pins.clear();
  EXPECT_TRUE(serialint::inspect(root).ok()) << serialint::inspect(root).to_string();
  EXPECT_NO_THROW(serialint::require_serializable(root));
  root->children.clear();
  child->children.clear();
}

TEST(Hardening, WeakCycleThroughAMapValueEnds) {
  auto root = std::make_shared<WeakNode>();
  root->child = std::make_shared<WeakNode>();
  root->child->parents[0] = root;
  root->child->parents[1] = root->child;
  root->child->child = std::make_shared<WeakNode>();
  root->child->child->parents[0] = root->child;
  root->child->child->pins.push_back(&target);

  const serialint::report found = serialint::inspect(root, {.root_name = "root"});
  EXPECT_EQ(paths_of(found), (std::vector<std::string>{"root->child->child->pins[0]"}));
  const serialint::trace_tree tree = serialint::trace(root, {.root_name = "root"});
  EXPECT_EQ(paths_of(tree.report()), paths_of(found));
  expect_cycle_marks(tree, 3, {"*root", "*root->child"});

  // An expired weak_ptr is fine: nothing is written for it.
  root->child->child->pins.clear();
  root->child->child->parents[1] = std::make_shared<WeakNode>();
  EXPECT_TRUE(serialint::inspect(root).ok()) << serialint::inspect(root).to_string();
  root->child.reset();
}

TEST(Hardening, CycleThroughAVariantAlternativeEnds) {
  auto first = std::make_shared<VariantNode>();
  auto second = std::make_shared<VariantNode>();
  auto third = std::make_shared<VariantNode>();
  first->next = second;                        // shared_ptr alternative
  second->next = third;
  third->next = std::weak_ptr<VariantNode>(first); // weak_ptr alternative, back to the root
  second->pins.push_back(&target);

  const serialint::report found = serialint::inspect(first, {.root_name = "first"});
  EXPECT_EQ(paths_of(found), (std::vector<std::string>{"std::get<1>(first->next)->pins[0]"}));
  const serialint::trace_tree tree = serialint::trace(first, {.root_name = "first"});
  EXPECT_EQ(paths_of(tree.report()), paths_of(found));
  expect_cycle_marks(tree, 1, {"*first"});

  // The same ring through shared_ptr alternatives only.
  third->next = first;
  second->pins.clear();
  EXPECT_TRUE(serialint::inspect(first).ok()) << serialint::inspect(first).to_string();
  expect_cycle_marks(serialint::trace(first), 1, {"*value"});
  third->next = 0;
}

TEST(Hardening, CycleThroughAUniquePtrBetweenSharedObjectsEnds) {
  auto owner = std::make_shared<Owner>();
  owner->owned = std::make_unique<Owned>();
  owner->owned->back = owner;
  owner->owned->pins.push_back(&target);
  const serialint::report found = serialint::inspect(owner, {.root_name = "owner"});
  EXPECT_EQ(paths_of(found), (std::vector<std::string>{"owner->owned->pins[0]"}));
  expect_cycle_marks(serialint::trace(owner, {.root_name = "owner"}), 1, {"*owner"});
  owner->owned.reset();
}

// A raw pointer to itself is never followed: one finding, no walk through it.
TEST(Hardening, RawSelfPointerIsNotFollowed) {
  struct Ring {
    int id = 0;
    Ring *next = nullptr;
  };
  Ring ring{1, nullptr};
  ring.next = &ring;
  EXPECT_EQ(only_finding(serialint::inspect(ring)).path, "value.next");
  EXPECT_EQ(serialint::trace(ring).nodes().size(), 3u);
}

// A shared graph where each of many objects points at all earlier ones: each
// object is walked once, the rest are marks, so the walk is linear in the
// edges and ends.
TEST(Hardening, DenseSharedGraphIsWalkedOncePerObject) {
  std::vector<std::shared_ptr<MapNode>> nodes;
  for (int i = 0; i < 200; ++i) {
    auto n = std::make_shared<MapNode>();
    for (int j = 0; j < i; ++j)
      n->children[std::to_string(j)] = nodes[j];
    n->children["self"] = n;
    nodes.push_back(n);
  }
  nodes[0]->pins.push_back(&target);
  const serialint::report found = serialint::inspect(nodes);
  ASSERT_EQ(found.findings().size(), 1u) << found.to_string();
  EXPECT_EQ(found.findings()[0].path, "value[0]->pins[0]");
  const serialint::trace_tree tree = serialint::trace(nodes);
  // 200 objects, 200 * 199 / 2 + 200 map edges, and the vector: each edge is
  // one pointer node and no more.
  EXPECT_LT(tree.nodes().size(), 3u * (200u * 201u / 2u + 200u)) << tree.nodes().size();
  for (auto &n : nodes)
    n->children.clear();
}
