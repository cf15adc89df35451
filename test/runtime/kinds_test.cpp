// One test per kind of unserializable thing the walk knows.
#include <any>
#include <atomic>
#include <barrier>
#include <condition_variable>
#include <cstdio>
#include <fstream>
#include <functional>
#include <latch>
#include <mutex>
#include <semaphore>
#include <span>
#include <string_view>
#include <thread>
#include <vector>

#include "support.hpp"

using serialint::reason;
using serialint_test::only_finding;

namespace {

enum class Color { red, green };

struct Plain {
  int count;
  double ratio;
  Color color;
  bool flag;
  char letter;
};

struct ThreadPool {
  SERIALINT_UNSERIALIZABLE("pool objects cannot be passed between processes");
  int workers = 4;
};

union Number {
  int whole;
  float real;
};

class Opaque {
public:
  explicit Opaque(int v) : value_(v) {}
  int value() const { return value_; }

private:
  int value_;
};

struct Widget {
  int size() const { return 1; }
};

int free_function(int x) { return x; }

} // namespace

TEST(Kinds, BuiltinsAndEnumsAreOk) {
  Plain plain{1, 2.0, Color::green, true, 'c'};
  EXPECT_TRUE(serialint::inspect(plain).ok());
  EXPECT_TRUE(serialint::inspect(42).ok());
  EXPECT_TRUE(serialint::inspect(Color::red).ok());
}

TEST(Kinds, NullRawPointerIsAddressBound) {
  struct Holder {
    int *target;
  } holder{nullptr};
  const auto found = only_finding(serialint::inspect(holder));
  EXPECT_EQ(found.path, "value.target");
  EXPECT_EQ(found.reason, reason::address_bound);
  EXPECT_EQ(found.reason_name(), "address-bound");
  EXPECT_EQ(found.type, "int*");
}

TEST(Kinds, FunctionPointerIsAddressBound) {
  int (*callback)(int) = &free_function;
  EXPECT_EQ(only_finding(serialint::inspect(callback)).reason, reason::address_bound);
}

TEST(Kinds, MemberFunctionPointerIsMemberFunction) {
  int (Widget::*method)() const = &Widget::size;
  EXPECT_EQ(only_finding(serialint::inspect(method)).reason, reason::member_function);
}

TEST(Kinds, FileHandleIsOsResource) {
  std::FILE *file = stdout;
  const auto found = only_finding(serialint::inspect(file));
  EXPECT_EQ(found.reason, reason::os_resource);
  EXPECT_EQ(found.type, "_IO_FILE*");
}

TEST(Kinds, ThreadAndStreamsAreOsResources) {
  std::thread idle;
  std::ofstream out;
  EXPECT_EQ(only_finding(serialint::inspect(idle)).reason, reason::os_resource);
  EXPECT_EQ(only_finding(serialint::inspect(out)).reason, reason::os_resource);
}

TEST(Kinds, MutexFamilyAndConditionVariablesAreSyncPrimitives) {
  struct Guarded {
    std::mutex plain;
    std::recursive_mutex recursive;
    std::condition_variable ready;
    std::atomic<int> counter;
  } guarded{};
  const auto found = serialint::inspect(guarded);
  ASSERT_EQ(found.findings().size(), 4u) << found.to_string();
  for (const auto &f : found.findings())
    EXPECT_EQ(f.reason, reason::sync_primitive) << f.path;
  EXPECT_EQ(serialint_test::paths_of(found),
            (std::vector<std::string>{"value.plain", "value.recursive", "value.ready",
                                      "value.counter"}));
}

TEST(Kinds, SemaphoreLatchAndBarrierAreSyncPrimitives) {
  std::binary_semaphore semaphore{1};
  std::latch latch{1};
  std::barrier barrier{1};
  EXPECT_EQ(only_finding(serialint::inspect(semaphore)).reason, reason::sync_primitive);
  EXPECT_EQ(only_finding(serialint::inspect(latch)).reason, reason::sync_primitive);
  EXPECT_EQ(only_finding(serialint::inspect(barrier)).reason, reason::sync_primitive);
}

