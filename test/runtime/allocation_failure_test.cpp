// Allocation failure during a walk. operator new (allocation_hooks.cpp) is
// made to throw std::bad_alloc at each allocation a walk makes in turn, once
// or from there on: inspect must give a report that says the walk was
// interrupted, or the whole report when the failure came after the walk's
// last allocation; trace may throw std::bad_alloc; the log writer never
// throws; and none of them crashes, terminates or holds memory afterwards.
// Walks run on a thread of their own, so that the walk's per-thread buffers
// start cold and are freed when it ends: bytes held before and after must match.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "allocation_hooks.hpp"
#include "support.hpp"

using serialint_test::read_lines;

using serialint::outcome;
using serialint::walk_note;

namespace allocation_failure_test {

int target = 3;

struct Leaf {
  int id = 0;
  std::optional<int *> pin;
  std::optional<std::function<void()>> hook;
};

struct Link {
  int value = 0;
  std::unique_ptr<Link> next;
  std::optional<int *> pin;
};

// Every kind of allocation a walk makes: node and stack buffers that grow,
// the shared-object table, findings with their paths, notes, type names.
struct Tree {
  std::string name = "a tree";
  std::vector<Leaf> leaves;
  std::map<std::string, Leaf> by_name;
  std::vector<std::shared_ptr<Leaf>> shared;
  std::unique_ptr<Link> chain;
};

Tree make_tree() {
  Tree tree;
  for (int i = 0; i < 100; ++i)
    tree.leaves.push_back(Leaf{i, i % 25 == 0 ? std::optional<int *>(&target) : std::nullopt,
                               std::nullopt});
  for (int i = 0; i < 20; ++i)
    tree.by_name["leaf " + std::to_string(i)] = Leaf{i, std::nullopt, [] {}};
  for (int i = 0; i < 60; ++i)
    tree.shared.push_back(i % 3 == 0 || tree.shared.empty() ? std::make_shared<Leaf>()
                                                            : tree.shared.back());
  tree.shared[42]->pin = &target;
  std::unique_ptr<Link> *tail = &tree.chain;
  for (int i = 0; i < 30; ++i) {
    *tail = std::make_unique<Link>();
    tail = &(*tail)->next;
  }
  return tree;
}

// What a walk under failure gave; plain values, so that it holds no memory
// once the walk's thread is gone.
struct walk_result {
  bool refused = false;
  outcome status = outcome::ok;
  bool interrupted = false;
  bool note_at_root = false; // a note of kind interrupted, at the root, saying why
  std::size_t findings = 0;
  std::uint64_t allocations = 0;
};

walk_result inspect_failing(const Tree &tree, std::uint64_t skip, bool persistent) {
  walk_result result;
  const std::uint64_t before = allocation_hooks::allocations();
  allocation_hooks::fail_after(skip, persistent);
  const serialint::report found = serialint::inspect(tree, {.root_name = "tree"});
  allocation_hooks::stop_failing();
  result.allocations = allocation_hooks::allocations() - before;
  result.refused = allocation_hooks::refused_any();
  result.status = found.status();
  result.interrupted = found.interrupted();
  result.findings = found.findings().size();
  for (const walk_note &note : found.notes())
    result.note_at_root = result.note_at_root ||
                          (note.what == walk_note::kind::interrupted && note.path == "tree" &&
                           note.message.rfind("the walk stopped: ", 0) == 0);
  return result;
}

// Runs `walk` on a thread of its own; returns the bytes it left held.
std::int64_t bytes_left_by(const std::function<void()> &walk) {
  const std::int64_t before = allocation_hooks::live_bytes();
  std::thread(walk).join();
  return allocation_hooks::live_bytes() - before;
}

struct cold_walk {
  walk_result result;
  std::int64_t left = 0;
};

cold_walk inspect_failing_cold(const Tree &tree, std::uint64_t skip, bool persistent) {
  cold_walk walk;
  walk.left = bytes_left_by([&] { walk.result = inspect_failing(tree, skip, persistent); });
  return walk;
}

// A refused allocation gives an interrupted report, never an ok one; a walk
// that was refused nothing gives the report of a walk with memory to spare.
void expect_interrupted_or_whole(const walk_result &got, const walk_result &whole,
                                 std::uint64_t skip, bool persistent) {
  if (!got.refused) {
    EXPECT_EQ(got.status, whole.status) << "at allocation " << skip;
    EXPECT_EQ(got.findings, whole.findings) << "at allocation " << skip;
    EXPECT_FALSE(got.interrupted) << "at allocation " << skip;
    return;
  }
  EXPECT_EQ(got.status, outcome::incomplete) << "at allocation " << skip;
  EXPECT_TRUE(got.interrupted) << "at allocation " << skip;
  if (!persistent) {
    EXPECT_TRUE(got.note_at_root) << "no interrupted note at allocation " << skip;
  }
}

// Fails each allocation of a cold walk in turn, and one past the last.
void expect_every_cold_failure_point(bool persistent) {
  const Tree tree = make_tree();
  const cold_walk whole = inspect_failing_cold(tree, ~std::uint64_t{0}, false);
  ASSERT_FALSE(whole.result.refused);
  ASSERT_EQ(whole.result.status, outcome::not_ok);
  ASSERT_GT(whole.result.allocations, 20u) << "the walk allocates too little to test";
  for (std::uint64_t skip = 0; skip <= whole.result.allocations; ++skip) {
    const cold_walk got = inspect_failing_cold(tree, skip, persistent);
    EXPECT_EQ(got.result.refused, skip < whole.result.allocations) << "at allocation " << skip;
    expect_interrupted_or_whole(got.result, whole.result, skip, persistent);
    EXPECT_EQ(got.left, 0) << "bytes held after a walk failed at allocation " << skip;
  }
}

} // namespace allocation_failure_test

