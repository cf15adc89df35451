// traced() logs the calls the user's serializer makes, for each backend: a
// member serialint cannot see, a serializer that throws midway, bases,
// versions and pointers the backend tracks, byte for byte the same output.
#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include <boost/archive/binary_oarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/base_object.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <boost/serialization/version.hpp>
#include <cereal/archives/binary.hpp>
#include <cereal/archives/portable_binary.hpp>
#include <cereal/types/base_class.hpp>
#include <cereal/types/memory.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/variant.hpp>
#include <cereal/types/vector.hpp>

#include <serialint/boost_serialization.hpp>
#include <serialint/cereal.hpp>
#include <serialint/msgpack.hpp>

#include "calls_other_unit.hpp"
#include "support.hpp"

namespace calls_test {

// One logged call, read back from its JSON line.
struct call_line {
  std::size_t node = 0;
  std::optional<std::size_t> parent;
  std::string segment, kind, type, status, path, reason, message;
  std::uint64_t bytes = 0;
  std::uint64_t count = 0;
};

std::string text_field(const std::string &line, const std::string &key) {
  const std::string head = "\"" + key + "\":\"";
  auto at = line.find(head);
  if (at == std::string::npos)
    return {};
  std::string out;
  for (at += head.size(); at < line.size() && line[at] != '"'; ++at) {
    if (line[at] == '\\' && at + 1 < line.size())
      ++at;
    out += line[at];
  }
  return out;
}

std::optional<std::uint64_t> number_field(const std::string &line, const std::string &key) {
  const std::string head = "\"" + key + "\":";
  const auto at = line.find(head);
  if (at == std::string::npos || line.compare(at + head.size(), 4, "null") == 0)
    return std::nullopt;
  return std::stoull(line.substr(at + head.size()));
}

std::vector<call_line> calls_of(const std::string &log) {
  std::vector<call_line> calls;
  for (const std::string &line : adapters_test::lines_of(log)) {
    call_line call;
    call.node = number_field(line, "node").value_or(0);
    call.parent = number_field(line, "parent");
    call.segment = text_field(line, "segment");
    call.type = text_field(line, "type");
    call.status = text_field(line, "status");
    call.path = text_field(line, "path");
    call.reason = text_field(line, "reason");
    call.message = text_field(line, "message");
    call.bytes = number_field(line, "bytes").value_or(0);
    call.kind = text_field(line, "kind");
    call.count = number_field(line, "count").value_or(0);
    EXPECT_TRUE(call.kind == "call" || call.kind == "repeat") << line;
    calls.push_back(call);
  }
  return calls;
}

// The call reached from the root by these segments, or nullptr.
const call_line *find_call(const std::vector<call_line> &calls,
                           const std::vector<std::string> &segments) {
  std::optional<std::size_t> at;
  for (const std::string &segment : segments) {
    const call_line *next = nullptr;
    for (const call_line &call : calls)
      if (call.parent == at && call.segment == segment) {
        next = &call;
        break;
      }
    if (!next)
      return nullptr;
    at = next->node;
  }
  return at ? &calls[*at] : nullptr;
}

// Accounts 1 to 3 have the shape of account 0: one line counts them.
void expect_accounts_folded(const std::vector<call_line> &calls, std::uint64_t bytes) {
  const call_line *folded = find_call(calls, {"value", ".accounts", "[1]..[3]"});
  ASSERT_NE(folded, nullptr);
  EXPECT_EQ(folded->kind, "repeat");
  EXPECT_EQ(folded->count, 3u);
  EXPECT_EQ(folded->bytes, bytes);
  EXPECT_EQ(find_call(calls, {"value", ".accounts", "[1]"}), nullptr);
}

std::size_t children_of(const std::vector<call_line> &calls, const call_line &parent) {
  std::size_t count = 0;
  for (const call_line &call : calls)
    count += call.parent == parent.node;
  return count;
}

// ---------------------------------------------------------------- cereal

// Private members and its own serializer: serialint trusts it, unopened.
class CerealAccount {
public:
  CerealAccount() = default;
  CerealAccount(std::string owner, std::int64_t cents, bool frozen = false)
      : owner_(std::move(owner)), cents_(cents), frozen_(frozen) {}
  template <class Archive> void save(Archive &ar) const {
    ar(cereal::make_nvp("owner", owner_));
    if (frozen_)
      throw std::runtime_error("account is frozen");
    ar(cents_);
  }
  template <class Archive> void load(Archive &ar) { ar(owner_, cents_); }

private:
  std::string owner_;
  std::int64_t cents_ = 0;
  bool frozen_ = false;
};

struct CerealLedger {
  std::string name;
  std::vector<CerealAccount> accounts;
  template <class Archive> void serialize(Archive &ar) { ar(name, accounts); }
};

struct CerealBase {
  std::uint32_t id = 7;
  template <class Archive> void serialize(Archive &ar) { ar(id); }
};
struct CerealDerived : CerealBase {
  std::string label = "derived";
  template <class Archive> void serialize(Archive &ar, const std::uint32_t version) {
    ar(cereal::base_class<CerealBase>(this), label);
    if (version > 0)
      ar(cereal::make_nvp("added_in_v1", label.size()));
  }
};

struct CerealShared {
  std::shared_ptr<std::string> first = std::make_shared<std::string>("shared");
  std::shared_ptr<std::string> second = first;
  template <class Archive> void serialize(Archive &ar) {
    ar(CEREAL_NVP(first), CEREAL_NVP(second));
  }
};

} // namespace calls_test

