// Annotations read by both halves of serialint.
//
//   struct ThreadPool {
//     SERIALINT_UNSERIALIZABLE("pool objects cannot be passed between processes");
//     ...
//   };
//
// declares a nested marker class. The static checks find it in the AST; the
// runtime reads it through serialint::marked_unserializable<T>. The marker has
// no data member, so it changes neither the layout nor the ABI of the class,
// and it is legal inside local classes too.
//
//   template <class F, class... A>
//   SERIALINT_POOL_API("callable=0 payload=1.. policy=by-name backend=cereal")
//   void submit(F&& f, A&&... args);
//
// tells the checks that `submit` ships its arguments to another process.
// SERIALINT_POOL_API("by-name") is short for the same: the callable first,
// the payload after it ("payload-only": every parameter is payload).
#ifndef SERIALINT_ANNOTATIONS_HPP
#define SERIALINT_ANNOTATIONS_HPP

namespace serialint::detail {
// Befriended by every marked class, so the marker can stay private.
struct marker_access;
} // namespace serialint::detail

#define SERIALINT_UNSERIALIZABLE(why_text)                                     \
  struct serialint_unserializable_marker {                                     \
    static constexpr const char *why() { return why_text; }                    \
  };                                                                           \
  friend struct ::serialint::detail::marker_access

#if defined(__clang__)
#define SERIALINT_POOL_API(spec) __attribute__((annotate("serialint.pool_api:" spec)))
#else
#define SERIALINT_POOL_API(spec)
#endif

namespace serialint {

// Users who cannot edit a class can specialise this trait instead of using the
// macro: `template <> struct unserializable_reason<Foreign> { static constexpr
// const char* why = "..."; };`
template <class T> struct unserializable_reason {};

namespace detail {
struct marker_access {
  template <class T>
  static constexpr auto why() -> decltype(T::serialint_unserializable_marker::why()) {
    return T::serialint_unserializable_marker::why();
  }
};
} // namespace detail

// The author's why for a marked type, or nullptr when the type is not marked
// (or is marked with a null why: the reason table's why is used then).
template <class T> constexpr const char *marked_why() noexcept {
  if constexpr (requires { unserializable_reason<T>::why; })
    return unserializable_reason<T>::why;
  else if constexpr (requires { detail::marker_access::why<T>(); })
    return detail::marker_access::why<T>();
  else
    return nullptr;
}

// Marked by the macro or the trait, whatever its why says: a why of nullptr
// marks the type all the same, as the static checks, which see the marker,
// read it.
template <class T>
inline constexpr bool marked_unserializable =
    requires { unserializable_reason<T>::why; } || requires { detail::marker_access::why<T>(); };

} // namespace serialint

#endif // SERIALINT_ANNOTATIONS_HPP
