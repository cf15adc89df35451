// Hardening of traced(), in the spirit of Spark's SerializationDebugger: when
// a user's own serialization function throws part-way, the call rethrows
// serialint::unserializable_error naming where it stopped, the user's own
// exception is nested in it with its type and message, nothing crashes, and
// the process serializes again afterwards. For cereal's binary archive,
// Boost's binary_oarchive and msgpack's packer. (Boost.MPI is covered by
// test/mpi/, not here: the adapter tests do not run MPI.)
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <vector>

#include <gtest/gtest.h>
#include <pthread.h>

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/serialization/map.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <cereal/archives/binary.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/memory.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <serialint/boost_serialization.hpp>
#include <serialint/cereal.hpp>
#include <serialint/msgpack.hpp>

#include "support.hpp"

namespace hardening_adapters {

// The user's own exception: a type of its own, a message and a payload.
struct user_error : std::runtime_error {
  user_error(const std::string &message, int code) : std::runtime_error(message), code(code) {}
  int code;
};

std::string broken_message(int id) { return "gadget " + std::to_string(id) + " is broken"; }

// What each throwing serializer throws; `plain` by default.
enum class how_to_fail {
  plain,          // user_error
  not_std,        // an int: no std::exception at all
  nested,         // user_error with a std::invalid_argument nested in it
  counted,        // user_error whose message counts the calls ("call 1", "call 2", ...)
  first_time_only // user_error on the first call only: every part writes fine alone
};
how_to_fail failure = how_to_fail::plain;
int calls = 0;

struct Reset {
  explicit Reset(how_to_fail f) {
    failure = f;
    calls = 0;
  }
  ~Reset() {
    failure = how_to_fail::plain;
    calls = 0;
  }
  Reset(const Reset &) = delete;
  Reset &operator=(const Reset &) = delete;
};

[[noreturn]] void throw_for(int id) {
  if (failure == how_to_fail::not_std)
    throw id;
  if (failure == how_to_fail::counted)
    throw user_error("call " + std::to_string(calls), id);
  if (failure == how_to_fail::nested) {
    try {
      throw std::invalid_argument("the cause of " + std::to_string(id));
    } catch (...) {
      std::throw_with_nested(user_error(broken_message(id), id));
    }
  }
  throw user_error(broken_message(id), id);
}

// Whether this call throws: counts every write of a broken gadget.
bool fails_now(bool broken) {
  if (!broken)
    return false;
  ++calls;
  return failure != how_to_fail::first_time_only || calls == 1;
}

// A key whose printing throws: paths never print a key of class type.
bool printing_armed = false;
struct printing_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// ---- cereal ----------------------------------------------------------------
namespace with_cereal {
struct Gadget {
  int id = 0;
  bool broken = false;
  std::string label;
  template <class Archive> void serialize(Archive &ar) {
    ar(id);
    if (fails_now(broken))
      throw_for(id); // midway: the id is written, the label is not
    ar(label);
  }
};
struct Middle {
  int weight = 0;
  Gadget gadget;
  template <class Archive> void serialize(Archive &ar) { ar(weight, gadget); }
};
struct Outer {
  std::string name;
  std::vector<Middle> items;
  template <class Archive> void serialize(Archive &ar) { ar(name, items); }
};
struct Key {
  int id = 0;
  bool operator<(const Key &other) const { return id < other.id; }
  template <class Archive> void serialize(Archive &ar) { ar(id); }
};
std::ostream &operator<<(std::ostream &out, const Key &key) {
  if (printing_armed)
    throw printing_error("Key printed");
  return out << key.id;
}
} // namespace with_cereal

// ---- Boost.Serialization ----------------------------------------------------
namespace with_boost {
struct Gadget {
  int id = 0;
  bool broken = false;
  std::string label;
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & id;
    if constexpr (Archive::is_saving::value)
      if (fails_now(broken))
        throw_for(id);
    ar & label;
  }
};
struct Middle {
  int weight = 0;
  Gadget gadget;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & weight & gadget; }
};
struct Outer {
  std::string name;
  std::vector<Middle> items;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & name & items; }
};
struct Key {
  int id = 0;
  bool operator<(const Key &other) const { return id < other.id; }
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & id; }
};
std::ostream &operator<<(std::ostream &out, const Key &key) {
  if (printing_armed)
    throw printing_error("Key printed");
  return out << key.id;
}
} // namespace with_boost

