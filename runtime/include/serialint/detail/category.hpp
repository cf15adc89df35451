// The compile-time decision for every type: what the walk does with it.
#ifndef SERIALINT_DETAIL_CATEGORY_HPP
#define SERIALINT_DETAIL_CATEGORY_HPP

#include <cstdio>
#include <type_traits>

#include "../annotations.hpp"
#include "../reasons.hpp"
#include "../traits.hpp"
#include "aggregate.hpp"
#include "derived_aggregate.hpp"
#include "known_types.hpp"
#include "std_kinds.hpp"
#include "type_name.hpp"

namespace serialint::detail {

enum class category : unsigned char {
  scalar,        // arithmetic, enum, nullptr_t
  value_like,    // strings, and the values of known_types.def
  flagged,       // unserializable for a reason known at compile time
  trusted,       // has its own serialization function, or classify says so
  aggregate,     // opened member by member
  derived_aggregate, // an aggregate with bases: each base, then its own members
  c_array,
  std_array,
  indexed_sequence,
  positional_sequence,
  map,
  pair,
  tuple,
  optional,
  variant,
  unique_ptr,
  shared_ptr,
  weak_ptr,      // walked through what lock() gives
  adapter,       // a queue, stack or priority queue: its underlying container
  function,      // type-erased, with a target type to name at run time
  any,
  not_reflected, // an aggregate serialint cannot open
};

template <class T> constexpr category category_of();

template <class T>
concept array_pointee = std::is_array_v<typename T::element_type>;

template <class E> concept complete_type = requires { sizeof(E); };

// A smart pointer that cannot be opened: to void (`std::shared_ptr<void>`,
// opaque native handles) or to a type incomplete here (a pimpl).
template <class T>
concept smart_pointer = is_instance_of<T, std::unique_ptr> ||
                        is_instance_of<T, std::shared_ptr> || is_instance_of<T, std::weak_ptr>;
template <class T> using pointee_of = std::remove_cv_t<std::remove_extent_t<typename T::element_type>>;
template <class T>
concept opaque_smart_pointer =
    smart_pointer<T> && (std::is_void_v<pointee_of<T>> || !complete_type<pointee_of<T>>);
// A `FILE` behind a smart pointer (`std::unique_ptr<FILE, int (*)(FILE *)>`):
// an open file like a `FILE *`, not a struct of libc internals to walk.
template <class T>
concept file_smart_pointer = smart_pointer<T> && std::is_same_v<pointee_of<T>, std::FILE>;

// How the walk opens a carrier of known_types.def, by the step its row names.
template <class T> constexpr category carrier_category(const known_type &row) {
  switch (row.step) {
  case carry_step::element:
    if (is_string<T>)
      return category::value_like; // characters, always fine
    return row.holds_address ? category::indexed_sequence : category::std_array;
  case carry_step::position: return category::positional_sequence;
  case carry_step::map_value: return category::map;
  case carry_step::member: return category::pair;
  case carry_step::tuple_item: return category::tuple;
  case carry_step::alternative: return category::variant;
  case carry_step::optional: return category::optional;
  case carry_step::container: return category::adapter;
  case carry_step::pointee:
    if constexpr (array_pointee<T>)
      return category::flagged; // no-serializer
    else if constexpr (is_instance_of<T, std::unique_ptr>)
      return category::unique_ptr;
    else if constexpr (is_instance_of<T, std::shared_ptr>)
      return category::shared_ptr;
    else if constexpr (is_instance_of<T, std::weak_ptr>)
      return category::weak_ptr;
    break;
  }
  return category::flagged; // a carrier the walk cannot open: no-serializer
}

template <class T> constexpr category row_category(const known_type &row) {
  switch (row.kind) {
  case known_kind::value: return category::value_like;
  case known_kind::carrier: return carrier_category<T>(row);
  case known_kind::culprit: break;
  }
  // Type-erased either way; these two can also name what they hold.
  if constexpr (is_instance_of<T, std::function>)
    return category::function;
  else if constexpr (std::is_same_v<T, std::any>)
    return category::any;
  else
    return category::flagged;
}

template <class T> constexpr category class_category() {
  if constexpr (opaque_smart_pointer<T> || file_smart_pointer<T>)
    return category::flagged;
  else if constexpr (known_row_of<T> != no_row)
    return row_category<T>(known_types[known_row_of<T>]);
  else if constexpr (is_iterator_class<T> || is_derived_stream<T> || is_bind_result<T>)
    return category::flagged;
  else if constexpr (has_own_serialization_function<T>)
    return category::trusted;
  else if constexpr (std::is_union_v<T> || is_closure_type<T>())
    return category::flagged;
  else if constexpr (reflectable_aggregate<T>())
    return category::aggregate;
  else if constexpr (has_backend_free_serializer<T>)
    return category::trusted;
  else if constexpr (derived_aggregate_layout<T>())
    return category::derived_aggregate;
  else if constexpr (aggregate_candidate<T>)
    return category::not_reflected;
  else
    return category::flagged; // no-serializer
}

template <class T> constexpr category category_of() {
  static_assert(!std::is_reference_v<T>, "serialint: category_of takes a value type");
  using U = std::remove_cv_t<T>;
  if constexpr (classify_specialised<U>) {
    static_assert(check_classify_specialisation<U>());
    return classify_gives_ok<U> ? category::trusted : category::flagged;
  } else if constexpr (pool_handle_v<U> || marked_unserializable<U>)
    return category::flagged;
  else if constexpr (std::is_arithmetic_v<U> || std::is_enum_v<U> ||
                     std::is_null_pointer_v<U>)
    return category::scalar;
  else if constexpr (std::is_array_v<U>)
    return category::c_array;
  else if constexpr (std::is_pointer_v<U> || std::is_member_pointer_v<U>)
    return category::flagged;
  else if constexpr (std::is_class_v<U> || std::is_union_v<U>)
    return class_category<U>();
  else
    return category::flagged;
}

// The reason for a flagged type. Only meaningful when category_of<T>() is
// category::flagged.
template <class T> constexpr reason flagged_reason() {
  using U = std::remove_cv_t<T>;
  if constexpr (classify_specialised<U>)
    return classify<U>::reason;
  else if constexpr (pool_handle_v<U>)
    return reason::pool_handle;
  else if constexpr (marked_unserializable<U>)
    return reason::marked;
  else if constexpr (std::is_same_v<U, std::FILE *> || std::is_same_v<U, const std::FILE *>)
    return reason::os_resource;
  else if constexpr (file_smart_pointer<U>)
    return reason::os_resource;
  else if constexpr (opaque_smart_pointer<U>)
    return reason::address_bound;
  else if constexpr (std::is_member_function_pointer_v<U>)
    return reason::member_function;
  else if constexpr (std::is_pointer_v<U> || std::is_member_pointer_v<U>)
    return reason::address_bound;
  else if constexpr (known_as<U>(known_kind::culprit))
    return known_types[known_row_of<U>].why;
  else if constexpr (is_iterator_class<U>)
    return reason::address_bound;
  else if constexpr (is_derived_stream<U>)
    return reason::os_resource;
  else if constexpr (is_bind_result<U>)
    return reason::type_erased;
  else if constexpr (std::is_union_v<U>)
    return reason::union_type;
  else if constexpr (is_closure_type<U>())
    return reason::closure;
  else
    return reason::no_serializer;
}

// The author's own why, when there is one (marked types, classify<T>::why).
template <class T> constexpr const char *author_why() {
  using U = std::remove_cv_t<T>;
  if constexpr (classify_specialised<U>)
    return classify_why<U>();
  else if constexpr (pool_handle_v<U>)
    return nullptr;
  else if constexpr (marked_unserializable<U>)
    return marked_why<U>();
  else if constexpr (opaque_smart_pointer<U>)
    return "it points to void or to a type incomplete here, so only an address is seen";
  else
    return nullptr;
}

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_CATEGORY_HPP
