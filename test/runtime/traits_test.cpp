// Customization points, and classes trusted for their own serializers.
#include <cstdint>
#include <string>
#include <vector>

#include "support.hpp"

using serialint::reason;
using serialint_test::only_finding;

namespace app {

class Connection {
public:
  int fd = 3;
};

class Blob {
public:
  explicit Blob(int size) : size_(size) {}
  int size() const { return size_; }

private:
  int size_;
};

class ThreadPool {
public:
  int workers = 4;
};

template <class T> class Executor {
public:
  T state{};
};

class Saved {
public:
  template <class Archive> void serialize(Archive &ar) { ar(secret_); }

private:
  int *secret_ = nullptr;
};

class BoostStyle {
public:
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar &secret_; }

private:
  int *secret_ = nullptr;
};

class SplitSaveLoad {
public:
  template <class Archive> void save(Archive &ar) const { ar(secret_); }
  template <class Archive> void load(Archive &ar) { ar(secret_); }

private:
  int *secret_ = nullptr;
};

class FreeFunction {
public:
  int *secret = nullptr;
};
template <class Archive> void serialize(Archive &ar, FreeFunction &value) { ar(value.secret); }

class MsgpackStyle {
public:
  template <class Packer> void msgpack_pack(Packer &) const {}
  void msgpack_unpack(int) {}
  const int *secret() const { return secret_; }

private:
  int *secret_ = nullptr;
};

struct Job {
  std::string name;
  Connection connection;
};

} // namespace app

template <> struct serialint::classify<app::Connection> {
  static constexpr serialint::reason reason = serialint::reason::os_resource;
  static constexpr const char *why = "holds an open socket";
};

template <> struct serialint::classify<app::Blob> {
  static constexpr bool serializable = true;
};

template <> struct serialint::pool_handle<app::ThreadPool> : std::true_type {};
template <class T> struct serialint::pool_handle<app::Executor<T>> : std::true_type {};

TEST(Traits, ClassifyGivesAReasonAndTheAuthorsWhy) {
  app::Job job{"x", {}};
  const auto found = only_finding(serialint::inspect(job));
  EXPECT_EQ(found.path, "value.connection");
  EXPECT_EQ(found.reason, reason::os_resource);
  EXPECT_NE(found.message.find("holds an open socket"), std::string::npos) << found.message;
  EXPECT_EQ(serialint::static_verdict<app::Job>, serialint::verdict::always_bad);
}

TEST(Traits, ClassifyCanVouchForAnOpaqueClass) {
  app::Blob blob{3};
  EXPECT_TRUE(serialint::inspect(blob).ok());
  EXPECT_EQ(serialint::static_verdict<app::Blob>, serialint::verdict::always_ok);
}

TEST(Traits, PoolHandleTrait) {
  app::ThreadPool pool;
  const auto found = only_finding(serialint::inspect(pool));
  EXPECT_EQ(found.reason, reason::pool_handle);
  EXPECT_NE(found.message.find("pool objects cannot be passed between processes"),
            std::string::npos);
}

TEST(Traits, PoolHandleTraitByPartialSpecialisation) {
  app::Executor<int> executor;
  EXPECT_EQ(only_finding(serialint::inspect(executor)).reason, reason::pool_handle);
}

TEST(Traits, CerealMemberSerializeIsTrusted) {
  app::Saved saved;
  EXPECT_TRUE(serialint::has_serialization_function<app::Saved>);
  EXPECT_TRUE(serialint::inspect(saved).ok());
  const auto tree = serialint::trace(saved);
  EXPECT_EQ(tree.nodes()[0].status, serialint::node_status::trusted);
}

TEST(Traits, BoostVersionedSerializeIsTrusted) {
  EXPECT_TRUE(serialint::has_serialization_function<app::BoostStyle>);
  EXPECT_TRUE(serialint::inspect(app::BoostStyle{}).ok());
}

TEST(Traits, SaveLoadPairIsTrusted) {
  EXPECT_TRUE(serialint::has_serialization_function<app::SplitSaveLoad>);
  EXPECT_TRUE(serialint::inspect(app::SplitSaveLoad{}).ok());
}

TEST(Traits, FreeSerializeFoundByArgumentDependentLookupIsTrusted) {
  EXPECT_TRUE(serialint::has_serialization_function<app::FreeFunction>);
  EXPECT_TRUE(serialint::inspect(app::FreeFunction{}).ok());
}

TEST(Traits, MsgpackMembersAreTrusted) {
  EXPECT_TRUE(serialint::has_serialization_function<app::MsgpackStyle>);
  EXPECT_TRUE(serialint::inspect(app::MsgpackStyle{}).ok());
}

TEST(Traits, PlainClassHasNoSerializationFunction) {
  EXPECT_FALSE(serialint::has_serialization_function<app::ThreadPool>);
  EXPECT_FALSE(serialint::has_serialization_function<std::vector<int>>);
}