CEREAL_CLASS_VERSION(calls_test::CerealDerived, 1)

namespace calls_test {

template <class Archive, class T> std::string cereal_bare(const T &value) {
  std::ostringstream out;
  {
    Archive ar(out);
    ar(value);
  }
  return out.str();
}

template <class Archive, class T> std::string cereal_traced(const T &value, std::ostream &log) {
  std::ostringstream out;
  {
    Archive ar(out);
    ar(serialint::traced(value, "value", log));
  }
  return out.str();
}

CerealLedger cereal_ledger(bool frozen_third) {
  return {"ledger", {{"ann", 100}, {"bo", 250}, {"cy", 5, frozen_third}, {"di", 1}}};
}

TEST(CerealCalls, MemberSerialintCannotSeeIsLogged) {
  const CerealLedger ledger = cereal_ledger(false);
  std::ostringstream log;
  EXPECT_EQ((cereal_traced<cereal::BinaryOutputArchive>(ledger, log)),
            cereal_bare<cereal::BinaryOutputArchive>(ledger));
  const auto calls = calls_of(log.str());
  // ar(name, accounts) gives no names; serialint knows the aggregate's.
  const call_line *cents = find_call(calls, {"value", ".accounts", "[0]", "[0]"});
  ASSERT_NE(cents, nullptr) << log.str();
  EXPECT_EQ(cents->type, "long");
  EXPECT_EQ(cents->bytes, 8u);
  const call_line *owner = find_call(calls, {"value", ".accounts", "[0]", ".owner"});
  ASSERT_NE(owner, nullptr) << log.str();
  EXPECT_EQ(owner->type, "std::string");
  EXPECT_EQ(owner->bytes, 8u + 3u); // cereal's size, then "ann"
  expect_accounts_folded(calls, (8 + 2 + 8) + (8 + 2 + 8) + (8 + 2 + 8));
  EXPECT_EQ(calls[0].bytes, cereal_bare<cereal::BinaryOutputArchive>(ledger).size());
}

TEST(CerealCalls, ThrowMidwayIsMarkedAtTheCall) {
  const CerealLedger ledger = cereal_ledger(true);
  std::ostringstream out, log;
  const auto error = adapters_test::expect_failure<std::runtime_error>([&] {
    cereal::PortableBinaryOutputArchive ar(out);
    ar(serialint::traced(ledger, "value", log));
  });
  ASSERT_EQ(error.report().findings().size(), 1u);
  EXPECT_EQ(error.report().findings()[0].path, "value.accounts[2]");
  const auto calls = calls_of(log.str());
  const call_line *third = find_call(calls, {"value", ".accounts", "[2]"});
  ASSERT_NE(third, nullptr) << log.str();
  EXPECT_EQ(third->status, "fail");
  EXPECT_EQ(third->path, "value.accounts[2]");
  EXPECT_EQ(third->reason, "serializer-threw");
  EXPECT_EQ(error.report().findings()[0].reason, serialint::reason::serializer_threw);
  EXPECT_NE(third->message.find("account is frozen"), std::string::npos) << third->message;
  // What it wrote before throwing is there; what came after it is not.
  EXPECT_NE(find_call(calls, {"value", ".accounts", "[2]", ".owner"}), nullptr);
  EXPECT_EQ(find_call(calls, {"value", ".accounts", "[3]"}), nullptr);
  EXPECT_EQ(adapters_test::count_of(log.str(), "\"status\":\"fail\""), 1u);
}

TEST(CerealCalls, BaseAndVersionAreLogged) {
  const CerealDerived value;
  std::ostringstream log;
  EXPECT_EQ((cereal_traced<cereal::BinaryOutputArchive>(value, log)),
            cereal_bare<cereal::BinaryOutputArchive>(value));
  const auto calls = calls_of(log.str());
  const call_line *base = find_call(calls, {"value", "(calls_test::CerealBase)"});
  ASSERT_NE(base, nullptr) << log.str();
  // The base's member is named as C++ names it, through the base.
  EXPECT_NE(find_call(calls, {"value", "(calls_test::CerealBase)", ".id"}), nullptr)
      << log.str();
  EXPECT_NE(find_call(calls, {"value", ".added_in_v1"}), nullptr) << log.str();
  // The class version: 4 bytes in the value's own call, the first time.
  EXPECT_EQ(calls[0].bytes, cereal_bare<cereal::BinaryOutputArchive>(value).size());
}

TEST(CerealCalls, SharedObjectIsWrittenOnce) {
  const CerealShared value;
  std::ostringstream log;
  EXPECT_EQ((cereal_traced<cereal::BinaryOutputArchive>(value, log)),
            cereal_bare<cereal::BinaryOutputArchive>(value));
  const auto calls = calls_of(log.str());
  EXPECT_NE(find_call(calls, {"value", ".first", ".ptr_wrapper", ".data"}), nullptr)
      << log.str();
  EXPECT_EQ(find_call(calls, {"value", ".second", ".ptr_wrapper", ".data"}), nullptr)
      << log.str();
  const call_line *second = find_call(calls, {"value", ".second"});
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->bytes, 4u); // the id alone
}

