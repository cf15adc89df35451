// The rows of known_types.def that the runtime judged otherwise before the
// table was shared; test/kinds/ checks that every row is judged as the checks
// judge it, these check what the walk then does at run time.
#include <atomic>
#include <initializer_list>
#include <memory>
#include <queue>
#include <stack>
#include <stop_token>
#include <valarray>

#include "support.hpp"

using serialint::reason;
using serialint_test::only_finding;

namespace {

struct Pool {
  SERIALINT_UNSERIALIZABLE("pool objects cannot be passed between processes");
  int workers = 4;
};

struct Cell {
  int *target;
};

} // namespace

TEST(KnownTypes, QueueElementsAreWalkedAsTheirContainers) {
  std::queue<std::unique_ptr<Pool>> jobs;
  jobs.push(nullptr);
  jobs.push(std::make_unique<Pool>());
  const auto found = only_finding(serialint::inspect(jobs, {.root_name = "jobs"}));
  EXPECT_EQ(found.path, "*jobs[1]");
  EXPECT_EQ(found.reason, reason::marked);
}

TEST(KnownTypes, StackAndPriorityQueueAreWalkedToo) {
  std::stack<Cell> cells;
  cells.push({nullptr});
  EXPECT_EQ(only_finding(serialint::inspect(cells)).path, "value[0].target");
  std::priority_queue<std::pair<int, int *>> ranked;
  ranked.push({1, nullptr});
  EXPECT_EQ(only_finding(serialint::inspect(ranked)).path, "value[0].second");
}

TEST(KnownTypes, QueueOfFineElementsIsAlwaysOk) {
  static_assert(serialint::static_verdict<std::queue<int>> == serialint::verdict::always_ok);
  static_assert(serialint::static_verdict<std::queue<Pool>> ==
                serialint::verdict::depends_on_value);
  EXPECT_TRUE(serialint::inspect(std::queue<Pool>{}).ok());
}

TEST(KnownTypes, WeakPtrIsWalkedThroughWhatLockGives) {
  auto pool = std::make_shared<Pool>();
  std::weak_ptr<Pool> observer = pool;
  const auto found = only_finding(serialint::inspect(observer, {.root_name = "observer"}));
  EXPECT_EQ(found.path, "*observer");
  EXPECT_EQ(found.reason, reason::marked);
  pool.reset();
  EXPECT_TRUE(serialint::inspect(observer).ok()) << "an expired weak_ptr writes nothing";
}

TEST(KnownTypes, WeakPtrToAnObjectAlreadyWalkedIsShared) {
  struct Graph {
    std::shared_ptr<Pool> owner;
    std::weak_ptr<Pool> back;
  } graph{std::make_shared<Pool>(), {}};
  graph.back = graph.owner;
  const auto found = only_finding(serialint::inspect(graph));
  EXPECT_EQ(found.path, "*value.owner");
}

TEST(KnownTypes, WeakPtrToVoidIsAddressBoundAsASharedPtrToVoidIs) {
  const auto handle = std::make_shared<int>(1);
  const std::weak_ptr<void> opaque = std::shared_ptr<void>(handle);
  EXPECT_EQ(only_finding(serialint::inspect(opaque)).reason, reason::address_bound);
}

TEST(KnownTypes, ValarrayElementsAreWalked) {
  std::valarray<Cell> cells(Cell{nullptr}, 2);
  const auto found = serialint::inspect(cells);
  EXPECT_EQ(serialint_test::paths_of(found),
            (std::vector<std::string>{"value[0].target", "value[1].target"}));
  EXPECT_TRUE(serialint::inspect(std::valarray<double>(1.0, 3)).ok());
}

TEST(KnownTypes, StopTokensAreSyncPrimitives) {
  std::stop_source source;
  EXPECT_EQ(only_finding(serialint::inspect(source)).reason, reason::sync_primitive);
  EXPECT_EQ(only_finding(serialint::inspect(source.get_token())).reason,
            reason::sync_primitive);
}

TEST(KnownTypes, InitializerListAndAtomicRefAreAddressBound) {
  int counter = 0;
  const std::atomic_ref<int> shared{counter};
  EXPECT_EQ(only_finding(serialint::inspect(shared)).reason, reason::address_bound);
  const std::initializer_list<int> numbers{1, 2};
  EXPECT_EQ(only_finding(serialint::inspect(numbers)).reason, reason::address_bound);
}

TEST(KnownTypes, BindFrontResultIsTypeErased) {
  const auto bound = std::bind_front([](int a, int b) { return a + b; }, 1);
  EXPECT_EQ(only_finding(serialint::inspect(bound)).reason, reason::type_erased);
}

TEST(KnownTypes, NamesAreReadWithoutInlineNamespacesOrArguments) {
  using serialint::detail::qualified_name;
  EXPECT_EQ(qualified_name("f() [with T = std::__cxx11::list<int>; X = Y]").view(), "std::list");
  EXPECT_EQ(qualified_name("f() [T = std::basic_ostream<char>::sentry]").view(),
            "std::basic_ostream::sentry");
  EXPECT_EQ(qualified_name("f() [T = std::chrono::time_point<std::chrono::_V2::system_clock>]")
                .view(),
            "std::chrono::time_point");
  EXPECT_EQ(qualified_name("f() [with T = main()::Local]").view(), "");
  EXPECT_EQ(qualified_name("f() [T = (anonymous namespace)::Pool]").view(), "");
}