// ---- msgpack ----------------------------------------------------------------
namespace with_msgpack {
struct Gadget {
  int id = 0;
  bool broken = false;
  std::string label;
  template <class Packer> void msgpack_pack(Packer &packer) const {
    packer.pack_array(2);
    packer.pack(id);
    if (fails_now(broken))
      throw_for(id);
    packer.pack(label);
  }
  void msgpack_unpack(const msgpack::object &o) {
    if (o.type != msgpack::type::ARRAY || o.via.array.size != 2)
      throw msgpack::type_error();
    o.via.array.ptr[0].convert(id);
    o.via.array.ptr[1].convert(label);
  }
};
struct Middle {
  int weight = 0;
  Gadget gadget;
  MSGPACK_DEFINE(weight, gadget);
};
struct Outer {
  std::string name;
  std::vector<Middle> items;
  MSGPACK_DEFINE(name, items);
};
} // namespace with_msgpack

// A batch of three outers of four items each; `broken_at` (outer, item)
// breaks one gadget, two levels down: batch[o].items[i].gadget.
template <class Outer> std::vector<Outer> make_batch(std::optional<std::pair<int, int>> broken_at) {
  std::vector<Outer> batch;
  for (int o = 0; o < 3; ++o) {
    Outer outer;
    outer.name = "outer-" + std::to_string(o);
    for (int i = 0; i < 4; ++i) {
      typename decltype(outer.items)::value_type item;
      item.weight = 10 * o + i;
      item.gadget.id = 100 * o + i;
      item.gadget.label = "g" + std::to_string(item.gadget.id);
      item.gadget.broken = broken_at && broken_at->first == o && broken_at->second == i;
      outer.items.push_back(item);
    }
    batch.push_back(outer);
  }
  return batch;
}

template <class Outer> bool same_batch(const std::vector<Outer> &a, const std::vector<Outer> &b) {
  if (a.size() != b.size())
    return false;
  for (std::size_t o = 0; o < a.size(); ++o) {
    if (a[o].name != b[o].name || a[o].items.size() != b[o].items.size())
      return false;
    for (std::size_t i = 0; i < a[o].items.size(); ++i) {
      const auto &x = a[o].items[i];
      const auto &y = b[o].items[i];
      if (x.weight != y.weight || x.gadget.id != y.gadget.id || x.gadget.label != y.gadget.label)
        return false;
    }
  }
  return true;
}

// The three backends, each: write the value alone, write it through
// traced(), read it back.
struct cereal_backend {
  using Gadget = with_cereal::Gadget;
  using Outer = with_cereal::Outer;
  using Key = with_cereal::Key;
  static constexpr const char *name = "cereal";
  template <class T> static std::string plain(const T &value) {
    std::ostringstream out;
    {
      cereal::BinaryOutputArchive ar(out);
      ar(value);
    }
    return out.str();
  }
  template <class T> static std::string traced(const T &value, const char *root, std::ostream *sink) {
    std::ostringstream out;
    {
      cereal::BinaryOutputArchive ar(out);
      if (sink)
        ar(serialint::traced(value, root, *sink));
      else
        ar(serialint::traced(value, root));
    }
    return out.str();
  }
  template <class T> static T read(const std::string &bytes) {
    std::istringstream in(bytes);
    cereal::BinaryInputArchive ar(in);
    T value;
    ar(value);
    return value;
  }
};

