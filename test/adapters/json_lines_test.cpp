// The log traced() writes straight from the walk is the log
// require_serializable writes from a trace_tree: same lines, same order.
#include <list>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include <serialint/detail/json_lines.hpp>
#include <serialint/serialint.hpp>

namespace json_lines_test {

struct Pool {
  SERIALINT_UNSERIALIZABLE("pool objects cannot be passed between processes");
};
struct Node {
  int id;
  std::string label;
  std::vector<std::shared_ptr<Node>> edges;
};
struct Everything {
  std::map<std::string, std::vector<int>> by_name;
  std::multimap<int, std::string> multi;
  std::list<std::optional<std::string>> ready;
  std::variant<int, std::tuple<double, std::string>> task;
  std::pair<int, std::unique_ptr<Node>> entry;
  std::vector<std::shared_ptr<Node>> graph;
  std::unique_ptr<Pool> pool;
  const int *address;
};

Everything make() {
  Everything e;
  e.by_name = {{"alpha \"quoted\"", {1, 2}}, {"beta", {}}};
  e.multi = {{1, "a"}, {1, "b"}};
  e.ready = {std::nullopt, "x"};
  e.task = std::tuple<double, std::string>{1.5, "t"};
  e.entry = {3, std::make_unique<Node>(Node{1, "n", {}})};
  for (int i = 0; i < 6; ++i) {
    auto node = std::make_shared<Node>(Node{i, "g" + std::to_string(i), {}});
    if (i > 0)
      node->edges = {e.graph[static_cast<std::size_t>(i - 1)], e.graph[0]};
    e.graph.push_back(node);
  }
  e.graph[0]->edges.push_back(e.graph[5]); // a cycle
  e.pool = std::make_unique<Pool>();
  e.address = &e.entry.first;
  return e;
}

std::string without_runs(const std::string &text) {
  return std::regex_replace(text, std::regex("\"run\":\"[0-9]+-[0-9]+\""), "\"run\":\"R\"");
}

} // namespace json_lines_test

TEST(JsonLines, SameAsTheTraceTreeLog) {
  using namespace json_lines_test;
  Everything value = make();
  serialint::options opts{.root_name = "value"};
  std::ostringstream expected;
  serialint::write_json_lines(expected, serialint::trace(value, opts));

  opts.visit_always_ok = true;
  serialint::detail::walker w(opts);
  serialint::detail::walk(w, value);
  w.total_bytes();
  std::string fast;
  serialint::detail::write_walk_json_lines(w, [&](std::string_view text) { fast += text; });

  EXPECT_GT(expected.str().size(), 1000u);
  EXPECT_EQ(without_runs(fast), without_runs(expected.str()));
  value.graph[0]->edges.clear(); // break the cycle, or the nodes leak
}
