// What a walk may do: where paths are rooted, and how far it goes.
#ifndef SERIALINT_OPTIONS_HPP
#define SERIALINT_OPTIONS_HPP

#include <cstddef>
#include <limits>
#include <string>

namespace serialint {

struct options {
  // The first word of every path: `value.ctx.pool`, or `job.ctx.pool` with
  // root_name = "job".
  std::string root_name = "value";
  // Nodes below this depth are not visited; a smart pointer and its pointee
  // count as two levels. The walk uses no recursion, so this bounds memory,
  // not the stack.
  std::size_t max_depth = 10'000'000;
  // Elements visited per container; the rest are skipped and reported.
  std::size_t max_elements = std::numeric_limits<std::size_t>::max();
  // Visit parts whose type is serializable whatever the value (an
  // std::vector<int>, a struct of strings). Off, they cost nothing; trace()
  // turns it on so that the tree shows them with their sizes.
  bool visit_always_ok = false;
  // require_serializable throws when a part could not be opened (the report
  // is incomplete); set, it throws only on findings.
  bool allow_unchecked = false;
};

} // namespace serialint

#endif // SERIALINT_OPTIONS_HPP