struct boost_backend {
  using Gadget = with_boost::Gadget;
  using Outer = with_boost::Outer;
  using Key = with_boost::Key;
  static constexpr const char *name = "Boost.Serialization";
  template <class T> static std::string plain(const T &value) {
    std::ostringstream out;
    {
      boost::archive::binary_oarchive ar(out);
      ar << value;
    }
    return out.str();
  }
  template <class T> static std::string traced(const T &value, const char *root, std::ostream *sink) {
    std::ostringstream out;
    {
      boost::archive::binary_oarchive ar(out);
      if (sink)
        ar << serialint::traced(value, root, *sink);
      else
        ar << serialint::traced(value, root);
    }
    return out.str();
  }
  template <class T> static T read(const std::string &bytes) {
    std::istringstream in(bytes);
    boost::archive::binary_iarchive ar(in);
    T value;
    ar >> value;
    return value;
  }
};

struct msgpack_backend {
  using Gadget = with_msgpack::Gadget;
  using Outer = with_msgpack::Outer;
  static constexpr const char *name = "msgpack";
  template <class T> static std::string plain(const T &value) {
    msgpack::sbuffer buffer;
    msgpack::pack(buffer, value);
    return std::string(buffer.data(), buffer.size());
  }
  template <class T> static std::string traced(const T &value, const char *root, std::ostream *sink) {
    msgpack::sbuffer buffer;
    if (sink)
      msgpack::pack(buffer, serialint::traced(value, root, *sink));
    else
      msgpack::pack(buffer, serialint::traced(value, root));
    return std::string(buffer.data(), buffer.size());
  }
  template <class T> static T read(const std::string &bytes) {
    msgpack::object_handle handle = msgpack::unpack(bytes.data(), bytes.size());
    return handle.get().as<T>();
  }
};

// What a traced write that failed threw.
struct caught {
  bool unserializable = false;
  std::optional<serialint::report> found;
  std::string what;
  std::exception_ptr nested;   // what std::rethrow_if_nested gives
  std::string other;           // anything but unserializable_error that came out
};

template <class Write> caught capture(Write write) {
  caught c;
  try {
    write();
    c.other = "nothing was thrown";
  } catch (const serialint::unserializable_error &error) {
    c.unserializable = true;
    c.found = error.report();
    c.what = error.what();
    try {
      std::rethrow_if_nested(error);
    } catch (...) {
      c.nested = std::current_exception();
    }
  } catch (const std::exception &error) {
    c.other = std::string("a ") + typeid(error).name() + ": " + error.what();
  } catch (...) {
    c.other = "an exception of unknown type";
  }
  return c;
}

// The nested exception as E, checked by `check`; false when it is not an E.
template <class E, class Check> bool nested_as(const std::exception_ptr &nested, Check check) {
  if (!nested)
    return false;
  try {
    std::rethrow_exception(nested);
  } catch (const E &e) {
    check(e);
    return true;
  } catch (...) {
  }
  return false;
}

// The failure, as every backend must report it: one finding at `path`, the
// path in what(), the user's message in the finding, the user's exception
// nested with its own type, message and code.
void expect_user_failure(const caught &c, const std::string &path, const std::string &message,
                         int code) {
  ASSERT_TRUE(c.unserializable) << c.other;
  ASSERT_EQ(c.found->findings().size(), 1u) << c.found->to_string();
  const serialint::finding &f = c.found->findings()[0];
  EXPECT_EQ(f.path, path);
  EXPECT_NE(c.what.find(path), std::string::npos) << c.what;
  EXPECT_NE(f.message.find("stopped here: " + message), std::string::npos) << f.message;
  EXPECT_TRUE(nested_as<user_error>(c.nested, [&](const user_error &e) {
    EXPECT_EQ(std::string(e.what()), message);
    EXPECT_EQ(e.code, code);
  })) << "the user's exception is not nested";
}