TEST(Kinds, FunctionIsTypeErasedAndNamesItsTarget) {
  struct Task {
    std::function<int(int)> step;
  } task{&free_function};
  const auto found = only_finding(serialint::inspect(task));
  EXPECT_EQ(found.path, "value.step");
  EXPECT_EQ(found.reason, reason::type_erased);
  EXPECT_NE(found.message.find("holds `int (*)(int)`"), std::string::npos) << found.message;
}

TEST(Kinds, EmptyFunctionIsStillTypeErased) {
  std::function<void()> nothing;
  const auto found = only_finding(serialint::inspect(nothing));
  EXPECT_EQ(found.reason, reason::type_erased);
  EXPECT_NE(found.message.find("(empty)"), std::string::npos) << found.message;
}

TEST(Kinds, AnyIsTypeErasedAndNamesItsContent) {
  std::any boxed = std::string("text");
  const auto found = only_finding(serialint::inspect(boxed));
  EXPECT_EQ(found.reason, reason::type_erased);
  EXPECT_NE(found.message.find("holds `std::string`"), std::string::npos) << found.message;
}

TEST(Kinds, MarkedTypeCarriesItsAuthorsWhy) {
  struct Context {
    ThreadPool pool;
  } context{};
  const auto found = only_finding(serialint::inspect(context));
  EXPECT_EQ(found.path, "value.pool");
  EXPECT_EQ(found.reason, reason::marked);
  EXPECT_NE(found.message.find("pool objects cannot be passed between processes"),
            std::string::npos)
      << found.message;
}

TEST(Kinds, UnionIsReported) {
  Number number{3};
  EXPECT_EQ(only_finding(serialint::inspect(number)).reason, reason::union_type);
}

TEST(Kinds, ClassWithoutSerializerIsNoSerializer) {
  Opaque opaque{3};
  const auto found = only_finding(serialint::inspect(opaque));
  EXPECT_EQ(found.reason, reason::no_serializer);
  EXPECT_EQ(found.hint, serialint::info(reason::no_serializer).hint);
}

TEST(Kinds, LambdaHeldByValueIsAClosure) {
  int base = 3;
  auto add = [base](int x) { return base + x; };
  EXPECT_EQ(only_finding(serialint::inspect(add)).reason, reason::closure);
}

TEST(Kinds, ViewsAreAddressBound) {
  std::vector<int> numbers{1, 2, 3};
  struct Views {
    std::string_view text;
    std::span<const int> span;
    std::vector<int>::const_iterator where;
  } views{"abc", numbers, numbers.cbegin()};
  const auto found = serialint::inspect(views);
  ASSERT_EQ(found.findings().size(), 3u) << found.to_string();
  for (const auto &f : found.findings())
    EXPECT_EQ(f.reason, reason::address_bound) << f.path;
}

TEST(Kinds, ReferenceWrapperAndReferenceElementsAreAddressBound) {
  int target = 0;
  std::tuple<std::reference_wrapper<int>, int &, int> refs{target, target, 1};
  const auto found = serialint::inspect(refs);
  EXPECT_EQ(serialint_test::paths_of(found),
            (std::vector<std::string>{"std::get<0>(value)", "std::get<1>(value)"}));
  ASSERT_EQ(found.findings().size(), 2u);
  EXPECT_EQ(found.findings()[1].type, "int&");
  EXPECT_EQ(found.findings()[1].reason, reason::address_bound);
}

TEST(Kinds, ReportFindsEveryCulpritNotJustTheFirst) {
  int target = 1;
  struct Many {
    int *first;
    std::mutex second;
    std::function<void()> third;
  } many{&target, {}, [] {}};
  EXPECT_EQ(serialint_test::paths_of(serialint::inspect(many)),
            (std::vector<std::string>{"value.first", "value.second", "value.third"}));
}
