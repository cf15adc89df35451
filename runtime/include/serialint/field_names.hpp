// Field names of aggregates on Boost 1.81, whose PFR has no names.
//
// The address of a member of a never-defined `extern` object is a constant
// expression, so it can be a template argument; the compiler spells it out in
// __PRETTY_FUNCTION__, and the member name is the identifier at its end:
//   g++ 12:     [with auto Address = (& fake_object<Job>.wrapper<Job>::value.Job::ctx)]
//   clang++ 19: [Address = &fake_object.value.ctx]
// When no name can be had, the name is `<field I>`; this never fails to compile.
#ifndef SERIALINT_FIELD_NAMES_HPP
#define SERIALINT_FIELD_NAMES_HPP

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

#include "detail/aggregate.hpp"

namespace serialint::detail {

template <class T> struct fake_wrapper {
  T value;
};

#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wundefined-var-template"
#pragma clang diagnostic ignored "-Wundefined-internal"
#endif

// Declared, never defined: only its members' addresses are ever used.
template <class T> extern const fake_wrapper<T> fake_object;

template <std::size_t I, class First, class... Rest>
constexpr auto nth_pointer(First first, Rest... rest) {
  if constexpr (I == 0)
    return first;
  else
    return nth_pointer<I - 1>(rest...);
}

template <class T, std::size_t I> constexpr auto member_address() {
  return with_fields(fake_object<T>.value, [](const auto &...members) {
    return nth_pointer<I>(&members...);
  });
}

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

template <auto Address> constexpr const char *spelled_address() {
  return __PRETTY_FUNCTION__;
}

constexpr bool identifier_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_';
}

// The identifier that ends the template argument: before the closing `]`,
// skipping the `)` g++ wraps around it.
constexpr std::string_view trailing_identifier(std::string_view spelled) {
  std::size_t end = spelled.rfind(']');
  if (end == std::string_view::npos)
    return {};
  while (end > 0 && (spelled[end - 1] == ')' || spelled[end - 1] == ' '))
    --end;
  std::size_t begin = end;
  while (begin > 0 && identifier_char(spelled[begin - 1]))
    --begin;
  if (begin == end || (spelled[begin] >= '0' && spelled[begin] <= '9'))
    return {};
  return spelled.substr(begin, end - begin);
}

template <auto> struct constant_probe {};

template <class T, std::size_t I>
concept member_address_is_constant =
    requires { typename constant_probe<member_address<T, I>()>; };

template <class T, std::size_t I> constexpr std::string_view reflected_field_name() {
  if constexpr (member_address_is_constant<T, I>)
    return trailing_identifier(spelled_address<member_address<T, I>()>());
  else
    return {};
}

// "<field 12>" for 0 <= I < 1000, built at compile time.
template <std::size_t I> struct fallback_field_name {
  static constexpr auto text = [] {
    std::array<char, 13> out{};
    std::string_view head = "<field ";
    std::size_t at = 0;
    for (char c : head)
      out[at++] = c;
    if (I >= 100)
      out[at++] = static_cast<char>('0' + I / 100 % 10);
    if (I >= 10)
      out[at++] = static_cast<char>('0' + I / 10 % 10);
    out[at++] = static_cast<char>('0' + I % 10);
    out[at++] = '>';
    return out;
  }();
  static constexpr std::string_view value{text.data(), std::char_traits<char>::length(text.data())};
};

} // namespace serialint::detail

namespace serialint {

// The name of the I-th member of aggregate T, or "<field I>".
template <class T, std::size_t I> constexpr std::string_view field_name() {
  if constexpr (detail::reflectable_aggregate<T>()) {
    constexpr std::string_view name = detail::reflected_field_name<T, I>();
    if constexpr (!name.empty())
      return name;
    else
      return detail::fallback_field_name<I>::value;
  } else {
    return detail::fallback_field_name<I>::value;
  }
}

// All member names of T, in declaration order; empty for non-aggregates.
template <class T> constexpr auto field_names() {
  if constexpr (detail::reflectable_aggregate<T>())
    return []<std::size_t... I>(std::index_sequence<I...>) {
      return std::array<std::string_view, sizeof...(I)>{field_name<T, I>()...};
    }(std::make_index_sequence<detail::field_count<T>>{});
  else
    return std::array<std::string_view, 0>{};
}

} // namespace serialint

#endif // SERIALINT_FIELD_NAMES_HPP
