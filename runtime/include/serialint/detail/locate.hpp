// Finding the part where a serializer stopped: after a backend throws, the
// parts of the value are written again, each alone, to a scratch archive of
// the same backend, in the order the serializer writes them; the deepest part
// that fails alone is named by its path. Used only after a failure.
#ifndef SERIALINT_DETAIL_LOCATE_HPP
#define SERIALINT_DETAIL_LOCATE_HPP

#include <cstddef>
#include <iterator>
#include <memory>
#include <optional>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>
#include <vector>

#include "../field_names.hpp"
#include "../traits.hpp"
#include "aggregate.hpp"
#include "category.hpp"
#include "key_text.hpp"
#include "type_name.hpp"

namespace serialint::detail {

// A stream that discards what is written: the scratch archive's target.
class null_buffer : public std::streambuf {
protected:
  int overflow(int c) override { return traits_type::not_eof(c); }
  std::streamsize xsputn(const char *, std::streamsize n) override { return n; }
};

class null_ostream : public std::ostream {
public:
  null_ostream() : std::ostream(&buffer_) {}

private:
  null_buffer buffer_;
};

// A path under construction, in the runtime's path syntax (docs/runtime.md).
// `deref` is true when the text is `*X`, so that a member becomes `X->m`
// and an index `(*X)[i]`.
struct path_text {
  std::string text;
  bool deref = false;
};

inline path_text member_path(const path_text &p, std::string_view name) {
  if (p.deref)
    return {p.text.substr(1) + "->" + std::string(name), false};
  return {p.text + "." + std::string(name), false};
}
inline std::string as_operand(const path_text &p) {
  return p.deref ? "(" + p.text + ")" : p.text;
}
inline path_text index_path(const path_text &p, std::string_view index) {
  return {as_operand(p) + "[" + std::string(index) + "]", false};
}
inline path_text deref_path(const path_text &p) { return {"*" + p.text, true}; }
inline path_text position_path(const path_text &p, std::size_t i) {
  return {"*std::next(" + as_operand(p) + ".begin(), " + std::to_string(i) + ")", true};
}
inline path_text get_path(const path_text &p, std::size_t i) {
  return {"std::get<" + std::to_string(i) + ">(" + p.text + ")", false};
}
inline path_text entry_path(const path_text &p, std::size_t i, std::string_view which) {
  return {"std::next(" + as_operand(p) + ".begin(), " + std::to_string(i) + ")->" +
              std::string(which),
          false};
}

struct located {
  std::string path;
  std::string type;
};

template <class T> struct is_std_vector_bool : std::false_type {};
template <class A> struct is_std_vector_bool<std::vector<bool, A>> : std::true_type {};

// A part that fails when written alone: where it is, and how to look inside
// it. locate_failure goes one part deeper at a time, in a loop, not by
// recursion: a frame per level would be stacked under the backend's write of
// everything below, so a structure the backend can write at all could
// overflow the stack here.
struct failing_part {
  path_text path;
  const void *object = nullptr;
  const std::string &(*type)() = nullptr;
  std::optional<failing_part> (*inside)(const void *object, const path_text &path) = nullptr;
};

// Probe: a backend's `template <class U> static bool writes(const U &)` (true
// when U alone is written without an exception) and
// `template <class U> static constexpr bool can_write` (U has a serializer for
// the backend; used before descending into an aggregate's members, which its
// own serialization function may not all write).
template <class Probe, class T>
std::optional<failing_part> find_failing(const T &value, const path_text &path);

template <class Probe, class U>
std::optional<failing_part> failing_inside(const void *object, const path_text &path) {
  return find_failing<Probe>(*static_cast<const U *>(object), path);
}

template <class Probe, class U>
std::optional<failing_part> try_part(const U &part, const path_text &path) {
  if (Probe::writes(part))
    return std::nullopt;
  return failing_part{path, std::addressof(part), &type_name<U>, &failing_inside<Probe, U>};
}

template <class Probe, class E>
std::optional<failing_part> try_pointee(const E *pointee, const path_text &path) {
  if (!pointee)
    return std::nullopt;
  if constexpr (std::is_abstract_v<E>) {
    return std::nullopt;
  } else {
    if constexpr (std::is_polymorphic_v<E>)
      if (typeid(*pointee) != typeid(E))
        return std::nullopt; // the dynamic type is the culprit: the pointer is named
    return try_part<Probe>(*pointee, deref_path(path));
  }
}

template <class Probe, class T>
std::optional<failing_part> find_failing(const T &value, const path_text &path) {
  constexpr category kind = category_of<T>();
  if constexpr (kind == category::c_array || kind == category::std_array ||
                (kind == category::indexed_sequence && !is_std_vector_bool<T>::value)) {
    std::size_t i = 0;
    for (const auto &element : value) {
      if (auto found = try_part<Probe>(element, index_path(path, std::to_string(i))))
        return found;
      ++i;
    }
  } else if constexpr (kind == category::positional_sequence) {
    std::size_t i = 0;
    for (const auto &element : value) {
      if (auto found = try_part<Probe>(element, position_path(path, i)))
        return found;
      ++i;
    }
  } else if constexpr (kind == category::map) {
    using K = std::remove_cv_t<typename T::key_type>;
    std::size_t i = 0;
    for (const auto &[key, mapped] : value) {
      if (auto found = try_part<Probe>(key, entry_path(path, i, "first")))
        return found;
      std::string literal;
      const path_text at = write_key<K>(literal, &key) ? index_path(path, literal)
                                                      : entry_path(path, i, "second");
      if (auto found = try_part<Probe>(mapped, at))
        return found;
      ++i;
    }
  } else if constexpr (kind == category::pair) {
    if (auto found = try_part<Probe>(value.first, member_path(path, "first")))
      return found;
    return try_part<Probe>(value.second, member_path(path, "second"));
  } else if constexpr (kind == category::tuple) {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      std::optional<failing_part> found;
      ((found || (found = try_part<Probe>(std::get<I>(value), get_path(path, I)))), ...);
      return found;
    }(std::make_index_sequence<std::tuple_size_v<T>>{});
  } else if constexpr (kind == category::optional) {
    if (value)
      return try_part<Probe>(*value, deref_path(path));
  } else if constexpr (kind == category::variant) {
    if (!value.valueless_by_exception())
      return std::visit(
          [&](const auto &active) {
            return try_part<Probe>(active, get_path(path, value.index()));
          },
          value);
  } else if constexpr (kind == category::unique_ptr || kind == category::shared_ptr) {
    return try_pointee<Probe>(value.get(), path);
  } else if constexpr (reflectable_aggregate<T>()) {
    return with_fields(value, [&](const auto &...fields) {
      return [&]<std::size_t... I>(std::index_sequence<I...>) {
        constexpr bool all_writable =
            (Probe::template can_write<std::remove_cvref_t<decltype(fields)>> && ...);
        std::optional<failing_part> found;
        if constexpr (all_writable)
          ((found || (found = try_part<Probe>(fields, member_path(path, field_name<T, I>())))),
           ...);
        return found;
      }(std::index_sequence_for<decltype(fields)...>{});
    });
  }
  return std::nullopt;
}

