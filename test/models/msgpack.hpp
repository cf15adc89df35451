// serialint test model of the parts of msgpack-c that Ray's C++ API exposes to
// user code (ray/api.h includes <msgpack.hpp>; users annotate their payload
// types with MSGPACK_DEFINE(...)).  Not a serializer: every body is a no-op.
// Modelled on the documented msgpack-c macro MSGPACK_DEFINE(...) ==
// MSGPACK_DEFINE_ARRAY(...), which adds msgpack_pack / msgpack_unpack members
// that reference every listed field through msgpack::type::make_define_array.
#pragma once

#include <cstddef>
#include <string>
#include <tuple>

namespace msgpack {

class object {};
class zone {};

class sbuffer {
 public:
  sbuffer() = default;
  const char *data() const { return nullptr; }
  std::size_t size() const { return 0; }
  void write(const char *, std::size_t) {}
};

namespace type {

// Holds references to the fields listed in MSGPACK_DEFINE(...).
template <typename... Args>
struct define_array {
  std::tuple<Args &...> fields;

  template <typename Packer>
  void msgpack_pack(Packer &) const {}
  void msgpack_unpack(const msgpack::object &) {}
};

template <typename... Args>
define_array<Args...> make_define_array(Args &...args) {
  return define_array<Args...>{std::tuple<Args &...>(args...)};
}

template <typename... Args>
struct define_map {
  std::tuple<Args &...> fields;

  template <typename Packer>
  void msgpack_pack(Packer &) const {}
  void msgpack_unpack(const msgpack::object &) {}
};

template <typename... Args>
define_map<Args...> make_define_map(Args &...args) {
  return define_map<Args...>{std::tuple<Args &...>(args...)};
}

}  // namespace type

template <typename Stream, typename T>
void pack(Stream &, const T &) {}

}  // namespace msgpack

#define MSGPACK_DEFINE_ARRAY(...)                                         \
  template <typename Packer>                                              \
  void msgpack_pack(Packer &msgpack_pk) const {                           \
    ::msgpack::type::make_define_array(__VA_ARGS__).msgpack_pack(msgpack_pk); \
  }                                                                       \
  void msgpack_unpack(const ::msgpack::object &msgpack_o) {               \
    ::msgpack::type::make_define_array(__VA_ARGS__).msgpack_unpack(msgpack_o); \
  }

// Real MSGPACK_DEFINE_MAP stringifies the field names; the model only keeps
// the field references.
#define MSGPACK_DEFINE_MAP(...)                                           \
  template <typename Packer>                                              \
  void msgpack_pack(Packer &msgpack_pk) const {                           \
    ::msgpack::type::make_define_map(__VA_ARGS__).msgpack_pack(msgpack_pk); \
  }                                                                       \
  void msgpack_unpack(const ::msgpack::object &msgpack_o) {               \
    ::msgpack::type::make_define_map(__VA_ARGS__).msgpack_unpack(msgpack_o); \
  }

#define MSGPACK_DEFINE(...) MSGPACK_DEFINE_ARRAY(__VA_ARGS__)
