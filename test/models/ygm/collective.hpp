// serialint test model: <ygm/collective.hpp> (LLNL/ygm).  Collective
// reductions over all ranks of a communicator; placeholders return the local
// value.
#pragma once

#include <functional>
#include <ygm/comm.hpp>

namespace ygm {

template <typename T>
T prefix_sum(const T &value, comm &c) {
  c.barrier();
  return T{} * value;
}

template <typename T>
T sum(const T &value, comm &c) {
  c.barrier();
  return value;
}

template <typename T>
T min(const T &value, comm &c) {
  c.barrier();
  return value;
}

template <typename T>
T max(const T &value, comm &c) {
  c.barrier();
  return value;
}

inline bool logical_and(bool value, comm &c) {
  c.barrier();
  return value;
}

inline bool logical_or(bool value, comm &c) {
  c.barrier();
  return value;
}

template <typename T>
void bcast(T &to_bcast, int root, comm &cm) {
  (void)to_bcast, (void)root;
  cm.barrier();
}

template <typename T, typename Equal = std::equal_to<T>>
bool is_same(const T &to_check, comm &cm, const Equal &equals = Equal()) {
  return logical_and(equals(to_check, to_check), cm);
}

}  // namespace ygm
