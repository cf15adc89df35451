// Memory a walk needs for very wide and very deep values, counted by the
// replaced operator new (allocation_hooks.cpp) in bytes the program asked
// for: the sanitizer's own red zones and quarantine inflate RSS several times
// over, but not these counts. Each walk runs on a thread of its own, so its
// per-thread buffers start empty (the peak includes growing them) and are
// freed when it ends (nothing is held afterwards).
//
// The bound, per part the walk makes a node for: the walk keeps one node
// (sizeof(detail::node)) and one work-stack entry (4 bytes) per part, in
// std::vectors that double, so while one grows the old and the new array
// are both held: at most 3 times the bytes of the parts. (For 10^6 parts
// the peak is the growth from 2^19 to 2^20 nodes, 1.6 times; 3 holds for
// any count.) Shared objects add an address table of 12 bytes a slot, at
// most 3/2 slots per object, doubling likewise. The one finding's path is a
// string as long as the path, held a few times over while it is built (4
// copies allowed). One mebibyte covers the rest: type names, the report,
// the thread itself.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "allocation_hooks.hpp"
#include "support.hpp"

namespace memory_bound_test {

int target = 5;

// A pin is fine while disengaged and a finding once set: every part depends
// on its value, so every part is walked, and only the last one fails.
struct Record {
  int id = 0;
  std::string name = "r";
  std::optional<int *> pin;
};

struct UniqueLink {
  int value = 0;
  std::unique_ptr<UniqueLink> next;
  std::optional<int *> pin;
};

struct SharedLink {
  int value = 0;
  std::shared_ptr<SharedLink> next;
  std::optional<int *> pin;
};

constexpr std::int64_t slack = 1 << 20;

constexpr std::int64_t node_bytes(std::int64_t parts) {
  return 3 * parts * static_cast<std::int64_t>(sizeof(serialint::detail::node) + 4);
}
constexpr std::int64_t table_bytes(std::int64_t shared_objects) {
  return 3 * (shared_objects * 3 / 2) * 12;
}

struct measured {
  std::int64_t peak = 0; // most bytes held during the walk, above what was held before
  std::int64_t left = 0; // bytes still held after the walk's thread ended
  bool found_only_expected = false;
  bool complete = false;
};

// The walk, and the check of its one finding, on a thread of their own;
// nothing the walk made outlives the thread.
template <class T> measured measure_inspect(const T &value, const std::string &expected_path) {
  measured m;
  const std::int64_t before = allocation_hooks::live_bytes();
  std::thread([&] {
    allocation_hooks::reset_peak();
    const std::int64_t start = allocation_hooks::live_bytes();
    const serialint::report found = serialint::inspect(value, {.root_name = "v"});
    m.peak = allocation_hooks::peak_bytes() - start;
    m.complete = found.complete();
    m.found_only_expected =
        found.findings().size() == 1 && found.findings()[0].path == expected_path;
  }).join();
  m.left = allocation_hooks::live_bytes() - before;
  return m;
}

// Destroys a long chain iteratively; the default destructor would recurse.
template <class Link> void dismantle(Link &head) {
  auto next = std::move(head.next);
  while (next)
    next = std::move(next->next);
}

template <class Link, class Make> Link make_chain(std::size_t length, Make make) {
  Link head;
  Link *tail = &head;
  for (std::size_t i = 1; i < length; ++i) {
    tail->next = make();
    tail = tail->next.get();
  }
  tail->pin = &target;
  return head;
}

std::string chain_path(std::size_t length) {
  std::string path = "*v.next";
  for (std::size_t i = 2; i < length; ++i)
    path += "->next";
  return path + "->pin";
}

void report_figures(const char *what, const measured &m, std::int64_t bound) {
  std::printf("%s: peak %lld B above the start, bound %lld B, %lld B held after\n", what,
              static_cast<long long>(m.peak), static_cast<long long>(bound),
              static_cast<long long>(m.left));
}

} // namespace memory_bound_test

using namespace memory_bound_test;

void expect_within(const measured &m, std::int64_t bound) {
  EXPECT_TRUE(m.found_only_expected);
  EXPECT_TRUE(m.complete);
  EXPECT_LT(m.peak, bound);
  EXPECT_EQ(m.left, 0) << "the walk held memory after its thread ended";
}

TEST(MemoryBound, MillionRecordVectorWalkStaysUnderItsNodeBound) {
  std::vector<Record> records(1'000'000);
  records.back().pin = &target;
  const measured m = measure_inspect(records, "*v[999999].pin");
  const std::int64_t bound = node_bytes(1'000'001) + slack;
  report_figures("vector of 10^6 records", m, bound);
  expect_within(m, bound);
}

// An entry whose key is always fine is one node, as an element is.
TEST(MemoryBound, MillionEntryMapWalkStaysUnderItsNodeBound) {
  std::map<int, Record> records;
  for (int i = 0; i < 1'000'000; ++i)
    records.emplace_hint(records.end(), i, Record{});
  records.rbegin()->second.pin = &target;
  const measured m = measure_inspect(records, "*v[999999].pin");
  const std::int64_t bound = node_bytes(1'000'001) + slack;
  report_figures("map of 10^6 records", m, bound);
  expect_within(m, bound);
}

// In inspect a pointer and its pointee share a node: one per link.
TEST(MemoryBound, HundredThousandDeepUniquePtrChainStaysUnderItsNodeBound) {
  constexpr std::size_t length = 100'000;
  UniqueLink head = make_chain<UniqueLink>(length, [] { return std::make_unique<UniqueLink>(); });
  const std::string path = chain_path(length);
  const measured m = measure_inspect(head, path);
  const std::int64_t bound =
      node_bytes(length + 1) + 4 * static_cast<std::int64_t>(path.size()) + slack;
  report_figures("unique_ptr chain 10^5 deep", m, bound);
  expect_within(m, bound);
  dismantle(head);
}

TEST(MemoryBound, HundredThousandDeepSharedPtrChainStaysUnderItsNodeAndTableBound) {
  constexpr std::size_t length = 100'000;
  SharedLink head = make_chain<SharedLink>(length, [] { return std::make_shared<SharedLink>(); });
  const std::string path = chain_path(length);
  const measured m = measure_inspect(head, path);
  const std::int64_t bound = node_bytes(length + 1) + table_bytes(length) +
                             4 * static_cast<std::int64_t>(path.size()) + slack;
  report_figures("shared_ptr chain 10^5 deep", m, bound);
  expect_within(m, bound);
  dismantle(head);
}
