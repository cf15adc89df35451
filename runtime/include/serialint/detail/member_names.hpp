// Member names the compile-time trick of field_names.hpp cannot give: those
// of reference members, and those of a class's own members when it has a
// base. clang++ names them through __builtin_dump_struct, which calls a
// function once per line it would print, the member's name among the
// arguments; each type is dumped once, from the first object walked. g++ 12
// has no such builtin, and these members keep `<field I>`.
#ifndef SERIALINT_DETAIL_MEMBER_NAMES_HPP
#define SERIALINT_DETAIL_MEMBER_NAMES_HPP

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <typeinfo>
#include <utility>
#include <vector>

#include "../field_names.hpp"
#include "type_name.hpp"

#if defined(__has_builtin)
#if __has_builtin(__builtin_dump_struct)
#define SERIALINT_HAS_DUMP_STRUCT 1
#endif
#endif

namespace serialint::detail {

#if defined(SERIALINT_HAS_DUMP_STRUCT)
// A line that names a direct member reads `"%s%s %s = ...", indent, type,
// name`, indented by two spaces; a base's own members are indented deeper.
template <class... Value>
int collect_member_name(std::vector<std::string> *names, const char *format, const char *indent,
                        const char *, const char *name, Value...) {
  if (std::string_view(format).starts_with("%s%s %s = ") && std::string_view(indent) == "  ")
    names->emplace_back(name);
  return 0;
}
template <class... Other> int collect_member_name(std::vector<std::string> *, Other...) {
  return 0;
}

template <class T> std::vector<std::string> dumped_member_names(const T &object) {
  std::vector<std::string> names;
  __builtin_dump_struct(&object, collect_member_name, &names);
  return names;
}
#else
template <class T> std::vector<std::string> dumped_member_names(const T &) { return {}; }
#endif

template <std::size_t... I>
std::vector<std::string> fallback_names(std::index_sequence<I...>) {
  return {std::string(fallback_field_name<I>::value)...};
}

// The names of T's `count` direct members, as the dump gives them when it
// gives exactly that many, `<field I>` otherwise. The strings live as long as
// the program: nodes point into them.
template <class T, std::size_t count>
const std::vector<std::string> &direct_member_names(const T &object) {
  static const std::vector<std::string> names = [&] {
    std::vector<std::string> dumped = dumped_member_names(object);
    return dumped.size() == count ? dumped : fallback_names(std::make_index_sequence<count>{});
  }();
  return names;
}

// A reflectable aggregate's member names: at compile time where the trick
// gives them all, else with the dump's names where it gave none.
template <class T, class Declared> struct aggregate_member_names;
template <class T, class... Declared> struct aggregate_member_names<T, type_list<Declared...>> {
  static constexpr bool all_known = !(std::is_reference_v<Declared> || ...);

  static decltype(auto) of(const T &object) {
    static constexpr std::array<std::string_view, sizeof...(Declared)> known =
        field_names<T>();
    if constexpr (all_known) {
      return (known);
    } else {
      static const std::vector<std::string_view> merged = [&] {
        const std::vector<std::string> &dumped =
            direct_member_names<T, sizeof...(Declared)>(object);
        // A reference member makes every compile-time name unknown, not
        // just its own: the trick's constant expression binds all members.
        std::vector<std::string_view> out(known.begin(), known.end());
        for (std::size_t i = 0; i < out.size(); ++i)
          if (out[i].starts_with('<'))
            out[i] = dumped[i];
        return out;
      }();
      return (merged);
    }
  }
};

// `Base::guard`: a base's member as the trace shows it; the path keeps the
// part after the last `::`.
template <class Base, class Names>
const std::vector<std::string> &qualified_names(const Names &plain) {
  static const std::vector<std::string> names = [&] {
    const std::string owner = demangle(typeid(Base));
    std::vector<std::string> out;
    for (const auto &name : plain)
      out.push_back(owner + "::" + std::string(name));
    return out;
  }();
  return names;
}

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_MEMBER_NAMES_HPP
