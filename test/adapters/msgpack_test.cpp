// traced() with msgpack-cxx (Ray's payload layer): the same bytes as the
// value alone; the path where a failing pack stopped.
#include <map>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include <serialint/msgpack.hpp>

#include "support.hpp"

namespace msgpack_test {

struct Point {
  int x = 0;
  double y = 0;
  std::string label;
  bool operator==(const Point &) const = default;
  MSGPACK_DEFINE(x, y, label);
};

// Device memory cannot be packed: msgpack_pack throws for it.
struct Tensor {
  std::vector<float> data;
  bool on_device = false;
  template <class Packer> void msgpack_pack(Packer &packer) const {
    if (on_device)
      throw msgpack::type_error();
    packer.pack(data);
  }
  void msgpack_unpack(const msgpack::object &o) { o.convert(data); }
};

struct Batch {
  std::string name;
  std::vector<Point> points;
  std::map<std::string, std::vector<Tensor>> tensors;
  MSGPACK_DEFINE(name, points, tensors);
};

Batch make_batch(bool device_tensor) {
  Batch batch{"batch", {}, {}};
  for (int i = 0; i < 20; ++i)
    batch.points.push_back({i, i / 3.0, "p" + std::to_string(i)});
  batch.tensors["weights"] = {Tensor{{1, 2, 3}, false}, Tensor{{4}, false}};
  batch.tensors["grads"] = {Tensor{{0.5f}, false}, Tensor{{}, false}, Tensor{{9}, device_tensor}};
  return batch;
}

} // namespace msgpack_test

namespace {

using namespace msgpack_test;

template <class T> std::string plain(const T &value) {
  msgpack::sbuffer buffer;
  msgpack::pack(buffer, value);
  return std::string(buffer.data(), buffer.size());
}

template <class T> void expect_same_bytes(const T &value) {
  const std::string bare = plain(value);
  EXPECT_FALSE(bare.empty());
  EXPECT_EQ(plain(serialint::traced(value, "value")), bare);
  std::ostringstream sink;
  EXPECT_EQ(plain(serialint::traced(value, "value", sink)), bare);
  EXPECT_FALSE(sink.str().empty());
}

TEST(MsgpackTraced, SameBytes) {
  expect_same_bytes(42);
  expect_same_bytes(std::string("alpha"));
  expect_same_bytes(Point{1, 2.5, "p"});
  expect_same_bytes(std::vector<Point>{{1, 2, "a"}, {3, 4, "b"}});
  expect_same_bytes(std::map<std::string, std::vector<int>>{{"a", {1, 2}}, {"b", {}}});
  expect_same_bytes(make_batch(false));
}

// Ray's C++ API packs a task's arguments as one msgpack tuple.
TEST(MsgpackTraced, SameBytesAsRayArguments) {
  const Point point{1, 2, "x"};
  const Batch batch = make_batch(false);
  const int count = 3;
  EXPECT_EQ(plain(std::make_tuple(serialint::traced(point, "point"),
                                  serialint::traced(batch, "batch"), count)),
            plain(std::make_tuple(point, batch, count)));
}

TEST(MsgpackTraced, RoundTripFromTracedBytes) {
  const std::vector<Point> points{{1, 2, "a"}, {3, 4, "b"}};
  const std::string bytes = plain(serialint::traced(points, "points"));
  msgpack::object_handle handle = msgpack::unpack(bytes.data(), bytes.size());
  EXPECT_EQ(handle.get().as<std::vector<Point>>(), points);
}

TEST(MsgpackTraced, FailureNamesTheElement) {
  const Batch batch = make_batch(true);
  const auto error = adapters_test::expect_failure<msgpack::type_error>(
      [&] { plain(serialint::traced(batch, "batch")); });
  ASSERT_EQ(error.report().findings().size(), 1u);
  const serialint::finding &f = error.report().findings()[0];
  EXPECT_EQ(f.path, "batch.tensors[\"grads\"][2]");
  EXPECT_EQ(f.type, "msgpack_test::Tensor");
  EXPECT_NE(f.message.find("msgpack stopped here"), std::string::npos) << f.message;
}

// A failure of the stream, not of a part: the root is named.
struct Bounded {
  std::size_t left;
  void write(const char *, std::size_t n) {
    if (n > left)
      throw std::length_error("payload larger than the object store allows");
    left -= n;
  }
};

TEST(MsgpackTraced, StreamFailureNamesTheRoot) {
  const Batch batch = make_batch(false);
  Bounded out{16};
  const auto error = adapters_test::expect_failure<std::length_error>([&] {
    msgpack::packer<Bounded> packer(out);
    packer.pack(serialint::traced(batch, "batch"));
  });
  EXPECT_EQ(error.report().findings()[0].path, "batch");
}

} // namespace
