// Readable type names: demangled from RTTI (the same text under g++ and
// clang++, both use the Itanium demangler) with the noisiest std spellings
// shortened, and the compiler's own spelling at compile time for the few
// decisions that need it (is this a lambda?).
#ifndef SERIALINT_DETAIL_TYPE_NAME_HPP
#define SERIALINT_DETAIL_TYPE_NAME_HPP

#include <cstdlib>
#include <cxxabi.h>
#include <memory>
#include <string>
#include <string_view>
#include <typeinfo>

namespace serialint::detail {

inline void replace_all(std::string &text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

// Drops a defaulted template argument such as `, std::allocator<int> `,
// matching angle brackets so nested arguments go with it.
inline void drop_default_argument(std::string &name, std::string_view head) {
  for (std::size_t at = name.find(head); at != std::string::npos; at = name.find(head, at)) {
    std::size_t end = at + head.size();
    int open = 1;
    while (end < name.size() && open > 0) {
      if (name[end] == '<')
        ++open;
      else if (name[end] == '>')
        --open;
      ++end;
    }
    if (end < name.size() && name[end] == ' ')
      ++end;
    name.erase(at, end - at);
  }
}

inline std::string shorten_std_names(std::string name) {
  replace_all(name,
              "std::__cxx11::basic_string<char, std::char_traits<char>, "
              "std::allocator<char> >",
              "std::string");
  replace_all(name, "std::basic_string_view<char, std::char_traits<char> >",
              "std::string_view");
  replace_all(name, "std::__cxx11::", "std::");
  replace_all(name, "std::__1::", "std::");
  drop_default_argument(name, ", std::allocator<");
  drop_default_argument(name, ", std::default_delete<");
  drop_default_argument(name, ", std::less<");
  drop_default_argument(name, ", std::hash<");
  drop_default_argument(name, ", std::equal_to<");
  // The demangler's `std::pair<int, std::string >`: after a shortened
  // argument, as between closing brackets, the space goes.
  std::string tidy;
  tidy.reserve(name.size());
  for (std::size_t at = 0; at < name.size(); ++at)
    if (!(name[at] == ' ' && at + 1 < name.size() && name[at + 1] == '>'))
      tidy += name[at];
  return tidy;
}

inline std::string demangle(const char *mangled) {
  int status = 0;
  std::unique_ptr<char, void (*)(void *)> plain(
      abi::__cxa_demangle(mangled, nullptr, nullptr, &status), std::free);
  return shorten_std_names(status == 0 && plain ? plain.get() : mangled);
}

inline std::string demangle(const std::type_info &type) { return demangle(type.name()); }

template <class T> const std::string &type_name() {
  static const std::string name = demangle(typeid(T));
  return name;
}

template <class T> constexpr std::string_view compiler_type_name() {
  return __PRETTY_FUNCTION__;
}

// The last component of the type spelled in `compiler_type_name<T>()`, after
// `T = `: `<lambda()>` for GCC's `main()::<lambda()>`, `Box<lambda_config>`
// for `app::Box<lambda_config>`. Brackets are matched, so `::` inside
// template arguments, parameter lists or Clang's `(lambda at f.cpp:3:5)` do
// not count.
constexpr std::string_view last_component(std::string_view spelled) {
  const std::size_t start = spelled.find("T = ");
  if (start == std::string_view::npos)
    return {};
  std::size_t component = start + 4;
  int depth = 0;
  std::size_t at = component;
  for (; at < spelled.size(); ++at) {
    const char c = spelled[at];
    if (c == '<' || c == '(' || c == '[' || c == '{')
      ++depth;
    else if (c == '>' || c == ')' || c == '}' || c == ']') {
      if (depth == 0)
        break;
      --depth;
    } else if (depth == 0 && c == ';')
      break;
    else if (depth == 0 && c == ':' && at + 1 < spelled.size() && spelled[at + 1] == ':') {
      component = at + 2;
      ++at;
    }
  }
  return spelled.substr(component, at - component);
}

// GCC spells a closure type `scope::<lambda(...)>`, Clang `(lambda at
// file:line:col)`. Only the type's own name counts: `Box<lambda_config>` or a
// template with a closure argument is not a closure.
template <class T> constexpr bool is_closure_type() {
  constexpr std::string_view name = last_component(compiler_type_name<T>());
  return name.starts_with("<lambda") || name.starts_with("(lambda at ");
}

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_TYPE_NAME_HPP