// After a failure, the same process writes a good value, with tracing off and
// on, to the same bytes as without traced(), and reads it back.
template <class Backend> void expect_writes_again() {
  const auto good = make_batch<typename Backend::Outer>(std::nullopt);
  const std::string bare = Backend::plain(good);
  EXPECT_EQ(Backend::traced(good, "batch", nullptr), bare);
  std::ostringstream sink;
  EXPECT_EQ(Backend::traced(good, "batch", &sink), bare);
  EXPECT_EQ(adapters_test::count_of(sink.str(), "\"status\":\"fail\""), 0u) << sink.str();
  EXPECT_TRUE(same_batch(Backend::template read<std::vector<typename Backend::Outer>>(bare), good));
}

template <class Backend> void expect_flat_failure() {
  typename Backend::Gadget gadget;
  gadget.id = 7;
  gadget.broken = true;
  gadget.label = "seven";
  const caught c = capture([&] { Backend::traced(gadget, "gadget", nullptr); });
  ASSERT_NO_FATAL_FAILURE(expect_user_failure(c, "gadget", broken_message(7), 7));
  EXPECT_NE(c.found->findings()[0].message.find(std::string(Backend::name) + " stopped here"),
            std::string::npos)
      << c.found->findings()[0].message;
  gadget.broken = false;
  EXPECT_EQ(Backend::traced(gadget, "gadget", nullptr), Backend::plain(gadget));
  expect_writes_again<Backend>();
}

template <class Backend> void expect_nested_failure() {
  const auto batch = make_batch<typename Backend::Outer>(std::pair{1, 2});
  const caught c = capture([&] { Backend::traced(batch, "batch", nullptr); });
  expect_user_failure(c, "batch[1].items[2].gadget", broken_message(102), 102);
  expect_writes_again<Backend>();
}

// With tracing on, the same error, and the log marks where it stopped.
template <class Backend> void expect_nested_failure_traced() {
  const auto batch = make_batch<typename Backend::Outer>(std::pair{2, 3});
  std::ostringstream sink;
  const caught c = capture([&] { Backend::traced(batch, "batch", &sink); });
  expect_user_failure(c, "batch[2].items[3].gadget", broken_message(203), 203);
  EXPECT_EQ(adapters_test::count_of(sink.str(), "\"status\":\"fail\""), 1u) << sink.str();
  EXPECT_NE(sink.str().find("\"path\":\"batch[2].items[3].gadget\""), std::string::npos)
      << sink.str();
  expect_writes_again<Backend>();
}

// Not a std::exception: still nested, as itself.
template <class Backend> void expect_non_std_failure() {
  const Reset reset(how_to_fail::not_std);
  const auto batch = make_batch<typename Backend::Outer>(std::pair{0, 1});
  const caught c = capture([&] { Backend::traced(batch, "batch", nullptr); });
  ASSERT_TRUE(c.unserializable) << c.other;
  ASSERT_EQ(c.found->findings().size(), 1u);
  EXPECT_EQ(c.found->findings()[0].path, "batch[0].items[1].gadget");
  EXPECT_NE(c.found->findings()[0].message.find("an exception of unknown type"), std::string::npos)
      << c.found->findings()[0].message;
  EXPECT_TRUE(nested_as<int>(c.nested, [](int id) { EXPECT_EQ(id, 1); }));
  expect_writes_again<Backend>();
}

// The user's exception carries its own nested cause: both levels survive.
template <class Backend> void expect_nested_chain_kept() {
  const Reset reset(how_to_fail::nested);
  const auto batch = make_batch<typename Backend::Outer>(std::pair{1, 0});
  const caught c = capture([&] { Backend::traced(batch, "batch", nullptr); });
  expect_user_failure(c, "batch[1].items[0].gadget", broken_message(100), 100);
  bool cause_kept = false;
  nested_as<user_error>(c.nested, [&](const user_error &e) {
    try {
      std::rethrow_if_nested(e);
    } catch (const std::invalid_argument &cause) {
      cause_kept = std::string(cause.what()) == "the cause of 100";
    } catch (...) {
    }
  });
  EXPECT_TRUE(cause_kept) << "the user's own nested cause was lost";
}

