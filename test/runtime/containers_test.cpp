// Containers, with the index or key of the culprit in the path.
#include <array>
#include <deque>
#include <forward_list>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "support.hpp"

using serialint::reason;
using serialint_test::only_finding;
using serialint_test::paths_of;

namespace {
int target = 7;
}

TEST(Containers, VectorNamesTheIndex) {
  std::vector<int *> pointers(5, nullptr);
  pointers.resize(3);
  const auto found = serialint::inspect(pointers);
  EXPECT_EQ(paths_of(found),
            (std::vector<std::string>{"value[0]", "value[1]", "value[2]"}));
}

TEST(Containers, EmptyVectorOfPointersIsOk) {
  std::vector<int *> none;
  EXPECT_TRUE(serialint::inspect(none).ok());
}

TEST(Containers, DequeAndStdArrayAndCArrayUseIndexes) {
  std::deque<std::optional<int *>> deque{std::nullopt, &target};
  std::array<std::variant<int, int *>, 3> array{1, &target, 2};
  int *c_array[2] = {nullptr, &target};
  EXPECT_EQ(paths_of(serialint::inspect(deque)), (std::vector<std::string>{"*value[1]"}));
  EXPECT_EQ(paths_of(serialint::inspect(array)),
            (std::vector<std::string>{"std::get<1>(value[1])"}));
  EXPECT_EQ(paths_of(serialint::inspect(c_array)),
            (std::vector<std::string>{"value[0]", "value[1]"}));
}

TEST(Containers, MapNamesTheKeyAsALiteral) {
  std::map<std::string, std::optional<int *>> by_name{{"alpha", &target}, {"beta", {}}};
  EXPECT_EQ(paths_of(serialint::inspect(by_name)),
            (std::vector<std::string>{"*value[\"alpha\"]"}));
}

TEST(Containers, MapKeysAreEscaped) {
  std::map<std::string, int *> odd{{"say \"hi\"\n", nullptr}};
  EXPECT_EQ(paths_of(serialint::inspect(odd)),
            (std::vector<std::string>{"value[\"say \\\"hi\\\"\\n\"]"}));
}

TEST(Containers, UnorderedMapWithIntegerAndCharKeys) {
  std::unordered_map<int, int *> by_id{{42, nullptr}};
  std::map<char, int *> by_letter{{'q', nullptr}};
  EXPECT_EQ(paths_of(serialint::inspect(by_id)), (std::vector<std::string>{"value[42]"}));
  EXPECT_EQ(paths_of(serialint::inspect(by_letter)), (std::vector<std::string>{"value['q']"}));
}

TEST(Containers, MultimapAndUnprintableKeysUseIteratorPositions) {
  std::multimap<int, int *> twice{{1, nullptr}, {1, nullptr}};
  EXPECT_EQ(paths_of(serialint::inspect(twice)),
            (std::vector<std::string>{"std::next(value.begin(), 0)->second",
                                      "std::next(value.begin(), 1)->second"}));
}

TEST(Containers, BadKeysArePathedAsFirst) {
  std::map<int *, int> by_address{{nullptr, 1}};
  EXPECT_EQ(paths_of(serialint::inspect(by_address)),
            (std::vector<std::string>{"std::next(value.begin(), 0)->first"}));
}

TEST(Containers, ListAndSetUsePositions) {
  std::list<std::optional<int *>> list{std::nullopt, std::nullopt, &target};
  std::set<int *> set{nullptr};
  std::forward_list<int *> forward{nullptr};
  EXPECT_EQ(paths_of(serialint::inspect(list)),
            (std::vector<std::string>{"*(*std::next(value.begin(), 2))"}));
  EXPECT_EQ(paths_of(serialint::inspect(set)),
            (std::vector<std::string>{"*std::next(value.begin(), 0)"}));
  EXPECT_EQ(paths_of(serialint::inspect(forward)),
            (std::vector<std::string>{"*std::next(value.begin(), 0)"}));
}

TEST(Containers, PairUsesFirstAndSecond) {
  std::pair<int, std::pair<int *, int>> nested{1, {nullptr, 2}};
  EXPECT_EQ(paths_of(serialint::inspect(nested)),
            (std::vector<std::string>{"value.second.first"}));
}

TEST(Containers, TupleUsesStdGet) {
  struct Holder {
    std::tuple<int, std::mutex *, std::string> task;
  } holder{{1, nullptr, "x"}};
  const auto found = only_finding(serialint::inspect(holder));
  EXPECT_EQ(found.path, "std::get<1>(value.task)");
  EXPECT_EQ(found.type, "std::mutex*");
}

TEST(Containers, OptionalOnlyWhenEngaged) {
  std::optional<std::function<void()>> empty;
  std::optional<std::function<void()>> engaged{[] {}};
  EXPECT_TRUE(serialint::inspect(empty).ok());
  EXPECT_EQ(only_finding(serialint::inspect(engaged)).path, "*value");
}

TEST(Containers, VariantOnlyTheActiveAlternative) {
  std::variant<int, std::string, int *> harmless{std::string("x")};
  std::variant<int, std::string, int *> harmful{&target};
  EXPECT_TRUE(serialint::inspect(harmless).ok());
  const auto found = only_finding(serialint::inspect(harmful));
  EXPECT_EQ(found.path, "std::get<2>(value)");
  EXPECT_EQ(found.type, "int*");
}
