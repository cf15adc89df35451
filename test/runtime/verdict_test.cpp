// Compile-time verdicts: always-ok, always-bad, depends-on-value.
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "support.hpp"

using serialint::static_verdict;
using serialint::verdict;

namespace {

struct Record {
  int id;
  std::string name;
  std::vector<double> samples;
  std::map<std::string, std::vector<int>> tags;
};

struct WithPointer {
  int id;
  int *where;
};

struct Tree {
  int value;
  std::vector<Tree> children;
};

struct Chain {
  std::unique_ptr<Chain> next;
  int value;
};

struct Base {
  virtual ~Base() = default;
};

} // namespace

static_assert(static_verdict<int> == verdict::always_ok);
static_assert(static_verdict<Record> == verdict::always_ok);
static_assert(static_verdict<std::vector<Record>> == verdict::always_ok);
static_assert(static_verdict<WithPointer> == verdict::always_bad);
static_assert(static_verdict<std::vector<WithPointer>> == verdict::depends_on_value);
static_assert(static_verdict<std::optional<int *>> == verdict::depends_on_value);
static_assert(static_verdict<std::variant<int, std::string>> == verdict::always_ok);
static_assert(static_verdict<std::variant<int, int *>> == verdict::depends_on_value);
static_assert(static_verdict<std::variant<std::mutex *, int *>> == verdict::always_bad);
static_assert(static_verdict<std::function<void()>> == verdict::always_bad);

TEST(Verdict, AggregatesOfValuesAreAlwaysOk) {
  EXPECT_EQ(static_verdict<Record>, verdict::always_ok);
  EXPECT_EQ((static_verdict<std::map<int, Record>>), verdict::always_ok);
}

TEST(Verdict, AggregateWithAPointerIsAlwaysBad) {
  EXPECT_EQ(static_verdict<WithPointer>, verdict::always_bad);
  EXPECT_EQ((static_verdict<std::tuple<int, std::thread>>), verdict::always_bad);
}

TEST(Verdict, ContainersOfBadElementsDependOnTheValue) {
  EXPECT_EQ(static_verdict<std::vector<WithPointer>>, verdict::depends_on_value);
  EXPECT_EQ(static_verdict<std::unique_ptr<WithPointer>>, verdict::depends_on_value);
}

TEST(Verdict, RecursiveTypesAreJudgedByTheirOtherMembers) {
  EXPECT_EQ(static_verdict<Tree>, verdict::always_ok);
  EXPECT_EQ(static_verdict<Chain>, verdict::always_ok);
}

TEST(Verdict, PolymorphicPointeeDependsOnItsDynamicType) {
  EXPECT_EQ(static_verdict<std::unique_ptr<Base>>, verdict::depends_on_value);
  EXPECT_EQ(static_verdict<std::shared_ptr<Base>>, verdict::depends_on_value);
}

TEST(Verdict, NamesAreTheDocumentedSpelling) {
  EXPECT_EQ(serialint::name(verdict::always_ok), "always-ok");
  EXPECT_EQ(serialint::name(verdict::always_bad), "always-bad");
  EXPECT_EQ(serialint::name(verdict::depends_on_value), "depends-on-value");
}