// Locating writes the broken part again, and it throws again with another
// message: the exception nested is the original one, from the real write.
template <class Backend> void expect_original_not_a_rewrite() {
  const Reset reset(how_to_fail::counted);
  const auto batch = make_batch<typename Backend::Outer>(std::pair{2, 0});
  const caught c = capture([&] { Backend::traced(batch, "batch", nullptr); });
  ASSERT_TRUE(c.unserializable) << c.other;
  ASSERT_EQ(c.found->findings().size(), 1u);
  EXPECT_EQ(c.found->findings()[0].path, "batch[2].items[0].gadget");
  EXPECT_GT(calls, 1) << "locating did not write the part again";
  EXPECT_TRUE(nested_as<user_error>(c.nested, [](const user_error &e) {
    EXPECT_EQ(std::string(e.what()), "call 1");
  }));
  EXPECT_NE(c.found->findings()[0].message.find("stopped here: call 1"), std::string::npos)
      << c.found->findings()[0].message;
}

// A serializer that fails only the first time: every part writes fine alone,
// so the root is named, and the user's exception is still nested.
template <class Backend> void expect_flaky_names_the_root() {
  const Reset reset(how_to_fail::first_time_only);
  const auto batch = make_batch<typename Backend::Outer>(std::pair{1, 1});
  const caught c = capture([&] { Backend::traced(batch, "batch", nullptr); });
  expect_user_failure(c, "batch", broken_message(101), 101);
}

// A map whose key type prints by throwing, and whose second value fails: the
// path takes the std::next form, and the key's operator<< is never called.
template <class Backend> void expect_key_printing_not_called() {
  using Key = typename Backend::Key;
  using Gadget = typename Backend::Gadget;
  std::map<Key, Gadget> by_key;
  for (int i = 0; i < 3; ++i) {
    Gadget g;
    g.id = i;
    g.broken = i == 1;
    by_key[Key{i}] = g;
  }
  printing_armed = true;
  const caught c = capture([&] { Backend::traced(by_key, "by_key", nullptr); });
  std::ostringstream sink;
  const caught traced_on = capture([&] { Backend::traced(by_key, "by_key", &sink); });
  printing_armed = false;
  expect_user_failure(c, "std::next(by_key.begin(), 1)->second", broken_message(1), 1);
  expect_user_failure(traced_on, "std::next(by_key.begin(), 1)->second", broken_message(1), 1);
  EXPECT_EQ(adapters_test::count_of(sink.str(), "\"status\":\"fail\""), 1u) << sink.str();
}

// An exception whose what() gives no text at all.
struct silent_error : std::exception {
  const char *what() const noexcept override { return nullptr; }
};
struct Mute {
  int id = 0;
  template <class Archive> void serialize(Archive &ar) {
    ar(id);
    throw silent_error();
  }
};

// A cereal archive of the user's own, with serialint::scratch_archive
// specialised for it: the one serialint trait that runs user code at run
// time (after a failure, to make scratch archives for locating it).
class TallyArchive : public cereal::OutputArchive<TallyArchive, cereal::AllowEmptyClassElision> {
public:
  explicit TallyArchive(std::ostream &out)
      : cereal::OutputArchive<TallyArchive, cereal::AllowEmptyClassElision>(this), out_(out) {}
  void saveBinary(const void *data, std::streamsize size) {
    out_.write(static_cast<const char *>(data), size);
  }

private:
  std::ostream &out_;
};
template <class T>
  requires std::is_arithmetic_v<T>