using namespace allocation_failure_test;

// The premise of every other test here: the replacement is the operator new
// the program calls, sanitizer or not, and it fails when told to.
// Called directly, not through new-expressions, which an optimiser may elide.
TEST(AllocationHooks, ReplacementOperatorNewIsCalledAndFailsOnRequest) {
  const std::uint64_t before = allocation_hooks::allocations();
  void *held = ::operator new(sizeof(int));
  EXPECT_EQ(allocation_hooks::allocations(), before + 1);
  ::operator delete(held);
  allocation_hooks::fail_after(0, false);
  EXPECT_THROW(held = ::operator new(sizeof(int)), std::bad_alloc);
  EXPECT_TRUE(allocation_hooks::refused_any());
  EXPECT_NO_THROW(held = ::operator new(sizeof(int))) << "a one-off failure went on failing";
  allocation_hooks::stop_failing();
  ::operator delete(held);
}

TEST(AllocationFailure, EachAllocationFailingOnceGivesAnInterruptedNoteAndHoldsNothing) {
  expect_every_cold_failure_point(false);
}

// Memory that stays short: not even the note can be made, and the report
// still does not say ok.
TEST(AllocationFailure, AllocationsFailingFromEachPointOnGiveAnInterruptedReportAndHoldNothing) {
  expect_every_cold_failure_point(true);
}

// With the walk's buffers kept from an earlier walk on this thread, failures
// land elsewhere: in the findings, paths and notes rather than the buffers.
TEST(AllocationFailure, WarmBuffersFailingAtEachPointGiveAnInterruptedReport) {
  const Tree tree = make_tree();
  const walk_result whole = inspect_failing(tree, ~std::uint64_t{0}, false);
  const walk_result warm = inspect_failing(tree, ~std::uint64_t{0}, false);
  ASSERT_GT(warm.allocations, 0u);
  for (bool persistent : {false, true})
    for (std::uint64_t skip = 0; skip <= warm.allocations; ++skip) {
      const walk_result got = inspect_failing(tree, skip, persistent);
      EXPECT_EQ(got.refused, skip < warm.allocations) << "at allocation " << skip;
      expect_interrupted_or_whole(got, whole, skip, persistent);
    }
}

