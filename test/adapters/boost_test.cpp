// traced() with Boost.Serialization: the same bytes as the value alone, in
// binary and text archives; the path where a failing write stopped.
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/base_object.hpp>
#include <boost/serialization/export.hpp>
#include <boost/serialization/map.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/unique_ptr.hpp>
#include <boost/serialization/vector.hpp>

#include <serialint/boost_serialization.hpp>

#include "support.hpp"

namespace boost_test {

struct Record {
  int id = 0;
  std::string name;
  std::vector<double> samples;
  bool operator==(const Record &) const = default;
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & id & name & samples;
  }
};

struct Shape {
  virtual ~Shape() = default;
  int tag = 0;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & tag; }
};
struct Circle : Shape {
  double radius = 1;
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar &boost::serialization::base_object<Shape>(*this) & radius;
  }
};
// Never exported.
struct Square : Shape {
  double side = 2;
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar &boost::serialization::base_object<Shape>(*this) & side;
  }
};

struct Scene {
  std::string title;
  std::vector<std::unique_ptr<Shape>> shapes;
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & title & shapes;
  }
};

// An aggregate written by a free function: the locate step descends into
// its members.
struct Album {
  std::string name;
  std::map<std::string, Scene> scenes;
};

Scene scene_with(int circles, bool square_at_end) {
  Scene scene{"s" + std::to_string(circles), {}};
  for (int i = 0; i < circles; ++i) {
    auto circle = std::make_unique<Circle>();
    circle->tag = i;
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

} // namespace boost_test

namespace boost::serialization {
template <class Archive>
void serialize(Archive &ar, boost_test::Album &album, const unsigned int) {
  ar & album.name & album.scenes;
}
} // namespace boost::serialization

BOOST_CLASS_EXPORT(boost_test::Circle)

namespace {

using namespace boost_test;

template <class Archive, class T> std::string plain(const T &value) {
  std::ostringstream out;
  {
    Archive ar(out);
    ar << value;
  }
  return out.str();
}

template <class Archive, class T>
std::string through_traced(const T &value, std::ostream *sink = nullptr) {
  std::ostringstream out;
  {
    Archive ar(out);
    if (sink)
      ar << serialint::traced(value, "value", *sink);
    else
      ar << serialint::traced(value, "value");
  }
  return out.str();
}

template <class Archive, class T> void expect_same_bytes(const T &value) {
  const std::string bare = plain<Archive>(value);
  EXPECT_FALSE(bare.empty());
  EXPECT_EQ(through_traced<Archive>(value), bare);
  std::ostringstream sink;
  EXPECT_EQ(through_traced<Archive>(value, &sink), bare);
  EXPECT_FALSE(sink.str().empty()) << "tracing on wrote no log";
}

template <class Archive> void expect_same_bytes_for_all() {
  expect_same_bytes<Archive>(42);
  expect_same_bytes<Archive>(std::string("alpha beta"));
  expect_same_bytes<Archive>(some_records());
  expect_same_bytes<Archive>(Record{7, "seven", {7.0}});
  expect_same_bytes<Archive>(scene_with(5, false));
  Album album{"album", {}};
  album.scenes.emplace("a", scene_with(2, false));
  album.scenes.emplace("b", scene_with(3, false));
  expect_same_bytes<Archive>(album);
}

TEST(BoostTraced, BinarySameBytes) { expect_same_bytes_for_all<boost::archive::binary_oarchive>(); }
TEST(BoostTraced, TextSameBytes) { expect_same_bytes_for_all<boost::archive::text_oarchive>(); }

TEST(BoostTraced, SeveralValuesInOneArchive) {
  const auto records = some_records();
  const Scene scene = scene_with(3, false);
  std::ostringstream bare, traced;
  {
    boost::archive::text_oarchive ar(bare);
    ar << records << scene << records;
  }
  {
    boost::archive::text_oarchive ar(traced);
    ar << serialint::traced(records, "records") << serialint::traced(scene, "scene")
       << serialint::traced(records, "records");
  }
  EXPECT_EQ(traced.str(), bare.str());
}

TEST(BoostTraced, RoundTripFromTracedBytes) {
  const Scene scene = scene_with(4, false);
  std::stringstream stream;
  {
    boost::archive::binary_oarchive ar(stream);
    ar << serialint::traced(scene, "scene");
  }
  Scene back;
  {
    boost::archive::binary_iarchive ar(stream);
    ar >> back;
  }
  ASSERT_EQ(back.shapes.size(), 4u);
  for (int i = 0; i < 4; ++i) {
    const auto *circle = dynamic_cast<const Circle *>(back.shapes[i].get());
    ASSERT_NE(circle, nullptr);
    EXPECT_EQ(circle->radius, 0.5 + i);
    EXPECT_EQ(circle->tag, i);
  }
}

TEST(BoostTraced, UnregisteredClassNamesTheElement) {
  const Scene scene = scene_with(2, true);
  std::ostringstream out;
  const auto error = adapters_test::expect_failure<boost::archive::archive_exception>([&] {
    boost::archive::binary_oarchive ar(out);
    ar << serialint::traced(scene, "scene");
  });
  ASSERT_EQ(error.report().findings().size(), 1u);
  const serialint::finding &f = error.report().findings()[0];
  EXPECT_EQ(f.path, "scene.shapes[2]");
  EXPECT_EQ(f.reason, serialint::reason::unregistered_polymorphic);
  EXPECT_NE(f.message.find("unregistered class"), std::string::npos) << f.message;
}

TEST(BoostTraced, PathThroughAggregateAndMap) {
  Album album{"holiday", {}};
  album.scenes.emplace("a", scene_with(2, false));
  album.scenes.emplace("b", scene_with(3, true));
  std::ostringstream out;
  const auto error = adapters_test::expect_failure<boost::archive::archive_exception>([&] {
    boost::archive::text_oarchive ar(out);
    ar << serialint::traced(album, "album");
  });
  ASSERT_EQ(error.report().findings().size(), 1u);
  EXPECT_EQ(error.report().findings()[0].path, "album.scenes[\"b\"].shapes[3]");
}

TEST(BoostTraced, PreflightOneLiner) {
  const auto records = some_records();
  EXPECT_EQ(
      [&] {
        std::ostringstream out;
        {
          boost::archive::binary_oarchive ar(out);
          ar << serialint::preflight(records, "records");
        }
        return out.str();
      }(),
      plain<boost::archive::binary_oarchive>(records));
}

} // namespace