void CEREAL_SAVE_FUNCTION_NAME(TallyArchive &ar, const T &value) {
  ar.saveBinary(&value, sizeof value);
}
template <class T>
void CEREAL_SAVE_FUNCTION_NAME(TallyArchive &ar, const cereal::NameValuePair<T> &nvp) {
  ar(nvp.value);
}
template <class T>
void CEREAL_SAVE_FUNCTION_NAME(TallyArchive &ar, const cereal::SizeTag<T> &tag) {
  const std::remove_cvref_t<T> size = tag.size;
  ar.saveBinary(&size, sizeof size);
}
template <class T>
void CEREAL_SAVE_FUNCTION_NAME(TallyArchive &ar, const cereal::BinaryData<T> &data) {
  ar.saveBinary(data.data, static_cast<std::streamsize>(data.size));
}

enum class scratch_mode { works, throws, null };
scratch_mode scratch = scratch_mode::works;
int scratch_made = 0;

struct scratch_failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

template <class T> std::string tally(const T &value, bool traced) {
  std::ostringstream out;
  TallyArchive ar(out);
  if (traced)
    ar(serialint::traced(value, "batch"));
  else
    ar(value);
  return out.str();
}

// A list as deep as cereal itself can write on a small stack: locating where
// it stopped must not need a stack frame per level on top of that.
struct Link {
  int value = 0;
  with_cereal::Gadget gadget;
  std::unique_ptr<Link> next;
};

struct deep_write {
  const Link *head = nullptr;
  std::string plain_error; // what plain cereal threw
  caught traced;
};

void *write_deep(void *argument) {
  auto *job = static_cast<deep_write *>(argument);
  try {
    std::ostringstream out;
    cereal::BinaryOutputArchive ar(out);
    ar(*job->head);
  } catch (const std::exception &error) {
    job->plain_error = error.what();
  }
  job->traced = capture([&] {
    std::ostringstream out;
    cereal::BinaryOutputArchive ar(out);
    ar(serialint::traced(*job->head, "list"));
  });
  return nullptr;
}

} // namespace hardening_adapters

namespace cereal {
template <class Archive> void serialize(Archive &ar, hardening_adapters::Link &link) {
  ar(link.value, link.gadget, link.next);
}
} // namespace cereal

template <> struct serialint::scratch_archive<hardening_adapters::TallyArchive> {
  static std::unique_ptr<hardening_adapters::TallyArchive> make(std::ostream &out) {
    using namespace hardening_adapters;
    ++scratch_made;
    if (scratch == scratch_mode::throws)
      throw scratch_failure("no scratch archive here");
    if (scratch == scratch_mode::null)
      return nullptr;
    return std::make_unique<TallyArchive>(out);
  }
};

