// Classes with bases: each base, then the class's own members, in
// declaration order; and the three outcomes a walk can have.
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "support.hpp"

using serialint::outcome;
using serialint::reason;
using serialint::walk_note;
using serialint_test::paths_of;

namespace {

struct Base {
  int id;
  std::mutex *guard;
};
struct Derived : Base {
  std::string name;
  std::thread *t;
};

struct Middle : Base {
  double weight;
};
struct Leaf : Middle {
  std::vector<std::mutex *> locks;
};

struct Tag {};
struct Tagged : Tag {
  std::mutex *lock;
};

// A base that is not an aggregate is one part of its own.
struct Record : std::string {
  std::thread *worker;
};

// A std::optional member hides its type from the probes (derived_aggregate.hpp).
struct Hidden : Base {
  std::optional<int> maybe;
};

struct WithReferences {
  const std::vector<int> &ids;
  Base &owner;
  int count;
};

// The name of a class's own member when it has a base: clang++ reads it from
// __builtin_dump_struct, g++ 12 cannot (member_names.hpp).
std::string own(const char *name, const char *fallback) {
#if defined(__clang__)
  (void)fallback;
  return name;
#else
  (void)name;
  return fallback;
#endif
}

} // namespace

TEST(Bases, BaseMembersAndOwnMembersAreBothWalked) {
  Derived d{{7, nullptr}, "job", nullptr};
  const serialint::report found = serialint::inspect(d);
  EXPECT_EQ(found.status(), outcome::not_ok);
  EXPECT_FALSE(found.ok());
  EXPECT_EQ(paths_of(found), (std::vector<std::string>{"value.guard", "value." + own("t", "<field 1>")}));
  EXPECT_EQ(found.findings()[0].reason, reason::address_bound);
  EXPECT_EQ(found.findings()[0].type, "std::mutex*");
  EXPECT_EQ(found.findings()[1].type, "std::thread*");
  EXPECT_THROW(serialint::require_serializable(d), serialint::unserializable_error);
}

TEST(Bases, TheTraceShowsTheBaseThatDeclaresAMember) {
  Derived d{{7, nullptr}, "job", nullptr};
  const std::string text = serialint::trace(d).to_string();
  // The base as RTTI names it, here in an anonymous namespace.
  EXPECT_NE(text.find("::Base::guard: std::mutex* [flagged]"), std::string::npos) << text;
  EXPECT_NE(text.find("::Base::id: int [scalar] 4 B"), std::string::npos) << text;
  EXPECT_NE(text.find("." + own("name", "<field 0>") + ": std::string [value]"), std::string::npos)
      << text;
}

TEST(Bases, BasesOfBasesAreWalkedInDeclarationOrder) {
  Leaf leaf{};
  leaf.locks.resize(2);
  const serialint::report found = serialint::inspect(leaf);
  EXPECT_EQ(paths_of(found), (std::vector<std::string>{"value.guard", "value." + own("locks", "<field 0>") + "[0]",
                                                        "value." + own("locks", "<field 0>") + "[1]"}));
  const std::string text = serialint::trace(leaf).to_string();
  EXPECT_NE(text.find("::Middle::" + own("weight", "<field 0>") + ": double"), std::string::npos)
      << text;
}

TEST(Bases, AnEmptyBaseAddsNothing) {
  Tagged tagged{};
  EXPECT_EQ(paths_of(serialint::inspect(tagged)),
            (std::vector<std::string>{"value." + own("lock", "<field 0>")}));
}

TEST(Bases, ABaseThatIsNotAnAggregateIsOnePartNamedByACast) {
  Record record{{"text"}, nullptr};
  const serialint::report found = serialint::inspect(record);
  EXPECT_EQ(paths_of(found), (std::vector<std::string>{"value." + own("worker", "<field 0>")}));
  const std::string text = serialint::trace(record).to_string();
  EXPECT_NE(text.find("+- (std::string): std::string [value] 12 B"), std::string::npos) << text;
}

