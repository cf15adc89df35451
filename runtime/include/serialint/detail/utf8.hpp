// UTF-8 validation for the JSON-lines log: a map key or a user's message may
// hold any bytes, and JSON text must be UTF-8, so the log writes an invalid
// byte as U+FFFD, as Python's errors="replace" and llvm::json do.
#ifndef SERIALINT_DETAIL_UTF8_HPP
#define SERIALINT_DETAIL_UTF8_HPP

#include <cstddef>
#include <string_view>

namespace serialint::detail {

inline constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

// The length of the well-formed UTF-8 sequence at text[at] (Unicode's table
// 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or 0.
inline std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) {
    return at + i < text.size() ? static_cast<unsigned char>(text[at + i]) : 0u;
  };
  const auto continuation = [&](std::size_t i, unsigned low = 0x80, unsigned high = 0xBF) {
    return byte(i) >= low && byte(i) <= high;
  };
  const unsigned lead = byte(0);
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return continuation(1) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    const bool second = lead == 0xE0 ? continuation(1, 0xA0) : lead == 0xED ? continuation(1, 0x80, 0x9F)
                                                                            : continuation(1);
    return second && continuation(2) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    const bool second = lead == 0xF0 ? continuation(1, 0x90) : lead == 0xF4 ? continuation(1, 0x80, 0x8F)
                                                                            : continuation(1);
    return second && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

} // namespace serialint::detail

#endif
