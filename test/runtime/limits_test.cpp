// Depth and element limits, and values too big or too deep to walk naively.
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "support.hpp"

using serialint::walk_note;
using serialint_test::only_finding;
using serialint_test::paths_of;

namespace {

struct ListNode {
  int value = 0;
  std::unique_ptr<ListNode> next;
  std::optional<std::function<void()>> hook;
};

struct SharedNode {
  int value = 0;
  std::shared_ptr<SharedNode> next;
  std::optional<std::function<void()>> hook;
};

// Destroys a long list iteratively; the default destructor would recurse.
template <class Node> void dismantle(Node &head) {
  auto next = std::move(head.next);
  while (next)
    next = std::move(next->next);
}

ListNode make_list(std::size_t length) {
  ListNode head;
  ListNode *tail = &head;
  for (std::size_t i = 1; i < length; ++i) {
    tail->next = std::make_unique<ListNode>();
    tail = tail->next.get();
    tail->value = static_cast<int>(i);
  }
  tail->hook = [] {};
  return head;
}

} // namespace

TEST(Limits, MillionNodeUniqueListDoesNotOverflowTheStack) {
  ListNode head = make_list(1'000'000);
  const auto found = serialint::inspect(head);
  ASSERT_EQ(found.findings().size(), 1u);
  const std::string &path = found.findings()[0].path;
  EXPECT_EQ(path.rfind("*value.next->next->", 0), 0u);
  EXPECT_EQ(path.size(), std::string("*value.next").size() + 999'998 * std::string("->next").size() +
                            std::string("->hook").size());
  EXPECT_FALSE(found.truncated());
  dismantle(head);
}

TEST(Limits, MillionNodeSharedListDoesNotOverflowTheStack) {
  auto head = std::make_shared<SharedNode>();
  SharedNode *tail = head.get();
  for (int i = 1; i < 1'000'000; ++i) {
    tail->next = std::make_shared<SharedNode>();
    tail = tail->next.get();
  }
  tail->hook = [] {};
  const auto found = serialint::inspect(head);
  EXPECT_EQ(found.findings().size(), 1u);
  EXPECT_FALSE(found.truncated());
  dismantle(*head);
}

TEST(Limits, DepthLimitCutsTheWalkAndSaysWhere) {
  ListNode head = make_list(100);
  const auto found = serialint::inspect(head, {.max_depth = 5});
  EXPECT_EQ(found.status(), serialint::outcome::incomplete) << "a cut walk is never ok";
  EXPECT_FALSE(found.ok());
  EXPECT_TRUE(found.truncated());
  ASSERT_EQ(found.notes().size(), 1u);
  EXPECT_EQ(found.notes()[0].what, walk_note::kind::depth_limit);
  EXPECT_EQ(found.notes()[0].path, "value.next->next->next");
  dismantle(head);
}

TEST(Limits, ElementLimitCutsTheWalkAndSaysWhere) {
  std::vector<int *> pointers(10, nullptr);
  const auto found = serialint::inspect(pointers, {.max_elements = 3});
  EXPECT_EQ(paths_of(found), (std::vector<std::string>{"value[0]", "value[1]", "value[2]"}));
  EXPECT_TRUE(found.truncated());
  ASSERT_EQ(found.notes().size(), 1u);
  EXPECT_EQ(found.notes()[0].what, walk_note::kind::element_limit);
  EXPECT_EQ(found.notes()[0].path, "value");
  EXPECT_NE(found.notes()[0].message.find("has 10 elements"), std::string::npos);
}

TEST(Limits, UntruncatedWalkHasNoNotes) {
  std::vector<int *> pointers(2, nullptr);
  const auto found = serialint::inspect(pointers);
  EXPECT_FALSE(found.truncated());
  EXPECT_TRUE(found.notes().empty());
}

TEST(Limits, TenMillionIntsAreJudgedByTypeAlone) {
  static_assert(serialint::static_verdict<std::vector<int>> == serialint::verdict::always_ok);
  std::vector<int> numbers(10'000'000, 1);
  const auto found = serialint::inspect(numbers);
  EXPECT_TRUE(found.ok());
  EXPECT_TRUE(found.notes().empty());
  // The trace shows the vector as one node with its size, not ten million.
  const auto tree = serialint::trace(numbers);
  ASSERT_EQ(tree.nodes().size(), 1u);
  EXPECT_EQ(tree.nodes()[0].bytes, 8u + 10'000'000u * sizeof(int));
}
