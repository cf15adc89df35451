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

#include <concepts>
#include <cstdint>
#include <type_traits>

#include "reasons.hpp"

// The classes both libraries befriend (`friend class cereal::access;`).
// Declared here so that a probe archive can name them: a template argument
// makes its namespace one that argument-dependent lookup searches.
namespace cereal {
class access;
}
namespace boost::serialization {
class access;
}

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

// Free functions the libraries find outside the type's own namespace: cereal
// searches namespace cereal (`namespace cereal { template <class A> void
// serialize(A &, Vec3 &); }`), Boost namespace boost::serialization (the
// non-intrusive form, BOOST_SERIALIZATION_SPLIT_FREE, boost::optional and
// boost::variant in their serialization headers). `archive<Namespace::access>`
// makes argument-dependent lookup search that namespace too.
namespace backend_probe {
template <class Backend> struct archive {
  template <class... A> archive &operator()(A &&...);
  template <class A> archive &operator&(A &&);
  template <class A> archive &operator<<(A &&);
  template <class A> archive &operator>>(A &&);
};
// boost::serialization has `template <class Archive, class T> void
// serialize(Archive &, T &, const unsigned int)` for every T. This decoy is
// as generic, so the call is ambiguous, or resolves to the decoy, unless a
// more specialised serialize exists for T.
struct decoy_result {};
template <class A, class T> decoy_result serialize(A &, T &, const unsigned int);
} // namespace backend_probe

template <class R>
concept not_decoy = !std::is_same_v<R, backend_probe::decoy_result>;

template <class T, class Backend>
concept has_backend_namespace_serializer =
    requires(T &object, const T &read_only, backend_probe::archive<Backend> &ar,
             const backend_probe::archive<Backend> &read_only_ar, std::uint32_t version) {
      requires(requires { serialize(ar, object); } ||
               requires {
                 { serialize(ar, object, version) } -> not_decoy;
               } ||
               requires { save(ar, read_only); } || requires { save(ar, read_only, version); } ||
               requires { save_minimal(read_only_ar, read_only); } ||
               requires { save_minimal(read_only_ar, read_only, version); });
    };

// A msgpack-cxx adaptor (`msgpack::adaptor::pack<T>` specialised): seen when
// <serialint/msgpack.hpp> is included, which declares
// `serialint_msgpack_adaptor` for the specialised types.
template <class T> struct backend_tag {};
template <class T>
concept has_msgpack_adaptor = requires {
  { serialint_msgpack_adaptor(backend_tag<T>{}) } -> std::same_as<std::true_type>;
};

template <class T>
concept has_backend_free_serializer =
    has_backend_namespace_serializer<T, cereal::access> ||
    has_backend_namespace_serializer<T, boost::serialization::access> || has_msgpack_adaptor<T>;

// A member *named* serialize, save, load, ... whatever its access: private
// serializers with `friend class cereal::access;` or `friend class
// boost::serialization::access;` cannot be called from here, but their name
// can be seen. `member_names` declares every name; in `name_probe<T>`, the
// lookup of one of them is ambiguous, so `&name_probe<T>::serialize` is a
// substitution failure, exactly when T (or a base of T) declares it too.
struct member_names {
  int serialize, save, load, save_minimal, load_minimal, msgpack_pack, msgpack_unpack;
};
template <class T> struct name_probe : T, member_names {};

template <class T>
concept derivable_class = std::is_class_v<T> && !std::is_final_v<T> && !std::is_union_v<T>;

template <class T>
concept declares_serialize = derivable_class<T> && !requires { &name_probe<T>::serialize; };
template <class T>
concept declares_save = derivable_class<T> && !requires { &name_probe<T>::save; };
template <class T>
concept declares_load = derivable_class<T> && !requires { &name_probe<T>::load; };
template <class T>
concept declares_save_minimal = derivable_class<T> && !requires { &name_probe<T>::save_minimal; };
template <class T>
concept declares_msgpack_pack = derivable_class<T> && !requires { &name_probe<T>::msgpack_pack; };

// `serialize`, `save_minimal`, `msgpack_pack`, or a `save`/`load` pair (a
// lone `save` is too common a name to count).
template <class T>
concept has_named_member_serializer =
    declares_serialize<T> || declares_save_minimal<T> || declares_msgpack_pack<T> ||
    (declares_save<T> && declares_load<T>);

} // namespace detail

// True when T has a cereal, Boost.Serialization or msgpack function: a member
// (a private one counts by its name alone, see
// detail::has_named_member_serializer), a free one found by argument-dependent
// lookup or declared in namespace cereal or boost::serialization, or a msgpack
// adaptor (with <serialint/msgpack.hpp>). Such a type is trusted as written:
// its private state is its own business.
template <class T>
inline constexpr bool has_serialization_function =
    std::is_class_v<T> && (detail::has_member_serializer<T> || detail::has_free_serializer<T> ||
                           detail::has_named_member_serializer<T> ||
                           detail::has_backend_free_serializer<T>);

namespace detail {
// A serializer of the type's own: a member, or free in its own namespace. The
// walk trusts these; a serializer found only in a library's namespace (or a
// msgpack adaptor) is trusted for classes the walk cannot open, while an
// aggregate is still opened member by member.
template <class T>
inline constexpr bool has_own_serialization_function =
    std::is_class_v<T> &&
    (has_member_serializer<T> || has_free_serializer<T> || has_named_member_serializer<T>);
} // namespace detail

} // namespace serialint

#endif // SERIALINT_TRAITS_HPP
