// Aggregates: opened member by member, or noted when they cannot be.
#include <mutex>
#include <string>
#include <vector>

#include "support.hpp"

using serialint::reason;
using serialint::walk_note;
using serialint_test::only_finding;
using serialint_test::paths_of;

namespace {

struct Inner {
  std::string label;
  std::mutex *guard;
};

struct Outer {
  int id;
  Inner inner;
  std::vector<Inner> more;
};

struct Base {
  int a;
};
struct Derived : Base {
  int *b;
};

struct WithReference {
  int &target;
};



struct WithCArray {
  char name[8];
  int *slots[2];
};

} // namespace

TEST(Aggregates, NestedMembersAreWalked) {
  // Filled member by member: g++ 12 -O3 warns falsely (maybe-uninitialized)
  // on the nested braced form.
  Outer outer{};
  outer.inner.label = "a";
  outer.more.resize(2);
  EXPECT_EQ(paths_of(serialint::inspect(outer)),
            (std::vector<std::string>{"value.inner.guard", "value.more[0].guard",
                                      "value.more[1].guard"}));
}

TEST(Aggregates, CArrayMembersAreIndexed) {
  WithCArray value{"x", {nullptr, nullptr}};
  EXPECT_EQ(paths_of(serialint::inspect(value)),
            (std::vector<std::string>{"value.slots[0]", "value.slots[1]"}));
}

TEST(Aggregates, LocalAggregateIsWalkedWithNames) {
  struct Local {
    int count;
    std::mutex lock;
  } local{};
  EXPECT_EQ(only_finding(serialint::inspect(local)).path, "value.lock");
}

TEST(Aggregates, AggregateWithBaseIsOpened) {
  Derived derived{};
  const auto found = serialint::inspect(derived);
  EXPECT_EQ(only_finding(found).type, "int*");
  EXPECT_TRUE(found.notes().empty());
}

TEST(Aggregates, ReferenceMemberIsAddressBound) {
  int target = 0;
  std::vector<WithReference> refs{{target}, {target}};
  const auto found = serialint::inspect(refs);
#if defined(__clang__)
  // clang++ names reference members through __builtin_dump_struct.
  EXPECT_EQ(paths_of(found), (std::vector<std::string>{"value[0].target", "value[1].target"}));
#else
  EXPECT_EQ(paths_of(found), (std::vector<std::string>{"value[0].<field 0>",
                                                       "value[1].<field 0>"}));
#endif
  ASSERT_FALSE(found.findings().empty());
  EXPECT_EQ(found.findings()[0].type, "int&");
  EXPECT_EQ(found.findings()[0].reason, reason::address_bound);
}

TEST(Aggregates, MemberWithoutDefaultConstructorIsStillWalked) {
  struct NeedsArgument {
    explicit NeedsArgument(int v) : value(v) {}
    int value;
  };
  struct Holder {
    NeedsArgument first;
    std::mutex *guard;
    std::string name;
  };
  static_assert(serialint::detail::field_count<Holder> == 3);
  Holder holder{NeedsArgument{1}, nullptr, "abc"};
  const auto found = serialint::inspect(holder);
  ASSERT_EQ(found.findings().size(), 2u) << found.to_string();
  EXPECT_EQ(found.findings()[0].path, "value.first");
  EXPECT_EQ(found.findings()[0].reason, reason::no_serializer);
  EXPECT_EQ(found.findings()[1].path, "value.guard");
}