struct CerealRemoteScene {
  std::unique_ptr<RemoteShape> shape = make_remote_circle();
  template <class Archive> void serialize(Archive &ar) { ar(CEREAL_NVP(shape)); }
};

TEST(CerealCalls, TypeUnknownToTheRecorderStopsOnlyTheRecording) {
  const CerealRemoteScene scene;
  std::ostringstream log;
  EXPECT_EQ((cereal_traced<cereal::BinaryOutputArchive>(scene, log)),
            cereal_bare<cereal::BinaryOutputArchive>(scene));
  const auto calls = calls_of(log.str());
  const call_line *shape = find_call(calls, {"value", ".shape"});
  ASSERT_NE(shape, nullptr) << log.str();
  EXPECT_EQ(shape->status, "unchecked");
  EXPECT_EQ(shape->path, "value.shape");
  EXPECT_NE(shape->message.find("not recorded below"), std::string::npos) << shape->message;
  EXPECT_EQ(adapters_test::count_of(log.str(), "\"status\":\"fail\""), 0u);
}

TEST(CerealCalls, SiblingsFoldIntoTheFirstOfTheirShape) {
  const std::vector<std::variant<int, std::string>> items{1, "a", 2, "b", 3, "c"};
  std::ostringstream log;
  EXPECT_EQ((cereal_traced<cereal::BinaryOutputArchive>(items, log)),
            cereal_bare<cereal::BinaryOutputArchive>(items));
  const auto calls = calls_of(log.str());
  // The int at [0], the string at [1], each in full; then one line for the
  // other ints ([2] and [4]) and one for the other strings ([3] and [5]).
  ASSERT_NE(find_call(calls, {"value", "[0]", ".data"}), nullptr) << log.str();
  ASSERT_NE(find_call(calls, {"value", "[1]", ".data"}), nullptr) << log.str();
  const call_line *ints = find_call(calls, {"value", "[2]..[4]"});
  const call_line *strings = find_call(calls, {"value", "[3]..[5]"});
  ASSERT_NE(ints, nullptr) << log.str();
  ASSERT_NE(strings, nullptr) << log.str();
  EXPECT_EQ(ints->count, 2u);
  EXPECT_EQ(strings->count, 2u);
  EXPECT_EQ(ints->bytes, 2u * (4 + 4));      // index, then the int
  EXPECT_EQ(strings->bytes, 2u * (4 + 8 + 1)); // index, size, one char
  EXPECT_EQ(calls.size(), 1u + 3 + 3 + 2);
}

