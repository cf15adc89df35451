// Opening aggregates with base classes, which structured bindings cannot.
//
// `T{probe<T, 0>{}, probe<T, 1>{}, ...}` initialises T's bases, then its
// members, in declaration order. Each probe converts to whatever its element
// is, and the conversion, as it is deduced, defines a friend function whose
// return type records that element's type (the "loophole" Boost.PFR's
// C++14 mode used). The leading elements that are bases of T are the bases;
// the rest are T's own members, reached through mirror<bases, members...>,
// a class laid out as T is.
//
// The mirror is trusted only when every element had one type deduced, and
// the compiler agrees the mirror is T's twin: same size, alignment, and copy
// and move semantics. A const or reference member, a bit-field, a C array or
// a member of std::optional or std::variant type leaves T unopened.
#ifndef SERIALINT_DETAIL_DERIVED_AGGREGATE_HPP
#define SERIALINT_DETAIL_DERIVED_AGGREGATE_HPP

#include <cstddef>
#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>

#include "aggregate.hpp"

namespace serialint::detail {

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
// The friends are declared here and defined, once per T and I, by the probe.
#pragma GCC diagnostic ignored "-Wnon-template-friend"
#endif
template <class T, std::size_t I> struct element_tag {
  friend constexpr auto element_loophole(element_tag<T, I>);
};
template <class T, std::size_t I> struct conflict_tag {
  friend constexpr auto element_conflict(conflict_tag<T, I>);
};
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

template <class T, std::size_t I, class U> struct element_recorder {
  friend constexpr auto element_loophole(element_tag<T, I>) { return std::type_identity<U>{}; }
};
template <class T, std::size_t I> struct conflict_recorder {
  friend constexpr auto element_conflict(conflict_tag<T, I>) { return true; }
};

// A friend with a deduced return type can be called only once defined.
template <class T, std::size_t I> constexpr bool element_recorded(...) { return false; }
template <class T, std::size_t I>
constexpr auto element_recorded(int) -> decltype(element_loophole(element_tag<T, I>{}), true) {
  return true;
}
template <class T, std::size_t I> constexpr bool element_conflicted(...) { return false; }
template <class T, std::size_t I>
constexpr auto element_conflicted(int) -> decltype(element_conflict(conflict_tag<T, I>{}), true) {
  return true;
}

template <class T, std::size_t I>
using element_type = typename decltype(element_loophole(element_tag<T, I>{}))::type;

template <class T, std::size_t I> struct element_probe;
template <class U> inline constexpr bool is_element_probe = false;
template <class T, std::size_t I> inline constexpr bool is_element_probe<element_probe<T, I>> = true;

// The first type deduced for element I is kept. A member whose type has a
// constructor template (std::optional, std::variant) makes the compiler try
// other conversions while it checks that constructor's constraints; a
// second, different type marks the element as unknown.
template <class T, std::size_t I, class U> constexpr bool record_element() {
  if constexpr (is_element_probe<U>) {
    // asked whether the probe copies itself (std::any's constraints)
  } else if constexpr (!element_recorded<T, I>(0)) {
    (void)sizeof(element_recorder<T, I, U>);
  } else if constexpr (!std::is_same_v<element_type<T, I>, U> && !element_conflicted<T, I>(0)) {
    (void)sizeof(conflict_recorder<T, I>);
  }
  return true;
}

template <class T, std::size_t I> struct element_probe {
  template <class U, bool = record_element<T, I, std::remove_cvref_t<U>>()>
    requires(!takes_any_argument<U>)
  operator U() const { std::terminate(); }
};

template <class T, std::size_t... I>
constexpr bool probes_initialise(std::index_sequence<I...>) {
  return requires { T{element_probe<T, I>{}...}; };
}

template <class T, std::size_t... I>
constexpr bool every_element_known(std::index_sequence<I...>) {
  return ((element_recorded<T, I>(0) && !element_conflicted<T, I>(0)) && ...);
}

template <class T, std::size_t... I>
type_list<element_type<T, I>...> element_types_of(std::index_sequence<I...>);

template <class T, class List> struct count_leading_bases;
template <class T> struct count_leading_bases<T, type_list<>> {
  static constexpr std::size_t value = 0;
};
template <class T, class E, class... Rest> struct count_leading_bases<T, type_list<E, Rest...>> {
  static constexpr std::size_t value =
      std::is_base_of_v<E, T> && !std::is_same_v<E, T>
          ? 1 + count_leading_bases<T, type_list<Rest...>>::value
          : 0;
};

template <std::size_t Skip, std::size_t Take, class List> struct slice;
template <std::size_t Take, class... E> struct slice<0, Take, type_list<E...>> {
  template <std::size_t... I>
  static type_list<std::tuple_element_t<I, std::tuple<E...>>...> take(std::index_sequence<I...>);
  using type = decltype(take(std::make_index_sequence<Take>{}));
};
template <std::size_t Skip, std::size_t Take, class E, class... Rest>
  requires(Skip > 0)
struct slice<Skip, Take, type_list<E, Rest...>> {
  using type = typename slice<Skip - 1, Take, type_list<Rest...>>::type;
};

template <class Bases, class Members> struct mirror_from;
template <class... B, class... M> struct mirror_from<type_list<B...>, type_list<M...>> {
  using type = mirror<type_list<B...>, M...>;
};

// T's bases, its own members' types, and its mirror; only for a T whose
// first element is a base (see derived_aggregate_layout).
template <class T> struct derived_shape {
  static constexpr std::size_t elements = count_members<T>();
  using all = decltype(element_types_of<T>(std::make_index_sequence<elements>{}));
  static constexpr std::size_t base_count = count_leading_bases<T, all>::value;
  using bases = typename slice<0, base_count, all>::type;
  using members = typename slice<base_count, elements - base_count, all>::type;
  using twin = typename mirror_from<bases, members>::type;
};

template <class A, class B>
constexpr bool same_layout_and_semantics =
    sizeof(A) == sizeof(B) && alignof(A) == alignof(B) &&
    std::is_copy_constructible_v<A> == std::is_copy_constructible_v<B> &&
    std::is_copy_assignable_v<A> == std::is_copy_assignable_v<B> &&
    std::is_move_assignable_v<A> == std::is_move_assignable_v<B> &&
    std::is_trivially_copyable_v<A> == std::is_trivially_copyable_v<B> &&
    std::is_trivially_destructible_v<A> == std::is_trivially_destructible_v<B>;

// True for an aggregate whose first element is a base and whose mirror is
// its twin. Probes are tried only once plain reflection has failed for a
// base, and only with a member count that brace elision cannot have
// inflated (see aggregate.hpp).
template <class T> constexpr bool derived_aggregate_layout() {
  if constexpr (!aggregate_candidate<T>) {
    return false;
  } else {
    constexpr std::size_t count = count_members<T>();
    if constexpr (count == no_count || count == 0 || count > max_reflected_fields)
      return false;
    else if constexpr (!first_is_base<T, count - 1>())
      return false;
    else if constexpr (!probes_initialise<T>(std::make_index_sequence<count>{}))
      return false;
    else if constexpr (probes_initialise<T>(std::make_index_sequence<count + 1>{}))
      return false; // brace elision spread the probes over a C array's elements
    else if constexpr (!every_element_known<T>(std::make_index_sequence<count>{}))
      return false;
    else
      return same_layout_and_semantics<T, typename derived_shape<T>::twin>;
  }
}

template <class T> using base_types = typename derived_shape<T>::bases;
template <class T> using own_member_types = typename derived_shape<T>::members;
template <class T>
inline constexpr std::size_t own_member_count = derived_shape<T>::elements - derived_shape<T>::base_count;

// Calls f(member_0, member_1, ...) on T's own members, bases left out.
template <class T, class F> decltype(auto) with_own_members(const T &object, F &&f) {
  using twin = typename derived_shape<T>::twin;
  // The twin's members sit where T's do; they are read, never written.
  return reinterpret_cast<const twin &>(object).apply(std::forward<F>(f));
}

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_DERIVED_AGGREGATE_HPP