namespace {

using namespace hardening_adapters;

TEST(HardeningCereal, ThrowingSerializeIsNestedWithItsPath) { expect_flat_failure<cereal_backend>(); }
TEST(HardeningCereal, ThrowTwoLevelsDownInAVectorOfStructs) { expect_nested_failure<cereal_backend>(); }
TEST(HardeningCereal, ThrowWithTracingOnMarksTheLog) { expect_nested_failure_traced<cereal_backend>(); }
TEST(HardeningCereal, NonStdExceptionIsNested) { expect_non_std_failure<cereal_backend>(); }
TEST(HardeningCereal, UsersNestedCauseIsKept) { expect_nested_chain_kept<cereal_backend>(); }
TEST(HardeningCereal, OriginalExceptionNotARewrite) { expect_original_not_a_rewrite<cereal_backend>(); }
TEST(HardeningCereal, FlakySerializerNamesTheRoot) { expect_flaky_names_the_root<cereal_backend>(); }
TEST(HardeningCereal, KeyPrintingIsNeverCalled) { expect_key_printing_not_called<cereal_backend>(); }

TEST(HardeningBoost, ThrowingSerializeIsNestedWithItsPath) { expect_flat_failure<boost_backend>(); }
TEST(HardeningBoost, ThrowTwoLevelsDownInAVectorOfStructs) { expect_nested_failure<boost_backend>(); }
TEST(HardeningBoost, ThrowWithTracingOnMarksTheLog) { expect_nested_failure_traced<boost_backend>(); }
TEST(HardeningBoost, NonStdExceptionIsNested) { expect_non_std_failure<boost_backend>(); }
TEST(HardeningBoost, UsersNestedCauseIsKept) { expect_nested_chain_kept<boost_backend>(); }
TEST(HardeningBoost, OriginalExceptionNotARewrite) { expect_original_not_a_rewrite<boost_backend>(); }
TEST(HardeningBoost, FlakySerializerNamesTheRoot) { expect_flaky_names_the_root<boost_backend>(); }
TEST(HardeningBoost, KeyPrintingIsNeverCalled) { expect_key_printing_not_called<boost_backend>(); }

TEST(HardeningMsgpack, ThrowingPackIsNestedWithItsPath) { expect_flat_failure<msgpack_backend>(); }
TEST(HardeningMsgpack, ThrowTwoLevelsDownInAVectorOfStructs) {
  expect_nested_failure<msgpack_backend>();
}
TEST(HardeningMsgpack, ThrowWithTracingOnMarksTheLog) {
  expect_nested_failure_traced<msgpack_backend>();
}
TEST(HardeningMsgpack, NonStdExceptionIsNested) { expect_non_std_failure<msgpack_backend>(); }
TEST(HardeningMsgpack, UsersNestedCauseIsKept) { expect_nested_chain_kept<msgpack_backend>(); }
TEST(HardeningMsgpack, OriginalExceptionNotARewrite) {
  expect_original_not_a_rewrite<msgpack_backend>();
}
TEST(HardeningMsgpack, FlakyPackerNamesTheRoot) { expect_flaky_names_the_root<msgpack_backend>(); }

// SERIALINT_TRACE names a file that cannot be opened: the failure is reported
// as ever, and the program goes on.
TEST(HardeningCereal, UnwritableTraceFileDoesNotHideTheFailure) {
  ::setenv("SERIALINT_TRACE", "/nonexistent-serialint-dir/trace.jsonl", 1);
  serialint::reload_trace_settings();
  const auto batch = make_batch<cereal_backend::Outer>(std::pair{0, 3});
  const caught c = capture([&] { cereal_backend::traced(batch, "batch", nullptr); });
  const auto good = make_batch<cereal_backend::Outer>(std::nullopt);
  const std::string again = cereal_backend::traced(good, "batch", nullptr);
  ::unsetenv("SERIALINT_TRACE");
  serialint::reload_trace_settings();
  expect_user_failure(c, "batch[0].items[3].gadget", broken_message(3), 3);
  EXPECT_EQ(again, cereal_backend::plain(good));
}

} // namespace

