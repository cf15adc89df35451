// Seed 001 in C++: a job whose context holds the pool it was made with.
// Python's pickle fails on it with "pool objects cannot be passed between
// processes"; serialint names the member before anything is sent.
#ifndef SERIALINT_EXAMPLE_POOL_IN_CONTEXT_JOB_HPP
#define SERIALINT_EXAMPLE_POOL_IN_CONTEXT_JOB_HPP

#include <map>
#include <memory>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include <serialint/traits.hpp>

namespace pool_example {

// A handle to a set of worker threads, as a pool library would ship it:
// copies share the same workers.
class ThreadPool {
public:
  explicit ThreadPool(unsigned workers)
      : workers_(std::make_shared<std::vector<std::thread>>()), size_(workers) {}
  unsigned size() const { return size_; }

private:
  std::shared_ptr<std::vector<std::thread>> workers_;
  unsigned size_;
};

struct Context {
  std::string name;
  std::map<std::string, std::string> settings;
  ThreadPool pool;
};

struct Job {
  std::string task;
  std::vector<int> inputs;
  Context ctx;
};

// The fix: ship what the worker needs, not the pool it runs in.
struct PortableJob {
  std::string task;
  std::vector<int> inputs;
  std::map<std::string, std::string> settings;
};

inline Job make_job(const ThreadPool &pool) {
  return Job{"square", {1, 2, 3}, Context{"nightly", {{"mode", "fast"}}, pool}};
}

} // namespace pool_example

// The pool library cannot be edited, so it is declared a pool from outside.
// docs:begin pool-handle
template <>
struct serialint::pool_handle<pool_example::ThreadPool> : std::true_type {};
// docs:end pool-handle

#endif // SERIALINT_EXAMPLE_POOL_IN_CONTEXT_JOB_HPP
