// The replaceable global operator new and delete, for allocation_hooks.hpp.
// A definition in the executable takes the place of the sanitizer's
// interceptor too: allocation_failure_test.cpp checks that it is called.
// Sizes come from malloc_usable_size, which AddressSanitizer answers with the
// size asked for, so counts are the program's own, not the sanitizer's
// inflated ones.
#include "allocation_hooks.hpp"

#include <atomic>
#include <cstdlib>
#include <new>

#include <malloc.h>

namespace {

std::atomic<std::int64_t> live{0};
std::atomic<std::int64_t> peak{0};
std::atomic<std::uint64_t> calls{0};

// -1: not failing. Thread-local and trivial, so reading it allocates nothing.
thread_local std::int64_t countdown = -1;
thread_local bool keep_failing = false;
thread_local bool refused = false;

bool refuse_now() noexcept {
  if (countdown < 0)
    return false;
  if (countdown > 0) {
    --countdown;
    return false;
  }
  if (!keep_failing)
    countdown = -1;
  refused = true;
  return true;
}

void note_held(void *block) noexcept {
  const auto size = static_cast<std::int64_t>(malloc_usable_size(block));
  const std::int64_t now = live.fetch_add(size, std::memory_order_relaxed) + size;
  std::int64_t seen = peak.load(std::memory_order_relaxed);
  while (now > seen && !peak.compare_exchange_weak(seen, now, std::memory_order_relaxed)) {
  }
}

void *allocate(std::size_t size) {
  calls.fetch_add(1, std::memory_order_relaxed);
  if (refuse_now())
    throw std::bad_alloc();
  void *block = std::malloc(size == 0 ? 1 : size);
  if (!block)
    throw std::bad_alloc();
  note_held(block);
  return block;
}

void release(void *block) noexcept {
  if (!block)
    return;
  live.fetch_sub(static_cast<std::int64_t>(malloc_usable_size(block)), std::memory_order_relaxed);
  std::free(block);
}

} // namespace

namespace allocation_hooks {

std::int64_t live_bytes() noexcept { return live.load(); }
std::int64_t peak_bytes() noexcept { return peak.load(); }
void reset_peak() noexcept { peak.store(live.load()); }
std::uint64_t allocations() noexcept { return calls.load(); }

void fail_after(std::uint64_t skip, bool persistent) noexcept {
  refused = false;
  keep_failing = persistent;
  countdown = static_cast<std::int64_t>(skip);
}
void stop_failing() noexcept {
  countdown = -1;
  keep_failing = false;
}
bool refused_any() noexcept { return refused; }

} // namespace allocation_hooks

void *operator new(std::size_t size) { return allocate(size); }
void *operator new[](std::size_t size) { return allocate(size); }
void *operator new(std::size_t size, const std::nothrow_t &) noexcept {
  try {
    return allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void *operator new[](std::size_t size, const std::nothrow_t &) noexcept {
  try {
    return allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void *block) noexcept { release(block); }
void operator delete[](void *block) noexcept { release(block); }
void operator delete(void *block, std::size_t) noexcept { release(block); }
void operator delete[](void *block, std::size_t) noexcept { release(block); }
void operator delete(void *block, const std::nothrow_t &) noexcept { release(block); }
void operator delete[](void *block, const std::nothrow_t &) noexcept { release(block); }
