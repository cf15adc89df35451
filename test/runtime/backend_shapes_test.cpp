// Shapes found in real cereal / Boost.Serialization / msgpack code that the
// runtime once got wrong: private serializers, opaque smart pointers, an
// optional thread, names that merely contain "lambda", and key texts that were
// not valid C++. None of these tests needs a backend's headers.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "support.hpp"

using serialint::reason;
using serialint_test::only_finding;
using serialint_test::paths_of;

// The friend declarations of the real libraries, without their headers.
namespace cereal {
class access;
class BinaryOutputArchive;
class BinaryInputArchive;
} // namespace cereal
namespace boost::serialization {
class access;
}

namespace shapes {

// cereal's documented idiom: private serialize, friend cereal::access.
class Account {
public:
  Account() = default;
  explicit Account(int id) : id_(id) {}

private:
  friend class cereal::access;
  template <class Archive> void serialize(Archive &ar, std::uint32_t const) { ar(id_); }
  int id_ = 0;
  int *cache_ = nullptr;
};

// Boost's demo.cpp: private save/load with BOOST_SERIALIZATION_SPLIT_MEMBER().
class BusRoute {
  friend class boost::serialization::access;
  template <class Archive> void save(Archive &ar, const unsigned int) const { ar &stops_; }
  template <class Archive> void load(Archive &ar, const unsigned int) { ar &stops_; }
  std::vector<int> stops_;
  std::mutex *lock_ = nullptr;
};

class PrivateMinimal {
  friend class cereal::access;
  template <class Archive> int save_minimal(Archive const &) const { return value_; }
  template <class Archive> void load_minimal(Archive const &, int const &v) { value_ = v; }
  int value_ = 0;
  void *handle_ = nullptr;
};

// A lone private `save` is an ordinary helper, not a serializer.
class Settings {
public:
  int *target = nullptr;

private:
  void save() const {}
};

struct Batch {
  std::string name;
  std::vector<Account> accounts;
  BusRoute route;
};

struct WidgetImpl; // defined elsewhere: a pimpl
struct WidgetDeleter {
  void operator()(WidgetImpl *) const {}
};
struct Widget {
  std::string name;
  std::unique_ptr<WidgetImpl, WidgetDeleter> impl;
};

struct Context {
  std::string name;
  std::shared_ptr<void> native;
};

struct Service {
  std::string name;
  std::optional<std::thread> worker;
};

struct LogSink {
  std::string name;
  std::unique_ptr<std::FILE, int (*)(std::FILE *)> file{nullptr, &std::fclose};
  std::shared_ptr<std::FILE> shared;
};

struct lambda_config {
  int retries = 3;
};
template <class T> struct Box {
  T value;
};

} // namespace shapes

TEST(BackendShapes, PrivateCerealSerializeIsTrusted) {
  EXPECT_TRUE(serialint::has_serialization_function<shapes::Account>);
  EXPECT_TRUE(serialint::inspect(shapes::Account{7}).ok());
  EXPECT_EQ(serialint::static_verdict<shapes::Account>, serialint::verdict::always_ok);
}

TEST(BackendShapes, PrivateBoostSaveLoadPairIsTrusted) {
  EXPECT_TRUE(serialint::has_serialization_function<shapes::BusRoute>);
  EXPECT_TRUE(serialint::inspect(shapes::BusRoute{}).ok());
}

TEST(BackendShapes, PrivateSaveMinimalIsTrusted) {
  EXPECT_TRUE(serialint::has_serialization_function<shapes::PrivateMinimal>);
  EXPECT_TRUE(serialint::inspect(shapes::PrivateMinimal{}).ok());
}

TEST(BackendShapes, ALonePrivateSaveIsNotASerializer) {
  EXPECT_FALSE(serialint::has_serialization_function<shapes::Settings>);
  // Not trusted: opened as the aggregate it is.
  const auto found = only_finding(serialint::inspect(shapes::Settings{}));
  EXPECT_EQ(found.path, "value.target");
  EXPECT_EQ(found.reason, reason::address_bound);
}

TEST(BackendShapes, PrivateSerializersInsideAnAggregatePassPreflight) {
  shapes::Batch batch{"b", {shapes::Account{1}, shapes::Account{2}}, {}};
  const serialint::report found = serialint::inspect(batch, {.root_name = "batch"});
  EXPECT_TRUE(found.ok()) << found.to_string();
  EXPECT_NO_THROW(serialint::require_serializable(batch));
}