// An aggregate with a member cereal refuses at compile time (a raw pointer,
// which its own serializer does not write) is not opened while locating a
// failure: traced() compiles, and the aggregate is named.
struct CerealCached {
  int id = 4;
  const int *cache = nullptr;
  bool refuse = false;
  template <class Archive> void save(Archive &ar) const {
    if (refuse)
      throw std::runtime_error("refused");
    ar(CEREAL_NVP(id));
  }
};

TEST(CerealCalls, RawPointerMemberIsNotOpenedWhenLocating) {
  const int cached = 9;
  const std::vector<CerealCached> values{{1, &cached, false}, {2, &cached, true}};
  std::ostringstream out, log;
  const auto error = adapters_test::expect_failure<std::runtime_error>([&] {
    cereal::BinaryOutputArchive ar(out);
    ar(serialint::traced(values, "value", log));
  });
  ASSERT_EQ(error.report().findings().size(), 1u);
  EXPECT_EQ(error.report().findings()[0].path, "value[1]");
}

// A traced() inside a serializer logs its own run, once: on the real write,
// not on the recording.
struct CerealInner {
  int x = 3;
  template <class Archive> void serialize(Archive &ar) { ar(x); }
};
std::ostringstream nested_log;
struct CerealOuter {
  CerealInner inner;
  template <class Archive> void save(Archive &ar) const {
    ar(serialint::traced(inner, "inner", nested_log));
  }
};

TEST(CerealCalls, NestedTracedLogsOnce) {
  std::ostringstream &log = nested_log;
  const CerealOuter outer;
  std::ostringstream out;
  {
    cereal::BinaryOutputArchive ar(out);
    ar(serialint::traced(outer, "outer", log));
  }
  std::vector<std::string> runs;
  for (const std::string &line : adapters_test::lines_of(log.str()))
    if (const std::string run = text_field(line, "run");
        std::find(runs.begin(), runs.end(), run) == runs.end())
      runs.push_back(run);
  EXPECT_EQ(runs.size(), 2u) << log.str();
  EXPECT_EQ(adapters_test::count_of(log.str(), "\"segment\":\"inner\""), 1u) << log.str();
}

// ---------------------------------------------------------------- Boost

class BoostAccount {
public:
  BoostAccount() = default;
  BoostAccount(std::string owner, std::int64_t cents, bool frozen = false)
      : owner_(std::move(owner)), cents_(cents), frozen_(frozen) {}
  template <class Archive> void serialize(Archive &ar, const unsigned int version) {
    ar & boost::serialization::make_nvp("owner", owner_);
    if (frozen_)
      throw std::runtime_error("account is frozen");
    if (version > 0)
      ar & cents_;
  }

private:
  std::string owner_;
  std::int64_t cents_ = 0;
  bool frozen_ = false;
};

struct BoostLedger {
  std::string name;
  std::vector<BoostAccount> accounts;
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & name & accounts;
  }
};

struct BoostBase {
  int id = 7;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & id; }
};
struct BoostDerived : BoostBase {
  std::string label = "derived";
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & boost::serialization::base_object<BoostBase>(*this) & label;
  }
};

struct BoostTracked {
  BoostBase *first = nullptr;
  BoostBase *second = nullptr;
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & first & second;
  }
};

} // namespace calls_test

BOOST_CLASS_VERSION(calls_test::BoostAccount, 1)

