// Map keys written as C++ literals, for paths like `value.by_name["alpha"]`.
// A key with no literal form makes the path fall back to std::next(...).
#ifndef SERIALINT_DETAIL_KEY_TEXT_HPP
#define SERIALINT_DETAIL_KEY_TEXT_HPP

#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

#include "std_kinds.hpp"
#include "type_name.hpp"
#include "utf8.hpp"

namespace serialint::detail {

inline void append_octal(std::string &out, char c) {
  // Three digits: the escape ends by itself, where `\x01` would swallow a
  // following hex digit (`"\x01F"` is one character).
  char escaped[8];
  std::snprintf(escaped, sizeof escaped, "\\%03o", static_cast<unsigned char>(c));
  out += escaped;
}

// A C++ literal of `text` that is also valid UTF-8, so that the JSON log
// keeps it exactly: bytes that are not UTF-8 are written as octal escapes.
inline void append_escaped(std::string &out, std::string_view text, char quote) {
  out += quote;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (static_cast<unsigned char>(c) >= 0x80) {
      const std::size_t length = utf8_sequence_length(text, at);
      if (length == 0) {
        append_octal(out, c);
      } else {
        out.append(text.substr(at, length));
        at += length - 1;
      }
      continue;
    }
    switch (c) {
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\t': out += "\\t"; break;
    case '\r': out += "\\r"; break;
    default:
      if (c == quote) {
        out += '\\';
        out += c;
      } else if (static_cast<unsigned char>(c) < 0x20 || c == '\x7f') {
        append_octal(out, c);
      } else {
        out += c;
      }
    }
  }
  out += quote;
}

template <class K> bool write_key(std::string &out, const void *key) {
  const K &value = *static_cast<const K *>(key);
  if constexpr (std::is_same_v<K, std::string> || std::is_same_v<K, std::string_view>) {
    append_escaped(out, value, '"');
    return true;
  } else if constexpr (std::is_same_v<K, char>) {
    append_escaped(out, std::string_view(&value, 1), '\'');
    return true;
  } else if constexpr (std::is_same_v<K, bool>) {
    out += value ? "true" : "false";
    return true;
  } else if constexpr (std::is_integral_v<K>) {
    out += std::to_string(value);
    return true;
  } else if constexpr (std::is_enum_v<K>) {
    out += "static_cast<" + type_name<K>() + ">(" +
           std::to_string(static_cast<std::underlying_type_t<K>>(value)) + ")";
    return true;
  } else if constexpr (std::is_floating_point_v<K>) {
    if (std::isnan(value))
      return false; // NaN: no literal names it, and no lookup finds it
    if (std::isinf(value)) {
      out += value < 0 ? "-std::numeric_limits<" : "std::numeric_limits<";
      out += std::is_same_v<K, float> ? "float" : std::is_same_v<K, double> ? "double" : "long double";
      out += ">::infinity()";
      return true;
    }
    char text[64];
    std::snprintf(text, sizeof text, "%.17g", static_cast<double>(value));
    out += text;
    return true;
  } else {
    return false;
  }
}

} // namespace serialint::detail

#endif // SERIALINT_DETAIL_KEY_TEXT_HPP