TEST(BackendShapes, SharedPtrToVoidIsAddressBound) {
  shapes::Context ctx{"c", std::shared_ptr<void>(std::malloc(8), &std::free)};
  const auto found = only_finding(serialint::inspect(ctx, {.root_name = "ctx"}));
  EXPECT_EQ(found.path, "ctx.native");
  EXPECT_EQ(found.reason, reason::address_bound);
  EXPECT_NE(found.message.find("void or to a type incomplete here"), std::string::npos)
      << found.message;
  EXPECT_EQ(serialint::static_verdict<shapes::Context>, serialint::verdict::always_bad);
}

TEST(BackendShapes, UniquePtrToAnIncompletePimplIsAddressBound) {
  shapes::Widget widget{"w", nullptr};
  const auto found = only_finding(serialint::inspect(widget, {.root_name = "w"}));
  EXPECT_EQ(found.path, "w.impl");
  EXPECT_EQ(found.reason, reason::address_bound);
  EXPECT_NE(found.message.find("incomplete"), std::string::npos) << found.message;
}

TEST(BackendShapes, OptionalThreadMemberCompilesAndIsAnOsResource) {
  shapes::Service idle{"svc", std::nullopt};
  EXPECT_TRUE(serialint::inspect(idle).ok());
  shapes::Service running{"svc", std::thread([] {})};
  const auto found = only_finding(serialint::inspect(running, {.root_name = "svc"}));
  running.worker->join();
  EXPECT_EQ(found.path, "*svc.worker");
  EXPECT_EQ(found.reason, reason::os_resource);
}

TEST(BackendShapes, FileBehindSmartPointersIsOneOsResourceEach) {
  shapes::LogSink sink;
  sink.name = "log";
  sink.file.reset(std::tmpfile());
  sink.shared.reset(std::tmpfile(), &std::fclose);
  ASSERT_TRUE(sink.file && sink.shared);
  const serialint::report found = serialint::inspect(sink, {.root_name = "log"});
  EXPECT_EQ(paths_of(found), (std::vector<std::string>{"log.file", "log.shared"}))
      << found.to_string();
  for (const serialint::finding &f : found.findings())
    EXPECT_EQ(f.reason, reason::os_resource);
}

TEST(BackendShapes, ATemplateOfATypeNamedLambdaIsNotAClosure) {
  EXPECT_TRUE(serialint::inspect(shapes::Box<shapes::lambda_config>{}).ok());
  EXPECT_TRUE(serialint::inspect(std::pair<int, shapes::Box<shapes::lambda_config>>{}).ok());
  auto add = [](int a, int b) { return a + b; };
  EXPECT_EQ(only_finding(serialint::inspect(add)).reason, reason::closure);
  // A template with a closure argument is opened, and the closure is named.
  shapes::Box<decltype(add)> boxed{add};
  const auto inner = only_finding(serialint::inspect(boxed));
  EXPECT_EQ(inner.path, "value.value");
  EXPECT_EQ(inner.reason, reason::closure);
}

using Callback = std::function<void()>;

TEST(BackendShapes, AControlCharacterKeyEndsItsEscape) {
  std::map<std::string, Callback> by_name{{std::string("\x01" "F"), Callback{}}};
  EXPECT_EQ(only_finding(serialint::inspect(by_name, {.root_name = "m"})).path,
            "m[\"\\001F\"]");
}

TEST(BackendShapes, DelIsEscaped) {
  std::map<std::string, Callback> by_name{{"a\x7f", Callback{}}};
  EXPECT_EQ(only_finding(serialint::inspect(by_name, {.root_name = "m"})).path,
            "m[\"a\\177\"]");
  std::map<char, Callback> by_char{{'\x7f', Callback{}}};
  EXPECT_EQ(only_finding(serialint::inspect(by_char, {.root_name = "m"})).path, "m['\\177']");
}

TEST(BackendShapes, InfiniteKeysAreWrittenAsCpp) {
  std::map<double, Callback> by_value{{std::numeric_limits<double>::infinity(), Callback{}},
                                      {-std::numeric_limits<double>::infinity(), Callback{}}};
  EXPECT_EQ(paths_of(serialint::inspect(by_value, {.root_name = "m"})),
            (std::vector<std::string>{"m[-std::numeric_limits<double>::infinity()]",
                                      "m[std::numeric_limits<double>::infinity()]"}));
  std::map<float, Callback> by_float{{std::numeric_limits<float>::infinity(), Callback{}}};
  EXPECT_EQ(only_finding(serialint::inspect(by_float, {.root_name = "m"})).path,
            "m[std::numeric_limits<float>::infinity()]");
}

TEST(BackendShapes, ANanKeyHasNoLiteral) {
  std::map<int, std::map<double, Callback>> outer;
  outer[0].emplace(std::nan(""), Callback{});
  EXPECT_EQ(only_finding(serialint::inspect(outer, {.root_name = "m"})).path,
            "std::next(m[0].begin(), 0)->second");
}

