// The table of standard and library classes (known_types.def), as the walk
// reads it: by the qualified name the compiler spells for a type, so a row
// for a library the walk does not include (Boost.Asio, Boost.MPI, UPC++)
// needs none of its headers.
#ifndef SERIALINT_DETAIL_KNOWN_TYPES_HPP
#define SERIALINT_DETAIL_KNOWN_TYPES_HPP

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "../reasons.hpp"
#include "type_name.hpp"

namespace serialint::detail {

enum class known_kind : unsigned char { culprit, carrier, value };
enum class carry : unsigned char { first, key_value, all };
enum class carry_step : unsigned char {
  element, position, map_value, member, tuple_item, alternative, optional, pointee, container,
};

struct known_type {
  std::string_view name;
  known_kind kind = known_kind::value;
  reason why = reason::no_serializer; // for a culprit
  carry carries = carry::first;       // for a carrier
  carry_step step = carry_step::element;
  bool holds_address = false;
};

inline constexpr known_type known_types[] = {
#define SERIALINT_CULPRIT(Name, Reason, ...) {Name, known_kind::culprit, reason::Reason},
#define SERIALINT_CARRIER(Name, Carries, Step, HoldsAddress, ...)                             \
  {Name, known_kind::carrier, reason::no_serializer, carry::Carries, carry_step::Step,         \
   HoldsAddress},
#define SERIALINT_VALUE(Name, ...) {Name, known_kind::value},
#include "known_types.def"
};

// A qualified name without template arguments, as the table writes it.
struct spelled_name {
  static constexpr std::size_t capacity = 128;
  std::array<char, capacity> text{};
  std::size_t size = 0;
  bool fits = true;

  constexpr void append(std::string_view part) {
    if (size + part.size() > capacity) {
      fits = false;
      return;
    }
    for (char c : part)
      text[size++] = c;
  }
  constexpr std::string_view view() const { return {text.data(), fits ? size : 0}; }
};

// The inline namespaces of libstdc++ (`__cxx11`, `_V2`, and `__8` in its
// versioned build) and of libc++ (`__1`): g++ spells them, clang does not,
// and the checks see through them.
constexpr bool is_inline_namespace(std::string_view component) {
  return component == "__cxx11" || component == "_V2" || component == "__8" ||
         component == "__1";
}

// `std::__cxx11::list<int>` -> `std::list`; `std::basic_ostream<char>::sentry`
// -> `std::basic_ostream::sentry`. Empty for what no row can name: a local
// or anonymous class, a closure, a builtin.
constexpr spelled_name qualified_name(std::string_view spelled) {
  spelled_name out;
  const std::size_t start = spelled.find("T = ");
  if (start == std::string_view::npos) {
    out.fits = false;
    return out;
  }
  std::size_t component = start + 4;
  int depth = 0;
  for (std::size_t at = component; at <= spelled.size(); ++at) {
    const char c = at < spelled.size() ? spelled[at] : ';';
    if (c == '<') {
      if (depth++ == 0)
        out.append(spelled.substr(component, at - component));
    } else if (c == '>') {
      if (--depth == 0)
        component = at + 1;
    } else if (depth > 0) {
      continue;
    } else if (c == ';' || c == ']') {
      out.append(spelled.substr(component, at - component));
      return out;
    } else if (c == '(' || c == '{' || c == ' ' || c == '*' || c == '&') {
      out.fits = false; // a local or anonymous class, a lambda, a pointer
      return out;
    } else if (c == ':' && at + 1 < spelled.size() && spelled[at + 1] == ':') {
      const std::string_view part = spelled.substr(component, at - component);
      if (!is_inline_namespace(part)) {
        out.append(part);
        out.append("::");
      }
      component = at + 2;
      ++at;
    }
  }
  return out;
}

inline constexpr std::size_t no_row = sizeof(known_types) / sizeof(known_types[0]);

constexpr std::size_t row_named(std::string_view name) {
  if (name.empty())
    return no_row;
  for (std::size_t row = 0; row < no_row; ++row)
    if (known_types[row].name == name)
      return row;
  return no_row;
}

template <class T> constexpr std::size_t known_row() {
  constexpr spelled_name name = qualified_name(compiler_type_name<T>());
  return row_named(name.view());
}

// The row for class T, or no_row.
template <class T> inline constexpr std::size_t known_row_of = known_row<T>();

template <class T> constexpr bool known_as(known_kind kind) {
  return known_row_of<T> != no_row && known_types[known_row_of<T>].kind == kind;
}

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_KNOWN_TYPES_HPP
