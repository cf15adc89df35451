// serialint test model: <ygm/detail/assert.hpp> (LLNL/ygm).  The real macros
// check their condition at run time (ASSERT_RELEASE always, ASSERT_DEBUG in
// debug builds) and abort with a message; the model names the condition.
#pragma once

#include <stdexcept>
#include <string>

namespace ygm::detail {
[[noreturn]] inline void release_assert_fail(const char *cond, const char *file, int line) {
  throw std::runtime_error(std::string("ASSERT_RELEASE(") + cond + ") failed at " + file + ":" +
                           std::to_string(line));
}
}  // namespace ygm::detail

#define ASSERT_RELEASE(cond) \
  ((cond) ? static_cast<void>(0) : ::ygm::detail::release_assert_fail(#cond, __FILE__, __LINE__))
#define ASSERT_DEBUG(cond) static_cast<void>(sizeof(!(cond)))
