// Helpers shared by the adapter tests.
#ifndef SERIALINT_TEST_ADAPTERS_SUPPORT_HPP
#define SERIALINT_TEST_ADAPTERS_SUPPORT_HPP

#include <exception>
#include <sstream>
#include <string>
#include <vector>

#include <serialint/error.hpp>

namespace adapters_test {

inline std::vector<std::string> lines_of(const std::string &text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

inline std::size_t count_of(const std::string &text, const std::string &needle) {
  std::size_t count = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++count;
  return count;
}

// Runs `write`, expects serialint::unserializable_error with one finding, and
// returns it; `Nested` must be the nested original.
template <class Nested, class Write> serialint::unserializable_error expect_failure(Write write) {
  try {
    write();
  } catch (const serialint::unserializable_error &error) {
    bool nested_ok = false;
    try {
      std::rethrow_if_nested(error);
    } catch (const Nested &) {
      nested_ok = true;
    } catch (...) {
    }
    if (!nested_ok)
      throw std::runtime_error("the backend's exception is not nested in the error");
    return error;
  }
  throw std::runtime_error("no serialint::unserializable_error was thrown");
}

} // namespace adapters_test

#endif
