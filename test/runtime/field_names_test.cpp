#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <serialint/field_names.hpp>

namespace {

struct Point {
  int x;
  double y_coordinate;
};

struct Job {
  int id;
  std::string name;
  std::vector<int> inputs;
  std::unique_ptr<int> next_;
  char label[8];
  std::mutex lock;
};

struct Base {
  int a;
};
struct Derived : Base {
  int b;
};

struct HoldsReference {
  int &target;
  int other;
};

template <class T, std::size_t N>
std::vector<std::string> as_strings(const std::array<std::string_view, N> &names) {
  return {names.begin(), names.end()};
}

} // namespace

TEST(FieldNames, PlainAggregateInDeclarationOrder) {
  EXPECT_EQ((as_strings<Point>(serialint::field_names<Point>())),
            (std::vector<std::string>{"x", "y_coordinate"}));
}

TEST(FieldNames, MembersOfEveryKindIncludingArraysAndMutexes) {
  EXPECT_EQ((as_strings<Job>(serialint::field_names<Job>())),
            (std::vector<std::string>{"id", "name", "inputs", "next_", "label", "lock"}));
}

TEST(FieldNames, SingleNameIsAConstantExpression) {
  constexpr std::string_view name = serialint::field_name<Job, 3>();
  static_assert(name == "next_");
  EXPECT_EQ(name, "next_");
}

TEST(FieldNames, LocalTypeHasItsNames) {
  struct Local {
    int local_count;
    float ratio;
  };
  EXPECT_EQ((as_strings<Local>(serialint::field_names<Local>())),
            (std::vector<std::string>{"local_count", "ratio"}));
}

TEST(FieldNames, TypeWithBaseFallsBackToPositions) {
  EXPECT_EQ((serialint::field_name<Derived, 0>()), "<field 0>");
  EXPECT_EQ((serialint::field_name<Derived, 12>()), "<field 12>");
  EXPECT_TRUE(serialint::field_names<Derived>().empty());
}

TEST(FieldNames, ReferenceMemberFallsBackToPositions) {
  EXPECT_EQ((serialint::field_name<HoldsReference, 1>()), "<field 1>");
}

// Both spellings are parsed whichever compiler builds this test.
TEST(FieldNames, ParsesGccSpelling) {
  constexpr std::string_view gcc =
      "constexpr const char* serialint::detail::spelled_address() [with auto Address = "
      "(& serialint::detail::fake_object<{anonymous}::Job>.serialint::detail::fake_wrapper<"
      "{anonymous}::Job>::value.{anonymous}::Job::next_)]";
  static_assert(serialint::detail::trailing_identifier(gcc) == "next_");
  EXPECT_EQ(serialint::detail::trailing_identifier(gcc), "next_");
}

TEST(FieldNames, ParsesClangSpelling) {
  constexpr std::string_view clang =
      "const char *serialint::detail::spelled_address() [Address = "
      "&serialint::detail::fake_object.value.y_coordinate]";
  static_assert(serialint::detail::trailing_identifier(clang) == "y_coordinate");
  EXPECT_EQ(serialint::detail::trailing_identifier(clang), "y_coordinate");
}

TEST(FieldNames, UnparsableSpellingGivesNothing) {
  EXPECT_EQ(serialint::detail::trailing_identifier("no brackets here"), "");
  EXPECT_EQ(serialint::detail::trailing_identifier("[Address = &x.42]"), "");
}