namespace calls_test {

template <class Archive, class T> std::string boost_bare(const T &value) {
  std::ostringstream out;
  {
    Archive ar(out);
    ar << value;
  }
  return out.str();
}

template <class Archive, class T> std::string boost_traced(const T &value, std::ostream &log) {
  std::ostringstream out;
  {
    Archive ar(out);
    ar << serialint::traced(value, "value", log);
  }
  return out.str();
}

BoostLedger boost_ledger(bool frozen_third) {
  return {"ledger", {{"ann", 100}, {"bo", 250}, {"cy", 5, frozen_third}, {"di", 1}}};
}

TEST(BoostCalls, MemberSerialintCannotSeeIsLogged) {
  const BoostLedger ledger = boost_ledger(false);
  for (int archive = 0; archive < 2; ++archive) {
    std::ostringstream log;
    if (archive == 0)
      EXPECT_EQ((boost_traced<boost::archive::binary_oarchive>(ledger, log)),
                boost_bare<boost::archive::binary_oarchive>(ledger));
    else
      EXPECT_EQ((boost_traced<boost::archive::text_oarchive>(ledger, log)),
                boost_bare<boost::archive::text_oarchive>(ledger));
    const auto calls = calls_of(log.str());
    // A versioned class: cents_ is written because its version is 1.
    const call_line *cents = find_call(calls, {"value", ".accounts", "[0]", "[0]"});
    ASSERT_NE(cents, nullptr) << log.str();
    EXPECT_EQ(cents->type, "long");
    EXPECT_EQ(cents->bytes, 8u);
    EXPECT_NE(find_call(calls, {"value", ".accounts", "[0]", ".owner"}), nullptr);
    const call_line *folded = find_call(calls, {"value", ".accounts", "[1]..[3]"});
    ASSERT_NE(folded, nullptr) << log.str();
    EXPECT_EQ(folded->count, 3u);
  }
}

TEST(BoostCalls, ThrowMidwayIsMarkedAtTheCall) {
  const BoostLedger ledger = boost_ledger(true);
  std::ostringstream out, log;
  const auto error = adapters_test::expect_failure<std::runtime_error>([&] {
    boost::archive::binary_oarchive ar(out);
    ar << serialint::traced(ledger, "value", log);
  });
  ASSERT_EQ(error.report().findings().size(), 1u);
  EXPECT_EQ(error.report().findings()[0].path, "value.accounts[2]");
  const auto calls = calls_of(log.str());
  const call_line *third = find_call(calls, {"value", ".accounts", "[2]"});
  ASSERT_NE(third, nullptr) << log.str();
  EXPECT_EQ(third->status, "fail");
  EXPECT_EQ(third->path, "value.accounts[2]");
  EXPECT_EQ(third->reason, "serializer-threw");
  EXPECT_NE(third->message.find("account is frozen"), std::string::npos) << third->message;
  EXPECT_NE(find_call(calls, {"value", ".accounts", "[2]", ".owner"}), nullptr);
  EXPECT_EQ(find_call(calls, {"value", ".accounts", "[3]"}), nullptr);
}

TEST(BoostCalls, BaseObjectIsLogged) {
  const BoostDerived value;
  std::ostringstream log;
  EXPECT_EQ((boost_traced<boost::archive::binary_oarchive>(value, log)),
            boost_bare<boost::archive::binary_oarchive>(value));
  const auto calls = calls_of(log.str());
  const call_line *base = find_call(calls, {"value", "[0]"});
  ASSERT_NE(base, nullptr) << log.str();
  EXPECT_EQ(base->type, "calls_test::BoostBase");
  EXPECT_NE(find_call(calls, {"value", "[0]", ".id"}), nullptr) << log.str();
}

TEST(BoostCalls, TrackedPointerIsWrittenOnce) {
  BoostBase shared;
  const BoostTracked value{&shared, &shared};
  std::ostringstream log;
  EXPECT_EQ((boost_traced<boost::archive::binary_oarchive>(value, log)),
            boost_bare<boost::archive::binary_oarchive>(value));
  const auto calls = calls_of(log.str());
  const call_line *first = find_call(calls, {"value", ".first"});
  const call_line *second = find_call(calls, {"value", ".second"});
  ASSERT_NE(first, nullptr) << log.str();
  ASSERT_NE(second, nullptr) << log.str();
  EXPECT_NE(find_call(calls, {"value", ".first", "*", ".id"}), nullptr) << log.str();
  EXPECT_EQ(children_of(calls, *second), 0u) << log.str();
  EXPECT_LT(second->bytes, first->bytes);
}

// ---------------------------------------------------------------- msgpack

class MsgpackAccount {
public:
  MsgpackAccount() = default;
  MsgpackAccount(std::string owner, std::int64_t cents, bool frozen = false)
      : owner_(std::move(owner)), cents_(cents), frozen_(frozen) {}
  template <class Packer> void msgpack_pack(Packer &packer) const {
    packer.pack_array(2);
    packer.pack(owner_);
    if (frozen_)
      throw std::runtime_error("account is frozen");
    packer.pack(cents_);
  }
  void msgpack_unpack(const msgpack::object &o) { o.convert(owner_); }

private:
  std::string owner_;
  std::int64_t cents_ = 0;
  bool frozen_ = false;
};

struct MsgpackLedger {
  std::string name;
  std::vector<MsgpackAccount> accounts;
  MSGPACK_DEFINE(name, accounts);
};

std::string msgpack_bytes(const auto &value) {
  msgpack::sbuffer buffer;
  msgpack::pack(buffer, value);
  return std::string(buffer.data(), buffer.size());
}

MsgpackLedger msgpack_ledger(bool frozen_third) {
  return {"ledger", {{"ann", 100}, {"bo", 250}, {"cy", 5, frozen_third}, {"di", 1}}};
}

TEST(MsgpackCalls, MemberSerialintCannotSeeIsLogged) {
  const MsgpackLedger ledger = msgpack_ledger(false);
  std::ostringstream log;
  EXPECT_EQ(msgpack_bytes(serialint::traced(ledger, "value", log)), msgpack_bytes(ledger));
  const auto calls = calls_of(log.str());
  const call_line *cents = find_call(calls, {"value", ".accounts", "[0]", "[1]"});
  ASSERT_NE(cents, nullptr) << log.str();
  EXPECT_EQ(cents->type, "long");
  EXPECT_EQ(cents->bytes, 1u); // 100: a positive fixint
  // Each folded account: the array's 1 byte, owner (1 + 2), cents (1 or 2).
  expect_accounts_folded(calls, (1 + 3 + 2) + (1 + 3 + 1) + (1 + 3 + 1));
  EXPECT_EQ(calls[0].bytes, msgpack_bytes(ledger).size());
}

TEST(MsgpackCalls, ThrowMidwayIsMarkedAtTheCall) {
  const MsgpackLedger ledger = msgpack_ledger(true);
  std::ostringstream log;
  const auto error = adapters_test::expect_failure<std::runtime_error>(
      [&] { msgpack_bytes(serialint::traced(ledger, "value", log)); });
  ASSERT_EQ(error.report().findings().size(), 1u);
  EXPECT_EQ(error.report().findings()[0].path, "value.accounts[2]");
  const auto calls = calls_of(log.str());
  const call_line *third = find_call(calls, {"value", ".accounts", "[2]"});
  ASSERT_NE(third, nullptr) << log.str();
  EXPECT_EQ(third->status, "fail");
  EXPECT_EQ(third->path, "value.accounts[2]");
  EXPECT_EQ(third->reason, "serializer-threw");
  EXPECT_NE(third->message.find("account is frozen"), std::string::npos) << third->message;
  EXPECT_NE(find_call(calls, {"value", ".accounts", "[2]", "[0]"}), nullptr);
  EXPECT_EQ(find_call(calls, {"value", ".accounts", "[3]"}), nullptr);
}

// ---------------------------------------------------------------- opting out

struct WalkedInstead {
  int id = 1;
  template <class Archive> void serialize(Archive &ar) { ar(id); }
};

} // namespace calls_test

// docs:begin record-calls
// A serializer the recording archive cannot run: traced() logs the walk.
template <> struct serialint::record_calls<calls_test::WalkedInstead> : std::false_type {};
// docs:end record-calls

namespace calls_test {

TEST(CallsOptOut, RecordCallsFalseLogsTheWalk) {
  const WalkedInstead value;
  std::ostringstream log;
  EXPECT_EQ((cereal_traced<cereal::BinaryOutputArchive>(value, log)),
            cereal_bare<cereal::BinaryOutputArchive>(value));
  EXPECT_FALSE(log.str().empty());
  EXPECT_EQ(log.str().find("\"kind\":\"call\""), std::string::npos) << log.str();
}

} // namespace calls_test
