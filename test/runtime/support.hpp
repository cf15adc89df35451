// Small helpers shared by the runtime tests.
#ifndef SERIALINT_TEST_RUNTIME_SUPPORT_HPP
#define SERIALINT_TEST_RUNTIME_SUPPORT_HPP

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <serialint/serialint.hpp>

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

} // namespace serialint_test

#endif // SERIALINT_TEST_RUNTIME_SUPPORT_HPP
