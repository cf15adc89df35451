// serialint test model: shared helpers of the ygm::container models.
//
// In LLNL/ygm every container operation that takes a function object
// (async_visit, async_reduce, async_union_and_execute, ...) ships it with its
// extra arguments to the rank that owns the key, through comm::async; the
// real code applies YGM_CHECK_ASYNC_LAMBDA_COMPLIANCE to it.  for_all runs a
// function object locally on each rank over the local part.  Bodies are
// placeholders; no function object is ever invoked.
#pragma once

#include <cstddef>
#include <functional>
#include <type_traits>
#include <utility>
#include <ygm/comm.hpp>

namespace ygm::container::detail {
// Which rank owns a key (placeholder: the communicator has one rank).
template <typename Key>
int serialint_owner(const ygm::comm &c, const Key &) {
  return c.rank();
}
}  // namespace ygm::container::detail