namespace {

// A user exception whose what() is null: the error still comes out as
// serialint::unserializable_error, with the user's exception nested. Now the
// null what() makes std::string throw std::logic_error inside
// detail::what_of (traced.hpp), out of the catch handler of
// rethrow_with_path: the user gets a std::logic_error and loses their own
// exception. Disabled until what_of reads a null what() as no text (see the
// report).
TEST(HardeningCereal, NullWhatIsStillNested) {
  const Mute mute{5};
  const caught c = capture([&] { cereal_backend::traced(mute, "mute", nullptr); });
  ASSERT_TRUE(c.unserializable) << c.other;
  ASSERT_EQ(c.found->findings().size(), 1u);
  EXPECT_EQ(c.found->findings()[0].path, "mute");
  EXPECT_TRUE(nested_as<silent_error>(c.nested, [](const silent_error &) {}));
}

// Through the user's own archive with a working scratch_archive: the same
// bytes, and a failure named where it stopped.
TEST(HardeningScratchArchive, UserArchiveWorks) {
  scratch = scratch_mode::works;
  const auto good = make_batch<cereal_backend::Outer>(std::nullopt);
  EXPECT_EQ(tally(good, true), tally(good, false));
  scratch_made = 0;
  const auto batch = make_batch<cereal_backend::Outer>(std::pair{1, 3});
  const caught c = capture([&] { tally(batch, true); });
  expect_user_failure(c, "batch[1].items[3].gadget", broken_message(103), 103);
  EXPECT_GT(scratch_made, 0) << "the user's scratch_archive was not used";
}

// scratch_archive<Archive>::make throws: locating cannot write anything, but
// the user's exception (not the scratch failure) is nested, and nothing
// crashes.
TEST(HardeningScratchArchive, ThrowingMakeKeepsTheUsersException) {
  scratch = scratch_mode::throws;
  scratch_made = 0;
  const auto batch = make_batch<cereal_backend::Outer>(std::pair{1, 3});
  const caught c = capture([&] { tally(batch, true); });
  scratch = scratch_mode::works;
  ASSERT_TRUE(c.unserializable) << c.other;
  EXPECT_GT(scratch_made, 0);
  EXPECT_TRUE(nested_as<user_error>(c.nested, [](const user_error &e) {
    EXPECT_EQ(std::string(e.what()), broken_message(103));
  }));
  const auto good = make_batch<cereal_backend::Outer>(std::nullopt);
  EXPECT_EQ(tally(good, true), tally(good, false));
}

// When no scratch archive can be made, every part "fails alone", so locating
// names the first part it tries, batch[0].name, which wrote fine. It should
// name the root: the place of the failure is unknown. Disabled until the
// probes tell "cannot make a scratch archive" from "this part fails" (see the
// report).
TEST(HardeningScratchArchive, ThrowingMakeNamesTheRoot) {
  scratch = scratch_mode::throws;
  const auto batch = make_batch<cereal_backend::Outer>(std::pair{1, 3});
  const caught c = capture([&] { tally(batch, true); });
  scratch = scratch_mode::works;
  expect_user_failure(c, "batch", broken_message(103), 103);
}

// make returns nullptr: serialint must not write through it. Now the cereal
// probe dereferences it (`(*archive)(part)` in cereal.hpp) and the process
// dies. Disabled until the probes check for null (see the report).
TEST(HardeningScratchArchive, NullMakeDoesNotCrash) {
  scratch = scratch_mode::null;
  const auto batch = make_batch<cereal_backend::Outer>(std::pair{1, 3});
  const caught c = capture([&] { tally(batch, true); });
  scratch = scratch_mode::works;
  expect_user_failure(c, "batch", broken_message(103), 103);
}

} // namespace

namespace {

// 1500 levels on a 1 MiB stack: plain cereal writes (and fails at the tail)
// within it, under ASan too (about 2800 levels fit there, 8000+ without
// ASan). Locating the failure used to recurse once per level (about 1.4 KiB
// a level, 2.8 KiB under ASan: 728 and 372 levels fit) and overflowed the
// stack, where the backend itself did not.
TEST(HardeningCereal, DeepListFailureIsLocatedWithoutDeepRecursion) {
  constexpr int depth = 1500;
  Link head;
  Link *tail = &head;
  for (int i = 1; i < depth; ++i) {
    tail->next = std::make_unique<Link>();
    tail = tail->next.get();
    tail->value = i;
    tail->gadget.id = i;
  }
  tail->gadget.broken = true;

  deep_write job;
  job.head = &head;
  pthread_attr_t attributes;
  ASSERT_EQ(pthread_attr_init(&attributes), 0);
  ASSERT_EQ(pthread_attr_setstacksize(&attributes, std::size_t{1} << 20), 0);
  pthread_t thread;
  ASSERT_EQ(pthread_create(&thread, &attributes, &write_deep, &job), 0);
  ASSERT_EQ(pthread_join(thread, nullptr), 0);
  pthread_attr_destroy(&attributes);

  EXPECT_EQ(job.plain_error, broken_message(depth - 1)) << "plain cereal did not get to the tail";
  std::string path = "list.next";
  for (int i = 2; i < depth; ++i)
    path += "->next";
  path += "->gadget";
  expect_user_failure(job.traced, path, broken_message(depth - 1), depth - 1);

  auto next = std::move(head.next);
  while (next)
    next = std::move(next->next);
}

} // namespace
