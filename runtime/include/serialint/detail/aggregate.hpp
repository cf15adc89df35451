// Member-by-member access to aggregates, the technique Boost.PFR uses, done
// here without PFR's static_asserts so that a type it cannot reflect falls
// back instead of failing to compile.
//
// Counting members: PFR counts `T{any, any, ...}`, where brace elision lets
// one C array member take several initialisers (PFR 1.81 miscounts
// `char name[8]`). A braced `{}` initialises exactly one member, so
// `T{ {}, {}, ... }` counts arrays right but fails on members `{}` cannot
// initialise. Both counts are taken and the braced one is preferred when it
// provably reached the last member.
#ifndef SERIALINT_DETAIL_AGGREGATE_HPP
#define SERIALINT_DETAIL_AGGREGATE_HPP

#include <cstddef>
#include <exception>
#include <type_traits>
#include <utility>

#include "field_binding.hpp"
#include "std_kinds.hpp"

namespace serialint::detail {

// Stand-ins for "any member's initialiser", only ever named in unevaluated
// checks. Defined all the same: Clang wants a definition when the target type
// has no linkage (a member of local type).
//
// any_value does not convert to the classes whose constructor template takes
// anything and only checks it in its body (std::thread, std::jthread,
// std::packaged_task): `std::optional<std::thread>{any_value{}}` would
// otherwise instantiate `std::thread(any_value)` and fail to compile.
template <class U>
inline constexpr bool takes_any_argument =
    std::is_same_v<U, std::thread> || std::is_same_v<U, std::jthread> ||
    is_instance_of<U, std::packaged_task>;

struct any_value {
  template <class U>
    requires(!takes_any_argument<U>)
  operator U() const { std::terminate(); }
};
struct any_lvalue {
  template <class U> operator U &() const { std::terminate(); }
};

// Converts only to a proper base of T, so it initialises the first element
// only when that element is a base subobject.
template <class T> struct base_probe {
  template <class B>
    requires(std::is_base_of_v<B, T> && !std::is_same_v<B, T>)
  operator B() const { std::terminate(); }
};

inline constexpr std::size_t no_count = static_cast<std::size_t>(-1);

template <class T, class P, std::size_t... I>
constexpr bool initialisable_with(std::index_sequence<I...>) {
  return requires { T{((void)I, P{})...}; };
}

template <class T, class P, std::size_t N>
constexpr bool initialisable_with_n = initialisable_with<T, P>(std::make_index_sequence<N>{});

// The largest N for which `T{P{} x N}` is valid: fewer initialisers may fail
// (trailing members with no default), more fail for good.
template <class T, class P, std::size_t N = 0, bool Found = false>
constexpr std::size_t count_with() {
  if constexpr (N > max_reflected_fields + 1)
    return no_count;
  else if constexpr (initialisable_with_n<T, P, N>)
    return count_with<T, P, N + 1, true>();
  else if constexpr (Found)
    return N - 1;
  else
    return count_with<T, P, N + 1, false>();
}

template <class T, std::size_t N = 0> constexpr std::size_t count_braced() {
  if constexpr (N > max_reflected_fields)
    return no_count;
  else if constexpr (brace_init<N + 1>::template test<T>)
    return count_braced<T, N + 1>();
  else
    return N;
}

// The converting count: by value first; by lvalue only when that fails
// (reference members), since binding an lvalue asks for a copy constructor,
// which Clang instantiates eagerly (std::vector<std::unique_ptr<T>>).
template <class T> constexpr std::size_t count_converting() {
  constexpr std::size_t by_value = count_with<T, any_value>();
  if constexpr (by_value != no_count)
    return by_value;
  else
    return count_with<T, any_lvalue>();
}

// True when a member follows the first `braced` ones.
template <class T, std::size_t braced> constexpr bool more_members_after() {
  if constexpr (brace_then<braced>::template test<T, any_value>)
    return true;
  else
    return brace_then<braced>::template test<T, any_lvalue>;
}

// Braced count, if `{}` reached the last member; converting count otherwise.
template <class T> constexpr std::size_t count_members() {
  if constexpr (requires { T{}; }) {
    constexpr std::size_t braced = count_braced<T>();
    if constexpr (braced != no_count) {
      if constexpr (!more_members_after<T, braced>())
        return braced;
      else
        return count_converting<T>();
    } else {
      return count_converting<T>();
    }
  } else {
    return count_converting<T>();
  }
}

template <class T, class P, std::size_t... I>
constexpr bool first_is_base_with(std::index_sequence<I...>) {
  return requires { T{base_probe<T>{}, ((void)I, P{})...}; };
}

template <class T, std::size_t Rest> constexpr bool first_is_base() {
  if constexpr (requires { T{base_probe<T>{}}; })
    return true;
  else if constexpr (first_is_base_with<T, any_value>(std::make_index_sequence<Rest>{}))
    return true;
  else if constexpr (count_with<T, any_value>() != no_count)
    return false; // members take values, so the lvalue probe has nothing to add
  else
    return first_is_base_with<T, any_lvalue>(std::make_index_sequence<Rest>{});
}

template <class T>
constexpr bool aggregate_candidate =
    std::is_class_v<T> && std::is_aggregate_v<T> && !std::is_union_v<T> &&
    !std::is_polymorphic_v<T>;

template <class T> constexpr bool reflectable_aggregate() {
  if constexpr (!aggregate_candidate<T>) {
    return false;
  } else {
    constexpr std::size_t count = count_members<T>();
    if constexpr (count == no_count || count > max_reflected_fields)
      return false;
    else if constexpr (count == 0)
      return true;
    else
      return !first_is_base<T, count - 1>();
  }
}

template <class T> inline constexpr std::size_t field_count = count_members<T>();

// Calls f(member_0, member_1, ...) on a reflectable aggregate.
template <class T, class F> constexpr decltype(auto) with_fields(T &object, F &&f) {
  return field_binding<field_count<std::remove_const_t<T>>>::apply(object,
                                                                  std::forward<F>(f));
}

// Declared member types, references kept, cv dropped.
template <class List> struct strip_cv;
template <class... M> struct strip_cv<type_list<M...>> {
  using type = type_list<std::conditional_t<std::is_reference_v<M>, M, std::remove_cv_t<M>>...>;
};

template <class T>
using field_types = typename strip_cv<decltype(field_declared_types<field_count<T>>::of(
    std::declval<T &>()))>::type;

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_AGGREGATE_HPP
