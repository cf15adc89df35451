// Compile-time verdicts: for every type, whether any value of it can be
// shipped, none can, or it depends on the value. The walk skips always-ok
// parts entirely, which is why inspecting a vector of ten million ints costs
// nothing.
//
//   static_assert(serialint::static_verdict<Job> == serialint::verdict::always_ok);
#ifndef SERIALINT_VERDICT_HPP
#define SERIALINT_VERDICT_HPP

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

#include "detail/category.hpp"

namespace serialint {

enum class verdict : unsigned char { always_ok, always_bad, depends_on_value };

constexpr std::string_view name(verdict v) noexcept {
  switch (v) {
  case verdict::always_ok: return "always-ok";
  case verdict::always_bad: return "always-bad";
  case verdict::depends_on_value: return "depends-on-value";
  }
  return "?";
}

namespace detail {

template <class T, class... Seen> constexpr verdict verdict_of();

// Every part must be ok for the whole to be; one always-bad part makes the
// whole always bad (all parts are always present).
constexpr verdict all_of(std::initializer_list<verdict> parts) {
  verdict result = verdict::always_ok;
  for (verdict part : parts) {
    if (part == verdict::always_bad)
      return verdict::always_bad;
    if (part == verdict::depends_on_value)
      result = verdict::depends_on_value;
  }
  return result;
}

// A part that may be absent (an element, an engaged optional, a pointee):
// bad only when present, so the whole depends on the value.
constexpr verdict maybe_of(verdict part) {
  return part == verdict::always_ok ? verdict::always_ok : verdict::depends_on_value;
}

// One of several parts is present (a variant).
constexpr verdict one_of(std::initializer_list<verdict> parts) {
  bool all_ok = true, all_bad = true;
  for (verdict part : parts) {
    all_ok = all_ok && part == verdict::always_ok;
    all_bad = all_bad && part == verdict::always_bad;
  }
  return all_ok ? verdict::always_ok
                : (all_bad ? verdict::always_bad : verdict::depends_on_value);
}

// A reference member (in a tuple or pair) is an address.
template <class Part, class... Seen> constexpr verdict part_verdict() {
  if constexpr (std::is_reference_v<Part>)
    return verdict::always_bad;
  else
    return verdict_of<std::remove_cv_t<Part>, Seen...>();
}

template <class... Parts, class... Seen>
constexpr verdict all_parts(type_list<Parts...>, type_list<Seen...>) {
  return all_of({part_verdict<Parts, Seen...>()...});
}

template <class... Parts, class... Seen>
constexpr verdict one_part(type_list<Parts...>, type_list<Seen...>) {
  return one_of({part_verdict<Parts, Seen...>()...});
}

template <class T> struct template_args;
template <template <class...> class Template, class... A>
struct template_args<Template<A...>> {
  using type = type_list<A...>;
};

// A pointee behind an owning pointer: its dynamic type is only known at run
// time when it is polymorphic and could be derived.
template <class E, class... Seen> constexpr verdict pointee_verdict() {
  if constexpr (std::is_polymorphic_v<E> && !std::is_final_v<E>)
    return verdict::depends_on_value;
  else
    return maybe_of(verdict_of<std::remove_cv_t<E>, Seen...>());
}

template <class T, class... Seen> constexpr verdict verdict_by_category() {
  using Next = type_list<T, Seen...>;
  constexpr category kind = category_of<T>();
  if constexpr (kind == category::scalar || kind == category::value_like ||
                kind == category::trusted)
    return verdict::always_ok;
  else if constexpr (kind == category::flagged || kind == category::function ||
                     kind == category::any)
    return verdict::always_bad;
  else if constexpr (kind == category::not_reflected)
    return verdict::depends_on_value; // reported as a note at run time
  else if constexpr (kind == category::aggregate)
    return all_parts(field_types<T>{}, Next{});
  else if constexpr (kind == category::derived_aggregate)
    return all_of({all_parts(base_types<T>{}, Next{}), all_parts(own_member_types<T>{}, Next{})});
  else if constexpr (kind == category::c_array)
    return verdict_of<std::remove_cv_t<std::remove_extent_t<T>>, Seen...>();
  else if constexpr (kind == category::std_array)
    return std::tuple_size_v<T> == 0
               ? verdict::always_ok
               : verdict_of<typename T::value_type, T, Seen...>();
  else if constexpr (kind == category::indexed_sequence ||
                     kind == category::positional_sequence)
    return maybe_of(verdict_of<std::remove_cv_t<typename T::value_type>, T, Seen...>());
  else if constexpr (kind == category::map)
    return maybe_of(all_of({verdict_of<typename T::key_type, T, Seen...>(),
                            verdict_of<typename T::mapped_type, T, Seen...>()}));
  else if constexpr (kind == category::pair || kind == category::tuple)
    return all_parts(typename template_args<T>::type{}, Next{});
  else if constexpr (kind == category::optional)
    return maybe_of(verdict_of<typename T::value_type, T, Seen...>());
  else if constexpr (kind == category::variant)
    return one_part(typename template_args<T>::type{}, Next{});
  else if constexpr (kind == category::adapter)
    return verdict_of<typename T::container_type, T, Seen...>();
  else
    return pointee_verdict<typename T::element_type, T, Seen...>();
}

template <class T, class... Seen> constexpr verdict verdict_of() {
  if constexpr ((std::is_same_v<T, Seen> || ...))
    return verdict::always_ok; // a recursive type adds nothing new by recurring
  else
    return verdict_by_category<T, Seen...>();
}

} // namespace detail

template <class T>
inline constexpr verdict static_verdict = detail::verdict_of<std::remove_cvref_t<T>>();

} // namespace serialint

#endif // SERIALINT_VERDICT_HPP
