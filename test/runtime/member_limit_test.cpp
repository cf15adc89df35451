// The member limit, max_reflected_fields (detail/field_binding.hpp, written by
// runtime/tools/generate_field_binding.py): an aggregate with up to that many
// members is opened and its members named, one with more is noted and left
// unopened.
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "support.hpp"

using serialint::outcome;
using serialint::reason;
using serialint::walk_note;
using serialint_test::only_finding;

static_assert(serialint::detail::max_reflected_fields == 128,
              "the aggregates below are sized for a limit of 128: resize AtLimit and "
              "OverLimit with the limit");

namespace {

// Ten members of one type: p0, p1, ..., p9.
#define SERIALINT_TEST_TEN(type, p) type p##0, p##1, p##2, p##3, p##4, p##5, p##6, p##7, p##8, p##9;

// A configuration struct of the size real payloads have: 100 members, the
// 91st (index 90) a raw pointer.
struct Config {
  SERIALINT_TEST_TEN(int, port)
  SERIALINT_TEST_TEN(std::string, host)
  SERIALINT_TEST_TEN(double, timeout)
  SERIALINT_TEST_TEN(bool, enabled)
  SERIALINT_TEST_TEN(std::string, path)
  SERIALINT_TEST_TEN(long, limit)
  SERIALINT_TEST_TEN(std::vector<int>, ids)
  SERIALINT_TEST_TEN(unsigned, retries)
  SERIALINT_TEST_TEN(float, ratio)
  std::mutex *lock; // index 90
  int tail1, tail2, tail3, tail4, tail5, tail6, tail7, tail8, tail9;
};

// 120 int members, a0 to l9.
#define SERIALINT_TEST_120_INTS                                                                    \
  SERIALINT_TEST_TEN(int, a)                                                                       \
  SERIALINT_TEST_TEN(int, b)                                                                       \
  SERIALINT_TEST_TEN(int, c)                                                                       \
  SERIALINT_TEST_TEN(int, d)                                                                       \
  SERIALINT_TEST_TEN(int, e)                                                                       \
  SERIALINT_TEST_TEN(int, f)                                                                       \
  SERIALINT_TEST_TEN(int, g)                                                                       \
  SERIALINT_TEST_TEN(int, h)                                                                       \
  SERIALINT_TEST_TEN(int, i)                                                                       \
  SERIALINT_TEST_TEN(int, j)                                                                       \
  SERIALINT_TEST_TEN(int, k)                                                                       \
  SERIALINT_TEST_TEN(int, l)

// Exactly max_reflected_fields members, the last a raw pointer.
struct AtLimit {
  SERIALINT_TEST_120_INTS
  int m0, m1, m2, m3, m4, m5, m6;
  std::thread *last; // index 127
};

// One member more.
struct OverLimit {
  SERIALINT_TEST_120_INTS
  int m0, m1, m2, m3, m4, m5, m6;
  std::thread *last;
  int one_too_many; // index 128
};

#undef SERIALINT_TEST_120_INTS
#undef SERIALINT_TEST_TEN

} // namespace

static_assert(serialint::detail::field_count<Config> == 100);
static_assert(serialint::detail::field_count<AtLimit> == serialint::detail::max_reflected_fields);
static_assert(!serialint::detail::reflectable_aggregate<OverLimit>());

TEST(MemberLimit, AHundredMemberAggregateIsOpenedAndItsMemberNamed) {
  Config config{};
  std::mutex guard;
  config.lock = &guard;
  const serialint::report found = serialint::inspect(config, {.root_name = "config"});
  EXPECT_EQ(found.status(), outcome::not_ok) << found.to_string();
  EXPECT_TRUE(found.complete()) << found.to_string();
  const serialint::finding culprit = only_finding(found);
  EXPECT_EQ(culprit.path, "config.lock");
  EXPECT_EQ(culprit.type, "std::mutex*");
  EXPECT_EQ(culprit.reason, reason::address_bound);
  EXPECT_EQ(serialint::field_names<Config>()[90], "lock");
  EXPECT_EQ(serialint::field_names<Config>()[99], "tail9");
}

TEST(MemberLimit, AnAggregateAtTheLimitIsOpened) {
  std::thread idle;
  AtLimit at{};
  at.last = &idle;
  const serialint::report found = serialint::inspect(at, {.root_name = "at"});
  EXPECT_TRUE(found.notes().empty()) << found.to_string();
  const serialint::finding culprit = only_finding(found);
  EXPECT_EQ(culprit.path, "at.last");
  EXPECT_EQ(culprit.type, "std::thread*");
}

TEST(MemberLimit, OneMemberOverTheLimitLeavesTheReportIncompleteAndSaysWhy) {
  std::thread idle;
  OverLimit over{};
  over.last = &idle;
  const serialint::report found = serialint::inspect(over, {.root_name = "over"});
  EXPECT_TRUE(found.findings().empty()) << found.to_string();
  EXPECT_EQ(found.status(), outcome::incomplete);
  EXPECT_FALSE(found.complete());
  ASSERT_EQ(found.notes().size(), 1u) << found.to_string();
  const walk_note &note = found.notes()[0];
  EXPECT_EQ(note.what, walk_note::kind::not_reflected);
  EXPECT_EQ(note.path, "over");
  EXPECT_NE(note.message.find("an aggregate with more than 128 members"), std::string::npos)
      << note.message;
}
