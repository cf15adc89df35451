// The trace tree and its text form (docs/trace-format.md).
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "support.hpp"

namespace {

struct Pool {
  SERIALINT_UNSERIALIZABLE("pool objects cannot be passed between processes");
};

struct Context {
  std::string tag;
  Pool pool;
};

struct Job {
  int id;
  Context ctx;
  std::vector<int> inputs;
  std::vector<std::string> names;
};

Job make_job() { return Job{7, {"night", {}}, {1, 2, 3}, {"a", "bc"}}; }

} // namespace

TEST(Trace, FoldedTextMatchesTheSpecification) {
  const Job job = make_job();
  std::ostringstream out;
  const auto found = serialint::trace(job, out, {.root_name = "job"}, {.fold_clean = true});
  EXPECT_EQ(out.str(),
            "job: (anonymous namespace)::Job [aggregate] 64 B\n"
            "+- .id: int [scalar] 4 B\n"
            "+- .ctx: (anonymous namespace)::Context [aggregate] 13 B\n"
            "|  +- .tag: std::string [value] 13 B\n"
            "|  `- .pool: (anonymous namespace)::Pool [flagged] 0 B  <-- FAIL marked: "
            "marked unserializable: pool objects cannot be passed between processes\n"
            "+- .inputs: std::vector<int> [sequence] 20 B\n"
            "`- .names: std::vector<std::string> [sequence] 27 B  (folded: 2 clean nodes "
            "below)\n"
            "-- 9 nodes, 64 B, 1 finding\n");
  EXPECT_EQ(found.findings().size(), 1u);
}

TEST(Trace, UnfoldedByDefaultTextShowsEveryNode) {
  const Job job = make_job();
  const std::string text = serialint::trace(job, {.root_name = "job"}).to_string();
  EXPECT_NE(text.find("   +- [0]: std::string [value] 9 B\n"), std::string::npos) << text;
  EXPECT_NE(text.find("   `- [1]: std::string [value] 10 B\n"), std::string::npos) << text;
}

TEST(Trace, NodesCarrySegmentKindTypeBytesAndReason) {
  const auto tree = serialint::trace(make_job());
  ASSERT_EQ(tree.nodes().size(), 9u);
  const auto &pool = tree.nodes()[6];
  EXPECT_EQ(pool.segment, ".pool");
  EXPECT_EQ(pool.kind, "flagged");
  EXPECT_EQ(pool.path, "value.ctx.pool");
  ASSERT_TRUE(pool.reason.has_value());
  EXPECT_EQ(*pool.reason, serialint::reason::marked);
  EXPECT_EQ(pool.status, serialint::node_status::failed);
  EXPECT_FALSE(tree.nodes()[0].clean);
  EXPECT_TRUE(tree.nodes()[3].clean);
  EXPECT_EQ(tree.nodes()[0].bytes, 64u);
}

TEST(Trace, CleanValueShowsTheWalkUnlessFolded) {
  std::vector<std::string> words{"a", "b"};
  std::ostringstream out;
  EXPECT_TRUE(serialint::trace(words, out).ok());
  EXPECT_EQ(out.str(), "value: std::vector<std::string> [sequence] 26 B\n"
                       "+- [0]: std::string [value] 9 B\n"
                       "`- [1]: std::string [value] 9 B\n"
                       "-- 3 nodes, 26 B, 0 findings\n");
  std::ostringstream folded;
  serialint::trace(words, folded, {}, {.fold_clean = true});
  EXPECT_EQ(folded.str(), "value: std::vector<std::string> [sequence] 26 B  (folded: 2 clean "
                          "nodes below)\n-- 3 nodes, 26 B, 0 findings\n");
}

TEST(Trace, DeepTreesAreIndentedUpToALimit) {
  struct Link {
    std::unique_ptr<Link> next;
    int *culprit = nullptr;
  };
  Link head;
  Link *tail = &head;
  for (int i = 0; i < 40; ++i) {
    tail->next = std::make_unique<Link>();
    tail = tail->next.get();
  }
  const std::string text = serialint::trace(head).to_string({.max_indent = 4});
  EXPECT_NE(text.find("(depth 81) .culprit: int* [flagged] 0 B  <-- FAIL address-bound"),
            std::string::npos)
      << text.substr(text.size() - 400);
}
