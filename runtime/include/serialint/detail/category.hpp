// The compile-time decision for every type: what the walk does with it.
#ifndef SERIALINT_DETAIL_CATEGORY_HPP
#define SERIALINT_DETAIL_CATEGORY_HPP

#include <cstdio>
#include <type_traits>

#include "../annotations.hpp"
#include "../reasons.hpp"
#include "../traits.hpp"
#include "aggregate.hpp"
#include "std_kinds.hpp"
#include "type_name.hpp"

namespace serialint::detail {

enum class category : unsigned char {
  scalar,        // arithmetic, enum, nullptr_t
  value_like,    // strings, chrono, complex, bitset, monostate, weak_ptr
  flagged,       // unserializable for a reason known at compile time
  trusted,       // has its own serialization function, or classify says so
  aggregate,     // opened member by member
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
  function,      // type-erased, with a target type to name at run time
  any,
  not_reflected, // an aggregate with a base class
};

template <class T> constexpr category category_of();

template <class T>
concept array_pointee = std::is_array_v<typename T::element_type>;

template <class E> concept complete_type = requires { sizeof(E); };

// A smart pointer that cannot be opened: to void (`std::shared_ptr<void>`,
// opaque native handles) or to a type incomplete here (a pimpl).
template <class T>
concept smart_pointer = is_instance_of<T, std::unique_ptr> || is_instance_of<T, std::shared_ptr>;
template <class T> using pointee_of = std::remove_cv_t<std::remove_extent_t<typename T::element_type>>;
template <class T>
concept opaque_smart_pointer =
    smart_pointer<T> && (std::is_void_v<pointee_of<T>> || !complete_type<pointee_of<T>>);
// A `FILE` behind a smart pointer (`std::unique_ptr<FILE, int (*)(FILE *)>`):
// an open file like a `FILE *`, not a struct of libc internals to walk.
template <class T>
concept file_smart_pointer = smart_pointer<T> && std::is_same_v<pointee_of<T>, std::FILE>;

template <class T> constexpr category class_category() {
  if constexpr (is_string<T> || is_value_like_std<T> || is_instance_of<T, std::weak_ptr>)
    return category::value_like;
  else if constexpr (is_instance_of<T, std::function>)
    return category::function;
  else if constexpr (std::is_same_v<T, std::any>)
    return category::any;
  else if constexpr (is_address_bound_class<T> || is_os_resource_class<T> ||
                     is_sync_primitive_class<T> || is_type_erased_class<T>)
    return category::flagged;
  else if constexpr (opaque_smart_pointer<T> || file_smart_pointer<T>)
    return category::flagged;
  else if constexpr (is_std_array<T>)
    return category::std_array;
  else if constexpr (is_indexed_sequence<T>)
    return category::indexed_sequence;
  else if constexpr (is_positional_sequence<T>)
    return category::positional_sequence;
  else if constexpr (is_map<T>)
    return category::map;
  else if constexpr (is_instance_of<T, std::pair>)
    return category::pair;
  else if constexpr (is_instance_of<T, std::tuple>)
    return category::tuple;
  else if constexpr (is_instance_of<T, std::optional>)
    return category::optional;
  else if constexpr (is_instance_of<T, std::variant>)
    return category::variant;
  else if constexpr (is_instance_of<T, std::unique_ptr> && !array_pointee<T>)
    return category::unique_ptr;
  else if constexpr (is_instance_of<T, std::shared_ptr> && !array_pointee<T>)
    return category::shared_ptr;
  else if constexpr (has_own_serialization_function<T> || is_container_adapter<T>)
    return category::trusted;
  else if constexpr (std::is_union_v<T> || is_closure_type<T>())
    return category::flagged;
  else if constexpr (reflectable_aggregate<T>())
    return category::aggregate;
  else if constexpr (has_backend_free_serializer<T>)
    return category::trusted;
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
  else if constexpr (std::is_pointer_v<U> || std::is_member_pointer_v<U> ||
                     is_address_bound_class<U>)
    return reason::address_bound;
  else if constexpr (is_os_resource_class<U>)
    return reason::os_resource;
  else if constexpr (is_sync_primitive_class<U>)
    return reason::sync_primitive;
  else if constexpr (is_type_erased_class<U>)
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
