// Small helpers shared by the runtime tests.
#ifndef SERIALINT_TEST_RUNTIME_SUPPORT_HPP
#define SERIALINT_TEST_RUNTIME_SUPPORT_HPP

#include <cstddef>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <serialint/serialint.hpp>
#include <serialint/traced.hpp>

namespace serialint_test {

inline std::vector<std::string> paths_of(const serialint::report &found) {
  std::vector<std::string> paths;
  for (const serialint::finding &f : found.findings())
    paths.push_back(f.path);
  return paths;
}

// The single finding of `found`; fails the test when there is not exactly one.
inline serialint::finding only_finding(const serialint::report &found) {
  EXPECT_EQ(found.findings().size(), 1u) << found.to_string();
  return found.findings().empty() ? serialint::finding{} : found.findings().front();
}

// Sets SERIALINT_TRACE for one test and restores it after; the runtime reads
// the variable once, so it is read again both times.
class TraceEnvironment {
public:
  explicit TraceEnvironment(const std::string &file) {
    if (const char *old = std::getenv("SERIALINT_TRACE"))
      saved_ = old;
    ::setenv("SERIALINT_TRACE", file.c_str(), 1);
    serialint::reload_trace_settings();
  }
  ~TraceEnvironment() {
    if (saved_.empty())
      ::unsetenv("SERIALINT_TRACE");
    else
      ::setenv("SERIALINT_TRACE", saved_.c_str(), 1);
    serialint::reload_trace_settings();
  }
  TraceEnvironment(const TraceEnvironment &) = delete;
  TraceEnvironment &operator=(const TraceEnvironment &) = delete;

private:
  std::string saved_;
};

inline std::vector<std::string> read_lines(const std::string &file) {
  std::ifstream in(file);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

inline std::string read_file(const std::string &file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::size_t count_of(const std::string &text, const std::string &needle) {
  std::size_t count = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++count;
  return count;
}

inline std::size_t line_count(const std::string &text) {
  std::size_t lines = 0;
  for (char c : text)
    lines += c == '\n';
  return lines;
}

} // namespace serialint_test

#endif // SERIALINT_TEST_RUNTIME_SUPPORT_HPP
