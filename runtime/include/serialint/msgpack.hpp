// serialint::traced(value) for msgpack-cxx (the payload layer of Ray's C++
// API): a packer writes exactly what it writes for `value` alone.
//
//   #include <serialint/msgpack.hpp>
//   msgpack::sbuffer buffer;
//   msgpack::pack(buffer, serialint::traced(args, "args"));   // same bytes
//
// docs/adapters.md.
#ifndef SERIALINT_MSGPACK_HPP
#define SERIALINT_MSGPACK_HPP

#include <cstddef>
#include <exception>
#include <string_view>
#include <type_traits>

#include <msgpack.hpp>

#include "detail/call_record.hpp"
#include "traced.hpp"

namespace serialint::detail {

struct null_writer {
  void write(const char *, std::size_t) {}
};

// What the recording packer writes to: the bytes are counted, not kept.
struct recording_stream {
  call_record *record;
  void write(const char *, std::size_t size) { record->wrote(size); }
};

struct msgpack_probe {
  static constexpr std::string_view name = "msgpack";

  template <class U> static bool writes(const U &part) {
    null_writer out;
    try {
      msgpack::packer<null_writer> packer(out);
      packer.pack(part);
      return true;
    } catch (...) {
      return false;
    }
  }

  // msgpack's adaptors fail hard on types they do not know; see locate.hpp.
  template <class U> static constexpr bool can_write = plainly_writable<U>();

  // msgpack's type_error is what adaptors throw for what they cannot pack;
  // any other exception is the user's serializer refusing.
  static serialint::reason reason_of(const std::exception_ptr &error) {
    try {
      std::rethrow_exception(error);
    } catch (const msgpack::type_error &) {
      return reason::no_serializer;
    } catch (...) {
    }
    return reason::serializer_threw;
  }

  template <class U> static void record(call_record &record, const U &value) noexcept {
    try {
      recording_stream out{&record};
      msgpack::packer<recording_stream> packer(out);
      packer.pack(value);
    } catch (...) {
      record.stop(std::current_exception());
    }
  }
};

// A type with its own `msgpack::adaptor::pack<T>` specialisation in the
// default API version: the primary template of that version derives from the
// previous version's, a specialisation does not. traits.hpp finds this
// declaration by argument-dependent lookup (has_msgpack_adaptor).
#if MSGPACK_DEFAULT_API_VERSION == 3
template <class T>
  requires(std::is_class_v<T> &&
           !std::is_base_of_v<msgpack::v2::adaptor::pack<T>, msgpack::v3::adaptor::pack<T>>)
std::true_type serialint_msgpack_adaptor(backend_tag<T>);
#elif MSGPACK_DEFAULT_API_VERSION == 2
template <class T>
  requires(std::is_class_v<T> &&
           !std::is_base_of_v<msgpack::v1::adaptor::pack<T>, msgpack::v2::adaptor::pack<T>>)
std::true_type serialint_msgpack_adaptor(backend_tag<T>);
#endif

} // namespace serialint::detail

// The recording packer: each value packed, by the user's adaptors or
// MSGPACK_DEFINE, is one call, with the bytes msgpack wrote for it.
namespace msgpack {
MSGPACK_API_VERSION_NAMESPACE(v1) {
template <>
template <typename T>
inline packer<serialint::detail::recording_stream> &
packer<serialint::detail::recording_stream>::pack(const T &value) {
  serialint::detail::open_call(*m_stream.record, value);
  msgpack::operator<<(*this, value);
  m_stream.record->close();
  return *this;
}
} // MSGPACK_API_VERSION_NAMESPACE(v1)
} // namespace msgpack

namespace msgpack {
MSGPACK_API_VERSION_NAMESPACE(MSGPACK_DEFAULT_API_NS) {
namespace adaptor {

template <class T> struct pack<serialint::traced_ref<T>> {
  template <class Stream>
  msgpack::packer<Stream> &operator()(msgpack::packer<Stream> &packer,
                                      const serialint::traced_ref<T> &t) const {
    if constexpr (std::is_same_v<Stream, serialint::detail::recording_stream>)
      packer.pack(t.get()); // a traced() inside the serializer: it logs on the real write
    else
      serialint::detail::save_traced<serialint::detail::msgpack_probe>(
          t, [&] { packer.pack(t.get()); });
    return packer;
  }
};

} // namespace adaptor
} // MSGPACK_API_VERSION_NAMESPACE(MSGPACK_DEFAULT_API_NS)
} // namespace msgpack

#endif // SERIALINT_MSGPACK_HPP
