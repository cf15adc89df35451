// traced() with cereal: the same bytes as the value alone, in binary,
// portable binary and JSON archives; the path where a failing write stopped.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <cereal/archives/binary.hpp>
// Debian's RapidJSON (used by cereal's JSON archive) does not compile under
// clang++ 19 (a const member assigned in GenericStringRef): the JSON cases run
// under g++ only.
#if defined(__clang__) && __clang_major__ >= 19
#define SERIALINT_TEST_CEREAL_JSON 0
#else
#define SERIALINT_TEST_CEREAL_JSON 1
#include <cereal/archives/json.hpp>
#endif
#include <cereal/archives/portable_binary.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/memory.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/polymorphic.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/tuple.hpp>
#include <cereal/types/vector.hpp>

#include <serialint/cereal.hpp>

#include "support.hpp"

namespace cereal_test {

struct Record {
  int id = 0;
  std::string name;
  std::vector<double> samples;
  bool operator==(const Record &) const = default;
  template <class Archive> void serialize(Archive &ar) { ar(id, name, samples); }
};

struct Shape {
  virtual ~Shape() = default;
  virtual double area() const = 0;
};
struct Circle : Shape {
  double radius = 1;
  double area() const override { return 3 * radius * radius; }
  template <class Archive> void serialize(Archive &ar) { ar(radius); }
};
// Never registered with cereal.
struct Square : Shape {
  double side = 2;
  double area() const override { return side * side; }
  template <class Archive> void serialize(Archive &ar) { ar(side); }
};

struct Scene {
  std::string title;
  std::vector<std::unique_ptr<Shape>> shapes;
  template <class Archive> void serialize(Archive &ar) { ar(title, shapes); }
};

// An aggregate cereal writes with a free function: the locate step descends
// into its members.
struct Album {
  std::string name;
  std::map<std::string, Scene> scenes;
  std::optional<Record> cover;
};
template <class Archive> void serialize(Archive &ar, Album &album) {
  ar(album.name, album.scenes, album.cover);
}

Scene scene_with(int circles, bool square_at_end) {
  Scene scene{"s" + std::to_string(circles), {}};
  for (int i = 0; i < circles; ++i) {
    auto circle = std::make_unique<Circle>();
    circle->radius = 0.5 + i;
    scene.shapes.push_back(std::move(circle));
  }
  if (square_at_end)
    scene.shapes.push_back(std::make_unique<Square>());
  return scene;
}

std::vector<Record> some_records() {
  std::vector<Record> records;
  for (int i = 0; i < 50; ++i)
    records.push_back({i, "record-" + std::to_string(i), {i * 0.5, i * 1.5, -1.0 / (i + 1)}});
  return records;
}

} // namespace cereal_test

CEREAL_REGISTER_TYPE(cereal_test::Circle)
CEREAL_REGISTER_POLYMORPHIC_RELATION(cereal_test::Shape, cereal_test::Circle)

