// Customization points, specialised by users in cereal's style.
//
//   // a type that must never be shipped, with any reason from reasons.hpp:
//   template <> struct serialint::classify<Connection> {
//     static constexpr serialint::reason reason = serialint::reason::os_resource;
//     static constexpr const char *why = "holds an open socket";  // optional
//   };
//   // a type serialint cannot see into but that is fine to ship:
//   template <> struct serialint::classify<Blob> {
//     static constexpr bool serializable = true;
//   };
//   // a pool, executor or communicator:
//   template <> struct serialint::pool_handle<ThreadPool> : std::true_type {};
//
// Partial specialisations work too: `template <class T> struct
// serialint::pool_handle<Executor<T>> : std::true_type {};`.
#ifndef SERIALINT_TRAITS_HPP
#define SERIALINT_TRAITS_HPP

#include <cstdint>
#include <type_traits>

#include "reasons.hpp"

namespace serialint {

template <class T> struct classify {
  // Present only in the primary template: tells "not specialised" apart.
  using serialint_no_opinion = void;
};

template <class T> struct pool_handle : std::false_type {};

template <class T> inline constexpr bool pool_handle_v = pool_handle<T>::value;

namespace detail {

template <class T>
concept classify_specialised = !requires { typename classify<T>::serialint_no_opinion; };

template <class T>
concept classify_gives_reason = requires {
  { classify<T>::reason } -> std::convertible_to<serialint::reason>;
};

template <class T>
concept classify_gives_ok = requires {
  { classify<T>::serializable } -> std::convertible_to<bool>;
};

template <class T> constexpr bool check_classify_specialisation() {
  static_assert(classify_gives_reason<T> || classify_gives_ok<T>,
                "serialint::classify<T> is specialised but says nothing: write "
                "`static constexpr serialint::reason reason = "
                "serialint::reason::pool_handle;` (any id from reasons.hpp, "
                "optionally with `static constexpr const char *why = \"...\";`) or "
                "`static constexpr bool serializable = true;`");
  static_assert(!(classify_gives_reason<T> && classify_gives_ok<T>),
                "serialint::classify<T> declares both `reason` and "
                "`serializable`: keep one of them");
  return true;
}

template <class T> constexpr const char *classify_why() {
  if constexpr (requires { classify<T>::why; })
    return classify<T>::why;
  else
    return nullptr;
}

// Stands in for an archive when asking "does T have a serialization
// function?". It lives in serialint::detail, so argument-dependent lookup
// finds only the user's own free functions, never a library's generic ones.
struct probe_archive {
  template <class... A> probe_archive &operator()(A &&...);
  template <class A> probe_archive &operator&(A &&);
  template <class A> probe_archive &operator<<(A &&);
  template <class A> probe_archive &operator>>(A &&);
};

template <class T>
concept has_member_serializer = requires(T &object, const T &read_only, probe_archive &ar,
                                         std::uint32_t version) {
  requires(
      requires { object.serialize(ar); } ||
      requires { object.serialize(ar, version); } ||
      requires { read_only.save(ar); } || requires { read_only.save(ar, version); } ||
      requires { object.load(ar); } || requires { read_only.save_minimal(ar); } ||
      requires { read_only.msgpack_pack(ar); } ||
      requires { &T::msgpack_unpack; });
};

template <class T>
concept has_free_serializer = requires(T &object, const T &read_only, probe_archive &ar,
                                       std::uint32_t version) {
  requires(requires { serialize(ar, object); } ||
           requires { serialize(ar, object, version); } ||
           requires { save(ar, read_only); } || requires { save(ar, read_only, version); } ||
           requires { save_minimal(ar, read_only); });
};

} // namespace detail

// True when T has a cereal, Boost.Serialization or msgpack function of its
// own (member, or free and found by argument-dependent lookup). Such a type is
// trusted as written: its private state is its own business.
template <class T>
inline constexpr bool has_serialization_function =
    std::is_class_v<T> && (detail::has_member_serializer<T> || detail::has_free_serializer<T>);

} // namespace serialint

#endif // SERIALINT_TRAITS_HPP
