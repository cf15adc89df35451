// A replacement of the global operator new for the allocation tests: it
// counts the bytes the program holds, and fails on request, on one thread.
// Linked into serialint-runtime-allocation-tests only: every other test keeps
// the library's (or the sanitizer's) own operator new.
#ifndef SERIALINT_TEST_RUNTIME_ALLOCATION_HOOKS_HPP
#define SERIALINT_TEST_RUNTIME_ALLOCATION_HOOKS_HPP

#include <cstddef>
#include <cstdint>

namespace allocation_hooks {

// Bytes held through operator new now, and the most held since reset_peak().
std::int64_t live_bytes() noexcept;
std::int64_t peak_bytes() noexcept;
void reset_peak() noexcept;
// Calls of operator new since the program started, on every thread.
std::uint64_t allocations() noexcept;

// On the calling thread only: the allocation `skip` calls from now throws
// std::bad_alloc (0: the next one); with `persistent`, every one after it
// too, until stop_failing().
void fail_after(std::uint64_t skip, bool persistent) noexcept;
void stop_failing() noexcept;
// Whether an allocation was refused since the last fail_after().
bool refused_any() noexcept;

} // namespace allocation_hooks

#endif // SERIALINT_TEST_RUNTIME_ALLOCATION_HOOKS_HPP