namespace {

using namespace cereal_test;

template <class Archive, class T> std::string plain(const T &value) {
  std::ostringstream out;
  {
    Archive ar(out);
    ar(value);
  }
  return out.str();
}

template <class Archive, class T> std::string through_traced(const T &value) {
  std::ostringstream out;
  {
    Archive ar(out);
    ar(serialint::traced(value, "value"));
  }
  return out.str();
}

template <class Archive, class T> std::string through_traced_sink(const T &value, std::ostream &sink) {
  std::ostringstream out;
  {
    Archive ar(out);
    ar(serialint::traced(value, "value", sink));
  }
  return out.str();
}

template <class Archive, class T> void expect_same_bytes(const T &value) {
  const std::string bare = plain<Archive>(value);
  EXPECT_FALSE(bare.empty());
  EXPECT_EQ(through_traced<Archive>(value), bare);
  std::ostringstream sink;
  EXPECT_EQ(through_traced_sink<Archive>(value, sink), bare);
  EXPECT_FALSE(sink.str().empty()) << "tracing on wrote no log";
}

template <class Archive> void expect_same_bytes_for_all() {
  expect_same_bytes<Archive>(42);
  expect_same_bytes<Archive>(std::string("alpha \"beta\""));
  expect_same_bytes<Archive>(some_records());
  expect_same_bytes<Archive>(Record{7, "seven", {7.0}});
  expect_same_bytes<Archive>(scene_with(5, false));
  Album album{"album", {}, Record{1, "cover", {}}};
  album.scenes.emplace("a", scene_with(2, false));
  album.scenes.emplace("b", scene_with(3, false));
  expect_same_bytes<Archive>(album);
}

TEST(CerealTraced, BinarySameBytes) { expect_same_bytes_for_all<cereal::BinaryOutputArchive>(); }
TEST(CerealTraced, PortableBinarySameBytes) {
  expect_same_bytes_for_all<cereal::PortableBinaryOutputArchive>();
}
#if SERIALINT_TEST_CEREAL_JSON
TEST(CerealTraced, JsonSameBytes) { expect_same_bytes_for_all<cereal::JSONOutputArchive>(); }

TEST(CerealTraced, JsonSameBytesWithNamesAndSeveralValues) {
  const Record record{3, "three", {1, 2}};
  const auto records = some_records();
  std::ostringstream bare, traced;
  {
    cereal::JSONOutputArchive ar(bare);
    ar(cereal::make_nvp("record", record), records, 5);
  }
  {
    cereal::JSONOutputArchive ar(traced);
    ar(cereal::make_nvp("record", serialint::traced(record, "record")),
       serialint::traced(records, "records"), 5);
  }
  EXPECT_EQ(traced.str(), bare.str());
  EXPECT_NE(bare.str().find("\"record\""), std::string::npos);
}
#endif

TEST(CerealTraced, RoundTripFromTracedBytes) {
  const auto records = some_records();
  std::stringstream stream;
  {
    cereal::BinaryOutputArchive ar(stream);
    ar(serialint::traced(records, "records"));
  }
  std::vector<Record> back;
  {
    cereal::BinaryInputArchive ar(stream);
    ar(back);
  }
  EXPECT_EQ(back, records);
}

TEST(CerealTraced, UnregisteredPolymorphicNamesTheElement) {
  const Scene scene = scene_with(3, true);
  std::ostringstream out;
  const auto error = adapters_test::expect_failure<cereal::Exception>([&] {
    cereal::BinaryOutputArchive ar(out);
    ar(serialint::traced(scene, "scene"));
  });
  ASSERT_EQ(error.report().findings().size(), 1u);
  const serialint::finding &f = error.report().findings()[0];
  EXPECT_EQ(f.path, "scene.shapes[3]");
  EXPECT_EQ(f.reason, serialint::reason::unregistered_polymorphic);
  EXPECT_NE(f.message.find("cereal stopped here"), std::string::npos) << f.message;
  EXPECT_NE(std::string(error.what()).find("scene.shapes[3]"), std::string::npos);
}

TEST(CerealTraced, PathThroughAggregateMapAndJson) {
  Album album{"holiday", {}, std::nullopt};
  album.scenes.emplace("a", scene_with(2, false));
  album.scenes.emplace("b", scene_with(1, true));
  album.scenes.emplace("c", scene_with(1, true));
  std::ostringstream out;
  const auto error = adapters_test::expect_failure<cereal::Exception>([&] {
#if SERIALINT_TEST_CEREAL_JSON
    cereal::JSONOutputArchive ar(out);
#else
    cereal::BinaryOutputArchive ar(out);
#endif
    ar(serialint::traced(album, "album"));
  });
  ASSERT_EQ(error.report().findings().size(), 1u);
  EXPECT_EQ(error.report().findings()[0].path, "album.scenes[\"b\"].shapes[1]");
}

TEST(CerealTraced, TraceLogMarksWhereItStopped) {
  const Scene scene = scene_with(2, true);
  std::ostringstream out, sink;
  EXPECT_THROW(
      {
        cereal::PortableBinaryOutputArchive ar(out);
        ar(serialint::traced(scene, "scene", sink));
      },
      serialint::unserializable_error);
  const auto lines = adapters_test::lines_of(sink.str());
  ASSERT_FALSE(lines.empty());
  EXPECT_NE(lines[0].find("\"segment\":\"scene\""), std::string::npos) << lines[0];
  EXPECT_EQ(adapters_test::count_of(sink.str(), "\"status\":\"fail\""), 1u) << sink.str();
  // The call that failed: the recording stopped where the write did.
  EXPECT_NE(sink.str().find("\"path\":\"scene.shapes[2]\",\"reason\":\"unregistered-polymorphic\""),
            std::string::npos)
      << sink.str();
}

TEST(CerealTraced, EnvironmentTurnsTracingOn) {
  const std::string file = ::testing::TempDir() + "serialint-adapters-cereal.jsonl";
  std::remove(file.c_str());
  ::setenv("SERIALINT_TRACE", file.c_str(), 1);
  serialint::reload_trace_settings();
  const auto records = some_records();
  const std::string bare = plain<cereal::BinaryOutputArchive>(records);
  const std::string traced = through_traced<cereal::BinaryOutputArchive>(records);
  ::unsetenv("SERIALINT_TRACE");
  serialint::reload_trace_settings();
  EXPECT_EQ(traced, bare);
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  // The vector, the first record and the three calls its serializer makes,
  // then one line counting the records of its shape.
  EXPECT_EQ(adapters_test::lines_of(text.str()).size(), 1u + 4 + 1);
  EXPECT_EQ(adapters_test::count_of(text.str(), "\"segment\":\".samples\""), 1u);
  EXPECT_NE(text.str().find("\"kind\":\"repeat\""), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("\"count\":" + std::to_string(records.size() - 1) + "}"),
            std::string::npos)
      << text.str();
  EXPECT_NE(text.str().find("\"path\":\"value\""), std::string::npos);
  // Off again: nothing more is written.
  through_traced<cereal::BinaryOutputArchive>(records);
  std::ifstream again(file);
  std::stringstream text2;
  text2 << again.rdbuf();
  EXPECT_EQ(text2.str(), text.str());
}

} // namespace
namespace cereal_test {
struct Pool {
  SERIALINT_UNSERIALIZABLE("pool objects cannot be passed between processes");
  int workers = 4;
};
struct Context {
  std::string name;
  Pool *pool;
};
struct Job {
  int id;
  Context ctx;
};
} // namespace cereal_test
// In namespace cereal, where serialint does not look: the pre-flight walks Job
// member by member.
namespace cereal {
template <class Archive> void serialize(Archive &ar, cereal_test::Job &job) {
  ar(job.id, job.ctx.name);
}
} // namespace cereal
namespace {

TEST(CerealTraced, PreflightStopsAPoolBeforeWriting) {
  Pool pool;
  const Job job{1, {"ctx", &pool}};
  std::ostringstream out;
  try {
    cereal::BinaryOutputArchive ar(out);
    ar(serialint::preflight(job, "job"));
    FAIL() << "preflight let a pool through";
  } catch (const serialint::unserializable_error &error) {
    ASSERT_FALSE(error.report().findings().empty());
    EXPECT_EQ(error.report().findings()[0].path, "job.ctx.pool");
  }
  EXPECT_TRUE(out.str().empty());
}

} // namespace