TEST(Bases, ACleanClassWithABaseIsOk) {
  struct Plain {
    int id;
  };
  struct CleanDerived : Plain {
    std::string label;
  };
  const serialint::report clean = serialint::inspect(CleanDerived{{1}, "x"});
  EXPECT_TRUE(clean.ok()) << clean.to_string();
  EXPECT_TRUE(clean.notes().empty());
}

TEST(Bases, AClassThatCannotBeOpenedIsIncompleteNeverOk) {
  const serialint::report found = serialint::inspect(Hidden{});
  EXPECT_EQ(found.status(), outcome::incomplete) << found.to_string();
  EXPECT_FALSE(found.ok());
  EXPECT_FALSE(static_cast<bool>(found));
  EXPECT_FALSE(found.complete());
  ASSERT_EQ(found.notes().size(), 1u);
  EXPECT_EQ(found.notes()[0].what, walk_note::kind::not_reflected);
  EXPECT_NE(found.notes()[0].message.find("std::optional"), std::string::npos);
  EXPECT_NE(serialint::trace(Hidden{}).to_string().find(", incomplete\n"), std::string::npos);
}

TEST(Bases, RequireSerializableThrowsOnIncompleteUnlessAllowed) {
  try {
    serialint::require_serializable(Hidden{});
    ADD_FAILURE() << "an incomplete walk must throw";
  } catch (const serialint::unserializable_error &error) {
    const std::string what = error.what();
    EXPECT_NE(what.find("not checked in full"), std::string::npos) << what;
    EXPECT_NE(what.find("value ("), std::string::npos) << what;
    EXPECT_EQ(error.report().status(), outcome::incomplete);
  }
  EXPECT_NO_THROW(serialint::require_serializable(Hidden{}, {.allow_unchecked = true}));
}

TEST(Bases, ReferenceMembersAreNamedWhereTheCompilerCanName) {
  std::vector<int> ids{1, 2};
  Base owner{1, nullptr};
  const WithReferences refs{ids, owner, 3};
  EXPECT_EQ(paths_of(serialint::inspect(refs)),
            (std::vector<std::string>{"value." + own("ids", "<field 0>"),
                                      "value." + own("owner", "<field 1>")}));
}

TEST(Bases, FindingsOfATemporaryReportAreSafeToIterate) {
  Derived d{{7, nullptr}, "job", nullptr};
  std::vector<std::string> seen;
  // findings() && returns by value: the report dies, the vector lives.
  for (const serialint::finding &f : serialint::inspect(d).findings())
    seen.push_back(f.path);
  EXPECT_EQ(seen.size(), 2u);
  static_assert(!std::is_reference_v<decltype(serialint::inspect(d).findings())>);
}

TEST(Bases, ResultsPrintWithTheStreamOperator) {
  Derived d{{7, nullptr}, "job", nullptr};
  const serialint::report found = serialint::inspect(d);
  std::ostringstream out;
  out << found.findings()[0].reason << '|' << found.findings()[0] << '|' << found.status();
  EXPECT_EQ(out.str(),
            "address-bound|value.guard (std::mutex*): address-bound: an address: an address means "
            "nothing in another process [fix: send the value it points to, or an index or key "
            "that names it]|not ok");
  std::ostringstream report_text;
  report_text << found;
  EXPECT_EQ(report_text.str(), found.to_string());
  EXPECT_EQ(report_text.str().rfind("not ok: 2 findings\n", 0), 0u) << report_text.str();
  std::ostringstream tree_text;
  tree_text << serialint::trace(d);
  EXPECT_EQ(tree_text.str(), serialint::trace(d).to_string());
}

namespace {
struct Cyclic;
struct Link {
  std::shared_ptr<Cyclic> next;
};
struct Cyclic : Link {
  int value;
};
} // namespace

TEST(Bases, ASharedPtrCycleThroughABaseEnds) {
  auto node = std::make_shared<Cyclic>();
  node->next = node;
  const serialint::report found = serialint::inspect(node);
  EXPECT_TRUE(found.ok()) << found.to_string();
  const std::string text = serialint::trace(node).to_string();
  EXPECT_NE(text.find("(cycle: back to *value)"), std::string::npos) << text;
  node->next.reset();
}