TEST(BackendShapes, TypeNamesHaveNoStraySpace) {
  using Pairs = std::set<std::pair<int, std::string>>;
  EXPECT_EQ(serialint::detail::type_name<Pairs>(), "std::set<std::pair<int, std::string>>");
  EXPECT_EQ(
      (serialint::detail::type_name<std::map<std::string, std::vector<std::pair<int, std::string>>>>()),
      "std::map<std::string, std::vector<std::pair<int, std::string>>>");
  std::vector<std::pair<int, std::mutex *>> pointers{{1, nullptr}};
  EXPECT_EQ(only_finding(serialint::inspect(pointers)).type, "std::mutex*");
}

namespace shapes {
#define SERIALINT_TEST_EIGHT(p) int p##0, p##1, p##2, p##3, p##4, p##5, p##6, p##7;
struct Wide {
  SERIALINT_TEST_EIGHT(a)
  SERIALINT_TEST_EIGHT(b)
  SERIALINT_TEST_EIGHT(c)
  SERIALINT_TEST_EIGHT(d)
  SERIALINT_TEST_EIGHT(e)
  SERIALINT_TEST_EIGHT(f)
  SERIALINT_TEST_EIGHT(g)
  SERIALINT_TEST_EIGHT(h)
  SERIALINT_TEST_EIGHT(i)
  SERIALINT_TEST_EIGHT(j)
  SERIALINT_TEST_EIGHT(k)
  SERIALINT_TEST_EIGHT(l)
  SERIALINT_TEST_EIGHT(m)
  SERIALINT_TEST_EIGHT(n)
  SERIALINT_TEST_EIGHT(o)
  SERIALINT_TEST_EIGHT(p)
  SERIALINT_TEST_EIGHT(q)
}; // 136 members, more than max_reflected_fields
#undef SERIALINT_TEST_EIGHT
struct Meta {
  int id = 0;
};
struct Derived : Meta {
  std::optional<int> scratch; // hides its type from the probes
};
} // namespace shapes

TEST(BackendShapes, TheNoteOnAWideAggregateNamesTheMemberLimit) {
  const serialint::report wide = serialint::inspect(shapes::Wide{}, {.root_name = "w"});
  ASSERT_EQ(wide.notes().size(), 1u) << wide.to_string();
  EXPECT_NE(wide.notes()[0].message.find("more than 128 members"), std::string::npos)
      << wide.notes()[0].message;
  EXPECT_EQ(wide.notes()[0].message.find("base class"), std::string::npos);
  const serialint::report derived = serialint::inspect(shapes::Derived{}, {.root_name = "d"});
  ASSERT_EQ(derived.notes().size(), 1u) << derived.to_string();
  EXPECT_NE(derived.notes()[0].message.find("base class"), std::string::npos);
  EXPECT_EQ(derived.status(), serialint::outcome::incomplete);
}

namespace ids {
// cereal's versioned minimal forms, member and free.
class UserId {
public:
  template <class Archive> long save_minimal(Archive const &, std::uint32_t const) const {
    return value_;
  }
  template <class Archive> void load_minimal(Archive const &, long const &v, std::uint32_t const) {
    value_ = v;
  }

private:
  long value_ = 0;
  std::vector<int *> cache_;
};
class Port {
public:
  int number = 0;

private:
  std::vector<int *> cache_;
};
template <class Archive> int save_minimal(Archive const &, Port const &p, std::uint32_t const) {
  return p.number;
}
template <class Archive> void load_minimal(Archive const &, Port &p, int const &v, std::uint32_t const) {
  p.number = v;
}
// A non-template serializer per archive type.
class Frame {
public:
  void serialize(cereal::BinaryOutputArchive &);
  void serialize(cereal::BinaryInputArchive &);

private:
  std::vector<int *> cache_;
};
} // namespace ids

TEST(BackendShapes, VersionedSaveMinimalIsTrusted) {
  EXPECT_TRUE(serialint::has_serialization_function<ids::UserId>);
  EXPECT_TRUE(serialint::has_serialization_function<ids::Port>);
  EXPECT_TRUE(serialint::inspect(ids::UserId{}).ok());
  EXPECT_TRUE(serialint::inspect(ids::Port{}).ok());
}

TEST(BackendShapes, ANonTemplateSerializeForOneArchiveIsTrusted) {
  EXPECT_TRUE(serialint::has_serialization_function<ids::Frame>);
  EXPECT_TRUE(serialint::inspect(ids::Frame{}).ok());
}
