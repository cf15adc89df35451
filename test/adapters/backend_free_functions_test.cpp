// Serialization functions the backends find outside the type's namespace,
// and private member serializers, with the real cereal, Boost.Serialization
// and msgpack-cxx headers included: such types are trusted; a class with no
// serializer at all is still `no-serializer` although every generic function
// of the three libraries is in scope.
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/optional.hpp>
#include <boost/serialization/optional.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/variant.hpp>
#include <boost/variant.hpp>
#include <cereal/archives/binary.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <serialint/boost_serialization.hpp>
#include <serialint/cereal.hpp>
#include <serialint/msgpack.hpp>

namespace thirdparty {
// A third-party type (Eigen, glm): its functions live in the library's namespace.
class Vec3 {
public:
  Vec3() = default;
  Vec3(float x, float y, float z) : x(x), y(y), z(z) {}
  float x = 0, y = 0, z = 0;

private:
  std::vector<float *> scratch_;
};
class Money {
public:
  long cents = 0;

private:
  std::vector<void *> ledger_;
};
class Handle {
public:
  int fd = 0;

private:
  std::vector<void *> owner_;
};
class Point {
public:
  Point() = default;
  Point(int x, int y) : x_(x), y_(y) {}
  int x() const { return x_; }
  int y() const { return y_; }

private:
  int x_ = 0, y_ = 0;
};
// No serializer anywhere.
class Opaque {
public:
  int value = 0;

private:
  std::vector<void *> state_;
};
} // namespace thirdparty

namespace cereal {
template <class Archive> void serialize(Archive &ar, thirdparty::Vec3 &v) { ar(v.x, v.y, v.z); }
} // namespace cereal

namespace boost::serialization {
template <class Archive> void serialize(Archive &ar, thirdparty::Handle &h, const unsigned int) {
  ar &h.fd;
}
template <class Archive> void save(Archive &ar, const thirdparty::Money &m, const unsigned int) {
  ar << m.cents;
}
template <class Archive> void load(Archive &ar, thirdparty::Money &m, const unsigned int) {
  ar >> m.cents;
}
} // namespace boost::serialization
BOOST_SERIALIZATION_SPLIT_FREE(thirdparty::Money)

namespace msgpack {
MSGPACK_API_VERSION_NAMESPACE(MSGPACK_DEFAULT_API_NS) {
namespace adaptor {
template <> struct pack<thirdparty::Point> {
  template <class S> packer<S> &operator()(packer<S> &o, thirdparty::Point const &p) const {
    o.pack_array(2);
    o.pack(p.x());
    o.pack(p.y());
    return o;
  }
};
} // namespace adaptor
} // MSGPACK_API_VERSION_NAMESPACE(MSGPACK_DEFAULT_API_NS)
} // namespace msgpack

namespace free_functions_test {

class Account {
public:
  Account() = default;
  explicit Account(int id) : id_(id) {}
  int id() const { return id_; }

private:
  friend class cereal::access;
  friend class boost::serialization::access;
  template <class Archive> void serialize(Archive &ar, std::uint32_t const) { ar(id_); }
  template <class Archive> void serialize(Archive &ar, const unsigned int, int) { ar &id_; }
  int id_ = 0;
  int *cache_ = nullptr;
};

class GpsPosition {
public:
  GpsPosition() = default;
  explicit GpsPosition(int degrees) : degrees_(degrees) {}
  int degrees() const { return degrees_; }

private:
  friend class boost::serialization::access;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar &degrees_; }
  int degrees_ = 0;
  std::vector<int *> cache_;
};

TEST(BackendFreeFunctions, PrivateCerealSerializeIsTrustedAndWritten) {
  std::vector<Account> accounts{Account{1}, Account{2}};
  std::ostringstream bytes;
  {
    cereal::BinaryOutputArchive ar(bytes);
    ar(accounts);
  }
  EXPECT_TRUE(serialint::inspect(accounts).ok()) << serialint::inspect(accounts).to_string();
  std::ostringstream traced_bytes;
  {
    cereal::BinaryOutputArchive ar(traced_bytes);
    ar(serialint::preflight(accounts, "accounts"));
  }
  EXPECT_EQ(bytes.str(), traced_bytes.str());
}

TEST(BackendFreeFunctions, PrivateBoostSerializeIsTrusted) {
  const GpsPosition position{35};
  std::ostringstream text;
  {
    boost::archive::text_oarchive oa(text);
    oa << serialint::preflight(position, "position");
  }
  GpsPosition back;
  std::istringstream in(text.str());
  boost::archive::text_iarchive ia(in);
  ia >> back;
  EXPECT_EQ(back.degrees(), 35);
}

TEST(BackendFreeFunctions, CerealFreeSerializeInNamespaceCerealIsTrusted) {
  std::vector<thirdparty::Vec3> points{{1, 2, 3}};
  std::ostringstream bytes;
  {
    cereal::BinaryOutputArchive ar(bytes);
    ar(points);
  }
  EXPECT_TRUE(serialint::has_serialization_function<thirdparty::Vec3>);
  EXPECT_TRUE(serialint::inspect(points).ok()) << serialint::inspect(points).to_string();
}

TEST(BackendFreeFunctions, BoostNonIntrusiveAndSplitFreeAreTrusted) {
  EXPECT_TRUE(serialint::has_serialization_function<thirdparty::Handle>);
  EXPECT_TRUE(serialint::has_serialization_function<thirdparty::Money>);
  const thirdparty::Money money{};
  std::ostringstream text;
  {
    boost::archive::text_oarchive oa(text);
    oa << serialint::preflight(money, "money");
  }
  EXPECT_TRUE(serialint::inspect(thirdparty::Handle{}).ok());
}

TEST(BackendFreeFunctions, BoostOptionalAndVariantAreTrusted) {
  std::vector<boost::optional<int>> limits{4, boost::none};
  std::vector<boost::variant<int, std::string>> cells{1, std::string("x")};
  EXPECT_TRUE(serialint::inspect(limits).ok()) << serialint::inspect(limits).to_string();
  EXPECT_TRUE(serialint::inspect(cells).ok()) << serialint::inspect(cells).to_string();
}

TEST(BackendFreeFunctions, MsgpackAdaptorSpecialisationIsTrusted) {
  std::vector<thirdparty::Point> points{{1, 2}, {3, 4}};
  EXPECT_TRUE(serialint::has_serialization_function<thirdparty::Point>);
  msgpack::sbuffer plain;
  msgpack::pack(plain, points);
  msgpack::sbuffer checked;
  EXPECT_NO_THROW(msgpack::pack(checked, serialint::preflight(points, "points")));
  EXPECT_EQ(std::string(plain.data(), plain.size()), std::string(checked.data(), checked.size()));
}

TEST(BackendFreeFunctions, AClassWithNoSerializerIsStillReported) {
  EXPECT_FALSE(serialint::has_serialization_function<thirdparty::Opaque>);
  const serialint::report found = serialint::inspect(thirdparty::Opaque{}, {.root_name = "o"});
  ASSERT_EQ(found.findings().size(), 1u) << found.to_string();
  EXPECT_EQ(found.findings()[0].path, "o");
  EXPECT_EQ(found.findings()[0].reason, serialint::reason::no_serializer);
}

} // namespace free_functions_test