// A conservative "has a serializer" for backends whose own trait is not
// usable in SFINAE (Boost.Serialization, msgpack): arithmetic types, enums,
// strings, classes with a serialization function, and the standard
// containers, pairs, tuples, optionals and smart pointers of those.
template <class T> constexpr bool plainly_writable() {
  using U = std::remove_cv_t<T>;
  constexpr category kind = category_of<U>();
  if constexpr (std::is_arithmetic_v<U> || std::is_enum_v<U>)
    return true;
  else if constexpr (is_string<U>)
    return true;
  else if constexpr (kind == category::indexed_sequence || kind == category::positional_sequence)
    return plainly_writable<typename U::value_type>();
  else if constexpr (kind == category::map)
    return plainly_writable<typename U::key_type>() && plainly_writable<typename U::mapped_type>();
  else if constexpr (kind == category::pair)
    return plainly_writable<typename U::first_type>() && plainly_writable<typename U::second_type>();
  else if constexpr (kind == category::optional)
    return plainly_writable<typename U::value_type>();
  else if constexpr (kind == category::unique_ptr || kind == category::shared_ptr)
    return plainly_writable<typename U::element_type>();
  else if constexpr (std::is_class_v<U>)
    return has_serialization_function<U>;
  else
    return false;
}

// Names the part where writing `value` failed: the deepest part that fails
// alone, or the root when every part is written alone (then the failure came
// from the archive or its stream, not from a part).
template <class Probe, class T> located locate_failure(const T &value, std::string root) {
  path_text path{std::move(root), false};
  std::optional<failing_part> found = find_failing<Probe>(value, path);
  if (!found)
    return located{path.text, type_name<T>()};
  failing_part deepest = std::move(*found);
  while (std::optional<failing_part> deeper = deepest.inside(deepest.object, deepest.path))
    deepest = std::move(*deeper);
  return located{std::move(deepest.path.text), deepest.type()};
}

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_LOCATE_HPP