// trace() may throw (it promises a whole tree or nothing): std::bad_alloc,
// never another exception, and nothing held afterwards.
TEST(AllocationFailure, TraceOutOfMemoryThrowsOnlyBadAllocAndHoldsNothing) {
  const Tree tree = make_tree();
  std::uint64_t total = 0;
  (void)bytes_left_by([&] {
    const std::uint64_t before = allocation_hooks::allocations();
    (void)serialint::trace(tree);
    total = allocation_hooks::allocations() - before;
  });
  const std::uint64_t step = total / 150 + 1;
  for (std::uint64_t skip = 0; skip < total; skip += step) {
    bool refused = false;
    bool other_exception = false;
    const std::int64_t left = bytes_left_by([&] {
      allocation_hooks::fail_after(skip, false);
      try {
        (void)serialint::trace(tree);
      } catch (const std::bad_alloc &) {
      } catch (...) {
        other_exception = true;
      }
      allocation_hooks::stop_failing();
      refused = allocation_hooks::refused_any();
    });
    EXPECT_TRUE(refused) << "at allocation " << skip;
    EXPECT_FALSE(other_exception) << "at allocation " << skip;
    EXPECT_EQ(left, 0) << "bytes held after a trace failed at allocation " << skip;
  }
}

// The log writer runs out of memory part-way through an append: it returns
// false, says so once, and the file holds whole lines only.
TEST(AllocationFailure, LogOutOfMemoryNeverThrowsAndLeavesWholeLines) {
  const Tree tree = make_tree();
  const serialint::trace_tree traced = serialint::trace(tree);
  const std::string file = ::testing::TempDir() + "serialint-allocation-log-" +
                           std::to_string(::getpid()) + ".jsonl";
  std::remove(file.c_str());
  const std::uint64_t before = allocation_hooks::allocations();
  ASSERT_TRUE(serialint::append_trace_log(file.c_str(), traced));
  const std::uint64_t total = allocation_hooks::allocations() - before;
  testing::internal::CaptureStderr();
  int refused = 0;
  for (std::uint64_t skip = 0; skip < total; skip += total / 40 + 1) {
    allocation_hooks::fail_after(skip, false);
    const bool appended = serialint::append_trace_log(file.c_str(), traced);
    allocation_hooks::stop_failing();
    if (allocation_hooks::refused_any()) {
      ++refused;
      EXPECT_FALSE(appended) << "at allocation " << skip;
    }
  }
  const std::string said = testing::internal::GetCapturedStderr();
  ASSERT_GE(refused, 40);
  EXPECT_EQ(said, "serialint: cannot write SERIALINT_TRACE file '" + file +
                      "' (Cannot allocate memory); the trace log is incomplete\n");
  const std::vector<std::string> lines = read_lines(file);
  ASSERT_FALSE(lines.empty());
  for (const std::string &line : lines) {
    EXPECT_EQ(line.rfind("{\"run\":\"", 0), 0u) << line;
    EXPECT_EQ(line.back(), '}') << line;
  }
  std::remove(file.c_str());
}

// require_serializable refuses an interrupted walk as it refuses any
// incomplete one: it cannot vouch for what it did not see.
TEST(AllocationFailure, RequireSerializableRefusesAnInterruptedWalk) {
  const std::vector<int *> pins(10, nullptr);
  bool refused_as_unchecked = false;
  // A thread of its own: its first allocation is the walk's, cold buffers.
  std::thread([&] {
    allocation_hooks::fail_after(0, false);
    try {
      serialint::require_serializable(pins);
    } catch (const serialint::unserializable_error &error) {
      refused_as_unchecked =
          error.report().interrupted() &&
          std::string(error.what()).find("the walk stopped") != std::string::npos;
    }
    allocation_hooks::stop_failing();
  }).join();
  EXPECT_TRUE(refused_as_unchecked);
}
